/**
 * Scores `clusterMentions` on the name development set: pairwise precision, recall and F1 over all mention pairs, and
 * merges of known-different people. Usage: npm run eval:match -- [--no-context] [--verbose] [FILE.jsonl ...]
 * Without files it reads every *.jsonl under test/fixtures/names/ (each line: id, name, person, optional context).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { clusterMentions, type Mention } from "../src/match/index.js";

type Row = Mention & { id: string; person: string; kind?: string };
type HardPair = { kind: string; people: [string, string] };

const DIR = "test/fixtures/names";
const args = process.argv.slice(2);
const useContext = !args.includes("--no-context");
const verbose = args.includes("--verbose");
const files = args.filter((a) => !a.startsWith("--"));
const paths = files.length > 0 ? files : readdirSync(DIR).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(DIR, f));

function pairs(n: number): number {
  return (n * (n - 1)) / 2;
}

function evaluate(rows: Row[], label: string, hard: HardPair[]): void {
  const input = rows.map((r) =>
    useContext
      ? { id: r.id, name: r.name, birthYear: r.birthYear ?? null, region: r.region ?? null, sex: r.sex ?? null }
      : { id: r.id, name: r.name },
  );
  const started = performance.now();
  const clusters = clusterMentions(input);
  const ms = performance.now() - started;

  const byCluster = new Map<string, Row[]>();
  const byPerson = new Map<string, number>();
  for (const r of rows) {
    const c = clusters.get(r.id)!;
    const list = byCluster.get(c);
    if (list) list.push(r);
    else byCluster.set(c, [r]);
    byPerson.set(r.person, (byPerson.get(r.person) ?? 0) + 1);
  }
  let tp = 0;
  let predicted = 0;
  const merged = new Map<string, string[]>();
  for (const [, members] of byCluster) {
    predicted += pairs(members.length);
    const counts = new Map<string, number>();
    for (const m of members) counts.set(m.person, (counts.get(m.person) ?? 0) + 1);
    for (const n of counts.values()) tp += pairs(n);
    const people = [...counts.keys()].sort();
    for (let i = 0; i < people.length; i++)
      for (let j = i + 1; j < people.length; j++) {
        const key = `${people[i]}+${people[j]}`;
        merged.set(key, [...(merged.get(key) ?? []), ...members.map((m) => `${m.id} ${m.name}`)]);
      }
  }
  let gold = 0;
  for (const n of byPerson.values()) gold += pairs(n);
  const precision = predicted === 0 ? 1 : tp / predicted;
  const recall = gold === 0 ? 1 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const hardMerged = hard.filter((h) => merged.has([...h.people].sort().join("+")));

  // Recall by kind of mention: the share of a mention's true partners that ended in its cluster.
  const kindStats = new Map<string, { got: number; of: number }>();
  for (const r of rows) {
    const c = clusters.get(r.id)!;
    const mates = byCluster.get(c)!.filter((m) => m.person === r.person).length - 1;
    const of = byPerson.get(r.person)! - 1;
    const s = kindStats.get(r.kind ?? "-") ?? { got: 0, of: 0 };
    s.got += mates;
    s.of += of;
    kindStats.set(r.kind ?? "-", s);
  }

  console.log(`\n${label}: ${rows.length} mentions of ${byPerson.size} people → ${byCluster.size} clusters (${ms.toFixed(0)} ms, context ${useContext ? "on" : "off"})`);
  console.log(`  pairwise precision ${precision.toFixed(4)}  recall ${recall.toFixed(4)}  F1 ${f1.toFixed(4)}  (${tp} of ${predicted} predicted pairs correct, ${gold} true pairs)`);
  console.log(`  merges of different people: ${merged.size} person pairs; of the ${hard.length} listed hard cases: ${hardMerged.length}`);
  console.log(`  recall by mention kind: ${[...kindStats].map(([k, s]) => `${k} ${(s.of === 0 ? 1 : s.got / s.of).toFixed(2)}`).join(", ")}`);
  if (verbose) {
    for (const [k, ms2] of merged) console.log(`  MERGED ${k}: ${ms2.join(" | ")}`);
    for (const [person] of byPerson) {
      const parts = new Map<string, string[]>();
      for (const r of rows.filter((x) => x.person === person)) {
        const c = clusters.get(r.id)!;
        parts.set(c, [...(parts.get(c) ?? []), r.name]);
      }
      if (parts.size > 1) console.log(`  SPLIT ${person}: ${[...parts.values()].map((v) => `[${v.join(" ; ")}]`).join(" ")}`);
    }
  }
}

function load(path: string): Row[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l, i) => {
      const r = JSON.parse(l) as Row;
      if (typeof r.id !== "string" || typeof r.name !== "string" || typeof r.person !== "string")
        throw new Error(`${path}:${i + 1}: each line needs string id, name and person`);
      return r;
    });
}

let hard: HardPair[] = [];
try {
  hard = (JSON.parse(readFileSync(join(DIR, "hard-cases.json"), "utf8")) as { pairs: HardPair[] }).pairs;
} catch {
  hard = [];
}
const all: Row[] = [];
for (const p of paths) {
  const rows = load(p);
  evaluate(rows, p, p.endsWith("dev.jsonl") ? hard : []);
  all.push(...rows);
}
if (paths.length > 1) evaluate(all, "all files together", hard);
