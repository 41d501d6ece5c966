/**
 * Lists at scale: capped counts, paging through ties, the union of name and text matches in a search, and counts that
 * never include records above the reader's level (also when served from the per-state cache).
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../src/auth/policy.js";
import { resolvePlace } from "../src/places/index.js";
import { createRecord, listRecords, overview, updateRecord, type Rec } from "../src/register/index.js";
import { MONITOR, VIEWER } from "./helpers/actors.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

const almaty = resolvePlace("Almaty")!.place;

describe.each(BACKENDS)("lists and counts on $name", (backend) => {
  let v: TestVigil;
  let named: Rec;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
    const m = v.ctx(MONITOR);
    named = await createRecord(m, "person", {
      names: [{ value: "Ержан Тлеубердиев", lang: "ru", kind: "official" }], sex: "male", visibility: "public", protection: "public_figure",
    });
    const other = await createRecord(m, "person", { names: [{ value: "Aliya Sarsenova", lang: "en", kind: "official" }], sex: "female", visibility: "public", protection: "public_figure" });
    const incident = async (key: string, fields: Rec) => {
      const r = await createRecord(m, "incident", { type: "detention", startDate: "2022-01-06", perpetrators: [{ label: "police" }], visibility: "public", ...fields });
      ids[key] = r.id as string;
    };
    // Same start date for all but one: the order among them is decided by id alone.
    await incident("text", { victimPersonId: other.id, description: "A beekeeper was detained at the market", placeId: almaty.id });
    await incident("name", { victimPersonId: named.id, description: "Taken from his home at night", placeId: almaty.id });
    await incident("both", { victimPersonId: named.id, description: "The beekeeper Tleuberdiev was detained again" });
    await incident("neither", { victimPersonId: other.id, description: "Fined for a post" });
    await incident("later", { victimPersonId: other.id, startDate: "2022-01-09", description: "A second beekeeper was fined" });
    await incident("internal", { victimPersonId: other.id, description: "A beekeeper held overnight", visibility: "internal" });
    await incident("confidential", { victimPersonId: other.id, description: "A beekeeper's relative was questioned", visibility: "confidential" });
  });
  afterAll(async () => v?.dispose());

  it("finds a person's incidents by a name in another script and incidents by their text, each once", async () => {
    const page = await listRecords(v.ctx(MONITOR), "incident", { q: "Tleuberdiev", limit: 50 });
    expect(page.items.map((i) => i.id).sort()).toEqual([ids.name, ids.both].sort());
    expect(page.total).toBe(2);
    expect(page.totalCapped).toBeUndefined();
    const both = await listRecords(v.ctx(MONITOR), "incident", { q: "beekeeper", limit: 50 });
    expect(both.items.map((i) => i.id).sort()).toEqual([ids.text, ids.both, ids.later, ids.internal, ids.confidential].sort());
    // With a region the matches are a test on the region's index entries rather than where the read starts.
    for (const q of ["beekeeper", "Tleuberdiev"]) {
      const inRegion = await listRecords(v.ctx(MONITOR), "incident", { q, placeId: almaty.id, type: ["detention", "fine"], dateFrom: "2022-01-01", limit: 50 });
      expect(inRegion.items.map((i) => i.id), q).toEqual([q === "beekeeper" ? ids.text : ids.name]);
      expect(inRegion.total).toBe(1);
    }
  });

  it("counts up to a cap past the offset and says when it stopped", async () => {
    const m = v.ctx(MONITOR);
    const q = { q: "beekeeper", limit: 2 };
    expect(await listRecords(m, "incident", { ...q, offset: 0 }, { countCap: 3 })).toMatchObject({ total: 3, totalCapped: true });
    // Deeper pages count further: the web table grows as it scrolls.
    expect(await listRecords(m, "incident", { ...q, offset: 1 }, { countCap: 3 })).toMatchObject({ total: 4, totalCapped: true });
    const exact = await listRecords(m, "incident", { ...q, offset: 0 }, { countCap: 5 });
    expect(exact.total).toBe(5);
    expect(exact.totalCapped).toBeUndefined();
  });

  it("pages through ties in the sort order without repeating or skipping a row", async () => {
    for (const [sort, order] of [["startDate", "desc"], ["startDate", "asc"], ["type", "desc"], ["createdAt", "asc"]] as const) {
      for (const q of [undefined, "beekeeper"]) {
        const all = await listRecords(v.ctx(MONITOR), "incident", { q, sort, order, limit: 50 });
        const paged: string[] = [];
        for (let offset = 0; offset < all.items.length; offset += 2) {
          paged.push(...(await listRecords(v.ctx(MONITOR), "incident", { q, sort, order, limit: 2, offset })).items.map((i) => i.id as string));
        }
        expect(paged, `${sort} ${order} ${q ?? ""}`).toEqual(all.items.map((i) => i.id));
        expect(new Set(paged).size).toBe(paged.length);
      }
    }
    const byDate = (await listRecords(v.ctx(MONITOR), "incident", { sort: "startDate", order: "desc", limit: 50 })).items;
    expect(byDate[0]!.id).toBe(ids.later);
    const tied = byDate.slice(1).map((i) => i.id as string);
    expect(tied).toEqual([...tied].sort().reverse());
  });

  it("never counts records above the reader's level, in lists, searches and the overview", async () => {
    const counts = async (actor: typeof MONITOR) => ({
      all: (await listRecords(v.ctx(actor), "incident", { limit: 1 })).total,
      search: (await listRecords(v.ctx(actor), "incident", { q: "beekeeper", limit: 1 })).total,
      overview: (await overview(v.ctx(actor))).incidentsTotal,
    });
    expect(await counts(MONITOR)).toEqual({ all: 7, search: 5, overview: 7 });
    expect(await counts(VIEWER)).toEqual({ all: 6, search: 4, overview: 6 });
    expect(await counts(ANONYMOUS)).toEqual({ all: 5, search: 3, overview: 5 });
    // A write moves the audit head: the cached totals of every level follow it.
    await updateRecord(v.ctx(MONITOR), "incident", ids.internal!, { visibility: "confidential" });
    expect(await counts(VIEWER)).toEqual({ all: 5, search: 3, overview: 5 });
    expect(await counts(MONITOR)).toEqual({ all: 7, search: 5, overview: 7 });
    await updateRecord(v.ctx(MONITOR), "incident", ids.internal!, { visibility: "internal" });
    expect(await counts(VIEWER)).toEqual({ all: 6, search: 4, overview: 6 });
  });

  it("counts whole-word matches by visibility without reading rows, and binds a large set of people as one value", async () => {
    const words = (vis: string[] | null) => v.store.features.countVisibleWordHits(v.store.db, { terms: ["beekeeper"] }, vis, 100);
    if (v.store.dialect === "sqlite") {
      // "beekeeper's" folds to "beekeepers": a prefix match, not a whole word, so the bound leaves it out.
      expect([await words(["public"]), await words(["public", "internal"]), await words(null)]).toEqual([3, 4, 4]);
      expect(await v.store.features.countVisibleWordHits(v.store.db, { terms: ["beekeeper"] }, null, 2)).toBe(2);
      // Prepared, the prefix is asked as the words it starts ("beekeeper", "beekeepers"): the count is exact.
      const prepared = await v.store.features.prepareText(v.store.db, ["beekeeper"]);
      expect(prepared.streams).toBe(true);
      expect(await v.store.features.countVisibleWordHits(v.store.db, prepared, null, 100)).toBe(5);
    } else {
      expect(await words(["public"])).toBeNull();
    }
    const ids = [named.id as string, ...Array.from({ length: 1500 }, (_, i) => `per_missing_${i}`)];
    const r = await sql<{ id: string }>`SELECT id FROM people WHERE id IN (${v.store.features.idSet(ids)})`.execute(v.store.db);
    expect(r.rows.map((x) => x.id)).toEqual([named.id]);
  });

  it("counts new incidents for the reader's level, and the people list exactly", async () => {
    const o = await overview(v.ctx(MONITOR));
    expect([o.newIncidents24h, o.newIncidents7d]).toEqual([7, 7]);
    expect(o.newIncidents24hCapped).toBeUndefined();
    expect((await overview(v.ctx(VIEWER))).newIncidents24h).toBe(6);
    expect(await listRecords(v.ctx(MONITOR), "person", { limit: 1 })).toMatchObject({ total: 2 });
  });
});
