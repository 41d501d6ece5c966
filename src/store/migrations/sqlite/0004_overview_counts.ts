/**
 * Frozen: counts kept in the same transaction as every write, and visibility beside the incident key.
 * - overview_counts: incidents per visibility, and unmerged people per visibility × status × status-until for each
 *   access level's status columns ('person:status' all records, 'person:istatus' public + internal, 'person:pstatus'
 *   public only). Triggers keep it exact for every writer (forms, imports, merges, restores, other processes), so the
 *   overview and the unfiltered totals read a few dozen rows instead of counting a million after each write. A level
 *   sums only the visibilities it may see, from its own status columns: a restricted record is never in a lower
 *   level's figure. An empty status-until is stored as '' (a key column).
 * - incidents(n, visibility): the visibility of a full-text match by its key from a small index instead of the table
 *   row, so a search counts its visible matches without reading them.
 */
import { sql, type Kysely } from "kysely";

const people = (col: string) => ({ subject: `'person:${col}'`, status: col, until: `${col}_until` });
const LEVELS = [people("status"), people("istatus"), people("pstatus")];
const add = (row: "NEW" | "OLD", delta: 1 | -1) =>
  LEVELS.map((l) => `INSERT INTO overview_counts (subject, visibility, status, until, n)
    SELECT ${l.subject}, ${row}.visibility, ${row}.${l.status}, coalesce(${row}.${l.until}, ''), ${delta} WHERE ${row}.merged_into IS NULL
    ON CONFLICT (subject, visibility, status, until) DO UPDATE SET n = n + ${delta};`).join("\n");

const statements = [
  `CREATE TABLE overview_counts (
     subject TEXT NOT NULL, visibility TEXT NOT NULL, status TEXT NOT NULL, until TEXT NOT NULL, n INTEGER NOT NULL,
     PRIMARY KEY (subject, visibility, status, until)) WITHOUT ROWID`,
  `INSERT INTO overview_counts (subject, visibility, status, until, n)
     SELECT 'incident', visibility, '', '', count(*) FROM incidents GROUP BY visibility`,
  ...LEVELS.map((l) => `INSERT INTO overview_counts (subject, visibility, status, until, n)
     SELECT ${l.subject}, visibility, ${l.status}, coalesce(${l.until}, ''), count(*) FROM people WHERE merged_into IS NULL
     GROUP BY visibility, ${l.status}, coalesce(${l.until}, '')`),
  `CREATE TRIGGER incidents_count_insert AFTER INSERT ON incidents BEGIN
     INSERT INTO overview_counts (subject, visibility, status, until, n) SELECT 'incident', NEW.visibility, '', '', 1 WHERE true
     ON CONFLICT (subject, visibility, status, until) DO UPDATE SET n = n + 1;
   END`,
  `CREATE TRIGGER incidents_count_delete AFTER DELETE ON incidents BEGIN
     UPDATE overview_counts SET n = n - 1 WHERE subject = 'incident' AND visibility = OLD.visibility AND status = '' AND until = '';
   END`,
  `CREATE TRIGGER incidents_count_update AFTER UPDATE OF visibility ON incidents WHEN OLD.visibility IS NOT NEW.visibility BEGIN
     UPDATE overview_counts SET n = n - 1 WHERE subject = 'incident' AND visibility = OLD.visibility AND status = '' AND until = '';
     INSERT INTO overview_counts (subject, visibility, status, until, n) SELECT 'incident', NEW.visibility, '', '', 1 WHERE true
     ON CONFLICT (subject, visibility, status, until) DO UPDATE SET n = n + 1;
   END`,
  `CREATE TRIGGER people_count_insert AFTER INSERT ON people BEGIN
     ${add("NEW", 1)}
   END`,
  `CREATE TRIGGER people_count_delete AFTER DELETE ON people BEGIN
     ${add("OLD", -1)}
   END`,
  `CREATE TRIGGER people_count_update AFTER UPDATE OF visibility, merged_into, status, status_until, istatus, istatus_until, pstatus, pstatus_until ON people
   WHEN OLD.visibility IS NOT NEW.visibility OR OLD.merged_into IS NOT NEW.merged_into
     OR OLD.status IS NOT NEW.status OR OLD.status_until IS NOT NEW.status_until
     OR OLD.istatus IS NOT NEW.istatus OR OLD.istatus_until IS NOT NEW.istatus_until
     OR OLD.pstatus IS NOT NEW.pstatus OR OLD.pstatus_until IS NOT NEW.pstatus_until BEGIN
     ${add("OLD", -1)}
     ${add("NEW", 1)}
   END`,
  `CREATE INDEX incidents_n_vis ON incidents(n, visibility)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
