/** Schema migrations say which one is running (a large database can take minutes) and run once. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sql, type Kysely } from "kysely";
import { up as up0008 } from "../src/store/migrations/sqlite/0008_audit_hash_index.js";
import { migrateStore, openStore } from "../src/store/index.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";

describe("migrateStore", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  it("tells of each migration as it starts, in the order applied", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vigil-migrations-"));
    dirs.push(dir);
    const store = await openStore(`sqlite:${join(dir, "fresh.db")}`);
    try {
      const heard: string[] = [];
      const applied = await migrateStore(store, (name) => heard.push(name));
      expect(applied.length).toBeGreaterThan(0);
      expect(heard).toEqual(applied);
      expect(applied).toEqual([...applied].sort());
    } finally {
      await store.close();
    }
  });
});

describe.each(BACKENDS)("migrateStore on an up-to-date $name database", (backend) => {
  let v: TestVigil | undefined;
  afterEach(async () => v?.dispose());

  it("applies and tells of nothing", async () => {
    v = await backend.open();
    const heard: string[] = [];
    expect(await migrateStore(v.store, (name) => heard.push(name))).toEqual([]);
    expect(heard).toEqual([]);
  });
});

describe("SQLite migration 0008 (the audit hash as a named index)", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const logOf = async (entries: number) => {
    const dir = mkdtempSync(join(tmpdir(), "vigil-0008-"));
    dirs.push(dir);
    const store = await openStore(`sqlite:${join(dir, "old.db")}`);
    await sql`CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, at TEXT NOT NULL, actor_id TEXT, action TEXT NOT NULL, entity_type TEXT NOT NULL,
      entity_id TEXT NOT NULL, before TEXT, after TEXT, reason TEXT, prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE)`.execute(store.db);
    await sql`CREATE INDEX audit_entity ON audit_log(entity_type, entity_id, seq)`.execute(store.db);
    await sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${entries})
      INSERT INTO audit_log SELECT i, '2022-01-06T00:00:00Z', NULL, 'create', 'incident', 'inc_' || i, NULL, '{}', NULL, 'p' || i, 'h' || i FROM n`.execute(store.db);
    return store;
  };
  const shape = async (store: Awaited<ReturnType<typeof openStore>>) => ({
    named: (await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'index' AND name = 'audit_log_hash'`.execute(store.db)).rows.length === 1,
    entries: Number((await sql<{ n: number }>`SELECT count(*) AS n FROM audit_log`.execute(store.db)).rows[0]?.n),
    last: (await sql<{ hash: string }>`SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1`.execute(store.db)).rows[0]?.hash,
  });

  // A small history is copied into the table with the named index; a large one is left as it is (a copy would hold
  // the server for minutes). Either way every entry stays, and the hash stays unique.
  it.each([[500, true], [100_001, false]])("with %i entries: named index %s", async (entries, named) => {
    const store = await logOf(entries);
    try {
      await up0008(store.db as unknown as Kysely<unknown>);
      expect(await shape(store)).toEqual({ named, entries, last: `h${entries}` });
      await expect(sql`INSERT INTO audit_log SELECT ${entries + 1}, at, actor_id, action, entity_type, entity_id, before, after, reason, prev_hash, hash FROM audit_log WHERE seq = 1`.execute(store.db)).rejects.toThrow(/UNIQUE/);
    } finally {
      await store.close();
    }
  });
});
