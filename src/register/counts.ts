/**
 * Counting without reading an unbounded set on every request.
 * - Capped: a filtered list or a search counts at most COUNT_CAP rows past its offset and then reports "at least".
 * - Kept: counts that need every row (all incidents a reader may see, all people, the overview's statuses) are read
 *   from overview_counts, which triggers keep exact in the transaction of every write (migration 0004), so the first
 *   reader after a write pays what every other reader pays. Each row is one visibility (and, for people, one status of
 *   one access level's columns); a reader sums only the visibilities of its level from its level's columns, so a
 *   restricted record is never counted into a lower level.
 */
import { CompiledQuery } from "kysely";
import type { AccessLevel } from "../auth/policy.js";
import type { Store } from "../store/index.js";
import { statusColumns } from "./status-columns.js";

/** Beyond this many matches past the page, a list reports `totalCapped` instead of counting on. */
export const COUNT_CAP = 10_000;
/**
 * A search's matches are tested row by row (visibility, filters) while counted: at a million incidents 10,000 of them
 * cost more than the page itself (PostgreSQL, 100k: 92 ms vs 1.3 ms), so a search says "1,000+".
 */
export const SEARCH_COUNT_CAP = 1_000;

/** Same text on both dialects, built once: the head is read on every request, so it skips Kysely's query building. */
const HEAD_QUERY = CompiledQuery.raw("SELECT max(seq) AS head FROM audit_log");

/** The audit chain's head: every audited write in any process (records, users, tokens) moves it, in commit order. */
export async function auditHead(store: Store): Promise<number> {
  const r = await store.db.executeQuery<{ head: number | string | null }>(HEAD_QUERY);
  return Number(r.rows[0]?.head ?? 0);
}

/** Incidents of the given visibilities, from the kept counts. */
export async function visibleIncidents(store: Store, visibilities: readonly string[]): Promise<number> {
  const r = await store.db.selectFrom("overview_counts").select((eb) => eb.fn.sum<number | string>("n").as("n"))
    .where("subject", "=", "incident").where("visibility", "in", visibilities).executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** Unmerged people of the given visibilities by status and status-until ('' for none) as `level` sees them. */
export async function peopleByStatus(
  store: Store, level: AccessLevel, visibilities: readonly string[],
): Promise<{ status: string; until: string; n: number }[]> {
  const rows = await store.db.selectFrom("overview_counts").select(["status", "until", (eb) => eb.fn.sum<number | string>("n").as("n")])
    .where("subject", "=", `person:${statusColumns(level).status}`).where("visibility", "in", visibilities)
    .groupBy(["status", "until"]).execute();
  return rows.map((r) => ({ status: r.status, until: r.until, n: Number(r.n) })).filter((r) => r.n !== 0);
}
