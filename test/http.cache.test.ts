/**
 * The read cache and the cached sign-in lookup (docs/adr/0004): one role's answer never reaches another, every
 * audited write is seen by the next read, a disabled account, a demoted role and a signed-out session take effect on
 * the next request, and repeat readers get 304.
 */
import { gunzipSync } from "node:zlib";
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS, SYSTEM } from "../src/auth/policy.js";
import type { Role } from "../src/contract/vocab.js";
import { createApiToken, createRecord, createUser } from "../src/register/index.js";
import { Admission } from "../src/server/admission.js";
import { buildServer } from "../src/server/build-server.js";
import { installReadCache, normaliseUrl } from "../src/server/read-cache.js";
import { sampleFactory, startApi, type Api } from "./helpers/api.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";

describe("normaliseUrl", () => {
  it("orders parameters by name, keeping a repeated name's order and every parameter's text as sent", () => {
    expect(normaliseUrl("/a?z=1&type=b&q=x+y&type=a")).toBe("/a?q=x+y&type=b&type=a&z=1");
    expect(normaliseUrl("/a?q=x%20y")).not.toBe(normaliseUrl("/a?q=x+y"));
    expect(normaliseUrl("/a")).toBe("/a");
  });
});

describe("Admission", () => {
  it("lets `limit` requests in and the rest in arrival order as slots free up", async () => {
    const gate = new Admission(2);
    const admitted: number[] = [];
    const enter = async (n: number) => {
      await gate.enter();
      admitted.push(n);
    };
    const all = [1, 2, 3, 4, 5].map(enter);
    await new Promise((r) => setImmediate(r));
    expect(admitted).toEqual([1, 2]);
    gate.leave();
    gate.leave();
    await new Promise((r) => setImmediate(r));
    expect(admitted).toEqual([1, 2, 3, 4]);
    gate.leave();
    await Promise.all(all);
    expect(admitted).toEqual([1, 2, 3, 4, 5]);
  });
});

describe("an entry past its age under the same head", () => {
  it("is recomputed by one reader while the others still get it", async () => {
    const app = Fastify();
    app.decorateRequest("actor", null as never);
    app.addHook("onRequest", async (req) => {
      req.actor = ANONYMOUS;
    });
    installReadCache(app, { maxBytes: 1 << 20, maxAgeMs: 1, headOf: async () => 7 });
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    app.get("/x", { config: { readCache: true } }, async () => {
      const n = ++runs;
      if (n > 1) await gate;
      return { n };
    });
    expect((await app.inject({ method: "GET", url: "/x" })).json()).toEqual({ n: 1 });
    // Let the entry age past maxAgeMs (the head does not move).
    await new Promise((r) => setTimeout(r, 20));
    const recomputing = app.inject({ method: "GET", url: "/x" });
    while (runs < 2) await new Promise((r) => setTimeout(r, 5));
    expect((await app.inject({ method: "GET", url: "/x" })).json()).toEqual({ n: 1 });
    release();
    expect((await recomputing).json()).toEqual({ n: 2 });
    await app.close();
  });
});

describe.each(BACKENDS)("read cache on $name", (backend) => {
  let api: Api;
  let s: Awaited<ReturnType<typeof sampleFactory>>;
  beforeAll(async () => {
    api = await startApi(backend);
    s = await sampleFactory(api.v);
  });
  afterAll(async () => api?.close());

  it("never serves a monitor's answer to a viewer or an anonymous reader, even after the monitor warmed it", async () => {
    const hidden = await createRecord(api.v.ctx(SYSTEM), "person", {
      names: [{ value: "Зарина Кенжебаева" }], visibility: "public", protection: "anonymous", notes: "lives with her aunt", confidentialFields: ["notes"],
    });
    const secret = await createRecord(api.v.ctx(SYSTEM), "incident", {
      type: "threat", victimPersonId: hidden.id, visibility: "confidential", description: "the informant met her at the bus station",
    });
    const list = "/api/v1/incidents?limit=500";
    for (let round = 0; round < 2; round++) {
      const monitor = await api.call("monitor", "GET", list);
      expect(monitor.text).toContain("the informant met her");
      expect((await api.call("monitor", "GET", `/api/v1/incidents/${secret.id}`)).status).toBe(200);
      expect((await api.call("monitor", "GET", `/api/v1/people/${hidden.id}`)).text).toContain("Зарина");
      for (const who of ["viewer", "anonymous"] as const) {
        const other = await api.call(who, "GET", list);
        expect(other.status).toBe(200);
        expect(other.text).not.toContain("the informant met her");
        expect((await api.call(who, "GET", `/api/v1/incidents/${secret.id}`)).status).toBe(404);
        const person = await api.call(who, "GET", `/api/v1/people/${hidden.id}`);
        expect(person.status).toBe(200);
        // Internal readers see names; the public presenter withholds a protected person's name.
        if (who === "anonymous") expect(person.text).not.toContain("Зарина");
        expect(person.text).not.toContain("lives with her aunt");
      }
    }
    // The same URL with its parameters reordered is the same entry, and still per role.
    expect((await api.call("anonymous", "GET", "/api/v1/incidents?offset=0&limit=500")).text).not.toContain("the informant met her");
    expect((await api.call("monitor", "GET", "/api/v1/incidents?offset=0&limit=500")).text).toContain("the informant met her");
  });

  it("shows a record created over HTTP or by another writer on the very next read", async () => {
    const url = `/api/v1/incidents?limit=500&placeId=${s.incident.placeId}`;
    const before = await api.call("viewer", "GET", url);
    expect((await api.call("viewer", "GET", url)).text).toBe(before.text);
    const created = await api.call("monitor", "POST", "/api/v1/incidents", s.inputs.incident());
    expect(created.status).toBe(201);
    expect((await api.call("viewer", "GET", url)).text).toContain(created.json.id);
    // Written without HTTP, as the CLI or the feed poller does: the audit head moves all the same.
    const direct = await createRecord(api.v.ctx(SYSTEM), "incident", s.inputs.incident());
    expect((await api.call("viewer", "GET", url)).text).toContain(direct.id);
    const changed = await api.call("monitor", "PATCH", `/api/v1/incidents/${direct.id}`, { changes: { description: "moved to the district court" } });
    expect(changed.status).toBe(200);
    expect((await api.call("viewer", "GET", `/api/v1/incidents/${direct.id}`)).text).toContain("moved to the district court");
  });

  it("answers 304 to a reader who has the current version, and 200 again after a write", async () => {
    const url = "/api/v1/overview";
    const first = await api.app.inject({ method: "GET", url });
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers["cache-control"]).toBe("private, no-cache");
    const again = await api.app.inject({ method: "GET", url, headers: { "if-none-match": etag } });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe("");
    await createRecord(api.v.ctx(SYSTEM), "incident", s.inputs.incident());
    const after = await api.app.inject({ method: "GET", url, headers: { "if-none-match": etag } });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().incidentsTotal).toBe(first.json().incidentsTotal + 1);
  });

  it("gzips a large cached answer for readers who accept it, with its own validator", async () => {
    const url = "/api/v1/incidents?limit=200";
    const plain = await api.app.inject({ method: "GET", url });
    const zipped = await api.app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip, br" } });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(zipped.rawPayload).toString("utf8")).toBe(plain.body);
    expect(zipped.headers.etag).not.toBe(plain.headers.etag);
    const refused = await api.app.inject({ method: "GET", url, headers: { "accept-encoding": "gzip;q=0, identity" } });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it("never caches answers about the caller, or errors", async () => {
    const me = await api.call("monitor", "GET", "/api/v1/auth/me");
    expect(me.headers.etag).toBeUndefined();
    const missing = await api.call("monitor", "GET", "/api/v1/incidents/inc_00000000000000000000000000");
    expect(missing.status).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });

  it("refuses a disabled account's session and token, and applies a changed role, on the next request", async () => {
    const user = await createUser(api.v.ctx(SYSTEM), { username: "temporary-monitor", password: "correct horse battery", role: "monitor" });
    const { token } = await createApiToken(api.v.ctx(SYSTEM), user.id, "script");
    const login = await api.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "temporary-monitor", password: "correct horse battery" } });
    const cookie = login.cookies.find((c) => c.name === "vigil_session")!.value;
    const secret = await createRecord(api.v.ctx(SYSTEM), "incident", { type: "threat", victimPersonId: s.person.id, visibility: "confidential", description: "a caller from the district office" });
    const asToken = () => api.app.inject({ method: "GET", url: `/api/v1/incidents/${secret.id}`, headers: { authorization: `Bearer ${token}` } });
    const asSession = () => api.app.inject({ method: "GET", url: `/api/v1/incidents/${secret.id}`, cookies: { vigil_session: cookie } });
    expect((await asToken()).statusCode).toBe(200);
    expect((await asSession()).statusCode).toBe(200);

    expect((await api.call("admin", "PATCH", `/api/v1/users/${user.id}`, { role: "viewer" })).status).toBe(200);
    expect((await asToken()).statusCode).toBe(404);
    expect((await asSession()).statusCode).toBe(404);

    expect((await api.call("admin", "PATCH", `/api/v1/users/${user.id}`, { role: "monitor", disabled: true })).status).toBe(200);
    const me = await api.app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${token}` } });
    expect(me.json().user).toBeNull();
    expect((await asToken()).statusCode).toBe(404);
    expect((await asSession()).statusCode).toBe(404);
  });

  it("forgets a signed-out session at once", async () => {
    const user = await createUser(api.v.ctx(SYSTEM), { username: "leaving-monitor", password: "correct horse battery", role: "monitor" });
    const login = await api.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: user.username, password: "correct horse battery" } });
    const cookie = login.cookies.find((c) => c.name === "vigil_session")!.value;
    const me = () => api.app.inject({ method: "GET", url: "/api/v1/auth/me", cookies: { vigil_session: cookie } });
    expect((await me()).json().user.username).toBe("leaving-monitor");
    await api.app.inject({ method: "POST", url: "/api/v1/auth/logout", cookies: { vigil_session: cookie } });
    expect((await me()).json().user).toBeNull();
  });
});

describe.each(BACKENDS)("read workers on $name", (backend) => {
  let v: TestVigil;
  let s: Awaited<ReturnType<typeof sampleFactory>>;
  /** Every uncached read answered by a worker thread; `cached` adds the read cache in front of it. */
  let direct: FastifyInstance;
  let cached: FastifyInstance;
  const cookies: Partial<Record<Role, string>> = {};
  const config = { trustProxy: false, logLevel: "silent", loginMaxPerMinute: 1000 } as const;
  beforeAll(async () => {
    v = await backend.open();
    s = await sampleFactory(v);
    direct = await buildServer(v, { config, webRoot: "/nonexistent", readCacheMb: 0, readWorkers: { count: 1, databaseUrl: v.url } });
    cached = await buildServer(v, { config, webRoot: "/nonexistent", readWorkers: { count: 2, databaseUrl: v.url } });
    for (const role of ["monitor", "viewer"] as Role[]) {
      await createUser(v.ctx(SYSTEM), { username: `${role}-w`, password: "correct horse battery", role });
      const res = await direct.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: `${role}-w`, password: "correct horse battery" } });
      cookies[role] = res.cookies.find((c) => c.name === "vigil_session")!.value;
    }
  });
  afterAll(async () => {
    await direct?.close();
    await cached?.close();
    await v?.dispose();
  });
  const get = (app: FastifyInstance, who: Role | "anonymous", url: string) =>
    app.inject({ method: "GET", url, ...(who !== "anonymous" ? { cookies: { vigil_session: cookies[who]! } } : {}) });

  it("answer each caller at their own access level, through the cache or not", async () => {
    const hidden = await createRecord(v.ctx(SYSTEM), "person", {
      names: [{ value: "Айжан Сапарова" }], visibility: "public", protection: "anonymous", notes: "stays at her cousin's flat", confidentialFields: ["notes"],
    });
    const secret = await createRecord(v.ctx(SYSTEM), "incident", {
      type: "threat", victimPersonId: hidden.id, visibility: "confidential", description: "the caller named the school she teaches at",
    });
    for (const app of [direct, cached, direct, cached]) {
      expect((await get(app, "monitor", "/api/v1/incidents?limit=500")).body).toContain("the caller named the school");
      expect((await get(app, "monitor", `/api/v1/incidents/${secret.id}`)).statusCode).toBe(200);
      for (const who of ["viewer", "anonymous"] as const) {
        const list = await get(app, who, "/api/v1/incidents?limit=500");
        expect(list.statusCode).toBe(200);
        expect(list.body).not.toContain("the caller named the school");
        const one = await get(app, who, `/api/v1/incidents/${secret.id}`);
        expect(one.statusCode).toBe(404);
        // The error comes from the worker under the listening server's request id.
        expect(one.json().error.code).toBe("not_found");
        const person = await get(app, who, `/api/v1/people/${hidden.id}`);
        expect(person.body).not.toContain("stays at her cousin's flat");
        if (who === "anonymous") expect(person.body).not.toContain("Айжан");
      }
    }
  });

  it("see a write made on the server's own connection on the very next read", async () => {
    const url = `/api/v1/incidents?limit=500&placeId=${s.incident.placeId}`;
    for (const app of [direct, cached]) {
      await get(app, "viewer", url);
      const created = await app.inject({ method: "POST", url: "/api/v1/incidents", payload: s.inputs.incident(), cookies: { vigil_session: cookies.monitor! } });
      expect(created.statusCode).toBe(201);
      expect((await get(app, "viewer", url)).body).toContain(created.json().id);
    }
  });

  it("leave validation and per-user answers to the listening server", async () => {
    const bad = await get(direct, "monitor", "/api/v1/incidents?limit=-3");
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe("validation_failed");
    expect((await get(direct, "monitor", "/api/v1/auth/me")).json().user.username).toBe("monitor-w");
  });
});
