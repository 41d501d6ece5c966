/**
 * `vigil extract FILE…`: what the extractor finds in text, HTML, Telegram exports and RSS/Atom feeds, without a
 * database or network. JSON: one object for one file, one object per line with `file` for several; a file holding
 * several documents (feed items, Telegram messages) gives `{ documents: [...] }`. See src/contract/extraction.ts.
 */
import { basename } from "node:path";
import type { Command } from "commander";
import { isIsoDate } from "../../core/dates.js";
import { VigilError } from "../../core/errors.js";
import {
  EXTRACT_LANGS, extractDocumentChecked, initExtractor, type DocumentExtraction, type ExtractLang, type Extraction,
  type FileExtraction,
} from "../../extract/index.js";
import { parseDocuments, type IngestDocument } from "../../ingest/index.js";
import { fail, readBytesOrFail } from "../shared.js";

interface Options {
  format: string;
  lang?: string;
  published?: string;
}


function extractFile(path: string, lang: ExtractLang | undefined, published: string | null): FileExtraction {
  const docs = parseDocuments({ fileName: basename(path), content: readBytesOrFail(path) });
  const one = (d: IngestDocument): Extraction =>
    extractDocumentChecked({ text: d.text, lang: lang ?? d.lang, published: d.published ?? published, title: d.title });
  if (docs.length === 1 && docs[0]) return one(docs[0]);
  const documents: DocumentExtraction[] = docs.map((d, index) => ({ index, title: d.title, url: d.url, published: d.published, ...one(d) }));
  return { documents };
}

const cell = (s: string | null | undefined, width: number): string => {
  const v = (s ?? "—").replace(/\s+/g, " ");
  return v.length > width ? `${v.slice(0, width - 1)}…` : v.padEnd(width);
};

function table(label: string, x: Extraction): string {
  const lines = [`${label} [${x.language}] ${x.incidents.length} incident(s), ${x.statistics.length} statistic(s)`];
  for (const i of x.incidents) {
    lines.push(`  ${cell(i.type, 24)} ${cell(i.person, 28)} ${cell(i.date, 10)} ${cell(i.place, 16)} ${cell(i.role, 12)} ${i.confidence.toFixed(2)}  ${cell(i.evidence.text, 60)}`);
  }
  for (const st of x.statistics) {
    lines.push(`  ${cell("statistic", 24)} ${cell(`${st.approximate ? "~" : ""}${st.count} ${st.what}`, 28)} ${cell(st.date, 10)} ${cell(st.place, 16)}`);
  }
  return lines.join("\n");
}

async function run(files: string[], opts: Options): Promise<void> {
  if (opts.format !== "json" && opts.format !== "table") throw new VigilError("bad_request", "--format must be json or table");
  if (opts.lang !== undefined && !(EXTRACT_LANGS as readonly string[]).includes(opts.lang)) {
    throw new VigilError("bad_request", `--lang must be one of ${EXTRACT_LANGS.join(", ")}`);
  }
  if (opts.published !== undefined && !isIsoDate(opts.published)) throw new VigilError("bad_request", "--published must be a date YYYY-MM-DD");
  await initExtractor();
  const lang = opts.lang as ExtractLang | undefined;
  const several = files.length > 1;
  for (const file of files) {
    const result = extractFile(file, lang, opts.published ?? null);
    if (opts.format === "json") {
      const out = several ? { file, ...result } : result;
      process.stdout.write(several ? `${JSON.stringify(out)}\n` : `${JSON.stringify(out, null, 2)}\n`);
    } else if ("documents" in result) {
      for (const d of result.documents) process.stdout.write(`${table(`${file}#${d.index}${d.title ? ` ${d.title}` : ""}`, d)}\n`);
    } else {
      process.stdout.write(`${table(file, result)}\n`);
    }
  }
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .argument("<files...>")
    .description("print the incidents and statistics found in text, HTML, Telegram result.json or RSS/Atom files (no database, no network)")
    .option("--format <format>", "json or table", "json")
    .option("--lang <lang>", `language of the text (${EXTRACT_LANGS.join(", ")}); detected when omitted`)
    .option("--published <date>", "publication date (YYYY-MM-DD) for documents that carry none; relative dates are read against it")
    .action(async (files: string[], opts: Options) => {
      try {
        await run(files, opts);
      } catch (e) {
        fail(e);
      }
    });
}
