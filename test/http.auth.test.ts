/** Accounts: sign-in, sessions, API tokens, disabled accounts and the sign-in rate limit. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import { createUser, updateUser } from "../src/register/index.js";
import { buildServer } from "../src/server/build-server.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";
import type { FastifyInstance } from "fastify";

describe.each(BACKENDS)("accounts on $name", (backend) => {
  let v: TestVigil;
  let app: FastifyInstance;
  let userId: string;
  beforeAll(async () => {
    v = await backend.open();
    app = await buildServer(v, { config: { trustProxy: false, logLevel: "silent", loginMaxPerMinute: 5 }, webRoot: "/nonexistent" });
    userId = (await createUser(v.ctx(SYSTEM), { username: "dana", password: "a very long passphrase", role: "monitor" })).id;
  });
  afterAll(async () => {
    await app?.close();
    await v?.dispose();
  });

  const login = (password: string, ip = "10.0.0.1") =>
    app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "dana", password }, remoteAddress: ip });

  it("signs in with a strict HttpOnly cookie, keeps the session, and signs out", async () => {
    const res = await login("a very long passphrase");
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === "vigil_session")!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe("Strict");
    expect(JSON.stringify(res.json())).not.toContain(cookie.value);
    const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies: { vigil_session: cookie.value } });
    expect(me.json().user.username).toBe("dana");
    await app.inject({ method: "POST", url: "/api/v1/auth/logout", cookies: { vigil_session: cookie.value } });
    const after = await app.inject({ method: "GET", url: "/api/v1/auth/me", cookies: { vigil_session: cookie.value } });
    expect(after.json().user).toBeNull();
  });

  it("answers a wrong password and an unknown user alike", async () => {
    const wrong = await login("not the passphrase", "10.0.0.2");
    const unknown = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { username: "nobody", password: "whatever it is" }, remoteAddress: "10.0.0.2" });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.message).toBe(unknown.json().error.message);
  });

  it("limits sign-in attempts per address", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) codes.push((await login("guess number " + i, "10.0.0.3")).statusCode);
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes[6]).toBe(429);
    const other = await login("a very long passphrase", "10.0.0.4");
    expect(other.statusCode).toBe(200);
  });

  it("accepts API tokens for scripts and stops accepting a disabled account", async () => {
    const res = await login("a very long passphrase", "10.0.0.5");
    const session = res.cookies.find((c) => c.name === "vigil_session")!.value;
    const tok = await app.inject({ method: "POST", url: `/api/v1/users/${userId}/tokens`, payload: { name: "nightly import" }, cookies: { vigil_session: session } });
    expect(tok.statusCode).toBe(201);
    const token = tok.json().token as string;
    const viaToken = await app.inject({ method: "GET", url: "/api/v1/auth/me", headers: { authorization: `Bearer ${token}` } });
    expect(viaToken.json().user.role).toBe("monitor");
    await updateUser(v.ctx(SYSTEM), userId, { disabled: true });
    for (const auth of [{ headers: { authorization: `Bearer ${token}` } }, { cookies: { vigil_session: session } }]) {
      const me = await app.inject({ method: "GET", url: "/api/v1/auth/me", ...auth });
      expect(me.json().user).toBeNull();
    }
    expect((await login("a very long passphrase", "10.0.0.6")).statusCode).toBe(401);
  });

  it("stores no password or token in clear", async () => {
    const users = await v.store.db.selectFrom("users").select("password_hash").execute();
    expect(users.every((u) => u.password_hash.startsWith("$argon2id$"))).toBe(true);
    const tokens = await v.store.db.selectFrom("api_tokens").select("token_hash").execute();
    expect(tokens.every((t) => /^[0-9a-f]{64}$/.test(t.token_hash))).toBe(true);
  });
});
