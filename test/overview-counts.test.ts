/**
 * The overview's and the unfiltered lists' totals come from counts the database keeps in each write (migration 0004):
 * after creates, status changes, visibility changes, a merge, its undoing and deletes they equal a count of the rows,
 * for every access level, and a level never counts what it may not see.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, accessLevel, visibleVisibilities, type Actor } from "../src/auth/policy.js";
import { HELD_STATUSES } from "../src/incidents/index.js";
import { createRecord, deleteRecord, listRecords, mergePeople, overview, unmergePeople, updateRecord, type Rec } from "../src/register/index.js";
import { statusColumns } from "../src/register/status-columns.js";
import { EDITOR, MONITOR, VIEWER } from "./helpers/actors.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

describe.each(BACKENDS)("kept counts on $name", (backend) => {
  let v: TestVigil;
  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
  });
  afterAll(async () => v?.dispose());

  /** The overview's people figures and the totals, counted from the rows as the overview did before the kept counts. */
  async function recount(actor: Actor) {
    const level = accessLevel(actor);
    const c = statusColumns(level);
    const vis = sql.join(visibleVisibilities(level).map((x) => sql`${x}`));
    const held = sql.join(HELD_STATUSES.map((s) => sql`${s}`));
    const today = CRISIS_NOW().toISOString().slice(0, 10);
    const st = sql.ref(c.status);
    const r = await sql<Record<string, number | string>>`SELECT
        count(CASE WHEN ${st} IN (${held}) THEN 1 END) AS held,
        count(CASE WHEN ${st} = 'serving_sentence' THEN 1 END) AS serving,
        count(CASE WHEN ${st} = 'missing' THEN 1 END) AS missing,
        count(CASE WHEN ${st} = 'dead' THEN 1 END) AS dead,
        count(CASE WHEN ${st} IN (${held}) AND ${sql.ref(c.until)} < ${today} THEN 1 END) AS overdue,
        count(*) AS people
      FROM people WHERE merged_into IS NULL AND visibility IN (${vis})`.execute(v.store.db);
    const i = await sql<{ n: number | string }>`SELECT count(*) AS n FROM incidents WHERE visibility IN (${vis})`.execute(v.store.db);
    const row = r.rows[0]!;
    return {
      held: Number(row.held), servingSentence: Number(row.serving), missing: Number(row.missing), dead: Number(row.dead),
      releaseOverdue: Number(row.overdue), people: Number(row.people), incidentsTotal: Number(i.rows[0]!.n),
    };
  }
  async function kept(actor: Actor) {
    const o = await overview(v.ctx(actor));
    const people = (await listRecords(v.ctx(actor), "person", { limit: 1 })).total;
    const incidents = (await listRecords(v.ctx(actor), "incident", { limit: 1 })).total;
    expect(incidents).toBe(o.incidentsTotal);
    return { held: o.held, servingSentence: o.servingSentence, missing: o.missing, dead: o.dead, releaseOverdue: o.releaseOverdue, people, incidentsTotal: o.incidentsTotal };
  }
  const agree = async (step: string) => {
    for (const actor of [MONITOR, VIEWER, ANONYMOUS]) expect(await kept(actor), `${step}, ${accessLevel(actor)}`).toEqual(await recount(actor));
  };

  it("equal a recount after every kind of write, for every level", async () => {
    const m = v.ctx(EDITOR);
    const person = (value: string, visibility: string) => createRecord(m, "person", {
      names: [{ value, lang: "en", kind: "official" }], sex: "female", visibility, protection: "public_figure",
    });
    const incident = (victim: Rec, fields: Rec) => createRecord(m, "incident", {
      type: "detention", startDate: "2022-01-06", perpetrators: [{ label: "police" }], victimPersonId: victim.id, visibility: "public", ...fields,
    });
    await agree("empty");
    const a = await person("Aigerim Testova", "public");
    const b = await person("Aigerim Testova", "internal");
    const c = await person("Dana Primerova", "confidential");
    const d = await person("Saule Obraztsova", "public");
    await agree("people");
    // Held publicly; held with a release date passed, seen only internally; missing, seen only confidentially.
    await incident(a, { type: "administrative_arrest", endDate: "2022-01-08" });
    const hidden = await incident(b, { type: "administrative_arrest", endDate: "2022-01-07", visibility: "internal" });
    await incident(c, { type: "enforced_disappearance", visibility: "confidential" });
    const conf = await incident(d, { visibility: "confidential" });
    await agree("incidents");
    await updateRecord(m, "incident", hidden.id as string, { visibility: "public" });
    await updateRecord(m, "person", d.id as string, { visibility: "internal" });
    await agree("visibility changes");
    await updateRecord(m, "incident", hidden.id as string, { type: "fine" });
    await agree("status change");
    const { merge } = await mergePeople(m, { targetId: b.id as string, mergedId: a.id as string, reason: "one person, two entries" });
    await agree("merge");
    await unmergePeople(m, merge.id, "two people after all");
    await agree("merge undone");
    await deleteRecord(m, "incident", conf.id as string);
    await deleteRecord(m, "person", d.id as string);
    await agree("deletes");
    const o = await overview(v.ctx(ANONYMOUS));
    expect(o.incidentsTotal).toBeLessThan((await overview(v.ctx(MONITOR))).incidentsTotal);
  });
});
