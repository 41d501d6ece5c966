/** The overview screen's figures: who is held, sentenced, missing or dead now, what is new, and what changed recently. */
import { sql } from "kysely";
import { accessLevel, can, visibleVisibilities } from "../auth/policy.js";
import type { Overview } from "../contract/responses.js";
import { HELD_STATUSES } from "../incidents/index.js";
import { todayOf, type Ctx } from "./context.js";
import { statusColumns } from "./status-columns.js";


export async function overview(ctx: Ctx): Promise<Overview> {
  const db = ctx.store.db;
  const level = accessLevel(ctx.actor);
  const vis = visibleVisibilities(level);
  const c = statusColumns(level);
  const st = sql.ref(c.status);
  const until = sql.ref(c.until);
  const today = todayOf(ctx);
  const now = ctx.now().getTime();
  const visList = sql.join(vis.map((x) => sql`${x}`));
  const held = sql.join(HELD_STATUSES.map((s) => sql`${s}`));
  const people = await sql<{ held: number; serving: number; missing: number; dead: number; overdue: number }>`
    SELECT
      count(CASE WHEN ${st} IN (${held}) THEN 1 END) AS held,
      count(CASE WHEN ${st} = 'serving_sentence' THEN 1 END) AS serving,
      count(CASE WHEN ${st} = 'missing' THEN 1 END) AS missing,
      count(CASE WHEN ${st} = 'dead' THEN 1 END) AS dead,
      count(CASE WHEN ${st} IN (${held}) AND ${until} < ${today} THEN 1 END) AS overdue
    FROM people WHERE merged_into IS NULL AND visibility IN (${visList})`.execute(db);
  const since = (ms: number) => new Date(now - ms).toISOString();
  // Three counts that each read one index (see migration 0002), rather than one pass over every incident row.
  const visible = sql`visibility IN (${visList})`;
  const incidents = await sql<{ d1: number; d7: number; total: number }>`
    SELECT (SELECT count(*) FROM incidents WHERE created_at >= ${since(86_400_000)} AND ${visible}) AS d1,
           (SELECT count(*) FROM incidents WHERE created_at >= ${since(7 * 86_400_000)} AND ${visible}) AS d7,
           (SELECT count(*) FROM incidents WHERE ${visible}) AS total`.execute(db);
  const recent = can(ctx.actor, "read_history")
    ? await db.selectFrom("audit_log").leftJoin("users", "users.id", "audit_log.actor_id")
      .select(["audit_log.seq", "audit_log.at", "audit_log.action", "audit_log.entity_type", "audit_log.entity_id", "users.username"])
      .where("audit_log.entity_type", "<>", "place").orderBy("audit_log.seq", "desc").limit(15).execute()
    : [];
  const p = people.rows[0]!;
  const i = incidents.rows[0]!;
  return {
    asOf: ctx.now().toISOString(),
    held: Number(p.held), servingSentence: Number(p.serving), missing: Number(p.missing), dead: Number(p.dead), releaseOverdue: Number(p.overdue),
    newIncidents24h: Number(i.d1), newIncidents7d: Number(i.d7), incidentsTotal: Number(i.total),
    recentChanges: recent.map((r) => ({ seq: Number(r.seq), at: r.at, action: r.action, entityType: r.entity_type, entityId: r.entity_id, actor: r.username ?? null })),
  };
}
