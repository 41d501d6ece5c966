/**
 * Frozen: who below confidential may find an incident by its text, as tokens of its full-text entry's facets (ADR 0006,
 * amended):
 * - "si": a reader of internal records may (visible to them, no searched field marked confidential: register/write.ts
 *   INCIDENT_SEARCHED_FIELDS);
 * - "sp": the public may ("si", published, and the victim neither pseudonymised nor anonymous: publish/presenters.ts
 *   SHIELDED).
 * A token present says a reader may find it, so an entry written without one is found by nobody below confidential,
 * never by a reader it was withheld from. With the visibility inside the token, a search below confidential read by
 * key asks the words AND the reader's token, and FTS5 skips from one such match to the next (the public's token holds a
 * few per cent of the incidents) without an index entry read per match for its visibility (a word whose matches were
 * nearly all withheld from the reader was read to the end of its list). The trigger that rewrites an entry when its
 * key, type or place changes also does when its confidential fields, victim or visibility change, and a second one
 * rewrites a person's incidents' entries when their protection changes, whoever writes the row. Written again in key
 * order.
 */
import { sql, type Kysely } from "kysely";

const key = (row: string) =>
  `(coalesce(CAST(julianday(${row}start_date) - 1721059.5 AS INTEGER), 0) * 2147483648 + ${row}n)`;
const SEARCHED_FIELDS = ["description", "victimGroup", "placeText", "legal", "perpetrators"];
const SHIELDED = ["pseudonymised", "anonymous"];
/** `protection`: the victim's protection as an expression (a join's column, or a subquery in the triggers). */
const facets = (row: string, protection: string) =>
  `('t' || replace(${row}type, '_', '0') || coalesce(' p' || replace(${row}place_id, '_', '0') || ' x' || replace(${row}type, '_', '0') || '9' || replace(${row}place_id, '_', '0'), '')
    || CASE WHEN ${row}visibility NOT IN ('public', 'internal') OR ${SEARCHED_FIELDS.map((f) => `${row}confidential_fields LIKE '%"${f}"%'`).join(" OR ")} THEN ''
       WHEN ${row}visibility = 'public' AND coalesce(${protection} NOT IN (${SHIELDED.map((p) => `'${p}'`).join(", ")}), 1) THEN ' si sp' ELSE ' si' END)`;
const victimProtection = (row: string) => `(SELECT protection FROM people WHERE id = ${row}victim_person_id)`;

const statements = [
  `DROP TRIGGER incidents_fts_rekey`,
  `DROP TRIGGER IF EXISTS people_fts_shield`,
  `DROP TABLE incidents_fts`,
  `CREATE VIRTUAL TABLE incidents_fts USING fts5(body, facets, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `INSERT INTO incidents_fts (rowid, body, facets) SELECT ${key("incidents.")}, incidents.search_text, ${facets("incidents.", "victim.protection")}
     FROM incidents LEFT JOIN people AS victim ON victim.id = incidents.victim_person_id ORDER BY 1`,
  `CREATE TRIGGER incidents_fts_rekey AFTER UPDATE OF start_date, type, place_id, confidential_fields, victim_person_id, visibility ON incidents
     WHEN OLD.start_date IS NOT NEW.start_date OR OLD.type IS NOT NEW.type OR OLD.place_id IS NOT NEW.place_id
       OR OLD.confidential_fields IS NOT NEW.confidential_fields OR OLD.victim_person_id IS NOT NEW.victim_person_id
       OR OLD.visibility IS NOT NEW.visibility BEGIN
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
