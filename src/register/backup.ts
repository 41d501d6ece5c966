/**
 * Logical backup of everything (records, derived rows, accounts, API tokens, the audit log, captured content) as
 * gzipped JSON Lines, restorable into an empty database of either dialect. Sessions are not kept: a restore signs
 * everyone out. After a restore, `verifyIntegrity` proves the history came back intact.
 */
import { sql } from "kysely";
import { VigilError } from "../core/errors.js";
import type { Database, Store } from "../store/index.js";

export const BACKUP_FORMAT = "vigil-backup";
export const BACKUP_VERSION = 1;

type Table = keyof Database & string;
type Row = Record<string, unknown>;

/** Restore order: every table after the ones it refers to. */
const TABLES: { table: Table; key: string; order?: string; bools?: string[]; bytes?: string[]; skip?: string[] }[] = [
  { table: "users", key: "id", bools: ["disabled"] },
  { table: "api_tokens", key: "id" },
  { table: "places", key: "id", order: "length(path), id" },
  { table: "organisations", key: "id" },
  { table: "people", key: "id", order: "CASE WHEN merged_into IS NULL THEN 0 ELSE 1 END, id" },
  { table: "person_names", key: "id" },
  { table: "person_name_keys", key: "key" },
  { table: "person_roles", key: "role" },
  { table: "events", key: "id", order: "CASE WHEN caused_by_id IS NULL THEN 0 ELSE 1 END, id" },
  { table: "sources", key: "id", bools: ["protected"] },
  { table: "blobs", key: "sha256", bytes: ["content"] },
  { table: "captures", key: "id" },
  { table: "incidents", key: "id", skip: ["n", "search_tsv"] },
  { table: "proceedings", key: "id" },
  { table: "statistics", key: "id", bools: ["approximate"] },
  { table: "interventions", key: "id" },
  { table: "claims", key: "id" },
  { table: "proposals", key: "id" },
  { table: "merge_candidates", key: "id" },
  { table: "merges", key: "id" },
  { table: "feeds", key: "id" },
  { table: "audit_log", key: "seq" },
];

export type BackupLine = { format: string; version: number; createdAt: string; dialect: string } | { table: Table; row: Row };

export async function* backupLines(store: Store, now: Date): AsyncGenerator<BackupLine> {
  yield { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), dialect: store.dialect };
  for (const t of TABLES) {
    let offset = 0;
    for (;;) {
      const rows = await sql<Row>`SELECT * FROM ${sql.table(t.table)} ORDER BY ${sql.raw(t.order ?? t.key)} LIMIT 2000 OFFSET ${offset}`.execute(store.db);
      if (!rows.rows.length) break;
      for (const r of rows.rows) {
        const row: Row = {};
        for (const [k, v] of Object.entries(r)) {
          if (t.skip?.includes(k)) continue;
          if (t.bools?.includes(k)) row[k] = v === true || v === 1;
          else if (t.bytes?.includes(k)) row[k] = Buffer.from(v as Uint8Array).toString("base64");
          else row[k] = v;
        }
        yield { table: t.table, row };
      }
      offset += rows.rows.length;
    }
  }
}

export async function restoreLines(store: Store, lines: AsyncIterable<unknown>): Promise<Record<string, number>> {
  const users = await store.db.selectFrom("users").select("id").limit(1).execute();
  const audit = await store.db.selectFrom("audit_log").select("seq").where("entity_type", "<>", "place").limit(1).execute();
  if (users.length || audit.length) throw new VigilError("conflict", "restore needs an empty database (no users, no history); create a new one and restore into it");
  const counts: Record<string, number> = {};
  const byTable = new Map(TABLES.map((t) => [t.table, t]));
  await store.transaction(async (tx) => {
    // The gazetteer seed of a fresh database is replaced by the backup's own places and history.
    await tx.deleteFrom("audit_log").execute();
    await tx.deleteFrom("places").execute();
    let header = false;
    let lineNo = 0;
    for await (const raw of lines) {
      lineNo++;
      if (!header) {
        const h = raw as { format?: unknown; version?: unknown };
        if (h?.format !== BACKUP_FORMAT || h.version !== BACKUP_VERSION) throw new VigilError("validation_failed", "not a Vigil backup (bad header)");
        header = true;
        continue;
      }
      const line = raw as { table?: unknown; row?: unknown };
      const t = typeof line?.table === "string" ? byTable.get(line.table as Table) : undefined;
      if (!t || typeof line.row !== "object" || line.row === null) throw new VigilError("validation_failed", `backup line ${lineNo}: not a table row`);
      const row: Row = { ...(line.row as Row) };
      for (const b of t.bools ?? []) row[b] = store.features.bool(row[b] === true);
      for (const b of t.bytes ?? []) row[b] = Buffer.from(String(row[b]), "base64");
      await tx.insertInto(t.table as "meta").values(row as never).execute();
      counts[t.table] = (counts[t.table] ?? 0) + 1;
    }
    if (!header) throw new VigilError("validation_failed", "the backup file is empty");
    await store.features.reindexAllIncidentText(tx);
  });
  return counts;
}
