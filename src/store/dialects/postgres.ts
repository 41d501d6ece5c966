import pg from "pg";
import { Kysely, PostgresDialect, sql, type RawBuilder } from "kysely";
import type { Database } from "../schema.js";
import type { Db, DialectFeatures, TextQuery } from "./types.js";

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
  terms.map(prefixOf).filter((t) => t.length > 2).join(" & ");
const prefixOf = (term: string): string => `${term.replace(/[^\p{L}\p{N}]/gu, "")}:*`;

/** A lexeme quoted for tsquery input (no parser, no dictionary: the word itself). */
const quoted = (lexeme: string): string => `'${lexeme.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
/** The one lexeme of a tsquery's text `'word':*` (to_tsquery's output), or null when it is anything else. */
const prefixLexeme = (q: string): string | null => {
  const m = /^'((?:[^'\\]|''|\\.)*)':\*$/u.exec(q);
  return m ? m[1]!.replace(/''/g, "'").replace(/\\(.)/gu, "$1") : null;
};
/** Beyond this many words starting with a search term, the term stays a prefix (GIN reads it in full). */
const MAX_EXPANSION = 64;

/** The search's words as a tsquery: its prefixes expanded into words where prepareText could (see TextQuery.match). */
const wordsQuery = (text: TextQuery): RawBuilder<unknown> | null => {
  if (text.match !== undefined) return sql`${text.match}::tsquery`;
  const q = tsqueryOf(text.terms);
  return q ? sql`to_tsquery('simple', ${q})` : null;
};

/** The planner's estimate of a query's rows. */
async function estimateRows(db: Db, query: RawBuilder<unknown>): Promise<number> {
  const r = await sql<{ "QUERY PLAN": [{ Plan: { "Plan Rows": number } }] }>`EXPLAIN (FORMAT JSON) ${query}`.execute(db);
  return Number(r.rows[0]?.["QUERY PLAN"][0].Plan["Plan Rows"] ?? Infinity);
}

/** Pages beyond this many matches from the top are read by the general plan (pageByTextKey). */
const MAX_WINDOWED = 1000;
/**
 * `topTested`: the newest incidents pageByTextKey tests one by one before it reads by month (and of a month of many
 * incidents). `sparseMonths`: months holding together up to this many incidents (estimated) are asked of the month
 * index at once. `manyInMonth`: beyond this many matches in a month of many incidents, it is walked. Tests lower them
 * to take every path on a few incidents.
 */
export const MONTH_WINDOWS = { topTested: 500, sparseMonths: 20_000, manyInMonth: 2000 };
const nextMonth = (m: string): string => {
  const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
  return mo === 12 ? `${String(y + 1).padStart(4, "0")}-01` : `${m.slice(0, 4)}-${String(mo + 1).padStart(2, "0")}`;
};
const previousMonth = (m: string): string => {
  const [y, mo] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
  return mo === 1 ? `${String(y - 1).padStart(4, "0")}-12` : `${m.slice(0, 4)}-${String(mo - 1).padStart(2, "0")}`;
};

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
  // A prefix becomes the whole words it starts, read from incident_terms (migration 0006): GIN collects every row of
  // every word of a prefix into a bitmap before it returns one, where it skips through a whole word's posting list
  // when the word is ANDed with a rarer entry (another word, a type or a place). The prefix is parsed by PostgreSQL
  // itself, so the words are exactly the lexemes `to_tsquery('simple', 'term:*')` would have matched.
  async prepareText(db, terms) {
    const groups: string[] = [];
    for (const term of terms) {
      const prefix = prefixOf(term);
      if (prefix.length <= 2) continue;
      const parsed = await sql<{ q: string }>`SELECT to_tsquery('simple', ${prefix})::text AS q`.execute(db);
      const lexeme = prefixLexeme(parsed.rows[0]?.q ?? "");
      if (lexeme === null) return { terms };
      const r = await sql<{ term: string }>`SELECT term FROM incident_terms WHERE term >= ${lexeme} AND term < ${`${lexeme}\u{10FFFF}`}
        ORDER BY term LIMIT ${MAX_EXPANSION + 1}`.execute(db);
      // A term that starts no word matches no text; the prefix query says so as cheaply, and keeps the plans of a
      // search whose victims are a subquery (a placeholder name without the text condition: 0.5 → 3.7 s at 1m).
      if (!r.rows.length) return { terms };
      groups.push(r.rows.length > MAX_EXPANSION ? `${quoted(lexeme)}:*` : `(${r.rows.map((row) => quoted(row.term)).join(" | ")})`);
    }
    // Every term whole words: pageByTextKey may read the search by month.
    return groups.length ? { terms, match: groups.join(" & "), streams: groups.every((g) => !g.endsWith(":*")) } : { terms };
  },
  // A search's newest matches, month by month (migration 0007), where the planner would walk the date index past every
  // newer incident that lacks the words (1m, "января": 66,630 rows, 0.9–1.2 s at load 16): the newest incidents are
  // tested first, as the walk would; then the undated (first in a descending order) and the months, newest first, are
  // asked of the GIN index with their tokens, which skips through the words' posting lists, few months at a time; a
  // month of many incidents is first tested from its end (the words may be dense there), until the page is full.
  // Only a text-only search of whole words, newest first, near the top of its list; otherwise null (the general plan).
  async pageByTextKey(db, text, victims, visibilities, dir, limit, offset, filters, textSeen = null) {
    const need = offset + limit;
    if (victims || dir !== "desc" || !text.streams || text.match === undefined || need > MAX_WINDOWED || Object.keys(filters).length) return null;
    const words = sql`${text.match}::tsquery`;
    // Every read below takes the rows of its matches; what the reader may see and find them by is tested on them.
    const visible = sql.join([
      ...(visibilities ? [sql`AND incidents.visibility IN (${sql.join(visibilities.map((v) => sql`${v}`))})`] : []),
      ...(textSeen ? [sql`AND ${textSeen.row}`] : []),
    ], sql` `);
    const newestColumns = textSeen ? sql`id, start_date, search_tsv, visibility, confidential_fields, victim_person_id` : sql`id, start_date, search_tsv, visibility`;
    const ids = async (q: RawBuilder<unknown>) => (await sql<{ id: string }>`${q}`.execute(db)).rows.map((r) => r.id);
    const top = await ids(sql`SELECT id FROM (SELECT ${newestColumns} FROM incidents ORDER BY start_date DESC, id DESC LIMIT ${MONTH_WINDOWS.topTested}) AS incidents
      WHERE search_tsv @@ ${words} ${visible} ORDER BY start_date DESC, id DESC LIMIT ${need}`);
    if (top.length >= need) return top.slice(offset);
    const byMonth = (tokens: string[]) => sql`(search_tsv || array_to_tsvector(ARRAY['%' || coalesce(left(start_date, 7), '')])) @@ (${words} && ${tokens.map((t) => `'${t}'`).join(" | ")}::tsquery)`;
    const found = await ids(sql`SELECT id FROM incidents WHERE ${byMonth(["%"])} AND start_date IS NULL ${visible}`);
    const bounds = await sql<{ lo: string | null; hi: string | null }>`SELECT min(start_date) AS lo, max(start_date) AS hi FROM incidents`.execute(db);
    const lo = bounds.rows[0]?.lo?.slice(0, 7);
    let month = bounds.rows[0]?.hi?.slice(0, 7);
    while (found.length < need && month !== undefined && lo !== undefined && month >= lo) {
      // Months newest first, gathered while together they hold few incidents (the planner's estimate from its histogram).
      const batch: string[] = [];
      let rows = 0;
      while (month >= lo) {
        const n = await estimateRows(db, sql`SELECT 1 FROM incidents WHERE start_date >= ${`${month}-01`} AND start_date < ${`${nextMonth(month)}-01`}`);
        if (rows + n > MONTH_WINDOWS.sparseMonths && batch.length) break;
        if (n > MONTH_WINDOWS.sparseMonths) {
          // A month of many incidents: its newest are tested one by one, which fills the page where the words are dense
          // there; otherwise the month is asked of the index like the others.
          const range = sql`start_date >= ${`${month}-01`} AND start_date < ${`${nextMonth(month)}-01`}`;
          const newest = await ids(sql`SELECT id FROM (SELECT ${newestColumns} FROM incidents WHERE ${range}
            ORDER BY start_date DESC, id DESC LIMIT ${MONTH_WINDOWS.topTested}) AS incidents WHERE search_tsv @@ ${words} ${visible} LIMIT ${need - found.length}`);
          // Then its matches from the index, unless they are many: the month is then walked from its end, with every
          // older one (the general plan's walk, without the newer months it skipped).
          const all = newest.length >= need - found.length ? null
            : await ids(sql`SELECT id FROM incidents WHERE ${byMonth([`%${month}`])} AND ${range} ${visible} LIMIT ${MONTH_WINDOWS.manyInMonth + 1}`);
          if (all && all.length <= MONTH_WINDOWS.manyInMonth) {
            found.push(...all);
            month = previousMonth(month);
          } else {
            found.push(...(all === null ? newest : await ids(sql`SELECT id FROM incidents WHERE search_tsv @@ ${words} AND start_date < ${`${nextMonth(month)}-01`} ${visible}
              ORDER BY start_date DESC, id DESC LIMIT ${need - found.length}`)));
            month = undefined;
          }
          break;
        }
        batch.push(month);
        rows += n;
        month = previousMonth(month);
      }
      if (batch.length) {
        found.push(...await ids(sql`SELECT id FROM incidents WHERE ${byMonth(batch.map((m) => `%${m}`))}
          AND start_date >= ${`${batch[batch.length - 1]}-01`} AND start_date < ${`${nextMonth(batch[0]!)}-01`} ${visible}`));
      }
    }
    if (!found.length) return [];
    return ids(sql`SELECT id FROM incidents WHERE id IN (${sql.join(found.map((id) => sql`${id}`))}) ORDER BY start_date DESC, id DESC LIMIT ${limit} OFFSET ${offset}`);
  },
  countByTextKey: async () => null,
  incidentKey: "id",
  incidentSearch(text, victims) {
    // The planner combines the GIN and the victim index in one bitmap (BitmapOr); a self-join on id made it hash every row.
    const q = text.none ? null : wordsQuery(text);
    const alts = [
      ...(q ? [sql<boolean>`incidents.search_tsv @@ ${q}`] : []),
      ...(victims ? [sql<boolean>`incidents.victim_person_id IN (${victims})`] : []),
    ];
    return alts.length ? sql<boolean>`(${sql.join(alts, sql` OR `)})` : sql<boolean>`1 = 0`;
  },
  // Migration 0005: a GIN index on the words with `#type` and `@place id` beside them, so GIN intersects words, types and
  // places and only real matches are read from the table (1m, a word of 61,000 incidents with none of the asked types in
  // Almaty: 114 ms, against 1.1 s for the word's and the filters' bitmaps ANDed and 4 s for a walk of the date index).
  // A search's words hold only letters and digits, so they never match a `#` or `@` lexeme; an incident without a place
  // has `@`, which no list of ids matches.
  incidentFacets(text, types, places) {
    const anyOf = (lexemes: string[]) => sql`${lexemes.map((l) => `'${l.replace(/['\\]/g, (c) => c + c)}'`).join(" | ")}::tsquery`;
    const words = text.none ? null : wordsQuery(text);
    if (!words || places?.length === 0) return sql<boolean>`1 = 0`;
    const parts = [words];
    if (types?.length) parts.push(anyOf(types.map((t) => `#${t}`)));
    if (places) parts.push(anyOf(places.map((p) => `@${p}`)));
    return sql<boolean>`(incidents.search_tsv || array_to_tsvector(ARRAY['#' || incidents.type, '@' || coalesce(incidents.place_id, '')])) @@ (${sql.join(parts, sql` && `)})`;
  },
  // PostgreSQL estimates a tsquery's matches from the GIN index statistics itself.
  countTextHits: async () => null,
  countVisibleWordHits: async () => null,
  statistics: { estimateRows },
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
