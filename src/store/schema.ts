/**
 * Row types of both dialects. JSON columns are TEXT in both (one code path, byte-identical exports); booleans are
 * INTEGER 0/1 in SQLite and BOOLEAN in PostgreSQL, so they are typed as both and read through `toBool`.
 */
type Json = string;
type Bool = number | boolean;
type Meta = { version: number; created_at: string; updated_at: string };
type Vis = { visibility: string; confidential_fields: Json };

export interface Database {
  meta: { key: string; value: string };
  users: Meta & { id: string; username: string; display_name: string | null; role: string; password_hash: string; disabled: Bool };
  sessions: { token_hash: string; user_id: string; created_at: string; expires_at: string };
  api_tokens: { id: string; user_id: string; name: string; token_hash: string; created_at: string; last_used_at: string | null; revoked_at: string | null };
  places: Meta & {
    id: string; geonameid: number | null; name: string; names: Json; alt_names: Json; admin_level: string; parent_id: string | null;
    country: string; lat: number | null; lon: number | null; population: number | null; code: string | null; path: string; search_text: string;
  };
  organisations: Meta & Vis & { id: string; name: string; names: Json; kind: string; country: string | null; search_text: string };
  people: Meta & Vis & {
    id: string; sex: string; birth_date: string | null; birth_date_precision: string; citizenship: Json; occupation: string | null;
    roles: Json; affiliations: Json; protection: string; public_label: string | null; notes: string | null; merged_into: string | null;
    /**
     * Derived from incidents and proceedings by the application, cached for filters and overview counts, once per
     * access level (all records; public + internal; public only), so a confidential arrest never shows in a public status.
     */
    status: string; status_since: string | null; status_until: string | null;
    istatus: string; istatus_since: string | null; istatus_until: string | null;
    pstatus: string; pstatus_since: string | null; pstatus_until: string | null;
  };
  person_names: {
    id: string; person_id: string; position: number; value: string; script: string; lang: string | null; kind: string;
    given: string | null; family: string | null; patronymic: string | null;
  };
  person_name_keys: { key: string; person_id: string };
  person_roles: { role: string; person_id: string };
  events: Meta & Vis & {
    id: string; title: string; description: string | null; start_date: string | null; start_precision: string; end_date: string | null;
    end_precision: string; place_id: string | null; caused_by_id: string | null;
  };
  incidents: Meta & Vis & {
    id: string; type: string; victim_person_id: string | null; victim_group: string | null; victim_count: number | null; event_id: string | null;
    perpetrators: Json; start_date: string | null; start_precision: string; end_date: string | null; end_precision: string;
    place_id: string | null; place_text: string | null; place_precision: string; description: string | null; legal: Json;
    verification: string; search_text: string;
  };
  proceedings: Meta & Vis & {
    id: string; person_id: string; incident_id: string | null; case_number: string | null; court: string | null; charges: Json;
    charge_status: string; sentence: Json | null; start_date: string | null; expected_release_date: string | null;
    released_date: string | null; appeal: Json | null; lawyer: string | null;
  };
  sources: Meta & Vis & {
    id: string; kind: string; title: string | null; publisher: string | null; author: string | null; url: string | null;
    published_date: string | null; language: string | null; reliability: string; protected: Bool; notes: string | null;
  };
  statistics: Meta & Vis & {
    id: string; metric: string; count: number; approximate: Bool; as_of_date: string | null; place_id: string | null;
    source_id: string | null; event_id: string | null; description: string | null;
  };
  interventions: Meta & Vis & {
    id: string; kind: string; by_whom: string | null; date: string | null; outcome: string | null; incident_id: string | null;
    person_id: string | null; description: string | null;
  };
  blobs: { sha256: string; size: number; content: Uint8Array };
  captures: Meta & { id: string; source_id: string; sha256: string; size: number; media_type: string; captured_at: string; captured_by: string | null };
  claims: Meta & Vis & {
    id: string; source_id: string; capture_id: string | null; subject_type: string; subject_id: string; field: string | null;
    value: Json | null; quote: string | null; span_start: number | null; span_end: number | null; credibility: number;
  };
  proposals: {
    id: string; source_id: string; capture_id: string | null; kind: string; payload: Json; evidence_start: number | null; evidence_end: number | null;
    evidence_text: string | null; confidence: number; suggestions: Json; status: string; decided_by: string | null; decided_at: string | null;
    decision_reason: string | null; result_id: string | null; version: number; created_at: string; updated_at: string;
  };
  merge_candidates: {
    id: string; person_a: string; person_b: string; score: number; outcome: string; reasons: Json; status: string; decided_by: string | null;
    decided_at: string | null; decision_reason: string | null; merge_id: string | null; version: number; created_at: string; updated_at: string;
  };
  merges: {
    id: string; target_id: string; merged_id: string; moved: Json; score: number | null; reason: string | null; decided_by: string | null;
    decided_at: string; undone_at: string | null; undone_by: string | null;
  };
  feeds: {
    id: string; url: string; title: string | null; interval_minutes: number; language: string | null; last_polled_at: string | null;
    last_status: string | null; etag: string | null; last_modified: string | null; created_at: string; created_by: string | null;
  };
  audit_log: {
    seq: number; at: string; actor_id: string | null; action: string; entity_type: string; entity_id: string;
    before: Json | null; after: Json | null; reason: string | null; prev_hash: string; hash: string;
  };
  /**
   * Kept by triggers in the writing transaction (migration 0004): incidents per visibility ('incident'), unmerged people
   * per visibility, status and status-until of each level's columns ('person:status' | 'person:istatus' |
   * 'person:pstatus'); '' for an empty status or until.
   */
  overview_counts: { subject: string; visibility: string; status: string; until: string; n: number | string };
}

export const toBool = (v: Bool): boolean => v === true || v === 1;
