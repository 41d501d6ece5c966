/** Composition root: the one place that knows every concrete piece. */
import type { Actor } from "./auth/policy.js";
import type { VigilConfig } from "./config.js";
import { ensureNameKeys, seedGazetteer, type Ctx } from "./register/index.js";
import { migrateStore, openStore, type OpenOptions, type Store } from "./store/index.js";

export interface Vigil {
  store: Store;
  ctx(actor: Actor): Ctx;
  close(): Promise<void>;
}

export interface CreateOptions extends OpenOptions {
  now?: () => Date;
  /** Told of each schema migration as it starts (they can take minutes on a large database). */
  onMigration?: (name: string) => void;
}

export async function createVigil(config: Pick<VigilConfig, "databaseUrl">, opts: CreateOptions = {}): Promise<Vigil> {
  const store = await openStore(config.databaseUrl, opts);
  try {
    await migrateStore(store, opts.onMigration);
    await seedGazetteer(store, opts.now);
    await ensureNameKeys(store);
  } catch (e) {
    await store.close();
    throw e;
  }
  const now = opts.now ?? (() => new Date());
  return {
    store,
    ctx: (actor) => ({ store, actor, now }),
    close: () => store.close(),
  };
}
