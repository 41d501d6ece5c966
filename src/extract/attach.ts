/**
 * Attachment: who each trigger of a sentence is about (by voice in English, by proximity in Russian, a list after
 * "among" or a colon), the incidents that follow from it, and the reports that named no one, kept for the sentences
 * that name their people.
 */
import type { IncidentType } from "../contract/vocab.js";
import { COUNTED_EN, COUNTED_RU, countReport, groupCount } from "./counts.js";
import { readLegal } from "./legal.js";
import { PERPETRATORS } from "./lexicon.js";
import { ADVERBS, type Attached, AUX, CUSTODY, dedupe, eligible, type Entity, LEGAL_TYPES, LISTABLE, nearestOf, type Pending, pointDate, TERM_TYPES, type Trigger, type Victims } from "./model.js";
import { clauseBounds, coordinatedWith, isAttributive } from "./scan.js";
import { type DocState, incidentOf, type SentenceView } from "./state.js";
import type { DateMention } from "./dates.js";
import { refineType } from "./triggers.js";
import { attachEn, termsFor } from "./victims-en.js";
import { attachRu, exceptedRu } from "./victims-ru.js";
import { asVictims, colonList, namedAmong, namedBetween } from "./victims.js";
import type { Sentence } from "./text.js";
import { type Scene, timeAndPlace } from "./when-where.js";

/** Each trigger of the sentence with the people it reaches; one that reaches no one waits for names (`pending`). */
export function attachTriggers(doc: DocState, v: SentenceView, scene: Scene): Attached[] {
  const { text, lang, seen } = doc;
  const { s, mentions, stats, triggers } = v;
  const attached: Attached[] = [];
  let prev: Attached | null = null;
  let opener: Trigger | null = null;
  let unnamed: Trigger | null = null;
  for (const tr of triggers) {
    const inStatistic = stats.some((st) => tr.start >= s.start + st.start - 40 && tr.start <= s.start + st.end + 5);
    const coordinated = !inStatistic && prev !== null && coordinatedWith(s.tokens, prev.tr, tr, lang, mentions);
    // "on smuggling charges" names no one: it charges whoever the custody it follows holds, or waits for a list.
    const grounds = tr.def.type === "charge" && /^(?:on|for)$/.test(s.tokens[tr.first]?.lower ?? "") && !coordinated;
    // "Среди задержанных также – X и его супруга Y, член партии «Ф» Z и другие", "Among those detained were …": a
    // list introduced by the group names everyone after it, whatever titles and kin stand between the names.
    // "X is among those detained": after a verb the subject is the one named, not whoever follows.
    const amongSubject = lang === "en" && /^(?:among|one of)\s/i.test(text.slice(tr.start, tr.end)) && AUX.has(s.tokens[tr.first - (ADVERBS.has(s.tokens[tr.first - 1]?.lower ?? "") ? 2 : 1)]?.lower ?? "");
    const amongList = !amongSubject && /^(?:среди|в числе|among)\s/i.test(text.slice(tr.start, tr.end)) ? asVictims(namedBetween(s, mentions, tr.last)) : null;
    // "задержанным вменяют статью …", "the detained persons are accused of …" with no one named: the group, below.
    const asGroup = lang === "ru" && (tr.def.type === "release" || tr.def.type === "charge") && !mentions.some(eligible) && (heldGroup(text, tr, s, lang) || heldCount(text, tr, s) !== null);
    const direct: Victims | null = asGroup ? null : inStatistic && !amongSubject ? namedAmong(s, tr, mentions, lang) : amongList ?? (grounds ? null : coordinated && prev ? prev.victims : lang === "en" ? attachEn(s, tr, mentions, doc.focus, seen) : attachRu(s, tr, mentions, doc.focus, seen));
    const found = direct && direct.entities.length ? direct : grounds ? null : colonList(s.tokens, tr, mentions);
    // "всех отпустили, кроме X": the one excepted is the one it did not happen to.
    const excepted = lang === "ru" ? exceptedRu(s, mentions) : [];
    const kept = found && excepted.length ? { ...found, entities: found.entities.filter((e) => !excepted.includes(e)) } : found;
    // "14 days of detention for X and Y, eight days for Z, six days for A, B, and C": each term "for" its names.
    const victims = kept && lang === "en" && TERM_TYPES.has(tr.def.type) && kept.entities.length && / for /.test(s.text) ? { ...kept, entities: dedupe([...kept.entities, ...termsFor(s, tr, mentions)]) } : kept;
    // "After questioning, X was placed …": an opening phrase shares the main clause's people (resolved below).
    if ((!victims || victims.entities.length === 0) && lang === "en" && tr.first === 0 && s.tokens[tr.last]?.text === "," && /^(after|following)$/.test(s.tokens[0]?.lower ?? "")) {
      opener = tr;
      continue;
    }
    if (!victims || victims.entities.length === 0) {
      reportUnnamed(doc, v, scene, tr, excepted);
      unnamed = inStatistic ? null : tr;
      continue;
    }
    const partial = lang === "ru" && inStatistic && victims.entities.length < groupCount(s.text, lang);
    const a: Attached = { tr, victims, coordinated, attributive: isAttributive(s.tokens, tr, lang), partial };
    // "20 ноября были задержаны, а на следующий день арестованы X и Y": the people named after the second verb are
    // those of the first too; its report stops waiting for names.
    const before = unnamed && lang === "ru" && triggers[triggers.indexOf(tr) - 1] === unnamed && SHARED_RU.test(s.tokens.slice(unnamed.last, tr.first).map((t) => t.lower).join(" ")) ? unnamed : null;
    if (before) {
      const waiting = doc.pending.findLastIndex((p) => p.si === v.si && p.type === before.def.type);
      if (waiting >= 0) {
        const [report] = doc.pending.splice(waiting, 1);
        doc.groups = doc.groups.filter((g) => g !== report);
        attached.push({ tr: before, victims, coordinated: false, attributive: false });
      }
    }
    unnamed = null;
    attached.push(a);
    prev = a;
  }

  const main = attached[0];
  if (opener && main) attached.unshift({ tr: opener, victims: main.victims, coordinated: false, attributive: false });
  return attached;
}

// ", а на следующий день", ", а затем", "и позже", ", после чего": a second verb sharing the first one's people.
const SHARED_RU = /^,? ?(?:а|и|после чего)(?: (?:затем|потом|позже|позднее|впоследствии|вскоре|уже|на следующий день|на другой день|через (?:\d+|\p{L}+) (?:дн\p{L}*|день|суток|сутки|недел\p{L}*|месяц\p{L}*)|\d+ \p{L}+))*(?: был[аио]?)?$/u;

/**
 * A report that names no one ("police detained two reporters on Wednesday", "пятерых сотрудников водворил под стражу")
 * waits for the sentences that name its people; a counted one also for a list, and in English for its members.
 */
function reportUnnamed(doc: DocState, v: SentenceView, scene: Scene, tr: Trigger, excepted: Entity[]): void {
  const { text, lang, criminalCase, dayTerms, told } = doc;
  const { s, si } = v;
  const [pcs, pce] = clauseBounds(s.tokens, tr.first);
  const pClause = text.slice(s.tokens[pcs]?.start ?? s.start, s.tokens[pce - 1]?.end ?? s.end);
  // The legal reading only matters for the kinds it can refine or carry.
  const pLegal = tr.def.type === "arrest" || LEGAL_TYPES.has(tr.def.type as IncidentType) ? readLegal(pClause, lang) : { articles: [], sentence: null };
  const counted = (lang === "en" ? COUNTED_EN : COUNTED_RU).test(s.text);
  if ((tr.def.type === "release" || tr.def.type === "charge") && (heldGroup(text, tr, s, lang) || (lang === "ru" && tr.def.type === "release" && /(?:^|[\s«"])(?:всех|все) задержанн/i.test(pClause)))) {
    doc.allHeld.push({ s, type: tr.def.type, date: pointDate(nearestOf(scene.ownDates(tr), tr)), except: excepted, count: null });
  } else if (lang === "ru" && (tr.def.type === "release" || tr.def.type === "charge")) {
    const count = heldCount(text, tr, s);
    if (count !== null) doc.allHeld.push({ s, type: tr.def.type, date: pointDate(nearestOf(scene.ownDates(tr), tr)), except: excepted, count });
  }
  const refined = refineType(tr.def.type, pClause, pLegal, lang, criminalCase, dayTerms);
  const report: Pending = { type: tr.def.type, date: pointDate(nearestOf(scene.ownDates(tr), tr)), place: scene.ownPlace(tr, refined) ?? (CUSTODY.has(refined) ? scene.openingPlace(tr, refined) : undefined), until: (told[si] ?? 0) + 3, si, refined, legal: pLegal, counted };
  doc.pending.push(report);
  if (counted) doc.groups.push(report);
  if (lang === "en") countReport(doc, v, tr, report, pClause);
}

/** The incidents of the attached triggers, each with its kind, date, place, perpetrator and legal detail: returns their victims. */
export function recordAttached(doc: DocState, v: SentenceView, scene: Scene, attached: Attached[]): Entity[] {
  const { text, lang, criminalCase, dayTerms, told, incidents } = doc;
  const { s, si, dates } = v;
  const sentenceVictims: Entity[] = [];
  let prevDate: DateMention | undefined;
  for (const a of attached) {
    const { tr, victims, attributive, partial } = a;
    const [cs, ce] = clauseBounds(s.tokens, tr.first);
    const clauseText = text.slice(s.tokens[cs]?.start ?? s.start, s.tokens[ce - 1]?.end ?? s.end);
    const legal = readLegal(clauseText, lang);
    const type = refineType(tr.def.type, clauseText, legal, lang, criminalCase, dayTerms);
    const { date, place } = timeAndPlace(doc, v, scene, a, type, prevDate);
    prevDate = date;
    // The rest of the group may be named later ("Обвиняемые – X, Y, …"): a list of as many names as it counted.
    if (partial && LISTABLE.has(type)) doc.groups.push({ type: tr.def.type, date, place, until: (told[si] ?? 0) + 3, si, refined: type, legal, counted: true });
    const perpetrator = PERPETRATORS.find(([re]) => re.test(clauseText))?.[1] ?? PERPETRATORS.find(([re]) => re.test(s.text))?.[1] ?? null;
    const confidence = attributive ? Math.min(victims.confidence, 0.6) : victims.confidence;
    const gap = victims.gapped;
    const gapDate = gap ? pointDate(dates.find((d) => d.start >= gap.start && d.end <= gap.end)) : undefined;
    for (const e of victims.entities) {
      sentenceVictims.push(e);
      const when = gapDate && gap?.entities.includes(e) ? gapDate : date;
      incidents.push(incidentOf(e, s, type, when, place, { perpetrator, detail: clauseText, legal, confidence: Math.round((e.official ? confidence * 0.8 : confidence) * 100) / 100 }));
    }
  }
  return sentenceVictims;
}

/**
 * "Всех задержанных отпустили", "задержанным вменяют статью …": a release or charge of everyone the document reports
 * held, except those excepted and officials.
 */
export function actOnAllHeld(doc: DocState): void {
  const { incidents } = doc;
  for (const { s, type, date, except, count } of doc.allHeld) {
    const held = dedupe(incidents.filter((i) => CUSTODY.has(i.type) && !except.includes(i.entity) && !i.entity.official).map((i) => i.entity));
    // "Двоим задержанным вменяют …": a counted group is the people held only when the document names exactly as many.
    if (count !== null && held.length !== count) continue;
    for (const e of held) {
      incidents.push(incidentOf(e, s, type, date, null, { perpetrator: null, detail: s.text, legal: { articles: [], sentence: null }, confidence: 0.55 }));
    }
  }
}

// The detained as a group, the subject or object of a release or a charge that names no one: "Всех задержанных
// отпустили", "задержанным вменяют статью …", "в отношении задержанных составили протоколы", "the detained persons are
// accused of …", "all the detainees were released". Not some of them ("almost all", "one of", "двоих задержанных").
const HELD_GROUP_RU = /(?<![\p{L}])задержанн(?:ые|ых|ым|ыми)(?![\p{L}])/giu;
const HELD_PART_RU = /(?<![\p{L}])(?:\d+|дв\p{L}+|тр\p{L}+|четвер\p{L}+|пят\p{L}+|нескольк\p{L}*|некотор\p{L}*|больш\p{L}*|многи\p{L}*|част\p{L}*|одн\p{L}*|половин\p{L}*|почти|из)\s+(?:\p{L}+\s+)?$/iu;
const HELD_GROUP_EN = /\b(?:the|those) (?:detained|arrested)(?: (?:persons|people|individuals|journalists|activists|protesters|men|women))?\b|\bthe detainees\b/gi;
const HELD_PART_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|one|some|most|many|several|few|half|almost|nearly|none|each|of|like|as|than|unlike)\s+(?:all?\s+)?(?:of\s+)?$/i;
// "requested that the detainees be released", "просили отпустить задержанных": asked for, not done.
const ASKED = /\b(?:request\w*|ask\w*|demand\w*|call\w*|urg\w*|be released)\b|(?<![\p{L}])(?:прос\p{L}*|требова\p{L}*|требу\p{L}*|призыва\p{L}*)(?![\p{L}])/iu;

const HELD_COUNT_RU: Record<string, number> = { двое: 2, двоих: 2, двоим: 2, двум: 2, двух: 2, трое: 3, троих: 3, троим: 3, трем: 3, трём: 3, трех: 3, трёх: 3, четверо: 4, четверых: 4, четверым: 4, четырем: 4, четырём: 4, четырех: 4, четырёх: 4, пятеро: 5, пятерых: 5, пятерым: 5, пяти: 5 };
const HELD_COUNTED_RU = /(?<![\p{L}\d])(\d+|\p{L}+)\s+задержанн(?:ые|ых|ым|ыми)(?![\p{L}])/giu;

/** "Двоим задержанным вменяют …", "троих задержанных отпустили": the count of a held group right beside the trigger. */
function heldCount(text: string, tr: Trigger, s: Sentence): number | null {
  const before = text.slice(s.start, tr.start);
  const after = text.slice(tr.end, s.end);
  if (ASKED.test(before.slice(-60)) || ASKED.test(after.slice(0, 12))) return null;
  const near = (gap: string): boolean => /^[\p{L}\s]*$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3;
  const countOf = (m: RegExpMatchArray, prefix: string): number | null => {
    // "двоим из пяти задержанных" is part of a group, not a group of its own.
    if (/(?<![\p{L}])из\s+$/iu.test(prefix)) return null;
    const w = (m[1] ?? "").toLowerCase();
    return /^\d+$/.test(w) ? Number(w) : HELD_COUNT_RU[w] ?? null;
  };
  for (const m of before.matchAll(HELD_COUNTED_RU)) if (near(before.slice((m.index ?? 0) + m[0].length))) return countOf(m, before.slice(0, m.index));
  for (const m of after.matchAll(HELD_COUNTED_RU)) if (near(after.slice(0, m.index))) return countOf(m, after.slice(0, m.index));
  return null;
}

/** The detained as a group right beside a release or a charge ("задержанным вменяют", "the detainees were released"). */
function heldGroup(text: string, tr: Trigger, s: Sentence, lang: "en" | "ru"): boolean {
  const before = text.slice(s.start, tr.start);
  const after = text.slice(tr.end, s.end);
  if (ASKED.test(before.slice(-60)) || ASKED.test(after.slice(0, 12))) return false;
  const re = lang === "en" ? HELD_GROUP_EN : HELD_GROUP_RU;
  const part = lang === "en" ? HELD_PART_EN : HELD_PART_RU;
  // Within three words of the trigger, on either side, with no punctuation between.
  const near = (gap: string): boolean => /^[\p{L}\s]*$/u.test(gap) && gap.trim().split(/\s+/).filter(Boolean).length <= 3;
  for (const m of before.matchAll(re)) if (near(before.slice(m.index + m[0].length)) && !part.test(before.slice(0, m.index))) return true;
  for (const m of after.matchAll(re)) if (near(after.slice(0, m.index)) && !part.test(after.slice(0, m.index))) return true;
  return false;
}
