import type { Actor } from "../auth/policy.js";
import type { Store } from "../store/index.js";

/** What every use case receives: the store, who is acting, and the clock (tests pin it). */
export interface Ctx {
  store: Store;
  actor: Actor;
  now: () => Date;
}

export const nowIso = (ctx: Pick<Ctx, "now">): string => ctx.now().toISOString();
export const todayOf = (ctx: Pick<Ctx, "now">): string => ctx.now().toISOString().slice(0, 10);
