/** The import's driver-level bulk path (src/store/bulk.ts) on each backend: rows, NULLs, booleans, lookups, deferred indexes, rollback. */
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import { generateRecords } from "../src/demo/generate.js";
import { importStream, type ExportItem } from "../src/register/transfer.js";
import { IMPORT_CACHE_KIB } from "../src/store/bulk.js";
import type { Db } from "../src/store/index.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";

describe.each(BACKENDS)("bulk writes on $name", (backend) => {
  let v: TestVigil;
  beforeAll(async () => {
    v = await backend.open();
  });
  afterAll(async () => v?.dispose());

  const at = "2022-01-05T10:00:00.000Z";
  const source = (i: number, extra: unknown[] = []) => [`src_01frrfm2g0000001${String(i).padStart(8, "0")}`, "news_article", `Report ${i}`, ...extra];
  const columns = ["id", "kind", "title", "reliability", "protected", "visibility", "confidential_fields", "version", "created_at", "updated_at"];

  it("inserts many rows with NULLs and booleans, in the caller's transaction, and finds them by id", async () => {
    const bool = v.store.features.bool;
    const rows = Array.from({ length: 4500 }, (_, i) => source(i, ["F", bool(i % 2 === 0), "internal", "[]", 1, at, at]));
    // A title left NULL on some rows; a second column list for the same table gets its own statement.
    rows[7]![2] = null;
    await v.store.transaction(async (tx) => {
      await v.store.bulk.insert(tx, "sources", columns, rows);
      await v.store.bulk.insert(tx, "sources", ["id", "kind", "reliability", "protected", "visibility", "confidential_fields", "version", "created_at", "updated_at"],
        [[`src_01frrfm2g0000002${"0".repeat(8)}`, "report", "A", bool(true), "public", "[]", 1, at, at]]);
      const found = await v.store.bulk.existing(tx, "sources", [rows[0]![0] as string, rows[4499]![0] as string, `src_${"9".repeat(26)}`]);
      expect([...found].sort()).toEqual([rows[0]![0], rows[4499]![0]].sort());
    });
    const stored = await v.store.db.selectFrom("sources").select(["id", "title", "protected"]).orderBy("id").execute();
    expect(stored).toHaveLength(4501);
    expect(stored[7]!.title).toBeNull();
    expect([true, 1]).toContain(stored[0]!.protected);
    expect([false, 0]).toContain(stored[1]!.protected);
  });

  it("writes nothing when the transaction fails after a bulk insert", async () => {
    const before = (await v.store.db.selectFrom("sources").select("id").execute()).length;
    const bool = v.store.features.bool;
    await expect(v.store.transaction(async (tx) => {
      await v.store.bulk.insert(tx, "sources", columns, [source(90_000, ["F", bool(false), "internal", "[]", 1, at, at])]);
      throw new Error("a later record is bad");
    })).rejects.toThrow("a later record is bad");
    expect((await v.store.db.selectFrom("sources").select("id").execute()).length).toBe(before);
  });

  /** Index names and definitions of `tables`, as the catalog holds them. */
  const indexesOf = async (tables: string[]): Promise<string[]> => {
    const r = v.store.dialect === "postgres"
      ? await sql<{ d: string }>`SELECT indexdef AS d FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(${tables}) ORDER BY indexname`.execute(v.store.db)
      : await sql<{ d: string }>`SELECT name || ' ' || coalesce(sql, '') AS d FROM sqlite_master WHERE type = 'index' AND tbl_name IN (${sql.join(tables)}) ORDER BY name`.execute(v.store.db);
    return r.rows.map((x) => x.d);
  };

  it("drops secondary indexes for a load and builds the same ones again; a rollback keeps them", async () => {
    const tables = ["incidents", "audit_log", "sources"];
    const before = await indexesOf(tables);
    expect(before.some((d) => /incidents_start_id_vis/.test(d))).toBe(true);
    await v.store.transaction(async (tx) => {
      const rebuild = await v.store.bulk.deferIndexes(tx, tables);
        const names = v.store.dialect === "postgres"
        ? await sql<{ n: string }>`SELECT indexname AS n FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'incidents'`.execute(tx)
        : await sql<{ n: string }>`SELECT name AS n FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents'`.execute(tx);
      // Only what enforces uniqueness is left while the rows go in.
      expect(names.rows.map((r) => r.n)).not.toContain("incidents_start_id_vis");
      expect(names.rows.length).toBeGreaterThan(0);
      await rebuild();
    });
    expect(await indexesOf(tables)).toEqual(before);
    await expect(v.store.transaction(async (tx) => {
      await v.store.bulk.deferIndexes(tx, tables);
      throw new Error("the import failed");
    })).rejects.toThrow("the import failed");
    expect(await indexesOf(tables)).toEqual(before);
  });

  it("builds the audit hash's unique index after the load too, and still refuses a duplicate hash before the commit", async () => {
    const hashIndex = async (db: Db) => (v.store.dialect === "postgres"
      ? await sql<{ n: string }>`SELECT indexname AS n FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'audit_log_hash'`.execute(db)
      : await sql<{ n: string }>`SELECT name AS n FROM sqlite_master WHERE type = 'index' AND name = 'audit_log_hash'`.execute(db)).rows.length;
    expect(await hashIndex(v.store.db)).toBe(1);
    const entry = (seq: number) => [seq, at, null, "import", "source", `src_${String(seq).padStart(26, "0")}`, null, "{}", null, "0".repeat(64), "f".repeat(64)];
    const cols = ["seq", "at", "actor_id", "action", "entity_type", "entity_id", "before", "after", "reason", "prev_hash", "hash"];
    await expect(v.store.transaction(async (tx) => {
      const rebuild = await v.store.bulk.deferIndexes(tx, ["audit_log"]);
      expect(await hashIndex(tx)).toBe(0);
      // Two entries with one hash go in while the index is away; building it again refuses them.
      await v.store.bulk.insert(tx, "audit_log", cols, [entry(900_001), entry(900_002)]);
      await rebuild();
    })).rejects.toThrow(/unique|duplicate/i);
    expect(await hashIndex(v.store.db)).toBe(1);
    expect((await v.store.db.selectFrom("audit_log").select("seq").where("seq", ">", 900_000).execute()).length).toBe(0);
  });

  /** What tuneForImport raises: SQLite's page cache, PostgreSQL's memory for index builds. */
  const setting = async (db: Db) => v.store.dialect === "postgres"
    ? (await sql<{ m: string }>`SELECT current_setting('maintenance_work_mem') AS m`.execute(db)).rows[0]!.m
    : String((await sql<{ cache_size: number }>`PRAGMA cache_size`.execute(db)).rows[0]!.cache_size);

  it("gives an import more memory for its length only", async () => {
    const before = await setting(v.store.db);
    await v.store.transaction(async (tx) => {
      const restore = await v.store.bulk.tuneForImport(tx);
      expect(await setting(tx)).toBe(v.store.dialect === "postgres" ? "256MB" : String(-IMPORT_CACHE_KIB));
      await restore();
    });
    expect(await setting(v.store.db)).toBe(before);
  });

  it("gives the import's memory back when the import fails", async () => {
    const before = await setting(v.store.db);
    const records: ExportItem[] = [...generateRecords({ incidents: 20, seed: 3 })];
    const at = records.findIndex((r) => r.kind === "incidents");
    records[at] = { kind: "incidents", record: { ...(records[at]!.record as object), victimPersonId: `per_${"0".repeat(26)}` } };
    await expect(importStream(v.ctx(SYSTEM), records)).rejects.toMatchObject({ code: "import_failed" });
    expect(await setting(v.store.db)).toBe(before);
  });

  it("refuses a table or column name that is not a plain identifier", async () => {
    await v.store.transaction(async (tx) => {
      await expect(v.store.bulk.insert(tx, "sources; DROP TABLE sources", ["id"], [["x"]])).rejects.toThrow(/plain identifier/);
      await expect(v.store.bulk.existing(tx, "sources\"", ["x"])).rejects.toThrow(/plain identifier/);
      await expect(v.store.bulk.deferIndexes(tx, ["sources'"])).rejects.toThrow(/plain identifier/);
    });
  });
});
