/** The policy matrix: every role against every route, allowed or refused, on a real database. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../src/contract/export.js";
import { createRecord, PLURAL } from "../src/register/index.js";
import type { RecordKind } from "../src/store/index.js";
import { sampleFactory, startApi, WHO, type Api, type Who } from "./helpers/api.js";
import { BACKENDS } from "./helpers/backends.js";

const KINDS: RecordKind[] = ["place", "organisation", "person", "event", "source", "capture", "incident", "proceeding", "statistic", "intervention", "claim"];
const ALL: Who[] = WHO;
const WRITERS: Who[] = ["admin", "editor", "monitor"];
const DELETERS: Who[] = ["admin", "editor"];

/** Refused callers get 401 when anonymous, 403 when signed in without the right. */
const refusal = (who: Who) => (who === "anonymous" ? 401 : 403);

describe.each(BACKENDS)("policy matrix on $name", (backend) => {
  let api: Api;
  let s: Awaited<ReturnType<typeof sampleFactory>>;
  const fresh = async (kind: RecordKind) => createRecord(api.v.ctx(SYSTEM), kind, s.inputs[kind]());
  beforeAll(async () => {
    api = await startApi(backend);
    s = await sampleFactory(api.v);
  });
  afterAll(async () => api?.close());

  for (const kind of KINDS) {
    const base = `/api/v1/${PLURAL[kind]}`;
    it.each(ALL)(`${kind}: list, read, create, change, delete and history as %s`, async (who) => {
      expect((await api.call(who, "GET", `${base}?limit=5`)).status).toBe(200);
      const rec = await fresh(kind);
      expect((await api.call(who, "GET", `${base}/${rec.id}`)).status).toBe(200);

      const created = await api.call(who, "POST", base, s.inputs[kind]());
      expect(created.status, created.text).toBe(WRITERS.includes(who) ? 201 : refusal(who));

      if (kind !== "capture") {
        const patched = await api.call(who, "PATCH", `${base}/${rec.id}`, { changes: s.changes[kind] });
        expect(patched.status, patched.text).toBe(WRITERS.includes(who) ? 200 : refusal(who));
      }
      const history = await api.call(who, "GET", `${base}/${rec.id}/history`);
      expect(history.status).toBe(WRITERS.includes(who) ? 200 : refusal(who));

      const victim = await fresh(kind);
      const del = await api.call(who, "DELETE", `${base}/${victim.id}`);
      expect(del.status, del.text).toBe(DELETERS.includes(who) ? 204 : refusal(who));
    });
  }

  it.each(ALL)("confidential records and fields as %s", async (who) => {
    const person = await createRecord(api.v.ctx(SYSTEM), "person", {
      names: [{ value: "Гүлназ Әбенова" }], visibility: "internal", notes: "shelter address", confidentialFields: ["notes"],
    });
    const secret = await createRecord(api.v.ctx(SYSTEM), "incident", { type: "threat", victimPersonId: s.person.id, visibility: "confidential", description: "informant details" });
    const sees = ["admin", "editor", "monitor"].includes(who);
    expect((await api.call(who, "GET", `/api/v1/incidents/${secret.id}`)).status).toBe(sees ? 200 : 404);
    const list = await api.call(who, "GET", "/api/v1/incidents?limit=500");
    expect(JSON.stringify(list.json).includes("informant details")).toBe(sees);
    const p = await api.call(who, "GET", `/api/v1/people/${person.id}`);
    expect(p.status).toBe(who === "anonymous" ? 404 : 200);
    if (p.status === 200) expect(p.json.notes === "shelter address").toBe(sees);
  });

  const adminRoutes: { name: string; method: "GET" | "POST"; url: string; body?: () => unknown; allowed: Who[]; ok: number }[] = [
    { name: "list users", method: "GET", url: "/api/v1/users", allowed: ["admin"], ok: 200 },
    { name: "create user", method: "POST", url: "/api/v1/users", body: () => ({ username: `u${Math.random().toString(36).slice(2, 8)}`, password: "long enough password", role: "viewer" }), allowed: ["admin"], ok: 201 },
    { name: "export everything", method: "GET", url: "/api/v1/export", allowed: ["admin", "editor"], ok: 200 },
    { name: "import an export", method: "POST", url: "/api/v1/import", body: () => ({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: "2022-01-20T00:00:00Z", records: {} }), allowed: WRITERS, ok: 200 },
    { name: "import CSV", method: "POST", url: "/api/v1/import/csv", body: () => ({ kind: "people", csv: "name,roles\nАсель Нурова,journalist\n" }), allowed: WRITERS, ok: 200 },
    { name: "verify integrity", method: "GET", url: "/api/v1/verify", allowed: ["admin", "editor"], ok: 200 },
    { name: "overview", method: "GET", url: "/api/v1/overview", allowed: ALL, ok: 200 },
    { name: "who am I", method: "GET", url: "/api/v1/auth/me", allowed: ALL, ok: 200 },
    { name: "person timeline", method: "GET", url: "/api/v1/people/:person/timeline", allowed: ALL, ok: 200 },
    { name: "person candidates", method: "GET", url: "/api/v1/people/candidates?name=Ospanov", allowed: ALL, ok: 200 },
    { name: "incidents CSV", method: "GET", url: "/api/v1/export/incidents.csv", allowed: ALL, ok: 200 },
    { name: "capture content", method: "GET", url: "/api/v1/captures/:capture/content", allowed: ["admin", "editor", "monitor", "viewer"], ok: 200 },
  ];
  for (const route of adminRoutes) {
    it.each(ALL)(`${route.name} as %s`, async (who) => {
      const url = route.url.replace(":person", s.person.id as string).replace(":capture", s.capture.id as string);
      const res = await api.call(who, route.method, url, route.body?.());
      expect(res.status, res.text).toBe(route.allowed.includes(who) ? route.ok : refusal(who));
      if (!route.allowed.includes(who)) expect(res.json.error.code).toBe(who === "anonymous" ? "unauthenticated" : "forbidden");
    });
  }
});
