/** Schema migrations say which one is running (a large database can take minutes) and run once. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
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
