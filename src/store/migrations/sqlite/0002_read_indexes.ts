/**
 * Frozen: indexes for the reads of the web app at a million incidents (see docs/performance.md).
 * - incidents(start_date, id, visibility): the default order of the incidents table is start_date, then id; with id in
 *   the index the first page is read in order instead of sorting every row of a day, and with visibility the readers'
 *   filter and the count of all visible incidents need no table rows. (An index on visibility alone misleads SQLite's
 *   planner into sorting every visible incident for each page.)
 * - incidents(place_id, start_date, visibility): counting a region's incidents in a date range needs no table rows.
 * - incidents(created_at, visibility): the overview's "new in 24 hours / 7 days" counts read this index only.
 * - people(visibility, merged_into, status columns of every access level): the overview's counts read this index only.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  `DROP INDEX incidents_start`,
  `CREATE INDEX incidents_start_id_vis ON incidents(start_date, id, visibility)`,
  `DROP INDEX incidents_place_start`,
  `CREATE INDEX incidents_place_start_vis ON incidents(place_id, start_date, visibility)`,
  `DROP INDEX incidents_created`,
  `CREATE INDEX incidents_created_vis ON incidents(created_at, visibility)`,
  `CREATE INDEX people_overview ON people(visibility, merged_into, status, status_until, istatus, istatus_until, pstatus, pstatus_until)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
