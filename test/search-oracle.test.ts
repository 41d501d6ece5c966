/**
 * A search must not be an oracle: below confidential it finds a record only by words the reader can see. Typing a
 * pseudonymised person's real name must not return their pseudonym, their incidents, or a count of them.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import { createRecord } from "../src/register/index.js";
import { startApi, type Api, type Who } from "./helpers/api.js";
import { BACKENDS } from "./helpers/backends.js";

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
