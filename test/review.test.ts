/** The review queue: accepting turns a proposal into audited records with cited evidence; every decision is final. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRecord, getRecord, listRecords, recordHistory, verifyIntegrity, type Rec } from "../src/register/index.js";
import { ingestFile, ingestText, type IngestResult } from "../src/pipeline/index.js";
import { acceptProposal, getProposal, listProposals, rejectProposal, type Proposal } from "../src/verify/index.js";
import { startApi, type Api } from "./helpers/api.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";
import { EDITOR, MONITOR, VIEWER } from "./helpers/actors.js";

const FIXTURES = join(import.meta.dirname, "fixtures/ingest");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const AKTOBE = "plc_0000000000000000000000jm9k";

const incidentOf = (r: { proposals: Proposal[] }, type: string, person: string) => {
  const p = r.proposals.find((x) => x.kind === "incident" && x.item.type === type && x.item.person === person);
  if (!p) throw new Error(`no ${type} proposal for the fixture's person`);
  return p;
};
const statisticOf = (r: { proposals: Proposal[] }) => r.proposals.find((x) => x.kind === "statistic")!;

// Every test opens a fresh database (with the gazetteer) and runs the extractor: slow on a busy 2-core machine.
describe.each(BACKENDS)("review on $name", { timeout: 120_000 }, (backend) => {
  let v: TestVigil;
  let ingested: IngestResult;
  let existing: Rec;
  beforeEach(async () => {
    v = await backend.open(CRISIS_NOW);
    // Already in the register in Cyrillic; the article spells her in Latin letters.
    existing = await createRecord(v.ctx(MONITOR), "person", { names: [{ value: "Сауле Темирханова" }], roles: ["activist"] });
    ingested = await ingestFile(v.ctx(MONITOR), { fileName: "article-en.txt", content: fixture("article-en.txt") }, { published: "2022-01-12" });
  }, 120_000);
  afterEach(async () => v?.dispose());

  it("lists the pending queue, and a proposal with its source and the text around the evidence", async () => {
    const ctx = v.ctx(EDITOR);
    const page = await listProposals(ctx, { status: "pending" });
    expect(page.total).toBe(ingested.proposals.length);
    expect(page.items.map((p) => p.id)).toEqual(ingested.proposals.map((p) => p.id));
    const p = incidentOf(ingested, "detention", "Nurlan Zhaksybekov");
    const d = await getProposal(ctx, p.id);
    expect(d.source.id).toBe(ingested.sources[0]!.sourceId);
    expect(d.context!.before).toContain("Blogger detained in Aktobe");
    expect(d.context!.after).toContain("A court sentenced him");
    expect((await listProposals(ctx, { kind: "statistic" })).items.every((x) => x.kind === "statistic")).toBe(true);
    await expect(getProposal(ctx, "prp_0000000000000000000000zzzz")).rejects.toMatchObject({ code: "not_found" });
  });

  it("accepts: a new person, the incident and a claim quoting the evidence, all audited; then suggests that person for the next proposal", async () => {
    const ctx = v.ctx(MONITOR);
    const p = incidentOf(ingested, "detention", "Nurlan Zhaksybekov");
    expect(p.suggestions.people).toEqual([]);
    const r = await acceptProposal(ctx, p.id, { credibility: 2, reason: "checked with the outlet" });

    const person = await getRecord(ctx, "person", r.personId!);
    expect((person.names as Rec[]).map((n) => [n.value, n.kind, n.lang])).toEqual([["Nurlan Zhaksybekov", "press_spelling", "en"]]);
    expect(person.roles).toEqual(["blogger"]);
    const incident = await getRecord(ctx, "incident", r.resultId);
    expect(incident).toMatchObject({
      type: "detention", victimPersonId: r.personId, startDate: "2022-01-06", startPrecision: "day", placeId: AKTOBE, placeText: "Aktobe", placePrecision: "city",
      perpetrators: [{ label: "police", organisationId: null, personId: null }], verification: "unverified",
    });
    const claim = await getRecord(ctx, "claim", r.claimId);
    expect(claim).toMatchObject({
      sourceId: p.sourceId, captureId: p.captureId, subjectType: "incident", subjectId: r.resultId, spanStart: p.evidence!.start, spanEnd: p.evidence!.end,
      quote: p.evidence!.text, credibility: 2,
    });
    expect(r.proposal).toMatchObject({ status: "accepted", decidedBy: MONITOR.kind === "user" ? MONITOR.id : null, decidedAt: CRISIS_NOW().toISOString(), decisionReason: "checked with the outlet", resultId: r.resultId });
    for (const [kind, id] of [["person", r.personId!], ["incident", r.resultId], ["claim", r.claimId]] as const) {
      const h = await recordHistory(ctx, kind, id);
      expect(h.map((e) => [e.action, e.reason])).toEqual([["create", `accepted proposal ${p.id}: checked with the outlet`]]);
    }
    expect((await getRecord(ctx, "person", r.personId!)).status).toMatchObject({ status: "detained" });

    // The arrest in the next paragraph is the same man: the new person is now suggested, and linking adds no second person.
    const arrest = incidentOf(ingested, "administrative_arrest", "Nurlan Zhaksybekov");
    const fresh = await getProposal(ctx, arrest.id);
    expect(fresh.proposal.suggestions.people[0]).toMatchObject({ personId: r.personId, outcome: "same", names: ["Nurlan Zhaksybekov"] });
    const people = (await listRecords(ctx, "person", { limit: 1, offset: 0 })).total;
    const r2 = await acceptProposal(ctx, arrest.id, { personId: r.personId! });
    expect(r2.personId).toBe(r.personId);
    expect((await listRecords(ctx, "person", { limit: 1, offset: 0 })).total).toBe(people);
    expect((await recordHistory(ctx, "person", r.personId!))).toHaveLength(1); // the name was already known
    const arrestIncident = await getRecord(ctx, "incident", r2.resultId);
    expect(arrestIncident).toMatchObject({ type: "administrative_arrest", legal: { articles: ["CAO 488"], note: "sentence: 15 days of administrative arrest" } });
    expect((await verifyIntegrity(v.store)).ok).toBe(true);
  });

  it("adds a second source's claim to an incident already recorded, which corroborates it", async () => {
    const ctx = v.ctx(MONITOR);
    const first = await acceptProposal(ctx, incidentOf(ingested, "detention", "Nurlan Zhaksybekov").id, {});
    const other = await ingestText(ctx, { text: "On 7 January 2022 the blogger Nurlan Zhaksybekov was detained by police in Aktobe, a friend wrote.", published: "2022-01-09" });
    const p = incidentOf(other, "detention", "Nurlan Zhaksybekov");
    expect(p.suggestions.incidents).toEqual([{ incidentId: first.resultId, personId: first.personId, type: "detention", startDate: "2022-01-06" }]);
    await expect(acceptProposal(ctx, p.id, { incidentId: first.resultId, edits: { type: "beating" } })).rejects.toMatchObject({ code: "validation_failed" });
    const r = await acceptProposal(ctx, p.id, { incidentId: first.resultId, credibility: 3 });
    expect(r).toMatchObject({ resultId: first.resultId, personId: first.personId });
    const incident = await getRecord(ctx, "incident", first.resultId);
    expect(incident).toMatchObject({ verification: "corroborated", startDate: "2022-01-06" });
    const claims = (await listRecords(ctx, "claim", { subjectId: first.resultId, limit: 10, offset: 0 })).items;
    expect(claims.map((c) => c.sourceId).sort()).toEqual([ingested.sources[0]!.sourceId, other.sources[0]!.sourceId].sort());
    expect((await recordHistory(ctx, "incident", first.resultId)).map((e) => e.action)).toEqual(["create", "update"]);
    expect((await verifyIntegrity(v.store)).ok).toBe(true);
  });

  it("links to an existing person found across scripts and adds the article's spelling to her names", async () => {
    const ctx = v.ctx(MONITOR);
    const p = incidentOf(ingested, "missing", "Saule Temirkhanova");
    expect(p.suggestions.people[0]).toMatchObject({ personId: existing.id });
    expect(["same", "possible"]).toContain(p.suggestions.people[0]!.outcome);
    const r = await acceptProposal(ctx, p.id, { personId: existing.id as string });
    expect(r.personId).toBe(existing.id);
    const person = await getRecord(ctx, "person", existing.id as string);
    expect((person.names as Rec[]).map((n) => n.value)).toEqual(["Сауле Темирханова", "Saule Temirkhanova"]);
    const h = await recordHistory(ctx, "person", existing.id as string);
    expect(h.map((e) => e.action)).toEqual(["create", "update"]);
    expect(await getRecord(ctx, "incident", r.resultId)).toMatchObject({ type: "missing", victimPersonId: existing.id, startDate: "2022-01-07" });
    await expect(acceptProposal(ctx, incidentOf(ingested, "detention", "Nurlan Zhaksybekov").id, { personId: "per_0000000000000000000000zzzz" }))
      .rejects.toMatchObject({ code: "validation_failed" });
  });

  it("edits and accepts; a bad edit writes nothing and leaves the proposal pending", async () => {
    const ctx = v.ctx(MONITOR);
    const p = incidentOf(ingested, "missing", "Saule Temirkhanova");
    await expect(acceptProposal(ctx, p.id, { edits: { type: "vanished" } })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(acceptProposal(ctx, p.id, { edits: { colour: "red" } })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(acceptProposal(ctx, p.id, { personId: existing.id as string, newPerson: { sex: "female" } })).rejects.toMatchObject({ code: "validation_failed" });
    expect((await getProposal(ctx, p.id)).proposal.status).toBe("pending");
    const people = (await listRecords(ctx, "person", { limit: 1, offset: 0 })).total;
    expect(people).toBe(1);

    const r = await acceptProposal(ctx, p.id, {
      newPerson: { names: [{ value: "Сауле Темирханова-Ким", lang: "ru" }], sex: "female", protection: "pseudonymised", publicLabel: "Activist S." },
      edits: { type: "enforced_disappearance", startDate: "2022-01-08", description: "Taken by men in plain clothes, whereabouts denied." },
    });
    const person = await getRecord(ctx, "person", r.personId!);
    expect(person).toMatchObject({ sex: "female", protection: "pseudonymised", roles: ["activist"] });
    expect((person.names as Rec[]).map((n) => n.value)).toEqual(["Сауле Темирханова-Ким"]);
    expect(await getRecord(ctx, "incident", r.resultId)).toMatchObject({
      type: "enforced_disappearance", startDate: "2022-01-08", description: "Taken by men in plain clothes, whereabouts denied.", placeId: "plc_0000000000000000000001e9b9",
    });
  });

  it("accepts a group victim without creating a person", async () => {
    const ctx = v.ctx(MONITOR);
    const p = incidentOf(ingested, "detention", "Nurlan Zhaksybekov");
    const r = await acceptProposal(ctx, p.id, { edits: { victimGroup: "bloggers of Aktobe", victimCount: 3 } });
    expect(r.personId).toBeNull();
    expect(await getRecord(ctx, "incident", r.resultId)).toMatchObject({ victimPersonId: null, victimGroup: "bloggers of Aktobe", victimCount: 3 });
  });

  it("accepts a statistic with its source and claim", async () => {
    const ctx = v.ctx(MONITOR);
    const p = statisticOf(ingested);
    await expect(acceptProposal(ctx, p.id, { personId: existing.id as string })).rejects.toMatchObject({ code: "validation_failed" });
    const r = await acceptProposal(ctx, p.id, { edits: { description: "Interior ministry figure" } });
    expect(r.personId).toBeNull();
    expect(await getRecord(ctx, "statistic", r.resultId)).toMatchObject({
      metric: "detained", count: 9900, approximate: true, asOfDate: "2022-01-11", sourceId: p.sourceId, description: "Interior ministry figure",
    });
    expect(await getRecord(ctx, "claim", r.claimId)).toMatchObject({ subjectType: "statistic", subjectId: r.resultId, quote: p.evidence!.text });
  });

  it("rejects with a reason; a decided proposal cannot be decided again", async () => {
    const ctx = v.ctx(EDITOR);
    const [a, b] = [incidentOf(ingested, "detention", "Nurlan Zhaksybekov"), statisticOf(ingested)];
    await expect(rejectProposal(ctx, a.id, { reason: " " })).rejects.toMatchObject({ code: "validation_failed" });
    const rejected = await rejectProposal(ctx, a.id, { reason: "the outlet retracted the story" });
    expect(rejected).toMatchObject({ status: "rejected", decisionReason: "the outlet retracted the story", resultId: null });
    await expect(acceptProposal(ctx, a.id, {})).rejects.toMatchObject({ code: "conflict" });
    await expect(rejectProposal(ctx, a.id, { reason: "again" })).rejects.toMatchObject({ code: "conflict" });
    await acceptProposal(ctx, b.id, {});
    await expect(acceptProposal(ctx, b.id, {})).rejects.toMatchObject({ code: "conflict" });
    expect((await listRecords(ctx, "statistic", { limit: 10, offset: 0 })).total).toBe(1);
    expect((await listProposals(ctx, { status: "rejected" })).items.map((p) => p.id)).toEqual([a.id]);
    expect((await listProposals(ctx, { status: "all" })).total).toBe(ingested.proposals.length);
    expect((await listProposals(ctx)).total).toBe(ingested.proposals.length - 2);
  });

  it("lets only reviewers decide", async () => {
    const p = ingested.proposals[0]!;
    await expect(acceptProposal(v.ctx(VIEWER), p.id, {})).rejects.toMatchObject({ code: "forbidden" });
    await expect(rejectProposal(v.ctx(VIEWER), p.id, { reason: "no" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(getProposal(v.ctx(VIEWER), p.id)).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe.each(BACKENDS)("review API on $name", { timeout: 120_000 }, (backend) => {
  let api: Api;
  beforeEach(async () => {
    api = await startApi(backend, CRISIS_NOW);
  }, 120_000);
  afterEach(async () => api?.close());

  it("ingests a file or pasted text, lists, accepts and rejects over HTTP, with the same codes as the use cases", async () => {
    const body = { fileName: "result.json", contentBase64: Buffer.from(fixture("channel.json")).toString("base64") };
    expect((await api.call("viewer", "POST", "/api/v1/ingest", body)).status).toBe(403);
    expect((await api.call("anonymous", "POST", "/api/v1/ingest", body)).status).toBe(401);
    const first = await api.call("monitor", "POST", "/api/v1/ingest", body);
    expect(first.status).toBe(200);
    expect(first.json.sources).toHaveLength(2);
    expect(first.json.duplicates).toBe(0);
    const again = await api.call("monitor", "POST", "/api/v1/ingest", body);
    expect(again.json).toMatchObject({ duplicates: 2, proposals: [] });

    const text = new TextDecoder().decode(fixture("article-en.txt"));
    const pasted = await api.call("editor", "POST", "/api/v1/ingest", { text, title: "Bulletin", url: "https://bulletin.example/1", published: "2022-01-12" });
    expect(pasted.status).toBe(200);
    const sourceId = pasted.json.sources[0].sourceId as string;
    expect((await api.call("editor", "GET", `/api/v1/sources/${sourceId}`)).json).toMatchObject({ title: "Bulletin", url: "https://bulletin.example/1", publishedDate: "2022-01-12" });
    expect((await api.call("monitor", "POST", "/api/v1/ingest", { text: "   " })).status).toBe(400);
    expect((await api.call("monitor", "POST", "/api/v1/ingest", { fileName: "x.txt" })).json.error.code).toBe("validation_failed");

    const queue = await api.call("monitor", "GET", `/api/v1/proposals?status=pending&sourceId=${sourceId}&limit=50`);
    expect(queue.status).toBe(200);
    expect(queue.json.total).toBe(pasted.json.proposals.length);
    expect((await api.call("viewer", "GET", "/api/v1/proposals")).status).toBe(403);
    expect((await api.call("monitor", "GET", "/api/v1/proposals?status=maybe")).status).toBe(400);

    const detention = (queue.json.items as Proposal[]).find((p) => p.kind === "incident" && p.item.type === "detention")!;
    const one = await api.call("monitor", "GET", `/api/v1/proposals/${detention.id}`);
    expect(one.json.proposal.id).toBe(detention.id);
    expect(one.json.context.after.length).toBeGreaterThan(0);
    expect((await api.call("viewer", "POST", `/api/v1/proposals/${detention.id}/accept`, {})).status).toBe(403);
    const accepted = await api.call("monitor", "POST", `/api/v1/proposals/${detention.id}/accept`, { edits: { startDate: "2022-01-05" }, credibility: 3 });
    expect(accepted.status).toBe(200);
    expect((await api.call("monitor", "GET", `/api/v1/incidents/${accepted.json.resultId}`)).json).toMatchObject({ startDate: "2022-01-05", victimPersonId: accepted.json.personId });
    const twice = await api.call("monitor", "POST", `/api/v1/proposals/${detention.id}/accept`, {});
    expect(twice.status).toBe(409);
    expect(twice.json.error.code).toBe("conflict");

    const stat = (queue.json.items as Proposal[]).find((p) => p.kind === "statistic")!;
    expect((await api.call("monitor", "POST", `/api/v1/proposals/${stat.id}/reject`, {})).status).toBe(400);
    const rejected = await api.call("monitor", "POST", `/api/v1/proposals/${stat.id}/reject`, { reason: "ministry figure, already recorded" });
    expect(rejected.json).toMatchObject({ status: "rejected" });
    expect((await api.call("admin", "GET", "/api/v1/verify")).json).toMatchObject({ ok: true });
  });

  it("adds and lists feeds over HTTP", async () => {
    expect((await api.call("viewer", "POST", "/api/v1/feeds", { url: "http://127.0.0.1:9/feed.rss" })).status).toBe(403);
    expect((await api.call("monitor", "POST", "/api/v1/feeds", { url: "ftp://127.0.0.1/feed" })).status).toBe(400);
    const added = await api.call("monitor", "POST", "/api/v1/feeds", { url: "http://127.0.0.1:9/feed.rss", intervalMinutes: 15, language: "ru" });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ url: "http://127.0.0.1:9/feed.rss", intervalMinutes: 15, language: "ru", lastPolledAt: null });
    expect((await api.call("monitor", "POST", "/api/v1/feeds", { url: "http://127.0.0.1:9/feed.rss" })).status).toBe(409);
    const list = await api.call("viewer", "GET", "/api/v1/feeds");
    expect(list.json.items.map((f: { id: string }) => f.id)).toEqual([added.json.id]);
    const polled = await api.call("monitor", "POST", `/api/v1/feeds/${added.json.id}/poll`);
    expect(polled.json).toMatchObject({ status: "error" });
    // The server fetches only public addresses unless VIGIL_FEEDS_ALLOW_PRIVATE is set (src/pipeline/feed-guard.ts).
    expect(polled.json.message).toMatch(/^error: refused to fetch from 127\.0\.0\.1: it is a loopback address; set VIGIL_FEEDS_ALLOW_PRIVATE=1/);
    expect((await api.call("monitor", "DELETE", `/api/v1/feeds/${added.json.id}`)).status).toBe(403);
    expect((await api.call("editor", "DELETE", `/api/v1/feeds/${added.json.id}`)).status).toBe(204);
    expect((await api.call("editor", "DELETE", `/api/v1/feeds/${added.json.id}`)).status).toBe(404);
    expect((await api.call("viewer", "GET", "/api/v1/feeds")).json.items).toEqual([]);
  });
});
