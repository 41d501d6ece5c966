import pg from "pg";
import { Kysely, PostgresDialect, sql } from "kysely";
import type { Database } from "../schema.js";
import type { DialectFeatures } from "./types.js";

// BIGINT (audit seq, counts) would otherwise arrive as strings; Vigil's values stay far below 2^53.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/** `schema` isolates a test run inside a shared database. */
export function openPostgres(url: string, opts: { schema?: string; max?: number } = {}): { db: Kysely<Database>; features: DialectFeatures; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, features: postgresFeatures, pool };
}

const AUDIT_LOCK_CLASS = 7316;

/** A search's terms as the text of a `to_tsquery('simple', …)`: every term, as a prefix. */
const tsqueryOf = (terms: readonly string[]): string =>
  terms.map((t) => `${t.replace(/[^\p{L}\p{N}]/gu, "")}:*`).filter((t) => t.length > 2).join(" & ");

export const postgresFeatures: DialectFeatures = {
  name: "postgres",
  async lockAuditChain(tx) {
    // Advisory locks are database-wide: key the lock by schema so separate Vigil schemas in one database don't queue on each other.
    await sql`SELECT pg_advisory_xact_lock(${AUDIT_LOCK_CLASS}, hashtext(current_schema()))`.execute(tx);
  },
  async indexIncidentText() {},
  async unindexIncidentText() {},
  async indexNewIncidentsText() {},
  async reindexAllIncidentText() {},
  // Prefixes stay prefixes: a tsquery prefix is read from the GIN index as one bitmap, and the planner sorts the
  // matches by date from there (a GIN index returns no order, so a date-ordered key would not be read in order).
  prepareText: async (_db, terms) => ({ terms }),
  pageByTextKey: async () => null,
  countByTextKey: async () => null,
  incidentKey: "id",
  incidentSearch(text, victims) {
    // The planner combines the GIN and the victim index in one bitmap (BitmapOr); a self-join on id made it hash every row.
    const q = tsqueryOf(text.terms);
    const alts = [
      ...(q ? [sql<boolean>`incidents.search_tsv @@ to_tsquery('simple', ${q})`] : []),
      ...(victims ? [sql<boolean>`incidents.victim_person_id IN (${victims})`] : []),
    ];
    return alts.length ? sql<boolean>`(${sql.join(alts, sql` OR `)})` : sql<boolean>`1 = 0`;
  },
  // Migration 0005: a GIN index on the words with `#type` and `@place id` beside them, so GIN intersects words, types and
  // places and only real matches are read from the table (1m, a word of 61,000 incidents with none of the asked types in
  // Almaty: 114 ms, against 1.1 s for the word's and the filters' bitmaps ANDed and 4 s for a walk of the date index).
  // A search's words hold only letters and digits, so they never match a `#` or `@` lexeme; an incident without a place
  // has `@`, which no list of ids matches.
  incidentFacets(terms, types, places) {
    const anyOf = (lexemes: string[]) => sql`${lexemes.map((l) => `'${l.replace(/['\\]/g, (c) => c + c)}'`).join(" | ")}::tsquery`;
    const words = tsqueryOf(terms);
    if (!words || places?.length === 0) return sql<boolean>`1 = 0`;
    const parts = [sql`to_tsquery('simple', ${words})`];
    if (types?.length) parts.push(anyOf(types.map((t) => `#${t}`)));
    if (places) parts.push(anyOf(places.map((p) => `@${p}`)));
    return sql<boolean>`(incidents.search_tsv || array_to_tsvector(ARRAY['#' || incidents.type, '@' || coalesce(incidents.place_id, '')])) @@ (${sql.join(parts, sql` && `)})`;
  },
  // PostgreSQL estimates a tsquery's matches from the GIN index statistics itself.
  countTextHits: async () => null,
  countVisibleWordHits: async () => null,
  statistics: {
    async estimateRows(db, query) {
      const r = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`EXPLAIN (FORMAT JSON) ${query}`.execute(db);
      return Number(r.rows[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? Infinity);
    },
  },
  unindexed: (column) => column,
  idSet: (ids) => sql`SELECT unnest(${[...ids]}::text[])`,
  bool: (v) => v,
  classifyError(e) {
    const code = (e as { code?: unknown })?.code;
    switch (code) {
      case "23505":
        return "unique";
      case "23503":
        return "foreign_key";
      case "23502":
        return "not_null";
      case "23514":
        return "check";
      case "40001":
      case "40P01":
        return "busy";
      default:
        return null;
    }
  },
};
