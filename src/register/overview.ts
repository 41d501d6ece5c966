/** The overview screen's figures: who is held, sentenced, missing or dead now, what is new, and what changed recently. */
import { sql } from "kysely";
import { accessLevel, can, visibleVisibilities } from "../auth/policy.js";
import type { Overview } from "../contract/responses.js";
import { HELD_STATUSES } from "../incidents/index.js";
import { todayOf, type Ctx } from "./context.js";
import { COUNT_CAP, peopleByStatus, visibleIncidents } from "./counts.js";

export async function overview(ctx: Ctx): Promise<Overview> {
  const db = ctx.store.db;
  const level = accessLevel(ctx.actor);
  const vis = visibleVisibilities(level);
  const today = todayOf(ctx);
  const now = ctx.now().getTime();
  const visList = sql.join(vis.map((x) => sql`${x}`));
  const visible = sql`visibility IN (${visList})`;
  // Who is held, sentenced, missing or dead: the kept counts of the level's status columns (counts.ts); "overdue" is
  // relative to today, so it is summed here from the counts by release date.
  const totals = peopleByStatus(ctx.store, level, vis).then((rows) => {
    const p = { held: 0, serving: 0, missing: 0, dead: 0, overdue: 0 };
    for (const r of rows) {
      if ((HELD_STATUSES as readonly string[]).includes(r.status)) {
        p.held += r.n;
        if (r.until !== "" && r.until < today) p.overdue += r.n;
      }
      // Serving a sentence is also held.
      if (r.status === "serving_sentence") p.serving += r.n;
      else if (r.status === "missing") p.missing += r.n;
      else if (r.status === "dead") p.dead += r.n;
    }
    return p;
  });
  // What is new moves with the clock, so it is counted each time, from the created_at index, up to a cap: after a bulk
  // import every incident is new, and "10,000+" says as much as the exact figure.
  const since = (ms: number) => new Date(now - ms).toISOString();
  const recentCount = (ms: number) =>
    sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents WHERE created_at >= ${since(ms)} AND ${visible} LIMIT ${COUNT_CAP + 1}) AS recent`
      .execute(db).then((r) => Number(r.rows[0]?.n ?? 0));
  const recent = can(ctx.actor, "read_history")
    ? db.selectFrom("audit_log").leftJoin("users", "users.id", "audit_log.actor_id")
      .select(["audit_log.seq", "audit_log.at", "audit_log.action", "audit_log.entity_type", "audit_log.entity_id", "users.username"])
      .where("audit_log.entity_type", "<>", "place").orderBy("audit_log.seq", "desc").limit(15).execute()
    : Promise.resolve([]);
  const [p, total, d1, d7, changes] = await Promise.all([totals, visibleIncidents(ctx.store, vis), recentCount(86_400_000), recentCount(7 * 86_400_000), recent]);
  return {
    asOf: ctx.now().toISOString(),
    held: Number(p.held), servingSentence: Number(p.serving), missing: Number(p.missing), dead: Number(p.dead), releaseOverdue: Number(p.overdue),
    newIncidents24h: Math.min(d1, COUNT_CAP), newIncidents7d: Math.min(d7, COUNT_CAP), incidentsTotal: total,
    ...(d1 > COUNT_CAP ? { newIncidents24hCapped: true } : {}),
    ...(d7 > COUNT_CAP ? { newIncidents7dCapped: true } : {}),
    recentChanges: changes.map((r) => ({ seq: Number(r.seq), at: r.at, action: r.action, entityType: r.entity_type, entityId: r.entity_id, actor: r.username ?? null })),
  };
}
