/**
 * Text → incidents and statistics with evidence spans. Pure and synchronous once `initExtractor()` has loaded the
 * Russian morphology dictionaries (az reads them from its own package; no network). Without it, Russian names are
 * still put in the nominative by their endings and the given-name lexicon, only less well for unknown given names.
 */
import Az from "az";
import { extractDocument as extract, readDocument, type ExtractInput } from "./extract.js";
import { parseWeights } from "./learned.js";
import learnedWeights from "./learned-weights.json" with { type: "json" };
import type { Gender, NameOracle } from "./ru-names.js";
import { zExtraction, type Extraction } from "../contract/extraction.js";

export * from "../contract/extraction.js";
export type { ExtractInput } from "./extract.js";

let oracle: NameOracle | null = null;
const weights = parseWeights(learnedWeights);
let loading: Promise<void> | null = null;

const cache = new Map<string, { lemma: string; g: Gender }[]>();

function azOracle(word: string): { lemma: string; g: Gender }[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const out: { lemma: string; g: Gender }[] = [];
  for (const p of Az.Morph(word)) {
    const tag = p.tag.toString();
    if (!/\bName\b/.test(tag)) continue;
    const g: Gender | null = /\bfemn\b/.test(tag) ? "f" : /\bmasc\b/.test(tag) ? "m" : null;
    if (g) out.push({ lemma: p.normalize().word, g });
  }
  if (cache.size > 50_000) cache.clear();
  cache.set(word, out);
  return out;
}

const commonCache = new Map<string, boolean>();

function azCommonOnly(word: string): boolean {
  const hit = commonCache.get(word);
  if (hit !== undefined) return hit;
  const parses = Az.Morph(word);
  const out = parses.length > 0 && parses.every((p) => {
    const tag = p.tag.toString();
    return p.parser === "Dictionary" && !/\b(?:Name|Surn|Patr|Geox|Orgn|Trad)\b/.test(tag) && (/^(?:ADVB|CONJ|PRCL|PREP|PRED|INTJ)\b/.test(tag) || /^NOUN,anim\b/.test(tag) || /^ADJS\b/.test(tag));
  }) && parses.some((p) => !/^ADJS\b/.test(p.tag.toString()));
  if (commonCache.size > 50_000) commonCache.clear();
  commonCache.set(word, out);
  return out;
}

/** Loads az's dictionaries once (about 0.2 s); later calls return the same promise. */
export function initExtractor(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    Az.Morph.init((err?: unknown) => {
      if (err) {
        loading = null;
        reject(err instanceof Error ? err : new Error("az dictionaries could not be loaded"));
        return;
      }
      oracle = Object.assign(azOracle, { commonOnly: azCommonOnly });
      resolve();
    });
  });
  return loading;
}

/**
 * How to extract. `learned: false` gives the hand-written rules' output alone, without the learned layer's additions
 * (learned.ts): for the rules' own unit tests, which pin what the rules read, and for comparing the two.
 */
export interface ExtractOptions {
  learned?: boolean;
}

/** Incidents and statistics of one document; evidence offsets point into `doc.text`. */
export function extractDocument(doc: ExtractInput, options: ExtractOptions = {}): Extraction {
  return extract(doc, oracle, options.learned === false ? null : weights);
}

/** The rules' extraction with the document as read (for training the learned layer: scripts/train-extract.ts). */
export function readForLearning(doc: ExtractInput): ReturnType<typeof readDocument> {
  return readDocument(doc, oracle);
}

/** The same, validated against `zExtraction` (for callers that store or print the result). */
export function extractDocumentChecked(doc: ExtractInput, options: ExtractOptions = {}): Extraction {
  return zExtraction.parse(extractDocument(doc, options));
}
