/**
 * List and search queries. Conditions are SQL fragments with bound parameters, identical on both dialects except the
 * full-text match (DialectFeatures.incidentSearch).
 */
import { sql, type RawBuilder } from "kysely";
import { HELD_STATUSES } from "../incidents/index.js";
import { foldText } from "../core/text.js";
import { queryIndexKeys } from "../match/index.js";
import type { Db, DialectFeatures, RecordKind, TextKeyFilters, TextQuery } from "../store/index.js";
import type { StatusColumns } from "./status-columns.js";

type Cond = RawBuilder<boolean>;
type Params = Record<string, unknown>;

const inList = (col: string, values: readonly unknown[]): Cond =>
  values.length ? sql<boolean>`${sql.ref(col)} IN (${sql.join(values.map((v) => sql`${v}`))})` : sql<boolean>`1 = 0`;

/**
 * The ids of people whose names match a search, read first when there are at most `limit`: a list of ids lets the
 * planner estimate the rows behind it (PostgreSQL estimated 824 people behind an INTERSECT that gave 20 and read every
 * incident into a hash join). Null when there are more, or the search has no name keys.
 */
export async function namedPeople(db: Db, q: string, limit: number, opts: { guessMany?: boolean } = {}): Promise<string[] | null> {
  const tokens = nameTokens(q);
  if (!tokens.length) return null;
  const counts = await keyCounts(db, tokens);
  const rare = counts.indexOf(Math.min(...counts));
  // `guessMany`: when a sample of the rarest token's people says the name has more than `limit`, the caller takes
  // null (more) without reading them: a placeholder name's INTERSECT of 30,000 people cost 40–280 ms.
  if (opts.guessMany && tokens.length > 1 && counts[rare]! >= RARE_UP_TO) {
    const sample = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT person_id FROM person_name_keys WHERE key IN (${keysIn(tokens[rare]!)}) LIMIT ${SAMPLE}) AS k
      WHERE ${tokensTest(tokens.filter((_, i) => i !== rare), "k.person_id")}`.execute(db);
    if ((Number(sample.rows[0]?.n ?? 0) / SAMPLE) * (counts[rare]! / tokens[rare]!.length) > limit) return null;
  }
  const r = await sql<{ person_id: string }>`SELECT person_id FROM (${peopleOf(q, tokens, counts)}) AS named LIMIT ${limit + 1}`.execute(db);
  return r.rows.length > limit ? null : r.rows.map((row) => row.person_id);
}
/** Keys of the rarest token tested against the others to guess whether a name is shared by many. */
const SAMPLE = 200;

/** Up to this many ids are bound one by one; a larger set is one value (DialectFeatures.idSet). */
export const SHORT_LIST = 1000;
/** People's ids as the right side of IN. */
export const peopleSet = (ids: readonly string[], features: DialectFeatures): RawBuilder<unknown> =>
  ids.length <= SHORT_LIST ? sql.join(ids.map((id) => sql`${id}`)) : features.idSet(ids);

/** Per token of a search, the name keys any of which matches it (none that only finds people another one finds). */
const nameTokens = (q: string): string[][] => queryIndexKeys(q).filter((alts) => alts.length > 0);
const keysIn = (alts: string[]) => sql.join(alts.map((k) => sql`${k}`));

/** People whose names match every token of a search, in any script or spelling the name keys cover. */
export function nameMatch(q: string): RawBuilder<unknown> | null {
  const tokens = nameTokens(q);
  if (!tokens.length) return null;
  const parts = tokens.map((alts) => sql`SELECT person_id FROM person_name_keys WHERE key IN (${keysIn(alts)})`);
  return parts.reduce((acc, p) => sql`${acc} INTERSECT ${p}`);
}

/** Whether a search has name keys to match people by. */
export const hasNameKeys = (q: string): boolean => nameTokens(q).length > 0;

/**
 * A condition on a column holding a person's id: the person's names match every token of the search, each token one
 * indexed probe of that person's keys. A walk of another index tests it on the entries it reaches and stops after a
 * page, so the 30,000 people sharing a placeholder name are never all read (the INTERSECT of their keys: 40–280 ms).
 */
export function nameTest(q: string, column: string): Cond | null {
  const tokens = nameTokens(q);
  return tokens.length ? tokensTest(tokens, column) : null;
}
const tokensTest = (tokens: string[][], column: string): Cond =>
  sql<boolean>`(${sql.join(tokens.map((alts) => sql`EXISTS (SELECT 1 FROM person_name_keys WHERE person_id = ${sql.ref(column)} AND key IN (${keysIn(alts)}))`), sql` AND `)})`;

/**
 * Keys of a token below which its people are read first and each tested for the other tokens (two index probes per
 * key). Above it, for every token, the INTERSECT's sequential reads and sorts cost less than the probes (1m: tokens
 * of 9,500 and 6,300 people, 14 ms intersected, 58 ms probed).
 */
const RARE_UP_TO = 2000;

/** Each token's keys counted up to KEYS_COUNTED (for one token, no count is needed). */
async function keyCounts(db: Db, tokens: string[][]): Promise<number[]> {
  if (tokens.length < 2) return [0];
  const counts: number[] = [];
  for (const alts of tokens) {
    const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM person_name_keys WHERE key IN (${keysIn(alts)}) LIMIT ${KEYS_COUNTED}) AS k`.execute(db);
    counts.push(Number(r.rows[0]?.n ?? 0));
  }
  return counts;
}
const KEYS_COUNTED = 5000;

/**
 * The people of nameMatch. A token rarer than RARE_UP_TO leads: "Shakenov Nurzhan" reads the few hundred people with
 * the surname and probes each for the given name, instead of intersecting them with the thousands called Nurzhan.
 */
function peopleOf(q: string, tokens: string[][], counts: number[]): RawBuilder<unknown> {
  const first = counts.indexOf(Math.min(...counts));
  if (counts[first]! >= RARE_UP_TO) return nameMatch(q)!;
  return rarestLed(tokens, first);
}

/** The people of token `first`, each probed for the other tokens; read in the order of the keys, so LIMIT stops it. */
function rarestLed(tokens: string[][], first: number): RawBuilder<unknown> {
  const rest = tokens.filter((_, i) => i !== first);
  return sql`SELECT DISTINCT k.person_id FROM person_name_keys AS k WHERE k.key IN (${keysIn(tokens[first]!)})${rest.length ? sql` AND ${tokensTest(rest, "k.person_id")}` : sql``}`;
}

/**
 * Incidents of `visibilities` whose victim's names match the search, counted up to `cap` from the people's side: the
 * rarest token's people, each tested for the others, then their incidents by the victim index; stops at the cap.
 */
export async function countNamedIncidents(db: Db, q: string, visibilities: readonly string[], cap: number): Promise<number> {
  const tokens = nameTokens(q);
  if (!tokens.length) return 0;
  const counts = await keyCounts(db, tokens);
  // Always from the rarest token's people, probing each: the count stops at the cap, long before all are read.
  const match = rarestLed(tokens, counts.indexOf(Math.min(...counts)));
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM (${match}) AS named JOIN incidents ON incidents.victim_person_id = named.person_id
    WHERE incidents.visibility IN (${sql.join(visibilities.map((v) => sql`${v}`))}) LIMIT ${cap}) AS matches`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

function statusCond(column: string, statuses: readonly string[], today: string, c: StatusColumns): Cond {
  const plain = statuses.filter((s) => s !== "held" && s !== "release_overdue");
  const expanded = [...plain, ...(statuses.includes("held") ? HELD_STATUSES : [])];
  const conds: Cond[] = [];
  if (expanded.length) conds.push(sql<boolean>`${sql.ref(column)} IN (SELECT id FROM people WHERE ${sql.ref(c.status)} IN (${sql.join(expanded.map((s) => sql`${s}`))}))`);
  if (statuses.includes("release_overdue")) {
    const held = sql.join(HELD_STATUSES.map((s) => sql`${s}`));
    conds.push(sql<boolean>`${sql.ref(column)} IN (SELECT id FROM people WHERE ${sql.ref(c.status)} IN (${held}) AND ${sql.ref(c.until)} < ${today})`);
  }
  return conds.length ? sql<boolean>`(${sql.join(conds, sql` OR `)})` : sql<boolean>`1 = 1`;
}

/**
 * The places inside a region (the region too), as a condition on places: every path is its ancestors' ids between
 * slashes, ending in one, so the region's path P is a prefix of exactly its places' paths, the range [P, P with its
 * last '/' raised to '0') of the places_path index — nothing sorts between '/' and '0' in code point order, in which
 * paths are compared on both backends (SQLite's BINARY; PostgreSQL: COLLATE "C", migration 0009).
 */
function insideRegion(placeId: string): Cond {
  return sql<boolean>`places.path >= (SELECT path FROM places WHERE id = ${placeId}) AND places.path < (SELECT substr(path, 1, length(path) - 1) || '0' FROM places WHERE id = ${placeId})`;
}

const placeWithin = (col: string, placeId: string): Cond => sql<boolean>`${sql.ref(col)} IN (SELECT id FROM places WHERE ${insideRegion(placeId)})`;

/**
 * The ids of a place and every place inside it, read first when there are at most SHORT_LIST: as a list, PostgreSQL
 * estimates the incidents behind them from its statistics of each place. Behind the subquery it guessed 0.6 % of the
 * date range and walked the date index reading rows for a region that had almost none (1m: 4–17 s, against 2 ms
 * from the region's own index). Null when there are more.
 */
export async function placesWithin(db: Db, placeId: string): Promise<string[] | null> {
  const r = await sql<{ id: string }>`SELECT id FROM places WHERE ${insideRegion(placeId)} LIMIT ${SHORT_LIST + 1}`.execute(db);
  return r.rows.length > SHORT_LIST ? null : r.rows.map((row) => row.id);
}

/** A search and its paging and order, nothing else. */
const TEXT_ONLY = ["q", "limit", "offset", "sort", "order"];
/** Query fields a search read by its full-text keys (DialectFeatures.pageByTextKey) can take. */
const KEYED = [...TEXT_ONLY, "type", "placeId", "dateFrom", "dateTo"];

/** The query asks for nothing but these fields (empty lists and unset fields aside). */
const asksOnly = (q: Params, fields: readonly string[]): boolean =>
  Object.entries(q).every(([k, v]) => v === undefined || (Array.isArray(v) && !v.length) || fields.includes(k));

/** A search with no filter: only its words, paging and order. */
export const textOnly = (q: Params): boolean => asksOnly(q, TEXT_ONLY);

/**
 * The filters of an incident search as DialectFeatures.pageByTextKey applies them, the region's places read first;
 * null when the query asks for anything else, or the region has more places than are listed (see placesWithin).
 */
export async function textKeyFilters(db: Db, q: Params): Promise<TextKeyFilters | null> {
  if (!asksOnly(q, KEYED)) return null;
  const places = typeof q.placeId === "string" ? await placesWithin(db, q.placeId) : undefined;
  if (places === null) return null;
  return {
    ...(Array.isArray(q.type) && q.type.length ? { types: q.type as string[] } : {}),
    ...(places ? { places } : {}),
    ...(typeof q.dateFrom === "string" ? { dateFrom: q.dateFrom } : {}),
    ...(typeof q.dateTo === "string" ? { dateTo: q.dateTo } : {}),
  };
}

export interface ListPlan {
  table: string;
  where: Cond[];
  orderBy: RawBuilder<unknown>;
  /** The column a page's rows are selected by after the ids were sorted and cut (see listRecords). */
  key: string;
  /** Conditions beyond what every reader of the kind gets (visibility, merged people left out). */
  filtered: boolean;
}

/** The folded terms of an incident search (empty when the text has none), or null for no search. */
export function searchTerms(q: Params): string[] | null {
  const text = typeof q.q === "string" && q.q.trim() ? q.q.trim() : null;
  return text === null ? null : foldText(text).split(" ").filter(Boolean);
}

/**
 * Builds the WHERE and ORDER BY of a list query for one kind; `visibilities` is what the reader may see.
 * `textDriven`: an incident search is read from its set of matches (few matches, no region); otherwise the set is a
 * test on rows reached through the region's or the sort order's index. `namedPeople`: the people whose names match the
 * search, already read (see namedPeople); otherwise they are a subquery. `noTextMatches`: the full-text index has none.
 * `text`: the search's terms as prepared for the full-text index (DialectFeatures.prepareText). `manyNamed`: no text
 * matches and more people of the name than are worth reading first; each incident's victim is tested instead.
 * `places`: the region's places already read (see placesWithin); otherwise they are a subquery, a range of paths.
 */
export function planList(
  kind: RecordKind, q: Params, visibilities: readonly string[] | null, features: DialectFeatures, today: string, status: StatusColumns,
  opts: { textDriven?: boolean; namedPeople?: readonly string[] | null; noTextMatches?: boolean; text?: TextQuery; manyNamed?: boolean; places?: readonly string[] | null; facets?: boolean } = {},
): ListPlan {
  const where: Cond[] = [];
  const t = (c: string) => `${tableOf(kind)}.${c}`;
  // Asked for by id, the key leads: as an index condition the visibility made SQLite read every visible person of a
  // million through people(visibility …) to find 50 (1m: 730 ms for one GET /people?ids=).
  const byIds = Array.isArray(q.ids);
  if (visibilities && kind !== "place" && kind !== "capture") {
    where.push(byIds ? sql<boolean>`${features.unindexed(sql.ref(t("visibility")))} IN (${sql.join(visibilities.map((v) => sql`${v}`))})` : inList(t("visibility"), visibilities));
  }
  const base = where.length;
  if (typeof q.visibility === "string" && kind !== "place" && kind !== "capture") where.push(inList(t("visibility"), [q.visibility]));
  const dir = q.order === "asc" ? sql`ASC` : sql`DESC`;
  let orderBy: RawBuilder<unknown> = sql`${sql.ref(t("created_at"))} ${dir}, ${sql.ref(t("id"))} ${dir}`;
  const text = typeof q.q === "string" && q.q.trim() ? q.q.trim() : null;
  // People whose names match the search: the ids already read, or the subquery.
  const names = text === null ? null : opts.namedPeople ? (opts.namedPeople.length ? peopleSet(opts.namedPeople, features) : null) : nameMatch(text);
  const dateRange = (col: string) => {
    if (typeof q.dateFrom === "string") where.push(sql<boolean>`${sql.ref(t(col))} >= ${q.dateFrom}`);
    if (typeof q.dateTo === "string") where.push(sql<boolean>`${sql.ref(t(col))} <= ${q.dateTo}`);
  };
  const eq = (param: string, col: string) => {
    if (typeof q[param] === "string") where.push(sql<boolean>`${sql.ref(t(col))} = ${q[param]}`);
  };
  const list = (param: string, col: string) => {
    if (Array.isArray(q[param]) && (q[param] as unknown[]).length) where.push(inList(t(col), q[param] as unknown[]));
  };

  if (Array.isArray(q.ids)) where.push(inList(t("id"), q.ids as string[]));
  switch (kind) {
    case "incident": {
      const textDriven = opts.textDriven === true && text !== null;
      const region = typeof q.placeId === "string";
      // Which index a page is read from (SQLite plans without statistics): a type matches many rows, so it leads only
      // when nothing narrower is asked; a search read from its matches is not led by the date range either.
      const col = (c: string, weak: boolean) => (weak ? features.unindexed(sql.ref(t(c))) : sql.ref(t(c)));
      const typeCol = col("type", region || text !== null);
      const dateCol = col("start_date", textDriven);
      const facets = opts.facets === true && text !== null && !opts.noTextMatches && (typeof q.placeId !== "string" || !!opts.places)
        ? features.incidentFacets(opts.text ?? { terms: searchTerms(q) ?? [] }, Array.isArray(q.type) ? q.type.map(String) : null, opts.places ?? null)
        : null;
      const faceted = facets !== null;
      if (facets) where.push(facets);
      else if (Array.isArray(q.type) && q.type.length) where.push(sql<boolean>`${typeCol} IN (${sql.join((q.type as unknown[]).map((v) => sql`${v}`))})`);
      list("verification", "verification");
      if (typeof q.dateFrom === "string") where.push(sql<boolean>`${dateCol} >= ${q.dateFrom}`);
      if (typeof q.dateTo === "string") where.push(sql<boolean>`${dateCol} <= ${q.dateTo}`);
      eq("personId", "victim_person_id");
      eq("eventId", "event_id");
      if (typeof q.placeId === "string" && !faceted) where.push(opts.places ? inList(t("place_id"), opts.places) : placeWithin(t("place_id"), q.placeId));
      if (Array.isArray(q.role) && q.role.length) {
        where.push(sql<boolean>`incidents.victim_person_id IN (SELECT person_id FROM person_roles WHERE role IN (${sql.join((q.role as string[]).map((r) => sql`${r}`))}))`);
      }
      if (Array.isArray(q.status) && q.status.length) where.push(statusCond("incidents.victim_person_id", q.status as string[], today, status));
      if (text && opts.manyNamed && opts.noTextMatches) {
        where.push(nameTest(text, "incidents.victim_person_id") ?? sql<boolean>`1 = 0`);
      } else if (text && !faceted) {
        // Without text matches, the victims' index leads when they are a short list (reading and sorting their
        // incidents is cheap) or for a count; the incidents of thousands of people sharing a name are a test on the
        // sort order's or region's index, which fills a page after a few hundred entries.
        const lead = opts.noTextMatches ? textDriven || (opts.namedPeople != null && opts.namedPeople.length <= SHORT_LIST) : textDriven;
        where.push(features.incidentSearch(opts.noTextMatches ? { terms: [] } : opts.text ?? { terms: searchTerms(q) ?? [] }, names, lead));
      }
      // Sorting by type keeps each type in date order; every order ends with id, so pages never share or skip a row.
      const sortCols = q.sort === "createdAt" ? ["created_at"] : q.sort === "updatedAt" ? ["updated_at"] : q.sort === "type" ? ["type", "start_date"] : ["start_date"];
      orderBy = sql.join([...sortCols, "id"].map((c) => sql`${sql.ref(t(c))} ${dir}`));
      break;
    }
    case "person": {
      if (Array.isArray(q.role) && q.role.length) {
        where.push(sql<boolean>`people.id IN (SELECT person_id FROM person_roles WHERE role IN (${sql.join((q.role as string[]).map((r) => sql`${r}`))}))`);
      }
      if (Array.isArray(q.status) && q.status.length) where.push(statusCond("people.id", q.status as string[], today, status));
      // Merged people live on inside the person they were merged into; asked for by id, their tombstone is returned.
      if (!Array.isArray(q.ids)) where.push(sql<boolean>`people.merged_into IS NULL`);
      if (text) {
        where.push(names ? sql<boolean>`people.id IN (${names})` : sql<boolean>`1 = 0`);
      }
      if (q.sort === "statusSince") orderBy = sql`${sql.ref(`people.${status.since}`)} ${dir}, people.id ${dir}`;
      else if (q.sort === "updatedAt") orderBy = sql`people.updated_at ${dir}, people.id ${dir}`;
      break;
    }
    case "place": {
      list("adminLevel", "admin_level");
      eq("parentId", "parent_id");
      eq("country", "country");
      if (text) where.push(sql<boolean>`places.search_text LIKE ${`%${foldText(text)}%`}`);
      orderBy = sql`CASE places.admin_level WHEN 'country' THEN 0 WHEN 'region' THEN 1 ELSE 2 END, places.population DESC, places.name ${dir}, places.id ${dir}`;
      break;
    }
    case "organisation":
      if (text) where.push(sql<boolean>`organisations.search_text LIKE ${`%${foldText(text)}%`}`);
      break;
    case "event":
      dateRange("start_date");
      if (text) where.push(sql<boolean>`(lower(events.title) LIKE ${`%${text.toLowerCase()}%`})`);
      break;
    case "proceeding":
      eq("personId", "person_id");
      eq("incidentId", "incident_id");
      list("chargeStatus", "charge_status");
      break;
    case "statistic":
      eq("placeId", "place_id");
      eq("eventId", "event_id");
      dateRange("as_of_date");
      break;
    case "intervention":
      eq("personId", "person_id");
      eq("incidentId", "incident_id");
      break;
    case "source":
      list("kind", "kind");
      if (text) where.push(sql<boolean>`(lower(sources.title) LIKE ${`%${text.toLowerCase()}%`} OR lower(sources.publisher) LIKE ${`%${text.toLowerCase()}%`} OR sources.url LIKE ${`%${text}%`})`);
      break;
    case "capture":
      eq("sourceId", "source_id");
      if (visibilities) where.push(sql<boolean>`captures.source_id IN (SELECT id FROM sources WHERE visibility IN (${sql.join(visibilities.map((v) => sql`${v}`))}))`);
      break;
    case "claim":
      eq("sourceId", "source_id");
      eq("subjectId", "subject_id");
      // Internal (not in the HTTP query schema): the claims about all of a person's records in one query.
      if (Array.isArray(q.subjectIds)) where.push(inList(t("subject_id"), q.subjectIds as string[]));
      eq("captureId", "capture_id");
      if (typeof q.credibility === "number") where.push(sql<boolean>`claims.credibility = ${q.credibility}`);
      break;
  }
  // Merged people are left out of every people list: not a filter of the reader's.
  const filtered = where.length - base > (kind === "person" && !Array.isArray(q.ids) ? 1 : 0);
  return { table: tableOf(kind), where, orderBy, key: kind === "incident" ? features.incidentKey : "id", filtered };
}

const TABLES: Record<RecordKind, string> = {
  place: "places", organisation: "organisations", person: "people", event: "events", incident: "incidents", proceeding: "proceedings",
  statistic: "statistics", intervention: "interventions", source: "sources", capture: "captures", claim: "claims",
};
export const tableOf = (kind: RecordKind): string => TABLES[kind];
