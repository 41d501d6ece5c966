import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../src/auth/policy.js";
import { captureContent, createRecord, ensureNameKeys, deleteRecord, getRecord, listRecords, recordHistory, updateRecord, type Rec } from "../src/register/index.js";
import { resolvePlace } from "../src/places/index.js";
import { ADMIN, MONITOR, VIEWER } from "./helpers/actors.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

const almatyCity = resolvePlace("Almaty")!.place;

describe.each(BACKENDS)("register on $name", (backend) => {
  let v: TestVigil;
  let person: Rec;
  let source: Rec;
  let capture: Rec;
  const articleText = "On 7 January police detained Нұрлан Жұмабаев, a reporter, near the square in Almaty. He was given 15 days.";

  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
    const m = v.ctx(MONITOR);
    person = await createRecord(m, "person", {
      names: [
        { value: "Жұмабаев Нұрлан Серікұлы", lang: "kk", kind: "official", family: "Жұмабаев", given: "Нұрлан", patronymic: "Серікұлы" },
        { value: "Nurlan Zhumabayev", lang: "en", kind: "press_spelling" },
      ],
      sex: "male",
      roles: ["journalist"],
      visibility: "public",
      protection: "public_figure",
      notes: "phone of his sister is kept offline",
      confidentialFields: ["notes"],
    });
    source = await createRecord(m, "source", { kind: "news_article", publisher: "Steppe Courier", url: "https://example.org/a/1", publishedDate: "2022-01-08", reliability: "B", visibility: "public" });
    capture = await createRecord(m, "capture", { sourceId: source.id, mediaType: "text/plain; charset=utf-8", content: articleText });
  });
  afterAll(async () => v?.dispose());

  it("keeps every name of a person with script detected and finds them in any script", async () => {
    const got = await getRecord(v.ctx(MONITOR), "person", person.id as string);
    expect((got.names as Rec[]).map((n) => [n.value, n.script])).toEqual([["Жұмабаев Нұрлан Серікұлы", "Cyrl"], ["Nurlan Zhumabayev", "Latn"]]);
    for (const q of ["Zhumabayev", "Жумабаев", "Жұмабаев", "nurlan zhumabaev", "Жумабаева"]) {
      const page = await listRecords(v.ctx(MONITOR), "person", { q, limit: 10 });
      expect(page.items.map((p) => p.id), q).toContain(person.id);
    }
  });

  it("rebuilds name keys when the matching rules change", async () => {
    await v.store.db.deleteFrom("person_name_keys").execute();
    await v.store.db.updateTable("meta").set({ value: "0" }).where("key", "=", "name_key_version").execute();
    expect((await listRecords(v.ctx(MONITOR), "person", { q: "Zhumabayev", limit: 10 })).total).toBe(0);
    expect(await ensureNameKeys(v.store)).toBe(true);
    expect((await listRecords(v.ctx(MONITOR), "person", { q: "Zhumabayev", limit: 10 })).items.map((p) => p.id)).toContain(person.id);
    expect(await ensureNameKeys(v.store)).toBe(false);
  });

  it("creates an incident with its claim, derives the status and keeps the history", async () => {
    const m = v.ctx(MONITOR);
    const detention = await createRecord(m, "incident", {
      type: "detention", victimPersonId: person.id, startDate: "2022-01-07", placeId: almatyCity.id, description: "Detained near the square while filming",
      perpetrators: [{ label: "police" }], visibility: "public",
    });
    const arrest = await createRecord(m, "incident", { type: "administrative_arrest", victimPersonId: person.id, startDate: "2022-01-08", placeId: almatyCity.id, visibility: "public" });
    await createRecord(m, "proceeding", {
      personId: person.id, incidentId: arrest.id, court: "Specialised administrative court", charges: [{ code: "CAO", article: "488" }],
      chargeStatus: "convicted", sentence: { kind: "administrative_arrest", length: 15, unit: "days" }, startDate: "2022-01-07",
    });
    const start = articleText.indexOf("police detained");
    const claim = await createRecord(m, "claim", {
      sourceId: source.id, captureId: capture.id, subjectType: "incident", subjectId: detention.id, spanStart: start, spanEnd: start + 40, credibility: 2, visibility: "public",
    });
    expect(claim.quote).toBe(articleText.slice(start, start + 40));

    const p = await getRecord(m, "person", person.id as string);
    expect(p.status).toMatchObject({ status: "serving_sentence", since: "2022-01-07", until: "2022-01-21", daysHeld: 14, releaseOverdue: false });

    const updated = await updateRecord(m, "incident", detention.id as string, { description: "Detained near the square while filming the crowd" }, { expectedVersion: 1, reason: "more detail" });
    expect(updated.version).toBe(2);
    await expect(updateRecord(m, "incident", detention.id as string, { description: "x" }, { expectedVersion: 1 })).rejects.toMatchObject({ code: "stale_version" });
    const history = await recordHistory(m, "incident", detention.id as string);
    expect(history.map((h) => h.action)).toEqual(["create", "update"]);
    expect(history[1]!.reason).toBe("more detail");
    expect((history[1]!.before as Rec).description).toBe("Detained near the square while filming");
  });

  it("rejects a quote that is not in the capture, and writes nothing", async () => {
    const m = v.ctx(MONITOR);
    const before = await v.store.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    const inc = (await listRecords(m, "incident", { personId: person.id, limit: 1 })).items[0]!;
    await expect(createRecord(m, "claim", { sourceId: source.id, captureId: capture.id, subjectType: "incident", subjectId: inc.id, spanStart: 0, spanEnd: 5, quote: "Other" }))
      .rejects.toMatchObject({ code: "validation_failed" });
    await expect(createRecord(m, "incident", { type: "detention", victimPersonId: "per_00000000000000000000000000" })).rejects.toMatchObject({ code: "validation_failed" });
    const after = await v.store.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it("filters incidents by type, dates, place including sub-places, role, status and text", async () => {
    const m = v.ctx(MONITOR);
    const region = resolvePlace("Almaty", {})!.place.parentId!;
    const kazakhstan = resolvePlace("Kazakhstan")!.place.id;
    const ids = async (q: Record<string, unknown>) => (await listRecords(m, "incident", { limit: 100, ...q })).items.map((i) => i.type);
    expect(await ids({ type: ["detention"] })).toEqual(["detention"]);
    expect((await ids({ dateFrom: "2022-01-08", dateTo: "2022-01-31" }))).toEqual(["administrative_arrest"]);
    expect((await ids({ placeId: kazakhstan })).length).toBe(2);
    expect((await ids({ placeId: region })).length).toBe(2);
    expect((await ids({ placeId: resolvePlace("Aktobe")!.place.id })).length).toBe(0);
    expect((await ids({ role: ["journalist"] })).length).toBe(2);
    expect((await ids({ role: ["lawyer"] })).length).toBe(0);
    expect((await ids({ status: ["held"] })).length).toBe(2);
    expect((await ids({ q: "filming" }))).toEqual(["detention"]);
    expect((await ids({ q: "Zhumabayev" })).length).toBe(2);
  });

  it("shows each reader only what they may see", async () => {
    const secret = await createRecord(v.ctx(MONITOR), "incident", { type: "threat", victimPersonId: person.id, startDate: "2022-01-09", visibility: "confidential" });
    await expect(getRecord(v.ctx(VIEWER), "incident", secret.id as string)).rejects.toMatchObject({ code: "not_found" });
    await expect(getRecord(v.ctx(ANONYMOUS), "incident", secret.id as string)).rejects.toMatchObject({ code: "not_found" });
    const viewerPerson = await getRecord(v.ctx(VIEWER), "person", person.id as string);
    expect(viewerPerson).not.toHaveProperty("notes");
    const publicPerson = await getRecord(v.ctx(ANONYMOUS), "person", person.id as string);
    expect(publicPerson).not.toHaveProperty("notes");
    expect(publicPerson).not.toHaveProperty("visibility");
    expect(JSON.stringify(publicPerson)).not.toContain("sister");
    const anon = await createRecord(v.ctx(MONITOR), "person", { names: [{ value: "Айгерім Сапарова" }], protection: "anonymous", publicLabel: "Witness A", visibility: "public" });
    const told = await createRecord(v.ctx(MONITOR), "incident", { type: "beating", victimPersonId: anon.id, description: "Айгерім Сапарова was beaten at the bus stop", visibility: "public" });
    expect((await getRecord(v.ctx(ANONYMOUS), "incident", told.id as string)).description).toBeNull();
    expect((await getRecord(v.ctx(VIEWER), "incident", told.id as string)).description).toMatch(/bus stop/);
    const shown = await getRecord(v.ctx(ANONYMOUS), "person", anon.id as string);
    expect(JSON.stringify(shown)).not.toContain("Сапарова");
    expect((shown.names as Rec[])[0]!.value).toBe("Witness A");
    expect((await listRecords(v.ctx(ANONYMOUS), "incident", { limit: 100 })).items.every((i) => i.type !== "threat")).toBe(true);
    // Evidence text may name protected people: the public sees that a source supports a record, not the quote.
    const publicClaims = await listRecords(v.ctx(ANONYMOUS), "claim", { limit: 100 });
    expect(publicClaims.items.length).toBeGreaterThan(0);
    expect(publicClaims.items.every((c) => !("quote" in c))).toBe(true);
    await expect(captureContent(v.ctx(ANONYMOUS), capture.id as string)).rejects.toMatchObject({ code: "unauthenticated" });
  });

  it("derives each reader's status only from records that reader may see", async () => {
    const m = v.ctx(MONITOR);
    const hidden = await createRecord(m, "person", { names: [{ value: "Тимур Ахметов" }], visibility: "public", protection: "public_figure" });
    await createRecord(m, "incident", { type: "detention", victimPersonId: hidden.id, startDate: "2022-01-10", visibility: "confidential" });
    expect((await getRecord(m, "person", hidden.id as string)).status).toMatchObject({ status: "detained", daysHeld: 11 });
    expect((await getRecord(v.ctx(VIEWER), "person", hidden.id as string)).status).toMatchObject({ status: "unknown", daysHeld: null });
    expect((await getRecord(v.ctx(ANONYMOUS), "person", hidden.id as string)).status).toMatchObject({ status: "unknown", daysHeld: null });
    const held = async (ctx: typeof m) => (await listRecords(ctx, "person", { status: ["held"], limit: 100 })).items.map((p) => p.id);
    expect(await held(m)).toContain(hidden.id);
    expect(await held(v.ctx(ANONYMOUS))).not.toContain(hidden.id);
  });

  it("refuses to delete a record that others still refer to", async () => {
    await expect(deleteRecord(v.ctx(ADMIN), "person", person.id as string)).rejects.toMatchObject({ code: "conflict" });
    await expect(deleteRecord(v.ctx(MONITOR), "person", person.id as string)).rejects.toMatchObject({ code: "forbidden" });
    const loose = await createRecord(v.ctx(MONITOR), "organisation", { name: "Department of Internal Affairs", kind: "police" });
    await deleteRecord(v.ctx(ADMIN), "organisation", loose.id as string, { reason: "entered twice" });
    await expect(getRecord(v.ctx(ADMIN), "organisation", loose.id as string)).rejects.toMatchObject({ code: "not_found" });
  });
});
