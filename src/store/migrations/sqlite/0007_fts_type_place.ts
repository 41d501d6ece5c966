/**
 * Frozen: each incident's type and place also as one token of the pair in its full-text entry's facets (ADR 0006,
 * amended again): "x" + type + "9" + place id, "_" written "0" as in 0006 (types are [a-z_], so the first "9" ends the
 * type). A search with types and a region asks the OR of their pairs instead of the AND of two ORs: the pairs' doclists
 * hold only incidents of those types in those places, where the types' tokens alone hold most incidents (1m: a word's
 * 29,500 matches in a date range with no detention in Almaty were stepped through ~270,000 entries of the two
 * detention types' tokens). The entries are written again in key order; the trigger writes the new facets.
 */
import { sql, type Kysely } from "kysely";

const key = (row: string) =>
  `(coalesce(CAST(julianday(${row}start_date) - 1721059.5 AS INTEGER), 0) * 2147483648 + ${row}n)`;
const facets = (row: string) =>
  `('t' || replace(${row}type, '_', '0') || coalesce(' p' || replace(${row}place_id, '_', '0') || ' x' || replace(${row}type, '_', '0') || '9' || replace(${row}place_id, '_', '0'), ''))`;

const statements = [
  `DROP TRIGGER incidents_fts_rekey`,
  `DROP TABLE incidents_fts`,
  `CREATE VIRTUAL TABLE incidents_fts USING fts5(body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `INSERT INTO incidents_fts (rowid, body, facets) SELECT ${key("")}, search_text, ${facets("")} FROM incidents ORDER BY 1`,
  `CREATE TRIGGER incidents_fts_rekey AFTER UPDATE OF start_date, type, place_id ON incidents
     WHEN OLD.start_date IS NOT NEW.start_date OR OLD.type IS NOT NEW.type OR OLD.place_id IS NOT NEW.place_id BEGIN
     DELETE FROM incidents_fts WHERE rowid = ${key("OLD.")};
     INSERT INTO incidents_fts (rowid, body, facets) VALUES (${key("NEW.")}, NEW.search_text, ${facets("NEW.")});
   END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
