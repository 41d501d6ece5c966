/** Sign-in, accounts, overview, whole-database export/import, CSV, integrity. */
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { assertCan } from "../../auth/policy.js";
import { zIncidentQuery, zPersonQuery } from "../../contract/query.js";
import { zId } from "../../contract/records.js";
import { ROLES } from "../../contract/vocab.js";
import { VigilError } from "../../core/errors.js";
import { incidentsToCsv, peopleToCsv } from "../../publish/index.js";
import {
  createApiToken, createUser, exportAll, getMany, importAll, importIncidentsCsv, importPeopleCsv, listRecords, listUsers, login, logout, overview,
  updateUser, verifyIntegrity, type Rec,
} from "../../register/index.js";
import type { Vigil } from "../../app.js";
import { secretOf, setSessionCookie, SESSION_COOKIE } from "../auth.js";

export function adminRoutes(app: FastifyInstance, vigil: Vigil, opts: { trustProxy: boolean; loginMaxPerMinute: number; forgetSecret: (secret: string) => void }): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/api/v1/auth/login", {
    schema: { tags: ["Accounts"], summary: "Sign in; sets an HttpOnly session cookie and returns the session token", body: z.object({ username: z.string().min(1).max(64), password: z.string().min(1).max(256) }) },
    config: { rateLimit: { max: opts.loginMaxPerMinute, timeWindow: "1 minute" } },
  }, async (req, reply) => {
    const grant = await login(vigil.store, req.body.username, req.body.password, new Date());
    setSessionCookie(reply, req, grant.token, grant.expiresAt, opts.trustProxy);
    return { user: grant.user, expiresAt: grant.expiresAt };
  });
  r.post("/api/v1/auth/logout", { schema: { tags: ["Accounts"], summary: "Sign out" } }, async (req, reply) => {
    const secret = secretOf(req);
    if (secret) {
      await logout(vigil.store, secret);
      opts.forgetSecret(secret);
    }
    reply.clearCookie(SESSION_COOKIE, { path: "/" });
    return reply.status(204).send();
  });
  r.get("/api/v1/auth/me", { schema: { tags: ["Accounts"], summary: "Who am I" } }, async (req) => {
    const a = req.actor;
    return a.kind === "user" ? { user: { id: a.id, username: a.username, role: a.role } } : { user: null };
  });

  r.get("/api/v1/users", { schema: { tags: ["Accounts"], summary: "List users (admin)" } }, async (req) => ({ items: await listUsers(vigil.ctx(req.actor)) }));
  r.post("/api/v1/users", {
    schema: { tags: ["Accounts"], summary: "Create a user (admin)", body: z.object({ username: z.string(), password: z.string(), role: z.enum(ROLES), displayName: z.string().nullish() }) },
  }, async (req, reply) => reply.status(201).send(await createUser(vigil.ctx(req.actor), req.body)));
  r.patch("/api/v1/users/:id", {
    schema: { tags: ["Accounts"], summary: "Change a user's role, name, password or disable them (admin)", params: z.object({ id: zId }),
      body: z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), displayName: z.string().nullish(), password: z.string().optional() }) },
  }, async (req) => updateUser(vigil.ctx(req.actor), req.params.id, req.body));
  r.post("/api/v1/users/:id/tokens", {
    schema: { tags: ["Accounts"], summary: "Create an API token for scripts (shown once)", params: z.object({ id: zId }), body: z.object({ name: z.string().min(1).max(120) }) },
  }, async (req, reply) => {
    if (req.actor.kind !== "user") throw new VigilError("unauthenticated", "sign in to create API tokens");
    return reply.status(201).send(await createApiToken(vigil.ctx(req.actor), req.params.id, req.body.name));
  });

  r.get("/api/v1/overview", { schema: { tags: ["Overview"], summary: "Counts for the overview screen" }, config: { readCache: true } }, async (req) => overview(vigil.ctx(req.actor)));

  r.get("/api/v1/export", { schema: { tags: ["Import and export"], summary: "The whole database as JSON (editor, admin)" } }, async (req, reply) => {
    const data = await exportAll(vigil.ctx(req.actor));
    return reply.header("content-disposition", `attachment; filename="vigil-export-${data.exportedAt.slice(0, 10)}.json"`).send(data);
  });
  r.post("/api/v1/import", {
    schema: { tags: ["Import and export"], summary: "Import a whole-database JSON export, all or nothing" }, bodyLimit: 512 * 1024 * 1024,
  }, async (req) => importAll(vigil.ctx(req.actor), req.body));

  const csvImport = z.object({ kind: z.enum(["incidents", "people"]), csv: z.string().max(50_000_000), mapping: z.record(z.string(), z.string()).default({}) });
  r.post("/api/v1/import/csv", { schema: { tags: ["Import and export"], summary: "Import incidents or people from CSV with a column mapping", body: csvImport }, bodyLimit: 60 * 1024 * 1024 },
    async (req) => (req.body.kind === "incidents" ? importIncidentsCsv : importPeopleCsv)(vigil.ctx(req.actor), req.body.csv, req.body.mapping));

  r.get("/api/v1/export/incidents.csv", { schema: { tags: ["Import and export"], summary: "The incidents of a filtered view as CSV", querystring: zIncidentQuery.extend({ limit: z.coerce.number().int().min(1).max(100_000).default(10_000) }) } },
    async (req, reply) => {
      const ctx = vigil.ctx(req.actor);
      const page = await listRecords(ctx, "incident", req.query as Record<string, unknown>);
      const personIds = [...new Set(page.items.map((i) => i.victimPersonId).filter((x): x is string => typeof x === "string"))];
      // Names come through the person presenter, so a protected person's name never reaches the file.
      const people = new Map((await getMany(ctx, "person", personIds)).map((p) => [p.id as string, String((p.names as Rec[] | undefined)?.[0]?.value ?? "")]));
      const placeName = await placeNamer(vigil, page.items);
      return reply.header("content-type", "text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="incidents.csv"')
        .send(incidentsToCsv(page.items, { personName: (id) => people.get(id), placeName }));
    });
  r.get("/api/v1/export/people.csv", { schema: { tags: ["Import and export"], summary: "People as CSV", querystring: zPersonQuery.extend({ limit: z.coerce.number().int().min(1).max(100_000).default(10_000) }) } },
    async (req, reply) => {
      const page = await listRecords(vigil.ctx(req.actor), "person", req.query as Record<string, unknown>);
      return reply.header("content-type", "text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="people.csv"').send(peopleToCsv(page.items));
    });

  r.get("/api/v1/verify", { schema: { tags: ["Integrity"], summary: "Re-walk the audit chain and re-hash captures (editor, admin)" } }, async (req) => {
    assertCan(req.actor, "verify_integrity");
    return verifyIntegrity(vigil.store);
  });
}

async function placeNamer(vigil: Vigil, incidents: Rec[]): Promise<(id: string) => string | undefined> {
  const ids = [...new Set(incidents.map((i) => i.placeId).filter((x): x is string => typeof x === "string"))];
  const rows = ids.length ? await vigil.store.db.selectFrom("places").select(["id", "name"]).where("id", "in", ids).execute() : [];
  const m = new Map(rows.map((r) => [r.id, r.name]));
  return (id) => m.get(id);
}
