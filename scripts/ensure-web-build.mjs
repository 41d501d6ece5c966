// `npm start` serves the built web app: build it when it is missing or older than its sources.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const out = join(root, "web/dist/index.html");
if (!existsSync(join(root, "web/index.html"))) process.exit(0);

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const stale = !existsSync(out) || statSync(out).mtimeMs < Math.max(newest(join(root, "web/src")), statSync(join(root, "web/index.html")).mtimeMs);
if (stale) {
  console.log("building the web app (first start only)…");
  execSync("npm run --silent build:web", { cwd: root, stdio: "inherit" });
}
