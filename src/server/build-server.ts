/** Builds the HTTP server (no listen): API under /api/v1, OpenAPI at /api/docs, and the web app's static files. */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import Fastify, { LogController, type FastifyInstance, type FastifyRequest } from "fastify";
import cookie from "@fastify/cookie";
import rateLimit from "@fastify/rate-limit";
import fastifyStatic from "@fastify/static";
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import type { Vigil } from "../app.js";
import type { Actor } from "../auth/policy.js";
import type { VigilConfig } from "../config.js";
import { installAdmission } from "./admission.js";
import { installAuth } from "./auth.js";
import { installErrorHandler, send } from "./errors.js";
import { installReadCache } from "./read-cache.js";
import { installReadWorkers, ReadWorkers } from "./read-workers.js";
import { adminRoutes } from "./routes/admin.routes.js";
import { peopleRoutes } from "./routes/people.routes.js";
import { recordRoutes } from "./routes/records.routes.js";
import { reviewRoutes } from "./routes/review.routes.js";

export interface ServerOptions {
  config: Pick<VigilConfig, "trustProxy" | "logLevel" | "loginMaxPerMinute">;
  /** Folder with the built web app (index.html); served when it exists. */
  webRoot?: string;
  /** Megabytes for cached GET responses (docs/adr/0004); 0 turns the read cache off. */
  readCacheMb?: number;
  /** Lets `POST /feeds/:id/poll` fetch feeds on loopback and private addresses (tests, a feed on the local network). */
  feedsAllowPrivate?: boolean;
  /**
   * Threads that answer the cacheable GET routes on their own connection to this database (docs/adr/0007); none or
   * 0: the routes run on the listening thread.
   */
  readWorkers?: { count: number; databaseUrl: string };
  /**
   * Only for a server that never listens (a read worker): the caller as the listening server resolved them, by
   * request id. Replaces the session and token lookup.
   */
  callerOf?: (req: FastifyRequest) => Actor | undefined;
}

/** How long a cached response may be served while no audited write happens: responses also depend on the clock. */
export const READ_CACHE_MAX_AGE_MS = 30_000;

export async function buildServer(vigil: Vigil, opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: opts.config.trustProxy,
    logger: {
      level: opts.config.logLevel,
      // URLs carry search terms (people's names): log the route pattern, never the query string or bodies.
      serializers: {
        req: (req: { method: string; routeOptions?: { url?: string }; url: string; id: string }) => ({ method: req.method, route: req.routeOptions?.url ?? req.url.split("?")[0], id: req.id }),
      },
      redact: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
    },
    // A read worker answers under the listening server's request id: the id in an error body is the one in its log.
    genReqId: opts.callerOf ? (raw) => String(raw.headers["x-vigil-job"] ?? crypto.randomUUID()) : () => crypto.randomUUID(),
    // One line per request (below) instead of Fastify's two: at thousands of cached answers a second, logging is
    // a visible share of the work.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: { title: "Vigil API", version: "1", description: "Register of incidents against people: records, sources, evidence, history. Errors: docs/errors.md." },
      components: { securitySchemes: { session: { type: "apiKey", in: "cookie", name: "vigil_session" }, token: { type: "http", scheme: "bearer" } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: "/api/docs" });
  const auth = installAuth(app, vigil, opts.callerOf);
  const readCacheMb = opts.readCacheMb ?? 64;
  if (readCacheMb > 0) installReadCache(app, { maxBytes: readCacheMb * 1024 * 1024, maxAgeMs: READ_CACHE_MAX_AGE_MS, headOf: auth.headOf });
  // SQLite runs queries on this thread, so more handlers in flight only interleave. PostgreSQL's pool holds 10
  // connections: handlers get 6, which leaves room for the audit-head reads of cached answers.
  installAdmission(app, vigil.store.dialect === "sqlite" ? 4 : 6);
  if (opts.readWorkers && opts.readWorkers.count > 0) {
    const workers = await ReadWorkers.start(opts.readWorkers.count, { databaseUrl: opts.readWorkers.databaseUrl, schema: vigil.store.schema, logLevel: opts.config.logLevel });
    installReadWorkers(app, workers);
  }

  if (["trace", "debug", "info"].includes(opts.config.logLevel)) {
    app.addHook("onResponse", async (req, reply) => req.log.info({ req, statusCode: reply.statusCode, ms: Math.round(reply.elapsedTime) }, "request"));
  }

  app.addHook("onSend", async (_req, reply) => {
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
  });

  app.get("/healthz", async () => ({ ok: true }));
  recordRoutes(app, vigil);
  peopleRoutes(app, vigil);
  adminRoutes(app, vigil, { trustProxy: opts.config.trustProxy, loginMaxPerMinute: opts.config.loginMaxPerMinute, forgetSecret: auth.forget });
  reviewRoutes(app, vigil, { feedsAllowPrivate: opts.feedsAllowPrivate ?? false });

  const webRoot = resolve(opts.webRoot ?? join(import.meta.dirname, "../../web/dist"));
  const hasWeb = existsSync(join(webRoot, "index.html"));
  if (hasWeb) await app.register(fastifyStatic, { root: webRoot, prefix: "/", wildcard: false });
  // The web app routes on the client: unknown non-API pages get its index.html.
  app.setNotFoundHandler((req, reply) => {
    if (!hasWeb || req.url.startsWith("/api/") || req.method !== "GET") return send(reply, req, "not_found", "no such route");
    return reply.sendFile("index.html");
  });
  return app;
}
