import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";

export type DialectName = "sqlite" | "postgres";
export type Db = Kysely<Database> | Transaction<Database>;

/** Everything that differs between SQLite and PostgreSQL, behind one small interface. */
export interface DialectFeatures {
  readonly name: DialectName;
  /** Serialise writers of the audit chain inside the current transaction (SQLite already has one writer at a time). */
  lockAuditChain(tx: Db): Promise<void>;
  /** Keep the incident full-text index in step with incidents.search_text (PostgreSQL derives it in a generated column). */
  indexIncidentText(tx: Db, incidentId: string, body: string): Promise<void>;
  unindexIncidentText(tx: Db, incidentId: string): Promise<void>;
  /** Bulk form for incidents just inserted (never indexed before): one statement for many, from their stored search_text. */
  indexNewIncidentsText(tx: Db, incidentIds: readonly string[]): Promise<void>;
  /**
   * The incidents column that every index of the table carries and the full-text index points at: the integer rowid
   * `n` on SQLite, `id` on PostgreSQL. A page's keys are sorted and cut first, then only those rows are read.
   */
  readonly incidentKey: "n" | "id";
  /**
   * SQL condition "the incident's folded text contains every term (terms already folded), or its victim is one of
   * `victims`" (a subquery or list of person ids, or null). `lead`: the matches should be where the read starts
   * (few matches) rather than a test on rows reached through another index.
   */
  incidentSearch(terms: string[], victims: import("kysely").RawBuilder<unknown> | null, lead: boolean): import("kysely").RawBuilder<boolean>;
  /**
   * Up to `cap` text matches counted from the full-text index alone (no table rows, visibility not applied: only for
   * choosing a query plan, never shown), or null where the database's own planner has the statistics to choose.
   */
  countTextHits(db: Db, terms: string[], cap: number): Promise<number | null>;
  /**
   * Incidents of `visibilities` (null: all) whose text has every term as a whole word, up to `cap`: a lower bound of
   * what the search (every term as a prefix) matches, read from the full-text index and the small incidents(n,
   * visibility) index without table rows and without expanding prefixes. Null where the dialect has nothing cheaper
   * than the search's own count.
   */
  countVisibleWordHits(db: Db, terms: string[], visibilities: readonly string[] | null, cap: number): Promise<number | null>;
  /**
   * A column as a condition's left side that must not choose the index the query is driven from: SQLite's planner has
   * no statistics of how many rows a condition matches (`+col` keeps it off that column's indexes); PostgreSQL's has.
   */
  unindexed(column: import("kysely").RawBuilder<unknown>): import("kysely").RawBuilder<unknown>;
  /** A set of ids as one bound value, for sets too large for a list of parameters (thousands of people of one name). */
  idSet(ids: readonly string[]): import("kysely").RawBuilder<unknown>;
  /** Store value for a boolean column. */
  bool(v: boolean): number | boolean;
  /** Translate a driver error to a coarse kind, by driver code, never by message text. */
  classifyError(e: unknown): "unique" | "foreign_key" | "not_null" | "check" | "busy" | null;
}
