/**
 * Every store test runs on each backend: a fresh SQLite file, and (when VIGIL_TEST_POSTGRES_URL is set, as in CI)
 * a fresh schema in a real PostgreSQL server.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createVigil, type Vigil } from "../../src/app.js";

export interface Backend { name: "sqlite" | "postgres"; open(now?: () => Date): Promise<TestVigil> }
export interface TestVigil extends Vigil { url: string; dispose(): Promise<void> }

const pgUrl = process.env.VIGIL_TEST_POSTGRES_URL;
if (process.env.CI === "true" && !pgUrl) throw new Error("CI must set VIGIL_TEST_POSTGRES_URL: the suite runs on PostgreSQL as well as SQLite");

let counter = 0;

const sqliteBackend: Backend = {
  name: "sqlite",
  async open(now) {
    const dir = mkdtempSync(join(tmpdir(), "vigil-test-"));
    const url = `sqlite:${join(dir, "vigil.db")}`;
    const v = await createVigil({ databaseUrl: url }, { now });
    return { ...v, url, dispose: async () => { await v.close(); rmSync(dir, { recursive: true, force: true }); } };
  },
};

const postgresBackend: Backend = {
  name: "postgres",
  async open(now) {
    const schema = `t_${process.pid}_${counter++}_${randomBytes(6).toString("hex")}`;
    const v = await createVigil({ databaseUrl: pgUrl! }, { now, schema });
    return {
      ...v,
      url: pgUrl!,
      dispose: async () => {
        await v.close();
        const pg = (await import("pg")).default;
        const c = new pg.Client({ connectionString: pgUrl });
        await c.connect();
        await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
        await c.end();
      },
    };
  },
};

export const BACKENDS: Backend[] = pgUrl ? [sqliteBackend, postgresBackend] : [sqliteBackend];

/** A clock pinned to the middle of the model crisis, so derived status and "days held" are reproducible. */
export const CRISIS_NOW = () => new Date("2022-01-20T12:00:00Z");
