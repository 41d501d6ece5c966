/** Reading a person as the person page needs it, and finding existing people who may be the one being entered. */
import { sql } from "kysely";
import { accessLevel, visibleVisibilities } from "../auth/policy.js";
import { comparePeople, nameKeys, type MatchResult, type NameContext } from "../match/index.js";
import type { Ctx } from "./context.js";
import type { Rec } from "./load.js";
import { listRecords } from "./list.js";
import { getMany, getRecord } from "./service.js";

export interface Timeline {
  person: Rec;
  incidents: Rec[];
  proceedings: Rec[];
  claims: (Rec & { source: Rec | null })[];
}

export async function personTimeline(ctx: Ctx, id: string): Promise<Timeline> {
  const person = await getRecord(ctx, "person", id);
  // Pages without counts: the person page shows the records, not how many there are.
  const noCount = { count: false };
  const [incidents, proceedings] = await Promise.all([
    listRecords(ctx, "incident", { personId: id, limit: 500, offset: 0, order: "asc", sort: "startDate" }, noCount).then((p) => p.items),
    listRecords(ctx, "proceeding", { personId: id, limit: 500, offset: 0, order: "asc" }, noCount).then((p) => p.items),
  ]);
  // The claims about each record, oldest first, at most 100 per record: read in one query, then grouped in record order.
  const subjects = [...[...incidents, ...proceedings].map((r) => r.id as string), id];
  const limit = 100 * subjects.length;
  let found = (await listRecords(ctx, "claim", { subjectIds: subjects, limit, offset: 0, order: "asc" }, noCount)).items;
  // A full page means some record has over 100 claims and may have crowded out another's: read record by record then.
  if (found.length === limit) {
    found = [];
    for (const subjectId of subjects) found.push(...(await listRecords(ctx, "claim", { subjectId, limit: 100, offset: 0, order: "asc" }, noCount)).items);
  }
  const bySubject = new Map<string, Rec[]>();
  for (const c of found) {
    const list = bySubject.get(c.subjectId as string) ?? [];
    if (list.length < 100) list.push(c);
    bySubject.set(c.subjectId as string, list);
  }
  const claims = subjects.flatMap((s) => bySubject.get(s) ?? []);
  const sources = new Map((await getMany(ctx, "source", [...new Set(claims.map((c) => c.sourceId as string))])).map((s) => [s.id as string, s]));
  return { person, incidents, proceedings, claims: claims.map((c) => ({ ...c, source: sources.get(c.sourceId as string) ?? null })) };
}

export interface Candidate extends MatchResult { person: Rec }

/**
 * People already in the register who may be `name`: blocking on shared name keys (an indexed lookup, never a scan),
 * then a scored comparison with reasons. Different people are left out; "same" and "possible" are returned.
 */
export async function findCandidates(ctx: Ctx, name: string, context: NameContext = {}, limit = 10): Promise<Candidate[]> {
  const keys = nameKeys(name);
  if (!keys.length) return [];
  const vis = visibleVisibilities(accessLevel(ctx.actor));
  const rows = await sql<{ person_id: string; shared: number }>`
    SELECT k.person_id, count(*) AS shared FROM person_name_keys k JOIN people p ON p.id = k.person_id
    WHERE k.key IN (${sql.join(keys.map((k) => sql`${k}`))}) AND p.merged_into IS NULL AND p.visibility IN (${sql.join(vis.map((v) => sql`${v}`))})
    GROUP BY k.person_id ORDER BY shared DESC, k.person_id LIMIT 200`.execute(ctx.store.db);
  const people = await getMany(ctx, "person", rows.rows.map((r) => r.person_id));
  const out: Candidate[] = [];
  for (const p of people) {
    const names = ((p.names as Rec[]) ?? []).map((n) => String(n.value));
    const r = comparePeople({ ...context, names: [name] }, { names, sex: p.sex === "female" || p.sex === "male" ? p.sex : null });
    if (r.outcome !== "different") out.push({ ...r, person: p });
  }
  out.sort((a, b) => (a.outcome === b.outcome ? b.score - a.score : a.outcome === "same" ? -1 : 1));
  return out.slice(0, limit);
}
