// A worker thread does not inherit the TypeScript loader the main thread registered (bin/vigil.js): it registers its own.
import { register } from "tsx/esm/api";

register();
await import("./read-worker.ts");
