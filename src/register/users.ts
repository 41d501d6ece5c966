/** Accounts, sessions and API tokens. Secrets are stored only as hashes; every account change is audited. */
import { z } from "zod";
import { ROLES, type Role } from "../contract/vocab.js";
import { VigilError } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { sha256Hex } from "../audit/index.js";
import { assertCan, type Actor } from "../auth/policy.js";
import { burnPasswordTime, hashPassword, MIN_PASSWORD_LENGTH, newSecret, secretHash, verifyPassword } from "../auth/secrets.js";
import { toBool, type Database, type Store } from "../store/index.js";
import type { Ctx } from "./context.js";
import { withWrite } from "./service.js";

export const SESSION_DAYS = 14;

export const zUsername = z.string().trim().min(2).max(64).regex(/^[\p{L}\p{N}._@-]+$/u, "letters, digits and . _ @ - only");
export const zPassword = z.string().min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`).max(256);
export const zUserInput = z.object({
  username: zUsername,
  password: zPassword,
  role: z.enum(ROLES),
  displayName: z.string().trim().max(120).nullish().transform((v) => v || null),
});

export interface PublicUser { id: string; username: string; displayName: string | null; role: Role; disabled: boolean; createdAt: string }

type UserRow = Database["users"];

/** What the audit log keeps of an account: the password hash only as a digest, enough to detect a swap. */
export function userSnapshot(u: UserRow) {
  return {
    id: u.id, username: u.username, displayName: u.display_name, role: u.role, disabled: toBool(u.disabled),
    credentialDigest: sha256Hex(u.password_hash), version: u.version, createdAt: u.created_at, updatedAt: u.updated_at,
  };
}

const toPublic = (u: UserRow): PublicUser => ({
  id: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, disabled: toBool(u.disabled), createdAt: u.created_at,
});

export async function countUsers(store: Store): Promise<number> {
  const r = await store.db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  return Number(r.n);
}

export async function createUser(ctx: Ctx, raw: unknown): Promise<PublicUser> {
  assertCan(ctx.actor, "manage_users");
  const parsed = zUserInput.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    throw new VigilError("validation_failed", `invalid user: ${i ? `${i.path.join(".")}: ${i.message}` : "bad input"}`);
  }
  const input = parsed.data;
  const passwordHash = await hashPassword(input.password);
  return withWrite(ctx, async (env, audit) => {
    const taken = await env.tx.selectFrom("users").select("id").where("username", "=", input.username).executeTakeFirst();
    if (taken) throw new VigilError("duplicate", `a user named ${input.username} already exists`);
    const row: UserRow = {
      id: newId("user"), username: input.username, display_name: input.displayName, role: input.role, password_hash: passwordHash,
      disabled: env.features.bool(false), version: 1, created_at: env.at, updated_at: env.at,
    };
    await env.tx.insertInto("users").values(row).execute();
    await audit.append({ action: "user_create", entityType: "user", entityId: row.id, before: null, after: userSnapshot(row) });
    return toPublic(row);
  });
}

export async function updateUser(ctx: Ctx, id: string, raw: unknown): Promise<PublicUser> {
  assertCan(ctx.actor, "manage_users");
  const parsed = z.object({ role: z.enum(ROLES).optional(), disabled: z.boolean().optional(), displayName: z.string().trim().max(120).nullish(), password: zPassword.optional() }).strict().safeParse(raw);
  if (!parsed.success) throw new VigilError("validation_failed", `invalid change: ${parsed.error.issues[0]?.message ?? "bad input"}`);
  const patch = parsed.data;
  const passwordHash = patch.password ? await hashPassword(patch.password) : null;
  return withWrite(ctx, async (env, audit) => {
    const before = await env.tx.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
    if (!before) throw new VigilError("not_found", `user ${id} does not exist`);
    const after: UserRow = {
      ...before,
      role: patch.role ?? before.role,
      disabled: patch.disabled === undefined ? before.disabled : env.features.bool(patch.disabled),
      display_name: patch.displayName === undefined ? before.display_name : patch.displayName ?? null,
      password_hash: passwordHash ?? before.password_hash,
      version: before.version + 1,
      updated_at: env.at,
    };
    await env.tx.updateTable("users").set(after).where("id", "=", id).execute();
    // Disabling an account or changing its password ends its sessions.
    if (passwordHash || (patch.disabled ?? false)) await env.tx.deleteFrom("sessions").where("user_id", "=", id).execute();
    await audit.append({ action: passwordHash ? "password_change" : "user_update", entityType: "user", entityId: id, before: userSnapshot(before), after: userSnapshot(after) });
    return toPublic(after);
  });
}

export async function listUsers(ctx: Ctx): Promise<PublicUser[]> {
  assertCan(ctx.actor, "manage_users");
  return (await ctx.store.db.selectFrom("users").selectAll().orderBy("username").execute()).map(toPublic);
}

export interface SessionGrant { token: string; expiresAt: string; user: PublicUser }

export async function login(store: Store, username: string, password: string, now: Date): Promise<SessionGrant> {
  const u = await store.db.selectFrom("users").selectAll().where("username", "=", username).executeTakeFirst();
  if (!u) {
    await burnPasswordTime(password);
    throw new VigilError("invalid_credentials", "wrong username or password");
  }
  if (!(await verifyPassword(u.password_hash, password)) || toBool(u.disabled)) throw new VigilError("invalid_credentials", "wrong username or password");
  const token = newSecret("vs");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await store.db.insertInto("sessions").values({ token_hash: secretHash(token), user_id: u.id, created_at: now.toISOString(), expires_at: expiresAt }).execute();
  return { token, expiresAt, user: toPublic(u) };
}

export async function logout(store: Store, token: string): Promise<void> {
  await store.db.deleteFrom("sessions").where("token_hash", "=", secretHash(token)).execute();
}

/** The actor behind a session cookie or an API token; anonymous when neither is valid. */
export async function resolveActor(store: Store, secret: string | null, now: Date): Promise<Actor | null> {
  if (!secret) return null;
  const h = secretHash(secret);
  if (secret.startsWith("vs_")) {
    const s = await store.db.selectFrom("sessions").innerJoin("users", "users.id", "sessions.user_id")
      .select(["users.id", "users.username", "users.role", "users.disabled", "sessions.expires_at"]).where("sessions.token_hash", "=", h).executeTakeFirst();
    if (!s || toBool(s.disabled) || s.expires_at <= now.toISOString()) return null;
    return { kind: "user", id: s.id, username: s.username, role: s.role as Role };
  }
  if (secret.startsWith("vt_")) {
    const t = await store.db.selectFrom("api_tokens").innerJoin("users", "users.id", "api_tokens.user_id")
      .select(["users.id", "users.username", "users.role", "users.disabled", "api_tokens.revoked_at"]).where("api_tokens.token_hash", "=", h).executeTakeFirst();
    if (!t || t.revoked_at || toBool(t.disabled)) return null;
    return { kind: "user", id: t.id, username: t.username, role: t.role as Role };
  }
  return null;
}

/** An API token acts with its owner's role; the secret is shown once. */
export async function createApiToken(ctx: Ctx, userId: string, name: string): Promise<{ id: string; token: string }> {
  if (!(ctx.actor.kind === "user" && ctx.actor.id === userId)) assertCan(ctx.actor, "manage_users");
  if (!name.trim() || name.length > 120) throw new VigilError("validation_failed", "a token needs a name of 1–120 characters");
  const token = newSecret("vt");
  const id = newId("token");
  await withWrite(ctx, async (env, audit) => {
    const u = await env.tx.selectFrom("users").select("id").where("id", "=", userId).executeTakeFirst();
    if (!u) throw new VigilError("not_found", `user ${userId} does not exist`);
    await env.tx.insertInto("api_tokens").values({ id, user_id: userId, name: name.trim(), token_hash: secretHash(token), created_at: env.at, last_used_at: null, revoked_at: null }).execute();
    await audit.append({ action: "token_create", entityType: "api_token", entityId: id, before: null, after: null, reason: name.trim() });
  });
  return { id, token };
}
