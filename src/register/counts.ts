/**
 * Counting without reading an unbounded set on every request.
 * - Capped: a filtered list or a search counts at most COUNT_CAP rows past its offset and then reports "at least".
 * - Per state: counts that do need every row (all incidents a reader may see, the overview) are kept for one state of
 *   the register, identified by the audit chain's head: every audited write, in any process, moves `max(seq)`, and
 *   one indexed read of it is all a cached count costs. Entries are per access level (the caller puts the level in the
 *   key), so a count of records one level may not see is never served to it.
 */
import { CompiledQuery, sql } from "kysely";
import type { Store } from "../store/index.js";

/** Beyond this many matches past the page, a list reports `totalCapped` instead of counting on. */
export const COUNT_CAP = 10_000;
/**
 * A search's matches are tested row by row (visibility, filters) while counted: at a million incidents 10,000 of them
 * cost more than the page itself (PostgreSQL, 100k: 92 ms vs 1.3 ms), so a search says "1,000+".
 */
export const SEARCH_COUNT_CAP = 1_000;

interface StateCache { head: number; values: Map<string, unknown> }
const caches = new WeakMap<Store, StateCache>();
/** Keys are access level × kind (× day): a few dozen at most; the bound only guards against a caller's mistake. */
const MAX_ENTRIES = 256;

/** Same text on both dialects, built once: the head is read on every request, so it skips Kysely's query building. */
const HEAD_QUERY = CompiledQuery.raw("SELECT max(seq) AS head FROM audit_log");

/** The audit chain's head: every audited write in any process (records, users, tokens) moves it, in commit order. */
export async function auditHead(store: Store): Promise<number> {
  const r = await store.db.executeQuery<{ head: number | string | null }>(HEAD_QUERY);
  return Number(r.rows[0]?.head ?? 0);
}

/** `compute`'s value for this state of the register; computed again after any audited write. */
export async function perState<T>(store: Store, key: string, compute: () => Promise<T>): Promise<T> {
  // The head is read before the value: a write committed in between moves the head, so the next call recomputes.
  const head = await auditHead(store);
  let cache = caches.get(store);
  if (!cache || cache.head !== head) caches.set(store, (cache = { head, values: new Map() }));
  if (cache.values.has(key)) return cache.values.get(key) as T;
  const value = await compute();
  if (cache.values.size >= MAX_ENTRIES) cache.values.clear();
  cache.values.set(key, value);
  return value;
}

/**
 * Incidents of the given visibilities: one pass over an index counts every visibility at once, so the first reader of
 * each level after a write does not scan again.
 */
export async function visibleIncidents(store: Store, visibilities: readonly string[]): Promise<number> {
  const byVisibility = await perState(store, "incidents-by-visibility", async () => {
    const r = await sql<{ visibility: string; n: number }>`SELECT visibility, count(*) AS n FROM incidents GROUP BY visibility`.execute(store.db);
    return new Map(r.rows.map((row) => [row.visibility, Number(row.n)]));
  });
  return visibilities.reduce((sum, v) => sum + (byVisibility.get(v) ?? 0), 0);
}
