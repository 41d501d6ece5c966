/**
 * One backend at one size, in its own process (so that memory and caches are its own): generates the fictional demo
 * data, then measures Vigil against a raw baseline in the same run:
 *   import   importStream (validation, references, derived rows, audit chain) vs raw prepared INSERTs of the same rows
 *   search   listRecords(q) (names across scripts + full text, count, presenters) vs the bare FTS5 / tsvector query
 *   lists    region + date range, a person's timeline, the overview counts, a deep page of the default order vs the
 *            bare SQL that reads the same rows
 *   http     `vigil serve` (a child process) under 50 and 200 connections vs a Fastify hello-world; its RSS under load
 *
 *   npx tsx bench/store.bench.ts --backend sqlite|postgres --size 10000 --out FILE [--quick] [--import-only]
 *   npx tsx bench/store.bench.ts --size 1m --db COPY.sqlite --out FILE [--no-http]   search, lists and HTTP on a
 *     COPY of a SQLite database built before from generateRecords of the same size (import and verify skipped; the
 *     run adds a benchmark user); --backend postgres --db-schema NAME likewise on a PostgreSQL schema; --http-only
 *     skips search and lists there
 *
 * Run through bench/run.ts (`npm run bench`), which collects the results.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import BetterSqlite3 from "better-sqlite3";
import { sql } from "kysely";
import pg from "pg";
import { createVigil, type Vigil } from "../src/app.js";
import type { Actor } from "../src/auth/policy.js";
import { foldText } from "../src/core/text.js";
import { generateRecords, type DemoRecord } from "../src/demo/generate.js";
import { transliterate } from "../src/match/index.js";
import { gazetteer } from "../src/places/index.js";
import { createApiToken, createUser, listRecords, overview, personTimeline, PLURAL, verifyIntegrity } from "../src/register/index.js";
import { IMPORT_ORDER, importStream } from "../src/register/transfer.js";
import { IMPORT_CACHE_KIB } from "../src/store/bulk.js";
import { KINDS, toRow, type RecordKind } from "../src/store/index.js";
import { freePort, machine, pair, parseSize, ratio, rssMb, type Pair } from "./lib.js";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const backend = opt("backend") === "postgres" ? "postgres" : "sqlite";
const size = parseSize(opt("size") ?? "10000");
/**
 * An existing SQLite database (--db FILE) or PostgreSQL schema (--db-schema NAME) of `size` generated incidents:
 * building a million through the import takes many minutes.
 */
const reuseDb = opt("db");
const reuseSchema = opt("db-schema");
const out = opt("out");
const quick = args.includes("--quick");
const skipHttp = args.includes("--no-http");
const skipVerify = args.includes("--no-verify");
/** Stop after the import (and verify): for working on the import alone. */
const importOnly = args.includes("--import-only");
/** With --db / --db-schema: only the HTTP phase (search and lists at a million take many minutes). */
const httpOnly = args.includes("--http-only");
const PG_URL = process.env.VIGIL_BENCH_POSTGRES_URL ?? process.env.VIGIL_TEST_POSTGRES_URL ?? "postgres://vigil:vigil@127.0.0.1:5432/vigil_test";
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SYSTEM: Actor = { kind: "system" };
/** Monitors read internal records: the everyday reader of the web app. */
const MONITOR: Actor = { kind: "user", id: "usr_00000000000000000000000003", username: "monitor", role: "monitor" };
// Fewer samples at a million incidents, where one search with its count can take a second.
const QUERIES = quick ? 40 : size >= 1_000_000 ? 60 : 200;

const log = (msg: string) => process.stderr.write(`[${backend} ${size}] ${msg}\n`);
const secs = (t0: number) => (performance.now() - t0) / 1000;
const r2 = (x: number) => Math.round(x * 100) / 100;

// ---------- databases ----------
const dir = mkdtempSync(join(tmpdir(), "vigil-bench-"));
const schemas: string[] = [];
let schemaN = 0;
function freshTarget(name: string): { url: string; schema?: string } {
  if (backend === "sqlite") return { url: `sqlite:${join(dir, `${name}.db`)}` };
  const schema = `bench_${process.pid}_${++schemaN}_${name}`;
  schemas.push(schema);
  return { url: PG_URL, schema };
}
async function dropSchemas(): Promise<void> {
  if (backend !== "postgres" || !schemas.length) return;
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await c.end();
}

// ---------- data ----------
/** What the searches and lists ask for, sampled from the generated records with a fixed stride (deterministic). */
interface Sample { names: string[]; words: string[]; people: string[]; incidents: number }

function generate(keep = true): { records: DemoRecord[]; sample: Sample; seconds: number } {
  const t0 = performance.now();
  const records: DemoRecord[] = [];
  const sample: Sample = { names: [], words: [], people: [], incidents: 0 };
  const wordSet = new Set<string>();
  let people = 0;
  for (const r of generateRecords({ incidents: size })) {
    if (keep) records.push(r);
    if (r.kind === "people") {
      people++;
      if (people % 7 === 0 && sample.names.length < QUERIES) {
        // A name as another script or spelling writes it: the Cyrillic form transliterated, or the Latin form as written.
        const cyr = r.record.names.find((n) => n.script === "Cyrl");
        const q = cyr ? transliterate(cyr.value, sample.names.length % 2 ? "bgn_pcgn" : "press") : r.record.names[0]!.value;
        sample.names.push(q.split(/\s+/).slice(0, 2).join(" "));
      }
      if (people % 5 === 0 && sample.people.length < QUERIES) sample.people.push(r.record.id);
    }
    if (r.kind === "incidents") {
      sample.incidents++;
      if (sample.incidents % 11 === 0 && wordSet.size < QUERIES && r.record.description) {
        const words = foldText(r.record.description).split(" ").filter((w) => w.length >= 6 && !/\d/.test(w));
        const w = words[sample.incidents % Math.max(1, words.length)];
        if (w) wordSet.add(w);
      }
    }
  }
  sample.words = [...wordSet];
  return { records, sample, seconds: secs(t0) };
}

// ---------- import ----------
interface ImportResult { records: number; incidents: number; seconds: number; cpu_seconds: number; incidents_per_s: number; records_per_s: number }

function rate(records: number, incidents: number, seconds: number, cpuSeconds: number): ImportResult {
  return {
    records, incidents, seconds: r2(seconds), cpu_seconds: r2(cpuSeconds),
    incidents_per_s: Math.round(incidents / seconds), records_per_s: Math.round(records / seconds),
  };
}
const cpuSince = (c0: NodeJS.CpuUsage) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1e6;
};

/** The rows a raw loader would write: each record's table row (and a person's names, a capture's content), nothing derived. */
function rawRows(records: readonly DemoRecord[]): Map<string, Record<string, unknown>[]> {
  const byKind = new Map<RecordKind, DemoRecord[]>(IMPORT_ORDER.map((k) => [k, []]));
  for (const r of records) byKind.get(KIND_OF[r.kind]!)!.push(r);
  const tables = new Map<string, Record<string, unknown>[]>();
  const push = (table: string, row: Record<string, unknown>) => {
    let list = tables.get(table);
    if (!list) tables.set(table, (list = []));
    list.push(row);
  };
  const blobSeen = new Set<string>();
  const bool = backend === "sqlite" ? (v: boolean) => (v ? 1 : 0) : (v: boolean) => v;
  // Dependency order, as the generator's stream is: every reference points at a row written before it.
  for (const kind of IMPORT_ORDER) {
    for (const r of byKind.get(kind) ?? []) {
      const rec = { ...(r.record as Record<string, unknown>) };
      if (kind === "person") {
        (rec.names as Record<string, unknown>[]).forEach((n, position) => push("person_names", {
          id: n.id, person_id: rec.id, position, value: n.value, script: n.script, lang: n.lang ?? null, kind: n.kind,
          given: n.given ?? null, family: n.family ?? null, patronymic: n.patronymic ?? null,
        }));
        delete rec.names;
      }
      if (kind === "capture") {
        const bytes = Buffer.from(rec.contentBase64 as string, "base64");
        // Content is stored once per hash.
        if (!blobSeen.has(rec.sha256 as string)) push("blobs", { sha256: rec.sha256, size: bytes.byteLength, content: bytes });
        blobSeen.add(rec.sha256 as string);
        delete rec.contentBase64;
      }
      const row = toRow(kind, rec, bool);
      // NOT NULL derived columns get the plainest value; deriving them properly is part of what Vigil's import pays for.
      if (kind === "incident" || kind === "organisation") row.search_text = foldText(String(rec.description ?? rec.name ?? ""));
      push(KINDS[kind].table, row);
    }
  }
  // Person rows first, then their names: the order of tables is the order of writing.
  const ordered = new Map<string, Record<string, unknown>[]>();
  for (const t of ["organisations", "people", "person_names", "events", "sources", "blobs", "captures", "incidents", "proceedings", "statistics", "interventions", "claims"]) {
    const rows = tables.get(t);
    if (rows) ordered.set(t, rows);
  }
  return ordered;
}
const KIND_OF = Object.fromEntries(Object.entries(PLURAL).map(([kind, plural]) => [plural, kind])) as Record<string, RecordKind>;

async function rawImportSqlite(path: string, tables: Map<string, Record<string, unknown>[]>): Promise<[number, number]> {
  const db = new BetterSqlite3(path);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("synchronous = NORMAL");
  // The page cache Vigil's import uses (IMPORT_CACHE_KIB, src/store/bulk.ts): at a million incidents the random index
  // inserts of both imports depend on it, and the ratio should compare the work, not the cache.
  db.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  db.transaction(() => {
    for (const [table, rows] of tables) {
      const cols = Object.keys(rows[0]!);
      const stmt = db.prepare(`INSERT INTO ${table} (${cols.join(", ")}) VALUES (${cols.map(() => "?").join(", ")})`);
      for (const row of rows) stmt.run(cols.map((c) => row[c] ?? null));
    }
  })();
  const s: [number, number] = [secs(t0), cpuSince(c0)];
  db.close();
  return s;
}

/** PostgreSQL: one prepared multi-row INSERT per table (500 rows a statement) in one transaction: the fast raw way over the wire. */
async function rawImportPostgres(schema: string, tables: Map<string, Record<string, unknown>[]>): Promise<[number, number]> {
  const c = new pg.Client({ connectionString: PG_URL, options: `-c search_path=${schema}` });
  await c.connect();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await c.query("BEGIN");
  for (const [table, rows] of tables) {
    const cols = Object.keys(rows[0]!);
    const per = Math.min(500, Math.floor(30_000 / cols.length));
    for (let i = 0; i < rows.length; i += per) {
      const chunk = rows.slice(i, i + per);
      const values = chunk.flatMap((row) => cols.map((col) => row[col] ?? null));
      const text = `INSERT INTO ${table} (${cols.join(", ")}) VALUES ${chunk.map((_, j) => `(${cols.map((__, k) => `$${j * cols.length + k + 1}`).join(", ")})`).join(", ")}`;
      await c.query({ name: `raw_${table}_${chunk.length}`, text, values });
    }
  }
  await c.query("COMMIT");
  const s: [number, number] = [secs(t0), cpuSince(c0)];
  await c.end();
  return s;
}

// ---------- queries ----------
async function searches(v: Vigil, sample: Sample, regions: string[]): Promise<Record<string, Pair>> {
  const ctx = v.ctx(MONITOR);
  const db = v.store.db;
  const pg = v.store.dialect === "postgres";
  /** The bare full-text query: the first page of incidents whose folded text has every term, newest first. */
  const bare = (text: string, extra = sql``) => {
    const terms = foldText(text).split(" ").filter(Boolean);
    const match = pg
      ? sql`search_tsv @@ to_tsquery('simple', ${terms.map((t) => `${t.replace(/[^\p{L}\p{N}]/gu, "")}:*`).join(" & ")})`
      // The index's key is date-major since migration 0005; its low 31 bits are n. The text is its `body` column (0006).
      : sql`n IN (SELECT rowid & 2147483647 FROM incidents_fts WHERE incidents_fts MATCH ${`body : (${terms.map((t) => `"${t}"*`).join(" ")})`})`;
    return sql`SELECT * FROM incidents WHERE ${match} ${extra} ORDER BY start_date DESC LIMIT 50`.execute(db);
  };
  const names = await pair(sample.names, (q) => listRecords(ctx, "incident", { q, limit: 50, offset: 0 }), (q) => bare(q));
  const words = await pair(sample.words, (q) => listRecords(ctx, "incident", { q, limit: 50, offset: 0 }), (q) => bare(q));
  const filtered = sample.words.map((q, i) => ({ q, region: regions[i % regions.length]!, from: "2022-01-04", to: "2022-01-20" }));
  const withFilters = await pair(
    filtered,
    (f) => listRecords(ctx, "incident", { q: f.q, type: ["detention", "administrative_arrest"], placeId: f.region, dateFrom: f.from, dateTo: f.to, limit: 50, offset: 0 }),
    (f) => bare(f.q, sql`AND type IN ('detention', 'administrative_arrest') AND place_id IN (SELECT id FROM places WHERE path LIKE (SELECT path FROM places WHERE id = ${f.region}) || '%') AND start_date BETWEEN ${f.from} AND ${f.to}`),
  );
  return { name_other_script: names, description_word: words, word_with_filters: withFilters };
}

async function lists(v: Vigil, sample: Sample, regions: string[]): Promise<Record<string, Pair>> {
  const ctx = v.ctx(MONITOR);
  const db = v.store.db;
  const ranges = Array.from({ length: QUERIES }, (_, i) => ({ region: regions[i % regions.length]!, from: `2022-01-${String(2 + (i % 10)).padStart(2, "0")}`, to: `2022-01-${String(12 + (i % 15)).padStart(2, "0")}` }));
  const regionRange = await pair(
    ranges,
    (r) => listRecords(ctx, "incident", { placeId: r.region, dateFrom: r.from, dateTo: r.to, limit: 50, offset: 0 }),
    (r) => sql`SELECT * FROM incidents WHERE place_id IN (SELECT id FROM places WHERE path LIKE (SELECT path FROM places WHERE id = ${r.region}) || '%') AND start_date >= ${r.from} AND start_date <= ${r.to} ORDER BY start_date DESC LIMIT 50`.execute(db),
  );
  const timeline = await pair(
    sample.people,
    (id) => personTimeline(ctx, id),
    async (id) => {
      const inc = await sql<{ id: string }>`SELECT * FROM incidents WHERE victim_person_id = ${id} ORDER BY start_date`.execute(db);
      const pro = await sql<{ id: string }>`SELECT * FROM proceedings WHERE person_id = ${id}`.execute(db);
      const subjects = [id, ...inc.rows.map((r) => r.id), ...pro.rows.map((r) => r.id)];
      await sql`SELECT * FROM claims WHERE subject_id IN (${sql.join(subjects.map((s) => sql`${s}`))})`.execute(db);
    },
  );
  const overviews = await pair(
    Array.from({ length: Math.min(QUERIES, 60) }, (_, i) => i),
    () => overview(ctx),
    async () => {
      await sql`SELECT status, count(*) FROM people GROUP BY status`.execute(db);
      await sql`SELECT count(*) FROM incidents`.execute(db);
    },
  );
  // The web table's jump to the middle of the list: the default order at a deep offset.
  const visible = sql.join(["public", "internal", "confidential"].map((x) => sql`${x}`));
  const deep = await pair(
    Array.from({ length: Math.min(QUERIES, 40) }, (_, i) => Math.floor((size * (i + 1)) / 41)),
    (offset) => listRecords(ctx, "incident", { limit: 50, offset }),
    (offset) => sql`SELECT * FROM incidents WHERE visibility IN (${visible}) ORDER BY start_date DESC, id DESC LIMIT 50 OFFSET ${offset}`.execute(db),
  );
  return { region_date_range: regionRange, person_timeline: timeline, overview: overviews, deep_page: deep };
}

// ---------- HTTP ----------
interface HttpRun { connections: number; requests_per_s: number; p50_ms: number; p99_ms: number; errors: number; non_2xx: number; timeouts: number }

async function cannon(url: string, connections: number, seconds: number, paths: string[], headers: Record<string, string>): Promise<HttpRun> {
  const r = await autocannon({
    url, connections, duration: seconds, timeout: 10, headers,
    requests: paths.map((path) => ({ method: "GET" as const, path })),
  });
  return {
    connections, requests_per_s: Math.round(r.requests.average), p50_ms: r.latency.p50, p99_ms: r.latency.p99,
    errors: r.errors, non_2xx: r.non2xx, timeouts: r.timeouts,
  };
}

interface Child { child: ChildProcess; port: number; stderr(): string }

function startChild(cmd: string[], env: Record<string, string>): Promise<Child> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cmd, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    const timer = setTimeout(() => reject(new Error(`child did not start: ${err.slice(-500)}`)), 120_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      const m = /listening (\d+)|running at http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, port: Number(m[1] ?? m[2]), stderr: () => err });
      }
    });
    child.stderr!.on("data", (d: Buffer) => (err += d.toString()));
    child.once("exit", (code) => reject(new Error(`child exited with ${code}: ${err.slice(-500)}`)));
  });
}

/** The server's own event-loop delay and GC pauses since the previous call (bench/loop-delay.mjs). */
async function loopDelay(c: Child): Promise<Record<string, number> | null> {
  const from = c.stderr().length;
  c.child.kill("SIGUSR2");
  for (let i = 0; i < 50; i++) {
    const m = /loop-delay (\{.*\})\n/.exec(c.stderr().slice(from));
    if (m) return JSON.parse(m[1]!) as Record<string, number>;
    await new Promise((r) => setTimeout(r, 20));
  }
  return null;
}

const stopChild = (c: ChildProcess) => new Promise<void>((resolve) => {
  if (c.exitCode !== null) return resolve();
  c.once("exit", () => resolve());
  c.kill("SIGTERM");
});

async function http(target: { url: string; schema?: string }, token: string, sample: Sample, regions: string[]) {
  const seconds = quick ? 3 : 10;
  const dbUrl = target.schema ? `${target.url}?options=${encodeURIComponent(`-c search_path=${target.schema}`)}` : target.url;
  const hello = await startChild(["--import", "./bench/loop-delay.mjs", "--import", "tsx", "bench/hello-server.ts", String(await freePort())], {});
  // The web app's everyday reads: the incidents table, a region filter, a search, a person, the overview.
  const paths = sample.names.slice(0, 20).flatMap((name, i) => [
    `/api/v1/incidents?limit=50`,
    `/api/v1/incidents?limit=50&placeId=${regions[i % regions.length]}&dateFrom=2022-01-04&dateTo=2022-01-20`,
    `/api/v1/incidents?limit=50&q=${encodeURIComponent(name)}`,
    `/api/v1/people/${sample.people[i % sample.people.length]}`,
    `/api/v1/overview`,
  ]);
  const auth = { authorization: `Bearer ${token}` };
  // Without the read cache every request runs its queries (a crisis brings many distinct ones); with it, repeated
  // reads of the mix are served from memory, as sent (identity) and as browsers ask for them (gzip).
  const servers = [
    { cache: "off", cacheMb: "0", variants: [{ name: "cache_off", headers: auth }] },
    { cache: "on", cacheMb: "64", variants: [{ name: "cache_on", headers: auth }, { name: "cache_on_gzip", headers: { ...auth, "accept-encoding": "gzip, deflate, br" } }] },
  ];
  const runs: Record<string, unknown>[] = [];
  const rss: Record<string, { idle: number | null; peak_under_load: number }> = {};
  try {
    await cannon(`http://127.0.0.1:${hello.port}`, 10, 1, ["/"], {});
    for (const s of servers) {
      const port = await freePort();
      // Request logging off in both servers: the comparison is of the work behind a route, not of log output.
      const vigil = await startChild(["--import", "./bench/loop-delay.mjs", "bin/vigil.js", "serve", "--no-demo", "--port", String(port), "--host", "127.0.0.1"], {
        VIGIL_DATABASE_URL: dbUrl, VIGIL_LOG_LEVEL: "warn", VIGIL_DEMO: "false", VIGIL_HTTP_CACHE_MB: s.cacheMb,
      });
      const idle = rssMb(vigil.child.pid!);
      let peak = idle ?? 0;
      const sampler = setInterval(() => (peak = Math.max(peak, rssMb(vigil.child.pid!) ?? 0)), 200);
      try {
        // Warm (JIT, SQLite page cache, and with the cache on, its entries) before measuring.
        await cannon(`http://127.0.0.1:${vigil.port}`, 10, 2, paths, auth);
        for (const connections of [50, 200]) {
          for (const variant of s.variants) {
            // Hello-world measured right before each Vigil run: load from other processes falls on both alike.
            await loopDelay(hello);
            const h = await cannon(`http://127.0.0.1:${hello.port}`, connections, seconds, ["/"], {});
            const helloDelay = await loopDelay(hello);
            await loopDelay(vigil);
            const v = await cannon(`http://127.0.0.1:${vigil.port}`, connections, seconds, paths, variant.headers);
            const vigilDelay = await loopDelay(vigil);
            runs.push({
              mode: variant.name, connections, vigil: v, hello_world: h, rate_ratio: ratio(v.requests_per_s, h.requests_per_s), load_average: loadavg()[0],
              // What each server itself held requests up (event-loop delay, GC), apart from the client's share.
              server_loop_delay: { vigil: vigilDelay, hello_world: helloDelay },
            });
            log(`http ${variant.name} ${connections} conns: vigil ${v.requests_per_s}/s p99 ${v.p99_ms} ms errors ${v.errors + v.non_2xx} (of which timeouts ${v.timeouts}), loop delay p99 ${vigilDelay?.p99_ms} ms; hello ${h.requests_per_s}/s p99 ${h.p99_ms} ms, loop delay p99 ${helloDelay?.p99_ms} ms (${ratio(v.requests_per_s, h.requests_per_s)}x)`);
          }
        }
      } finally {
        clearInterval(sampler);
        await stopChild(vigil.child);
      }
      rss[`cache_${s.cache}`] = { idle, peak_under_load: peak };
    }
  } finally {
    await stopChild(hello.child);
  }
  return {
    seconds_per_run: seconds, distinct_paths: new Set(paths).size,
    request_mix: "incidents page, region+date filter, name search, person, overview (monitor token); cache off, on, on with accept-encoding gzip",
    runs, serve_rss_mb: rss,
  };
}

const kzRegions = () => gazetteer().filter((p) => p.adminLevel === "region" && p.country === "KZ").map((p) => p.id);

async function queryPhases(v: Vigil, sample: Sample, result: Record<string, unknown>): Promise<void> {
  const regions = kzRegions();
  log("search");
  result.search = await searches(v, sample, regions);
  log("lists");
  result.lists = await lists(v, sample, regions);
}

// ---------- main ----------
async function main() {
  const result: Record<string, unknown> = { backend, size, quick };
  log("generating");
  gazetteer();
  const { records, sample, seconds: genSeconds } = generate(!reuseDb && !reuseSchema);
  const incidents = sample.incidents;
  if (reuseDb || reuseSchema) {
    if ((reuseDb && backend !== "sqlite") || (reuseSchema && backend !== "postgres")) throw new Error("--db is a SQLite file, --db-schema a PostgreSQL schema");
    result.data = { incidents, database: reuseDb ?? reuseSchema };
    result.machine = machine();
    result.command = `npx tsx bench/store.bench.ts ${args.join(" ")}`;
    const target = reuseDb ? { url: `sqlite:${reuseDb}` } : { url: PG_URL, schema: reuseSchema };
    const v = await createVigil({ databaseUrl: target.url }, target.schema ? { schema: target.schema } : {});
    try {
      if (!httpOnly) await queryPhases(v, sample, result);
      if (!skipHttp) {
        // The database is a copy made for the benchmark (it writes this user and its audit entry); a name of its own
        // per run, so that a second run on the same copy works.
        const user = await createUser(v.ctx(SYSTEM), { username: `bench-${Date.now()}`, password: "bench-password-not-secret-1", role: "monitor" });
        const { token } = await createApiToken(v.ctx(SYSTEM), user.id, "benchmark");
        await v.close();
        log("http");
        result.http = await http(target, token, sample, kzRegions());
      }
    } finally {
      await v.close().catch(() => undefined);
    }
    result.load_average_at_end = loadavg().map((x) => r2(x));
    return result;
  }
  result.data = { records: records.length, incidents, people: records.filter((r) => r.kind === "people").length, generate_seconds: r2(genSeconds) };
  log(`${records.length} records, ${incidents} incidents in ${r2(genSeconds)} s`);

  // Raw baseline into its own fresh database (schema and gazetteer written before the clock starts).
  const rawTarget = freshTarget("raw");
  const rawVigil = await createVigil({ databaseUrl: rawTarget.url }, rawTarget.schema ? { schema: rawTarget.schema } : {});
  await rawVigil.close();
  const tables = rawRows(records);
  const rawRowCount = [...tables.values()].reduce((n, rows) => n + rows.length, 0);
  const [rawSeconds, rawCpu] = backend === "sqlite" ? await rawImportSqlite(rawTarget.url.slice("sqlite:".length), tables) : await rawImportPostgres(rawTarget.schema!, tables);
  tables.clear();
  const raw = rate(records.length, incidents, rawSeconds, rawCpu);
  log(`raw insert ${raw.records_per_s} records/s (${raw.incidents_per_s} incidents/s)`);
  // The baseline's database is no longer needed: free its disk (gigabytes at a million incidents) before Vigil's import.
  if (backend === "sqlite") for (const suffix of ["", "-wal", "-shm"]) rmSync(`${rawTarget.url.slice("sqlite:".length)}${suffix}`, { force: true });

  const target = freshTarget("vigil");
  const v = await createVigil({ databaseUrl: target.url }, target.schema ? { schema: target.schema } : {});
  try {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    await importStream(v.ctx(SYSTEM), records, { reason: "benchmark (fictional demo data)" });
    const vi = rate(records.length, incidents, secs(t0), cpuSince(c0));
    records.length = 0;
    log(`vigil import ${vi.records_per_s} records/s (${vi.incidents_per_s} incidents/s)`);
    result.import = {
      vigil: vi, raw: { ...raw, rows: rawRowCount }, rate_ratio: ratio(vi.records_per_s, raw.records_per_s),
      // Only where the database runs inside this process: PostgreSQL's own CPU time is not in process.cpuUsage().
      cpu_ratio: backend === "sqlite" ? ratio(raw.cpu_seconds, vi.cpu_seconds) : null,
    };
    if (size <= 100_000 && !quick && !skipVerify) {
      const tv = performance.now();
      const report = await verifyIntegrity(v.store);
      result.verify = { ok: report.ok, seconds: r2(secs(tv)) };
    }
    if (importOnly) return result;
    if (backend === "postgres") await sql`ANALYZE`.execute(v.store.db);

    await queryPhases(v, sample, result);
    const regions = kzRegions();

    if (!skipHttp) {
      const user = await createUser(v.ctx(SYSTEM), { username: "bench", password: "bench-password-not-secret-1", role: "monitor" });
      const { token } = await createApiToken(v.ctx(SYSTEM), user.id, "benchmark");
      await v.close();
      log("http");
      result.http = await http(target, token, sample, regions);
    }
  } finally {
    await v.close().catch(() => undefined);
  }
  return result;
}

try {
  const result = await main();
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  else process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  await dropSchemas();
  rmSync(dir, { recursive: true, force: true });
}
