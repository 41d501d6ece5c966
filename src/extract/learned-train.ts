/**
 * Training for the learned layer (learned.ts): L2-regularised logistic regression over sparse binary features, by
 * AdaGrad SGD in a fixed order (seeded shuffle), so that the same data gives the same weights.
 */
import { sigmoid } from "./learned.js";

export interface Example {
  x: readonly string[];
  y: 0 | 1;
  /** The document it comes from: a feature must occur in `minDocs` documents, not merely in one long list. */
  doc: number;
}
export interface TrainOptions {
  /** L2 strength per example (the penalty is l2 · |w|² / 2 summed over the examples each feature occurs in). */
  l2: number;
  epochs: number;
  /** A feature seen in fewer documents is dropped: one document's idiom should not be learned. */
  minDocs: number;
  rate?: number;
  seed?: number;
}

export function trainLogistic(examples: readonly Example[], o: TrainOptions): Record<string, number> {
  const docs = new Map<string, Set<number>>();
  for (const e of examples) {
    for (const f of e.x) {
      let d = docs.get(f);
      if (!d) docs.set(f, (d = new Set()));
      d.add(e.doc);
    }
  }
  const index = new Map<string, number>();
  for (const [f, d] of docs) if (d.size >= o.minDocs || f.endsWith("|bias")) index.set(f, index.size);
  const rows = examples.map((e) => ({ x: Int32Array.from(e.x.flatMap((f) => { const i = index.get(f); return i === undefined ? [] : [i]; })), y: e.y }));
  const w = new Float64Array(index.size);
  const g2 = new Float64Array(index.size).fill(1e-8);
  const rate = o.rate ?? 0.2;
  let seed = o.seed ?? 7;
  const order = rows.map((_r, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const j = seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const k of order) {
      const r = rows[k]!;
      let z = 0;
      for (const i of r.x) z += w[i]!;
      const err = sigmoid(z) - r.y;
      for (const i of r.x) {
        const g = err + o.l2 * w[i]!;
        g2[i]! += g * g;
        w[i]! -= (rate * g) / Math.sqrt(g2[i]!);
      }
    }
  }
  const out: Record<string, number> = {};
  for (const [f, i] of [...index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const v = Math.round(w[i]! * 1000) / 1000;
    if (v !== 0) out[f] = v;
  }
  return out;
}
