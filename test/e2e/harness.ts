/** Starts `vigil serve`'s server on a temporary SQLite database with one user, and Debian's Chromium beside it. */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { AddressInfo } from "node:net";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import type { FastifyInstance } from "fastify";
import { createVigil, type Vigil } from "../../src/app.js";
import { SYSTEM } from "../../src/auth/policy.js";
import { createUser } from "../../src/register/index.js";
import { buildServer } from "../../src/server/build-server.js";

export const WEB_DIST = resolve(import.meta.dirname, "../../web/dist");
export const ARTIFACTS = resolve(import.meta.dirname, "../../test-artifacts");
export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];

const CHROMIUM = process.env.VIGIL_CHROMIUM ?? "/usr/bin/chromium";
/**
 * The browser suites need Debian's Chromium. On a developer machine without it they are skipped (the README says so);
 * CI installs it, and there a missing browser is a failure, never a silent skip.
 */
export const BROWSER_AVAILABLE = existsSync(CHROMIUM);
if (!BROWSER_AVAILABLE && process.env.CI === "true") throw new Error(`Chromium not found at ${CHROMIUM}: CI must install it (see .ci/run)`);

export interface Harness {
  vigil: Vigil;
  app: FastifyInstance;
  base: string;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function startHarness(user: { username: string; password: string }): Promise<Harness> {
  if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error("web/dist is missing: run `npm run build:web` before the e2e tests");
  const dir = await mkdtemp(join(tmpdir(), "vigil-e2e-"));
  const vigil = await createVigil({ databaseUrl: `sqlite:${join(dir, "v.db")}` });
  await createUser(vigil.ctx(SYSTEM), { ...user, role: "editor" });
  const app = await serverWithWeb(vigil);
  await app.listen({ host: "127.0.0.1", port: 0 });
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const context = await chromium.launchPersistentContext(join(dir, "profile"), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: "en-GB",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await mkdir(ARTIFACTS, { recursive: true });
  return {
    vigil, app, base, context, page,
    async close() {
      await context.close().catch(() => undefined);
      await app.close();
      await vigil.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const CONFIG = { trustProxy: false, logLevel: "silent", loginMaxPerMinute: 100 } as const;

/** The server as `vigil serve` builds it, serving the built web app. */
export function serverWithWeb(vigil: Vigil): Promise<FastifyInstance> {
  return buildServer(vigil, { config: CONFIG, webRoot: WEB_DIST });
}

/** Keys i18next could not find while the page ran (see web/src/i18n/index.ts). */
export async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __vigilMissingKeys?: string[] }).__vigilMissingKeys ?? []);
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
