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
 *   npm run eval:extract -- --dir /work/real-eval/dev  # a labelled set outside the repo: DIR/{en,ru}/<name>.txt with
 *                                         # <name>.gold.json next to it (same gold format; its split field is ignored)
 *   npm run eval:extract -- --by-type     # also recall per gold incident type, false alarms per predicted type, and
 *                                         # the commonest type confusions (same person, other type)
 *   npm run eval:extract -- --misses      # per article: gold incidents missed and incidents over-produced (with evidence)
 *   npm run eval:extract -- --dates       # per article: matched incidents whose date or place is wrong (with evidence)
 *   npm run eval:extract -- --dir A --against B  # agreement between two labellers: B/{en,ru}/<name>.gold.json is
 *                                         # scored as if it were the extractor's output against A's gold (articles
 *                                         # B has not labelled are left out); the ceiling a tool can reach on A
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { INCIDENT_TYPES } from "../src/contract/vocab.js";
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
  split: string;
  incidents: GoldIncident[];
  statistics: { count: number; what: string }[];
}
interface Article {
  lang: "en" | "ru";
  name: string;
  text: string;
  gold: Gold;
}

const args = process.argv.slice(2);
const optionValue = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`${flag} needs a value`);
  return v;
};
const dirArg = optionValue("--dir");
const ROOT = dirArg !== undefined ? resolve(dirArg) : join(import.meta.dirname, "..", "test", "fixtures", "extract");
const splitArg = optionValue("--split") ?? "both";
const verbose = args.includes("--verbose");
const byType = args.includes("--by-type");
const misses = args.includes("--misses");
const datesArg = args.includes("--dates");
const againstArg = optionValue("--against");
if (againstArg !== undefined && dirArg === undefined) throw new Error("--against needs --dir (the first labeller's set)");
const AGAINST = againstArg !== undefined ? resolve(againstArg) : undefined;

/** An external set is hand-labelled outside the repo, so its gold files are checked rather than trusted. */
function parseGold(path: string): Gold {
  const raw: unknown = JSON.parse(readFileSync(path, "utf8"));
  const bad = (why: string): never => {
    throw new Error(`${path}: ${why}`);
  };
  if (typeof raw !== "object" || raw === null) return bad("not a JSON object");
  const g = raw as Record<string, unknown>;
  if (typeof g.published !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(g.published)) bad("published must be YYYY-MM-DD");
  if (!Array.isArray(g.incidents)) bad("incidents must be an array");
  for (const i of g.incidents as unknown[]) {
    const x = i as Record<string, unknown>;
    if (typeof x.person !== "string" || typeof x.type !== "string") bad(`incident without person/type: ${JSON.stringify(i)}`);
    if (!(INCIDENT_TYPES as readonly string[]).includes(x.type as string)) bad(`unknown incident type ${String(x.type)}`);
    if (x.date !== null && (typeof x.date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(x.date))) bad(`bad date ${String(x.date)}`);
    if (x.place !== null && typeof x.place !== "string") bad(`bad place ${String(x.place)}`);
  }
  if (g.statistics !== undefined && !Array.isArray(g.statistics)) bad("statistics must be an array");
  return { ...(g as unknown as Gold), statistics: (g.statistics as Gold["statistics"] | undefined) ?? [] };
}

function load(): Article[] {
  if (dirArg !== undefined && !["en", "ru"].some((lang) => existsSync(join(ROOT, lang)))) {
    throw new Error(`--dir ${ROOT}: expected an en/ or ru/ folder of <name>.txt and <name>.gold.json`);
  }
  const out: Article[] = [];
  for (const lang of ["en", "ru"] as const) {
    if (dirArg !== undefined && !existsSync(join(ROOT, lang))) continue;
    for (const f of readdirSync(join(ROOT, lang)).filter((n) => n.endsWith(".txt")).sort()) {
      const base = f.slice(0, -4);
      const gold = parseGold(join(ROOT, lang, `${base}.gold.json`));
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
  /** Per incident type: gold count, gold found, and predictions of that type that matched nothing. */
  types: Map<string, { gold: number; found: number; falseAlarms: number }>;
  /** "gold type → predicted type" for a missed incident whose person was found with another, unmatched type. */
  confusions: Map<string, number>;
}
const empty = (): Tally => ({ tp: 0, fp: 0, fn: 0, personsGold: 0, personsFound: 0, dateOk: 0, placeOk: 0, matched: 0, statsGold: 0, statsFound: 0, statsPredicted: 0, evidence: 0, evidenceOk: 0, articles: 0, types: new Map(), confusions: new Map() });
const typeRow = (t: Tally, type: string): { gold: number; found: number; falseAlarms: number } => {
  let row = t.types.get(type);
  if (!row) t.types.set(type, (row = { gold: 0, found: 0, falseAlarms: 0 }));
  return row;
};

/** A matched incident whose date or place differs from gold. */
interface WrongWhenWhere {
  gold: GoldIncident;
  pred: ExtractedIncident;
  date: boolean;
  place: boolean;
}

function score(a: Article, x: Extraction, t: Tally): { notes: string[]; missed: GoldIncident[]; extra: ExtractedIncident[]; wrong: WrongWhenWhere[] } {
  const notes: string[] = [];
  const wrong: WrongWhenWhere[] = [];
  const pred = [...x.incidents];
  const used = new Set<number>();
  const missed: GoldIncident[] = [];
  t.articles++;
  for (const g of a.gold.incidents) {
    const candidates = pred.map((p, i) => ({ p, i })).filter(({ p, i }) => !used.has(i) && p.type === g.type && samePerson(g.person, p.person));
    const best = candidates.find(({ p }) => p.date === g.date) ?? candidates[0];
    typeRow(t, g.type).gold++;
    if (!best) {
      t.fn++;
      missed.push(g);
      notes.push(`  miss  ${g.type} ${g.person} ${g.date ?? ""}`);
      continue;
    }
    used.add(best.i);
    typeRow(t, g.type).found++;
    t.tp++;
    t.matched++;
    const dateOk = best.p.date === g.date;
    const placeOk = samePlace(g.place, best.p);
    if (dateOk) t.dateOk++;
    else notes.push(`  date  ${g.type} ${g.person}: ${best.p.date} (${best.p.date_precision}) ≠ ${g.date}`);
    if (placeOk) t.placeOk++;
    else notes.push(`  place ${g.type} ${g.person}: ${best.p.place} ≠ ${g.place}`);
    if (!dateOk || !placeOk) wrong.push({ gold: g, pred: best.p, date: !dateOk, place: !placeOk });
  }
  const extra: ExtractedIncident[] = [];
  pred.forEach((p, i) => {
    if (used.has(i)) return;
    t.fp++;
    typeRow(t, p.type).falseAlarms++;
    extra.push(p);
    notes.push(`  false ${p.type} ${p.person} ${p.date ?? ""} | ${p.evidence.text.slice(0, 90)}`);
  });
  for (const g of missed) {
    const other = extra.find((p) => samePerson(g.person, p.person));
    if (other) {
      const key = `${g.type} → ${other.type}`;
      t.confusions.set(key, (t.confusions.get(key) ?? 0) + 1);
    }
  }
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
  return { notes, missed, extra, wrong };
}

function reportTypes(t: Tally): void {
  const rows = [...t.types.entries()].sort((a, b) => b[1].gold - a[1].gold || b[1].falseAlarms - a[1].falseAlarms);
  console.log(`           ${"type".padEnd(26)} gold found recall  false alarms`);
  for (const [type, r] of rows) {
    console.log(`           ${type.padEnd(26)} ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ${r.gold ? `${pct(r.found, r.gold)}%` : "     -"}  ${String(r.falseAlarms).padStart(5)}`);
  }
  const conf = [...t.confusions.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
  if (conf.length) console.log(`           type confusions (gold → predicted, same person): ${conf.map(([k, n]) => `${k} ×${n}`).join(", ")}`);
}

function listMisses(a: Article, missed: GoldIncident[], extra: ExtractedIncident[]): void {
  if (!missed.length && !extra.length) return;
  console.log(`${a.name}  (gold ${a.gold.incidents.length}, missed ${missed.length}, over-produced ${extra.length})`);
  for (const g of missed) console.log(`  - missed    ${g.type.padEnd(24)} ${g.person}${g.date ? ` ${g.date}` : ""}`);
  for (const p of extra) console.log(`  + extra     ${p.type.padEnd(24)} ${p.person}${p.date ? ` ${p.date}` : ""} | ${p.evidence.text.replace(/\s+/g, " ").slice(0, 110)}`);
}

function listWhenWhere(a: Article, wrong: WrongWhenWhere[]): void {
  if (!wrong.length) return;
  console.log(`${a.name}  (published ${a.gold.published}, ${wrong.length} wrong)`);
  for (const { gold: g, pred: p, date, place } of wrong) {
    const what = [date ? `date ${p.date ?? "null"} (${p.date_precision}) ≠ ${g.date ?? "null"}` : "", place ? `place ${p.place ?? "null"} ≠ ${g.place ?? "null"}` : ""].filter(Boolean).join(", ");
    console.log(`  ${g.type.padEnd(24)} ${g.person}: ${what} | ${p.evidence.text.replace(/\s+/g, " ").slice(0, 140)}`);
  }
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

/** A second labeller's gold read as an extraction; it has no evidence spans, so nothing is checked for them. */
function labelledAs(a: Article, dir: string): Extraction | null {
  const path = join(dir, a.name + ".gold.json");
  if (!existsSync(path)) return null;
  const g = parseGold(path);
  const none = { start: 0, end: 0, text: "" };
  return {
    language: a.lang,
    incidents: g.incidents.map((i) => ({
      person: i.person,
      role: null,
      type: i.type as ExtractedIncident["type"],
      date: i.date,
      date_precision: i.date === null ? "unknown" : "day",
      place: i.place,
      place_id: i.place === null ? null : (resolvePlace(i.place)?.place.id ?? null),
      perpetrator: null,
      detail: null,
      legal: { articles: [], sentence: null },
      confidence: 1,
      evidence: none,
    })),
    statistics: g.statistics.map((s) => ({ count: s.count, approximate: false, what: s.what, date: null, date_precision: "unknown", place: null, place_id: null, evidence: none })),
  };
}

await initExtractor();
const articles = load();
// An external folder is one labelled set: its split field names where it came from, not a filter.
const splits = dirArg !== undefined ? [ROOT] : splitArg === "both" ? ["dev", "test"] : [splitArg];
let failed = false;
for (const split of splits) {
  console.log(`\n== ${dirArg !== undefined ? "dir" : "split"}: ${split} ==`);
  for (const lang of ["en", "ru"] as const) {
    const t = empty();
    for (const a of articles.filter((x) => x.lang === lang && (dirArg !== undefined || split === "all" || x.gold.split === split))) {
      const x = AGAINST !== undefined ? labelledAs(a, AGAINST) : extractDocument({ text: a.text, lang: a.lang, published: a.gold.published });
      if (x === null) continue;
      const { notes, missed, extra, wrong } = score(a, x, t);
      if (verbose && notes.length) console.log(`${a.name}\n${notes.join("\n")}`);
      if (misses) listMisses(a, missed, extra);
      if (datesArg) listWhenWhere(a, wrong);
    }
    const r = report(`${lang}`, t);
    if (byType) reportTypes(t);
    if (r.evidenceVerbatim !== 1 && t.evidence > 0) failed = true;
  }
}
if (failed) {
  console.error("evidence spans are not verbatim");
  process.exitCode = 1;
}
