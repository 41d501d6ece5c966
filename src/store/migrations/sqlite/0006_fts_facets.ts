/**
 * Frozen: an incident's type and place in its full-text entry (ADR 0006, amended).
 * - incidents_fts gets a second column, `facets`: "t" + type and "p" + place id, each with "_" written "0" (FTS5's
 *   tokenizer splits at "_"; types are [a-z_] and ids one "_" after their prefix, so the tokens stay distinct). A
 *   search filtered by type and region is then one FTS5 query, read in key (date) order and cut at a page, instead
 *   of every match tested against the region's index entries. A search's own words are asked of `body` only.
 * - The trigger that moved an entry to a new key when the start date changes also rewrites it when the type or the
 *   place changes, whoever writes the row.
 */
import { sql, type Kysely } from "kysely";

const key = (row: string) =>
  `(coalesce(CAST(julianday(${row}start_date) - 1721059.5 AS INTEGER), 0) * 2147483648 + ${row}n)`;
const facets = (row: string) => `('t' || replace(${row}type, '_', '0') || coalesce(' p' || replace(${row}place_id, '_', '0'), ''))`;

const statements = [
  `DROP TRIGGER incidents_fts_rekey`,
  `DROP TABLE incidents_fts`,
  `CREATE VIRTUAL TABLE incidents_fts USING fts5(body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  // In key order: FTS5 then writes its segments without merging out-of-order ones.
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
