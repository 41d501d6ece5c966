// `npm start` and the e2e tests serve the built web app: build it when it is missing or older than any of its inputs.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "web/dist/index.html");
if (!existsSync(join(root, "web/index.html"))) process.exit(0);

/**
 * Everything the bundle is built from: all of web/ but its output (sources, index.html, public/, vite.config.ts,
 * tsconfig.json, .env files), the server's schemas and kernel the app imports (scripts/check-imports.ts allows only
 * src/contract and src/core, so nothing else of src/ can reach the bundle), the root tsconfig.json that esbuild reads for
 * those files, and the dependencies' manifests.
 */
const INPUT_DIRS = ["web", "src/contract", "src/core"];
const INPUT_FILES = ["package.json", "package-lock.json", "tsconfig.json"];
const SKIP = new Set([join(root, "web/dist"), join(root, "web/node_modules")]);

/** Newest modification time under `path`, directories included: removing or renaming a file changes its directory's. */
function newest(path) {
  if (SKIP.has(path)) return 0;
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  let t = st.mtimeMs;
  if (st.isDirectory()) for (const e of readdirSync(path)) t = Math.max(t, newest(join(path, e)));
  return t;
}

const inputs = [...INPUT_DIRS, ...INPUT_FILES].map((p) => join(root, p));
const stale = !existsSync(out) || statSync(out).mtimeMs < Math.max(...inputs.map(newest));
if (stale) {
  console.log("building the web app (its sources changed or it was never built)…");
  execSync("npm run --silent build:web", { cwd: root, stdio: "inherit" });
}
