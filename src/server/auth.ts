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

export interface AuthHooks {
  /** The request's audit head, read at most once per request. */
  headOf(req: FastifyRequest): Promise<number>;
  /** Drops a secret from the cache at once (sign-out), without waiting for the head to move. */
  forget(secret: string): void;
}

export function installAuth(app: FastifyInstance, vigil: Vigil): AuthHooks {
  const head = new AuditHead(vigil.store);
  const actors = new ActorCache({ ttlMs: ACTOR_TTL_MS, maxEntries: 10_000 });
  const headOf = (req: FastifyRequest) => (req.auditHead ??= head.current());
  // Fastify wants reference-type decorations initialised per request, not shared: start empty, set in the hook.
  app.decorateRequest("actor", null as never);
  app.decorateRequest("auditHead", null);
  app.addHook("onRequest", async (req) => {
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
    const now = new Date();
    const actor = await resolveActor(vigil.store, secret, now);
    if (actor) actors.set(h, at, now.getTime(), actor);
    req.actor = actor ?? ANONYMOUS;
  });
  return { headOf, forget: (secret) => actors.forget(secretHash(secret)) };
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
