/** Who is calling: a session cookie or a bearer token (session or API token); otherwise anonymous. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import "@fastify/cookie";
import { ANONYMOUS, type Actor } from "../auth/policy.js";
import { resolveActor } from "../register/index.js";
import type { Vigil } from "../app.js";

export const SESSION_COOKIE = "vigil_session";

declare module "fastify" {
  interface FastifyRequest {
    actor: Actor;
  }
}

export function secretOf(req: FastifyRequest): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith("Bearer ")) return auth.slice(7).trim() || null;
  const cookie = req.cookies?.[SESSION_COOKIE];
  return cookie ?? null;
}

export function installAuth(app: FastifyInstance, vigil: Vigil): void {
  // Fastify wants reference-type decorations initialised per request, not shared: start empty, set in the hook.
  app.decorateRequest("actor", null as never);
  app.addHook("onRequest", async (req) => {
    req.actor = (await resolveActor(vigil.store, secretOf(req), new Date())) ?? ANONYMOUS;
  });
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
