/**
 * `npm run bench`: Vigil against raw baselines at crisis scale, on SQLite and PostgreSQL.
 *
 *   npm run bench                              10k, 100k and 1m incidents on both backends, then the extract and match benchmarks
 *   npm run bench -- --quick                   10k on both backends, shorter runs (about two minutes on an idle machine)
 *   npm run bench -- --sizes 10k,100k --backend sqlite [--no-http] [--no-verify] [--no-pure]
 *
 * Each backend and size runs in its own process (bench/store.bench.ts). Absolute times drift on a shared machine, so
 * every figure comes with the baseline measured in the same run and the ratio between them. The results, with the
 * machine, the Node version and the command, go to bench/results/bench-<date>[-quick].json; a summary is printed.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { machine, parseSize, sizeLabel } from "./lib.js";

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const quick = args.includes("--quick");
const sizes = (opt("sizes") ?? (quick ? "10k" : "10k,100k,1m")).split(",").map(parseSize);
const backendArg = opt("backend");
if (backendArg && backendArg !== "sqlite" && backendArg !== "postgres") throw new Error("--backend is sqlite or postgres");
const backends = backendArg ? [backendArg] : ["sqlite", "postgres"];
const BENCH = fileURLToPath(new URL(".", import.meta.url));
const RESULTS = join(BENCH, "results");

function runStore(backend: string, size: number): Promise<Record<string, unknown>> {
  const out = join(tmpdir(), `vigil-bench-${process.pid}-${backend}-${size}.json`);
  const childArgs = ["--import", "tsx", join(BENCH, "store.bench.ts"), "--backend", backend, "--size", String(size), "--out", out];
  if (quick) childArgs.push("--quick");
  for (const flag of ["--no-http", "--no-verify"]) if (args.includes(flag)) childArgs.push(flag);
  return new Promise((resolve, reject) => {
    // A million incidents and their records are held in memory to time the import alone: give the heap room.
    const child = spawn(process.execPath, [`--max-old-space-size=${size >= 500_000 ? 16_384 : 4096}`, ...childArgs], { stdio: ["ignore", "inherit", "inherit"] });
    child.once("exit", (code) => {
      if (code !== 0 || !existsSync(out)) return reject(new Error(`${backend} ${sizeLabel(size)} failed (exit ${code})`));
      const r = JSON.parse(readFileSync(out, "utf8")) as Record<string, unknown>;
      rmSync(out, { force: true });
      resolve(r);
    });
  });
}

/** The extract and match benchmarks write their own result files: run them (or, with --quick, take their last results). */
function pure(name: string): Record<string, unknown> | null {
  const file = join(BENCH, `${name}.bench.ts`);
  if (!existsSync(file)) return null;
  const started = Date.now();
  if (!quick) {
    process.stderr.write(`[${name}] npx tsx bench/${name}.bench.ts\n`);
    const r = spawnSync(process.execPath, ["--import", "tsx", file], { stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) return { error: `bench/${name}.bench.ts exited with ${r.status}` };
  }
  const latest = readdirSync(RESULTS).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".json"))
    .map((f) => ({ f, t: statSync(join(RESULTS, f)).mtimeMs })).sort((a, b) => b.t - a.t)[0];
  if (!latest) return null;
  return { file: `bench/results/${latest.f}`, rerun: !quick && latest.t >= started, result: JSON.parse(readFileSync(join(RESULTS, latest.f), "utf8")) as unknown };
}

// Reading back the JSON this file just collected, for the summary table only.
type J = Record<string, any>;

function summary(runs: J[]): string {
  const lines = [
    "| backend | incidents | import Vigil rec/s | raw rec/s | ratio (wall) | ratio (CPU) | search p95 name / word / filtered (ms) | vs bare p95 | region+dates / timeline / overview p95 (ms) | HTTP 200 conns req/s, ratio, p99, errors | serve RSS MB |",
    "|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const r of runs) {
    const s = r.search ?? {};
    const l = r.lists ?? {};
    const h200 = (r.http?.runs ?? []).find((x: J) => x.connections === 200);
    lines.push(`| ${r.backend} | ${sizeLabel(r.size)} | ${r.import?.vigil.records_per_s} (${r.import?.vigil.incidents_per_s} inc/s) | ${r.import?.raw.records_per_s} | ${r.import?.rate_ratio} | ${r.import?.cpu_ratio} | `
      + `${s.name_other_script?.vigil.p95} / ${s.description_word?.vigil.p95} / ${s.word_with_filters?.vigil.p95} | ${s.name_other_script?.p95_ratio} / ${s.description_word?.p95_ratio} / ${s.word_with_filters?.p95_ratio} | `
      + `${l.region_date_range?.vigil.p95} / ${l.person_timeline?.vigil.p95} / ${l.overview?.vigil.p95} | `
      + `${h200 ? `${h200.vigil.requests_per_s}, ${h200.rate_ratio}×, ${h200.vigil.p99_ms} ms, ${h200.vigil.errors + h200.vigil.timeouts + h200.vigil.non_2xx}` : "—"} | ${r.http?.serve_rss_mb.peak_under_load ?? "—"} |`);
  }
  return lines.join("\n");
}

const started = new Date();
const env = machine();
const runs: J[] = [];
for (const size of sizes) {
  for (const backend of backends) {
    process.stderr.write(`\n== ${backend}, ${sizeLabel(size)} incidents ==\n`);
    try {
      runs.push(await runStore(backend, size));
    } catch (e) {
      runs.push({ backend, size, error: (e as Error).message });
      process.stderr.write(`${(e as Error).message}\n`);
    }
  }
}
const pureResults = args.includes("--no-pure") ? {} : { extract: pure("extract"), match: pure("match") };
const result = {
  date: started.toISOString(),
  command: `npm run bench${args.length ? ` -- ${args.join(" ")}` : ""}`,
  machine: env,
  seconds: Math.round((Date.now() - started.getTime()) / 1000),
  sizes: sizes.map(sizeLabel),
  backends,
  notes: [
    "ratios compare Vigil with a baseline measured in the same process and run; absolute figures drift with the load of the shared machine",
    "import: importStream of the generated records (held in memory) vs raw prepared INSERTs of the same table rows in one transaction; cpu_ratio uses process CPU time, which load from other processes disturbs less",
    "search/lists: Vigil's use case (policy, name keys across scripts, count, presenters) vs the bare SQL reading the same first page; latencies in ms",
    "http: `vigil serve` as a child process with a monitor's API token vs a Fastify hello-world, both with request logging off, autocannon on 127.0.0.1",
  ],
  runs,
  pure: pureResults,
};
mkdirSync(RESULTS, { recursive: true });
const file = join(RESULTS, `bench-${started.toISOString().slice(0, 16).replace(":", "")}${quick ? "-quick" : ""}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`\n${summary(runs)}\n\nwritten ${file}\n`);
