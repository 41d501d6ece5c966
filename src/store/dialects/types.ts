import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";

export type DialectName = "sqlite" | "postgres";
export type Db = Kysely<Database> | Transaction<Database>;

/** A search's folded terms as the dialect will ask its full-text index for them (DialectFeatures.prepareText). */
export interface TextQuery {
  readonly terms: string[];
  /** No incident's text can match (a term starts no indexed word). */
  readonly none?: boolean;
  /**
   * The dialect's query of the words, each prefix expanded into the words it starts where they are few: SQLite's FTS5
   * query; PostgreSQL's tsquery text (whole words quoted, a prefix of too many words kept as `'prefix':*`).
   */
  readonly match?: string;
  /** Every prefix was expanded into words (SQLite: FTS5 then returns the matches as a stream in key, date, order). */
  readonly streams?: boolean;
}

/** The filters of an incident search that pageByTextKey applies in the same read of the full-text index. */
export interface TextKeyFilters {
  /** Any of these types. */
  readonly types?: readonly string[];
  /** Any of these places (a region: the place and every place inside it). */
  readonly places?: readonly string[];
  /** Start date from, to (ISO dates, both ends included). */
  readonly dateFrom?: string;
  readonly dateTo?: string;
}

/**
 * A search's text matches limited to incidents whose searched text a reader below confidential sees
 * (register/list.ts searchGuard): no searched field marked confidential and, for the public, no pseudonymised or
 * anonymous victim.
 */
export interface TextSeen {
  readonly level: "internal" | "public";
  /** The same as a condition on a match's `incidents` row. */
  readonly row: import("kysely").RawBuilder<boolean>;
}

/** What a database's planner knows of the data (DialectFeatures.statistics). */
export interface PlannerStatistics {
  /** The planner's estimate of a query's rows (a few milliseconds: no row is read). */
  estimateRows(db: Db, query: import("kysely").RawBuilder<unknown>): Promise<number>;
}

/** Everything that differs between SQLite and PostgreSQL, behind one small interface. */
export interface DialectFeatures {
  readonly name: DialectName;
  /** Serialise writers of the audit chain inside the current transaction (SQLite already has one writer at a time). */
  lockAuditChain(tx: Db): Promise<void>;
  /** Keep the incident full-text index in step with incidents.search_text (PostgreSQL derives it in a generated column). */
  /** `previous` is the text it replaces: words no longer in any incident leave the index's word list. */
  indexIncidentText(tx: Db, incidentId: string, body: string, previous?: string): Promise<void>;
  unindexIncidentText(tx: Db, incidentId: string): Promise<void>;
  /** Bulk form for incidents just inserted (never indexed before): one statement for many, from their stored search_text. */
  indexNewIncidentsText(tx: Db, incidentIds: readonly string[]): Promise<void>;
  /** The full-text index built again from every incident's search_text (after a restore). */
  reindexAllIncidentText(tx: Db): Promise<void>;
  /** A search's folded terms made ready for the full-text index (SQLite reads the words its prefixes start). */
  prepareText(db: Db, terms: string[]): Promise<TextQuery>;
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
  incidentSearch(text: TextQuery, victims: import("kysely").RawBuilder<unknown> | null, lead: boolean): import("kysely").RawBuilder<boolean>;
  /**
   * Up to `cap` text matches counted from the full-text index alone (no table rows, visibility not applied: only for
   * choosing a query plan, never shown), or null where the database's own planner has the statistics to choose.
   */
  countTextHits(db: Db, text: TextQuery, cap: number): Promise<number | null>;
  /**
   * Incidents of `visibilities` (null: all) whose text matches, up to `cap`, read from the full-text index and the
   * small incidents(n, visibility) index without table rows: exact when the prefixes were expanded into words
   * (`text.streams`), otherwise every term as a whole word, a lower bound of what the search matches. Null where the
   * dialect has nothing cheaper than the search's own count.
   */
  countVisibleWordHits(db: Db, text: TextQuery, visibilities: readonly string[] | null, cap: number): Promise<number | null>;
  /**
   * The keys (`incidentKey`) of one page of a search ordered by start date, ties by that key (SQLite: the later
   * recorded first, by n; PostgreSQL: by id, as every list), read where the newest matches are found first and the
   * read stops after the page (SQLite: the full-text key's order; PostgreSQL: by month). The text matches or the
   * incidents of `victims` (a short list), of `visibilities` (null: all), within `filters`; `textSeen`: only text
   * matches the reader may find by their text (SQLite: the facet tokens its triggers keep, migration 0009, asked in
   * the same FTS5 query; PostgreSQL: `textSeen.row` tested on each match's row). Null where the text could not be made
   * a stream or the search cannot be read this way; the caller then plans the search as any other list.
   */
  pageByTextKey(
    db: Db, text: TextQuery, victims: import("kysely").RawBuilder<unknown> | null, visibilities: readonly string[] | null,
    dir: "asc" | "desc", limit: number, offset: number, filters: TextKeyFilters, textSeen?: TextSeen | null,
  ): Promise<readonly (number | string)[] | null>;
  /** The matches of pageByTextKey counted up to `cap`, read the same way; null where pageByTextKey is. */
  countByTextKey(
    db: Db, text: TextQuery, victims: import("kysely").RawBuilder<unknown> | null, visibilities: readonly string[] | null,
    filters: TextKeyFilters, cap: number, textSeen?: TextSeen | null,
  ): Promise<number | null>;
  /**
   * A search's words, types and region's places as one condition on an index that holds them together, so they are
   * intersected inside it; null where the dialect has none (SQLite reads them through its full-text keys instead, see
   * pageByTextKey). `places` null: any place; an empty list matches nothing.
   */
  incidentFacets(text: TextQuery, types: readonly string[] | null, places: readonly string[] | null): import("kysely").RawBuilder<boolean> | null;
  /**
   * The planner's statistics, or null where the database keeps none to plan from (SQLite: the code chooses the index a
   * list is read from, see `unindexed`). With statistics, listRecords gives the planner lists of values it can
   * estimate (a region's places, up to SHORT_LIST people of a name) rather than subqueries, and reads a search that
   * matches few incidents as a set first instead of letting the planner walk the date index.
   */
  readonly statistics: PlannerStatistics | null;
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
