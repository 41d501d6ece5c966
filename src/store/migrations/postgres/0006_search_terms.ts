/**
 * Frozen: incident_terms on PostgreSQL, every lexeme of the incidents' search_tsv (as the SQLite table of that name
 * holds every token of its full-text index), so that a search's prefix is asked as the whole words it starts. GIN reads
 * a prefix (`'января':*`) by collecting every row of every word it starts into one bitmap before it returns a row,
 * even when ANDed with a rare entry; a whole word ANDed with one skips through its posting list (1m, "января" with one
 * place's `@` token of migration 0005: 195–247 ms as a prefix, 2.6–6 ms as the word).
 *
 * Kept by statement triggers with transition tables, whoever writes incidents: a statement's new words are added; the
 * words of replaced or deleted text that no incident holds any more are removed in the same transaction, so a deleted
 * record does not leave its words (names among them) readable in a table of their own. Writers already queue on the
 * audit chain's lock, so a word is never removed while another transaction adds an incident holding it. "C" collation:
 * a prefix is a range of the primary key in code point order.
 */
import { sql, type Kysely } from "kysely";

/** A lexeme as a tsquery of that word alone (quoted: no parser, no dictionary). */
const lexemeQuery = (col: string) => `('''' || replace(replace(${col}, '\\', '\\\\'), '''', '''''') || '''')::tsquery`;
const add = (rows: string) => `
  INSERT INTO incident_terms (term) SELECT DISTINCT unnest(tsvector_to_array(r.search_tsv)) FROM ${rows} AS r ON CONFLICT DO NOTHING;`;
/** `words`: the lexemes of the text that went away; those still in some incident stay. */
const prune = (words: string) => `
  DELETE FROM incident_terms AS t WHERE t.term IN (${words})
    AND NOT EXISTS (SELECT 1 FROM incidents AS i WHERE i.search_tsv @@ ${lexemeQuery("t.term")});`;

const fn = (name: string, body: string) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
  BEGIN ${body} RETURN NULL; END $$`;
const trigger = (name: string, op: string, refs: string) =>
  `CREATE TRIGGER ${name} AFTER ${op} ON incidents REFERENCING ${refs} FOR EACH STATEMENT EXECUTE FUNCTION ${name}()`;

const statements = [
  `CREATE TABLE incident_terms (term TEXT COLLATE "C" PRIMARY KEY)`,
  `INSERT INTO incident_terms (term) SELECT DISTINCT unnest(tsvector_to_array(search_tsv)) FROM incidents`,
  fn("incident_terms_insert", add("new_rows")),
  fn("incident_terms_delete", prune("SELECT unnest(tsvector_to_array(o.search_tsv)) FROM old_rows AS o")),
  // Only rows whose text changed: most updates of an incident (verification, visibility) keep its words.
  fn("incident_terms_update", `
  INSERT INTO incident_terms (term) SELECT DISTINCT unnest(tsvector_to_array(n.search_tsv)) FROM new_rows AS n
    JOIN old_rows AS o ON o.id = n.id WHERE o.search_tsv IS DISTINCT FROM n.search_tsv ON CONFLICT DO NOTHING;
  ${prune("SELECT unnest(tsvector_to_array(o.search_tsv)) FROM old_rows AS o JOIN new_rows AS n ON n.id = o.id WHERE o.search_tsv IS DISTINCT FROM n.search_tsv")}`),
  trigger("incident_terms_insert", "INSERT", "NEW TABLE AS new_rows"),
  trigger("incident_terms_delete", "DELETE", "OLD TABLE AS old_rows"),
  trigger("incident_terms_update", "UPDATE", "OLD TABLE AS old_rows NEW TABLE AS new_rows"),
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
