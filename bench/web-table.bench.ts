/**
 * The incidents screen with 100,000 incidents in the database, in Debian's Chromium: time to the first rows, frame
 * times and long tasks while scrolling through the list, and how long rows take to appear after a jump deep into it.
 *
 *   npx tsx bench/web-table.bench.ts [--incidents 100000] [--db /path/to.db] [--fresh] [--cpu-slowdown 4]
 *
 * Needs `npm run build:web`. The database is built once (generateDemo + importAll, several minutes) and reused from
 * the temp folder; --fresh rebuilds it (needed after a schema change). Writes bench/results/web-table-<date>.json. Figures, not assertions.
 */
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { chromium, type Page } from "playwright-core";
import { createVigil } from "../src/app.js";
import { SYSTEM } from "../src/auth/policy.js";
import { generateDemo } from "../src/demo/index.js";
import { createUser, importAll } from "../src/register/index.js";
import { CHROMIUM_ARGS, serverWithWeb, WEB_DIST } from "../test/e2e/harness.js";

const { values: args } = parseArgs({
  options: {
    incidents: { type: "string", default: "100000" },
    db: { type: "string" },
    fresh: { type: "boolean", default: false },
    "cpu-slowdown": { type: "string", default: "1,4" },
  },
});
const N = Number(args.incidents);
const dbPath = resolve(args.db ?? join(tmpdir(), `vigil-web-table-${N}.db`));
const USER = { username: "bench-monitor", password: "bench passphrase, not secret" };

if (!existsSync(join(WEB_DIST, "index.html"))) throw new Error("run `npm run build:web` first");

async function openDatabase() {
  const marker = `${dbPath}.complete`;
  if (args.fresh) for (const f of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`, marker]) await rm(f, { force: true });
  const reuse = existsSync(marker) || (args.db !== undefined && existsSync(dbPath));
  const vigil = await createVigil({ databaseUrl: `sqlite:${dbPath}` });
  let importMs: number | null = null;
  if (!reuse) {
    const t0 = performance.now();
    const report = await importAll(vigil.ctx(SYSTEM), generateDemo({ incidents: N }));
    importMs = performance.now() - t0;
    writeFileSync(marker, JSON.stringify(report.created));
    console.log(`imported ${N} incidents in ${(importMs / 1000).toFixed(0)} s`);
  }
  await createUser(vigil.ctx(SYSTEM), { ...USER, role: "editor" }).catch(() => undefined);
  return { vigil, importMs };
}

const quantile = (xs: number[], q: number) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))]! * 10) / 10;
};

/** Frame deltas from requestAnimationFrame and long tasks from PerformanceObserver, collected inside the page. */
async function startRecording(page: Page) {
  // A string, not a function: tsx names inner functions with a helper (__name) that the page does not have.
  await page.evaluate(`(() => {
    const b = window.__bench = { frames: [], longTasks: [], stop: false };
    new PerformanceObserver((list) => { for (const e of list.getEntries()) b.longTasks.push(e.duration); }).observe({ type: "longtask" });
    let last = performance.now();
    const tick = (t) => { b.frames.push(t - last); last = t; if (!b.stop) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
}
async function stopRecording(page: Page) {
  const r = await page.evaluate(() => {
    const w = window as unknown as { __bench: { frames: number[]; longTasks: number[]; stop: boolean } };
    w.__bench.stop = true;
    return { frames: w.__bench.frames.slice(1), longTasks: w.__bench.longTasks };
  });
  return {
    frames: r.frames.length,
    frameMsP50: quantile(r.frames, 0.5), frameMsP95: quantile(r.frames, 0.95), frameMsP99: quantile(r.frames, 0.99),
    frameMsMax: quantile(r.frames, 1),
    framesOver50ms: r.frames.filter((f) => f > 50).length,
    longTasks: r.longTasks.length, longTaskMsTotal: Math.round(r.longTasks.reduce((a, b) => a + b, 0)), longTaskMsMax: quantile(r.longTasks, 1),
  };
}

const loadedRow = "[data-testid=incident-rows] .vt-row:not(.pending)";

async function run(base: string, cookie: string, slowdown: number) {
  const profile = await mkdtemp(join(tmpdir(), "vigil-bench-pw-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.VIGIL_CHROMIUM ?? "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 900 },
  });
  try {
    await context.addCookies([{ name: "vigil_session", value: cookie, url: base }]);
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
    // Warm the HTTP cache for the static files the way a returning monitor has them, then measure a cold app start.
    await page.goto(`${base}/signin`);
    const t0 = Date.now();
    await page.goto(`${base}/incidents`);
    await page.waitForSelector(loadedRow);
    const firstRowsMs = Date.now() - t0;
    const namesVisibleMs = await page.waitForFunction(() => Array.from(document.querySelectorAll("[data-testid=incident-rows] .col-victim")).some((c) => c.textContent && c.textContent !== "…"))
      .then(() => Date.now() - t0);
    const total = await page.getByTestId("incident-count").textContent();

    // 1. A monitor scrolls with the wheel: 150 notches of 300 px, one per frame or so.
    const box = (await page.getByTestId("incident-rows").boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await startRecording(page);
    for (let i = 0; i < 150; i++) {
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(16);
    }
    const wheel = await stopRecording(page);
    const wheelRows = await page.locator(loadedRow).count();

    // 2. Flinging through the whole list: the scroll position moves 2% of the list per frame for 50 frames.
    await startRecording(page);
    await page.evaluate(async () => {
      const el = document.querySelector("[data-testid=incident-rows]")!;
      for (let i = 1; i <= 50; i++) {
        el.scrollTop = (el.scrollHeight * i) / 50;
        await new Promise((r) => requestAnimationFrame(r));
      }
    });
    const fling = await stopRecording(page);

    // 3. Jumps deep into the list: time until the rows there are on screen (a server page at that offset).
    const jumps: Record<string, number> = {};
    for (const frac of [0.25, 0.5, 0.75, 0.999]) {
      const tj = Date.now();
      await page.evaluate((f) => { const el = document.querySelector("[data-testid=incident-rows]")!; el.scrollTop = el.scrollHeight * f; }, frac);
      await page.waitForFunction((f) => {
        const el = document.querySelector("[data-testid=incident-rows]")!;
        const rows = Array.from(el.querySelectorAll<HTMLElement>(".vt-row"));
        const visible = rows.filter((r) => { const y = new DOMMatrix(getComputedStyle(r).transform).m42; return y >= el.scrollTop - 5 && y < el.scrollTop + el.clientHeight; });
        return el.scrollTop >= el.scrollHeight * f - el.clientHeight * 2 && visible.length > 0 && visible.every((r) => !r.classList.contains("pending"));
      }, frac);
      jumps[`${Math.round(frac * 100)}%`] = Date.now() - tj;
    }
    const domRows = await page.locator("[data-testid=incident-rows] .vt-row").count();
    const heapMb = await page.evaluate(() => Math.round(((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 1e6));
    return { cpuSlowdown: slowdown, incidentCount: total, firstRowsMs, namesVisibleMs, wheel: { ...wheel, loadedRowsAfter: wheelRows }, fling, jumpToRowsMs: jumps, domRowsRendered: domRows, jsHeapMb: heapMb };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

const { vigil, importMs } = await openDatabase();
const app = await serverWithWeb(vigil);
await app.listen({ host: "127.0.0.1", port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: USER });
const cookie = login.cookies.find((c) => c.name === "vigil_session")!.value;
const apiT0 = performance.now();
await app.inject({ method: "GET", url: "/api/v1/incidents?limit=100&offset=99900&sort=startDate&order=desc", cookies: { vigil_session: cookie } });
const deepPageMs = Math.round(performance.now() - apiT0);

// Other work on the machine inflates long tasks: record how busy it was.
const loadBefore = loadavg()[0]!;
const runs = [];
for (const s of String(args["cpu-slowdown"]).split(",").map(Number)) {
  const r = await run(base, cookie, s);
  console.log(JSON.stringify(r, null, 2));
  runs.push(r);
}
await app.close();
await vigil.close();

const browser = await chromium.launch({ executablePath: process.env.VIGIL_CHROMIUM ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
await browser.close();
const out = {
  bench: "web-table",
  command: `npx tsx bench/web-table.bench.ts ${process.argv.slice(2).join(" ")}`.trim(),
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, memGb: Math.round(totalmem() / 1e9), node: process.version, chromium: chromiumVersion,
    loadAvg1mBefore: loadBefore, loadAvg1mAfter: loadavg()[0] },
  incidents: N,
  importMs: importMs === null ? null : Math.round(importMs),
  apiDeepPageMs: deepPageMs,
  runs,
};
const dir = resolve(import.meta.dirname, "results");
mkdirSync(dir, { recursive: true });
const file = join(dir, `web-table-${out.date.slice(0, 10)}.json`);
writeFileSync(file, `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${file}`);
