/**
 * Frozen: counts kept in the same transaction as every write (see the SQLite migration of the same name).
 * overview_counts holds incidents per visibility and unmerged people per visibility × status × status-until for each
 * access level's status columns; statement triggers with transition tables add each statement's rows in one grouped
 * upsert (a bulk import's 500-row INSERT is one trigger call, not 500). Writers already queue on the audit chain's
 * lock, so the few counter rows add no new contention. The functions keep the schema they were created in.
 */
import { sql, type Kysely } from "kysely";

const LEVELS = ["status", "istatus", "pstatus"];
/** One grouped upsert of `sign` × the rows of a transition table. */
const incidents = (rows: string, sign: string) => `
  INSERT INTO overview_counts AS c (subject, visibility, status, until, n)
  SELECT 'incident', visibility, '', '', ${sign} count(*) FROM ${rows} GROUP BY visibility
  ON CONFLICT (subject, visibility, status, until) DO UPDATE SET n = c.n + EXCLUDED.n;`;
const people = (rows: string, sign: string) => LEVELS.map((col) => `
  INSERT INTO overview_counts AS c (subject, visibility, status, until, n)
  SELECT 'person:${col}', visibility, ${col}, coalesce(${col}_until, ''), ${sign} count(*) FROM ${rows} WHERE merged_into IS NULL
  GROUP BY visibility, ${col}, coalesce(${col}_until, '')
  ON CONFLICT (subject, visibility, status, until) DO UPDATE SET n = c.n + EXCLUDED.n;`).join("");

const fn = (name: string, body: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
  BEGIN ${body} RETURN NULL; END $$`;
const trigger = (name: string, op: string, table: string, refs: string) =>
  `CREATE TRIGGER ${name} AFTER ${op} ON ${table} REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`;

const statements = [
  `CREATE TABLE overview_counts (
     subject TEXT NOT NULL, visibility TEXT NOT NULL, status TEXT NOT NULL, until TEXT NOT NULL, n BIGINT NOT NULL,
     PRIMARY KEY (subject, visibility, status, until))`,
  `INSERT INTO overview_counts (subject, visibility, status, until, n)
     SELECT 'incident', visibility, '', '', count(*) FROM incidents GROUP BY visibility`,
  ...LEVELS.map((col) => `INSERT INTO overview_counts (subject, visibility, status, until, n)
     SELECT 'person:${col}', visibility, ${col}, coalesce(${col}_until, ''), count(*) FROM people WHERE merged_into IS NULL
     GROUP BY visibility, ${col}, coalesce(${col}_until, '')`),
  fn("incidents_count_insert", incidents("new_rows", "")),
  fn("incidents_count_delete", incidents("old_rows", "-")),
  fn("incidents_count_update", incidents("old_rows", "-") + incidents("new_rows", "")),
  fn("people_count_insert", people("new_rows", "")),
  fn("people_count_delete", people("old_rows", "-")),
  fn("people_count_update", people("old_rows", "-") + people("new_rows", "")),
  trigger("incidents_count_insert", "INSERT", "incidents", "NEW TABLE AS new_rows"),
  trigger("incidents_count_delete", "DELETE", "incidents", "OLD TABLE AS old_rows"),
  trigger("incidents_count_update", "UPDATE", "incidents", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
  trigger("people_count_insert", "INSERT", "people", "NEW TABLE AS new_rows"),
  trigger("people_count_delete", "DELETE", "people", "OLD TABLE AS old_rows"),
  trigger("people_count_update", "UPDATE", "people", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
