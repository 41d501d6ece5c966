/** Frozen: the first SQLite schema. Never edit; add a new migration instead. */
import { sql, type Kysely } from "kysely";

const statements = [
  `CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
  `CREATE TABLE users (
     id TEXT PRIMARY KEY, username TEXT NOT NULL UNIQUE, display_name TEXT, role TEXT NOT NULL,
     password_hash TEXT NOT NULL, disabled INTEGER NOT NULL DEFAULT 0,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
     created_at TEXT NOT NULL, expires_at TEXT NOT NULL)`,
  `CREATE INDEX sessions_user ON sessions(user_id)`,
  `CREATE TABLE api_tokens (
     id TEXT PRIMARY KEY, user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE, name TEXT NOT NULL,
     token_hash TEXT NOT NULL UNIQUE, created_at TEXT NOT NULL, last_used_at TEXT, revoked_at TEXT)`,
  `CREATE TABLE places (
     id TEXT PRIMARY KEY, geonameid INTEGER UNIQUE, name TEXT NOT NULL, names TEXT NOT NULL, alt_names TEXT NOT NULL,
     admin_level TEXT NOT NULL, parent_id TEXT REFERENCES places(id), country TEXT NOT NULL,
     lat REAL, lon REAL, population INTEGER, code TEXT, path TEXT NOT NULL, search_text TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX places_path ON places(path)`,
  `CREATE INDEX places_parent ON places(parent_id)`,
  `CREATE TABLE organisations (
     id TEXT PRIMARY KEY, name TEXT NOT NULL, names TEXT NOT NULL, kind TEXT NOT NULL, country TEXT,
     search_text TEXT NOT NULL, visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE people (
     id TEXT PRIMARY KEY, sex TEXT NOT NULL, birth_date TEXT, birth_date_precision TEXT NOT NULL,
     citizenship TEXT NOT NULL, occupation TEXT, roles TEXT NOT NULL, affiliations TEXT NOT NULL,
     protection TEXT NOT NULL, public_label TEXT, notes TEXT, visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     merged_into TEXT REFERENCES people(id),
     status TEXT NOT NULL DEFAULT 'unknown', status_since TEXT, status_until TEXT,
     istatus TEXT NOT NULL DEFAULT 'unknown', istatus_since TEXT, istatus_until TEXT,
     pstatus TEXT NOT NULL DEFAULT 'unknown', pstatus_since TEXT, pstatus_until TEXT,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX people_visibility ON people(visibility)`,
  `CREATE INDEX people_status ON people(status, status_until)`,
  `CREATE INDEX people_istatus ON people(istatus, istatus_until)`,
  `CREATE INDEX people_pstatus ON people(pstatus, pstatus_until)`,
  `CREATE TABLE person_names (
     id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE, position INTEGER NOT NULL,
     value TEXT NOT NULL, script TEXT NOT NULL, lang TEXT, kind TEXT NOT NULL,
     given TEXT, family TEXT, patronymic TEXT)`,
  `CREATE INDEX person_names_person ON person_names(person_id, position)`,
  `CREATE TABLE person_name_keys (
     key TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
     PRIMARY KEY (key, person_id)) WITHOUT ROWID`,
  `CREATE INDEX person_name_keys_person ON person_name_keys(person_id)`,
  `CREATE TABLE person_roles (
     role TEXT NOT NULL, person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
     PRIMARY KEY (role, person_id)) WITHOUT ROWID`,
  `CREATE TABLE events (
     id TEXT PRIMARY KEY, title TEXT NOT NULL, description TEXT, start_date TEXT, start_precision TEXT NOT NULL,
     end_date TEXT, end_precision TEXT NOT NULL, place_id TEXT REFERENCES places(id), caused_by_id TEXT REFERENCES events(id),
     visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  // n is the stable rowid that the full-text index points at (an implicit rowid may change on VACUUM).
  `CREATE TABLE incidents (
     n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, victim_person_id TEXT REFERENCES people(id), victim_group TEXT,
     victim_count INTEGER, event_id TEXT REFERENCES events(id), perpetrators TEXT NOT NULL,
     start_date TEXT, start_precision TEXT NOT NULL, end_date TEXT, end_precision TEXT NOT NULL,
     place_id TEXT REFERENCES places(id), place_text TEXT, place_precision TEXT NOT NULL, description TEXT,
     legal TEXT NOT NULL, verification TEXT NOT NULL, visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     search_text TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX incidents_start ON incidents(start_date)`,
  `CREATE INDEX incidents_type_start ON incidents(type, start_date)`,
  `CREATE INDEX incidents_place_start ON incidents(place_id, start_date)`,
  `CREATE INDEX incidents_victim ON incidents(victim_person_id, start_date)`,
  `CREATE INDEX incidents_event ON incidents(event_id)`,
  `CREATE INDEX incidents_created ON incidents(created_at)`,
  // Contentless: the text is folded by the application (FTS5 folds neither Ё nor Kazakh letters), rowid = incidents.n.
  `CREATE VIRTUAL TABLE incidents_fts USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')`,
  `CREATE TABLE proceedings (
     id TEXT PRIMARY KEY, person_id TEXT NOT NULL REFERENCES people(id), incident_id TEXT REFERENCES incidents(id),
     case_number TEXT, court TEXT, charges TEXT NOT NULL, charge_status TEXT NOT NULL, sentence TEXT,
     start_date TEXT, expected_release_date TEXT, released_date TEXT, appeal TEXT, lawyer TEXT,
     visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX proceedings_person ON proceedings(person_id)`,
  `CREATE INDEX proceedings_incident ON proceedings(incident_id)`,
  `CREATE TABLE sources (
     id TEXT PRIMARY KEY, kind TEXT NOT NULL, title TEXT, publisher TEXT, author TEXT, url TEXT, published_date TEXT,
     language TEXT, reliability TEXT NOT NULL, protected INTEGER NOT NULL, notes TEXT,
     visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX sources_url ON sources(url)`,
  `CREATE TABLE statistics (
     id TEXT PRIMARY KEY, metric TEXT NOT NULL, count INTEGER NOT NULL, approximate INTEGER NOT NULL, as_of_date TEXT,
     place_id TEXT REFERENCES places(id), source_id TEXT REFERENCES sources(id), event_id TEXT REFERENCES events(id),
     description TEXT, visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE interventions (
     id TEXT PRIMARY KEY, kind TEXT NOT NULL, by_whom TEXT, date TEXT, outcome TEXT,
     incident_id TEXT REFERENCES incidents(id), person_id TEXT REFERENCES people(id), description TEXT,
     visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE TABLE blobs (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, content BLOB NOT NULL)`,
  `CREATE TABLE captures (
     id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id), sha256 TEXT NOT NULL REFERENCES blobs(sha256),
     size INTEGER NOT NULL, media_type TEXT NOT NULL, captured_at TEXT NOT NULL, captured_by TEXT,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX captures_source ON captures(source_id)`,
  `CREATE INDEX captures_sha ON captures(sha256)`,
  `CREATE TABLE claims (
     id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id), capture_id TEXT REFERENCES captures(id),
     subject_type TEXT NOT NULL, subject_id TEXT NOT NULL, field TEXT, value TEXT, quote TEXT,
     span_start INTEGER, span_end INTEGER, credibility INTEGER NOT NULL,
     visibility TEXT NOT NULL, confidential_fields TEXT NOT NULL,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX claims_subject ON claims(subject_type, subject_id)`,
  `CREATE INDEX claims_source ON claims(source_id)`,
  // Review queue: machine-extracted or submitted proposals awaiting a human decision.
  `CREATE TABLE proposals (
     id TEXT PRIMARY KEY, source_id TEXT NOT NULL REFERENCES sources(id), capture_id TEXT REFERENCES captures(id),
     kind TEXT NOT NULL, payload TEXT NOT NULL, evidence_start INTEGER, evidence_end INTEGER, evidence_text TEXT,
     confidence REAL NOT NULL, suggestions TEXT NOT NULL, status TEXT NOT NULL,
     decided_by TEXT, decided_at TEXT, decision_reason TEXT, result_id TEXT,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL)`,
  `CREATE INDEX proposals_status ON proposals(status, created_at)`,
  `CREATE INDEX proposals_source ON proposals(source_id)`,
  // Merge queue: pairs of people that may be one person; a decided pair is never proposed again.
  `CREATE TABLE merge_candidates (
     id TEXT PRIMARY KEY, person_a TEXT NOT NULL REFERENCES people(id), person_b TEXT NOT NULL REFERENCES people(id),
     score REAL NOT NULL, outcome TEXT NOT NULL, reasons TEXT NOT NULL, status TEXT NOT NULL,
     decided_by TEXT, decided_at TEXT, decision_reason TEXT, merge_id TEXT,
     version INTEGER NOT NULL, created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (person_a, person_b))`,
  `CREATE INDEX merge_candidates_status ON merge_candidates(status, score)`,
  // What a merge moved, so it can be undone exactly.
  `CREATE TABLE merges (
     id TEXT PRIMARY KEY, target_id TEXT NOT NULL REFERENCES people(id), merged_id TEXT NOT NULL REFERENCES people(id),
     moved TEXT NOT NULL, score REAL, reason TEXT, decided_by TEXT, decided_at TEXT NOT NULL, undone_at TEXT, undone_by TEXT)`,
  `CREATE TABLE feeds (
     id TEXT PRIMARY KEY, url TEXT NOT NULL UNIQUE, title TEXT, interval_minutes INTEGER NOT NULL, language TEXT,
     last_polled_at TEXT, last_status TEXT, etag TEXT, last_modified TEXT, created_at TEXT NOT NULL, created_by TEXT)`,
  `CREATE TABLE audit_log (
     seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_id TEXT, action TEXT NOT NULL, entity_type TEXT NOT NULL,
     entity_id TEXT NOT NULL, before TEXT, after TEXT, reason TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE)`,
  `CREATE INDEX audit_entity ON audit_log(entity_type, entity_id, seq)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const s of statements) await sql.raw(s).execute(db);
}
