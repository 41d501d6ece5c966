/**
 * Frozen: the audit hash's uniqueness as a named index (`audit_log_hash`) instead of the table's constraint, so that a
 * bulk import into an empty register can build it after the load like the other indexes (ADR 0005, amended; see the
 * SQLite migration of the same name). Same rule, same rows.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  `CREATE UNIQUE INDEX audit_log_hash ON audit_log(hash)`,
  `ALTER TABLE audit_log DROP CONSTRAINT audit_log_hash_key`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
