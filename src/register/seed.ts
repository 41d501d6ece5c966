/** First start: the shipped gazetteer goes into the places table (audited, by Vigil itself), once. */
import { SYSTEM } from "../auth/policy.js";
import { gazetteer } from "../places/index.js";
import type { Store } from "../store/index.js";
import type { Ctx } from "./context.js";
import { withWrite } from "./service.js";
import { insertRecord } from "./write.js";

/**
 * Gazetteer places carry the date of the shipped gazetteer, not of the first start, so every database holds the same
 * records and an export from one imports into another as "unchanged".
 */
const GAZETTEER_EDITION = "2026-11-28T00:00:00.000Z";

export async function seedGazetteer(store: Store, now: () => Date = () => new Date()): Promise<number> {
  const have = await store.db.selectFrom("places").select("id").where("geonameid", "is not", null).limit(1).execute();
  if (have.length) return 0;
  const ctx: Ctx = { store, actor: SYSTEM, now };
  return withWrite(ctx, async (env, audit) => {
    let n = 0;
    for (const p of gazetteer()) {
      const rec = await insertRecord(env, "place", {
        name: p.name, names: p.names, altNames: [...new Set([...p.altNames, ...p.formerNames])], adminLevel: p.adminLevel, parentId: p.parentId,
        country: p.country, lat: p.lat, lon: p.lon, population: p.population, code: p.code, geonameid: p.geonameid,
      }, { id: p.id, createdAt: GAZETTEER_EDITION, updatedAt: GAZETTEER_EDITION });
      await audit.append({ action: "create", entityType: "place", entityId: rec.id as string, before: null, after: rec, reason: "gazetteer" });
      n++;
    }
    return n;
  });
}
