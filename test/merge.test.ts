/** The merge queue, merge and unmerge with provenance, on every backend. All people here are fictional. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import {
  createRecord, deleteRecord, exportAll, findDuplicates, getRecord, listMergeCandidates, listMerges, listRecords, mergePeople, recordHistory,
  rejectCandidate, unmergePeople, updateRecord, verifyIntegrity, type Rec,
} from "../src/register/index.js";
import { EDITOR, MONITOR, VIEWER } from "./helpers/actors.js";
import { startApi, type Api } from "./helpers/api.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

const person = (v: TestVigil, names: string[], extra: Rec = {}) =>
  createRecord(v.ctx(SYSTEM), "person", { names: names.map((value) => ({ value })), visibility: "internal", ...extra });

const pairOf = (c: { personA: Rec | null; personB: Rec | null }) => [c.personA?.id, c.personB?.id].sort().join("|");
const pair = (a: Rec, b: Rec) => [a.id, b.id].sort().join("|");

/** Exports compare equal up to the bookkeeping a merge and its undo necessarily advance. */
function normalised(data: Awaited<ReturnType<typeof exportAll>>): unknown {
  const out: Record<string, unknown[]> = {};
  for (const [kind, recs] of Object.entries(data.records)) {
    out[kind] = (recs as Rec[]).map(({ version: _v, updatedAt: _u, ...rest }) => rest);
  }
  return out;
}

async function pending(v: TestVigil) {
  return (await listMergeCandidates(v.ctx(EDITOR), { status: "pending", limit: 200, offset: 0 })).items;
}

describe.each(BACKENDS)("merge queue on $name", (backend) => {
  let v: TestVigil;
  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
  });
  afterAll(async () => v?.dispose());

  it("proposes spellings of one person across scripts, never a father and daughter or two brothers, and never a rejected pair again", async () => {
    const nurlanKk = await person(v, ["Жұмабаев Нұрлан"], { sex: "male" });
    const nurlanEn = await person(v, ["Nurlan Zhumabayev"]);
    const aliya = await person(v, ["Жұмабаева Әлия"], { sex: "female" });
    const erlan = await person(v, ["Жұмабаев Ерлан Серікұлы"]);
    const nurlanPatr = await person(v, ["Жұмабаев Нұрлан Серікұлы"], { birthDate: "1990-03-02", birthDatePrecision: "day" });
    const aigerimKk = await person(v, ["Сейтқали Айгерім"]);
    const aigerimEn = await person(v, ["Aigerim Seitkali"]);
    await person(v, ["Оспанов Бекзат"]);
    // Known by surname and initial only: shares one word with every Жұмабаев, so at most "possible".
    const initialOnly = await person(v, ["Жұмабаев Н."]);

    const scan = await findDuplicates(v.ctx(EDITOR));
    expect(scan.people).toBe(9);
    expect(scan.proposed).toBeGreaterThanOrEqual(2);
    const queue = await pending(v);
    const pairs = queue.map(pairOf);
    expect(pairs).toContain(pair(nurlanKk, nurlanEn));
    expect(pairs).toContain(pair(aigerimKk, aigerimEn));
    // Same surname, different people: a daughter, a brother (same patronymic), none is proposed.
    for (const other of [nurlanKk, nurlanEn, nurlanPatr]) {
      expect(pairs).not.toContain(pair(other, aliya));
      expect(pairs).not.toContain(pair(other, erlan));
    }
    expect(queue.find((c) => pairOf(c) === pair(nurlanKk, initialOnly))?.outcome).toBe("possible");
    expect(pairs).not.toContain(pair(initialOnly, aliya));
    expect(pairs).not.toContain(pair(initialOnly, erlan));
    const kk = queue.find((c) => pairOf(c) === pair(nurlanKk, nurlanEn))!;
    expect(kk.outcome).toBe("same");
    expect(kk.score).toBeGreaterThanOrEqual(0.8);
    expect(kk.reasons.join(" ")).toMatch(/family name/);
    // The queue stores the English phrases; the view reads them back as the codes the web app translates.
    expect(kk.reasonCodes.map((r) => r.code)).toEqual(expect.arrayContaining(["family_equal", "given_equal"]));
    expect(kk.reasonCodes.map((r) => r.code)).not.toContain("other");
    expect(kk.personA?.names).toBeDefined();
    // Best evidence first.
    expect(queue.map((c) => c.score)).toEqual([...queue.map((c) => c.score)].sort((a, b) => b - a));

    // Scanning again changes nothing.
    const again = await findDuplicates(v.ctx(EDITOR));
    expect(again.proposed + again.refreshed + again.withdrawn).toBe(0);

    const ai = queue.find((c) => pairOf(c) === pair(aigerimKk, aigerimEn))!;
    const rejected = await rejectCandidate(v.ctx(MONITOR), ai.id, "two women of the same name, different towns");
    expect(rejected.status).toBe("rejected");
    expect(rejected.decidedBy).toBe(MONITOR.kind === "user" ? MONITOR.id : null);
    await expect(rejectCandidate(v.ctx(MONITOR), ai.id, "again")).rejects.toMatchObject({ code: "conflict" });
    const third = await findDuplicates(v.ctx(EDITOR));
    expect(third.proposed).toBe(0);
    expect(third.alreadyDecided).toBeGreaterThanOrEqual(1);
    expect((await pending(v)).map(pairOf)).not.toContain(pair(aigerimKk, aigerimEn));
    const rejectedList = await listMergeCandidates(v.ctx(EDITOR), { status: "rejected", limit: 10, offset: 0 });
    expect(rejectedList.items.map((c) => c.decisionReason)).toContain("two women of the same name, different towns");

    await expect(findDuplicates(v.ctx(VIEWER))).rejects.toMatchObject({ code: "forbidden" });
    await expect(listMergeCandidates(v.ctx(VIEWER), { limit: 10, offset: 0 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("merges names, incidents, proceedings, interventions and claims, recomputes status, and unmerges exactly", async () => {
    const ctx = v.ctx(EDITOR);
    const target = await person(v, ["Сәрсенбаев Қайрат"], { sex: "male" });
    const merged = await person(v, ["Kairat Sarsenbayev", "Сарсенбаев Кайрат"], { roles: ["journalist"] });
    const officer = await person(v, ["Бекмұратов Дәурен"]);
    const witness = await person(v, ["Kairat Sarsenbaev"], { visibility: "confidential", protection: "pseudonymised", publicLabel: "Witness K." });
    const source = await createRecord(ctx, "source", { publisher: "Steppe Courier", reliability: "B", visibility: "internal" });
    const detention = await createRecord(ctx, "incident", {
      type: "detention", victimPersonId: merged.id, startDate: "2022-01-06", visibility: "internal", perpetrators: [{ label: "police" }],
    });
    // The merged person as a perpetrator too (a name mix-up in an earlier entry), next to another perpetrator.
    const beating = await createRecord(ctx, "incident", {
      type: "beating", victimPersonId: officer.id, startDate: "2022-01-07", visibility: "internal",
      perpetrators: [{ personId: officer.id }, { personId: merged.id }],
    });
    const proceeding = await createRecord(ctx, "proceeding", { personId: merged.id, incidentId: detention.id, charges: [{ article: "272" }], chargeStatus: "pending", visibility: "internal" });
    const intervention = await createRecord(ctx, "intervention", { kind: "statement", byWhom: "Free Press Watch", personId: merged.id, date: "2022-01-08", visibility: "internal" });
    const claim = await createRecord(ctx, "claim", { sourceId: source.id, subjectType: "person", subjectId: merged.id, field: "occupation", value: "reporter", credibility: 2, visibility: "internal" });

    expect(((await getRecord(ctx, "person", target.id as string)).status as Rec).status).toBe("unknown");
    await findDuplicates(ctx);
    const candidate = (await pending(v)).find((c) => pairOf(c) === pair(target, merged));
    expect(candidate?.outcome).toBe("same");
    const before = normalised(await exportAll(ctx));

    await expect(mergePeople(v.ctx(MONITOR), { targetId: target.id as string, mergedId: merged.id as string, reason: "one person" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(mergePeople(ctx, { targetId: target.id as string, mergedId: target.id as string, reason: "self" })).rejects.toMatchObject({ code: "bad_request" });
    // A confidential or pseudonymised person's names never surface on a more widely shown record.
    await expect(mergePeople(ctx, { targetId: target.id as string, mergedId: witness.id as string, reason: "same" })).rejects.toMatchObject({ code: "conflict" });

    const { merge, target: after } = await mergePeople(ctx, { targetId: target.id as string, mergedId: merged.id as string, reason: "same reporter, two spellings", candidateId: candidate!.id });
    expect((after.names as Rec[]).map((n) => n.value)).toEqual(["Сәрсенбаев Қайрат", "Kairat Sarsenbayev", "Сарсенбаев Кайрат"]);
    expect(after.roles).toEqual(["journalist"]);
    expect((after.status as Rec).status).toBe("detained");
    expect(merge.moved).toMatchObject({
      incidents: [detention.id], perpetrators: [{ incidentId: beating.id, index: 1 }], proceedings: [proceeding.id], interventions: [intervention.id], claims: [claim.id], roles: ["journalist"],
    });
    expect(merge.score).toBe(candidate!.score);
    expect(merge.decidedBy).toBe(EDITOR.kind === "user" ? EDITOR.id : null);
    expect((await getRecord(ctx, "incident", detention.id as string)).victimPersonId).toBe(target.id);
    expect(((await getRecord(ctx, "incident", beating.id as string)).perpetrators as Rec[]).map((p) => p.personId)).toEqual([officer.id, target.id]);
    expect((await getRecord(ctx, "proceeding", proceeding.id as string)).personId).toBe(target.id);
    expect((await getRecord(ctx, "intervention", intervention.id as string)).personId).toBe(target.id);
    expect((await getRecord(ctx, "claim", claim.id as string)).subjectId).toBe(target.id);
    // The tombstone still resolves, pointing at the target; lists and search lead to the target only.
    const tomb = await getRecord(ctx, "person", merged.id as string);
    expect(tomb.mergedInto).toBe(target.id);
    for (const q of ["Sarsenbayev", "Сарсенбаев Кайрат", "Сәрсенбаев"]) {
      const found = (await listRecords(ctx, "person", { q, limit: 50, offset: 0 })).items.map((p) => p.id);
      expect(found, q).toContain(target.id);
      expect(found, q).not.toContain(merged.id);
    }
    expect((await verifyIntegrity(v.store)).problems).toEqual([]);
    expect((await recordHistory(ctx, "person", target.id as string)).at(-1)).toMatchObject({ action: "merge", reason: "same reporter, two spellings" });
    expect((await recordHistory(ctx, "incident", detention.id as string)).at(-1)?.action).toBe("update");
    const decided = await listMergeCandidates(ctx, { status: "merged", limit: 10, offset: 0 });
    expect(decided.items.find((c) => c.id === candidate!.id)).toMatchObject({ status: "merged", mergeId: merge.id });
    expect((await listMerges(ctx, { personId: merged.id as string, limit: 10, offset: 0 })).items.map((m) => m.id)).toEqual([merge.id]);

    // A merged person is never proposed again, nor is the decided pair.
    await findDuplicates(ctx);
    expect((await pending(v)).flatMap((c) => [c.personA?.id, c.personB?.id])).not.toContain(merged.id);
    await expect(mergePeople(ctx, { targetId: merged.id as string, mergedId: officer.id as string, reason: "into a tombstone" })).rejects.toMatchObject({ code: "conflict" });
    // New facts cannot land on the tombstone, and the tombstone itself is not edited.
    await expect(createRecord(ctx, "incident", { type: "detention", victimPersonId: merged.id })).rejects.toMatchObject({ code: "validation_failed", message: expect.stringMatching(/merged into/) });
    await expect(updateRecord(ctx, "person", merged.id as string, { occupation: "editor" })).rejects.toMatchObject({ code: "conflict" });

    await expect(unmergePeople(v.ctx(MONITOR), merge.id, "wrong")).rejects.toMatchObject({ code: "forbidden" });
    const undone = await unmergePeople(ctx, merge.id, "the court documents name two men");
    expect(undone.merge.undoneAt).toBeTruthy();
    expect(undone.person.mergedInto).toBeNull();
    expect(normalised(await exportAll(ctx))).toEqual(before);
    expect(((await getRecord(ctx, "person", target.id as string)).status as Rec).status).toBe("unknown");
    expect(((await getRecord(ctx, "person", merged.id as string)).status as Rec).status).toBe("detained");
    expect((await verifyIntegrity(v.store)).problems).toEqual([]);
    expect((await recordHistory(ctx, "person", merged.id as string)).map((e) => e.action)).toEqual(["create", "merge", "unmerge"]);
    await expect(unmergePeople(ctx, merge.id, "twice")).rejects.toMatchObject({ code: "conflict" });
    // Undoing a merge is a decision too: the pair stays out of the queue.
    await findDuplicates(ctx);
    expect((await pending(v)).map(pairOf)).not.toContain(pair(target, merged));
  });

  it("refuses an unmerge that is no longer safe, and keeps the history verifiable", async () => {
    const ctx = v.ctx(EDITOR);
    const a = await person(v, ["Төлеубекова Гүлнар"]);
    const b = await person(v, ["Gulnar Toleubekova"]);
    const c = await person(v, ["Тулеубекова Гульнар"]);
    const incident = await createRecord(ctx, "incident", { type: "summons", victimPersonId: b.id, startDate: "2022-01-09", visibility: "internal" });
    const first = await mergePeople(ctx, { targetId: a.id as string, mergedId: b.id as string, reason: "same woman" });
    await deleteRecord(ctx, "incident", incident.id as string, { reason: "entered in error" });
    await expect(unmergePeople(ctx, first.merge.id, "undo")).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/deleted since/) });

    // A target merged again must be unmerged from the later merge first.
    const second = await mergePeople(ctx, { targetId: c.id as string, mergedId: a.id as string, reason: "same woman again" });
    const third = await person(v, ["Ахметова Сәуле"]);
    await expect(mergePeople(ctx, { targetId: a.id as string, mergedId: third.id as string, reason: "into a tombstone" })).rejects.toMatchObject({ code: "conflict" });
    expect((await getRecord(ctx, "person", c.id as string)).names).toHaveLength(3);
    await expect(unmergePeople(ctx, first.merge.id, "undo")).rejects.toMatchObject({ code: "conflict", message: expect.stringMatching(/undo that merge first/) });
    await unmergePeople(ctx, second.merge.id, "too quick");
    expect((await getRecord(ctx, "person", c.id as string)).names).toHaveLength(1);
    expect((await getRecord(ctx, "person", a.id as string)).names).toHaveLength(2);
    await expect(unmergePeople(ctx, first.merge.id, "undo")).rejects.toMatchObject({ code: "conflict" });
    expect((await verifyIntegrity(v.store)).problems).toEqual([]);
  });
  it("lets a person waiting in the queue be deleted, but keeps a merged person as the record of the merge", async () => {
    const ctx = v.ctx(EDITOR);
    const a = await person(v, ["Қалиев Ерболат"]);
    const b = await person(v, ["Yerbolat Kaliyev"]);
    const c = await person(v, ["Kaliev Erbolat"]);
    await findDuplicates(ctx);
    expect((await pending(v)).map(pairOf)).toContain(pair(a, b));
    await deleteRecord(ctx, "person", b.id as string, { reason: "entered by mistake" });
    expect((await pending(v)).map(pairOf)).not.toContain(pair(a, b));
    await mergePeople(ctx, { targetId: a.id as string, mergedId: c.id as string, reason: "same man" });
    await expect(deleteRecord(ctx, "person", c.id as string)).rejects.toMatchObject({ code: "conflict" });
    expect((await verifyIntegrity(v.store)).problems).toEqual([]);
  });
});

describe.each(BACKENDS)("merge queue over HTTP on $name", (backend) => {
  let api: Api;
  beforeAll(async () => {
    api = await startApi(backend, CRISIS_NOW);
  });
  afterAll(async () => api?.close());

  it("scans, lists, rejects, merges and undoes through the API, with the policy enforced", async () => {
    const mk = async (value: string) => (await api.call("editor", "POST", "/api/v1/people", { names: [{ value }], visibility: "internal" })).json as Rec;
    const a = await mk("Нұрлан Әбдірахманов");
    const b = await mk("Nurlan Abdrakhmanov");
    const c = await mk("Даурен Исабеков");
    const d = await mk("Dauren Isabekov");

    expect((await api.call("viewer", "POST", "/api/v1/people/duplicates/scan")).status).toBe(403);
    expect((await api.call("anonymous", "GET", "/api/v1/people/duplicates")).status).toBe(401);
    const scan = await api.call("monitor", "POST", "/api/v1/people/duplicates/scan");
    expect(scan.status, scan.text).toBe(200);
    expect(scan.json.proposed).toBe(2);

    const list = await api.call("monitor", "GET", "/api/v1/people/duplicates?limit=10");
    expect(list.status, list.text).toBe(200);
    expect(list.json.total).toBe(2);
    const ab = list.json.items.find((i: { personA: Rec; personB: Rec }) => pairOf(i) === pair(a, b));
    const cd = list.json.items.find((i: { personA: Rec; personB: Rec }) => pairOf(i) === pair(c, d));
    expect(ab.personA.names[0].value).toBeTruthy();
    expect(ab.reasons.length).toBeGreaterThan(0);
    expect((await api.call("monitor", "GET", "/api/v1/people/duplicates?status=maybe")).status).toBe(400);

    const noReason = await api.call("monitor", "POST", `/api/v1/people/duplicates/${cd.id}/reject`, { reason: " " });
    expect(noReason.status).toBe(400);
    expect(noReason.json.error.code).toBe("validation_failed");
    expect((await api.call("monitor", "POST", `/api/v1/people/duplicates/${cd.id}/reject`, { reason: "two men" })).json.status).toBe("rejected");

    const body = { targetId: a.id, mergedId: b.id, reason: "one person", candidateId: ab.id };
    expect((await api.call("monitor", "POST", "/api/v1/people/merge", body)).status).toBe(403);
    const merged = await api.call("editor", "POST", "/api/v1/people/merge", body);
    expect(merged.status, merged.text).toBe(201);
    expect(merged.json.target.names).toHaveLength(2);
    const tomb = await api.call("editor", "GET", `/api/v1/people/${b.id}`);
    expect(tomb.json.mergedInto).toBe(a.id);
    const again = await api.call("editor", "POST", "/api/v1/people/merge", body);
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe("conflict");

    const merges = await api.call("monitor", "GET", `/api/v1/merges?personId=${a.id}`);
    expect(merges.json.items).toHaveLength(1);
    expect(merges.json.items[0]).toMatchObject({ targetId: a.id, mergedId: b.id, reason: "one person" });
    expect((await api.call("viewer", "GET", "/api/v1/merges")).status).toBe(403);

    const undo = await api.call("editor", "POST", `/api/v1/merges/${merged.json.merge.id}/undo`, { reason: "two people after all" });
    expect(undo.status, undo.text).toBe(200);
    expect(undo.json.person.mergedInto).toBeNull();
    expect((await api.call("editor", "POST", "/api/v1/merges/mrg_00000000000000000000000000/undo", { reason: "x" })).status).toBe(404);
    const verify = await api.call("editor", "GET", "/api/v1/verify");
    expect(verify.json.ok, verify.text).toBe(true);
  });
});
