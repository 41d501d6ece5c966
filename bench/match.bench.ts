/**
 * Name-matching benchmark on generated names (no real people): clusters 1,000,000 mentions and times candidate
 * lookups against a register of 1,000,000 names held in an in-memory key index, the way the store uses the keys.
 *
 *   npx tsx bench/match.bench.ts [--quick]        (--quick: 100,000 mentions and names)
 *
 * Each phase runs in its own child process so that its peak RSS is its own. Results are printed and written to
 * bench/results/match-<date>.json with the machine, the Node version and the command.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { clusterMentions, compareNames, nameKeys, queryKeys, transliterate, type TransliterationSystem } from "../src/match/index.js";
import { FEMALE, MALE, makeSurnames, rng, zipf } from "./names.js";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const phase = args.find((a) => a.startsWith("--phase="))?.slice("--phase=".length);
const SIZE = quick ? 100_000 : 1_000_000;

const SUFFIX_M = ["ов", "ев", "ов", "ев", "ин", "бек", "баев", "бекұлы", "ұлы"];
const SYSTEMS: TransliterationSystem[] = ["press", "bgn_pcgn", "icao", "kazakh_latin_2021", "press"];

type Person = { given: string; patronymic: string; family: string; female: boolean; birthYear: number };

function makePeople(n: number, seed: number): Person[] {
  const r = rng(seed);
  const surnames = makeSurnames(Math.max(2000, Math.floor(n / 8)), r, SUFFIX_M);
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const female = r() < 0.4;
    let family = zipf(surnames, r);
    if (female && /(ов|ев|ин)$/.test(family)) family += "а";
    const father = zipf(MALE, r);
    const patronymic = /[аеиоуыэюяй]$/.test(father) ? "" : female ? `${father}қызы` : `${father}ұлы`;
    people.push({ given: zipf(female ? FEMALE : MALE, r), patronymic, family, female, birthYear: 1950 + Math.floor(r() * 55) });
  }
  return people;
}

function genitive(word: string, female: boolean): string {
  if (female) return /(ова|ева|ина)$/.test(word) ? `${word.slice(0, -1)}ой` : word;
  return /[бвгджзклмнпрстфхцчшщ]$/.test(word) ? `${word}а` : word;
}

/** One written mention of a person: a transliteration, an inflection, an initial, an order or a bare surname. */
function mention(p: Person, r: () => number): string {
  const roll = r();
  const system = SYSTEMS[Math.floor(r() * SYSTEMS.length)]!;
  if (roll < 0.25) return `${p.family} ${p.given}${p.patronymic ? ` ${p.patronymic}` : ""}`;
  if (roll < 0.55) return transliterate(`${p.given} ${p.family}`, system);
  if (roll < 0.7) return `${genitive(p.given, p.female)} ${genitive(p.family, p.female)}`;
  if (roll < 0.8) return transliterate(`${p.given[0]}. ${p.family}`, system);
  if (roll < 0.9) return `${p.family} ${p.given[0]}.`;
  if (roll < 0.95) return transliterate(p.family, system);
  return transliterate(`${p.family} ${p.given}`, system).toUpperCase();
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function runCluster(): Record<string, number> {
  const people = makePeople(Math.floor(SIZE / 5), 1);
  const r = rng(2);
  const mentions: { id: string; name: string; birthYear?: number }[] = [];
  for (let i = 0; i < SIZE; i++) {
    const p = people[Math.floor(r() * people.length)]!;
    const m: { id: string; name: string; birthYear?: number } = { id: `m${i}`, name: mention(p, r) };
    if (r() < 0.2) m.birthYear = p.birthYear;
    mentions.push(m);
  }
  const rssBefore = peakRssMb();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const clusters = clusterMentions(mentions);
  const cpu = process.cpuUsage(cpu0);
  const seconds = (performance.now() - t0) / 1000;
  return {
    mentions: SIZE,
    people: people.length,
    clusters: new Set(clusters.values()).size,
    seconds: Math.round(seconds * 100) / 100,
    // CPU time of this single-threaded process: the honest figure when other jobs share the cores.
    cpu_seconds: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
    peak_rss_mb_before_clustering: rssBefore,
    peak_rss_mb: peakRssMb(),
    load_average_1min_at_end: Math.round(loadavg()[0]! * 10) / 10,
  };
}

function runLookup(): Record<string, number> {
  const people = makePeople(SIZE, 3);
  const names = people.map((p) => `${p.family} ${p.given}${p.patronymic ? ` ${p.patronymic}` : ""}`);
  const t0 = performance.now();
  // The store's two tables: key → person postings, and each person's keys (for checking the other query words).
  const index = new Map<string, number[]>();
  const keysOf: string[] = [];
  for (let i = 0; i < names.length; i++) {
    const keys = nameKeys(names[i]!);
    keysOf.push(`|${keys.join("|")}|`);
    for (const k of keys) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  }
  const buildSeconds = (performance.now() - t0) / 1000;
  const r = rng(4);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  const candidateCounts: number[] = [];
  let found = 0;
  const QUERIES = 2000;
  const LIMIT = 200;
  for (let q = 0; q < QUERIES; q++) {
    const target = Math.floor(r() * people.length);
    const query = mention(people[target]!, r);
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    // Rarest query word drives the scan; the other words are checked against each candidate's keys; the scan stops
    // at LIMIT candidates, which are judged with compareNames (a search page shows the best, not thousands: a bare
    // common surname in a register of a million is a query the user must narrow).
    const tokens = queryKeys(query).map((alts) => ({ alts, size: alts.reduce((n, a) => n + (index.get(a)?.length ?? 0), 0) }));
    tokens.sort((a, b) => a.size - b.size);
    const [driver, ...rest] = tokens;
    const candidates: number[] = [];
    let matched = 0;
    if (driver) {
      const seen = new Set<number>();
      scan: for (const a of driver.alts) {
        for (const id of index.get(a) ?? []) {
          if (seen.has(id)) continue;
          seen.add(id);
          if (rest.every((t) => t.alts.some((alt) => keysOf[id]!.includes(`|${alt}|`)))) {
            matched++;
            candidates.push(id);
            if (candidates.length >= LIMIT) break scan;
          }
        }
      }
    }
    const hits = candidates.filter((id) => compareNames({ name: query }, { name: names[id]! }).outcome !== "different");
    times.push(performance.now() - start);
    const cpu = process.cpuUsage(cpuStart);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
    candidateCounts.push(matched);
    if (hits.includes(target)) found++;
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  candidateCounts.sort((a, b) => a - b);
  return {
    register_names: SIZE,
    index_keys: index.size,
    index_build_seconds: Math.round(buildSeconds * 100) / 100,
    queries: QUERIES,
    lookup_ms_p50: Math.round(percentile(times, 0.5) * 1000) / 1000,
    lookup_ms_p95: Math.round(percentile(times, 0.95) * 1000) / 1000,
    lookup_ms_max: Math.round(times[times.length - 1]! * 1000) / 1000,
    // Per-query CPU time (microsecond clock): unaffected by waiting for a core on a shared machine.
    lookup_cpu_ms_p50: Math.round(percentile(cpuTimes, 0.5) * 1000) / 1000,
    lookup_cpu_ms_p95: Math.round(percentile(cpuTimes, 0.95) * 1000) / 1000,
    candidates_p50: percentile(candidateCounts, 0.5),
    candidates_p95: percentile(candidateCounts, 0.95),
    capped_share: Math.round((candidateCounts.filter((n) => n >= LIMIT).length / QUERIES) * 1000) / 1000,
    judged_per_query_max: LIMIT,
    target_found_share: Math.round((found / QUERIES) * 1000) / 1000,
    peak_rss_mb: peakRssMb(),
    load_average_1min_at_end: Math.round(loadavg()[0]! * 10) / 10,
  };
}

if (phase === "cluster") {
  process.stdout.write(JSON.stringify(runCluster()));
} else if (phase === "lookup") {
  process.stdout.write(JSON.stringify(runLookup()));
} else {
  const self = fileURLToPath(import.meta.url);
  const run = (name: string): Record<string, number> => {
    const child = spawnSync(process.execPath, [...process.execArgv, self, `--phase=${name}`, ...(quick ? ["--quick"] : [])], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      throw new Error(`benchmark phase ${name} failed`);
    }
    return JSON.parse(child.stdout) as Record<string, number>;
  };
  const cluster = run("cluster");
  console.log("clustering", cluster);
  const lookup = run("lookup");
  console.log("lookup", lookup);
  const now = new Date();
  const result = {
    date: now.toISOString(),
    command: `npx tsx bench/match.bench.ts${quick ? " --quick" : ""}`,
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memory_gb: Math.round(totalmem() / 2 ** 30),
      load_average_at_end: loadavg().map((x) => Math.round(x * 10) / 10),
    },
    node: process.version,
    note:
      "single thread; each phase in its own process; times exclude name generation; seconds is wall time, cpu_seconds " +
      "the process's CPU time (wall time is inflated when other jobs share the cores: see load_average_at_end); " +
      "lookup = key index query + compareNames on the candidates",
    clustering: cluster,
    lookup,
  };
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = `${dir}match-${now.toISOString().slice(0, 10)}${quick ? "-quick" : ""}.json`;
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`written ${file}`);
}
