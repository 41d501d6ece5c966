/**
 * Threads that run the cacheable GET routes (`config: { readCache: true }`) on their own database connection, so that a
 * read cache miss never blocks the thread that serves cached answers (docs/adr/0007-http-read-workers.md). The
 * listening server resolves the caller, checks the cache and admits the request; a worker answers it with the same
 * routes, for exactly that caller, and the answer is cached by the listening server as before.
 */
import { Worker } from "node:worker_threads";
import type { FastifyInstance } from "fastify";
import type { Actor } from "../auth/policy.js";
import type { VigilConfig } from "../config.js";

/** What a worker needs to open the database and build the same routes. */
export interface ReadWorkerInit {
  databaseUrl: string;
  schema: string | null;
  logLevel: VigilConfig["logLevel"];
}

export interface ReadJob { id: string; url: string; actor: Actor }
export interface ReadAnswer { status: number; contentType: string; body: string }
export type WorkerMessage = { ready: true } | { failed: string } | ({ id: string } & ReadAnswer) | { id: string; error: string };

interface Pending { resolve(a: ReadAnswer): void; reject(e: Error): void }
interface Thread { worker: Worker; pending: Map<string, Pending> }

const BOOT = new URL("./read-worker-boot.mjs", import.meta.url);

export class ReadWorkers {
  private readonly threads: Thread[] = [];
  private closing = false;

  private constructor(private readonly init: ReadWorkerInit) {}

  /** Starts `count` workers and waits until each has opened the database, so a bad configuration fails at start. */
  static async start(count: number, init: ReadWorkerInit): Promise<ReadWorkers> {
    const pool = new ReadWorkers(init);
    try {
      await Promise.all(Array.from({ length: count }, () => pool.spawn()));
    } catch (e) {
      await pool.close();
      throw e;
    }
    return pool;
  }

  private spawn(): Promise<void> {
    const worker = new Worker(BOOT, { workerData: this.init });
    const thread: Thread = { worker, pending: new Map() };
    this.threads.push(thread);
    return new Promise<void>((ready, failed) => {
      let started = false;
      worker.on("message", (m: WorkerMessage) => {
        if ("ready" in m) {
          started = true;
          ready();
        } else if ("failed" in m) failed(new Error(`a read worker could not start: ${m.failed}`));
        else {
          const p = thread.pending.get(m.id);
          if (!p) return;
          thread.pending.delete(m.id);
          if ("error" in m) p.reject(new Error(`a read worker failed: ${m.error}`));
          else p.resolve(m);
        }
      });
      const lost = (why: string) => {
        const i = this.threads.indexOf(thread);
        if (i < 0) return;
        this.threads.splice(i, 1);
        for (const p of thread.pending.values()) p.reject(new Error(`a read worker stopped: ${why}`));
        thread.pending.clear();
        if (!started) failed(new Error(`a read worker could not start: ${why}`));
        // A worker that dies while serving is replaced; until it is ready, requests go to the others or queue in it.
        else if (!this.closing) this.spawn().catch(() => undefined);
      };
      worker.on("error", (e) => lost(e.name));
      worker.on("exit", (code) => lost(`exit ${code}`));
    });
  }

  /** Answers a GET for `actor` on the least busy worker. */
  run(job: ReadJob): Promise<ReadAnswer> {
    let best: Thread | undefined;
    for (const t of this.threads) if (!best || t.pending.size < best.pending.size) best = t;
    if (!best) return Promise.reject(new Error("no read worker is running"));
    const thread = best;
    return new Promise<ReadAnswer>((resolve, reject) => {
      thread.pending.set(job.id, { resolve, reject });
      thread.worker.postMessage(job);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.threads.map((t) => t.worker.terminate()));
  }
}

/**
 * Hands the cacheable GET routes to the workers once a request is admitted (after the caller is known, the cache
 * missed and the admission queue let it in). The answer goes through this server's `onSend` hooks: the read cache
 * stores it under this request's key.
 */
export function installReadWorkers(app: FastifyInstance, workers: ReadWorkers): void {
  app.addHook("preHandler", async (req, reply) => {
    if (req.method !== "GET" || req.routeOptions.config?.readCache !== true) return;
    const a = await workers.run({ id: req.id, url: req.url, actor: req.actor });
    return reply.code(a.status).type(a.contentType).send(a.body);
  });
  app.addHook("onClose", async () => workers.close());
}
