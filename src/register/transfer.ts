/**
 * Whole-database JSON export and import. An import is one transaction: every record keeps its id, version and
 * timestamps (so export → import → export is identical) and gets an `import` audit entry; one bad record writes nothing.
 */
import { sql } from "kysely";
import type { z } from "zod";
import { EXPORT_FORMAT, EXPORT_VERSION, zCaptureWithContent, zVigilExport, type VigilExport } from "../contract/export.js";
import {
  zClaim, zEvent, zIncident, zIntervention, zOrganisation, zPerson, zPlace, zProceeding, zSource, zStatistic,
} from "../contract/records.js";
import { sha256Hex } from "../audit/index.js";
import { canonicalJson } from "../core/canonical.js";
import { VigilError } from "../core/errors.js";
import { assertCan } from "../auth/policy.js";
import { columnOf, fromRow, KINDS, type Bulk, type Db, type RecordKind } from "../store/index.js";
import { nowIso, type Ctx } from "./context.js";
import type { AuditAppender } from "./audit-log.js";
import { INPUT_SCHEMAS, PLURAL, REFERENCES } from "./kinds.js";
import { loadRecord, rowsToRecords, type Rec } from "./load.js";
import { withWrite } from "./service.js";
import { personNameRows, refreshStatus, rowFor, type PersonNameRows, type WriteEnv } from "./write.js";

/** Dependency order: a record comes after everything it may refer to. */
export const IMPORT_ORDER: RecordKind[] = ["place", "organisation", "person", "event", "source", "capture", "incident", "proceeding", "statistic", "intervention", "claim"];

const ADMIN_ORDER: Record<string, number> = { country: 0, region: 1, city: 2, district: 3, locality: 4 };

export async function exportAll(ctx: Ctx): Promise<VigilExport> {
  assertCan(ctx.actor, "export_full");
  const records: Record<string, Rec[]> = {};
  for (const kind of IMPORT_ORDER) {
    const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(KINDS[kind].table)} ORDER BY id`.execute(ctx.store.db);
    const recs = await rowsToRecords(ctx.store.db, kind, rows.rows);
    if (kind === "capture") {
      for (const c of recs) {
        const blob = await ctx.store.db.selectFrom("blobs").select("content").where("sha256", "=", c.sha256 as string).executeTakeFirstOrThrow();
        c.contentBase64 = Buffer.from(blob.content).toString("base64");
      }
    }
    records[PLURAL[kind]] = recs;
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: nowIso(ctx), records: records as VigilExport["records"] };
}

/** Events may be caused by other events, people merged into other people: order them so the target is inserted first. */
function targetsFirst(events: Rec[], field: string): Rec[] {
  const byId = new Map(events.map((e) => [e.id as string, e]));
  const done = new Set<string>();
  const out: Rec[] = [];
  const visit = (e: Rec, depth: number) => {
    if (done.has(e.id as string)) return;
    if (depth > events.length) throw new VigilError("import_failed", `records refer to each other in a cycle (${field})`);
    const cause = typeof e[field] === "string" ? byId.get(e[field] as string) : undefined;
    if (cause) visit(cause, depth + 1);
    done.add(e.id as string);
    out.push(e);
  };
  for (const e of events) visit(e, 0);
  return out;
}

export interface ImportReport { created: Record<string, number>; unchanged: Record<string, number> }

/** One record of an export, named by its collection ("incidents"): what `generateRecords` and an export file hold. */
export interface ExportItem {
  kind: keyof VigilExport["records"];
  record: unknown;
  /** Position in its collection in the file, when the reader yields records out of file order (see cli/export-reader). */
  position?: number;
}

const RECORD_SCHEMAS: Record<keyof VigilExport["records"], z.ZodType> = {
  places: zPlace, organisations: zOrganisation, people: zPerson, events: zEvent, sources: zSource, captures: zCaptureWithContent,
  incidents: zIncident, proceedings: zProceeding, statistics: zStatistic, interventions: zIntervention, claims: zClaim,
};
/**
 * Kinds whose input schema adds cross-field rules to the record schema's fields (zIncidentInput, zClaimInput). A record
 * of any other kind that passed its record schema also passes its input schema: importRecords skips that second parse.
 */
const RULED: ReadonlySet<RecordKind> = new Set(["incident", "claim"]);
const META = { id: true, version: true, createdAt: true, updatedAt: true } as const;
const RECORD_META: Partial<Record<keyof VigilExport["records"], z.ZodType>> = {
  incidents: zIncident.pick(META), claims: zClaim.pick(META),
};
const KIND_OF = Object.fromEntries(Object.entries(PLURAL).map(([k, v]) => [v, k])) as Record<string, RecordKind>;

export async function importAll(ctx: Ctx, raw: unknown, opts: { reason?: string } = {}): Promise<ImportReport> {
  assertCan(ctx.actor, "import");
  const parsed = zVigilExport.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new VigilError("import_failed", `not a Vigil export: ${i ? `${i.path.join(".")}: ${i.message}` : "bad input"}`, {
      errors: parsed.error.issues.slice(0, 100).map((x) => ({ path: x.path.join("."), message: x.message })),
    });
  }
  const data = parsed.data;
  function* ordered(): Generator<Parsed> {
    for (const kind of IMPORT_ORDER) {
      let recs = data.records[PLURAL[kind] as keyof VigilExport["records"]] as Rec[];
      if (kind === "place") recs = [...recs].sort((a, b) => (ADMIN_ORDER[a.adminLevel as string] ?? 9) - (ADMIN_ORDER[b.adminLevel as string] ?? 9));
      if (kind === "event") recs = targetsFirst(recs, "causedById");
      if (kind === "person") recs = targetsFirst(recs, "mergedInto");
      for (const rec of recs) yield { kind, rec, checked: !RULED.has(kind) };
    }
  }
  return importParsed(ctx, ordered(), opts);
}

/**
 * Imports a stream of export records in dependency order (every reference points at an earlier record or at one already
 * in the database), e.g. `generateRecords()` at a million incidents, without holding the whole file in memory. Same
 * guarantees as `importAll`: one transaction, one audit entry per record, a bad record names itself and writes nothing.
 */
export async function importStream(ctx: Ctx, items: Iterable<ExportItem> | AsyncIterable<ExportItem>, opts: { reason?: string } = {}): Promise<ImportReport> {
  assertCan(ctx.actor, "import");
  const index: Record<string, number> = {};
  const parse = (item: ExportItem): Parsed => {
    const n = index[item.kind] ?? 0;
    index[item.kind] = n + 1;
    const i = item.position ?? n;
    const kind = KIND_OF[item.kind];
    if (!kind) throw new VigilError("import_failed", `not a Vigil export: unknown collection ${String(item.kind)}`);
    // Kinds with cross-field rules are parsed with their input schema (fields and rules) plus the meta fields, the
    // others with the record schema: either way each record is parsed once and needs no second parse in importRecords.
    const ruled = RULED.has(kind);
    const r = (ruled ? INPUT_SCHEMAS[kind] : RECORD_SCHEMAS[item.kind]).safeParse(item.record);
    const meta = ruled ? RECORD_META[item.kind]!.safeParse(item.record) : null;
    const bad = !r.success ? r.error.issues[0] : meta && !meta.success ? meta.error.issues[0] : null;
    if (!r.success || (meta && !meta.success)) {
      throw new VigilError("import_failed", `not a Vigil export: records.${item.kind}.${i}${bad ? `.${bad.path.join(".")}: ${bad.message}` : ""}`);
    }
    // Both parses return fresh objects: the record is completed in place.
    return { kind, rec: meta ? Object.assign(r.data as Rec, meta.data) : (r.data as Rec), checked: true };
  };
  if (Symbol.asyncIterator in items) {
    return importParsed(ctx, (async function* () {
      for await (const item of items) yield parse(item);
    })(), opts);
  }
  return importParsed(ctx, (function* () {
    for (const item of items) yield parse(item);
  })(), opts);
}

/** `checked`: the record already passed its kind's input schema (see RULED). */
interface Parsed { kind: RecordKind; rec: Rec; checked: boolean }
/** `index`: position among the records of its kind; `seq`: position in the import. */
interface Item extends Parsed { index: number; seq: number }
interface ImportState {
  bulk: Bulk;
  created: Record<string, number>;
  unchanged: Record<string, number>;
  statusOf: Set<string>;
  reason: string | null;
  /** Per kind, the snapshot encoder, built from the fields of the first record written as `loadRecord` returns it. */
  encoders: Map<RecordKind, SnapshotEncoder>;
  /**
   * Ids written in this window and the one before, per kind: most references point at records just before them (a
   * person's incidents follow the person), and need no query. Two windows bound the memory of a million-record import.
   */
  written: [Map<RecordKind, Set<string>>, Map<RecordKind, Set<string>>];
  /** Captures written in the same two windows, for the quote checks of the claims that follow them. */
  captures: [Map<string, CaptureText>, Map<string, CaptureText>];
  /** The full-text index is built after the load instead of batch by batch (see importParsed). */
  textAfterLoad: boolean;
}

/** What a claim's quote check needs of its capture; the text is decoded once, by the first claim that needs it. */
interface CaptureText { source_id: string; media_type: string; content: Uint8Array; text?: string }

/**
 * Records are buffered per kind and written in windows: each window is flushed kind by kind in IMPORT_ORDER, so every
 * statement carries hundreds of rows and references are checked with one query per referenced table and batch.
 */
const WINDOW = 4000;

async function importParsed(ctx: Ctx, records: Iterable<Parsed> | AsyncIterable<Parsed>, opts: { reason?: string }): Promise<ImportReport> {
  const state: ImportState = {
    bulk: ctx.store.bulk, created: {}, unchanged: {}, statusOf: new Set(), reason: opts.reason ?? null, encoders: new Map(), written: [new Map(), new Map()], captures: [new Map(), new Map()], textAfterLoad: false,
  };
  await withWrite(ctx, async (env, audit) => {
    const restore = await state.bulk.tuneForImport(env.tx);
    try {
      const rebuild = (await holdsNoRecords(env.tx)) ? await state.bulk.deferIndexes(env.tx, DEFERRED_TABLES) : null;
      // Into an empty register the full-text index is built once after the load, like the secondary indexes: batch by
      // batch, FTS5 writes a segment whenever a key is lower than the one before (keys follow start dates, not the
      // import order) and keeps merging those segments, a cost that grew faster than the import.
      state.textAfterLoad = rebuild !== null;
      await importWindows(env, audit, records, state);
      await rebuild?.();
      if (state.textAfterLoad) await env.features.reindexAllIncidentText(env.tx);
      // Statuses depend only on the final set of incidents and proceedings: derive each affected person's once, at the end.
      await refreshStatus(env, state.statusOf);
    } finally {
      // A failed import gives the memory back too: the connection may serve requests for weeks after it.
      await restore();
    }
  });
  return { created: state.created, unchanged: state.unchanged };
}

/**
 * The tables whose secondary indexes an import into an empty register builds after the load (see bulk.ts): every table
 * it writes except places, which the gazetteer fills before any import and whose paths the import reads.
 */
const DEFERRED_TABLES = [
  ...IMPORT_ORDER.filter((k) => k !== "place").map((k) => KINDS[k].table), "person_names", "person_name_keys", "person_roles", "blobs", "audit_log",
];

/** No record of any kind but places: a new register being filled, where nobody reads the tables during the import. */
async function holdsNoRecords(tx: Db): Promise<boolean> {
  for (const kind of IMPORT_ORDER) {
    if (kind === "place") continue;
    const r = await sql`SELECT 1 FROM ${sql.table(KINDS[kind].table)} LIMIT 1`.execute(tx);
    if (r.rows.length) return false;
  }
  return true;
}

/** Records are buffered per kind and flushed window by window (see WINDOW). */
async function importWindows(env: WriteEnv, audit: AuditAppender, records: Iterable<Parsed> | AsyncIterable<Parsed>, state: ImportState): Promise<void> {
  const buffers = new Map<RecordKind, Item[]>(IMPORT_ORDER.map((k) => [k, []]));
  const index: Record<string, number> = {};
  let buffered = 0;
  let seq = 0;
  const flush = async () => {
    for (const kind of IMPORT_ORDER) {
      const items = buffers.get(kind)!;
      if (items.length) await importBatch(env, audit, kind, items, state);
      buffers.set(kind, []);
    }
    buffered = 0;
    state.written = [new Map(), state.written[0]];
    state.captures = [new Map(), state.captures[0]];
  };
  const add = ({ kind, rec, checked }: Parsed): boolean => {
    const i = index[kind] ?? 0;
    index[kind] = i + 1;
    buffers.get(kind)!.push({ kind, rec, checked, index: i, seq: seq++ });
    return ++buffered >= WINDOW;
  };
  // A synchronous source (an export in memory, the demo generator) is read without a promise per record.
  if (Symbol.asyncIterator in records) {
    for await (const p of records) if (add(p)) await flush();
  } else {
    for (const p of records) if (add(p)) await flush();
  }
  await flush();
}

function importFailed(item: Item, msg: string): VigilError {
  const where = `${PLURAL[item.kind]}[${item.index}] (${String(item.rec.id)})`;
  return new VigilError("import_failed", `${where}: ${msg}; nothing was imported`, { record: where });
}

/** Ids among `ids` that exist in `kind`'s table. */
async function existingIds(tx: Db, state: ImportState, kind: RecordKind, ids: Iterable<string>): Promise<Set<string>> {
  return state.bulk.existing(tx, KINDS[kind].table, [...new Set(ids)]);
}

/** Inserts rows of one table through the bulk path; a column some rows leave out is NULL, as in a single insert. */
async function insertRows(tx: Db, state: ImportState, table: string, rows: readonly object[]): Promise<void> {
  if (!rows.length) return;
  const cols = new Set<string>();
  for (const r of rows) for (const c in r) cols.add(c);
  const columns = [...cols];
  const values = new Array<unknown[]>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] as Record<string, unknown>;
    const v = new Array<unknown>(columns.length);
    for (let c = 0; c < columns.length; c++) v[c] = r[columns[c]!] ?? null;
    values[i] = v;
  }
  await state.bulk.insert(tx, table, columns, values);
}

/** A reference to check: the item, the field (for the message), the target kind and id. */
interface Ref { item: Item; field: string; target: RecordKind; id: string }
const REFERENCE_LIST = Object.fromEntries(Object.entries(REFERENCES).map(([k, refs]) => [k, Object.entries(refs)])) as Record<RecordKind, [string, RecordKind][]>;
const inRecentWindow = (state: ImportState, target: RecordKind, id: string): boolean =>
  state.written[0].get(target)?.has(id) === true || state.written[1].get(target)?.has(id) === true;

/** References not satisfied by an earlier record of the batch or a recent window (callers leave those out) must exist in the database. */
async function checkRefs(env: WriteEnv, refs: Ref[], state: ImportState): Promise<void> {
  const byTarget = new Map<RecordKind, Ref[]>();
  for (const r of refs) {
    let list = byTarget.get(r.target);
    if (!list) byTarget.set(r.target, (list = []));
    list.push(r);
  }
  const missing: Ref[] = [];
  for (const [target, list] of byTarget) {
    const found = await existingIds(env.tx, state, target, list.map((r) => r.id));
    for (const r of list) if (!found.has(r.id)) missing.push(r);
  }
  if (missing.length) {
    // Name the first bad record in import order, as a record-by-record import would.
    const first = missing.reduce((a, b) => (a.item.seq < b.item.seq ? a : b));
    throw importFailed(first.item, `${first.field}: no ${first.target} with id ${first.id}`);
  }
}

async function importBatch(env: WriteEnv, audit: AuditAppender, kind: RecordKind, batch: Item[], state: ImportState): Promise<void> {
  const { tx } = env;
  // Records already present (a second import of the same file, or an id repeated in the file) must be identical.
  const present = await existingIds(tx, state, kind, batch.map((b) => b.rec.id as string));
  const fresh: Item[] = [];
  const inBatch = new Map<string, Item>();
  for (const item of batch) {
    const id = item.rec.id as string;
    const earlier = inBatch.get(id);
    if (present.has(id) || earlier) {
      const existing = earlier ? null : await loadRecord(tx, kind, id);
      const { contentBase64: _c, ...comparable } = item.rec;
      const same = earlier ? canonicalJson(earlier.rec) === canonicalJson(item.rec) : canonicalJson(existing) === canonicalJson(comparable);
      if (!same) throw importFailed(item, "a different record with this id already exists");
      state.unchanged[kind] = (state.unchanged[kind] ?? 0) + 1;
      continue;
    }
    inBatch.set(id, item);
    fresh.push(item);
  }
  if (!fresh.length) return;
  const snapshots = kind === "capture" ? await importCaptures(env, fresh, state) : await importRecords(env, kind, fresh, state);
  let written = state.written[0].get(kind);
  if (!written) state.written[0].set(kind, (written = new Set()));
  for (const item of fresh) written.add(item.rec.id as string);
  await audit.appendEncoded(state.bulk, fresh.map((item, i) => ({
    action: "import" as const, entityType: kind, entityId: item.rec.id as string, before: null, after: snapshots[i]!, reason: state.reason,
  })));
  state.created[kind] = (state.created[kind] ?? 0) + fresh.length;
}

/** Validates and writes a batch of one kind (not captures); returns each record's audit snapshot as canonical JSON. */
async function importRecords(env: WriteEnv, kind: RecordKind, items: Item[], state: ImportState): Promise<string[]> {
  const { tx } = env;
  // A checked record is this import's own parsed copy: it is completed in place (mergedInto, geonameid, a claim's quote).
  const inputs = items.map((item) => {
    let input = item.rec;
    if (!item.checked) {
      const r = INPUT_SCHEMAS[kind].safeParse(item.rec);
      if (!r.success) throw importFailed(item, "does not match the record schema");
      input = r.data as Rec;
    }
    if (kind === "person") input.mergedInto = item.rec.mergedInto ?? null;
    if (kind === "place") input.geonameid = item.rec.geonameid ?? null;
    return input;
  });

  // References: to an earlier record of this batch, or else to one row found by a batched query per table.
  const refs: Ref[] = [];
  const earlier = new Set<string>();
  items.forEach((item, i) => {
    const input = inputs[i]!;
    const ref = (field: string, target: RecordKind, id: string) => {
      if (!(target === kind && earlier.has(id)) && !inRecentWindow(state, target, id)) refs.push({ item, field, target, id });
    };
    for (const [field, target] of REFERENCE_LIST[kind]) {
      const v = input[field];
      if (typeof v === "string") ref(field, target, v);
    }
    if (kind === "incident" || kind === "event") {
      for (const p of (input.perpetrators as Rec[] | undefined) ?? []) {
        if (typeof p.organisationId === "string") ref("perpetrators", "organisation", p.organisationId);
        if (typeof p.personId === "string") ref("perpetrators", "person", p.personId);
      }
    }
    if (kind === "claim") ref("subjectId", input.subjectType as RecordKind, input.subjectId as string);
    earlier.add(item.rec.id as string);
  });
  await checkRefs(env, refs, state);
  if (kind === "claim") await checkQuotes(env, state, items, inputs);
  const paths = kind === "place" ? await placePaths(env, items, inputs) : null;

  const rows: Record<string, unknown>[] = [];
  const names: PersonNameRows[] = [];
  items.forEach((item, i) => {
    const input = inputs[i]!;
    const rec: Rec = item.checked ? input : { ...input, id: item.rec.id, version: item.rec.version, createdAt: item.rec.createdAt, updatedAt: item.rec.updatedAt };
    const row = rowFor(env, kind, rec);
    if (paths) row.path = paths[i];
    rows.push(row);
    if (kind === "person") names.push(personNameRows(rec.id as string, input.names as Rec[], (input.roles as string[]) ?? []));
    if (kind === "incident" && typeof input.victimPersonId === "string") state.statusOf.add(input.victimPersonId);
    if (kind === "proceeding") state.statusOf.add(input.personId as string);
  });
  await insertRows(tx, state, KINDS[kind].table, rows);
  if (kind === "person") {
    await insertRows(tx, state, "person_names", names.flatMap((n) => n.names));
    await insertRows(tx, state, "person_name_keys", names.flatMap((n) => n.keys));
    await insertRows(tx, state, "person_roles", names.flatMap((n) => n.roles));
  }
  if (kind === "incident" && !state.textAfterLoad) {
    const ids = items.map((item) => item.rec.id as string);
    for (let i = 0; i < ids.length; i += 500) await env.features.indexNewIncidentsText(tx, ids.slice(i, i + 500));
  }
  let encode = state.encoders.get(kind);
  if (!encode) {
    encode = snapshotEncoder(kind, Object.keys((await loadRecord(tx, kind, items[0]!.rec.id as string))!));
    state.encoders.set(kind, encode);
  }
  return rows.map((row, i) => encode(row, inputs[i]!, names[i]?.stored));
}

/**
 * Encodes a record's audit snapshot, canonical JSON of the record as `loadRecord` will read it back, straight from the
 * row just written: `fields` are a loaded record's keys (a column the input left out reads back as null), JSON columns
 * are encoded from the record's value (what parsing the stored text gives back), booleans as the dialect reads them.
 * `verify` recomputes the same text from the database, so any difference would show as a changed record.
 */
type SnapshotEncoder = (row: Record<string, unknown>, rec: Rec, names: Rec[] | undefined) => string;
function snapshotEncoder(kind: RecordKind, fields: string[]): SnapshotEncoder {
  const def = KINDS[kind];
  const plan = [...fields].sort().map((key, i) => {
    const col = columnOf(key);
    // What precedes the value, separator included: one concatenation per field.
    return { key, col, lead: `${i ? "," : "{"}${JSON.stringify(key)}:`, how: key === "names" && kind === "person" ? "names" : def.json.includes(col) ? "json" : def.bool.includes(col) ? "bool" : "plain" };
  });
  return (row, rec, names) => {
    let out = plan.length ? "" : "{";
    for (const f of plan) {
      let v: string;
      if (f.how === "names") v = canonicalJson(names);
      else if (f.how === "json") v = rec[f.key] === undefined || rec[f.key] === null ? "null" : canonicalJson(rec[f.key]);
      else if (f.how === "bool") v = row[f.col] === true || row[f.col] === 1 ? "true" : "false";
      else {
        const x = row[f.col];
        v = x === undefined ? "null" : typeof x === "string" ? JSON.stringify(x) : canonicalJson(x);
      }
      out += f.lead + v;
    }
    return `${out}}`;
  };
}

/** A claim's quote must be exactly its capture's text between the offsets (see write.ts checkClaim); one query per batch. */
async function checkQuotes(env: WriteEnv, state: ImportState, items: Item[], inputs: Rec[]): Promise<void> {
  const ids = [...new Set(inputs.map((c) => c.captureId).filter((v): v is string => typeof v === "string"))];
  const caps = new Map<string, CaptureText>();
  // Most claims quote a capture written just before them: only older captures are read back (with their content).
  const older: string[] = [];
  for (const id of ids) {
    const recent = state.captures[0].get(id) ?? state.captures[1].get(id);
    if (recent) caps.set(id, recent);
    else older.push(id);
  }
  for (let i = 0; i < older.length; i += 200) {
    const rows = await env.tx.selectFrom("captures").innerJoin("blobs", "blobs.sha256", "captures.sha256")
      .select(["captures.id", "captures.source_id", "captures.media_type", "blobs.content"]).where("captures.id", "in", older.slice(i, i + 200)).execute();
    for (const r of rows) caps.set(r.id, r);
  }
  const decoder = new TextDecoder();
  items.forEach((item, i) => {
    const input = inputs[i]!;
    if (typeof input.captureId !== "string") return;
    const cap = caps.get(input.captureId)!;
    if (cap.source_id !== input.sourceId) throw importFailed(item, "captureId: the capture belongs to another source");
    if (input.spanStart === null || !cap.media_type.startsWith("text/plain")) return;
    cap.text ??= decoder.decode(cap.content);
    const start = input.spanStart as number;
    const end = input.spanEnd as number;
    if (end > cap.text.length) throw importFailed(item, `spanEnd: the capture text has only ${cap.text.length} characters`);
    const slice = cap.text.slice(start, end);
    if (input.quote === null) input.quote = slice;
    else if (input.quote !== slice) throw importFailed(item, "quote: differs from the capture text at spanStart..spanEnd");
  });
}

/** Each place's path from its parent's: a parent earlier in the batch, or one read for the whole batch. */
async function placePaths(env: WriteEnv, items: Item[], inputs: Rec[]): Promise<string[]> {
  const inBatch = new Map<string, string>();
  const wanted = [...new Set(inputs.map((p) => p.parentId).filter((v): v is string => typeof v === "string"))];
  const stored = new Map<string, string>();
  for (let i = 0; i < wanted.length; i += 500) {
    const rows = await env.tx.selectFrom("places").select(["id", "path"]).where("id", "in", wanted.slice(i, i + 500)).execute();
    for (const r of rows) stored.set(r.id, r.path);
  }
  return items.map((item, i) => {
    const id = item.rec.id as string;
    const parentId = inputs[i]!.parentId;
    let path = `/${id}/`;
    if (typeof parentId === "string") {
      const parent = inBatch.get(parentId) ?? stored.get(parentId);
      if (parent === undefined) throw importFailed(item, `parentId: no place with id ${parentId}`);
      if (parent.includes(`/${id}/`)) throw importFailed(item, "parentId: a place cannot be inside itself");
      path = `${parent}${id}/`;
    }
    inBatch.set(id, path);
    return path;
  });
}

/** Captures keep their sha256, which must match the content; content is stored once per hash. */
async function importCaptures(env: WriteEnv, items: Item[], state: ImportState): Promise<string[]> {
  const refs = items.filter((item) => !inRecentWindow(state, "source", item.rec.sourceId as string))
    .map((item) => ({ item, field: "sourceId", target: "source" as const, id: item.rec.sourceId as string }));
  await checkRefs(env, refs, state);
  const blobs = new Map<string, { sha256: string; size: number; content: Uint8Array }>();
  const rows = items.map((item) => {
    const rec = item.rec;
    const bytes = Buffer.from(rec.contentBase64 as string, "base64");
    const sha = sha256Hex(bytes);
    if (rec.sha256 !== sha) throw importFailed(item, "capture content does not match its sha256");
    blobs.set(sha, { sha256: sha, size: bytes.byteLength, content: bytes });
    state.captures[0].set(rec.id as string, { source_id: rec.sourceId as string, media_type: rec.mediaType as string, content: bytes });
    return {
      id: rec.id as string, source_id: rec.sourceId as string, sha256: sha, size: bytes.byteLength, media_type: rec.mediaType as string,
      captured_at: rec.capturedAt as string, captured_by: rec.capturedBy === undefined ? env.actorId : (rec.capturedBy as string | null),
      version: rec.version as number, created_at: rec.createdAt as string, updated_at: rec.updatedAt as string,
    };
  });
  const list = [...blobs.values()];
  for (let i = 0; i < list.length; i += 200) {
    await env.tx.insertInto("blobs").values(list.slice(i, i + 200)).onConflict((oc) => oc.column("sha256").doNothing()).execute();
  }
  await insertRows(env.tx, state, "captures", rows);
  return rows.map((r) => canonicalJson(fromRow<Rec>("capture", r)));
}
