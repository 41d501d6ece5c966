/**
 * Search speed by who searches: a monitor (every record, the fast routes), a viewer and the public (the guarded plan,
 * register/list.ts searchGuard, so that a search never finds a record by words the reader cannot see). Names drawn
 * from the database, words of the generated descriptions; each read twice.
 *
 *   npx tsx bench/search-levels.bench.ts --db FILE.sqlite [--out FILE.json]
 *
 * FILE is opened (and migrated) in place: give it a copy of a benchmark database. A measurement, never a pass/fail.
 */
import { writeFileSync } from "node:fs";
import { sql } from "kysely";
import { createVigil } from "../src/app.js";
import type { Actor } from "../src/auth/policy.js";
import { listRecords } from "../src/register/index.js";
import { machine } from "./lib.js";

const arg = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const file = arg("--db");
if (!file) throw new Error("--db FILE.sqlite is required (a copy: it is migrated in place)");
const out = arg("--out");

const READERS: [string, Actor][] = [
  ["monitor", { kind: "user", id: "usr_bench_monitor", username: "monitor", role: "monitor" }],
  ["viewer", { kind: "user", id: "usr_bench_viewer", username: "viewer", role: "viewer" }],
  ["public", { kind: "anonymous" }],
];
const WORDS = ["detained", "january", "rally", "court", "police", "journalist", "arrest", "protest", "fined", "released"];

const v = await createVigil({ databaseUrl: `sqlite:${file}` });
const names = (await sql<{ value: string }>`SELECT value FROM person_names ORDER BY random() LIMIT 40`.execute(v.store.db)).rows.map((r) => r.value);
const result: Record<string, unknown> = { command: `npx tsx bench/search-levels.bench.ts --db ${file}`, machine: machine(), runs: {} };
const ms = (x: number) => Math.round(x * 10) / 10;
for (const [label, queries] of [["names", names], ["words", WORDS]] as const) {
  for (const [who, actor] of READERS) {
    const ctx = v.ctx(actor);
    const t: number[] = [];
    for (let round = 0; round < 2; round++) {
      for (const q of queries) {
        const t0 = performance.now();
        await listRecords(ctx, "incident", { q, limit: 50, offset: 0 });
        t.push(performance.now() - t0);
      }
    }
    t.sort((a, b) => a - b);
    const at = (p: number) => ms(t[Math.min(t.length - 1, Math.floor(t.length * p))]!);
    (result.runs as Record<string, unknown>)[`${label} ${who}`] = { p50: at(0.5), p95: at(0.95), max: at(1) };
    console.log(`${label.padEnd(6)} ${who.padEnd(8)} p50 ${at(0.5)} ms  p95 ${at(0.95)} ms  max ${at(1)} ms`);
  }
}
await v.close();
if (out) writeFileSync(out, JSON.stringify(result, null, 2));
