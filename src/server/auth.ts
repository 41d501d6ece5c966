/** Who is calling: a session cookie or a bearer token (session or API token); otherwise anonymous. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import "@fastify/cookie";
import { ActorCache } from "../auth/actor-cache.js";
import { ANONYMOUS, type Actor } from "../auth/policy.js";
import { secretHash } from "../auth/secrets.js";
import { resolveActor } from "../register/index.js";
import type { Vigil } from "../app.js";
import { AuditHead } from "./audit-head.js";

export const SESSION_COOKIE = "vigil_session";

/** How long a sign-out in another process, or a session's expiry, can go unnoticed (docs/adr/0004). */
export const ACTOR_TTL_MS = 2000;

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
    /** The audit head read once for this request, before any of its queries. */
    auditHead: Promise<number> | null;
  }
}

export function secretOf(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice(7).trim() || null;
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie ?? null;
}

interface Lookup { head: number; actor: Promise<Actor | null> }

export interface AuthHooks {
  /** The request's audit head, read at most once per request. */
  headOf(req: FastifyRequest): Promise<number>;
  /** Drops a secret from the cache at once (sign-out), without waiting for the head to move. */
  forget(secret: string): void;
}

/** `callerOf`: only on a server that never listens (a read worker), who the listening server said the caller is. */
export function installAuth(app: FastifyInstance, vigil: Vigil, callerOf?: (req: FastifyRequest) => Actor | undefined): AuthHooks {
  const head = new AuditHead(vigil.store);
  const actors = new ActorCache({ ttlMs: ACTOR_TTL_MS, maxEntries: 10_000 });
  /** Secret lookups in flight, by the secret's hash, for the head they were started under. */
  const lookups = new Map<string, Lookup>();
  const headOf = (req: FastifyRequest) => (req.auditHead ??= head.current());
  // Fastify wants reference-type decorations initialised per request, not shared: start empty, set in the hook.
  app.decorateRequest("actor", null as never);
  app.decorateRequest("auditHead", null);
  app.addHook("onRequest", async (req) => {
    if (callerOf) {
      req.actor = callerOf(req) ?? ANONYMOUS;
      return;
    }
    const secret = secretOf(req);
    if (!secret) {
      req.actor = ANONYMOUS;
      return;
    }
    const h = secretHash(secret);
    const at = await headOf(req);
    const cached = actors.get(h, at, Date.now());
    if (cached) {
      req.actor = cached;
      return;
    }
    // When an entry ages out under load, every connection of that caller misses in the same turn: one lookup serves them.
    let lookup = lookups.get(h);
    if (lookup?.head !== at) {
      const now = new Date();
      const mine: Lookup = {
        head: at,
        actor: resolveActor(vigil.store, secret, now).then((actor) => {
          // A sign-out while the lookup ran removed it: what it read must not be remembered.
          if (lookups.get(h) === mine) {
            lookups.delete(h);
            if (actor) actors.set(h, at, now.getTime(), actor);
          }
          return actor;
        }, (e: unknown) => {
          if (lookups.get(h) === mine) lookups.delete(h);
          throw e;
        }),
      };
      lookups.set(h, mine);
      lookup = mine;
    }
    req.actor = (await lookup.actor) ?? ANONYMOUS;
  });
  const forget = (secret: string) => {
    const h = secretHash(secret);
    lookups.delete(h);
    actors.forget(h);
  };
  return { headOf, forget };
}

export function setSessionCookie(reply: FastifyReply, req: FastifyRequest, token: string, expiresAt: string, trustProxy: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "strict",
    // Behind a TLS proxy the cookie must never travel in clear; on plain localhost it cannot be Secure.
    secure: trustProxy ? req.protocol === "https" : false,
    path: "/",
    expires: new Date(expiresAt),
  });
}
