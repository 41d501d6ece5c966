/**
 * Enforces the module graph of docs/ARCHITECTURE (dependency-cruiser needs Node 22, so the rules live here):
 * pure domain modules stay free of I/O and infrastructure, pipeline stages never import a later stage, the web app
 * sees only the contract and the kernel, process.env is read only by config.ts, and modules form no cycle.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const problems: string[] = [];

function files(dir: string): string[] {
  let out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (e === "node_modules" || e === "dist") continue;
    if (statSync(p).isDirectory()) out = out.concat(files(p));
    else if (/\.(ts|tsx)$/.test(e) && !/\.test\.tsx?$/.test(e)) out.push(p);
  }
  return out;
}

const moduleOf = (file: string): string | null => {
  const rel = relative(join(root, "src"), file);
  if (rel.startsWith("..")) return null;
  const first = rel.split("/")[0]!;
  return first.endsWith(".ts") ? first.replace(/\.ts$/, "") : first;
};

const PURE = new Set(["core", "contract", "match", "extract", "places", "incidents", "publish", "audit", "people", "ingest"]);
const INFRA = /^(kysely|fastify|@fastify\/|pg$|better-sqlite3|node:fs|node:http|node:net|commander)/;
const STAGES = ["ingest", "extract", "match", "verify", "publish"];

const edges = new Map<string, Set<string>>();
const importRe = /(import type|import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

for (const file of [...files(join(root, "src")), ...files(join(root, "web/src"))]) {
  const text = readFileSync(file, "utf8");
  const rel = relative(root, file);
  const mod = moduleOf(file);
  const isWeb = rel.startsWith("web/");
  if (/process\.env/.test(text) && rel !== "src/config.ts" && !isWeb) problems.push(`${rel}: reads process.env (only src/config.ts may)`);
  for (const m of text.matchAll(importRe)) {
    const spec = m[2] ?? m[3]!;
    // Type-only imports vanish at run time: they may cross the pure/infrastructure line.
    const typeOnly = m[1] === "import type";
    if (isWeb) {
      if (spec.startsWith(".")) {
        const target = relative(root, resolve(dirname(file), spec));
        if (target.startsWith("src/") && !/^src\/(contract|core)(\/|$)/.test(target)) problems.push(`${rel}: the web app may import only src/contract and src/core, not ${target}`);
      }
      continue;
    }
    if (!mod) continue;
    if (!spec.startsWith(".")) {
      if (PURE.has(mod) && INFRA.test(spec)) problems.push(`${rel}: pure module ${mod} imports ${spec}`);
      if (mod === "core" && spec.startsWith("node:")) problems.push(`${rel}: src/core must stay isomorphic (imports ${spec})`);
      continue;
    }
    const target = moduleOf(resolve(dirname(file), spec));
    if (!target || target === mod) continue;
    if (!edges.has(mod)) edges.set(mod, new Set());
    edges.get(mod)!.add(target);
    const si = STAGES.indexOf(mod);
    const ti = STAGES.indexOf(target);
    if (si >= 0 && ti > si) problems.push(`${rel}: pipeline stage ${mod} imports a later stage, ${target}`);
    if (PURE.has(mod) && !PURE.has(target) && !typeOnly) problems.push(`${rel}: pure module ${mod} imports ${target}`);
  }
}

// Cycles between modules (depth-first search over the module graph).
const state = new Map<string, "visiting" | "done">();
const stack: string[] = [];
function visit(n: string): void {
  state.set(n, "visiting");
  stack.push(n);
  for (const m of edges.get(n) ?? []) {
    if (state.get(m) === "visiting") problems.push(`module cycle: ${[...stack.slice(stack.indexOf(m)), m].join(" → ")}`);
    else if (!state.has(m)) visit(m);
  }
  stack.pop();
  state.set(n, "done");
}
for (const n of edges.keys()) if (!state.has(n)) visit(n);

if (problems.length) {
  for (const p of [...new Set(problems)]) console.error(`✗ ${p}`);
  process.exit(1);
}
console.log(`module graph ok (${edges.size} modules)`);
