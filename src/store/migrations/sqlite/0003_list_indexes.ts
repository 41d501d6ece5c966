/**
 * Frozen: indexes for paging, sorting and the person timeline at a million incidents (see docs/performance.md).
 * - incidents(created_at, id, visibility) and (updated_at, id, visibility): the incidents table sorted by when a record
 *   was entered or changed reads its pages (and a deep page's ids) from the index instead of sorting every row; the
 *   first also serves the overview's "new in 24 hours / 7 days" counts, as incidents_created_vis did.
 * - incidents(type, start_date, id, visibility): the type filter with a date range, as incidents_type_start did, and
 *   the sort by type (type, then date, then id) without a sort of every row.
 * - incidents(place_id, start_date, id, visibility): a region's page in a date range is sorted from the index alone
 *   (incidents_place_start_vis lacked id, so each matching row was read to sort it).
 * - incidents(victim_person_id, start_date, id, visibility): a search by a person's name counts and sorts the
 *   incidents of the people it matches from the index alone, and a person's timeline reads them in order.
 * - claims(subject_id, created_at, id): the claims about a person's records in one indexed read (claims_subject leads
 *   with subject_type, which the timeline does not know per id).
 * - people(created_at, id): the default order of the people list.
 */
import { sql, type Kysely } from "kysely";

const statements = [
  `DROP INDEX incidents_created_vis`,
  `CREATE INDEX incidents_created_id_vis ON incidents(created_at, id, visibility)`,
  `CREATE INDEX incidents_updated_id_vis ON incidents(updated_at, id, visibility)`,
  `DROP INDEX incidents_type_start`,
  `CREATE INDEX incidents_type_start_id_vis ON incidents(type, start_date, id, visibility)`,
  `DROP INDEX incidents_place_start_vis`,
  `CREATE INDEX incidents_place_start_id_vis ON incidents(place_id, start_date, id, visibility)`,
  `DROP INDEX incidents_victim`,
  `CREATE INDEX incidents_victim_start_id_vis ON incidents(victim_person_id, start_date, id, visibility)`,
  `CREATE INDEX claims_subject_id ON claims(subject_id, created_at, id)`,
  `CREATE INDEX people_created ON people(created_at, id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
