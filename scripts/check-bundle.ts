/**
 * Fails when the JavaScript a browser must download before the first screen (the entry chunk and its static
 * imports, not the lazily loaded screens) exceeds the budget, gzipped. Reads Vite's manifest from web/dist.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const BUDGET_BYTES = 250 * 1024;
const dist = join(import.meta.dirname, "../web/dist");

interface ManifestChunk { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }

let manifest: Record<string, ManifestChunk>;
try {
  manifest = JSON.parse(readFileSync(join(dist, ".vite/manifest.json"), "utf8")) as Record<string, ManifestChunk>;
} catch {
  console.error("check-bundle: web/dist/.vite/manifest.json is missing; run `npm run build:web` first");
  process.exit(2);
}

const initial = new Set<string>();
const visit = (key: string) => {
  if (initial.has(key)) return;
  const chunk = manifest[key];
  if (!chunk) return;
  initial.add(key);
  for (const dep of chunk.imports ?? []) visit(dep);
};
for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);

let total = 0;
for (const key of initial) {
  const file = manifest[key]!.file;
  if (!file.endsWith(".js")) continue;
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
  total += gz;
  console.log(`  ${file}  ${(gz / 1024).toFixed(1)} KB gzip`);
}
const line = `initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`;
if (total > BUDGET_BYTES) {
  console.error(`check-bundle: FAIL ${line}`);
  process.exit(1);
}
console.log(`check-bundle: ok ${line}`);
