/**
 * At most `limit` API requests run their handlers at once; the rest wait in arrival order. Node interleaves the awaits
 * of every request in flight, so without a limit 200 connections share the CPU 200 ways and a heavy request (a count
 * over a large table) takes 200 times its own time, past clients' timeouts. First come, first served keeps every
 * request's wait near the queue length times the average cost. Cached answers never wait: they are sent before this.
 */
import type { FastifyInstance } from "fastify";

export class Admission {
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  private head = 0;

  constructor(private readonly limit: number) {}

  enter(): Promise<void> | undefined {
    if (this.active < this.limit) {
      this.active++;
      return undefined;
    }
    return new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Hands the slot to the longest waiter, if any. */
  leave(): void {
    if (this.head < this.waiting.length) {
      const next = this.waiting[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.waiting.length) {
        this.waiting.splice(0, this.head);
        this.head = 0;
      }
      next();
      return;
    }
    this.active--;
  }
}

export function installAdmission(app: FastifyInstance, limit: number): void {
  const gate = new Admission(limit);
  app.addHook("preHandler", async (req, reply) => {
    if (!req.url.startsWith("/api/")) return;
    await gate.enter();
    // The slot is freed when the response closes, whether it was sent or the client went away (also while waiting).
    if (req.socket.destroyed) {
      gate.leave();
      return;
    }
    reply.raw.once("close", () => gate.leave());
  });
}
