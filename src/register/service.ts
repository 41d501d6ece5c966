/**
 * Use cases of the register: create, read, update, delete and list every kind of record, with policy checks,
 * presenters and the audit log. HTTP routes and CLI verbs call these and nothing below them.
 */
import { sql } from "kysely";
import { accessLevel, assertCan, visibleVisibilities, actorId, type AccessLevel } from "../auth/policy.js";
import { VigilError, notFound } from "../core/errors.js";
import { HELD_STATUSES } from "../incidents/index.js";
import { present } from "../publish/index.js";
import { zCaptureInput } from "../contract/records.js";
import type { Page } from "../contract/query.js";
import type { HistoryEntry } from "../contract/responses.js";
import type { Db, DialectFeatures, RecordKind, TextKeyFilters, TextQuery } from "../store/index.js";
import { AuditAppender, historyOf } from "./audit-log.js";
import { nowIso, todayOf, type Ctx } from "./context.js";
import { INPUT_SCHEMAS, parseInput } from "./kinds.js";
import { loadRecord, rowsToRecords, type Rec } from "./load.js";
import { COUNT_CAP, peopleByStatus, SEARCH_COUNT_CAP, visibleIncidents } from "./counts.js";
import { countNamedIncidents, hasNameKeys, namedPeople, peopleSet, placesWithin, planList, searchTerms, SHORT_LIST, textKeyFilters, textOnly } from "./queries.js";
import { candidateSnapshot } from "./snapshots.js";
import { statusColumns } from "./status-columns.js";
import { deleteRecordRow, insertCapture, insertRecord, updateRecordRow, type WriteEnv } from "./write.js";

/** Runs `fn` in one transaction with a write environment and an audit appender. */
export async function withWrite<T>(ctx: Ctx, fn: (env: WriteEnv, audit: AuditAppender) => Promise<T>): Promise<T> {
  const at = nowIso(ctx);
  return ctx.store.transaction(async (tx) => {
    const env: WriteEnv = { tx, features: ctx.store.features, at, today: todayOf(ctx), actorId: actorId(ctx.actor) };
    const audit = await AuditAppender.open(tx, ctx.store.features, ctx.actor, at);
    return fn(env, audit);
  });
}

const STRIP_ON_EDIT = ["id", "version", "createdAt", "updatedAt", "mergedInto", "geonameid", "status"];
function editableOf(rec: Rec): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(rec)) if (!STRIP_ON_EDIT.includes(k)) out[k] = v;
  return out;
}

export async function createRecord(ctx: Ctx, kind: RecordKind, raw: unknown, opts: { reason?: string | null } = {}): Promise<Rec> {
  assertCan(ctx.actor, "create");
  if (kind === "capture") return createCapture(ctx, raw);
  const input = parseInput(INPUT_SCHEMAS[kind], raw, kind) as Rec;
  const rec = await withWrite(ctx, async (env, audit) => {
    const rec = await insertRecord(env, kind, input);
    await audit.append({ action: "create", entityType: kind, entityId: rec.id as string, before: null, after: rec, reason: opts.reason ?? null });
    return rec;
  });
  return presentOne(ctx, kind, rec);
}

export async function updateRecord(
  ctx: Ctx, kind: RecordKind, id: string, patch: unknown, opts: { expectedVersion?: number; reason?: string | null } = {},
): Promise<Rec> {
  assertCan(ctx.actor, "update");
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) throw new VigilError("validation_failed", "the change must be a JSON object of fields");
  const rec = await withWrite(ctx, async (env, audit) => {
    const before = await loadRecord(env.tx, kind, id);
    if (!before) throw notFound(kind, id);
    if (kind === "person" && typeof before.mergedInto === "string") {
      throw new VigilError("conflict", `person ${id} was merged into ${before.mergedInto}; change that person, or undo the merge first`);
    }
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== before.version) {
      throw new VigilError("stale_version", `${kind} ${id} is at version ${String(before.version)}, not ${opts.expectedVersion}; reload and try again`);
    }
    const merged = { ...editableOf(before), ...(patch as Rec) };
    for (const k of STRIP_ON_EDIT) delete merged[k];
    const input = parseInput(INPUT_SCHEMAS[kind], merged, kind) as Rec;
    const after = await updateRecordRow(env, kind, before, input);
    await audit.append({ action: "update", entityType: kind, entityId: id, before, after, reason: opts.reason ?? null });
    return after;
  });
  return presentOne(ctx, kind, rec);
}

export async function deleteRecord(ctx: Ctx, kind: RecordKind, id: string, opts: { reason?: string | null } = {}): Promise<void> {
  assertCan(ctx.actor, "delete");
  if (kind === "place") {
    const ref = await ctx.store.db.selectFrom("places").select("geonameid").where("id", "=", id).executeTakeFirst();
    if (ref?.geonameid !== null && ref?.geonameid !== undefined) throw new VigilError("conflict", "gazetteer places cannot be deleted");
  }
  await withWrite(ctx, async (env, audit) => {
    const before = await loadRecord(env.tx, kind, id);
    if (!before) throw notFound(kind, id);
    if (kind === "person") {
      // "These two are different people" loses its meaning once one of them is gone.
      const rejected = await env.tx.selectFrom("merge_candidates").selectAll().where("status", "=", "rejected")
        .where((eb) => eb.or([eb("person_a", "=", id), eb("person_b", "=", id)])).execute();
      for (const c of rejected) {
        await env.tx.deleteFrom("merge_candidates").where("id", "=", c.id).execute();
        await audit.append({ action: "delete", entityType: "merge_candidate", entityId: c.id, before: candidateSnapshot(c), after: null, reason: opts.reason ?? null });
      }
    }
    await deleteRecordRow(env, kind, before);
    await audit.append({ action: "delete", entityType: kind, entityId: id, before, after: null, reason: opts.reason ?? null });
  });
}

export async function createCapture(ctx: Ctx, raw: unknown): Promise<Rec> {
  assertCan(ctx.actor, "create");
  const input = parseInput(zCaptureInput, raw, "capture");
  const bytes = input.contentEncoding === "base64" ? Buffer.from(input.content, "base64") : Buffer.from(input.content, "utf8");
  const rec = await withWrite(ctx, async (env, audit) => {
    const rec = await insertCapture(env, { sourceId: input.sourceId, mediaType: input.mediaType, bytes });
    await audit.append({ action: "create", entityType: "capture", entityId: rec.id as string, before: null, after: rec });
    return rec;
  });
  return presentOne(ctx, "capture", rec);
}

// ---------- reading ----------
const levelOf = (ctx: Ctx): AccessLevel => accessLevel(ctx.actor);

/** Links from a visible record to records the reader may not see are cut, so an id never leaks a hidden record. */
async function cutHiddenLinks(db: Db, features: DialectFeatures, kind: RecordKind, recs: Rec[], level: AccessLevel): Promise<void> {
  if (level === "confidential" || !recs.length) return;
  if (level === "public" && kind === "incident") {
    // Free text about a pseudonymised or anonymous person tends to name them: it stays internal.
    const victims = [...new Set(recs.map((r) => r.victimPersonId).filter((v): v is string => typeof v === "string"))];
    const shielded = new Set<string>();
    for (let i = 0; i < victims.length; i += 500) {
      const rows = await db.selectFrom("people").select("id").where("id", "in", victims.slice(i, i + 500))
        .where("protection", "in", ["pseudonymised", "anonymous"]).execute();
      for (const r of rows) shielded.add(r.id);
    }
    for (const r of recs) {
      if (typeof r.victimPersonId === "string" && shielded.has(r.victimPersonId)) {
        r.description = null;
        r.placeText = null;
      }
    }
  }
  const allowed = visibleVisibilities(level);
  // Visibility as a plain test: as an index condition SQLite read every person of the visible levels through
  // people(visibility …) instead of the 50 ids through the key (1m: 318 ms for a viewer's first page).
  const visibility = features.unindexed(sql.ref("visibility"));
  const links: [string, string][] =
    kind === "incident" ? [["victimPersonId", "people"], ["eventId", "events"]]
    : kind === "proceeding" ? [["incidentId", "incidents"]]
    : kind === "intervention" ? [["personId", "people"], ["incidentId", "incidents"]]
    : kind === "statistic" ? [["sourceId", "sources"], ["eventId", "events"]]
    : kind === "event" ? [["causedById", "events"]]
    : [];
  for (const [field, table] of links) {
    const ids = [...new Set(recs.map((r) => r[field]).filter((v): v is string => typeof v === "string"))];
    if (!ids.length) continue;
    const visible = new Set<string>();
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await sql<{ id: string }>`SELECT id FROM ${sql.table(table)} WHERE id IN (${sql.join(ids.slice(i, i + 500).map((x) => sql`${x}`))}) AND ${visibility} IN (${sql.join(allowed.map((v) => sql`${v}`))})`.execute(db);
      for (const r of rows.rows) visible.add(r.id);
    }
    for (const r of recs) if (typeof r[field] === "string" && !visible.has(r[field] as string)) r[field] = null;
  }
}

async function isVisible(db: Db, kind: RecordKind, rec: Rec, level: AccessLevel): Promise<boolean> {
  if (level === "confidential" || kind === "place") return true;
  const allowed = visibleVisibilities(level) as string[];
  if (kind === "capture" || kind === "claim") {
    const src = await db.selectFrom("sources").select(["visibility", "protected"]).where("id", "=", rec.sourceId as string).executeTakeFirst();
    if (!src || !allowed.includes(src.visibility)) return false;
    if (level === "public" && (src.protected === true || src.protected === 1)) return false;
    if (kind === "capture") return true;
  }
  if (kind === "proceeding") {
    const p = await db.selectFrom("people").select("visibility").where("id", "=", rec.personId as string).executeTakeFirst();
    if (!p || !allowed.includes(p.visibility)) return false;
  }
  return allowed.includes(rec.visibility as string);
}

async function presentOne(ctx: Ctx, kind: RecordKind, rec: Rec): Promise<Rec> {
  const level = levelOf(ctx);
  if (kind === "person") await attachStatus(ctx.store.db, [rec], todayOf(ctx), level);
  await cutHiddenLinks(ctx.store.db, ctx.store.features, kind, [rec], level);
  return present(kind, rec, level);
}

/** Status from the cached columns of the reader's level, with days held and overdue computed for today. */
async function attachStatus(db: Db, people: Rec[], today: string, level: AccessLevel): Promise<void> {
  const ids = people.map((p) => p.id as string);
  const c = statusColumns(level);
  const rows = ids.length
    ? await db.selectFrom("people").select(["id", `${c.status} as status`, `${c.since} as since`, `${c.until} as until`]).where("id", "in", ids).execute()
    : [];
  const byId = new Map(rows.map((r) => [r.id, r as { id: string; status: string; since: string | null; until: string | null }]));
  for (const p of people) {
    const r = byId.get(p.id as string);
    if (!r) continue;
    const heldNow = (HELD_STATUSES as readonly string[]).includes(r.status);
    p.status = {
      status: r.status,
      since: r.since,
      until: r.until,
      daysHeld: heldNow && r.since ? Math.floor((Date.parse(today) - Date.parse(r.since)) / 86_400_000) + 1 : null,
      releaseOverdue: heldNow && r.until !== null && r.until < today,
    };
  }
}

export async function getRecord(ctx: Ctx, kind: RecordKind, id: string): Promise<Rec> {
  const level = levelOf(ctx);
  const rec = await loadRecord(ctx.store.db, kind, id);
  if (!rec || !(await isVisible(ctx.store.db, kind, rec, level))) throw notFound(kind, id);
  return presentOne(ctx, kind, rec);
}

/** Several records by id, presented for the reader; ids the reader may not see are left out. */
export async function getMany(ctx: Ctx, kind: RecordKind, ids: readonly string[]): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const page = await listRecords(ctx, kind, { ids: ids.slice(i, i + 500), limit: 500, offset: 0 }, { count: false });
    out.push(...page.items);
  }
  return out;
}

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
  const level = levelOf(ctx);
  const db = ctx.store.db;
  const limit = Number(query.limit ?? 50);
  const offset = Number(query.offset ?? 0);
  // A search is read from its set of matches when the set is small (counted from the full-text index, capped), else
  // the set is tested on entries of the region's or the sort order's index: reading 100,000 matches to sort them
  // costs more than walking the index until a page is full (SQLite; PostgreSQL's planner decides from statistics).
  const terms = kind === "incident" ? searchTerms(query) : null;
  const features = ctx.store.features;
  const prepared = terms ? await features.prepareText(db, terms) : null;
  const textHits = prepared ? await features.countTextHits(db, prepared, LIST_ROUTES.pageWalkFrom) : null;
  const noRegion = typeof query.placeId !== "string";
  const text = typeof query.q === "string" ? query.q.trim() : "";
  // A planner with statistics is given a list of people it can estimate (up to SHORT_LIST). Without statistics
  // (SQLite) the people of a name are read once even when there are thousands (a placeholder name: 30,000 of a
  // million), and the page and its count take them as one value, instead of matching their name keys again each.
  // Without text matches, more people than are worth reading first (a placeholder name: 30,000 of a million) are a
  // test on each incident's victim reached through the sort order's index, and are counted from the people's side.
  const stats = features.statistics;
  const streamNames = !stats && kind === "incident" && textHits === 0;
  const named = text && (kind === "incident" || kind === "person")
    ? await namedPeople(db, text, streamNames || stats ? SHORT_LIST : MANY_NAMED, { guessMany: streamNames }) : null;
  const manyNamed = streamNames && named === null && hasNameKeys(text);
  // A planner with statistics estimates a region from its places' statistics when they are a list.
  const places = stats && kind === "incident" && typeof query.placeId === "string" ? await placesWithin(db, query.placeId) : null;
  // The victims' side of a search counts too: a name shared by hundreds of people matches thousands of incidents.
  const victimsUpTo = (cap: number) => (named ? incidentsOf(db, features, named, cap) : Promise.resolve(cap));
  // Without text matches, a list of people (SQLite: at most SHORT_LIST) leads the page and the count from the victims'
  // index however many incidents they have, so those are not counted first.
  const hits = textHits === null ? null : textHits === 0 && named !== null ? 0 : textHits + (text ? await victimsUpTo(LIST_ROUTES.pageWalkFrom) : 0);
  // PostgreSQL multiplies the selectivity of a search's words by its filters' as if they were independent, but words
  // cluster by date, type and place: it walks the date index testing each row (1m: 743,812 rows for a word with no
  // match of the asked types in the region, 4.3 s; 66,630 for a page of "января", 0.4 s), and a count under LIMIT
  // scans the table. Its estimate of the words alone is close (GIN statistics): when they match few incidents, their
  // set is read first, filtered and sorted, for the page and the count alike; without victims, the words with the
  // types or region asked are one query of the GIN index (DialectFeatures.incidentFacets). Not when the people of the
  // name are too many to list (a placeholder name): their incidents are no part of the estimate. With the types or
  // region in the index, the estimate is of that set, the one read: a word of 400,000 incidents asked in one region
  // with two types is a few thousand (its words are whole words, so GIN skips to the rarer entries, see prepareText).
  const askedTypes = Array.isArray(query.type) ? query.type.map(String) : [];
  const faceted = !!stats && kind === "incident" && !!prepared && !named?.length && (askedTypes.length > 0 || typeof query.placeId === "string")
    && (typeof query.placeId !== "string" || !!places);
  const estimated = prepared && (faceted ? features.incidentFacets(prepared, askedTypes, places) : null);
  const setFirst = !!stats && kind === "incident" && !!prepared && textHits !== 0 && (named !== null || !hasNameKeys(text))
    && await stats.estimateRows(db, sql`SELECT 1 FROM incidents WHERE ${estimated || features.incidentSearch(prepared, named?.length ? peopleSet(named, features) : null, true)}`)
      <= (textOnly(query) ? LIST_ROUTES.setFirst : LIST_ROUTES.setFirstFiltered);
  const planFor = (textDriven: boolean) => {
    const plan = planList(kind, query, kind === "place" ? null : visibleVisibilities(level), features, todayOf(ctx), statusColumns(level), {
      textDriven, namedPeople: named, noTextMatches: textHits === 0, manyNamed, places, ...(prepared ? { text: prepared } : {}),
      facets: setFirst && faceted,
    });
    if (level === "public" && (kind === "capture" || kind === "claim")) {
      plan.where.push(sql<boolean>`${sql.ref(`${plan.table}.source_id`)} IN (SELECT id FROM sources WHERE visibility = 'public' AND protected = ${features.bool(false)})`);
    }
    if (level === "public" && kind === "proceeding") {
      plan.where.push(sql<boolean>`proceedings.person_id IN (SELECT id FROM people WHERE visibility = 'public')`);
    }
    return { ...plan, whereSql: plan.where.length ? sql`WHERE ${sql.join(plan.where, sql` AND `)}` : sql`` };
  };
  const plan = planFor(hits !== null && hits < LIST_ROUTES.pageWalkFrom && noRegion);
  const table = sql.table(plan.table);
  const key = sql.ref(`${plan.table}.${plan.key}`);
  // A search in date order with text matches, and no filters beyond type, region and dates: where the full-text index
  // keeps its keys in date order (SQLite) the page is its newest matches, read first; the same day's incidents then
  // follow each other newest recorded first (n) rather than by id. PostgreSQL reads a search of whole words that is not
  // read as a set first by month instead of walking past the newest incidents that lack its words (pageByTextKey).
  const dir = query.order === "asc" ? "asc" : "desc";
  const keyVisible = level === "confidential" ? null : visibleVisibilities(level);
  const keyFilters = prepared?.streams && !setFirst && textHits !== 0 && !["createdAt", "updatedAt", "type"].includes(String(query.sort))
    && (named === null ? !hasNameKeys(text) : named.length <= SHORT_LIST)
    ? await textKeyFilters(db, query) : null;
  const keyVictims = named?.length ? peopleSet(named, features) : null;
  const cap = offset + (opts.countCap ?? (text ? SEARCH_COUNT_CAP : COUNT_CAP));
  const countMatches = async (): Promise<{ total: number; capped: boolean }> => {
    let countPlan = plan;
    if (prepared && hits !== null && hits >= LIST_ROUTES.pageWalkFrom) {
      // A search and nothing else: when the whole words alone match more visible incidents than the cap, so do the
      // prefixes, and the count stops there without reading a row.
      if (textOnly(query)) {
        const words = await features.countVisibleWordHits(db, prepared, level === "confidential" ? null : visibleVisibilities(level), cap + 1);
        if (words !== null && words > cap) return { total: cap, capped: true };
      }
      if (textHits === 0 && manyNamed && textOnly(query)) {
        const n = await countNamedIncidents(db, text, visibleVisibilities(level), cap + 1);
        return { total: Math.min(n, cap), capped: n > cap };
      }
      if (textHits === 0) {
        // Only victims: their index leads the count, which stops at the cap (a walk of the sort order would read every
        // row when a lower level may see none of their incidents).
        if (noRegion) countPlan = planFor(true);
      } else {
        // Counting reads its set by key for longer than a page does (it stops at the cap, not at a page).
        const more = (await features.countTextHits(db, prepared, LIST_ROUTES.countWalkFrom)) ?? LIST_ROUTES.countWalkFrom;
        if (more + (text ? await victimsUpTo(LIST_ROUTES.countWalkFrom) : 0) < LIST_ROUTES.countWalkFrom && noRegion) countPlan = planFor(true);
      }
    }
    const r = await (setFirst
      ? sql<{ n: number }>`WITH matched AS MATERIALIZED (SELECT 1 FROM ${table} ${plan.whereSql}) SELECT count(*) AS n FROM (SELECT 1 FROM matched LIMIT ${cap + 1}) AS matches`
      : sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} ${countPlan.whereSql} LIMIT ${cap + 1}) AS matches`).execute(db);
    const n = Number(r.rows[0]?.n ?? 0);
    return { total: Math.min(n, cap), capped: n > cap };
  };
  const countsMatches = opts.count !== false && (plan.filtered || (kind !== "incident" && kind !== "person"));
  // A planner with statistics (PostgreSQL) has no count by key: its count does not depend on the page, and runs on
  // another connection of the pool while the page is read by month (1m, common words: 15–25 ms at p50 when it waited).
  // SQLite counts after the page: a short page is its own count, and its queries run one after another anyway.
  const early = stats && countsMatches && prepared && keyFilters ? countMatches() : null;
  // Settled by the count below, or left unread when the page is its own count.
  early?.catch(() => undefined);
  const byTextKey = prepared && keyFilters ? await features.pageByTextKey(db, prepared, keyVictims, keyVisible, dir, limit, offset, keyFilters) : null;
  const keys = byTextKey ? sql.join(byTextKey.map((n) => sql`${n}`)) : sql`SELECT ${key} FROM ${table} ${plan.whereSql} ORDER BY ${plan.orderBy} LIMIT ${limit} OFFSET ${offset}`;
  const rowsQuery = byTextKey
    ? sql<Record<string, unknown>>`SELECT incidents.* FROM incidents WHERE ${key} IN (${byTextKey.length ? keys : sql`NULL`}) ORDER BY start_date ${sql.raw(dir)}, ${key} ${sql.raw(dir)}`
    : sql<Record<string, unknown>>`SELECT ${table}.* FROM ${table} WHERE ${key} IN (${keys}) ORDER BY ${plan.orderBy}`;
  const countByKey = async (pageKeys: readonly (string | number)[], words: TextQuery, filters: TextKeyFilters): Promise<{ total: number; capped: boolean }> => {
    // Read in key order, a page short of its limit is the last one: the matches end there.
    if (pageKeys.length < limit && (pageKeys.length > 0 || offset === 0)) return { total: offset + pageKeys.length, capped: false };
    if (early) return early;
    const n = await features.countByTextKey(db, words, keyVictims, keyVisible, filters, cap + 1);
    return n !== null ? { total: Math.min(n, cap), capped: n > cap } : countMatches();
  };
  const counted: Promise<{ total: number; capped: boolean } | null> =
    opts.count === false ? Promise.resolve(null)
    : !plan.filtered && kind === "incident" ? visibleIncidents(ctx.store, visibleVisibilities(level)).then((total) => ({ total, capped: false }))
    : !plan.filtered && kind === "person" ? peopleByStatus(ctx.store, level, visibleVisibilities(level)).then((rows) => ({ total: rows.reduce((sum, r) => sum + r.n, 0), capped: false }))
    : byTextKey && prepared && keyFilters ? countByKey(byTextKey, prepared, keyFilters)
    : early ?? countMatches();
  // PostgreSQL estimates the OR of a text match and a list of victims far above what it matches and walks the date
  // index testing rows one by one (1m, "Usenov Talgat": 657 ms for 798 matches that the count read in 10 ms). Counted
  // first, a set below the cap is read whole from its indexes and sorted.
  const few = stats && kind === "incident" && !!named?.length ? await counted : null;
  const pageQuery = setFirst || (few && !few.capped)
    ? sql<Record<string, unknown>>`WITH matched AS MATERIALIZED (SELECT * FROM ${table} ${plan.whereSql})
        SELECT ${table}.* FROM matched AS ${table} ORDER BY ${plan.orderBy} LIMIT ${limit} OFFSET ${offset}`
    : rowsQuery;
  const [rows, count] = await Promise.all([pageQuery.execute(db), counted]);
  const recs = await rowsToRecords(db, kind, rows.rows);
  if (kind === "person") await attachStatus(db, recs, todayOf(ctx), level);
  await cutHiddenLinks(db, features, kind, recs, level);
  const items = recs.map((r) => present(kind, r, level));
  const total = count ?? { total: offset + items.length, capped: items.length === limit };
  return { items, total: total.total, ...(total.capped ? { totalCapped: true } : {}), limit, offset };
}

/**
 * Where a search changes how it reads. `pageWalkFrom`: matches from which a search page walks an index instead of
 * reading and sorting every match, and from which its count does. A row read by rowid cost about 200 index entries
 * walked (1m, shared machine: 800 matches of a name read in 35 ms); counting stops at 1,000 matches, so it reads them
 * by rowid for longer, up to `countWalkFrom` (100k: 2,300 matches counted in 2.3 ms by rowid, 12 ms walking). Words
 * estimated to match at most `setFirst` incidents (`setFirstFiltered` with filters) are read as a set first on
 * PostgreSQL (see setFirst). Tests lower them to take every route on a few incidents.
 */
export const LIST_ROUTES = { pageWalkFrom: 500, countWalkFrom: 20_000, setFirst: 10_000, setFirstFiltered: 100_000 };
/** Beyond this many people of a name, SQLite matches their keys in each query instead. */
const MANY_NAMED = 100_000;

/** Incidents of these people, counted from their index up to `cap`. */
async function incidentsOf(db: Db, features: DialectFeatures, people: readonly string[], cap: number): Promise<number> {
  if (!people.length) return 0;
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents WHERE victim_person_id IN (${peopleSet(people, features)}) LIMIT ${cap}) AS victims`.execute(db);
  return Number(r.rows[0]?.n ?? 0);
}

export async function captureContent(ctx: Ctx, id: string): Promise<{ mediaType: string; bytes: Uint8Array; sha256: string }> {
  // Captured text can name people whose names are withheld from public output, so it never leaves the team.
  assertCan(ctx.actor, "read_internal");
  const level = levelOf(ctx);
  const rec = await loadRecord(ctx.store.db, "capture", id);
  if (!rec || !(await isVisible(ctx.store.db, "capture", rec, level))) throw notFound("capture", id);
  const blob = await ctx.store.db.selectFrom("blobs").select(["content"]).where("sha256", "=", rec.sha256 as string).executeTakeFirstOrThrow();
  return { mediaType: rec.mediaType as string, bytes: blob.content, sha256: rec.sha256 as string };
}

export async function recordHistory(ctx: Ctx, kind: RecordKind, id: string): Promise<HistoryEntry[]> {
  assertCan(ctx.actor, "read_history");
  const entries = await historyOf(ctx.store.db, kind, id);
  if (!entries.length) throw notFound(kind, id);
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const users = actorIds.length ? await ctx.store.db.selectFrom("users").select(["id", "username"]).where("id", "in", actorIds).execute() : [];
  const usernames = new Map(users.map((u) => [u.id, u.username]));
  return entries.map((e) => ({
    seq: e.seq, at: e.at, actorId: e.actorId, actor: e.actorId === null ? null : usernames.get(e.actorId) ?? null,
    action: e.action, reason: e.reason, hash: e.hash, prevHash: e.prevHash,
    before: e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>),
    after: e.after === null ? null : (JSON.parse(e.after) as Record<string, unknown>),
  }));
}

