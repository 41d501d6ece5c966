/**
 * Ingest → extract → match → queue for review. Each document becomes one source with an immutable text capture of
 * exactly the text the extractor read (so every evidence span is a slice of stored evidence), plus the original bytes
 * when they were HTML, a feed or an export; its proposals wait in the review queue. A document whose text was captured
 * before is recognised by the SHA-256 of that text and creates nothing.
 */
import { sha256Hex } from "../audit/index.js";
import { assertCan } from "../auth/policy.js";
import { zSourceInput } from "../contract/records.js";
import type { SOURCE_KINDS } from "../contract/vocab.js";
import { isIsoDate } from "../core/dates.js";
import { VigilError } from "../core/errors.js";
import { EXTRACT_LANGS, extractDocumentChecked, initExtractor, type ExtractedIncident, type ExtractedStatistic, type ExtractLang } from "../extract/index.js";
import { normalizeText, parseDocuments, type IngestDocument } from "../ingest/index.js";
import { insertCapture, insertRecord, parseInput, withWrite, type Ctx, type Rec } from "../register/index.js";
import type { Db } from "../store/index.js";
import { insertProposals, suggestFor, type Proposal, type ProposalDraft, type Suggestions } from "../verify/index.js";

export const TEXT_MEDIA_TYPE = "text/plain; charset=utf-8";
const TELEGRAM_MEDIA_TYPE = "application/vnd.telegram.export+json";
const FEED_MEDIA_TYPES = new Set(["application/rss+xml", "application/atom+xml"]);

export interface IngestOptions {
  /** Language of the text when known (otherwise the extractor detects it). */
  lang?: ExtractLang;
  /** Publication date to assume when a document carries none (relative dates in the text count from it). */
  published?: string | null;
  /** Who published the documents, when the caller knows better than the document (a feed's title). */
  publisher?: string | null;
  /** Language of the source, when the caller knows it (a feed's configured language). */
  language?: string | null;
}

export interface IngestFileInput {
  fileName: string;
  content: Uint8Array;
  mediaType?: string | null;
}

export interface IngestedSource {
  sourceId: string;
  status: "new" | "duplicate";
  title: string | null;
  url: string | null;
  textCaptureId: string;
  /** The original file (HTML, feed, export) as captured; null for plain text and for duplicates. */
  originalCaptureId: string | null;
  proposalIds: string[];
}

export interface IngestResult {
  sources: IngestedSource[];
  proposals: Proposal[];
  duplicates: number;
}

const utf8 = new TextEncoder();

/** An earlier capture of the same text, found by its content address. */
async function capturedText(db: Db, sha256: string): Promise<{ captureId: string; sourceId: string } | null> {
  const row = await db.selectFrom("captures").select(["id", "source_id"]).where("sha256", "=", sha256)
    .where("media_type", "like", "text/plain%").orderBy("created_at").orderBy("id").limit(1).executeTakeFirst();
  return row ? { captureId: row.id, sourceId: row.source_id } : null;
}

function isoDay(value: string | null | undefined): string | null {
  const day = value?.slice(0, 10) ?? null;
  return day && isIsoDate(day) ? day : null;
}

function httpUrl(value: string | null): string | null {
  if (!value || value.length > 2000) return null;
  try {
    const u = new URL(value);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The channel's own title, which the parser does not return: the first <title> of a feed is the channel's. */
export function feedChannelTitle(raw: string): string | null {
  const m = /<title\b[^>]*>([\s\S]*?)<\/title>/i.exec(raw);
  if (!m) return null;
  const text = m[1]!.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, "$1")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, "&");
  return normalizeText(text).slice(0, 300) || null;
}

function sourceInput(doc: IngestDocument, opts: IngestOptions, language: string): Rec {
  const telegram = doc.mediaType === TELEGRAM_MEDIA_TYPE;
  const kind: (typeof SOURCE_KINDS)[number] = telegram ? "social_media_post" : "news_article";
  return parseInput(zSourceInput, {
    kind,
    // A Telegram export names the channel, not the post: it is the publisher.
    title: telegram ? null : doc.title?.slice(0, 1000) ?? null,
    publisher: opts.publisher ?? (telegram ? doc.title?.slice(0, 300) ?? null : null),
    url: httpUrl(doc.url),
    publishedDate: isoDay(doc.published) ?? isoDay(opts.published),
    language,
  }, "source") as Rec;
}

export const asExtractLang = (v: string | null | undefined): ExtractLang | undefined =>
  (EXTRACT_LANGS as readonly string[]).includes(v ?? "") ? (v as ExtractLang) : undefined;

async function ingestOne(ctx: Ctx, doc: IngestDocument, original: { bytes: Uint8Array; mediaType: string } | null, opts: IngestOptions): Promise<{ source: IngestedSource; proposals: Proposal[] }> {
  const textBytes = utf8.encode(doc.text);
  const sha = sha256Hex(textBytes);
  const duplicateOf = (hit: { captureId: string; sourceId: string }) => ({
    source: { sourceId: hit.sourceId, status: "duplicate" as const, title: doc.title, url: doc.url, textCaptureId: hit.captureId, originalCaptureId: null, proposalIds: [] },
    proposals: [],
  });
  // Checked before the extractor runs to spare the work; checked again under the write lock to be sure.
  const seen = await capturedText(ctx.store.db, sha);
  if (seen) return duplicateOf(seen);

  const extraction = extractDocumentChecked({
    text: doc.text, lang: opts.lang ?? doc.lang ?? asExtractLang(opts.language), published: doc.published ?? opts.published ?? null, title: doc.title,
  });
  type Found = { kind: "incident"; item: ExtractedIncident } | { kind: "statistic"; item: ExtractedStatistic };
  const found: Found[] = [
    ...extraction.incidents.map((item) => ({ kind: "incident" as const, item })),
    ...extraction.statistics.map((item) => ({ kind: "statistic" as const, item })),
  ];
  const suggestions: Suggestions[] = [];
  for (const f of found) suggestions.push(await suggestFor(ctx, f));
  const language = opts.lang ?? doc.lang ?? opts.language ?? extraction.language;

  return withWrite(ctx, async (env, audit) => {
    const again = await capturedText(env.tx, sha);
    if (again) return duplicateOf(again);
    const source = await insertRecord(env, "source", sourceInput(doc, opts, language));
    await audit.append({ action: "create", entityType: "source", entityId: source.id as string, before: null, after: source, reason: "ingest" });
    const capture = async (bytes: Uint8Array, mediaType: string) => {
      const rec = await insertCapture(env, { sourceId: source.id as string, mediaType, bytes });
      await audit.append({ action: "create", entityType: "capture", entityId: rec.id as string, before: null, after: rec, reason: "ingest" });
      return rec.id as string;
    };
    const textCaptureId = await capture(textBytes, TEXT_MEDIA_TYPE);
    const originalCaptureId = original ? await capture(original.bytes, original.mediaType) : null;
    const drafts = found.map((f, i) => ({ ...f, sourceId: source.id as string, captureId: textCaptureId, suggestions: suggestions[i]! }) as ProposalDraft);
    const proposals = await insertProposals(env, audit, drafts);
    return {
      source: { sourceId: source.id as string, status: "new" as const, title: doc.title, url: doc.url, textCaptureId, originalCaptureId, proposalIds: proposals.map((p) => p.id) },
      proposals,
    };
  });
}

/**
 * Documents already parsed (or typed in). `original` is the file they came from; it is captured beside the text of
 * each document unless it is plain text, where the text capture is the evidence. One transaction per document, so a
 * failure part-way through a feed keeps what was done and a retry skips it as duplicate.
 */
export async function ingestDocuments(ctx: Ctx, docs: readonly IngestDocument[], opts: IngestOptions & { original?: { bytes: Uint8Array; mediaType: string } } = {}): Promise<IngestResult> {
  assertCan(ctx.actor, "create");
  await initExtractor();
  const out: IngestResult = { sources: [], proposals: [], duplicates: 0 };
  for (const doc of docs) {
    if (!doc.text) continue;
    const original = opts.original && !opts.original.mediaType.startsWith("text/plain") ? opts.original : null;
    const r = await ingestOne(ctx, doc, original, opts);
    out.sources.push(r.source);
    out.proposals.push(...r.proposals);
    if (r.source.status === "duplicate") out.duplicates++;
  }
  return out;
}

/** A file as uploaded or read from disk: text, HTML, a Telegram export or an RSS/Atom feed. */
export async function ingestFile(ctx: Ctx, file: IngestFileInput, opts: IngestOptions = {}): Promise<IngestResult> {
  assertCan(ctx.actor, "create");
  return ingestParsed(ctx, file, parseDocuments({ fileName: file.fileName, content: file.content, mediaType: file.mediaType ?? null }), opts);
}

/** The documents `parseDocuments` made of `file`, with the file captured as their original. */
export async function ingestParsed(ctx: Ctx, file: IngestFileInput, docs: readonly IngestDocument[], opts: IngestOptions = {}): Promise<IngestResult> {
  const kind = docs[0]?.mediaType ?? "text/plain";
  let publisher = opts.publisher ?? null;
  if (!publisher && isFeed(kind)) publisher = feedChannelTitle(new TextDecoder().decode(file.content));
  // The parser decoded the bytes as strict UTF-8, so the original is UTF-8 whatever its header said.
  const mediaType = kind.startsWith("text/") ? `${kind}; charset=utf-8` : kind;
  return ingestDocuments(ctx, docs, { ...opts, publisher, original: { bytes: file.content, mediaType } });
}

export const isFeed = (mediaType: string): boolean => FEED_MEDIA_TYPES.has(mediaType);

export interface TextInput {
  text: string;
  title?: string | null;
  url?: string | null;
  published?: string | null;
  lang?: ExtractLang;
}

/** Text pasted or typed in (the web app's "paste an article"), treated as one plain-text document. */
export async function ingestText(ctx: Ctx, input: TextInput): Promise<IngestResult> {
  const text = normalizeText(input.text);
  if (!text) throw new VigilError("validation_failed", "text: nothing to ingest", { field: "text" });
  const doc: IngestDocument = { title: input.title ?? null, text, url: input.url ?? null, published: input.published ?? null, mediaType: "text/plain" };
  return ingestDocuments(ctx, [doc], { lang: input.lang, published: input.published ?? null });
}
