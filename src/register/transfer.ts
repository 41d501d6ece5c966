/**
 * Whole-database JSON export and import. An import is one transaction: every record keeps its id, version and
 * timestamps (so export → import → export is identical) and gets an `import` audit entry; one bad record writes nothing.
 */
import { sql } from "kysely";
import { EXPORT_FORMAT, EXPORT_VERSION, zVigilExport, type VigilExport } from "../contract/export.js";
import { canonicalJson } from "../core/canonical.js";
import { VigilError } from "../core/errors.js";
import { assertCan } from "../auth/policy.js";
import { KINDS, type RecordKind } from "../store/index.js";
import { nowIso, type Ctx } from "./context.js";
import { INPUT_SCHEMAS, PLURAL } from "./kinds.js";
import { loadRecord, rowsToRecords, type Rec } from "./load.js";
import { withWrite } from "./service.js";
import { insertCapture, insertRecord } from "./write.js";

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
  const created: Record<string, number> = {};
  const unchanged: Record<string, number> = {};
  await withWrite(ctx, async (env, audit) => {
    for (const kind of IMPORT_ORDER) {
      let recs = data.records[PLURAL[kind] as keyof VigilExport["records"]] as Rec[];
      if (kind === "place") recs = [...recs].sort((a, b) => (ADMIN_ORDER[a.adminLevel as string] ?? 9) - (ADMIN_ORDER[b.adminLevel as string] ?? 9));
      if (kind === "event") recs = targetsFirst(recs, "causedById");
      if (kind === "person") recs = targetsFirst(recs, "mergedInto");
      for (const [index, rec] of recs.entries()) {
        const where = `${PLURAL[kind]}[${index}] (${String(rec.id)})`;
        try {
          const existing = await loadRecord(env.tx, kind, rec.id as string);
          if (existing) {
            const { contentBase64: _c, ...comparable } = rec;
            if (canonicalJson(existing) === canonicalJson(comparable)) {
              unchanged[kind] = (unchanged[kind] ?? 0) + 1;
              continue;
            }
            throw new VigilError("conflict", "a different record with this id already exists");
          }
          let stored: Rec;
          const meta = { id: rec.id as string, version: rec.version as number, createdAt: rec.createdAt as string, updatedAt: rec.updatedAt as string };
          if (kind === "capture") {
            stored = await insertCapture(env, { sourceId: rec.sourceId as string, mediaType: rec.mediaType as string, bytes: Buffer.from(rec.contentBase64 as string, "base64") }, {
              ...meta, capturedAt: rec.capturedAt as string, capturedBy: rec.capturedBy as string | null, sha256: rec.sha256 as string,
            });
          } else {
            const input = INPUT_SCHEMAS[kind].parse(rec) as Rec;
            if (kind === "person") input.mergedInto = rec.mergedInto ?? null;
            if (kind === "place") input.geonameid = rec.geonameid ?? null;
            stored = await insertRecord(env, kind, input, meta);
          }
          await audit.append({ action: "import", entityType: kind, entityId: stored.id as string, before: null, after: stored, reason: opts.reason ?? null });
          created[kind] = (created[kind] ?? 0) + 1;
        } catch (e) {
          const msg = e instanceof VigilError ? e.message : e instanceof Error && "issues" in e ? "does not match the record schema" : null;
          if (msg === null) throw e;
          throw new VigilError("import_failed", `${where}: ${msg}; nothing was imported`, { record: where });
        }
      }
    }
  });
  return { created, unchanged };
}
