import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PLURAL } from "../src/register/index.js";
import type { RecordKind } from "../src/store/index.js";
import { sampleFactory, startApi, type Api } from "./helpers/api.js";
import { BACKENDS } from "./helpers/backends.js";

const KINDS: RecordKind[] = ["place", "organisation", "person", "event", "source", "capture", "incident", "proceeding", "statistic", "intervention", "claim"];

describe.each(BACKENDS)("HTTP API round trips on $name", (backend) => {
  let api: Api;
  let samples: Awaited<ReturnType<typeof sampleFactory>>;
  beforeAll(async () => {
    api = await startApi(backend);
    samples = await sampleFactory(api.v);
  });
  afterAll(async () => api?.close());

  it.each(KINDS)("creates, reads, lists, changes, shows history of and deletes a %s", async (kind) => {
    const base = `/api/v1/${PLURAL[kind]}`;
    const input = samples.inputs[kind]();
    const created = await api.call("editor", "POST", base, input);
    expect(created.status, created.text).toBe(201);
    const id = created.json.id as string;
    for (const [k, val] of Object.entries(input)) {
      if (k === "content" || k === "names") continue;
      if (val !== null && typeof val === "object") expect(created.json[k], k).toMatchObject(val);
      else expect(created.json[k], k).toBe(val);
    }

    const read = await api.call("editor", "GET", `${base}/${id}`);
    expect(read.status).toBe(200);
    expect(read.json).toEqual(created.json);

    const list = await api.call("editor", "GET", `${base}?limit=500${kind === "place" ? "&q=village" : ""}`);
    expect(list.status).toBe(200);
    expect(list.json.items.map((r: { id: string }) => r.id)).toContain(id);

    if (kind === "capture") {
      const content = await api.call("editor", "GET", `${base}/${id}/content`);
      expect(content.text).toBe(input.content);
      expect(content.headers["x-content-sha256"]).toBe(created.json.sha256);
      const patch = await api.call("editor", "PATCH", `${base}/${id}`, { changes: { mediaType: "text/html" } });
      expect(patch.status).toBe(404); // captures are immutable: no PATCH route at all
    } else {
      const patched = await api.call("editor", "PATCH", `${base}/${id}`, { changes: samples.changes[kind], expectedVersion: 1, reason: "correction" });
      expect(patched.status, patched.text).toBe(200);
      expect(patched.json.version).toBe(2);
      for (const [k, val] of Object.entries(samples.changes[kind])) expect(patched.json[k]).toEqual(val);
      const stale = await api.call("editor", "PATCH", `${base}/${id}`, { changes: samples.changes[kind], expectedVersion: 1 });
      expect(stale.status).toBe(409);
      expect(stale.json.error.code).toBe("stale_version");
    }

    const history = await api.call("editor", "GET", `${base}/${id}/history`);
    expect(history.status).toBe(200);
    expect(history.json.items.map((e: { action: string }) => e.action)).toEqual(kind === "capture" ? ["create"] : ["create", "update"]);

    const del = await api.call("editor", "DELETE", `${base}/${id}?reason=test`);
    expect(del.status, del.text).toBe(204);
    expect((await api.call("editor", "GET", `${base}/${id}`)).status).toBe(404);
    const after = await api.call("editor", "GET", `${base}/${id}/history`);
    expect(after.json.items.at(-1).action).toBe("delete");
  });

  it("answers bad input with a clear error and a stable code, never a stack trace", async () => {
    const bad = await api.call("editor", "POST", "/api/v1/incidents", { type: "teleportation", victimPersonId: samples.person.id });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe("validation_failed");
    expect(bad.json.error.message).toMatch(/type/);
    expect(bad.json.error.requestId).toBeTruthy();
    const noVictim = await api.call("editor", "POST", "/api/v1/incidents", { type: "detention" });
    expect(noVictim.json.error.message).toMatch(/victim/);
    const missingRef = await api.call("editor", "POST", "/api/v1/incidents", { type: "detention", victimPersonId: "per_0000000000000000000000000z" });
    expect(missingRef.status).toBe(400);
    expect(missingRef.json.error.message).toMatch(/victimPersonId/);
    const badId = await api.call("editor", "GET", "/api/v1/people/not-an-id");
    expect(badId.status).toBe(400);
    const res = await api.app.inject({ method: "POST", url: "/api/v1/sources", headers: { "content-type": "application/json" }, payload: "{not json" });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).error.code).toBe("bad_request");
    expect(res.body).not.toMatch(/at .*\.ts/);
    const unknown = await api.call("editor", "GET", "/api/v1/nothing-here");
    expect(unknown.json.error.code).toBe("not_found");
  });

  it("finds people across scripts, filters incidents and serves the timeline and the overview", async () => {
    const found = await api.call("viewer", "GET", `/api/v1/people?q=${encodeURIComponent("Ospanov")}`);
    expect(found.json.items.map((p: { id: string }) => p.id)).toContain(samples.person.id);
    const candidates = await api.call("monitor", "GET", `/api/v1/people/candidates?name=${encodeURIComponent("Bekzat Ospanov")}`);
    expect(candidates.json.items[0].person.id).toBe(samples.person.id);
    expect(candidates.json.items[0].reasons.length).toBeGreaterThan(0);
    // The same reasons as codes, one for each English phrase, for clients that translate them.
    expect(candidates.json.items[0].reasonCodes.map((r: { code: string }) => r.code)).toContain("family_equal");
    expect(candidates.json.items[0].reasonCodes).toHaveLength(candidates.json.items[0].reasons.length);
    const timeline = await api.call("monitor", "GET", `/api/v1/people/${samples.person.id}/timeline`);
    expect(timeline.json.incidents.map((i: { id: string }) => i.id)).toContain(samples.incident.id);
    const byPlace = await api.call("viewer", "GET", `/api/v1/incidents?placeId=${samples.place}&type=detention`);
    expect(byPlace.json.items.map((i: { id: string }) => i.id)).toEqual([samples.incident.id]);
    const overview = await api.call("anonymous", "GET", "/api/v1/overview");
    expect(overview.status).toBe(200);
    expect(overview.json.held).toBeGreaterThanOrEqual(1);
    expect(overview.json.recentChanges).toEqual([]);
    const csv = await api.call("viewer", "GET", "/api/v1/export/incidents.csv?type=detention");
    expect(csv.text.split("\n")[0]).toMatch(/^id,type,person_id,person_name/);
    expect(csv.text).toContain("Бекзат Оспанов");
  });

  it("saves a whole case in one transaction, or nothing of it", async () => {
    const audit = async () => Number((await api.v.store.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
    const text = "Police in Aktobe detained the blogger Мирас Төлеуов on Tuesday evening.";
    const before = await audit();
    const bad = await api.call("monitor", "POST", "/api/v1/cases", {
      person: { names: [{ value: "Мирас Төлеуов" }] }, incident: { type: "detention", startDate: "2022-01-04" },
      source: { publisher: "Aktobe Live" }, sourceText: text, quote: "detained the journalist",
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.message).toMatch(/quote/);
    const badIncident = await api.call("monitor", "POST", "/api/v1/cases", { person: { names: [{ value: "Мирас Төлеуов" }] }, incident: { type: "flying" } });
    expect(badIncident.status).toBe(400);
    expect(await audit()).toBe(before);

    const ok = await api.call("monitor", "POST", "/api/v1/cases", {
      person: { names: [{ value: "Мирас Төлеуов" }], roles: ["blogger"] }, incident: { type: "detention", startDate: "2022-01-04", placeId: samples.place },
      source: { publisher: "Aktobe Live", url: "https://aktobe.example/1" }, sourceText: text, quote: "detained the blogger Мирас Төлеуов", credibility: 2,
    });
    expect(ok.status, ok.text).toBe(201);
    const claim = await api.call("monitor", "GET", `/api/v1/claims/${ok.json.claimId}`);
    expect(claim.json.quote).toBe("detained the blogger Мирас Төлеуов");
    expect(claim.json.subjectId).toBe(ok.json.incidentId);
    const incident = await api.call("monitor", "GET", `/api/v1/incidents/${ok.json.incidentId}`);
    expect(incident.json.victimPersonId).toBe(ok.json.personId);
    expect(await audit()).toBe(before + 5);
  });

  it("serves an OpenAPI 3.1 document", async () => {
    const res = await api.app.inject({ method: "GET", url: "/api/docs/json" });
    const doc = JSON.parse(res.body);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/api/v1/incidents");
  });
});
