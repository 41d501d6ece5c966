/**
 * A search gives the same page and the same total whichever way it is read: from its set of matches or by walking an
 * index, through the full-text index's date-ordered keys or the plan's, counted early, by key, from the whole words,
 * or from the rows. The thresholds that choose the route are lowered and raised so that a few incidents take each.
 */
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ANONYMOUS } from "../src/auth/policy.js";
import { fixedId } from "../src/core/ids.js";
import { VERIFICATION_STATUSES } from "../src/contract/vocab.js";
import { gazetteer } from "../src/places/index.js";
import { createRecord, listRecords, type Rec } from "../src/register/index.js";
import { SEARCH_COUNT_CAP } from "../src/register/counts.js";
import { LIST_ROUTES } from "../src/register/list.js";
import { placesWithin, planList } from "../src/register/queries.js";
import { statusColumns } from "../src/register/status-columns.js";
import { MONITOR, VIEWER } from "./helpers/actors.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

type Actor = typeof MONITOR;
const who = (actor: Actor): string => (actor.kind === "user" ? actor.role : "anonymous");
const ids = (items: Rec[]) => items.map((i) => i.id as string);
const DEFAULTS = { ...LIST_ROUTES };
/** Every route's threshold passed (walks, keys, counts from rows), every one not reached (sets), and PostgreSQL's set first. */
const SETTINGS = [
  { name: "defaults", routes: DEFAULTS },
  { name: "walk everything", routes: { pageWalkFrom: 1, countWalkFrom: 2, setFirst: 0, setFirstFiltered: 0 } },
  { name: "walk pages, count sets", routes: { pageWalkFrom: 1, countWalkFrom: 1_000_000, setFirst: 0, setFirstFiltered: 0 } },
  { name: "sets everywhere", routes: { pageWalkFrom: 1_000_000, countWalkFrom: 1_000_000, setFirst: 1e12, setFirstFiltered: 1e12 } },
];

describe.each(BACKENDS)("list routes on $name", { timeout: 120_000 }, (backend) => {
  let v: TestVigil;
  let region: string;

  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
    const m = v.ctx(MONITOR);
    const karaganda = gazetteer().find((p) => p.name === "Karaganda Region")!;
    region = karaganda.id;
    const [city, town] = gazetteer().filter((p) => p.parentId === karaganda.id);
    const elsewhere = gazetteer().find((p) => p.name === "Kostanay Region")!.id;
    const person = (value: string) => createRecord(m, "person", { names: [{ value, lang: "en", kind: "official" }], sex: "male", visibility: "public", protection: "public_figure" });
    // Two people share a name: the name's matches are the incidents of both.
    const named = [await person("Daulet Testbekov"), await person("Daulet Testbekov"), await person("Saule Primerova")];
    const places = [city!.id, town!.id, region, elsewhere, null];
    const types = ["detention", "fine", "administrative_arrest"];
    const visibilities = ["public", "public", "internal", "public", "confidential"];
    const words = ["A weaver was detained", "Two weavers were fined", "The weaver's sister was questioned", "A tailor was stopped"];
    for (let i = 0; i < 26; i++) {
      const victim = i % 4 === 1 ? named[i % 3] : null;
      await createRecord(m, "incident", {
        type: types[i % 3], ...(i % 9 === 8 ? {} : { startDate: `2022-0${1 + (i % 3)}-${String(1 + (i % 7)).padStart(2, "0")}` }),
        ...(places[i % 5] ? { placeId: places[i % 5] } : {}), perpetrators: [{ label: "police" }], visibility: visibilities[i % 5],
        ...(victim ? { victimPersonId: victim.id } : { victimGroup: "residents" }), description: words[i % 4],
      });
    }
  });
  afterAll(async () => v?.dispose());
  afterEach(() => {
    Object.assign(LIST_ROUTES, DEFAULTS);
  });

  /** Every match in order, as the general plan reads them (a filter on every verification keeps it off the key read). */
  const allOf = async (actor: Actor, query: Rec) =>
    ids((await listRecords(v.ctx(actor), "incident", { ...query, verification: [...VERIFICATION_STATUSES], limit: 500 })).items);

  it("reads and counts the same pages on every route", async () => {
    const queries: Rec[] = [
      { q: "weaver" }, { q: "weav" }, { q: "Testbekov" }, { q: "Daulet Testbekov weaver" }, { q: "Primerova" }, { q: "zzznothing" },
      { q: "weaver", type: ["detention", "administrative_arrest"], placeId: region, dateFrom: "2022-01-03" },
      { q: "weaver", placeId: region }, { q: "Testbekov", type: ["detention"] }, { q: "weaver", dateFrom: "2022-02-01", dateTo: "2022-02-28" },
      { q: "weaver", order: "asc" }, { q: "weaver", sort: "type" }, { q: "weaver", sort: "createdAt", order: "asc" },
    ];
    const expected = new Map<string, string[]>();
    for (const query of queries) for (const actor of [MONITOR, VIEWER, ANONYMOUS]) expected.set(JSON.stringify([query, who(actor)]), await allOf(actor, query));
    // The data are enough to make the counts stop at the cap and to reach past the last page.
    expect(Math.max(...[...expected.values()].map((e) => e.length))).toBeGreaterThan(6);
    for (const { name, routes } of SETTINGS) {
      Object.assign(LIST_ROUTES, routes);
      for (const query of queries) {
        for (const actor of [MONITOR, VIEWER, ANONYMOUS]) {
          const all = expected.get(JSON.stringify([query, who(actor)]))!;
          // Every page counted in full; the first two also with a cap the matches pass.
          for (let offset = 0; offset <= all.length + 2; offset += 3) {
            for (const countCap of offset <= 3 ? [undefined, 3] : [undefined]) {
              const cap = countCap ?? SEARCH_COUNT_CAP;
              const page = await listRecords(v.ctx(actor), "incident", { ...query, limit: 3, offset }, countCap === undefined ? {} : { countCap });
              const what = `${name}: ${JSON.stringify(query)} as ${who(actor)}, offset ${offset}, cap ${cap}`;
              expect(ids(page.items), what).toEqual(all.slice(offset, offset + 3));
              expect([page.total, page.totalCapped ?? false], what).toEqual([Math.min(all.length, offset + cap), all.length > offset + cap]);
            }
          }
        }
      }
    }
  });

  it("reads a search by the full-text keys once the thresholds send it there", async () => {
    const keyed = vi.spyOn(v.store.features, "pageByTextKey");
    try {
      Object.assign(LIST_ROUTES, SETTINGS[1]!.routes);
      const page = await listRecords(v.ctx(MONITOR), "incident", { q: "weaver", limit: 2 });
      expect(ids(page.items)).toEqual((await allOf(MONITOR, { q: "weaver" })).slice(0, 2));
      const pages = await Promise.all(keyed.mock.results.map((r) => r.value as Promise<unknown[] | null>));
      // PostgreSQL reads a search of whole words by month once it is not read as a set first.
      expect(pages.some((p) => p !== null)).toBe(true);
    } finally {
      keyed.mockRestore();
    }
  });

  it("reads a region's places by their path, never a place whose path only starts with the same letters", async () => {
    // Paths made to start alike: "/zb/" is a prefix string of "/zbc/", "/zb0/" is where the range of "/zb/" ends, "-"
    // sorts before "/", "_" is a LIKE wildcard and SQLite's LIKE ignores case.
    const paths: Record<string, string> = {
      zb: "/zb/", zbChild: "/zb/zbchild/", zbc: "/zbc/", zbcChild: "/zbc/zbcchild/", zb0: "/zb0/", zbDash: "/zb-/",
      x_y: "/zx_y/", xzy: "/zxzy/", upper: "/ZB/",
    };
    const id: Record<string, string> = {};
    let n = 3_000_000_000;
    for (const [key, path] of Object.entries(paths)) {
      id[key] = fixedId("place", n++);
      await v.store.db.insertInto("places").values({
        id: id[key]!, geonameid: null, name: key, names: "[]", alt_names: "[]", admin_level: "region", parent_id: null, country: "KZ",
        lat: null, lon: null, population: null, code: null, path, search_text: key, version: 1, created_at: "2022-01-01T00:00:00.000Z", updated_at: "2022-01-01T00:00:00.000Z",
      }).execute();
    }
    const incidentIn: Record<string, string> = {};
    for (const key of Object.keys(paths)) {
      const r = await createRecord(v.ctx(MONITOR), "incident", {
        type: "fine", startDate: "2022-03-01", placeId: id[key], perpetrators: [{ label: "court" }], visibility: "public", victimGroup: "residents", description: "A potter was fined",
      });
      incidentIn[key] = r.id as string;
    }
    const inside = { zb: ["zb", "zbChild"], zbc: ["zbc", "zbcChild"], x_y: ["x_y"], zbChild: ["zbChild"] };
    for (const [region, keys] of Object.entries(inside)) {
      expect((await placesWithin(v.store.db, id[region]!))?.sort(), region).toEqual(keys.map((k) => id[k]).sort());
      const expected = keys.map((k) => incidentIn[k]).sort();
      for (const query of [{}, { q: "potter" }, { q: "potter", type: ["fine"] }, { q: "potter", verification: [...VERIFICATION_STATUSES] }]) {
        const page = await listRecords(v.ctx(MONITOR), "incident", { ...query, placeId: id[region], limit: 50 });
        expect(ids(page.items).sort(), `${region} ${JSON.stringify(query)}`).toEqual(expected);
        expect(page.total).toBe(expected.length);
      }
      const plan = planList("incident", { placeId: id[region] }, ["public"], v.store.features, "2022-03-20", statusColumns("public"));
      const r = await sql<{ id: string }>`SELECT id FROM incidents WHERE ${sql.join(plan.where, sql` AND `)}`.execute(v.store.db);
      expect(r.rows.map((x) => x.id).sort(), region).toEqual(expected);
    }
    // Paths compare in code point order whatever the database's collation (PostgreSQL: migration 0009).
    if (backend.name === "postgres") {
      const c = await sql<{ collation_name: string | null }>`SELECT collation_name FROM information_schema.columns
        WHERE table_schema = current_schema() AND table_name = 'places' AND column_name = 'path'`.execute(v.store.db);
      expect(c.rows[0]?.collation_name).toBe("C");
    }
  });

  it("without a count, says only whether the page was full", async () => {
    for (const { routes } of SETTINGS) {
      Object.assign(LIST_ROUTES, routes);
      const all = await allOf(MONITOR, { q: "weaver" });
      for (let offset = 0; offset <= all.length; offset += 3) {
        const page = await listRecords(v.ctx(MONITOR), "incident", { q: "weaver", limit: 3, offset }, { count: false });
        expect(ids(page.items)).toEqual(all.slice(offset, offset + 3));
        const full = page.items.length === 3;
        expect([page.total, page.totalCapped ?? false]).toEqual([offset + page.items.length, full]);
      }
    }
    const people = await listRecords(v.ctx(MONITOR), "person", { q: "Testbekov", limit: 1 }, { count: false });
    expect([people.items.length, people.total, people.totalCapped]).toEqual([1, 1, true]);
  });
});
