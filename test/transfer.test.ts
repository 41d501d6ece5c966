/** Lossless JSON export/import, all-or-nothing CSV import with line numbers, and backup/restore across dialects. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import {
  backupLines, createRecord, createUser, exportAll, importAll, importIncidentsCsv, importPeopleCsv, listRecords, restoreLines, updateRecord, verifyIntegrity,
} from "../src/register/index.js";
import { sampleFactory } from "./helpers/api.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";
import { EDITOR, MONITOR } from "./helpers/actors.js";

const countAudit = async (v: TestVigil) => Number((await v.store.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe.each(BACKENDS)("import and export on $name", (backend) => {
  let src: TestVigil;
  beforeAll(async () => {
    src = await backend.open(CRISIS_NOW);
    const s = await sampleFactory(src);
    for (const kind of Object.keys(s.inputs) as (keyof typeof s.inputs)[]) await createRecord(src.ctx(MONITOR), kind, s.inputs[kind]());
    await updateRecord(src.ctx(MONITOR), "incident", s.incident.id as string, { description: "Detained at the bus station" });
    const cause = await createRecord(src.ctx(MONITOR), "event", { title: "Fuel price protest" });
    await updateRecord(src.ctx(MONITOR), "event", s.event.id as string, { causedById: cause.id });
  });
  afterAll(async () => src?.dispose());

  it("exports everything, imports it into an empty database and exports the same records again", async () => {
    const first = await exportAll(src.ctx(EDITOR));
    expect(first.records.incidents.length).toBeGreaterThan(1);
    expect(first.records.captures[0]!.contentBase64).toBeTruthy();
    const dst = await backend.open(CRISIS_NOW);
    try {
      const report = await importAll(dst.ctx(EDITOR), JSON.parse(JSON.stringify(first)));
      expect(report.created.incident).toBe(first.records.incidents.length);
      const second = await exportAll(dst.ctx(EDITOR));
      expect(second.records).toEqual(first.records);
      expect((await verifyIntegrity(dst.store)).ok).toBe(true);
      // Importing the same file again changes nothing.
      const again = await importAll(dst.ctx(EDITOR), JSON.parse(JSON.stringify(first)));
      expect(again.created).toEqual({});
    } finally {
      await dst.dispose();
    }
  });

  it("rejects a broken export whole and names the bad record", async () => {
    const data = await exportAll(src.ctx(EDITOR));
    (data.records.incidents[1] as Record<string, unknown>).type = "invented_type";
    const dst = await backend.open(CRISIS_NOW);
    try {
      const before = await countAudit(dst);
      await expect(importAll(dst.ctx(EDITOR), data)).rejects.toMatchObject({ code: "import_failed", message: expect.stringMatching(/incidents/) });
      expect(await countAudit(dst)).toBe(before);
      expect((await listRecords(dst.ctx(EDITOR), "person", { limit: 5 })).total).toBe(0);
    } finally {
      await dst.dispose();
    }
  });

  it("reports every malformed CSV row with its line number and writes nothing", async () => {
    const csv = [
      "Kind,Date,Name,City,Notes",
      "detention,2022-01-06,Арман Сейітов,Aktobe,taken at the rally",
      "detention,2022-13-45,Арман Сейітов,Aktobe,bad date",
      "levitation,2022-01-07,Ержан Б.,Uralsk,unknown kind",
      "administrative_arrest,2022-01-08,\"Ержан Б.\",Орал,too,many,fields",
      "detention,2022-01-09,,Almaty,no victim",
    ].join("\n");
    const before = await countAudit(src);
    const mapping = { type: "Kind", start_date: "Date", person_name: "Name", place: "City", description: "Notes" };
    const err = await importIncidentsCsv(src.ctx(MONITOR), csv, mapping).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: "import_failed" });
    const lines = (err as { details: { errors: { line: number; message: string }[] } }).details.errors;
    expect(lines.map((l) => l.line)).toEqual([3, 4, 5, 6]);
    expect(lines[0]!.message).toMatch(/startDate/);
    expect(lines[1]!.message).toMatch(/type/);
    expect(lines[2]!.message).toMatch(/fields/);
    expect(lines[3]!.message).toMatch(/victim/);
    expect(await countAudit(src)).toBe(before);
  });

  it("imports a good CSV with gazetteer places in any script and reuses exactly named people", async () => {
    const csv = "type,start_date,person_name,place,perpetrator\ndetention,2022-01-06,Арман Сейітов,Орал,police\nadministrative_arrest,2022-01-07,Арман Сейітов,Уральск,court\n";
    const r = await importIncidentsCsv(src.ctx(MONITOR), csv);
    expect(r.created).toBe(2);
    const people = await listRecords(src.ctx(MONITOR), "person", { q: "Арман Сейітов", limit: 10 });
    expect(people.total).toBe(1);
    const incidents = await listRecords(src.ctx(MONITOR), "incident", { personId: people.items[0]!.id, limit: 10 });
    expect(new Set(incidents.items.map((i) => i.placeId)).size).toBe(1);
    expect(incidents.items[0]!.placeId).toBeTruthy();
    const bad = await importPeopleCsv(src.ctx(MONITOR), "name,roles\nАйдана,wizard\n").catch((e: unknown) => e);
    expect(bad).toMatchObject({ code: "import_failed", details: { errors: [{ line: 2 }] } });
  });

  it("backs up everything and restores it into an empty database of each kind, with the history intact", async () => {
    await createUser(src.ctx(SYSTEM), { username: `keeper-${backend.name}`, password: "a long enough password", role: "admin" });
    const lines: unknown[] = [];
    for await (const l of backupLines(src.store, new Date())) lines.push(JSON.parse(JSON.stringify(l)));
    for (const target of BACKENDS) {
      const dst = await target.open(CRISIS_NOW);
      try {
        await restoreLines(dst.store, (async function* () { yield* lines; })());
        const r = await verifyIntegrity(dst.store);
        expect(r.problems).toEqual([]);
        expect((await exportAll(dst.ctx(EDITOR))).records).toEqual((await exportAll(src.ctx(EDITOR))).records);
        const found = await listRecords(dst.ctx(EDITOR), "incident", { q: "bus station", limit: 5 });
        expect(found.total).toBe(1);
        await expect(restoreLines(dst.store, (async function* () { yield* lines; })())).rejects.toMatchObject({ code: "conflict" });
      } finally {
        await dst.dispose();
      }
    }
  });
});
