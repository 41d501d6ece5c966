/** Small helpers shared by the benchmarks: latency summaries, the machine description, free ports, RSS. */
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { cpus, loadavg, totalmem } from "node:os";

export interface Latency { n: number; p50: number; p95: number; p99: number; max: number }

const round = (x: number, digits = 3): number => Math.round(x * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentiles in milliseconds. */
export function latency(samples: readonly number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))] ?? 0;
  return { n: s.length, p50: round(at(0.5)), p95: round(at(0.95)), p99: round(at(0.99)), max: round(s[s.length - 1] ?? 0) };
}

export const ratio = (a: number, b: number): number => (b > 0 ? round(a / b, 2) : 0);

export interface Pair { vigil: Latency; bare: Latency; p50_ratio: number; p95_ratio: number }

/**
 * Times Vigil's query and the bare query alternately with the same parameters, so that load from other processes on
 * the shared machine falls on both alike. `warm` rounds are run first and not counted.
 */
export async function pair<P>(params: readonly P[], vigil: (p: P) => Promise<unknown>, bare: (p: P) => Promise<unknown>, warm = 3): Promise<Pair> {
  for (const p of params.slice(0, warm)) {
    await vigil(p);
    await bare(p);
  }
  const v: number[] = [];
  const b: number[] = [];
  for (const [i, p] of params.entries()) {
    // Alternate which goes first: a cache warmed by one must not always favour the other.
    const order = i % 2 === 0 ? [[vigil, v], [bare, b]] as const : [[bare, b], [vigil, v]] as const;
    for (const [fn, out] of order) {
      const t0 = performance.now();
      await fn(p);
      out.push(performance.now() - t0);
    }
  }
  const vl = latency(v);
  const bl = latency(b);
  return { vigil: vl, bare: bl, p50_ratio: ratio(vl.p50, bl.p50), p95_ratio: ratio(vl.p95, bl.p95) };
}

export function machine(): Record<string, unknown> {
  return {
    cpu: cpus()[0]?.model ?? "unknown", cores: cpus().length, memory_gb: Math.round(totalmem() / 2 ** 30),
    load_average_at_start: loadavg().map((x) => round(x, 2)), node: process.version, platform: `${process.platform} ${process.arch}`,
  };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === "object" && addr ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

/** Resident set size of a process in MB, from /proc (Linux). */
export function rssMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

export const sizeLabel = (n: number): string => (n >= 1_000_000 ? `${n / 1_000_000}m` : n >= 1000 ? `${n / 1000}k` : String(n));

export function parseSize(s: string): number {
  const m = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(s.trim());
  if (!m) throw new Error(`not a size: ${s} (e.g. 10k, 100k, 1m)`);
  return Math.round(Number(m[1]) * (m[2]?.toLowerCase() === "m" ? 1_000_000 : m[2]?.toLowerCase() === "k" ? 1000 : 1));
}
