/**
 * One page of a list or a search, in stages over a small typed state:
 *   request  what is asked: the reader, paging, and how far to count (ListRequest)
 *   search   an incident search's words, a search's names and a region's places as the indexes see them (SearchFacts)
 *   route    the plan, whether PostgreSQL reads the matches as a set first (statistics and facets), and whether the
 *            page is read through the full-text index's date-ordered keys (Route)
 *   count    where the total comes from, decided once (CountSource), then started where each backend wants it
 *   page     the rows from the source the count left (RowSource), then status, hidden links and presenters
 */
import { sql, type RawBuilder } from "kysely";
import { accessLevel, visibleVisibilities, type AccessLevel } from "../auth/policy.js";
import { NAMED_IN_PUBLIC, present, SHIELDED } from "../publish/index.js";
import type { Page } from "../contract/query.js";
import type { Db, DialectFeatures, RecordKind, TextKeyFilters, TextQuery, TextSeen } from "../store/index.js";
import { todayOf, type Ctx } from "./context.js";
import { COUNT_CAP, peopleByStatus, SEARCH_COUNT_CAP, visibleIncidents } from "./counts.js";
import { rowsToRecords, type Rec } from "./load.js";
import { attachStatus, cutHiddenLinks } from "./presenting.js";
import { countNamedIncidents, hasNameKeys, nameMatch, namedPeople, peopleSet, placesWithin, planList, searchTerms, SHORT_LIST, textKeyFilters, textOnly, type ListPlan } from "./queries.js";
import { statusColumns } from "./status-columns.js";
import { INCIDENT_SEARCHED_FIELDS } from "./write.js";

/**
 * One page of a list, with `total`: exact for the unfiltered list of incidents or people (kept by the database
 * in every write, see counts.ts), otherwise counted up to COUNT_CAP (a search: SEARCH_COUNT_CAP) rows past the offset,
 * `totalCapped` saying there are more (`countCap` sets another bound). `count: false` skips counting (callers that
 * read a page, not a screen's figure). Rows are read in two steps: the keys of the page, sorted and cut from the
 * indexes, then only those rows.
 */
export async function listRecords(
  ctx: Ctx, kind: RecordKind, query: Record<string, unknown>, opts: { count?: boolean; countCap?: number } = {},
): Promise<Page<Rec>> {
  const req = listRequest(ctx, kind, query, opts);
  const search = await readSearch(req);
  const route = await chooseRoute(req, search);
  const source = countSource(req, route.plan);
  // A planner with statistics (PostgreSQL) has no count by key: its count does not depend on the page, and runs on
  // another connection of the pool while the page is read by month (1m, common words: 15–25 ms at p50 when it waited).
  // SQLite counts after the page: a short page is its own count, and its queries run one after another anyway.
  const early = req.features.statistics && source === "matches" && route.byKey ? countMatches(req, search, route) : null;
  // Settled by the count below, or left unread when the page is its own count.
  early?.catch(() => undefined);
  const byTextKey = route.byKey
    ? await req.features.pageByTextKey(req.db, route.byKey.words, route.byKey.victims, route.byKey.visible, route.dir, req.limit, req.offset, route.byKey.filters, route.byKey.textSeen)
    : null;
  const counted = startCount(req, search, route, source, byTextKey, early);
  // PostgreSQL estimates the OR of a text match and a list of victims far above what it matches and walks the date
  // index testing rows one by one (1m, "Usenov Talgat": 657 ms for 798 matches that the count read in 10 ms). Counted
  // first, a set below the cap is read whole from its indexes and sorted.
  const few = req.features.statistics && kind === "incident" && !!search.named?.length ? await counted : null;
  const rows: RowSource = route.setFirst || (few && !few.capped) ? { from: "set" } : byTextKey ? { from: "textKeys", keys: byTextKey } : { from: "planKeys" };
  const [page, count] = await Promise.all([pageQuery(req, route, rows).execute(req.db), counted]);
  const items = await presentRows(req, page.rows);
  const total = count ?? { total: req.offset + items.length, capped: items.length === req.limit };
  return { items, total: total.total, ...(total.capped ? { totalCapped: true } : {}), limit: req.limit, offset: req.offset };
}

/**
 * Where a search changes how it reads. `pageWalkFrom`: matches from which a search page walks an index instead of
 * reading and sorting every match, and from which its count does. A row read by rowid cost about 200 index entries
 * walked (1m, shared machine: 800 matches of a name read in 35 ms); counting stops at 1,000 matches, so it reads them
 * by rowid for longer, up to `countWalkFrom` (100k: 2,300 matches counted in 2.3 ms by rowid, 12 ms walking). Words
 * estimated to match at most `setFirst` incidents (`setFirstFiltered` with filters) are read as a set first on
 * PostgreSQL (see readsSetFirst). Tests lower them to take every route on a few incidents.
 */
export const LIST_ROUTES = { pageWalkFrom: 500, countWalkFrom: 20_000, setFirst: 10_000, setFirstFiltered: 100_000 };
/** Beyond this many people of a name, SQLite matches their keys in each query instead. */
const MANY_NAMED = 100_000;

type Total = { total: number; capped: boolean };

// ---------- request ----------

interface ListRequest {
  readonly ctx: Ctx;
  readonly db: Db;
  readonly features: DialectFeatures;
  readonly kind: RecordKind;
  readonly query: Record<string, unknown>;
  readonly level: AccessLevel;
  readonly limit: number;
  readonly offset: number;
  /** The search as typed, trimmed; "" for none. */
  readonly text: string;
  /** False: the caller reads a page, not a screen's figure, and nothing is counted. */
  readonly count: boolean;
  /** Matches past which a count stops and says "more". */
  readonly cap: number;
  /** A search by a reader below confidential: every match must be one the reader could see (see searchGuard). */
  readonly guarded: boolean;
}

function listRequest(ctx: Ctx, kind: RecordKind, query: Record<string, unknown>, opts: { count?: boolean; countCap?: number }): ListRequest {
  const offset = Number(query.offset ?? 0);
  const text = typeof query.q === "string" ? query.q.trim() : "";
  return {
    ctx, db: ctx.store.db, features: ctx.store.features, kind, query, level: accessLevel(ctx.actor),
    limit: Number(query.limit ?? 50), offset, text, count: opts.count !== false,
    cap: offset + (opts.countCap ?? (text ? SEARCH_COUNT_CAP : COUNT_CAP)),
    guarded: text !== "" && (kind === "incident" || kind === "person") && accessLevel(ctx.actor) !== "confidential",
  };
}

// ---------- search ----------

/**
 * A search and a region as the indexes see them. An incident search is read from its set of matches when the set is small (counted
 * from the full-text index, capped), else the set is tested on entries of the region's or the sort order's index:
 * reading 100,000 matches to sort them costs more than walking the index until a page is full (SQLite; PostgreSQL's
 * planner decides from statistics).
 */
interface SearchFacts {
  /** The words as prepared for the full-text index; null for no incident search. */
  readonly prepared: TextQuery | null;
  /** Full-text matches up to LIST_ROUTES.pageWalkFrom (SQLite); null where there are no words or the planner decides. */
  readonly textHits: number | null;
  /** The people whose names match, read first; null when no name is asked or they are too many to list. */
  readonly named: string[] | null;
  /** No text matches and more people of the name than are worth reading first: each victim is tested instead. */
  readonly manyNamed: boolean;
  /** Text and victims' matches, to about LIST_ROUTES.pageWalkFrom each; null when textHits is. */
  readonly hits: number | null;
  /** The region's places, listed for a planner with statistics (up to SHORT_LIST); null otherwise. */
  readonly places: string[] | null;
  readonly noRegion: boolean;
}

async function readSearch(req: ListRequest): Promise<SearchFacts> {
  const { db, features, kind, query, text } = req;
  const terms = kind === "incident" ? searchTerms(query) : null;
  const prepared = terms ? await features.prepareText(db, terms) : null;
  const textHits = prepared ? await features.countTextHits(db, prepared, LIST_ROUTES.pageWalkFrom) : null;
  const noRegion = typeof query.placeId !== "string";
  // A planner with statistics is given a list of people it can estimate (up to SHORT_LIST). Without statistics
  // (SQLite) the people of a name are read once even when there are thousands (a placeholder name: 30,000 of a
  // million), and the page and its count take them as one value, instead of matching their name keys again each.
  // Without text matches, more people than are worth reading first (a placeholder name: 30,000 of a million) are a
  // test on each incident's victim reached through the sort order's index, and are counted from the people's side.
  const stats = features.statistics;
  const streamNames = !stats && kind === "incident" && textHits === 0;
  const asked = text && (kind === "incident" || kind === "person")
    ? await namedPeople(db, text, streamNames || stats ? SHORT_LIST : MANY_NAMED, { guessMany: streamNames }) : null;
  // A guarded search keeps only the people whose names the reader sees (searchGuard still tests every match). A name
  // shared by too many people to list may be one the reader sees for few of them (a placeholder name given to
  // pseudonymised people): those few are listed, or a walk would test every incident and find none.
  const named = !req.guarded ? asked : asked ? await peopleSeen(req, asked) : hasNameKeys(text) ? await seenOfName(req) : null;
  const manyNamed = streamNames && named === null && hasNameKeys(text);
  // A planner with statistics estimates a region from its places' statistics when they are a list.
  const places = stats && kind === "incident" && !noRegion ? await placesWithin(db, query.placeId as string) : null;
  // Without text matches, a list of people (SQLite: at most SHORT_LIST) leads the page and the count from the victims'
  // index however many incidents they have, so those are not counted first.
  const hits = textHits === null ? null
    : textHits === 0 && named !== null ? 0
    : textHits + (text ? await incidentsOf(req, named, LIST_ROUTES.pageWalkFrom) : 0);
  return { prepared, textHits, named, manyNamed, hits, places, noRegion };
}

/**
 * Incidents of the people of a search, counted from the victims' index up to `cap`: the victims' side of a search
 * counts too, as a name shared by hundreds of people matches thousands of incidents. `cap` itself when the people are
 * too many to list.
 */
async function incidentsOf(req: ListRequest, people: readonly string[] | null, cap: number): Promise<number> {
  if (!people) return cap;
  if (!people.length) return 0;
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents WHERE victim_person_id IN (${peopleSet(people, req.features)}) LIMIT ${cap}) AS victims`.execute(req.db);
  return Number(r.rows[0]?.n ?? 0);
}

// ---------- route ----------

/** A list plan with its conditions joined. */
type PlannedList = ListPlan & { whereSql: RawBuilder<unknown> };

interface Route {
  /** The plan the page is read with. */
  readonly plan: PlannedList;
  /** PostgreSQL reads the matches as a set first, for the page and the count alike. */
  readonly setFirst: boolean;
  /** The set first is one query of the GIN index holding the words, types and places (DialectFeatures.incidentFacets). */
  readonly facets: boolean;
  readonly dir: "asc" | "desc";
  /** The page read through the full-text index's date-ordered keys (DialectFeatures.pageByTextKey), or null. */
  readonly byKey: {
    readonly words: TextQuery;
    readonly filters: TextKeyFilters;
    readonly victims: RawBuilder<unknown> | null;
    /** What the reader may see; null: everything. */
    readonly visible: readonly string[] | null;
    /** What a guarded search may find text matches by (textSeen); null: anything. */
    readonly textSeen: TextSeen | null;
  } | null;
}

async function chooseRoute(req: ListRequest, search: SearchFacts): Promise<Route> {
  const { db, features, query, text, level } = req;
  const { prepared, textHits, named, hits } = search;
  const { setFirst, facets } = await readsSetFirst(req, search);
  const plan = planFor(req, search, facets, hits !== null && hits < LIST_ROUTES.pageWalkFrom && search.noRegion);
  // A search in date order with text matches, and no filters beyond type, region and dates: where the full-text index
  // keeps its keys in date order (SQLite) the page is its newest matches, read first; the same day's incidents then
  // follow each other newest recorded first (n) rather than by id. PostgreSQL reads a search of whole words that is not
  // read as a set first by month instead of walking past the newest incidents that lack its words (pageByTextKey).
  const dir = query.order === "asc" ? "asc" : "desc";
  const filters = prepared?.streams && !setFirst && textHits !== 0 && !["createdAt", "updatedAt", "type"].includes(String(query.sort))
    && (named === null ? !hasNameKeys(text) : named.length <= SHORT_LIST)
    ? await textKeyFilters(db, query) : null;
  // A guarded search reads the same keys from what the reader may find: the people whose names they see (readSearch),
  // and text matches whose text they see, left out in the same read (SQLite by facet tokens, PostgreSQL by textSeen).
  const byKey = prepared && filters ? {
    words: prepared, filters, victims: named?.length ? peopleSet(named, features) : null,
    visible: level === "confidential" ? null : visibleVisibilities(level),
    textSeen: req.guarded && level !== "confidential" ? { level, row: textSeen(req) } : null,
  } : null;
  return { plan, setFirst, facets, dir, byKey };
}

/**
 * PostgreSQL multiplies the selectivity of a search's words by its filters' as if they were independent, but words
 * cluster by date, type and place: it walks the date index testing each row (1m: 743,812 rows for a word with no
 * match of the asked types in the region, 4.3 s; 66,630 for a page of "января", 0.4 s), and a count under LIMIT
 * scans the table. Its estimate of the words alone is close (GIN statistics): when they match few incidents, their
 * set is read first, filtered and sorted, for the page and the count alike; without victims, the words with the
 * types or region asked are one query of the GIN index (DialectFeatures.incidentFacets). Not when the people of the
 * name are too many to list (a placeholder name): their incidents are no part of the estimate. With the types or
 * region in the index, the estimate is of that set, the one read: a word of 400,000 incidents asked in one region
 * with two types is a few thousand (its words are whole words, so GIN skips to the rarer entries, see prepareText).
 */
async function readsSetFirst(req: ListRequest, search: SearchFacts): Promise<{ setFirst: boolean; facets: boolean }> {
  const { db, features, query, text } = req;
  const { prepared, named, places } = search;
  const stats = features.statistics;
  // Only an incident search has prepared words; a guarded one is read through its plan.
  if (!stats || !prepared || req.guarded) return { setFirst: false, facets: false };
  const askedTypes = Array.isArray(query.type) ? query.type.map(String) : [];
  const faceted = !named?.length && (askedTypes.length > 0 || !search.noRegion) && (search.noRegion || !!places);
  const estimated = faceted ? features.incidentFacets(prepared, askedTypes, places) : null;
  const setFirst = search.textHits !== 0 && (named !== null || !hasNameKeys(text))
    && await stats.estimateRows(db, sql`SELECT 1 FROM incidents WHERE ${estimated || features.incidentSearch(prepared, named?.length ? peopleSet(named, features) : null, true)}`)
      <= (textOnly(query) ? LIST_ROUTES.setFirst : LIST_ROUTES.setFirstFiltered);
  return { setFirst, facets: setFirst && faceted };
}

/**
 * The list's plan (queries.ts planList) with what the search read, and the conditions the public gets on records it
 * reaches through a source or a person. `textDriven`: read from the set of matches rather than an index's order.
 */
function planFor(req: ListRequest, search: SearchFacts, facets: boolean, textDriven: boolean): PlannedList {
  const { kind, query, level, features } = req;
  const plan = planList(kind, query, kind === "place" ? null : visibleVisibilities(level), features, todayOf(req.ctx), statusColumns(level), {
    textDriven, namedPeople: search.named, noTextMatches: search.textHits === 0, manyNamed: search.manyNamed, places: search.places,
    ...(search.prepared ? { text: search.prepared } : {}), facets,
  });
  if (level === "public" && (kind === "capture" || kind === "claim")) {
    plan.where.push(sql<boolean>`${sql.ref(`${plan.table}.source_id`)} IN (SELECT id FROM sources WHERE visibility = 'public' AND protected = ${features.bool(false)})`);
  }
  if (level === "public" && kind === "proceeding") {
    plan.where.push(sql<boolean>`proceedings.person_id IN (SELECT id FROM people WHERE visibility = 'public')`);
  }
  if (req.guarded) plan.where.push(searchGuard(req, search));
  return { ...plan, whereSql: plan.where.length ? sql`WHERE ${sql.join(plan.where, sql` AND `)}` : sql`` };
}

// ---------- what a search may reveal ----------

const hasNo = (column: string, field: string): RawBuilder<boolean> => sql<boolean>`${sql.ref(column)} NOT LIKE ${`%"${field}"%`}`;
const oneOf = (values: readonly string[]) => sql.join(values.map((v) => sql`${v}`));

/**
 * Below confidential, a search finds a record only by words the reader can see. Otherwise the search is an oracle:
 * a pseudonymised person's real name typed by anyone would return "Detainee 249" and their incidents (or a count of
 * them), linking the name to the record the pseudonym protects. So a match is kept only when it comes from the names
 * of a person whose names the reader sees, or from an incident's text the reader sees: no searched field marked
 * confidential and, for the public, no pseudonymised or anonymous victim (their incidents' text is withheld).
 * The plan already holds "text or name matches". When the people of the name whose names the reader sees are listed
 * (search.named: peopleSeen / seenOfName), or the search has no name keys, a name match is a victim in that list, so
 * the guard is "text seen and matched, or one of them" (without such people, "text seen"). Otherwise, under the plan,
 * "names and text both seen" is enough and is tested on the row itself and by the victim's key, so only the rare rows
 * that fail it match the text or the names again.
 */
function searchGuard(req: ListRequest, search: SearchFacts): RawBuilder<boolean> {
  const { text, kind, features } = req;
  const { prepared } = search;
  if (kind === "person") return namesSeen(req, "people");
  const seenText = textSeen(req);
  const names = nameMatch(text);
  const byText = prepared && prepared.terms.length && !prepared.none ? sql<boolean>`(${seenText} AND ${features.incidentSearch(prepared, null, true)})` : null;
  if (search.named !== null || !names) {
    if (!search.named?.length) return seenText;
    const byVictim = sql<boolean>`incidents.victim_person_id IN (${peopleSet(search.named, features)})`;
    return byText ? sql<boolean>`(${byText} OR ${byVictim})` : byVictim;
  }
  const seenNames = sql<boolean>`EXISTS (SELECT 1 FROM people AS seen WHERE seen.id = incidents.victim_person_id AND ${namesSeen(req, "seen")})`;
  const byName = sql<boolean>`(${seenNames} AND incidents.victim_person_id IN (${names}))`;
  return sql<boolean>`((${seenNames} AND ${seenText}) OR ${byName}${byText ? sql` OR ${byText}` : sql``})`;
}

/**
 * A person (the row `alias` of people) whose names the reader sees. Always a test of rows found by their id: as an index
 * condition the visibility made SQLite read every visible person to find 25 by id (100k: 25–44 ms for a name's people).
 */
function namesSeen(req: ListRequest, alias: string): RawBuilder<boolean> {
  const col = (c: string) => `${alias}.${c}`;
  return sql<boolean>`(${req.features.unindexed(sql.ref(col("visibility")))} IN (${oneOf(visibleVisibilities(req.level))}) AND ${hasNo(col("confidential_fields"), "names")}${
    req.level === "public" ? sql` AND ${sql.ref(col("protection"))} IN (${oneOf(NAMED_IN_PUBLIC)})` : sql``})`;
}

/** An incident (the row `incidents`) whose searched text the reader sees. */
function textSeen(req: ListRequest): RawBuilder<boolean> {
  return sql.join([
    ...INCIDENT_SEARCHED_FIELDS.map((f) => hasNo("incidents.confidential_fields", f)),
    ...(req.level === "public" ? [sql<boolean>`NOT EXISTS (SELECT 1 FROM people AS shielded WHERE shielded.id = incidents.victim_person_id AND shielded.protection IN (${oneOf(SHIELDED)}))`] : []),
  ], sql` AND `) as RawBuilder<boolean>;
}

/** The people of a search's name whose names the reader sees, up to SHORT_LIST; null when there are more. */
async function seenOfName(req: ListRequest): Promise<string[] | null> {
  const names = nameMatch(req.text);
  if (!names) return null;
  const r = await sql<{ id: string }>`SELECT named.person_id AS id FROM (${names}) AS named JOIN people ON people.id = named.person_id
    WHERE ${namesSeen(req, "people")} LIMIT ${SHORT_LIST + 1}`.execute(req.db);
  return r.rows.length > SHORT_LIST ? null : r.rows.map((row) => row.id);
}

/** Of the people of a search, those whose names the reader sees. */
async function peopleSeen(req: ListRequest, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const r = await sql<{ id: string }>`SELECT id FROM people WHERE id IN (${peopleSet(ids, req.features)}) AND ${namesSeen(req, "people")}`.execute(req.db);
  return r.rows.map((row) => row.id);
}

// ---------- count ----------

/**
 * Where a page's total comes from. The one decision both the early count (PostgreSQL) and the count itself follow.
 *   none           count: false — the page says only whether it was full
 *   keptIncidents  the unfiltered incidents: counts kept by the database in each write, per visibility
 *   keptPeople     the unfiltered people, likewise per status
 *   matches        every other list: the matches counted up to the cap
 */
type CountSource = "none" | "keptIncidents" | "keptPeople" | "matches";

function countSource(req: ListRequest, plan: ListPlan): CountSource {
  if (!req.count) return "none";
  if (!plan.filtered && req.kind === "incident") return "keptIncidents";
  if (!plan.filtered && req.kind === "person") return "keptPeople";
  return "matches";
}

function startCount(
  req: ListRequest, search: SearchFacts, route: Route, source: CountSource, byTextKey: readonly (string | number)[] | null, early: Promise<Total> | null,
): Promise<Total | null> {
  const visible = visibleVisibilities(req.level);
  switch (source) {
    case "none":
      return Promise.resolve(null);
    case "keptIncidents":
      return visibleIncidents(req.ctx.store, visible).then((total) => ({ total, capped: false }));
    case "keptPeople":
      return peopleByStatus(req.ctx.store, req.level, visible).then((rows) => ({ total: rows.reduce((sum, r) => sum + r.n, 0), capped: false }));
    case "matches":
      return byTextKey && route.byKey ? countByKey(req, search, route, route.byKey, byTextKey, early) : early ?? countMatches(req, search, route);
  }
}

/** The matches of a page read by the full-text index's keys, counted the same way where the dialect can. */
async function countByKey(
  req: ListRequest, search: SearchFacts, route: Route, byKey: NonNullable<Route["byKey"]>, pageKeys: readonly (string | number)[], early: Promise<Total> | null,
): Promise<Total> {
  // Read in key order, a page short of its limit is the last one: the matches end there.
  if (pageKeys.length < req.limit && (pageKeys.length > 0 || req.offset === 0)) return { total: req.offset + pageKeys.length, capped: false };
  if (early) return early;
  const n = await req.features.countByTextKey(req.db, byKey.words, byKey.victims, byKey.visible, byKey.filters, req.cap + 1, byKey.textSeen);
  return n !== null ? { total: Math.min(n, req.cap), capped: n > req.cap } : countMatches(req, search, route);
}

/** The matches of the plan counted up to the cap, reading them the way a count reads fastest. */
async function countMatches(req: ListRequest, search: SearchFacts, route: Route): Promise<Total> {
  const { db, features, query, level, text, cap } = req;
  const { prepared, hits, textHits } = search;
  let countPlan = route.plan;
  // A guarded search is counted through its plan only: the shortcuts below count words and names unguarded.
  if (!req.guarded && prepared && hits !== null && hits >= LIST_ROUTES.pageWalkFrom) {
    // A search and nothing else: when the whole words alone match more visible incidents than the cap, so do the
    // prefixes, and the count stops there without reading a row.
    if (textOnly(query)) {
      const words = await features.countVisibleWordHits(db, prepared, level === "confidential" ? null : visibleVisibilities(level), cap + 1);
      if (words !== null && words > cap) return { total: cap, capped: true };
    }
    if (textHits === 0 && search.manyNamed && textOnly(query)) {
      const n = await countNamedIncidents(db, text, visibleVisibilities(level), cap + 1);
      return { total: Math.min(n, cap), capped: n > cap };
    }
    if (textHits === 0) {
      // Only victims: their index leads the count, which stops at the cap (a walk of the sort order would read every
      // row when a lower level may see none of their incidents).
      if (search.noRegion) countPlan = planFor(req, search, route.facets, true);
    } else {
      // Counting reads its set by key for longer than a page does (it stops at the cap, not at a page).
      const more = (await features.countTextHits(db, prepared, LIST_ROUTES.countWalkFrom)) ?? LIST_ROUTES.countWalkFrom;
      if (more + (text ? await incidentsOf(req, search.named, LIST_ROUTES.countWalkFrom) : 0) < LIST_ROUTES.countWalkFrom && search.noRegion) countPlan = planFor(req, search, route.facets, true);
    }
  }
  const table = sql.table(route.plan.table);
  const r = await (route.setFirst
    ? sql<{ n: number }>`WITH matched AS MATERIALIZED (SELECT 1 FROM ${table} ${route.plan.whereSql}) SELECT count(*) AS n FROM (SELECT 1 FROM matched LIMIT ${cap + 1}) AS matches`
    : sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${countPlan.whereSql} LIMIT ${cap + 1}) AS matches`).execute(db);
  const n = Number(r.rows[0]?.n ?? 0);
  return { total: Math.min(n, cap), capped: n > cap };
}

// ---------- page ----------

/**
 * Where the page's rows come from:
 *   set        the matches read whole and sorted (PostgreSQL: a set estimated or counted below the cap)
 *   textKeys   the keys pageByTextKey read, in date order
 *   planKeys   the plan's keys, sorted and cut from the indexes
 */
type RowSource = { from: "set" } | { from: "textKeys"; keys: readonly (string | number)[] } | { from: "planKeys" };

function pageQuery(req: ListRequest, route: Route, rows: RowSource): RawBuilder<Record<string, unknown>> {
  const { plan, dir } = route;
  const table = sql.table(plan.table);
  const key = sql.ref(`${plan.table}.${plan.key}`);
  switch (rows.from) {
    case "set":
      return sql`WITH matched AS MATERIALIZED (SELECT * FROM ${table} ${plan.whereSql})
        SELECT ${table}.* FROM matched AS ${table} ORDER BY ${plan.orderBy} LIMIT ${req.limit} OFFSET ${req.offset}`;
    case "textKeys":
      return sql`SELECT incidents.* FROM incidents WHERE ${key} IN (${rows.keys.length ? sql.join(rows.keys.map((n) => sql`${n}`)) : sql`NULL`}) ORDER BY start_date ${sql.raw(dir)}, ${key} ${sql.raw(dir)}`;
    case "planKeys":
      return sql`SELECT ${table}.* FROM ${table} WHERE ${key} IN (SELECT ${key} FROM ${table} ${plan.whereSql} ORDER BY ${plan.orderBy} LIMIT ${req.limit} OFFSET ${req.offset}) ORDER BY ${plan.orderBy}`;
  }
}

async function presentRows(req: ListRequest, rows: Record<string, unknown>[]): Promise<Rec[]> {
  const { db, features, kind, level } = req;
  const recs = await rowsToRecords(db, kind, rows);
  if (kind === "person") await attachStatus(db, recs, todayOf(req.ctx), level);
  await cutHiddenLinks(db, features, kind, recs, level);
  return recs.map((r) => present(kind, r, level));
}
