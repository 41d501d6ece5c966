/**
 * SQLite migration 0009 writes every existing incident's full-text entry with the tokens of who below confidential may
 * find it by its text, the same as the register writes them for new and changed incidents.
 */
import { sql, type Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import { createRecord } from "../src/register/index.js";
import { up as up0009 } from "../src/store/migrations/sqlite/0009_fts_text_seen.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";

describe("SQLite migration 0009 (who may find an incident by its text, as facet tokens)", () => {
  let v: TestVigil;
  beforeAll(async () => {
    v = await BACKENDS.find((b) => b.name === "sqlite")!.open();
    const m = v.ctx(SYSTEM);
    const person = async (protection: string) =>
      String((await createRecord(m, "person", { names: [{ value: `Fictional ${protection} Testova` }], visibility: "public", protection, ...(protection === "pseudonymised" ? { publicLabel: "Detainee 1" } : {}) })).id);
    const victims = [await person("named_with_consent"), await person("pseudonymised"), await person("anonymous"), await person("public_figure"), null];
    let i = 0;
    for (const victimPersonId of victims) {
      for (const confidentialFields of [[], ["legal"], ["endDate"]]) {
        await createRecord(m, "incident", {
          type: "detention", startDate: `2022-01-${String(++i).padStart(2, "0")}`, visibility: "public", description: `A bellringer was held, case ${i}`,
          confidentialFields, ...(victimPersonId ? { victimPersonId } : { victimGroup: "residents" }),
        });
      }
    }
    for (const visibility of ["internal", "confidential"]) {
      await createRecord(m, "incident", { type: "detention", startDate: "2022-02-01", visibility, description: "A bellringer was held", victimGroup: "residents" });
    }
  });
  afterAll(async () => v?.dispose());

  const seen = async () => {
    const keys = async (token: string) => (await sql<{ k: number }>`SELECT rowid AS k FROM incidents_fts WHERE incidents_fts MATCH ${`facets : ${token}`} ORDER BY 1`.execute(v.store.db)).rows.map((r) => r.k);
    return { si: await keys("si"), sp: await keys("sp") };
  };

  it("writes the same tokens as the register", async () => {
    const written = await seen();
    // Of the 15 public incidents, the 5 with "legal" confidential are found by nobody below confidential by their text,
    // and the 4 more of shielded victims not by the public; the internal one by viewers only, the confidential by none.
    expect([written.si.length, written.sp.length]).toEqual([11, 6]);
    await up0009(v.store.db as unknown as Kysely<unknown>);
    expect(await seen()).toEqual(written);
  });
});
