/**
 * The learned layer: after the rules, each person the document names is scored against each incident type by a
 * logistic regression over the words around the person (not mainly over what the rules decided), and a
 * (person, type) pair the rules did not give is added when its probability clears the type's threshold.
 * Pure: the weights come in as data (learned-weights.json, trained by scripts/train-extract.ts).
 */
import type { ExtractedIncident } from "../contract/extraction.js";
import { INCIDENT_TYPES, type IncidentType } from "../contract/vocab.js";
import { foldText } from "../core/text.js";
import { type Mention, nearestOf, pointDate, spanDistance, type Trigger } from "./model.js";
import { blocked, triggersIn } from "./scan.js";
import type { DocState, SentenceView } from "./state.js";
import { Scene } from "./when-where.js";

/** One language's model: `w` maps "type|feature" (or "*|feature" for type-independent cues) to a weight. */
export interface LearnedModel {
  types: IncidentType[];
  /**
   * The probability above which a type is added, for a person the rules gave another type (`threshold`) and for one
   * they gave nothing (`thresholdNew`); a type with no threshold is never added.
   */
  threshold: Partial<Record<IncidentType, number>>;
  thresholdNew: Partial<Record<IncidentType, number>>;
  w: Record<string, number>;
}
export interface LearnedWeights {
  en: LearnedModel;
  ru: LearnedModel;
}

/** What the text says around one person: its features (not yet joined to a type) and where to cite it from. */
export interface Person {
  name: string;
  key: NameKey;
  /** The person's mention sentences, earliest first. */
  own: SentenceView[];
  features: string[];
  /** Every mention names the person as the one who says or tells something. */
  onlySpeaker: boolean;
  /** The types the rules gave this person. */
  ruled: Set<IncidentType>;
  /** Trigger types in the person's own sentences (not blocked), for the cross-type cues and the evidence. */
  ownTypes: Set<string>;
  nearTypes: Set<string>;
  blockedTypes: Set<string>;
  docTypes: Set<string>;
  /**
   * Kinds (custody, or the type itself) whose every trigger in the person's own sentences is blocked — negated,
   * to come, demanded, rumoured: the text says it did not happen (or not yet), so the layer may not add it.
   */
  deniedKinds: Set<string>;
  /** The person is named only as someone else's: the owner of a relative or a client ("брата X", "адвокат X-а"). */
  onlyOwner: boolean;
  /** Kinds whose triggers stand only in sentences that name the person as someone's owner ("задержали брата X"). */
  ownerKinds: Set<string>;
  /**
   * Kinds whose every trigger in the person's sentences the rules gave to someone else and not to the person
   * ("Обвинителем был X. Суд приговорил Y"). Known only where the rules' incidents carry their evidence.
   */
  takenKinds: Set<string>;
  /** The person is named only by kinship to someone else ("её мужа X"): the story's victim is the other. */
  onlyKin: boolean;
  /** Kinds whose triggers stand only in sentences that name the person by kinship ("её мужа X, снимавшего задержание"). */
  kinKinds: Set<string>;
}

const STEM_LEN = 6;
/** A crude stem: the first letters of a word carry its root in both languages ("задерж", "detain", "senten"). */
const stem = (w: string): string => (/^\p{N}/u.test(w) ? "<n>" : w.replace(/ё/g, "е").slice(0, STEM_LEN));

/**
 * Custody of any kind is one kind: "не задерживали" denies an arrest as much as a detention. Not house arrest: its
 * triggers are blocked when the court refuses or grants a move to it ("отказано в переводе под домашний арест"),
 * which says nothing against the custody the person is in.
 */
const CUSTODY_KIND = new Set(["detention", "arrest", "criminal_arrest", "administrative_arrest"]);
const kindOf = (type: string): string => (CUSTODY_KIND.has(type) ? "custody" : type);

const bucket = (n: number): string => (n <= 1 ? "1" : n <= 2 ? "2" : n <= 4 ? "3-4" : "5+");

/** The people of a document, each with the features of the text around them. */
export function peopleOf(doc: DocState, views: SentenceView[], rules: readonly ExtractedIncident[]): Person[] {
  const bySentence = new Map<number, SentenceView>(views.map((v) => [v.si, v]));
  const mentions = new Map<number, { v: SentenceView; m: Mention }[]>();
  for (const v of views) {
    for (const m of v.mentions) {
      const list = mentions.get(m.entity.id) ?? [];
      list.push({ v, m });
      mentions.set(m.entity.id, list);
    }
  }
  const ruleKeys = rules.map((r) => ({ type: r.type, key: nameKey(r.person) }));
  // Where each of the rules' incidents was read (absent for rules' output replayed from an older commit in training).
  const spans = rules.flatMap((r, i) => (r.evidence ? [{ kind: kindOf(r.type), key: ruleKeys[i]!.key, start: r.evidence.start, end: r.evidence.end }] : []));
  const docTypes = new Set(views.flatMap((v) => v.triggers.map((t) => t.def.type)));
  // Several people share a sentence: its stems are taken (and named as features) once.
  const stems = new Map<number, { own: string[]; near: string[] }>();
  const stemsOf = (v: SentenceView): { own: string[]; near: string[] } => {
    let x = stems.get(v.si);
    if (!x) {
      const set = [...new Set(v.s.tokens.filter((t) => t.word).map((t) => stem(t.lower)))];
      stems.set(v.si, (x = { own: set.map((w) => `w:${w}`), near: set.map((w) => `n:${w}`) }));
    }
    return x;
  };
  const blockedIn = new Map<number, string[]>();
  const blockedOf = (v: SentenceView): string[] => {
    let x = blockedIn.get(v.si);
    if (!x) blockedIn.set(v.si, (x = triggersIn(v.s, doc.rawTriggers).filter((tr) => blocked(v.s.tokens, tr, doc.lang)).map((tr) => tr.def.type)));
    return x;
  };
  const out: Person[] = [];
  for (const e of doc.entities) {
    const ms = mentions.get(e.id);
    if (!ms?.length) continue;
    const name = e.words.join(" ");
    const f = new Set<string>();
    // A sentence that names the person only as someone's owner ("задержали брата X") tells of the other person:
    // it counts as a sentence next to the person's, not as the person's own.
    const named = ms.filter((x) => !x.m.possessor);
    const own = [...new Set((named.length ? named : ms).map((x) => x.v))];
    const ownSi = new Set(own.map((v) => v.si));
    const near = [...new Set([...own.flatMap((v) => [v.si - 1, v.si + 1]), ...ms.map((x) => x.v.si)])].filter((si) => !ownSi.has(si)).map((si) => bySentence.get(si)).filter((v): v is SentenceView => v !== undefined);
    for (const v of own) for (const x of stemsOf(v).own) f.add(x);
    for (const v of near) for (const x of stemsOf(v).near) f.add(x);
    const ownTypes = new Set<string>();
    const blockedTypes = new Set<string>();
    for (const { v, m } of ms) {
      // The few words on either side of the name: the verb or noun that says what happened to this person.
      const toks = v.s.tokens;
      for (let k = Math.max(0, m.first - 4); k < Math.min(toks.length, m.last + 4); k++) {
        const t = toks[k];
        if (t?.word && (k < m.first || k >= m.last)) f.add(`c:${stem(t.lower)}`);
      }
      if (m.speaker) f.add("speaker");
      if (m.source) f.add("source");
      if (m.possessor) f.add("possessor");
      if (m.commentator) f.add("commentator");
      if (m.kin) f.add("kin");
      if (v.si <= 1) f.add("head");
      if (inList(toks, v, m)) f.add("list");
    }
    for (const v of own) {
      for (const tr of v.triggers) ownTypes.add(tr.def.type);
      for (const t of blockedOf(v)) blockedTypes.add(t);
    }
    const ownKinds = new Set([...ownTypes].map(kindOf));
    // Only custody: the scanner also blocks words that support other kinds, as a charge's "по обвинению в" does.
    const deniedKinds = new Set([...blockedTypes].map(kindOf).filter((k) => k === "custody" && !ownKinds.has(k)));
    const kinOnly = (v: SentenceView): boolean => ms.every((x) => x.v !== v || x.m.kin);
    const kinKinds = new Set([...ownKinds].filter((k) => own.every((v) => !v.triggers.some((t) => kindOf(t.def.type) === k) || kinOnly(v))));
    const ownerKinds = new Set(ms.filter((x) => !ownSi.has(x.v.si)).flatMap((x) => x.v.triggers.map((t) => kindOf(t.def.type))).filter((k) => !ownKinds.has(k)));
    const key = nameKey(name);
    const takenKinds = new Set<string>();
    for (const k of ownKinds) {
      const sentences = own.filter((v) => v.triggers.some((t) => kindOf(t.def.type) === k));
      const taken = (v: SentenceView): boolean => {
        const here = spans.filter((r) => r.kind === k && r.start < v.s.end && r.end > v.s.start);
        return here.length > 0 && !here.some((r) => sameKey(r.key, key));
      };
      if (sentences.every(taken)) takenKinds.add(k);
    }
    const nearTypes = new Set(near.flatMap((v) => v.triggers.map((t) => t.def.type)));
    for (const t of ownTypes) f.add(`t:${t}`);
    for (const t of nearTypes) f.add(`tn:${t}`);
    for (const t of blockedTypes) f.add(`tb:${t}`);
    for (const t of docTypes) f.add(`d:${t}`);
    if (e.official) f.add("official");
    if (e.relative) f.add("relative");
    if (e.role) f.add(`role:${e.role}`);
    f.add(`m:${bucket(ms.length)}`);
    f.add(`s:${bucket(own.length)}`);
    f.add("bias");
    const ruled = new Set(ruleKeys.filter((r) => sameKey(r.key, key)).map((r) => r.type));
    for (const t of ruled) f.add(`r:${t}`);
    if (!ruled.size) f.add("r:none");
    out.push({
      name, key, own, features: [...f], onlySpeaker: ms.every((x) => x.m.speaker || x.m.source), ruled, ownTypes, nearTypes, blockedTypes, docTypes,
      deniedKinds, onlyOwner: !named.length, ownerKinds, takenKinds, kinKinds, onlyKin: ms.every((x) => x.m.kin || x.m.possessor),
    });
  }
  return out;
}

/** Another name of the same sentence next to this one, with only a comma or "and" between: a list of names. */
function inList(toks: SentenceView["s"]["tokens"], v: SentenceView, m: Mention): boolean {
  const joined = (from: number, to: number): boolean => to - from <= 1 && toks.slice(from, to).every((t) => /^(?:,|and|и)$/.test(t.lower));
  return v.mentions.some((o) => o !== m && ((o.last <= m.first && joined(o.last, m.first)) || (m.last <= o.first && joined(m.last, o.first))));
}

/** The features of one (person, type) candidate: the person's features joined to the type, and type-independent cues. */
export function candidateFeatures(p: Person, type: IncidentType): string[] {
  // Not whether the rules gave this very type: the model must learn the text's cues, which hold where the rules fail.
  const same = `r:${type}`;
  const out = p.features.filter((f) => f !== same).map((f) => `${type}|${f}`);
  if (p.ownTypes.has(type)) out.push("*|t:same");
  if (p.nearTypes.has(type)) out.push("*|tn:same");
  if (p.blockedTypes.has(type)) out.push("*|tb:same");
  if (p.docTypes.has(type)) out.push("*|d:same");
  return out;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

export function probability(model: LearnedModel, features: readonly string[]): number {
  let z = 0;
  for (const f of features) z += model.w[f] ?? 0;
  return sigmoid(z);
}

const KIN = /\b(brother|sister|son|daughter|wife|husband|mother|father|брат|сестра|сын|дочь|жена|муж|мать|отец)\b/;

/** A name as the evaluation compares it: folded, its words, and whether it names someone by kinship. */
export interface NameKey {
  folded: string;
  tokens: string[];
  kin: boolean;
}
export function nameKey(name: string): NameKey {
  const folded = foldText(name);
  return { folded, tokens: folded.replace(/^the /, "").split(" ").filter(Boolean), kin: KIN.test(folded) };
}

/** Same person: the same words, or one name's words within the other's (a surname alone), never across a kin word. */
export function sameKey(a: NameKey, b: NameKey): boolean {
  if (a.folded === b.folded) return true;
  if (a.kin !== b.kin) return false;
  const [small, big] = a.tokens.length <= b.tokens.length ? [a.tokens, b.tokens] : [b.tokens, a.tokens];
  return small.length > 0 && small.every((t) => big.includes(t));
}

export const samePerson = (a: string, b: string): boolean => sameKey(nameKey(a), nameKey(b));

const CUSTODY_KINDS = ["detention", "criminal_arrest", "administrative_arrest", "house_arrest"];
const VERDICTS = ["sentence", "administrative_arrest", "fine"];
/**
 * The types a type may not join: kinds of custody (and of verdict) exclude each other far more often than they follow
 * each other, so where one is read the model's other is mostly the same event read again; and a conviction alone
 * reports no charge (real-eval GUIDELINES).
 */
const BLOCKED_BY: Partial<Record<IncidentType, ReadonlySet<string>>> = {
  detention: new Set(CUSTODY_KINDS),
  criminal_arrest: new Set(CUSTODY_KINDS),
  house_arrest: new Set(CUSTODY_KINDS),
  administrative_arrest: new Set([...CUSTODY_KINDS, ...VERDICTS]),
  sentence: new Set(VERDICTS),
  fine: new Set(VERDICTS),
  charge: new Set(VERDICTS),
};

/** Incidents the model adds to the rules' own: (person, type) pairs above the type's threshold that the rules did not give. */
export function learnedIncidents(doc: DocState, views: SentenceView[], rules: readonly ExtractedIncident[], weights: LearnedWeights): ExtractedIncident[] {
  const model = weights[doc.lang];
  if (!model.types.length) return [];
  const people = peopleOf(doc, views, rules);
  const byType = weightsByType(model);
  return additions(people, model, (p, type) => fastProbability(byType, p, type)).map((a) => incidentFrom(doc, a.p, a.type, a.prob));
}

/** The weights split by type once per model, so that scoring a pair joins no strings. */
const split = new WeakMap<LearnedModel, Map<string, Map<string, number>>>();
function weightsByType(model: LearnedModel): Map<string, Map<string, number>> {
  let m = split.get(model);
  if (m) return m;
  m = new Map();
  for (const [k, v] of Object.entries(model.w)) {
    const bar = k.indexOf("|");
    const type = k.slice(0, bar);
    let t = m.get(type);
    if (!t) m.set(type, (t = new Map()));
    t.set(k.slice(bar + 1), v);
  }
  split.set(model, m);
  return m;
}

/** `probability(model, candidateFeatures(p, type))`, summed the same way. */
function fastProbability(byType: Map<string, Map<string, number>>, p: Person, type: IncidentType): number {
  const t = byType.get(type);
  const any = byType.get("*");
  const same = `r:${type}`;
  let z = 0;
  if (t) for (const f of p.features) if (f !== same) z += t.get(f) ?? 0;
  if (any) {
    if (p.ownTypes.has(type)) z += any.get("t:same") ?? 0;
    if (p.nearTypes.has(type)) z += any.get("tn:same") ?? 0;
    if (p.blockedTypes.has(type)) z += any.get("tb:same") ?? 0;
    if (p.docTypes.has(type)) z += any.get("d:same") ?? 0;
  }
  return sigmoid(z);
}

/**
 * Additions wrong by construction, whatever the model says (each can be switched off to measure it in training,
 * `--no-gate`): `denied` — custody whose every trigger in the person's sentences is blocked (negated, to come,
 * demanded, rumoured: "X не задерживали"), and anything for a person the rules gave nothing whose sentences hold only
 * blocked triggers; `owner` — a person named only as the owner of a relative or a client ("задержали брата X",
 * "адвокат X-а"), or a kind whose triggers stand only in such sentences; `kin` — a person named only by kinship to
 * someone else ("её мужа X"), or a kind whose triggers stand only in sentences naming the person so; `taken` — a kind whose every trigger in the person's sentences the rules gave to
 * someone else and not to the person ("Обвинителем был X. Суд приговорил Y").
 */
export interface Gates {
  denied: boolean;
  owner: boolean;
  kin: boolean;
  taken: boolean;
}
export const GATES: Gates = { denied: true, owner: true, kin: true, taken: true };

/** The (person, type) pairs to add, given each pair's probability; one per person and type across the person's names. */
export function additions(people: readonly Person[], model: LearnedModel, prob: (p: Person, type: IncidentType) => number, gates: Gates = GATES): { p: Person; type: IncidentType; prob: number }[] {
  const out: { p: Person; type: IncidentType; prob: number }[] = [];
  for (const p of people) {
    // An official, a commentator or someone who only speaks is never a victim by the words around them.
    if (p.onlySpeaker || p.features.includes("official") || p.features.includes("commentator")) continue;
    if ((gates.owner && p.onlyOwner) || (gates.kin && p.onlyKin)) continue;
    if (gates.denied && !p.ruled.size && !p.ownTypes.size && p.blockedTypes.size) continue;
    const above: { type: IncidentType; prob: number }[] = [];
    for (const type of model.types) {
      const theta = (p.ruled.size ? model.threshold : model.thresholdNew)[type];
      if (theta === undefined || p.ruled.has(type) || (gates.denied && p.deniedKinds.has(kindOf(type)))) continue;
      if ((gates.owner && p.ownerKinds.has(kindOf(type))) || (gates.kin && p.kinKinds.has(kindOf(type))) || (gates.taken && p.takenKinds.has(kindOf(type)))) continue;
      // Custody denied ("X не задерживали") takes away what custody would suggest (a charge, a sentence): only a
      // trigger of the kind itself in the person's sentences may then add it.
      if (gates.denied && p.deniedKinds.has("custody") && !p.ownTypes.has(type)) continue;
      const pr = prob(p, type);
      if (pr > theta) above.push({ type, prob: pr });
    }
    // The likeliest first: a type the rules or a likelier addition already rule out is not added.
    const has = new Set<string>(p.ruled);
    for (const { type, prob: pr } of above.sort((x, y) => y.prob - x.prob)) {
      if ([...has].some((t) => BLOCKED_BY[type]?.has(t))) continue;
      // The same person under another of its names (a lone surname, the full name) already has this type.
      if (out.some((a) => a.type === type && sameKey(a.p.key, p.key))) continue;
      if (people.some((o) => o !== p && o.ruled.has(type) && sameKey(o.key, p.key))) continue;
      has.add(type);
      out.push({ p, type, prob: pr });
    }
  }
  return out;
}

/**
 * The incident cited from the person's sentence with a trigger of that kind (the one nearest the person), dated and
 * placed as the rules would date and place that trigger; else from the person's first sentence, undated and unplaced.
 * Not with the date and place of another incident the rules gave the person there: a charge beside a detention is
 * mostly brought on another day, often in another town (tuning sets: copied, 5 of 5 such were wrong), and an
 * incident of the same kind excludes the addition.
 */
function incidentFrom(doc: DocState, p: Person, type: IncidentType, prob: number): ExtractedIncident {
  const kind = kindOf(type);
  let cue: { v: SentenceView; tr: Trigger; d: number } | undefined;
  for (const v of p.own) {
    const at = v.mentions.filter((m) => sameKey(nameKey(m.entity.words.join(" ")), p.key));
    for (const tr of v.triggers) {
      if (tr.def.type !== type && kindOf(tr.def.type) !== kind) continue;
      const d = Math.min(...at.map((m) => spanDistance(tr, m.start)));
      if (!cue || d < cue.d) cue = { v, tr, d };
    }
    if (cue) break;
  }
  let date: { date: string; precision: ExtractedIncident["date_precision"] } | undefined;
  let place: { text: string; placeId: string | null } | undefined;
  if (cue) {
    const scene = new Scene(doc, cue.v);
    const d = cue.tr.def.undated ? undefined : pointDate(nearestOf(scene.ownDates(cue.tr), cue.tr));
    if (d) date = { date: d.date, precision: d.precision };
    const pl = scene.ownPlace(cue.tr, type) ?? scene.openingPlace(cue.tr, type);
    if (pl) place = { text: pl.text, placeId: pl.placeId ?? null };
  }
  const v = cue?.v ?? p.own[0]!;
  return {
    person: p.name,
    role: null,
    type,
    date: date?.date ?? null,
    date_precision: date?.precision ?? "unknown",
    place: place?.text ?? null,
    place_id: place?.placeId ?? null,
    perpetrator: null,
    detail: null,
    legal: { articles: [], sentence: null },
    confidence: Math.round(prob * 100) / 100,
    evidence: { start: v.s.start, end: v.s.end, text: doc.text.slice(v.s.start, v.s.end) },
  };
}

/** Weights read from JSON are checked once, so that a malformed file fails loudly rather than scoring nothing. */
export function parseWeights(raw: unknown): LearnedWeights {
  const bad = (why: string): never => {
    throw new Error(`learned weights: ${why}`);
  };
  const model = (x: unknown, lang: string): LearnedModel => {
    if (typeof x !== "object" || x === null) return bad(`${lang} is not an object`);
    const m = x as Record<string, unknown>;
    if (!Array.isArray(m.types) || !m.types.every((t) => (INCIDENT_TYPES as readonly unknown[]).includes(t))) bad(`${lang}.types must list incident types`);
    for (const k of ["threshold", "thresholdNew"]) {
      const t = m[k];
      if (typeof t !== "object" || t === null || !Object.values(t).every((v) => typeof v === "number")) bad(`${lang}.${k} must map types to numbers`);
    }
    if (typeof m.w !== "object" || m.w === null || !Object.values(m.w).every((v) => typeof v === "number" && Number.isFinite(v))) bad(`${lang}.w must map features to numbers`);
    return m as unknown as LearnedModel;
  };
  if (typeof raw !== "object" || raw === null) return bad("not an object");
  const r = raw as Record<string, unknown>;
  return { en: model(r.en, "en"), ru: model(r.ru, "ru") };
}
