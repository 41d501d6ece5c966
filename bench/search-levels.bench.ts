/**
 * Search speed by who searches: a monitor (every record, the fast routes), a viewer and the public (a search never
 * finds a record by words the reader cannot see: register/list.ts searchGuard). Forty names drawn from the database at
 * fixed positions (the same in every run on the same data), words of the generated descriptions, and words whose
 * matches are nearly all withheld from viewers or the public (in a confidential field, of an incident of a higher
 * visibility or of a pseudonymised or anonymous victim); each read `--rounds` times (default 5).
 *
 *   npx tsx bench/search-levels.bench.ts --db FILE.sqlite [--rounds N] [--out FILE.json]
 *   npx tsx bench/search-levels.bench.ts --backend postgres --db-schema NAME [--rounds N] [--out FILE.json]
 *
 * The database is opened (and migrated) in place: give it a copy of a benchmark database, or a benchmark schema.
 * PostgreSQL: VIGIL_BENCH_POSTGRES_URL or VIGIL_TEST_POSTGRES_URL. A measurement, never a pass/fail.
 */
import { writeFileSync } from "node:fs";
import { execSync } from "node:child_process";
import { sql } from "kysely";
import { createVigil } from "../src/app.js";
import type { Actor } from "../src/auth/policy.js";
import { listRecords } from "../src/register/index.js";
import { machine } from "./lib.js";

const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const backend = arg("--backend") ?? "sqlite";
const file = arg("--db");
const schema = arg("--db-schema");
if (backend === "sqlite" && !file) throw new Error("--db FILE.sqlite is required (a copy: it is migrated in place)");
if (backend === "postgres" && !schema) throw new Error("--backend postgres needs --db-schema NAME (a benchmark schema: it is migrated in place)");
if (backend !== "sqlite" && backend !== "postgres") throw new Error("--backend is sqlite or postgres");
const out = arg("--out");
const rounds = Number(arg("--rounds") ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error("--rounds is a whole number of at least 1");
const pgUrl = process.env.VIGIL_BENCH_POSTGRES_URL ?? process.env.VIGIL_TEST_POSTGRES_URL ?? "postgres://vigil:vigil@127.0.0.1:5432/vigil_test";

const READERS: [string, Actor][] = [
  ["monitor", { kind: "user", id: "usr_bench_monitor", username: "monitor", role: "monitor" }],
  ["viewer", { kind: "user", id: "usr_bench_viewer", username: "viewer", role: "viewer" }],
  ["public", { kind: "anonymous" }],
];
const WORDS = ["detained", "january", "rally", "court", "police", "journalist", "arrest", "protest", "fined", "released"];
/**
 * Words of the generator's Russian accounts that nearly only confidential incidents hold (the first five: 601 matches at
 * 100k, 421 of them a viewer's, 13 the public's) or that mostly pseudonymised or anonymous victims' incidents hold
 * (the last five: 410–513 matches, 5–6 the public's).
 */
const WITHHELD = ["телевидение", "признается", "утверждает", "государственное", "давлением", "автозак", "соседка", "отрицают", "применение", "представителя"];

const v = backend === "sqlite" ? await createVigil({ databaseUrl: `sqlite:${file}` }) : await createVigil({ databaseUrl: pgUrl }, { schema: schema! });
const count = Number((await sql<{ n: number }>`SELECT count(*) AS n FROM person_names`.execute(v.store.db)).rows[0]?.n ?? 0);
const names: string[] = [];
for (let i = 0; i < 40 && count; i++) {
  const r = await sql<{ value: string }>`SELECT value FROM person_names ORDER BY id LIMIT 1 OFFSET ${Math.floor(((i * 7919) % 40) * count / 40 + i)}`.execute(v.store.db);
  if (r.rows[0]) names.push(r.rows[0].value);
}
const load = () => execSync("uptime").toString().trim().replace(/.*load average: /, "");
const result: Record<string, unknown> = {
  command: `npx tsx bench/search-levels.bench.ts ${process.argv.slice(2).join(" ")}`, machine: machine(), loadBefore: load(), runs: {},
};
const ms = (x: number) => Math.round(x * 10) / 10;
for (const [label, queries] of [["names", names], ["words", WORDS], ["withheld", WITHHELD]] as const) {
  for (const [who, actor] of READERS) {
    const ctx = v.ctx(actor);
    const t: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const q of queries) {
        const t0 = performance.now();
        await listRecords(ctx, "incident", { q, limit: 50, offset: 0 });
        t.push(performance.now() - t0);
      }
    }
    t.sort((a, b) => a - b);
    const at = (p: number) => ms(t[Math.min(t.length - 1, Math.floor(t.length * p))]!);
    (result.runs as Record<string, unknown>)[`${label} ${who}`] = { p50: at(0.5), p95: at(0.95), max: at(1) };
    console.log(`${label.padEnd(8)} ${who.padEnd(8)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`);
  }
}
result.loadAfter = load();
console.log(`load ${String(result.loadBefore)} → ${String(result.loadAfter)}`);
await v.close();
if (out) writeFileSync(out, JSON.stringify(result, null, 2));
