/**
 * `vigil import` of a JSON export reads the file as a stream (src/cli/export-reader.ts): a generated export of ~4,600
 * records, written as `vigil export` writes it, imports whole over several windows; one bad record deep inside names
 * itself by its position in the file and writes nothing.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readExportStream, utf8Chunks } from "../src/cli/export-reader.js";
import { EXPORT_FORMAT, EXPORT_VERSION } from "../src/contract/export.js";
import { generateRecords } from "../src/demo/generate.js";
import { exportAll, importStream, listRecords, verifyIntegrity } from "../src/register/index.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";
import { EDITOR } from "./helpers/actors.js";

const dir = mkdtempSync(join(tmpdir(), "vigil-import-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ORDER = ["places", "organisations", "people", "events", "sources", "captures", "incidents", "proceedings", "statistics", "interventions", "claims"] as const;

/** The generated register as an export file: collections in dependency order, one space of indent like `vigil export`. */
function exportFile(name: string, edit: (records: Record<string, Record<string, unknown>[]>) => void = () => undefined): { path: string; total: number } {
  const records: Record<string, Record<string, unknown>[]> = Object.fromEntries(ORDER.map((k) => [k, []]));
  for (const r of generateRecords({ incidents: 1200, seed: 7 })) records[r.kind]!.push(r.record as Record<string, unknown>);
  edit(records);
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: "2022-02-01T00:00:00.000Z", records }, null, 1)}\n`);
  return { path, total: Object.values(records).reduce((n, list) => n + list.length, 0) };
}

/** As the CLI reads it, in small chunks so records and strings cross chunk boundaries. */
const fileRecords = (path: string) => readExportStream(path, utf8Chunks(path, createReadStream(path, { highWaterMark: 4096 })));

const countAudit = async (v: TestVigil) => Number((await v.store.db.selectFrom("audit_log").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);

describe.each(BACKENDS)("vigil import of a JSON export file on $name", (backend) => {
  it("imports every record of a multi-window export, including events listed before the events that caused them", async () => {
    let reversed = 0;
    const file = exportFile(`whole-${backend.name}.json`, (records) => {
      // Effects before their causes: the reader holds an event back until its cause has been read.
      records.events!.reverse();
      reversed = records.events!.filter((e) => e.causedById).length;
    });
    expect(reversed).toBeGreaterThan(0);
    const dst = await backend.open(CRISIS_NOW);
    try {
      const report = await importStream(dst.ctx(EDITOR), fileRecords(file.path), { reason: "test file" });
      expect(Object.values(report.created).reduce((a, b) => a + b, 0)).toBe(file.total);
      expect((await verifyIntegrity(dst.store)).problems).toEqual([]);
      const again = await exportAll(dst.ctx(EDITOR));
      expect(again.records.incidents).toHaveLength(1200);
    } finally {
      await dst.dispose();
    }
  }, 180_000);

  it("names a bad record deep in the file by its position and writes nothing", async () => {
    let n = -1;
    const file = exportFile(`broken-${backend.name}.json`, (records) => {
      // Past the first window of 4,000 records: earlier windows are written when the bad one is reached.
      n = records.incidents!.length - 5;
      records.incidents![n]!.startDate = "2022-13-45";
    });
    const dst = await backend.open(CRISIS_NOW);
    try {
      const before = await countAudit(dst);
      await expect(importStream(dst.ctx(EDITOR), fileRecords(file.path))).rejects.toMatchObject({
        code: "import_failed", message: expect.stringContaining(`not a Vigil export: records.incidents.${n}.startDate`),
      });
      expect(await countAudit(dst)).toBe(before);
      expect((await listRecords(dst.ctx(EDITOR), "person", { limit: 1 })).total).toBe(0);
    } finally {
      await dst.dispose();
    }
  }, 180_000);
});
