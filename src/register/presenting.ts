/**
 * What a reader sees of records read for them: a person's status from the columns of the reader's level, and links
 * to records the reader may not see cut. Single reads (service.ts) and lists (list.ts) both pass through here.
 */
import { sql } from "kysely";
import { visibleVisibilities, type AccessLevel } from "../auth/policy.js";
import { HELD_STATUSES } from "../incidents/index.js";
import type { Db, DialectFeatures, RecordKind } from "../store/index.js";
import { SHIELDED } from "../publish/index.js";
import type { Rec } from "./load.js";
import { statusColumns } from "./status-columns.js";

/** Links from a visible record to records the reader may not see are cut, so an id never leaks a hidden record. */
export async function cutHiddenLinks(db: Db, features: DialectFeatures, kind: RecordKind, recs: Rec[], level: AccessLevel): Promise<void> {
  if (level === "confidential" || !recs.length) return;
  if (level === "public" && kind === "incident") {
    // Free text about a pseudonymised or anonymous person tends to name them: it stays internal.
    const victims = [...new Set(recs.map((r) => r.victimPersonId).filter((v): v is string => typeof v === "string"))];
    const shielded = new Set<string>();
    for (let i = 0; i < victims.length; i += 500) {
      const rows = await db.selectFrom("people").select("id").where("id", "in", victims.slice(i, i + 500))
        .where("protection", "in", [...SHIELDED]).execute();
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

/** Status from the cached columns of the reader's level, with days held and overdue computed for today. */
export async function attachStatus(db: Db, people: Rec[], today: string, level: AccessLevel): Promise<void> {
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
