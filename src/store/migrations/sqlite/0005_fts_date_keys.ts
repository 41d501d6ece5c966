/**
 * Frozen: full-text keys in date order (ADR 0006).
 * - incidents_fts rowid = day of start_date × 2^31 + n (no start date: day 0), so FTS5, which returns matches in rowid
 *   order, reads a search's newest matches first and stops after a page, instead of every match being read to sort
 *   them by date. n is the low 31 bits of the key (key & 2147483647), so a key maps back to its incident through the
 *   incidents(n, visibility) index with no new column. Day = julianday − julianday('0000-01-01'): 0 … 3,652,424, so
 *   a key stays below 2^53.
 * - A trigger moves an incident's text to its new key when its start date changes, whoever writes it.
 * - incident_terms: every distinct token of the index, so that a search's prefix ("janu"*) is asked as the few whole
 *   words it starts (FTS5 streams those; a prefix it reads and merges in full before the first row). Tokens are never
 *   removed: a stale one matches nothing.
 */
import { sql, type Kysely } from "kysely";

const key = (row: string) =>
  `(coalesce(CAST(julianday(${row}start_date) - 1721059.5 AS INTEGER), 0) * 2147483648 + ${row}n)`;

const statements = [
  `DROP TABLE incidents_fts`,
  `CREATE VIRTUAL TABLE incidents_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `INSERT INTO incidents_fts (rowid, body) SELECT ${key("")}, search_text FROM incidents`,
  `CREATE TABLE incident_terms (term TEXT PRIMARY KEY) WITHOUT ROWID`,
  `CREATE VIRTUAL TABLE temp.incidents_fts_vocab USING fts5vocab(main, incidents_fts, row)`,
  `INSERT INTO incident_terms (term) SELECT term FROM temp.incidents_fts_vocab`,
  `DROP TABLE temp.incidents_fts_vocab`,
  `CREATE TRIGGER incidents_fts_rekey AFTER UPDATE OF start_date ON incidents WHEN OLD.start_date IS NOT NEW.start_date BEGIN
     DELETE FROM incidents_fts WHERE rowid = ${key("OLD.")};
     INSERT INTO incidents_fts (rowid, body) VALUES (${key("NEW.")}, NEW.search_text);
   END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
