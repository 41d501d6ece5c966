/**
 * Moving a place moves every place under it, and nothing else: the paths its old path starts, read as a range in code
 * point order (a LIKE of the old path took its '_' for any character and, on SQLite, ignored case).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRecord, updateRecord } from "../src/register/index.js";
import { placesWithin } from "../src/register/queries.js";
import { MONITOR } from "./helpers/actors.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";

describe.each(BACKENDS)("moving a place on $name", (backend) => {
  let v: TestVigil;
  beforeAll(async () => {
    v = await backend.open();
  });
  afterAll(async () => v?.dispose());

  const place = async (name: string, parentId: string | null) =>
    String((await createRecord(v.ctx(MONITOR), "place", { name, adminLevel: "district", country: "KZ", ...(parentId ? { parentId } : {}) })).id);
  const pathOf = async (id: string) => (await v.store.db.selectFrom("places").select("path").where("id", "=", id).executeTakeFirstOrThrow()).path;

  it("moves its subtree, not places whose paths only look alike", async () => {
    const from = await place("Fictional Old Region", null);
    const to = await place("Fictional New Region", null);
    const child = await place("Fictional Child", from);
    const grandchild = await place("Fictional Grandchild", child);
    // Places whose paths LIKE '<from's path>%' matched: '_' written otherwise, and the same id in capitals.
    const lookalikes = [`${from.replace("_", "x")}`, from.toUpperCase()];
    for (const id of lookalikes) {
      await v.store.db.insertInto("places").values({
        id, geonameid: null, name: id, names: "[]", alt_names: "[]", admin_level: "district", parent_id: null, country: "KZ",
        lat: null, lon: null, population: null, code: null, path: `/${id}/`, search_text: id, version: 1,
        created_at: "2022-01-01T00:00:00.000Z", updated_at: "2022-01-01T00:00:00.000Z",
      }).execute();
    }
    await updateRecord(v.ctx(MONITOR), "place", from, { name: "Fictional Old Region", adminLevel: "district", country: "KZ", parentId: to });
    expect(await pathOf(from)).toBe(`/${to}/${from}/`);
    expect(await pathOf(child)).toBe(`/${to}/${from}/${child}/`);
    expect(await pathOf(grandchild)).toBe(`/${to}/${from}/${child}/${grandchild}/`);
    for (const id of lookalikes) expect(await pathOf(id)).toBe(`/${id}/`);
    expect((await placesWithin(v.store.db, to))?.sort()).toEqual([to, from, child, grandchild].sort());
    expect((await placesWithin(v.store.db, lookalikes[0]!))).toEqual([lookalikes[0]]);
  });
});
