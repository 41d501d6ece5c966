/**
 * Name keys are derived from names by src/match; when its rules change (NAME_KEY_VERSION), every stored key is
 * recomputed at start-up so search and duplicate blocking never run on stale keys.
 */
import { sql } from "kysely";
import { NAME_KEY_VERSION, nameKeys } from "../match/index.js";
import type { Store } from "../store/index.js";

const META_KEY = "name_key_version";

export async function ensureNameKeys(store: Store): Promise<boolean> {
  const row = await store.db.selectFrom("meta").select("value").where("key", "=", META_KEY).executeTakeFirst();
  const current = String(NAME_KEY_VERSION);
  if (row?.value === current) return false;
  await store.transaction(async (tx) => {
    await tx.deleteFrom("person_name_keys").execute();
    let after = "";
    for (;;) {
      const names = await tx.selectFrom("person_names").select(["id", "person_id", "value"]).where("id", ">", after).orderBy("id").limit(5000).execute();
      if (!names.length) break;
      const pairs = new Map<string, { key: string; person_id: string }>();
      for (const n of names) for (const key of nameKeys(n.value)) pairs.set(`${key}\u0000${n.person_id}`, { key, person_id: n.person_id });
      const rows = [...pairs.values()];
      for (let i = 0; i < rows.length; i += 500) {
        await tx.insertInto("person_name_keys").values(rows.slice(i, i + 500)).onConflict((oc) => oc.columns(["key", "person_id"]).doNothing()).execute();
      }
      after = names[names.length - 1]!.id;
    }
    await sql`DELETE FROM meta WHERE key = ${META_KEY}`.execute(tx);
    await tx.insertInto("meta").values({ key: META_KEY, value: current }).execute();
  });
  return true;
}
