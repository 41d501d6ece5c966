/**
 * Documents from files: plain text, HTML articles, Telegram channel exports and RSS/Atom feeds become
 * `IngestDocument`s whose `text` is what Vigil stores as the capture's text. Evidence offsets point into that text,
 * so every step here is deterministic: same bytes in, same text out, on every machine.
 */
import { Readability } from "@mozilla/readability";
import { XMLParser } from "fast-xml-parser";
import { parseHTML } from "linkedom";
import { ingestRejectionText, type IngestRejection, type IngestRejectionCode, type IngestRejectionDetails } from "../contract/reason-codes.js";
import { VigilError } from "../core/errors.js";

export type DocumentLang = "en" | "ru" | "kk";

export interface IngestDocument {
  title: string | null;
  text: string;
  url: string | null;
  /** ISO 8601 date or date-time as the source gives it, or null. */
  published: string | null;
  mediaType: string;
  lang?: DocumentLang;
}

export interface ParseInput {
  fileName: string;
  content: Uint8Array;
  mediaType?: string | null;
}

export type DocumentFormat = "text" | "html" | "telegram" | "feed";

const MEDIA_TYPES: Record<DocumentFormat, string> = {
  text: "text/plain",
  html: "text/html",
  telegram: "application/vnd.telegram.export+json",
  feed: "application/rss+xml",
};

/**
 * A refused file: the English message as before, and the reason as a code the web app says in its reader's language.
 * Also for readers of other files that refuse them for the same reasons (the CLI's streamed export reader).
 */
export const refusedFile = (fileName: string, code: IngestRejectionCode, params?: Record<string, string>): VigilError => {
  const rejection: IngestRejection = params ? { code, params } : { code };
  const details: IngestRejectionDetails = { fileName, rejection };
  return new VigilError("validation_failed", `${fileName}: ${ingestRejectionText(rejection)}`, details);
};

/** A file's bytes as text: strict UTF-8 (a file saved in another encoding is named, never read as mojibake), no BOM. */
export function decodeUtf8(input: ParseInput): string {
  if (input.content.byteLength === 0) throw refusedFile(input.fileName, "file_empty");
  let s: string;
  try {
    s = new TextDecoder("utf-8", { fatal: true }).decode(input.content);
  } catch {
    throw refusedFile(input.fileName, "not_utf8");
  }
  if (s.includes("\u0000")) throw refusedFile(input.fileName, "binary");
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** One canonical form of text: NFC, LF line ends, no trailing blanks, at most one empty line between paragraphs. */
export function normalizeText(raw: string): string {
  return raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
    .replace(/[\u200b\u200c\u200d\u2060\ufeff]/g, "")
    .split("\n")
    .map((line) => line.replace(/[ \t\f\v]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export function detectFormat(fileName: string, text: string, mediaType?: string | null): DocumentFormat {
  const mt = (mediaType ?? "").toLowerCase();
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? "";
  const head = text.slice(0, 2048).trimStart().toLowerCase();
  if (mt.includes("json") || ext === "json" || head.startsWith("{")) return "telegram";
  if (mt.includes("rss") || mt.includes("atom") || ext === "rss" || ext === "atom" || /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(head)) {
    return "feed";
  }
  if (mt.includes("html") || ext === "html" || ext === "htm" || /^<!doctype html|^<html\b|<body\b|<\/p>|<\/div>/.test(head)) {
    return "html";
  }
  if (mt.includes("xml") || ext === "xml") return "feed";
  return "text";
}

/** Detects the format of one file and turns it into documents; throws `validation_failed` on input it cannot read. */
export function parseDocuments(input: ParseInput): IngestDocument[] {
  const raw = decodeUtf8(input);
  const format = detectFormat(input.fileName, raw, input.mediaType);
  let docs: IngestDocument[];
  switch (format) {
    case "telegram":
      docs = parseTelegramExport(input.fileName, raw);
      break;
    case "feed":
      docs = parseFeed(input.fileName, raw);
      break;
    case "html":
      docs = [parseHtmlArticle(raw)];
      break;
    case "text":
      docs = [{ title: null, text: normalizeText(raw), url: null, published: null, mediaType: MEDIA_TYPES.text }];
      break;
  }
  const kept = docs.filter((d) => d.text.length > 0);
  if (kept.length === 0) throw refusedFile(input.fileName, "no_text");
  return kept;
}

// ---------- HTML ----------

const BLOCK_TAGS = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DIV", "DL", "DT", "FIGCAPTION", "FIGURE", "FOOTER", "FORM", "H1",
  "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE", "SECTION", "TABLE", "TR", "UL",
]);
const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "BUTTON", "SELECT"]);
const BOILERPLATE_TAGS = new Set(["NAV", "HEADER", "FOOTER", "ASIDE", "FORM"]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Block-aware text of a DOM subtree: paragraphs separated by an empty line, `<br>` kept as a line break. */
function blockText(root: DomNode, skipBoilerplate: boolean): string {
  const parts: string[] = [];
  const walk = (node: DomNode): void => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/\s+/g, " "));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = node.nodeName.toUpperCase();
    if (SKIP_TAGS.has(tag) || (skipBoilerplate && BOILERPLATE_TAGS.has(tag))) return;
    if (tag === "BR") {
      parts.push("\n");
      return;
    }
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push("\n\n");
    else if (tag === "TD" || tag === "TH") parts.push(" ");
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block) parts.push("\n\n");
  };
  walk(root);
  return normalizeText(parts.join(""));
}

function metaContent(doc: Document, selectors: string[]): string | null {
  for (const sel of selectors) {
    const v = doc.querySelector(sel)?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

/** Main text of an HTML article (Readability), the headline as its first paragraph so it can carry evidence too. */
export function parseHtmlArticle(html: string, fallback: { url?: string | null; published?: string | null } = {}): IngestDocument {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const doc = document as unknown as Document;
  const url = metaContent(doc, ['meta[property="og:url"]']) ?? doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? fallback.url ?? null;
  const published =
    metaContent(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'meta[name="pubdate"]']) ??
    doc.querySelector("time[datetime]")?.getAttribute("datetime") ??
    fallback.published ??
    null;
  const langAttr = doc.documentElement?.getAttribute("lang")?.slice(0, 2).toLowerCase();
  const docTitle = normalizeText(doc.querySelector("title")?.textContent ?? "") || null;

  let title: string | null = null;
  let body = "";
  // Readability mutates the document, so it gets its own parse; the original stays for the fallback.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200, keepClasses: false }).parse();
  if (article?.content) {
    const { document: contentDoc } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
    body = blockText(contentDoc.body as unknown as DomNode, false);
    title = article.title ? normalizeText(article.title) : null;
  }
  if (body.length < 80) body = doc.body ? blockText(doc.body as unknown as DomNode, true) : "";
  // Readability's title often carries the site name ("Headline | Outlet"); the page's h1 is the headline itself.
  title = normalizeText(doc.querySelector("h1")?.textContent ?? "") || title || docTitle;
  const firstPara = body.split("\n\n", 1)[0] ?? "";
  const text = title && !firstPara.includes(title) ? normalizeText(`${title}\n\n${body}`) : body;
  const doc0: IngestDocument = { title, text, url, published: published ? toIsoDateTime(published) : null, mediaType: MEDIA_TYPES.html };
  if (langAttr === "en" || langAttr === "ru" || langAttr === "kk") doc0.lang = langAttr;
  return doc0;
}

/** Dates as the source writes them (RFC 822, ISO 8601) become ISO 8601; what cannot be read is dropped. */
export function toIsoDateTime(value: string): string | null {
  const v = value.trim();
  // ISO values keep their own offset: the local calendar date is the one relative dates in the text refer to.
  if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.test(v)) return v.replace(" ", "T");
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) return null;
  const off = /([+-])(\d{2})(\d{2})$/.exec(v);
  if (!off) return new Date(ms).toISOString();
  const minutes = (off[1] === "-" ? -1 : 1) * (Number(off[2]) * 60 + Number(off[3]));
  return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${off[1]}${off[2]}:${off[3]}`;
}

// ---------- Telegram ----------

type TelegramText = string | { type?: string; text?: string; href?: string };

interface TelegramMessage {
  id?: number;
  type?: string;
  date?: string;
  text?: string | TelegramText[];
}

function telegramText(t: TelegramMessage["text"]): string {
  if (typeof t === "string") return t;
  if (!Array.isArray(t)) return "";
  return t.map((part) => (typeof part === "string" ? part : (part.text ?? ""))).join("");
}

/** A Telegram Desktop channel export (`result.json`): every message with text is one document. */
export function parseTelegramExport(fileName: string, raw: string): IngestDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw refusedFile(fileName, "not_json");
  }
  if (typeof data !== "object" || data === null || !Array.isArray((data as { messages?: unknown }).messages)) {
    throw refusedFile(fileName, "not_telegram_export");
  }
  const channel = data as { name?: unknown; id?: unknown; messages: unknown[] };
  const channelName = typeof channel.name === "string" ? channel.name : null;
  const docs: IngestDocument[] = [];
  for (const m of channel.messages) {
    if (typeof m !== "object" || m === null) continue;
    const msg = m as TelegramMessage;
    if (msg.type !== undefined && msg.type !== "message") continue;
    const text = normalizeText(telegramText(msg.text));
    if (!text) continue;
    docs.push({
      title: channelName,
      text,
      url: null,
      // Telegram Desktop writes the exporting machine's local time without an offset; it is kept as written.
      published: typeof msg.date === "string" ? toIsoDateTime(msg.date) : null,
      mediaType: MEDIA_TYPES.telegram,
    });
  }
  return docs;
}

// ---------- RSS / Atom ----------

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

function scalar(v: unknown): string | null {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "object" && v !== null && "#text" in v) return scalar((v as Record<string, unknown>)["#text"]);
  return null;
}

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return scalar(links);
  const objs = links.filter((l): l is Record<string, unknown> => typeof l === "object" && l !== null);
  const alt = objs.find((l) => l["@rel"] === undefined || l["@rel"] === "alternate");
  const href = alt?.["@href"];
  if (typeof href === "string") return href;
  return scalar(links[0]);
}

function feedItemText(title: string | null, htmlBody: string | null): string {
  const body = htmlBody ? (/[<&]/.test(htmlBody) ? blockText(parseHTML(`<!doctype html><html><body>${htmlBody}</body></html>`).document.body as unknown as DomNode, false) : normalizeText(htmlBody)) : "";
  const t = title ? normalizeText(title) : "";
  if (!t) return body;
  return body.startsWith(t) ? body : normalizeText(`${t}\n\n${body}`);
}

/** RSS 2.0, RSS 1.0 (RDF) and Atom: each item or entry is one document. */
export function parseFeed(fileName: string, raw: string): IngestDocument[] {
  let data: Record<string, unknown>;
  try {
    data = xml.parse(raw, true) as Record<string, unknown>;
  } catch (e) {
    throw refusedFile(fileName, "feed_malformed", { detail: e instanceof Error ? e.message.split("\n")[0]! : "parse error" });
  }
  const rss = data.rss as { channel?: { item?: unknown[] } } | undefined;
  const rdf = data["rdf:RDF"] as { item?: unknown[] } | undefined;
  const feed = data.feed as { entry?: unknown[] } | undefined;
  const docs: IngestDocument[] = [];
  const items = rss?.channel?.item ?? rdf?.item;
  if (items) {
    for (const it of items) {
      const item = it as Record<string, unknown>;
      const title = scalar(item.title);
      const body = scalar(item["content:encoded"]) ?? scalar(item.description);
      const date = scalar(item.pubDate) ?? scalar(item["dc:date"]);
      const link = Array.isArray(item.link) ? scalar(item.link[0]) : scalar(item.link);
      docs.push({ title: title ? normalizeText(title) : null, text: feedItemText(title, body), url: link?.trim() || null, published: date ? toIsoDateTime(date) : null, mediaType: "application/rss+xml" });
    }
    return docs;
  }
  if (feed) {
    for (const e of feed.entry ?? []) {
      const entry = e as Record<string, unknown>;
      const title = scalar(entry.title);
      const body = scalar(entry.content) ?? scalar(entry.summary);
      const date = scalar(entry.published) ?? scalar(entry.updated);
      docs.push({ title: title ? normalizeText(title) : null, text: feedItemText(title, body), url: atomLink(entry.link), published: date ? toIsoDateTime(date) : null, mediaType: "application/atom+xml" });
    }
    return docs;
  }
  throw refusedFile(fileName, "not_a_feed");
}
