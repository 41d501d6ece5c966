/**
 * Scores the extractor on the labelled articles in test/fixtures/extract/{en,ru}: incident precision, recall and F1
 * (person and type both right), person recall, date and place accuracy on matched incidents, statistics found, and
 * whether every evidence span is verbatim.
 *
 *   npm run eval:extract                  # dev and held-out test split, per language
 *   npm run eval:extract -- --split test  # only the held-out articles
 *   npm run eval:extract -- --split holdout2  # second held-out set, written after the first round of rules
 *   npm run eval:extract -- --split holdout3  # third, written after the rules were tuned on holdout2
 *   npm run eval:extract -- --verbose     # also each article's misses and false alarms
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { foldText } from "../src/core/text.js";
import { extractDocument, initExtractor, type ExtractedIncident, type Extraction } from "../src/extract/index.js";
import { resolvePlace } from "../src/places/index.js";

interface GoldIncident {
  person: string;
  type: string;
  date: string | null;
  place: string | null;
}
interface Gold {
  published: string;
  split: "dev" | "test" | "holdout2" | "holdout3";
  incidents: GoldIncident[];
  statistics: { count: number; what: string }[];
}
interface Article {
  lang: "en" | "ru";
  name: string;
  text: string;
  gold: Gold;
}

const ROOT = join(import.meta.dirname, "..", "test", "fixtures", "extract");
const args = process.argv.slice(2);
const splitArg = args.includes("--split") ? args[args.indexOf("--split") + 1] : "both";
const verbose = args.includes("--verbose");

function load(): Article[] {
  const out: Article[] = [];
  for (const lang of ["en", "ru"] as const) {
    for (const f of readdirSync(join(ROOT, lang)).filter((n) => n.endsWith(".txt")).sort()) {
      const base = f.slice(0, -4);
      const gold = JSON.parse(readFileSync(join(ROOT, lang, `${base}.gold.json`), "utf8")) as Gold;
      out.push({ lang, name: `${lang}/${base}`, text: readFileSync(join(ROOT, lang, f), "utf8"), gold });
    }
  }
  return out;
}

const KIN = /\b(brother|sister|son|daughter|wife|husband|mother|father|брат|сестра|сын|дочь|жена|муж|мать|отец)\b/;
const tokensOf = (s: string): string[] => foldText(s).replace(/^the /, "").split(" ").filter(Boolean);

/** Same person: the same words, or one name's words within the other's (a surname alone), never across a kin word. */
export function samePerson(a: string, b: string): boolean {
  const fa = foldText(a);
  const fb = foldText(b);
  if (fa === fb) return true;
  if (KIN.test(fa) !== KIN.test(fb)) return false;
  const ta = tokensOf(a);
  const tb = tokensOf(b);
  const [small, big] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  return small.length > 0 && small.every((t) => big.includes(t));
}

function samePlace(gold: string | null, pred: ExtractedIncident): boolean {
  if (gold === null) return pred.place === null;
  if (pred.place === null) return false;
  const g = resolvePlace(gold);
  if (g && pred.place_id) return g.place.id === pred.place_id;
  const a = foldText(gold);
  const b = foldText(pred.place);
  return a === b || (a.length >= 4 && b.startsWith(a.slice(0, Math.max(4, a.length - 1))));
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  personsGold: number;
  personsFound: number;
  dateOk: number;
  placeOk: number;
  matched: number;
  statsGold: number;
  statsFound: number;
  statsPredicted: number;
  evidence: number;
  evidenceOk: number;
  articles: number;
}
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, personsGold: 0, personsFound: 0, dateOk: 0, placeOk: 0, matched: 0, statsGold: 0, statsFound: 0, statsPredicted: 0, evidence: 0, evidenceOk: 0, articles: 0 });

function score(a: Article, x: Extraction, t: Tally): string[] {
  const notes: string[] = [];
  const pred = [...x.incidents];
  const used = new Set<number>();
  t.articles++;
  for (const g of a.gold.incidents) {
    const candidates = pred.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && p.type === g.type && samePerson(g.person, p.person));
    const best = candidates.find(({ p }) => p.date === g.date) ?? candidates[0];
    if (!best) {
      t.fn++;
      notes.push(`  miss  ${g.type} ${g.person} ${g.date ?? ""}`);
      continue;
    }
    used.add(best.i);
    t.tp++;
    t.matched++;
    if (best.p.date === g.date) t.dateOk++;
    else notes.push(`  date  ${g.type} ${g.person}: ${best.p.date} (${best.p.date_precision}) ≠ ${g.date}`);
    if (samePlace(g.place, best.p)) t.placeOk++;
    else notes.push(`  place ${g.type} ${g.person}: ${best.p.place} ≠ ${g.place}`);
  }
  pred.forEach((p, i) => {
    if (used.has(i)) return;
    t.fp++;
    notes.push(`  false ${p.type} ${p.person} ${p.date ?? ""} | ${p.evidence.text.slice(0, 90)}`);
  });
  const goldPersons = [...new Set(a.gold.incidents.map((g) => g.person))];
  t.personsGold += goldPersons.length;
  for (const gp of goldPersons) {
    if (x.incidents.some((p) => samePerson(gp, p.person))) t.personsFound++;
    else notes.push(`  person not found: ${gp}`);
  }
  t.statsGold += a.gold.statistics.length;
  t.statsPredicted += x.statistics.length;
  for (const s of a.gold.statistics) if (x.statistics.some((p) => p.count === s.count)) t.statsFound++;
  for (const e of [...x.incidents.map((i) => i.evidence), ...x.statistics.map((s) => s.evidence)]) {
    t.evidence++;
    if (a.text.slice(e.start, e.end) === e.text) t.evidenceOk++;
  }
  return notes;
}

const pct = (n: number, d: number): string => (d === 0 ? "  n/a" : `${((100 * n) / d).toFixed(1).padStart(5)}`);

function report(label: string, t: Tally): Record<string, number | string> {
  const p = t.tp / Math.max(1, t.tp + t.fp);
  const r = t.tp / Math.max(1, t.tp + t.fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  console.log(
    `${label.padEnd(10)} articles ${String(t.articles).padStart(2)}  incidents P ${pct(t.tp, t.tp + t.fp)}  R ${pct(t.tp, t.tp + t.fn)}  F1 ${(100 * f1).toFixed(1).padStart(5)}  ` +
      `person recall ${pct(t.personsFound, t.personsGold)}  date ${pct(t.dateOk, t.matched)}  place ${pct(t.placeOk, t.matched)}  ` +
      `stats R ${pct(t.statsFound, t.statsGold)} (${t.statsPredicted} found)  evidence verbatim ${pct(t.evidenceOk, t.evidence)}`,
  );
  return { label, articles: t.articles, precision: p, recall: r, f1, personRecall: t.personsFound / Math.max(1, t.personsGold), dateAccuracy: t.dateOk / Math.max(1, t.matched), placeAccuracy: t.placeOk / Math.max(1, t.matched), evidenceVerbatim: t.evidenceOk / Math.max(1, t.evidence) };
}

await initExtractor();
const articles = load();
const splits = splitArg === "both" ? ["dev", "test"] : [splitArg];
let failed = false;
for (const split of splits) {
  console.log(`\n== split: ${split} ==`);
  for (const lang of ["en", "ru"] as const) {
    const t = empty();
    for (const a of articles.filter((x) => x.lang === lang && (split === "all" || x.gold.split === split))) {
      const x = extractDocument({ text: a.text, lang: a.lang, published: a.gold.published });
      const notes = score(a, x, t);
      if (verbose && notes.length) console.log(`${a.name}\n${notes.join("\n")}`);
    }
    const r = report(`${lang}`, t);
    if (r.evidenceVerbatim !== 1 && t.evidence > 0) failed = true;
  }
}
if (failed) {
  console.error("evidence spans are not verbatim");
  process.exitCode = 1;
}
