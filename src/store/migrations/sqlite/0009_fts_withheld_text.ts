/**
 * Frozen: whether readers below confidential may find an incident by its text, as tokens of its full-text entry's
 * facets (ADR 0006, amended), so that a search read through the full-text keys leaves such matches out inside FTS5
 * instead of testing each match's row (a word whose matches are nearly all withheld was read to the end of its list):
 * - "hc": a searched field of the incident is marked confidential (register/write.ts INCIDENT_SEARCHED_FIELDS): its
 *   text is withheld from every reader below confidential;
 * - "hp": "hc", or its victim is pseudonymised or anonymous (publish/presenters.ts SHIELDED): withheld from the public.
 * The trigger that rewrites an entry when its key, type or place changes also does when the confidential fields or the
 * victim change, and a second one rewrites a person's incidents' entries when their protection changes, whoever writes
 * the row. The entries are written again in key order.
 */
import { sql, type Kysely } from "kysely";

const key = (row: string) =>
  `(coalesce(CAST(julianday(${row}start_date) - 1721059.5 AS INTEGER), 0) * 2147483648 + ${row}n)`;
const SEARCHED_FIELDS = ["description", "victimGroup", "placeText", "legal", "perpetrators"];
const SHIELDED = ["pseudonymised", "anonymous"];
/** `protection`: the victim's protection as an expression (a join's column, or a subquery in the triggers). */
const facets = (row: string, protection: string) =>
  `('t' || replace(${row}type, '_', '0') || coalesce(' p' || replace(${row}place_id, '_', '0') || ' x' || replace(${row}type, '_', '0') || '9' || replace(${row}place_id, '_', '0'), '')
    || CASE WHEN ${SEARCHED_FIELDS.map((f) => `${row}confidential_fields LIKE '%"${f}"%'`).join(" OR ")} THEN ' hc hp'
       WHEN ${protection} IN (${SHIELDED.map((p) => `'${p}'`).join(", ")}) THEN ' hp' ELSE '' END)`;
const victimProtection = (row: string) => `(SELECT protection FROM people WHERE id = ${row}victim_person_id)`;

const statements = [
  `DROP TRIGGER incidents_fts_rekey`,
  `DROP TABLE incidents_fts`,
  `CREATE VIRTUAL TABLE incidents_fts USING fts5(body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `INSERT INTO incidents_fts (rowid, body, facets) SELECT ${key("incidents.")}, incidents.search_text, ${facets("incidents.", "victim.protection")}
     FROM incidents LEFT JOIN people AS victim ON victim.id = incidents.victim_person_id ORDER BY 1`,
  `CREATE TRIGGER incidents_fts_rekey AFTER UPDATE OF start_date, type, place_id, confidential_fields, victim_person_id ON incidents
     WHEN OLD.start_date IS NOT NEW.start_date OR OLD.type IS NOT NEW.type OR OLD.place_id IS NOT NEW.place_id
       OR OLD.confidential_fields IS NOT NEW.confidential_fields OR OLD.victim_person_id IS NOT NEW.victim_person_id BEGIN
     DELETE FROM incidents_fts WHERE rowid = ${key("OLD.")};
     INSERT INTO incidents_fts (rowid, body, facets) VALUES (${key("NEW.")}, NEW.search_text, ${facets("NEW.", victimProtection("NEW."))});
   END`,
  `CREATE TRIGGER people_fts_shield AFTER UPDATE OF protection ON people WHEN OLD.protection IS NOT NEW.protection BEGIN
     DELETE FROM incidents_fts WHERE rowid IN (SELECT ${key("")} FROM incidents WHERE victim_person_id = NEW.id);
     INSERT INTO incidents_fts (rowid, body, facets) SELECT ${key("incidents.")}, incidents.search_text, ${facets("incidents.", "NEW.protection")}
       FROM incidents WHERE victim_person_id = NEW.id;
   END`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
