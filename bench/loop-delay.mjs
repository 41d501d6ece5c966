// Preloaded into the benchmark's `vigil serve` and hello-world (`node --import ./bench/loop-delay.mjs`): on SIGUSR2,
// prints the server's own event-loop delay and GC pauses since the previous signal, as one `loop-delay {json}` line on
// stderr, and starts over. It separates what the server held requests up from what the load generator, sharing the
// same cores, adds to the latencies autocannon reports.
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";

const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
let gc = { count: 0, ms: 0, max_ms: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gc.count++;
    gc.ms += e.duration;
    gc.max_ms = Math.max(gc.max_ms, e.duration);
  }
}).observe({ entryTypes: ["gc"] });
const ms = (ns) => Math.round(ns / 1e4) / 100;
process.on("SIGUSR2", () => {
  const out = {
    p50_ms: ms(delay.percentile(50)), p99_ms: ms(delay.percentile(99)), max_ms: ms(delay.max), mean_ms: ms(delay.mean),
    gc_count: gc.count, gc_ms: Math.round(gc.ms), gc_max_ms: Math.round(gc.max_ms),
  };
  process.stderr.write(`loop-delay ${JSON.stringify(out)}\n`);
  delay.reset();
  gc = { count: 0, ms: 0, max_ms: 0 };
});
