/**
 * A search must not be an oracle: below confidential it finds a record only by words the reader can see. Typing a
 * pseudonymised person's real name must not return their pseudonym, their incidents, or a count of them.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accessLevel, ANONYMOUS, SYSTEM } from "../src/auth/policy.js";
import { VERIFICATION_STATUSES } from "../src/contract/vocab.js";
import { generateRecords } from "../src/demo/generate.js";
import { SHIELDED } from "../src/publish/index.js";
import { createRecord, importStream, listRecords, updateRecord, type Rec } from "../src/register/index.js";
import { INCIDENT_SEARCHED_FIELDS } from "../src/register/write.js";
import { WITHHELD_TEXT } from "../src/store/dialects/sqlite.js";
import { EDITOR, MONITOR, VIEWER } from "./helpers/actors.js";
import { startApi, type Api, type Who } from "./helpers/api.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

type Actor = typeof MONITOR;

interface ListBody {
  items: { id: string }[];
  total: number;
}

describe.each(BACKENDS)("search as an oracle on $name", (backend) => {
  let api: Api;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    api = await startApi(backend);
    const ctx = api.v.ctx(SYSTEM);
    const hidden = await createRecord(ctx, "person", {
      names: [{ value: "Бекзат Оразбаев" }], visibility: "public", protection: "pseudonymised", publicLabel: "Detainee 7",
    });
    const anonymous = await createRecord(ctx, "person", { names: [{ value: "Гаухар Тлеубекова" }], visibility: "public", protection: "anonymous" });
    const named = await createRecord(ctx, "person", { names: [{ value: "Talgat Nurbekov" }], visibility: "public", protection: "named_with_consent" });
    const secretName = await createRecord(ctx, "person", {
      names: [{ value: "Ержан Сапаров" }], visibility: "public", protection: "named_with_consent", confidentialFields: ["names"],
    });
    const internal = await createRecord(ctx, "person", { names: [{ value: "Ruslan Kadyrbekov" }], visibility: "internal", protection: "named_with_consent" });
    const incident = (victimPersonId: string, description: string, extra: Record<string, unknown> = {}) =>
      createRecord(ctx, "incident", { type: "detention", victimPersonId, visibility: "public", startDate: "2022-01-06", description, ...extra });
    ids.hidden = String(hidden.id);
    ids.hiddenIncident = (await incident(String(hidden.id), "Оразбаев was held after the rally near the akimat")).id as string;
    ids.anonymousIncident = (await incident(String(anonymous.id), "Тлеубекова was held after the rally")).id as string;
    ids.named = String(named.id);
    ids.namedIncident = (await incident(String(named.id), "Nurbekov was held after the rally")).id as string;
    ids.secretNameIncident = (await incident(String(secretName.id), "held at the station")).id as string;
    ids.internalIncident = (await incident(String(internal.id), "held at the border post")).id as string;
    ids.secretText = (await incident(String(named.id), "Our contact described the safehouse on Abay street", { confidentialFields: ["description"] })).id as string;
  });
  afterAll(async () => api?.close());

  const incidents = async (who: Who, q: string) => {
    const r = await api.call(who, "GET", `/api/v1/incidents?q=${encodeURIComponent(q)}`);
    expect(r.status, r.text).toBe(200);
    return r.json as ListBody;
  };
  const people = async (who: Who, q: string) => {
    const r = await api.call(who, "GET", `/api/v1/people?q=${encodeURIComponent(q)}`);
    expect(r.status, r.text).toBe(200);
    return r.json as ListBody;
  };
  const found = (body: ListBody, id: string) => body.items.some((i) => i.id === id);

  it("finds nobody by a pseudonymised or anonymous person's real name, in any script, for the public", async () => {
    for (const q of ["Оразбаев", "Orazbayev", "Bekzat Orazbaev", "Тлеубекова", "Tleubekova"]) {
      const list = await incidents("anonymous", q);
      expect(list, q).toEqual(expect.objectContaining({ items: [], total: 0 }));
      expect((await people("anonymous", q)).total, q).toBe(0);
    }
    const csv = await api.call("anonymous", "GET", `/api/v1/export/incidents.csv?q=${encodeURIComponent("Orazbayev")}`);
    expect(csv.status).toBe(200);
    expect(csv.text.trim().split("\n")).toHaveLength(1);
  });

  it("still finds the public by names they may see and by text they may see", async () => {
    expect(found(await incidents("anonymous", "Nurbekov"), ids.namedIncident!)).toBe(true);
    expect(found(await people("anonymous", "Нурбеков"), ids.named!)).toBe(true);
    const rally = await incidents("anonymous", "rally");
    expect(found(rally, ids.namedIncident!)).toBe(true);
    // The pseudonymised and the anonymous victims' text is withheld from the public, so it cannot find them either.
    expect(found(rally, ids.hiddenIncident!)).toBe(false);
    expect(found(rally, ids.anonymousIncident!)).toBe(false);
    expect(rally.total).toBe(1);
  });

  it("keeps names marked confidential and internal people's names out of lower levels' searches", async () => {
    for (const who of ["anonymous", "viewer"] as const) {
      expect((await incidents(who, "Сапаров")).total, who).toBe(0);
      expect((await people(who, "Saparov")).total, who).toBe(0);
    }
    expect((await incidents("anonymous", "Kadyrbekov")).total).toBe(0);
    expect(found(await incidents("viewer", "Kadyrbekov"), ids.internalIncident!)).toBe(true);
    expect(found(await incidents("monitor", "Сапаров"), ids.secretNameIncident!)).toBe(true);
  });

  it("keeps text marked confidential out of lower levels' searches", async () => {
    for (const who of ["anonymous", "viewer"] as const) expect((await incidents(who, "safehouse")).total, who).toBe(0);
    expect(found(await incidents("monitor", "safehouse"), ids.secretText!)).toBe(true);
  });

  it("lets readers inside see what they may: a viewer finds the pseudonymised person by name", async () => {
    expect(found(await people("viewer", "Orazbayev"), ids.hidden!)).toBe(true);
    expect(found(await incidents("viewer", "Orazbayev"), ids.hiddenIncident!)).toBe(true);
    expect(found(await incidents("monitor", "Оразбаев"), ids.hiddenIncident!)).toBe(true);
  });
});

/**
 * Who below confidential may find an incident by its text is kept with the text in the full-text index (SQLite: facet
 * tokens, migration 0009), so that a search leaves withheld matches out inside the index; PostgreSQL tests each match's
 * row. It must follow every change of a confidential field, a visibility, a victim or a victim's protection at
 * once, whoever writes it, and agree with the search guard of the general plan.
 */
describe.each(BACKENDS)("what a search may find, kept with the text on $name", (backend) => {
  let v: TestVigil;
  const at: Record<string, string> = {};
  const people: Record<string, string> = {};
  // Every match on one page: the two plans order the same day's incidents differently (ADR 0006).
  const search = async (actor: Actor, q: string, extra: Rec = {}) => {
    const page = await listRecords(v.ctx(actor), "incident", { q, limit: 500, ...extra });
    return { ids: page.items.map((i) => i.id as string).sort(), total: page.total };
  };
  /** The same search through the general plan and its guard: a filter on every verification takes it off the key path. */
  const general = (actor: Actor, q: string) => search(actor, q, { verification: [...VERIFICATION_STATUSES] });
  const finds = async (actor: Actor, q: string, id: string) => (await search(actor, q)).ids.includes(id);

  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
    const m = v.ctx(SYSTEM);
    for (const [key, protection] of [["named", "named_with_consent"], ["other", "public_figure"], ["shielded", "pseudonymised"]] as const) {
      people[key] = String((await createRecord(m, "person", { names: [{ value: `Fictional ${key} Personov` }], visibility: "public", protection, ...(protection === "pseudonymised" ? { publicLabel: "Detainee 3" } : {}) })).id);
    }
    const incident = async (key: string, victimPersonId: string, description: string) => {
      at[key] = String((await createRecord(m, "incident", { type: "detention", victimPersonId, visibility: "public", startDate: "2022-01-06", description })).id);
    };
    await incident("watched", people.named!, "The lamplighter was held after the vigil");
    await incident("beside", people.other!, "Another lamplighter was held after the vigil");
  });
  afterAll(async () => v?.dispose());

  it("reads a guarded word search by its full-text keys, as a monitor's", async () => {
    const keyed = vi.spyOn(v.store.features, "pageByTextKey");
    try {
      for (const actor of [VIEWER, ANONYMOUS]) await search(actor, "lamplighter");
      const pages = await Promise.all(keyed.mock.results.map((r) => r.value as Promise<unknown>));
      expect(pages.map((p) => p !== null)).toEqual([true, true]);
    } finally {
      keyed.mockRestore();
    }
  });

  it("follows the victim's protection, written through the register or by another process", async () => {
    const m = v.ctx(SYSTEM);
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(true);
    await updateRecord(m, "person", people.named!, { protection: "anonymous" });
    expect(await search(ANONYMOUS, "lamplighter")).toEqual({ ids: [at.beside], total: 1 });
    expect(await finds(VIEWER, "lamplighter", at.watched!)).toBe(true);
    await updateRecord(m, "person", people.named!, { protection: "named_with_consent" });
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(true);
    await sql`UPDATE people SET protection = 'pseudonymised' WHERE id = ${people.named!}`.execute(v.store.db);
    expect(await search(ANONYMOUS, "lamplighter")).toEqual({ ids: [at.beside], total: 1 });
    await sql`UPDATE people SET protection = 'public_figure' WHERE id = ${people.named!}`.execute(v.store.db);
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(true);
  });

  it("follows the incident's victim", async () => {
    const m = v.ctx(SYSTEM);
    await updateRecord(m, "incident", at.watched!, { victimPersonId: people.shielded });
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(false);
    expect(await finds(VIEWER, "lamplighter", at.watched!)).toBe(true);
    await updateRecord(m, "incident", at.watched!, { victimPersonId: people.named });
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(true);
  });

  it("follows each searched field marked confidential, and the visibility", async () => {
    const m = v.ctx(SYSTEM);
    for (const field of INCIDENT_SEARCHED_FIELDS) {
      await updateRecord(m, "incident", at.watched!, { confidentialFields: [field] });
      for (const actor of [VIEWER, ANONYMOUS]) expect(await search(actor, "lamplighter"), field).toEqual({ ids: [at.beside], total: 1 });
      expect(await finds(MONITOR, "lamplighter", at.watched!), field).toBe(true);
    }
    // A field that is not searched withholds nothing from the search.
    await updateRecord(m, "incident", at.watched!, { confidentialFields: ["endDate"] });
    for (const actor of [VIEWER, ANONYMOUS]) expect(await finds(actor, "lamplighter", at.watched!)).toBe(true);
    await sql`UPDATE incidents SET confidential_fields = '["description"]' WHERE id = ${at.watched!}`.execute(v.store.db);
    for (const actor of [VIEWER, ANONYMOUS]) expect(await finds(actor, "lamplighter", at.watched!)).toBe(false);
    await updateRecord(m, "incident", at.watched!, { confidentialFields: [] });
    await updateRecord(m, "incident", at.watched!, { visibility: "internal" });
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(false);
    expect(await finds(VIEWER, "lamplighter", at.watched!)).toBe(true);
    await updateRecord(m, "incident", at.watched!, { visibility: "confidential" });
    expect(await finds(VIEWER, "lamplighter", at.watched!)).toBe(false);
    await updateRecord(m, "incident", at.watched!, { visibility: "public" });
    for (const actor of [VIEWER, ANONYMOUS]) expect(await finds(actor, "lamplighter", at.watched!)).toBe(true);
    await sql`UPDATE incidents SET visibility = 'internal' WHERE id = ${at.watched!}`.execute(v.store.db);
    expect(await search(ANONYMOUS, "lamplighter")).toEqual({ ids: [at.beside], total: 1 });
    expect(await finds(VIEWER, "lamplighter", at.watched!)).toBe(true);
    await sql`UPDATE incidents SET visibility = 'public' WHERE id = ${at.watched!}`.execute(v.store.db);
    expect(await finds(ANONYMOUS, "lamplighter", at.watched!)).toBe(true);
  });

  it("declares, as migration 0009 froze them, the register's searched fields and shielded protections", () => {
    expect([...WITHHELD_TEXT.searchedFields]).toEqual([...INCIDENT_SEARCHED_FIELDS]);
    expect([...WITHHELD_TEXT.shielded]).toEqual([...SHIELDED]);
  });

  it("agrees with the general plan's guard on an imported register, into an empty one and batch by batch", async () => {
    const records = [...generateRecords({ incidents: 400, seed: 11 })];
    const words = ["detained", "rally", "court", "автозак", "телевидение", "january", "police"];
    const empty = await backend.open(CRISIS_NOW);
    const inUse = await backend.open(CRISIS_NOW);
    try {
      await createRecord(inUse.ctx(SYSTEM), "person", { names: [{ value: "Fictional Firstov" }], visibility: "public" });
      await importStream(empty.ctx(EDITOR), records);
      await importStream(inUse.ctx(EDITOR), records);
      for (const target of [empty, inUse]) {
        const saved = v;
        v = target;
        try {
          for (const q of words) {
            for (const actor of [VIEWER, ANONYMOUS, MONITOR]) expect(await search(actor, q), `${q} ${accessLevel(actor)}`).toEqual(await general(actor, q));
          }
        } finally {
          v = saved;
        }
      }
    } finally {
      await empty.dispose();
      await inUse.dispose();
    }
  });
});
