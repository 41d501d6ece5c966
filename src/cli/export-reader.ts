/**
 * Reads a Vigil JSON export as a stream of records, so an export of a million incidents is imported without holding
 * the file (or its parsed tree) in memory. Dependency-free: the export is one object whose `records` holds an array per
 * kind, so only that outer structure is scanned here, and each record's text is handed to JSON.parse on its own.
 *
 * The file is checked as `importAll` checks it — strict UTF-8, valid JSON, the export header, an array per collection —
 * with the same messages; each record is then validated by `importStream`, which names a bad one by its collection and
 * position and writes nothing. Records that refer to another record of their own kind (a place's parent, an event's
 * cause, a merged person's target) wait until it has been read, as `importAll` orders them, keeping their position.
 */
import { z } from "zod";
import { zVigilExport } from "../contract/export.js";
import { VigilError } from "../core/errors.js";
import { refusedFile } from "../ingest/index.js";
import type { ExportItem } from "../register/index.js";

type Collection = ExportItem["kind"];

const COLLECTIONS: ReadonlySet<string> = new Set(Object.keys(zVigilExport.shape.records.shape));
/** The field by which a record of a collection may refer to another record of the same collection. */
const SELF_REFERENCE: Partial<Record<Collection, string>> = { places: "parentId", events: "causedById", people: "mergedInto" };
const zHeader = zVigilExport.omit({ records: true });
const zCollection = z.array(z.unknown());

const notAnExport = (issue: z.core.$ZodIssue | undefined, prefix: string[] = []): VigilError => {
  const path = [...prefix, ...(issue?.path.map(String) ?? [])].join(".");
  return new VigilError("import_failed", `not a Vigil export: ${issue ? `${path}: ${issue.message}` : "bad input"}`);
};

/** Strict UTF-8 text of a byte stream, as ingest's decodeUtf8 reads a whole file (the same refusals). */
export async function* utf8Chunks(fileName: string, bytes: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let any = false;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw refusedFile(fileName, "not_utf8");
    }
  };
  for await (const chunk of bytes) {
    if (chunk.byteLength) any = true;
    const s = decode(chunk);
    if (s.includes("\u0000")) throw refusedFile(fileName, "binary");
    if (s) yield s;
  }
  if (!any) throw refusedFile(fileName, "file_empty");
  const rest = decode();
  if (rest) yield rest;
}

/** A cursor over JSON text arriving in chunks; text before the value being read is dropped. */
class Cursor {
  private buf = "";
  private pos = 0;
  private ended = false;
  private readonly chunks: AsyncIterator<string>;

  constructor(chunks: AsyncIterable<string>, readonly invalid: () => VigilError) {
    this.chunks = chunks[Symbol.asyncIterator]();
  }

  /** Appends the next chunk, dropping what lies before `keepFrom`; returns how far indexes moved, or -1 at the end. */
  private async more(keepFrom: number): Promise<number> {
    if (this.ended) return -1;
    const r = await this.chunks.next();
    if (r.done) {
      this.ended = true;
      return -1;
    }
    this.buf = this.buf.slice(keepFrom) + r.value;
    this.pos -= keepFrom;
    return keepFrom;
  }

  /** The next character after white space, without consuming it; null at the end of the text. */
  async peek(): Promise<string | null> {
    for (;;) {
      while (this.pos < this.buf.length) {
        const c = this.buf.charCodeAt(this.pos);
        if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return this.buf[this.pos]!;
        this.pos++;
      }
      if ((await this.more(this.pos)) < 0) return null;
    }
  }

  async expect(ch: string): Promise<void> {
    if ((await this.peek()) !== ch) throw this.invalid();
    this.pos++;
  }

  /** After an element: true if a comma follows, false if `close` does (both consumed). */
  async separator(close: string): Promise<boolean> {
    const c = await this.peek();
    this.pos++;
    if (c === ",") return true;
    if (c === close) return false;
    throw this.invalid();
  }

  /** The text of the next complete JSON value; its syntax is JSON.parse's to judge. */
  async value(): Promise<string> {
    const first = await this.peek();
    if (first === null) throw this.invalid();
    let start = this.pos;
    let i = start;
    let depth = 0;
    let moved: number;
    const refill = async (): Promise<boolean> => {
      this.pos = start;
      moved = await this.more(start);
      if (moved < 0) return false;
      i -= moved;
      start = 0;
      return true;
    };
    if (first !== "{" && first !== "[" && first !== '"') {
      // A number or a literal runs to the next delimiter.
      for (;;) {
        while (i < this.buf.length && !/[\s,\]}]/.test(this.buf[i]!)) i++;
        if (i < this.buf.length || !(await refill())) break;
      }
      this.pos = i;
      return this.buf.slice(start, i);
    }
    for (;;) {
      while (i < this.buf.length) {
        const c = this.buf.charCodeAt(i);
        if (c === 0x22) {
          // Jump to the closing quote: one not preceded by an odd number of backslashes.
          let j = i + 1;
          for (;;) {
            const q = this.buf.indexOf('"', j);
            if (q < 0) {
              j = -1;
              break;
            }
            let b = q - 1;
            while (this.buf.charCodeAt(b) === 0x5c) b--;
            if ((q - 1 - b) % 2 === 0) {
              j = q;
              break;
            }
            j = q + 1;
          }
          if (j < 0) break; // the string continues in the next chunk: rescan it from its opening quote
          i = j + 1;
          if (depth === 0) {
            this.pos = i;
            return this.buf.slice(start, i);
          }
          continue;
        }
        if (c === 0x7b || c === 0x5b) depth++;
        else if (c === 0x7d || c === 0x5d) {
          depth--;
          if (depth === 0) {
            this.pos = i + 1;
            return this.buf.slice(start, i + 1);
          }
        }
        i++;
      }
      if (!(await refill())) throw this.invalid();
    }
  }

  async string(): Promise<string> {
    if ((await this.peek()) !== '"') throw this.invalid();
    return this.parse(await this.value()) as string;
  }

  parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      throw this.invalid();
    }
  }
}

/**
 * The records of an export as `importStream` takes them, each with its position in its collection. Throws
 * `validation_failed` for a file that is not UTF-8 text and `import_failed` for one that is not a Vigil export.
 */
export async function* readExportStream(fileName: string, text: AsyncIterable<string>): AsyncGenerator<ExportItem & { position: number }> {
  const cur = new Cursor(text, () => new VigilError("import_failed", `${fileName} is not valid JSON`));
  const header: Record<string, unknown> = {};
  const checkHeader = () => {
    const h = zHeader.safeParse(header);
    if (!h.success) throw notAnExport(h.error.issues[0]);
  };
  if ((await cur.peek()) !== "{") {
    const whole = cur.parse(await cur.value());
    throw notAnExport(zVigilExport.safeParse(whole).error?.issues[0]);
  }
  await cur.expect("{");
  let sawRecords = false;
  if ((await cur.peek()) === "}") await cur.expect("}");
  else {
    do {
      const key = await cur.string();
      await cur.expect(":");
      if (key !== "records") {
        header[key] = cur.parse(await cur.value());
        continue;
      }
      sawRecords = true;
      // A file that is some other JSON is named before its records are read (a Vigil export puts its header first).
      if ("format" in header) checkHeader();
      if ((await cur.peek()) !== "{") throw notAnExport(zVigilExport.shape.records.safeParse(cur.parse(await cur.value())).error?.issues[0], ["records"]);
      await cur.expect("{");
      if ((await cur.peek()) === "}") {
        await cur.expect("}");
        continue;
      }
      do {
        const name = await cur.string();
        await cur.expect(":");
        if (!COLLECTIONS.has(name)) {
          // As zod's object schema does, a collection the export format does not define is ignored.
          await cur.value();
          continue;
        }
        if ((await cur.peek()) !== "[") throw notAnExport(zCollection.safeParse(cur.parse(await cur.value())).error?.issues[0], ["records", name]);
        yield* readCollection(cur, name as Collection);
      } while (await cur.separator("}"));
    } while (await cur.separator("}"));
  }
  if ((await cur.peek()) !== null) throw cur.invalid(); // text after the export object
  checkHeader();
  if (!sawRecords) throw notAnExport(zVigilExport.safeParse(header).error?.issues[0]);
}

async function* readCollection(cur: Cursor, kind: Collection): AsyncGenerator<ExportItem & { position: number }> {
  await cur.expect("[");
  const field = SELF_REFERENCE[kind];
  const seen = new Set<string>();
  /** Records waiting for the record of this collection they refer to, by its id. */
  const waiting = new Map<string, (ExportItem & { position: number })[]>();
  function* release(item: ExportItem & { position: number }): Generator<ExportItem & { position: number }> {
    const queue = [item];
    for (let next = queue.pop(); next; next = queue.pop()) {
      yield next;
      const id = (next.record as { id?: unknown } | null)?.id;
      if (typeof id !== "string") continue;
      seen.add(id);
      const after = waiting.get(id);
      if (after) {
        waiting.delete(id);
        queue.push(...after.reverse());
      }
    }
  }
  let position = 0;
  if ((await cur.peek()) === "]") await cur.expect("]");
  else {
    do {
      const record = cur.parse(await cur.value());
      const item = { kind, record, position: position++ };
      const target = field ? (record as Record<string, unknown> | null)?.[field] : undefined;
      if (field && typeof target === "string" && !seen.has(target)) {
        const list = waiting.get(target);
        if (list) list.push(item);
        else waiting.set(target, [item]);
      } else if (field) yield* release(item);
      else yield item;
    } while (await cur.separator("]"));
  }
  // Still waiting: chains that start at a record already in the register or a missing one (their first links come out
  // first, releasing the rest), and cycles, which importStream then names, in file order.
  const pending = [...waiting.entries()].flatMap(([target, items]) => items.map((item) => ({ target, item })));
  const pendingIds = new Set(pending.map((p) => (p.item.record as { id?: unknown }).id));
  const byPosition = (a: { item: { position: number } }, b: { item: { position: number } }) => a.item.position - b.item.position;
  for (const p of pending.filter((x) => !pendingIds.has(x.target)).sort(byPosition)) {
    waiting.get(p.target)!.splice(waiting.get(p.target)!.indexOf(p.item), 1);
    yield* release(p.item);
  }
  for (const p of pending.sort(byPosition)) if (waiting.get(p.target)?.includes(p.item)) yield p.item;
}
