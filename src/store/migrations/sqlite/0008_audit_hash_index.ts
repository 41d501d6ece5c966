/**
 * Frozen: the audit hash's uniqueness as a named index (`audit_log_hash`) instead of a constraint of the table, so that
 * a bulk import into an empty register can build it after the load like the other indexes (ADR 0005, amended): during
 * the load it was about half the cost of each audit row, a random insert into a B-tree that at a million incidents
 * outgrows the page cache. Same rule, same rows. SQLite cannot drop a constraint's index, so the table is copied once
 * (`INSERT … SELECT *` into a table of the same columns and no index copies the records as they are stored).
 * Only a register with a small history is copied: at a million incidents the copy took 11 minutes (86 s CPU, 14 GB
 * written) before the server could listen, and a register that large is never imported into empty, the one case the
 * named index serves. Such a register keeps the constraint (the same rule); the bulk import keeps it in the load.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  `CREATE TABLE audit_log_0008 (
     seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_id TEXT, action TEXT NOT NULL, entity_type TEXT NOT NULL,
     entity_id TEXT NOT NULL, before TEXT, after TEXT, reason TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`,
  `INSERT INTO audit_log_0008 SELECT * FROM audit_log`,
  `DROP TABLE audit_log`,
  `ALTER TABLE audit_log_0008 RENAME TO audit_log`,
  `CREATE INDEX audit_entity ON audit_log(entity_type, entity_id, seq)`,
  `CREATE UNIQUE INDEX audit_log_hash ON audit_log(hash)`,
];

/** Audit entries above which the table is left as it is (a fresh register holds a few hundred: the gazetteer, users). */
const COPY_UP_TO = 100_000;

export async function up(db: Kysely<unknown>): Promise<void> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM audit_log LIMIT ${COPY_UP_TO + 1})`.execute(db);
  if (Number(r.rows[0]?.n ?? 0) > COPY_UP_TO) return;
  for (const s of statements) await sql.raw(s).execute(db);
}
