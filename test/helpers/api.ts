/** An API on a real database, with one signed-in session per role, driven through Fastify's inject. */
import type { FastifyInstance } from "fastify";
import type { Role } from "../../src/contract/vocab.js";
import { SYSTEM } from "../../src/auth/policy.js";
import { createRecord, createUser, type Rec } from "../../src/register/index.js";
import { buildServer } from "../../src/server/build-server.js";
import type { RecordKind } from "../../src/store/index.js";
import type { Backend, TestVigil } from "./backends.js";

export type Who = Role | "anonymous";
export const WHO: Who[] = ["admin", "editor", "monitor", "viewer", "anonymous"];

export interface Api {
  v: TestVigil;
  app: FastifyInstance;
  call(who: Who, method: "GET" | "POST" | "PATCH" | "DELETE", url: string, body?: unknown): Promise<{ status: number; json: any; text: string; headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

export async function startApi(backend: Backend, now?: () => Date): Promise<Api> {
  const v = await backend.open(now);
  const app = await buildServer(v, { config: { trustProxy: false, logLevel: "silent", loginMaxPerMinute: 1000 }, webRoot: "/nonexistent" });
  const cookies: Partial<Record<Who, string>> = {};
  for (const role of ["admin", "editor", "monitor", "viewer"] as Role[]) {
    await createUser(v.ctx(SYSTEM), { username: `${role}-1`, password: "correct horse battery", role });
    const res = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: `${role}-1`, password: "correct horse battery" } });
    if (res.statusCode !== 200) throw new Error(`login failed for ${role}: ${res.body}`);
    const c = res.cookies.find((x) => x.name === "vigil_session");
    cookies[role] = c!.value;
  }
  return {
    v,
    app,
    async call(who, method, url, body) {
      const res = await app.inject({
        method, url,
        ...(body !== undefined ? { payload: body as object } : {}),
        ...(cookies[who] ? { cookies: { vigil_session: cookies[who]! } } : {}),
      });
      let json: unknown = null;
      try {
        json = res.body ? JSON.parse(res.body) : null;
      } catch {
        json = null;
      }
      return { status: res.statusCode, json, text: res.body, headers: res.headers as Record<string, unknown> };
    },
    async close() {
      await app.close();
      await v.dispose();
    },
  };
}

/** Valid inputs for every kind, each referring to records made once per database. */
export async function sampleFactory(v: TestVigil) {
  const ctx = v.ctx(SYSTEM);
  const place = (await v.store.db.selectFrom("places").select("id").where("code", "=", "KZ-15").executeTakeFirstOrThrow()).id;
  const person = await createRecord(ctx, "person", { names: [{ value: "Бекзат Оспанов" }], visibility: "public", protection: "public_figure" });
  const source = await createRecord(ctx, "source", { publisher: "Daily Steppe", visibility: "public", reliability: "B" });
  const capture = await createRecord(ctx, "capture", { sourceId: source.id, mediaType: "text/plain", content: "Bekzat Ospanov was detained on Monday in Aktobe." });
  const incident = await createRecord(ctx, "incident", { type: "detention", victimPersonId: person.id, placeId: place, startDate: "2022-01-05", visibility: "public" });
  const event = await createRecord(ctx, "event", { title: "Protest on the main square", visibility: "public" });
  let n = 0;
  const inputs: Record<RecordKind, () => Rec> = {
    place: () => ({ name: `Village ${++n}`, adminLevel: "locality", parentId: place, country: "KZ", names: { ru: `Посёлок ${n}` } }),
    organisation: () => ({ name: `District police ${++n}`, kind: "police", visibility: "public" }),
    person: () => ({ names: [{ value: `Ерлан Тестов ${++n}` }], roles: ["activist"], visibility: "public" }),
    event: () => ({ title: `Rally ${++n}`, startDate: "2022-01-04", placeId: place, visibility: "public" }),
    incident: () => ({ type: "beating", victimPersonId: person.id, eventId: event.id, startDate: "2022-01-06", placeId: place, description: `Beaten at the station ${++n}`, visibility: "public" }),
    proceeding: () => ({ personId: person.id, incidentId: incident.id, charges: [{ article: `272 part ${++n}` }], chargeStatus: "pending", visibility: "public" }),
    statistic: () => ({ metric: "detained", count: 100 + ++n, approximate: true, asOfDate: "2022-01-10", sourceId: source.id, visibility: "public" }),
    intervention: () => ({ kind: "statement", byWhom: `Free Press Watch ${++n}`, date: "2022-01-08", personId: person.id, visibility: "public" }),
    source: () => ({ kind: "news_article", publisher: `Outlet ${++n}`, url: `https://news.example/${n}`, visibility: "public" }),
    capture: () => ({ sourceId: source.id, mediaType: "text/plain", content: `Captured text number ${++n}` }),
    claim: () => ({ sourceId: source.id, captureId: capture.id, subjectType: "incident", subjectId: incident.id, spanStart: 0, spanEnd: 14, credibility: 2, visibility: "public" }),
  };
  /** A field each kind can change, for PATCH round trips. */
  const changes: Record<RecordKind, Rec> = {
    place: { population: 1234 }, organisation: { name: "Renamed police department" }, person: { occupation: "camera operator" },
    event: { description: "Thousands gathered" }, incident: { verification: "corroborated" }, proceeding: { chargeStatus: "convicted" },
    statistic: { count: 999 }, intervention: { outcome: "no reply" }, source: { reliability: "C" }, capture: {}, claim: { credibility: 3 },
  };
  return { inputs, changes, person, source, capture, incident, event, place };
}
