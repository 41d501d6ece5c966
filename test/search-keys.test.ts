/**
 * A search in date order read through the full-text index's date-ordered keys (SQLite, ADR 0006) gives what the
 * general plan gives, on both backends: same matches, newest first, the same day's incidents latest recorded first,
 * nothing above the reader's level, and the order follows a changed start date, a deletion, an import and a restore.
 */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { accessLevel, ANONYMOUS, visibleVisibilities } from "../src/auth/policy.js";
import { INCIDENT_TYPES, VERIFICATION_STATUSES } from "../src/contract/vocab.js";
import { gazetteer } from "../src/places/index.js";
import { foldText } from "../src/core/text.js";
import { generateRecords } from "../src/demo/generate.js";
import { createRecord, deleteRecord, listRecords, updateRecord, type Rec } from "../src/register/index.js";
import { countNamedIncidents, namedPeople, placesWithin, planList } from "../src/register/queries.js";
import { statusColumns } from "../src/register/status-columns.js";
import { importStream } from "../src/register/transfer.js";
import { ftsTokens } from "../src/store/dialects/sqlite.js";
import { ADMIN, EDITOR, MONITOR, VIEWER } from "./helpers/actors.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";

type Actor = typeof MONITOR;
const ids = (items: Rec[]) => items.map((i) => i.id as string);

describe.each(BACKENDS)("search by date-ordered text keys on $name", (backend) => {
  let v: TestVigil;
  const at: Record<string, string> = {};
  /** Every page of a search, the order pinned by the general plan: a filter on every verification takes it off the key path. */
  const search = async (actor: Actor, q: string, extra: Rec = {}) => ids((await listRecords(v.ctx(actor), "incident", { q, limit: 50, ...extra })).items);
  const general = async (actor: Actor, q: string, extra: Rec = {}) => search(actor, q, { verification: [...VERIFICATION_STATUSES], ...extra });

  beforeAll(async () => {
    v = await backend.open(CRISIS_NOW);
    const m = v.ctx(MONITOR);
    const person = await createRecord(m, "person", {
      names: [{ value: "Гульнара Фиктивова", lang: "ru", kind: "official" }], sex: "female", visibility: "public", protection: "public_figure",
    });
    const incident = async (key: string, startDate: string | null, description: string, fields: Rec = {}) => {
      const r = await createRecord(m, "incident", {
        type: "detention", ...(startDate ? { startDate } : {}), perpetrators: [{ label: "police" }], visibility: "public", description,
        ...(fields.victimPersonId ? {} : { victimGroup: "residents" }), ...fields,
      });
      at[key] = r.id as string;
    };
    // Created in this order; "tie1" … "tie3" share a day, so they follow each other latest recorded first.
    await incident("old", "2021-03-01", "A glassblower was detained near the square");
    await incident("tie1", "2022-01-06", "A glassblower was questioned at home");
    await incident("tie2", "2022-01-06", "Two glassblowers were fined");
    await incident("hidden", "2022-01-07", "A glassblower held overnight", { visibility: "internal" });
    await incident("tie3", "2022-01-06", "The glassblower's brother was searched");
    await incident("new", "2022-01-10", "A glassblower was released");
    await incident("undated", null, "A glassblower went missing");
    await incident("secret", "2022-01-08", "A glassblower's relative was summoned", { visibility: "confidential" });
    await incident("other", "2022-01-09", "A tailor was detained");
    await incident("victim", "2022-01-05", "Taken from her home", { victimPersonId: person.id });
  });
  afterAll(async () => v?.dispose());

  it("reads a word's matches newest first, ties latest recorded first, undated last, and the same as the general plan", async () => {
    const newestFirst = [at.new, at.secret, at.hidden, at.tie3, at.tie2, at.tie1, at.old, at.undated];
    if (backend.name === "postgres") {
      // PostgreSQL puts a missing date first in a descending order (its NULLS FIRST), before and after this change.
      newestFirst.unshift(newestFirst.pop()!);
    }
    expect(await search(MONITOR, "glassblower")).toEqual(newestFirst);
    expect(await general(MONITOR, "glassblower")).toEqual(newestFirst);
    expect(await search(MONITOR, "glassblower", { order: "asc" })).toEqual([...newestFirst].reverse());
    // A prefix is the words it starts: "glassblow" is "glassblower" and "glassblowers".
    expect(await search(MONITOR, "Glassblow")).toEqual(newestFirst);
    const paged: string[] = [];
    for (let offset = 0; offset < newestFirst.length; offset += 3) paged.push(...(await search(MONITOR, "glassblower", { limit: 3, offset })));
    expect(paged).toEqual(newestFirst);
  });

  it("shows and counts only what the reader's level may see", async () => {
    for (const [actor, hide] of [[VIEWER, [at.secret]], [ANONYMOUS, [at.secret, at.hidden]]] as const) {
      const expected = (await search(MONITOR, "glassblower")).filter((id) => !hide.includes(id));
      expect(await search(actor, "glassblower")).toEqual(expected);
      const page = await listRecords(v.ctx(actor), "incident", { q: "glassblower", limit: 2 });
      expect(ids(page.items)).toEqual(expected.slice(0, 2));
      expect(page.total).toBe(expected.length);
    }
  });

  it("unites a named victim's incidents with the text matches in date order", async () => {
    const both = await search(MONITOR, "Fiktivova glassblower");
    // Every term must match: the name's incident has no "glassblower", the text matches have no victim of that name.
    expect(both).toEqual([]);
    await createRecord(v.ctx(MONITOR), "incident", { type: "fine", startDate: "2022-01-04", perpetrators: [{ label: "court" }], visibility: "public", victimGroup: "residents", description: "Fiktivova was fined" })
      .then((r) => (at.named = r.id as string));
    expect(await search(MONITOR, "Fiktivova")).toEqual([at.victim, at.named]);
    expect(await general(MONITOR, "Fiktivova")).toEqual([at.victim, at.named]);
  });

  it("tests each victim for a name shared by many, and counts them from the people's side, as the list of people does", async () => {
    const m = v.ctx(MONITOR);
    for (let i = 0; i < 3; i++) {
      const p = await createRecord(m, "person", { names: [{ value: "Placeholder Detainee", lang: "en", kind: "official" }], sex: "unknown", visibility: "public", protection: "public_figure" });
      await createRecord(m, "incident", { type: "detention", startDate: `2022-01-0${i + 1}`, victimPersonId: p.id, perpetrators: [{ label: "police" }], visibility: i === 2 ? "internal" : "public" });
    }
    const visible = ["public"];
    const listed = await namedPeople(v.store.db, "Placeholder Detainee", 1000);
    expect(listed).toHaveLength(3);
    const run = async (opts: Parameters<typeof planList>[6]) => {
      const plan = planList("incident", { q: "Placeholder Detainee" }, visible, v.store.features, "2022-01-20", statusColumns("public"), opts);
      const r = await sql<{ id: string }>`SELECT id FROM incidents WHERE ${sql.join(plan.where, sql` AND `)} ORDER BY ${plan.orderBy}`.execute(v.store.db);
      return r.rows.map((x) => x.id);
    };
    const streamed = await run({ noTextMatches: true, manyNamed: true, namedPeople: null });
    expect(streamed).toHaveLength(2);
    expect(streamed).toEqual(await run({ noTextMatches: true, namedPeople: listed }));
    expect(await countNamedIncidents(v.store.db, "Placeholder Detainee", visible, 100)).toBe(2);
    expect(await countNamedIncidents(v.store.db, "Placeholder Detainee", ["public", "internal"], 100)).toBe(3);
    expect(await countNamedIncidents(v.store.db, "Placeholder Detainee", visible, 1)).toBe(1);
  });

  it("moves an incident when its start date changes, and drops it when it is deleted", async () => {
    const m = v.ctx(MONITOR);
    const r = await createRecord(m, "incident", { type: "detention", startDate: "2022-01-02", perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents", description: "A cooper was detained" });
    const other = await createRecord(m, "incident", { type: "detention", startDate: "2022-01-03", perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents", description: "A cooper was fined" });
    expect(await search(MONITOR, "cooper")).toEqual([other.id, r.id]);
    await updateRecord(m, "incident", r.id as string, { startDate: "2022-01-11" });
    expect(await search(MONITOR, "cooper")).toEqual([r.id, other.id]);
    // One page at a time: an entry left at the old key would come back as a third match.
    const pages = [];
    for (const offset of [0, 1, 2]) pages.push(await search(MONITOR, "cooper", { limit: 1, offset }));
    expect(pages).toEqual([[r.id], [other.id], []]);
    await updateRecord(m, "incident", r.id as string, { description: "A barrel maker was detained" });
    expect(await search(MONITOR, "cooper")).toEqual([other.id]);
    expect(await search(MONITOR, "barrel")).toEqual([r.id]);
    await deleteRecord(v.ctx(ADMIN), "incident", other.id as string, { reason: "test" });
    expect(await search(MONITOR, "cooper")).toEqual([]);
    expect((await listRecords(m, "incident", { q: "cooper", limit: 5 })).total).toBe(0);
  });

  it("forgets the words of a replaced text or a deleted incident that no other incident holds", async () => {
    const m = v.ctx(MONITOR);
    const terms = async (...words: string[]) =>
      (await sql<{ term: string }>`SELECT term FROM incident_terms WHERE term IN (${sql.join(words)}) ORDER BY term`.execute(v.store.db)).rows.map((r) => r.term);
    const r = await createRecord(m, "incident", { type: "detention", startDate: "2022-01-04", perpetrators: [{ label: "police" }], visibility: "confidential", victimGroup: "residents", description: "Zhanargulova wheelwright" });
    const other = await createRecord(m, "incident", { type: "detention", startDate: "2022-01-04", perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents", description: "A wheelwright" });
    expect(await terms("zhanargulova", "wheelwright", "saddler")).toEqual(["wheelwright", "zhanargulova"]);
    await updateRecord(m, "incident", r.id as string, { description: "Saddler wheelwright" });
    expect(await terms("zhanargulova", "wheelwright", "saddler")).toEqual(["saddler", "wheelwright"]);
    await deleteRecord(v.ctx(ADMIN), "incident", r.id as string, { reason: "test" });
    // "wheelwright" is still another incident's word; "saddler" was only the deleted one's.
    expect(await terms("zhanargulova", "wheelwright", "saddler")).toEqual(["wheelwright"]);
    expect(await search(MONITOR, "wheelwright")).toEqual([other.id]);
  });

  it.runIf(backend.name === "postgres")("asks a prefix as the words it starts, matching what the tsquery prefix matches", async () => {
    const m = v.ctx(MONITOR);
    await createRecord(m, "incident", {
      type: "detention", startDate: "2022-01-12", perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents",
      description: "A glassmith was held; glassworks closed",
    });
    const prepared = await v.store.features.prepareText(v.store.db, ["glass"]);
    expect(prepared.match).toMatch(/'glassblower'/);
    for (const q of ["glass", "glassbl", "glassblowers", "glass held", "zzzabsent", "x½glass"]) {
      const terms = foldText(q).split(" ");
      const raw = await sql<{ id: string }>`SELECT id FROM incidents WHERE search_tsv @@ to_tsquery('simple', ${terms.map((t) => `${t}:*`).join(" & ")})`.execute(v.store.db);
      const listed = ids((await listRecords(v.ctx(ADMIN), "incident", { q, limit: 500 })).items);
      expect(new Set(listed)).toEqual(new Set(raw.rows.map((r) => r.id)));
    }
    // Parsed as two lexemes by PostgreSQL: the search stays the parser's prefix query.
    expect((await v.store.features.prepareText(v.store.db, ["x½glass"])).match).toBeUndefined();
  });

  it.runIf(backend.name === "postgres")("reads a page by month, tested from the top or walked from a month's end, as the general plan orders it", async () => {
    const { MONTH_WINDOWS } = await import("../src/store/dialects/postgres.js");
    const saved = { ...MONTH_WINDOWS };
    const m = v.ctx(MONITOR);
    // Newer months without the words, one with them, and an undated one, so that the top of the date order lacks them.
    for (const [startDate, description] of [["2022-05-03", "A tailor was fined"], ["2022-04-20", "A tailor was detained"], ["2022-03-02", "A glassblower was warned"], [null, "A tailor went missing"]] as const) {
      await createRecord(m, "incident", {
        type: "detention", ...(startDate ? { startDate } : {}), perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents", description,
      });
    }
    const features = v.store.features;
    try {
      for (const settings of [
        { topTested: 0, sparseMonths: 1_000_000, manyInMonth: 0 }, { topTested: 0, sparseMonths: 0, manyInMonth: 0 }, { topTested: 0, sparseMonths: 0, manyInMonth: 1000 },
        { topTested: 2, sparseMonths: 1, manyInMonth: 1 }, { topTested: 1000, sparseMonths: 1, manyInMonth: 2 },
      ]) {
        Object.assign(MONTH_WINDOWS, settings);
        for (const q of ["glassblower", "tailor", "glassblowers", "was"]) {
          const text = await features.prepareText(v.store.db, foldText(q).split(" "));
          for (const actor of [ADMIN, VIEWER, ANONYMOUS]) {
            const level = accessLevel(actor);
            const visible = level === "confidential" ? null : visibleVisibilities(level);
            const expected = await general(actor, q);
            for (const [limit, offset] of [[50, 0], [2, 0], [2, 2], [3, 5], [2, 100]] as const) {
              expect(await features.pageByTextKey(v.store.db, text, null, visible, "desc", limit, offset, {}), `${q} ${JSON.stringify(settings)} ${limit}/${offset}`)
                .toEqual(expected.slice(offset, offset + limit));
            }
          }
        }
      }
    } finally {
      Object.assign(MONTH_WINDOWS, saved);
    }
  });

  it("answers a prefix that starts more words than it expands as the index's own prefix", async () => {
    const m = v.ctx(MONITOR);
    // 70 words starting "vex": more than a prefix is expanded into.
    const words = Array.from({ length: 70 }, (_, i) => `vex${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await createRecord(m, "incident", {
        type: "detention", startDate: `2022-01-1${i}`, perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents", description: words.slice(i * 25, i * 25 + 25).join(" "),
      });
      made.unshift(r.id as string);
    }
    expect(await search(MONITOR, "vex")).toEqual(made);
    expect(await general(MONITOR, "vex")).toEqual(made);
    expect(await search(MONITOR, words[60]!)).toEqual([made[0]]);
  });

  it("applies type, region and dates in the same read as the general plan, with the same counts, at every level", async () => {
    const m = v.ctx(MONITOR);
    const region = gazetteer().find((p) => p.name === "Karaganda Region")!;
    const [city, town] = gazetteer().filter((p) => p.parentId === region.id);
    const elsewhere = gazetteer().find((p) => p.name === "Kostanay Region")!;
    const rows: [string, string, string | null, string, string?][] = [
      ["detention", "2022-02-01", city!.id, "public"], ["administrative_arrest", "2022-02-03", town!.id, "public"], ["fine", "2022-02-03", city!.id, "public"],
      ["detention", "2022-02-05", region.id, "internal"], ["detention", "2022-02-05", elsewhere.id, "public"], ["detention", "2022-02-07", null, "public"],
      ["detention", "2022-02-09", city!.id, "confidential"], ["detention", "2022-03-01", town!.id, "public"], ["detention", "2022-01-31", city!.id, "public"],
      ["administrative_arrest", "2022-02-05", city!.id, "public", "no start date"],
    ];
    for (const [type, startDate, placeId, visibility, note] of rows) {
      await createRecord(m, "incident", {
        type, ...(note ? {} : { startDate }), ...(placeId ? { placeId } : {}), perpetrators: [{ label: "police" }], visibility, victimGroup: "residents",
        description: `A lamplighter was stopped ${note ?? ""}`,
      });
    }
    const filters: Rec[] = [
      { type: ["detention", "administrative_arrest"], placeId: region.id, dateFrom: "2022-02-01", dateTo: "2022-02-28" },
      { type: ["detention"], placeId: city!.id }, { placeId: region.id, dateFrom: "2022-02-03" }, { dateFrom: "2022-02-03", dateTo: "2022-02-05" },
      { dateTo: "2022-02-05" }, { type: ["fine"] }, { type: ["killing"] }, { placeId: region.id, dateFrom: "2022-02-01", order: "asc" },
      { placeId: gazetteer().find((p) => p.name === "Shymkent")!.id },
      // More pairs of a type and a place than SQLite asks as pairs' tokens: the types' and the places' tokens instead.
      { type: [...INCIDENT_TYPES], placeId: region.id, dateFrom: "2022-02-01" },
    ];
    for (const f of filters) {
      for (const actor of [MONITOR, VIEWER, ANONYMOUS]) {
        const expected = await general(actor, "lamplighter", f);
        expect(await search(actor, "lamplighter", f), JSON.stringify(f)).toEqual(expected);
        // Page by page, each page's total as the general plan counts it.
        for (let offset = 0; offset <= expected.length; offset += 2) {
          const keyed = await listRecords(v.ctx(actor), "incident", { q: "lamplighter", limit: 2, offset, ...f });
          const plan = await listRecords(v.ctx(actor), "incident", { q: "lamplighter", limit: 2, offset, verification: [...VERIFICATION_STATUSES], ...f });
          expect(ids(keyed.items)).toEqual(expected.slice(offset, offset + 2));
          expect([keyed.total, keyed.totalCapped], `${JSON.stringify(f)} ${offset}`).toEqual([plan.total, plan.totalCapped]);
        }
        const capped = await listRecords(v.ctx(actor), "incident", { q: "lamplighter", limit: 1, ...f }, { countCap: 2 });
        expect([capped.total, capped.totalCapped ?? false]).toEqual([Math.min(expected.length, 2), expected.length > 2]);
      }
    }
    expect((await search(MONITOR, "lamplighter", filters[0])).length).toBe(4);
    if (backend.name === "postgres") {
      // PostgreSQL reads such a search from one GIN query of its words, types and places (incidentFacets): the same rows in
      // the same order as the filters written as conditions, at every level.
      const rowsOf = async (f: Rec, visible: string[], facets: boolean) => {
        const places = typeof f.placeId === "string" ? await placesWithin(v.store.db, f.placeId) : null;
        const plan = planList("incident", { q: "lamplighter", ...f }, visible, v.store.features, "2022-03-20", statusColumns("public"), { facets, places });
        const where = sql.join(plan.where, sql` AND `);
        if (places?.length !== 0) expect(where.compile(v.store.db).sql.includes("array_to_tsvector")).toBe(facets);
        const r = await sql<{ id: string }>`SELECT id FROM incidents WHERE ${where} ORDER BY ${plan.orderBy}`.execute(v.store.db);
        return r.rows.map((x) => x.id);
      };
      for (const f of [...filters, { placeId: "plc_00000000000000000000000000" }, { q: "lamplighter stopped", type: ["detention"] }]) {
        for (const visible of [["public"], ["public", "internal"], ["public", "internal", "confidential"]]) {
          expect(await rowsOf(f, visible, true), JSON.stringify(f)).toEqual(await rowsOf(f, visible, false));
        }
      }
      expect(await rowsOf(filters[0]!, ["public", "internal", "confidential"], true)).toHaveLength(4);
    }
    // On SQLite those searches (a range open below aside) were read by key, not planned as any other list; PostgreSQL
    // has no such key.
    const keyed = vi.spyOn(v.store.features, "pageByTextKey");
    try {
      await search(MONITOR, "lamplighter", filters[0]);
      const pages = await Promise.all(keyed.mock.results.map((r) => r.value as Promise<number[] | null>));
      expect(pages.map((p) => p !== null)).toEqual(backend.name === "sqlite" ? [true] : []);
    } finally {
      keyed.mockRestore();
    }
  });

  it("moves an incident's entry when its type or place changes, and never matches a search word against them", async () => {
    const m = v.ctx(MONITOR);
    const city = gazetteer().find((p) => p.name === "Karaganda")!;
    const r = await createRecord(m, "incident", { type: "detention", startDate: "2022-02-02", perpetrators: [{ label: "police" }], visibility: "public", victimGroup: "residents", description: "A chimneysweep was stopped" });
    const inCity = { type: ["fine"], placeId: city.id };
    expect(await search(MONITOR, "chimneysweep", inCity)).toEqual([]);
    await updateRecord(m, "incident", r.id as string, { type: "fine", placeId: city.id });
    expect(await search(MONITOR, "chimneysweep", inCity)).toEqual([r.id]);
    // A word spelled like the type is not the type.
    expect(await search(MONITOR, "chimneysweep fine", inCity)).toEqual([]);
    expect(await search(MONITOR, "chimneysweep", { type: ["detention"] })).toEqual([]);
    await updateRecord(m, "incident", r.id as string, { placeId: null });
    expect(await search(MONITOR, "chimneysweep", inCity)).toEqual([]);
    expect(await search(MONITOR, "chimneysweep", { type: ["fine"] })).toEqual([r.id]);
    // The facets' own tokens are not words of any incident's text.
    expect(await search(MONITOR, "tfine")).toEqual([]);
    expect(await search(MONITOR, `p${city.id.replace(/_/g, "0")}`)).toEqual([]);
    await updateRecord(m, "incident", r.id as string, { placeId: city.id });
    expect(await search(MONITOR, `xfine9${city.id.replace(/_/g, "0")}`)).toEqual([]);
    // The pair of type and place follows either changing.
    await updateRecord(m, "incident", r.id as string, { type: "detention" });
    expect(await search(MONITOR, "chimneysweep", inCity)).toEqual([]);
    expect(await search(MONITOR, "chimneysweep", { type: ["detention", "beating"], placeId: city.id })).toEqual([r.id]);
  });

  it("keeps the keys and their words through a bulk import", async () => {
    const dst = await backend.open(CRISIS_NOW);
    try {
      await importStream(dst.ctx(EDITOR), [...generateRecords({ incidents: 300, seed: 11 })], { reason: "test" });
      const all = (await listRecords(dst.ctx(MONITOR), "incident", { limit: 500 })).items;
      const word = foldText(String(all.find((i) => typeof i.description === "string")!.description)).split(" ").find((w) => w.length >= 6)!;
      const key = ids((await listRecords(dst.ctx(MONITOR), "incident", { q: word, limit: 500 })).items);
      const plan = ids((await listRecords(dst.ctx(MONITOR), "incident", { q: word, verification: [...VERIFICATION_STATUSES], limit: 500 })).items);
      expect(key.length).toBeGreaterThan(0);
      expect(new Set(key)).toEqual(new Set(plan));
      const dates = (list: string[]) => list.map((id) => all.find((i) => i.id === id)!.startDate ?? "");
      expect(dates(key)).toEqual(dates(plan));
      // The imported entries carry their type and place too.
      const first = all.find((i) => typeof i.description === "string" && typeof i.placeId === "string" && typeof i.startDate === "string")!;
      const its = foldText(String(first.description)).split(" ").find((w) => w.length >= 6)!;
      const filters = { q: its, type: [first.type], placeId: first.placeId, dateFrom: first.startDate, limit: 500 };
      const keyed = ids((await listRecords(dst.ctx(MONITOR), "incident", filters)).items);
      const planned = ids((await listRecords(dst.ctx(MONITOR), "incident", { ...filters, verification: [...VERIFICATION_STATUSES] })).items);
      expect(keyed).toContain(first.id);
      expect(new Set(keyed)).toEqual(new Set(planned));
    } finally {
      await dst.dispose();
    }
  });

  it.runIf(backend.name === "sqlite")("splits folded text into the tokens FTS5 makes of it, for every character foldText keeps", async () => {
    const { default: Database } = await import("better-sqlite3");
    const db = new Database(":memory:");
    try {
      db.exec("CREATE VIRTUAL TABLE f USING fts5(body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2'); CREATE VIRTUAL TABLE t USING fts5vocab(f, instance)");
      const insert = db.prepare("INSERT INTO f (rowid, body) VALUES (?, ?)");
      const texts = new Map<number, string>();
      db.transaction(() => {
        for (let c = 0x30; c < 0x30000; c++) {
          if (c >= 0xd800 && c < 0xe000) continue;
          const ch = String.fromCodePoint(c);
          if (foldText(ch) !== ch) continue;
          texts.set(c, `x${ch}x`);
          insert.run(c, `x${ch}x`);
        }
      })();
      const tokens = new Map<number, string[]>();
      for (const r of db.prepare("SELECT doc, term FROM t ORDER BY doc, offset").all() as { doc: number; term: string }[]) tokens.set(r.doc, [...(tokens.get(r.doc) ?? []), r.term]);
      const differ = [...texts].filter(([c, text]) => JSON.stringify(ftsTokens(text)) !== JSON.stringify(tokens.get(c) ?? []));
      expect(differ.map(([c]) => c.toString(16))).toEqual([]);
    } finally {
      db.close();
    }
  });
});
