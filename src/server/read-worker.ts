/**
 * One read worker (docs/adr/0007-http-read-workers.md): its own connection to the database and the same routes, which
 * never listen on a socket. Each job carries the caller as the listening server resolved them; the routes see exactly
 * that caller, and nobody else can reach this server.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { Vigil } from "../app.js";
import type { Actor } from "../auth/policy.js";
import { openStore } from "../store/index.js";
import { buildServer } from "./build-server.js";
import type { ReadJob, ReadWorkerInit, WorkerMessage } from "./read-workers.js";

const port = parentPort;
if (!port) throw new Error("read-worker.ts runs only as a worker thread");
const init = workerData as ReadWorkerInit;
const post = (m: WorkerMessage) => port.postMessage(m);

/** Callers of the jobs in flight, by the listening server's request id (the job's id). */
const callers = new Map<string, Actor>();

const ready = (async () => {
  const store = await openStore(init.databaseUrl, init.schema ? { schema: init.schema } : {});
  const vigil: Vigil = { store, ctx: (actor) => ({ store, actor, now: () => new Date() }), close: () => store.close() };
  const app = await buildServer(vigil, {
    config: { trustProxy: false, logLevel: init.logLevel, loginMaxPerMinute: 1 },
    webRoot: "/nonexistent",
    readCacheMb: 0,
    callerOf: (req) => callers.get(req.id),
  });
  await app.ready();
  return app;
})();

ready.then(() => post({ ready: true }), (e: unknown) => post({ failed: e instanceof Error ? e.message : String(e) }));

port.on("message", (job: ReadJob) => {
  void (async () => {
    callers.set(job.id, job.actor);
    try {
      const app = await ready;
      const res = await app.inject({ method: "GET", url: job.url, headers: { "x-vigil-job": job.id } });
      post({ id: job.id, status: res.statusCode, contentType: String(res.headers["content-type"] ?? "application/json; charset=utf-8"), body: res.body });
    } catch (e) {
      post({ id: job.id, error: e instanceof Error ? e.name : "unknown" });
    } finally {
      callers.delete(job.id);
    }
  })();
});
