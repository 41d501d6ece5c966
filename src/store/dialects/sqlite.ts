import BetterSqlite3 from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Kysely, SqliteDialect, sql, type RawBuilder } from "kysely";
import type { Database } from "../schema.js";
import type { Db, DialectFeatures, TextKeyFilters, TextQuery, TextSeen } from "./types.js";

export function openSqlite(path: string): { db: Kysely<Database>; features: DialectFeatures; raw: BetterSqlite3.Database } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path);
  raw.pragma("journal_mode = WAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commits.
  raw.pragma("synchronous = NORMAL");
  // 64 MiB of page cache instead of 2: a search at a million incidents reads thousands of rows by rowid, and every
  // page that falls out of this cache is read again through the operating system.
  raw.pragma("cache_size = -65536");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, features: sqliteFeatures, raw };
}

/**
 * The full-text key of an incident (migration 0005, ADR 0006): day of its start date × 2^31 + n, so the index returns
 * matches in date order; `n` is the key's low 31 bits.
 */
const ftsKey = (row: string) => sql.raw(`(coalesce(CAST(julianday(${row}start_date) - 1721059.5 AS INTEGER), 0) * 2147483648 + ${row}n)`);
/**
 * Searched incident fields and victims' protections that withhold an incident's text from readers below confidential
 * (register/write.ts INCIDENT_SEARCHED_FIELDS) and from the public (publish/presenters.ts SHIELDED), as migration 0009
 * froze them in its triggers; test/search-oracle.test.ts checks they are still the register's.
 */
export const WITHHELD_TEXT = { searchedFields: ["description", "victimGroup", "placeText", "legal", "perpetrators"], shielded: ["pseudonymised", "anonymous"] } as const;
/**
 * The facets column of an incident's full-text entry (migrations 0006, 0007, 0009): its type, its place, and the pair of
 * both as tokens of their own (FTS5 splits at "_", so it is written "0"; types are [a-z_], so the pair's first "9"
 * ends the type), which a search filtered by them asks in the same FTS5 query; "si" when a reader of internal records
 * may find it by its text and "sp" when the public may (visible to them, no searched field confidential, for the public
 * no shielded victim: see WITHHELD_TEXT), which a search below confidential asks. `protection`: the victim's
 * protection as an expression (by default read from people).
 */
const facetsOf = (row: string, protection = `(SELECT protection FROM people WHERE people.id = ${row}victim_person_id)`) => sql.raw(
  `('t' || replace(${row}type, '_', '0') || coalesce(' p' || replace(${row}place_id, '_', '0') || ' x' || replace(${row}type, '_', '0') || '9' || replace(${row}place_id, '_', '0'), '')
    || CASE WHEN ${row}visibility NOT IN ('public', 'internal') OR ${WITHHELD_TEXT.searchedFields.map((f) => `${row}confidential_fields LIKE '%"${f}"%'`).join(" OR ")} THEN ''
       WHEN ${row}visibility = 'public' AND coalesce(${protection} NOT IN (${WITHHELD_TEXT.shielded.map((p) => `'${p}'`).join(", ")}), 1) THEN ' si sp' ELSE ' si' END)`,
);
/** The facet token of the incidents a reader of this level may find by their text (and may see). */
const seenToken = (level: "internal" | "public") => (level === "public" ? "sp" : "si");
const facet = (value: string) => value.replace(/_/g, "0").replace(/"/g, "");
const typeToken = (type: string) => `"t${facet(type)}"`;
const placeToken = (placeId: string) => `"p${facet(placeId)}"`;
const pairToken = (type: string, placeId: string) => `"x${facet(type)}9${facet(placeId)}"`;
/** A search's own words are asked of the incident's text only, never of its facets. */
const inBody = (query: string) => `body : (${query})`;
/** The incident `n` a full-text key points at. */
const keyN = (key: RawBuilder<unknown>) => sql`(${key} & 2147483647)`;

/** FTS5 query syntax treats quotes and operators specially; every term is passed as a quoted prefix. */
const ftsQuery = (terms: string[]): string => terms.map((t) => `"${t.replace(/"/g, "")}"*`).join(" ");

/**
 * FTS5's unicode61 tokenizer (remove_diacritics 2) on text already folded by foldText differs from splitting it at
 * spaces only in these characters (every code point checked by test/fts-terms.test.ts): a few letters it folds, and
 * marks of two scripts it takes for separators.
 */
const FTS_FOLD: Record<string, string> = { "µ": "μ", "ſ": "s", "ς": "σ", "ϐ": "β", "ϑ": "θ", "ϕ": "φ", "ϖ": "π", "ϰ": "κ", "ϱ": "ρ", "ϵ": "ε" };
const FTS_SEPARATORS = /[\u19b0-\u19c0\u19c8\u19c9\u1cf2\u1cf3]/gu;
/** The tokens FTS5 makes of folded text (incidents.search_text, a folded search term). */
export function ftsTokens(folded: string): string[] {
  return folded.replace(/[µſςϐϑϕϖϰϱϵ]/gu, (c) => FTS_FOLD[c] ?? c).replace(FTS_SEPARATORS, " ").split(" ").filter(Boolean);
}

/** Beyond this many words starting with a search term, the term is asked as an FTS5 prefix (read in full) instead. */
const MAX_EXPANSION = 64;
/** Every term as a whole word: a subset of the search's matches that FTS5 reads as a stream. */
const wordQuery = (terms: string[]): string => terms.map((t) => `"${t.replace(/"/g, "")}"`).join(" ");
/** The FTS5 query of a prepared search: its prefixes expanded into words where they could be. */
const matchOf = (text: TextQuery): string => inBody(text.match ?? ftsQuery(text.terms));
const quote = (word: string) => `"${word}"`;

/** Adds the tokens of incidents' texts to incident_terms (the words a search's prefixes expand into). */
async function addTerms(tx: Db, texts: Iterable<string>): Promise<void> {
  const terms = new Set<string>();
  for (const text of texts) for (const t of ftsTokens(text)) terms.add(t);
  if (terms.size) await sql`INSERT OR IGNORE INTO incident_terms (term) SELECT value FROM json_each(${JSON.stringify([...terms])})`.execute(tx);
}

/**
 * Drops from incident_terms the words of a replaced or deleted text that no incident holds any more. A deleted record
 * must not leave its words (names among them) readable in a table of their own on a seized laptop.
 */
async function pruneTerms(tx: Db, previous: string, current = ""): Promise<void> {
  const kept = new Set(ftsTokens(current));
  for (const term of new Set(ftsTokens(previous))) {
    if (kept.has(term)) continue;
    const used = await sql`SELECT 1 FROM incidents_fts WHERE incidents_fts MATCH ${inBody(`"${term.replace(/"/g, '""')}"`)} LIMIT 1`.execute(tx);
    if (!used.rows.length) await sql`DELETE FROM incident_terms WHERE term = ${term}`.execute(tx);
  }
}

/** Beyond this many places, a region is not asked of the facets column (an OR of their tokens per match). */
const MAX_FACET_PLACES = 64;
/**
 * Up to this many pairs of an asked type and a place of the region, they are asked as the OR of the pairs' tokens
 * (few entries: only incidents of those types there); beyond, as the types' OR AND the places' OR, whose doclists
 * are long (1m: the two detention types alone hold ~270,000 entries of a three-week range).
 */
const MAX_FACET_PAIRS = 128;

/**
 * The keys of a search's matches in key order (DialectFeatures.pageByTextKey), for a page or a count: the text matches
 * with their filters in one FTS5 query (the date range is a range of keys, type and region tokens of the facets
 * column), as FTS5 returns them, united with the victims' incidents sorted. Null when the search cannot be read this
 * way; "none" when nothing can match. `dir` null: any order.
 */
function keyedMatches(
  text: TextQuery, victims: RawBuilder<unknown> | null, visibilities: readonly string[] | null, filters: TextKeyFilters, dir: "asc" | "desc" | null,
  textSeen: TextSeen | null,
): RawBuilder<{ k: number }> | "none" | null {
  // Day 0 is both "no start date" and 0000-01-01: a range open below would take undated incidents in.
  if (!text.streams || !text.match || (filters.dateTo !== undefined && filters.dateFrom === undefined)) return null;
  if (filters.places && filters.places.length > MAX_FACET_PLACES) return null;
  if (filters.places?.length === 0 || filters.types?.length === 0) return "none";
  const order = dir === "asc" ? sql`ASC` : sql`DESC`;
  const visible = (table: string) => visibilities ? sql`AND ${sql.ref(`${table}.visibility`)} IN (${sql.join(visibilities.map((v) => sql`${v}`))})` : sql``;
  const { types, places } = filters;
  const match = [
    matchOf(text),
    ...(types && places && types.length * places.length <= MAX_FACET_PAIRS
      ? [`facets : (${types.flatMap((t) => places.map((p) => pairToken(t, p))).join(" OR ")})`]
      : [
        ...(types ? [`facets : (${types.map(typeToken).join(" OR ")})`] : []),
        ...(places ? [`facets : (${places.map(placeToken).join(" OR ")})`] : []),
      ]),
  ].join(" AND ");
  // Below confidential, only the text matches the reader may find by their text: their facet token says so and that they
  // may see them, so FTS5 skips to the next such match (the public's token is a few per cent of the incidents) and no
  // index entry is read for a match's visibility.
  const seenMatch = textSeen ? `${match} AND facets : ${seenToken(textSeen.level)}` : match;
  const day = (date: string) => sql`CAST(julianday(${date}) - 1721059.5 AS INTEGER)`;
  const range = sql.join([
    ...(filters.dateFrom !== undefined ? [sql`AND incidents_fts.rowid >= ${day(filters.dateFrom)} * 2147483648`] : []),
    ...(filters.dateTo !== undefined ? [sql`AND incidents_fts.rowid < (${day(filters.dateTo)} + 1) * 2147483648`] : []),
  ], sql` `);
  // Each side in key order (the text matches as FTS5 returns them, the victims' few incidents sorted), merged and cut
  // after the page: a word in half of the incidents reads about a page of its newest matches, and with a type and a
  // region FTS5 skips from one match of all of them to the next in its own doclists.
  // A reader who sees every visibility, or whose token says what they see, needs no incidents row or index entry at all.
  const textSide = visibilities && !textSeen
    ? sql<{ k: number }>`SELECT incidents_fts.rowid AS k FROM incidents_fts JOIN incidents INDEXED BY incidents_n_vis ON incidents.n = ${keyN(sql`incidents_fts.rowid`)}
      WHERE incidents_fts MATCH ${seenMatch} ${range} ${visible("incidents")}`
    : sql<{ k: number }>`SELECT incidents_fts.rowid AS k FROM incidents_fts WHERE incidents_fts MATCH ${seenMatch} ${range}`;
  // In no particular order (a count), FTS5 reads its doclists forwards, which costs less than backwards (1m: ~30 %).
  if (!victims) return dir === null ? textSide : sql<{ k: number }>`${textSide} ORDER BY incidents_fts.rowid ${order}`;
  const v = (cond: RawBuilder<unknown>) => sql`AND ${cond}`;
  const victimFilters = sql.join([
    ...(filters.types ? [v(sql`v.type IN (${sql.join(filters.types.map((t) => sql`${t}`))})`)] : []),
    ...(filters.places ? [v(sql`v.place_id IN (${sql.join(filters.places.map((p) => sql`${p}`))})`)] : []),
    ...(filters.dateFrom !== undefined ? [v(sql`v.start_date >= ${filters.dateFrom}`)] : []),
    ...(filters.dateTo !== undefined ? [v(sql`v.start_date <= ${filters.dateTo}`)] : []),
  ], sql` `);
  return sql<{ k: number }>`${textSide} UNION SELECT ${ftsKey("v.")} AS k FROM incidents AS v WHERE v.victim_person_id IN (${victims}) ${visible("v")} ${victimFilters}
    ORDER BY 1 ${order}`;
}

export const sqliteFeatures: DialectFeatures = {
  name: "sqlite",
  async lockAuditChain() {},
  async indexIncidentText(tx, incidentId, body, previous) {
    const key = sql<number>`(SELECT ${ftsKey("")} FROM incidents WHERE id = ${incidentId})`;
    await sql`DELETE FROM incidents_fts WHERE rowid = ${key}`.execute(tx);
    await sql`INSERT INTO incidents_fts (rowid, body, facets) SELECT ${ftsKey("incidents.")}, ${body}, ${facetsOf("incidents.")} FROM incidents WHERE id = ${incidentId}`.execute(tx);
    await addTerms(tx, [body]);
    if (previous !== undefined && previous !== body) await pruneTerms(tx, previous, body);
  },
  async indexNewIncidentsText(tx, incidentIds) {
    if (!incidentIds.length) return;
    const ids = sql.join(incidentIds.map((id) => sql`${id}`));
    await sql`INSERT INTO incidents_fts (rowid, body, facets) SELECT ${ftsKey("incidents.")}, search_text, ${facetsOf("incidents.")} FROM incidents WHERE id IN (${ids})`.execute(tx);
    const r = await sql<{ search_text: string }>`SELECT search_text FROM incidents WHERE id IN (${ids})`.execute(tx);
    await addTerms(tx, r.rows.map((row) => row.search_text));
  },
  async unindexIncidentText(tx, incidentId) {
    const row = await sql<{ search_text: string | null }>`SELECT search_text FROM incidents WHERE id = ${incidentId}`.execute(tx);
    await sql`DELETE FROM incidents_fts WHERE rowid = (SELECT ${ftsKey("")} FROM incidents WHERE id = ${incidentId})`.execute(tx);
    await pruneTerms(tx, row.rows[0]?.search_text ?? "");
  },
  async reindexAllIncidentText(tx) {
    await sql`DELETE FROM incident_terms`.execute(tx);
    await sql`INSERT INTO incidents_fts (incidents_fts) VALUES ('delete-all')`.execute(tx);
    // In key order: FTS5 then writes its segments without merging out-of-order ones (a third less CPU at 100k).
    await sql`INSERT INTO incidents_fts (rowid, body, facets) SELECT ${ftsKey("incidents.")}, incidents.search_text, ${facetsOf("incidents.", "victim.protection")}
      FROM incidents LEFT JOIN people AS victim ON victim.id = incidents.victim_person_id ORDER BY 1`.execute(tx);
    // The words of the text only: the facets' tokens are not words a search's prefix could mean.
    await sql`CREATE VIRTUAL TABLE IF NOT EXISTS temp.incidents_fts_vocab USING fts5vocab(main, incidents_fts, col)`.execute(tx);
    await sql`INSERT OR IGNORE INTO incident_terms (term) SELECT term FROM temp.incidents_fts_vocab WHERE col = 'body'`.execute(tx);
    await sql`DROP TABLE temp.incidents_fts_vocab`.execute(tx);
  },
  async prepareText(db, terms) {
    // A prefix becomes the whole words it starts, read from incident_terms; FTS5 streams an OR of words in key (date)
    // order, where it would read and merge every document of every such word before returning the first.
    const groups: string[] = [];
    let streams = true;
    for (const term of terms) {
      const tokens = ftsTokens(term);
      if (tokens.length !== 1) {
        streams = false;
        groups.push(ftsQuery([term]));
        continue;
      }
      const t = tokens[0]!;
      const r = await sql<{ term: string }>`SELECT term FROM incident_terms WHERE term >= ${t} AND term < ${`${t}\u{10FFFF}`} ORDER BY term LIMIT ${MAX_EXPANSION + 1}`.execute(db);
      if (!r.rows.length) return { terms, none: true };
      if (r.rows.length > MAX_EXPANSION) {
        streams = false;
        groups.push(ftsQuery([term]));
      } else groups.push(r.rows.length === 1 ? quote(r.rows[0]!.term) : `(${r.rows.map((row) => quote(row.term)).join(" OR ")})`);
    }
    return { terms, match: groups.join(" AND "), streams };
  },
  incidentKey: "n",
  incidentFacets: () => null,
  incidentSearch(text, victims, lead) {
    // Without text matches (a name in another script) the victims' incidents lead: their index, with date, id and
    // visibility, counts and sorts them without reading rows. Not leading (thousands of people sharing a name), they
    // are a test on each row reached through the sort order's index, a few hundred of them for a page.
    if (!text.terms.length || text.none) return victims ? sql<boolean>`${lead ? sql`incidents.victim_person_id` : sql`+incidents.victim_person_id`} IN (${victims})` : sql<boolean>`1 = 0`;
    // One set, the text matches united with the victims' incidents, each read from its own index: an OR of the two
    // made the planner test every row against both. Leading (few matches), the set is of n, read by rowid.
    if (lead) {
      const sides = [sql`SELECT ${keyN(sql`rowid`)} FROM incidents_fts WHERE incidents_fts MATCH ${matchOf(text)}`, ...(victims ? [sql`SELECT n FROM incidents WHERE victim_person_id IN (${victims})`] : [])];
      return sql<boolean>`incidents.n IN (${sql.join(sides, sql` UNION `)})`;
    }
    // Otherwise the set is a test (a Bloom filter) on entries of the index the query is led by, each entry's key
    // computed from its start date and n: a set of keys is built in the order FTS5 returns them, where a set of n
    // came in date order and was inserted at random (1m, "january" in a region: 330 ms against 125 ms).
    const match = sql`SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${matchOf(text)}`;
    const sides = [match, ...(victims ? [sql`SELECT ${ftsKey("")} FROM incidents WHERE victim_person_id IN (${victims})`] : [])];
    return sql<boolean>`${ftsKey("incidents.")} IN (${sql.join(sides, sql` UNION `)})`;
  },
  async countTextHits(db, text, cap) {
    if (!text.terms.length || text.none) return 0;
    // FTS5 expands a prefix into the union of every term it starts, in full, before the first row: 40 ms for a word in
    // half of a million incidents. The whole words stream, so when they alone reach the cap the prefixes are not read.
    const count = async (query: string) => {
      const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${query} LIMIT ${cap})`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    };
    if (text.streams) return count(matchOf(text));
    const words = await count(inBody(wordQuery(text.terms)));
    return words >= cap ? words : count(matchOf(text));
  },
  async countVisibleWordHits(db, text, visibilities, cap) {
    if (!text.terms.length || text.none) return 0;
    // Expanded into words, the search's own match streams; otherwise its whole words are a lower bound of it.
    const match = sql`incidents_fts MATCH ${text.streams ? matchOf(text) : inBody(wordQuery(text.terms))}`;
    // INDEXED BY: the planner would read each match's table row by its key; the index holds n and visibility.
    const q = visibilities
      ? sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents_fts JOIN incidents INDEXED BY incidents_n_vis ON incidents.n = ${keyN(sql`incidents_fts.rowid`)}
          WHERE ${match} AND incidents.visibility IN (${sql.join(visibilities.map((v) => sql`${v}`))}) LIMIT ${cap})`
      : sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents_fts WHERE ${match} LIMIT ${cap})`;
    const r = await q.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },
  async pageByTextKey(db, text, victims, visibilities, dir, limit, offset, filters, textSeen = null) {
    const q = keyedMatches(text, victims, visibilities, filters, dir, textSeen);
    if (q === null) return null;
    if (q === "none") return [];
    const r = await sql<{ k: number }>`${q} LIMIT ${limit} OFFSET ${offset}`.execute(db);
    return r.rows.map((row) => Number(row.k) % 2147483648);
  },
  async countByTextKey(db, text, victims, visibilities, filters, cap, textSeen = null) {
    const q = keyedMatches(text, victims, visibilities, filters, null, textSeen);
    if (q === null) return null;
    if (q === "none") return 0;
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (${q} LIMIT ${cap})`.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },
  statistics: null,
  unindexed: (column) => sql`+${column}`,
  idSet: (ids) => sql`SELECT value FROM json_each(${JSON.stringify(ids)})`,
  bool: (v) => (v ? 1 : 0),
  classifyError(e) {
    const code = (e as { code?: unknown })?.code;
    switch (code) {
      case "SQLITE_CONSTRAINT_UNIQUE":
      case "SQLITE_CONSTRAINT_PRIMARYKEY":
        return "unique";
      case "SQLITE_CONSTRAINT_FOREIGNKEY":
        return "foreign_key";
      case "SQLITE_CONSTRAINT_NOTNULL":
        return "not_null";
      case "SQLITE_CONSTRAINT_CHECK":
        return "check";
      case "SQLITE_BUSY":
        return "busy";
      default:
        return null;
    }
  },
};
