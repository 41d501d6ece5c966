/** The only reader of process.env. Every setting has a default that works on a laptop; bad values stop start-up with a clear line. */
import { z } from "zod";
import { VigilError } from "./core/errors.js";

const zConfig = z.object({
  VIGIL_DATABASE_URL: z.string().min(1).default("sqlite:./vigil-data/vigil.db"),
  VIGIL_PORT: z.coerce.number().int().min(0).max(65_535).default(8080),
  VIGIL_HOST: z.string().min(1).default("127.0.0.1"),
  /** Load the fictional demo dataset into an empty database on first start. */
  VIGIL_DEMO: z.enum(["true", "false", "1", "0"]).default("true").transform((v) => v === "true" || v === "1"),
  /** Set when Vigil runs behind a TLS-terminating proxy: cookies get the Secure flag and client IPs come from X-Forwarded-For. */
  VIGIL_TRUST_PROXY: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1"),
  VIGIL_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Creates the first admin on an empty database, so a server can be provisioned without a shell. */
  VIGIL_ADMIN_USERNAME: z.string().optional(),
  VIGIL_ADMIN_PASSWORD: z.string().optional(),
  VIGIL_LOGIN_MAX_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Memory for cached API reads (docs/adr/0004); 0 turns the cache off. */
  VIGIL_HTTP_CACHE_MB: z.coerce.number().int().min(0).max(16_384).default(64),
  /** Threads answering uncached API reads on their own database connection (docs/adr/0007); 0: on the server's thread. */
  VIGIL_HTTP_READ_WORKERS: z.coerce.number().int().min(0).max(16).default(0),
  /** Feeds are fetched only from public addresses unless this is set (a feed on this machine or the local network). */
  VIGIL_FEEDS_ALLOW_PRIVATE: z.enum(["true", "false", "1", "0"]).default("false").transform((v) => v === "true" || v === "1"),
});

export interface VigilConfig {
  databaseUrl: string;
  port: number;
  host: string;
  demo: boolean;
  trustProxy: boolean;
  logLevel: "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";
  firstAdmin: { username: string; password: string } | null;
  loginMaxPerMinute: number;
  httpCacheMb: number;
  httpReadWorkers: number;
  feedsAllowPrivate: boolean;
}

/** `overrides` are command-line options that win over the environment (e.g. `vigil serve --port`). */
export function loadConfig(overrides: Record<string, string | undefined> = {}): VigilConfig {
  const r = zConfig.safeParse({ ...process.env, ...overrides });
  if (!r.success) {
    const i = r.error.issues[0]!;
    throw new VigilError("bad_request", `configuration: ${i.path.join(".")}: ${i.message}`);
  }
  const c = r.data;
  if (Boolean(c.VIGIL_ADMIN_USERNAME) !== Boolean(c.VIGIL_ADMIN_PASSWORD)) {
    throw new VigilError("bad_request", "configuration: set both VIGIL_ADMIN_USERNAME and VIGIL_ADMIN_PASSWORD, or neither");
  }
  return {
    databaseUrl: c.VIGIL_DATABASE_URL,
    port: c.VIGIL_PORT,
    host: c.VIGIL_HOST,
    demo: c.VIGIL_DEMO,
    trustProxy: c.VIGIL_TRUST_PROXY,
    logLevel: c.VIGIL_LOG_LEVEL,
    firstAdmin: c.VIGIL_ADMIN_USERNAME && c.VIGIL_ADMIN_PASSWORD ? { username: c.VIGIL_ADMIN_USERNAME, password: c.VIGIL_ADMIN_PASSWORD } : null,
    loginMaxPerMinute: c.VIGIL_LOGIN_MAX_PER_MINUTE,
    httpCacheMb: c.VIGIL_HTTP_CACHE_MB,
    httpReadWorkers: c.VIGIL_HTTP_READ_WORKERS,
    feedsAllowPrivate: c.VIGIL_FEEDS_ALLOW_PRIVATE,
  };
}
