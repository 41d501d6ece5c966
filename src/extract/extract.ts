/**
 * Text → incidents and statistics. Each sentence goes through the stages below in turn, over one `DocState` that
 * carries what the sentences before it left (the people in focus, reports waiting for names, counted groups, list
 * headings); a few stages run once the whole document has been read.
 */
import type { Extraction, ExtractLang } from "../contract/extraction.js";
import { actOnAllHeld, attachTriggers, recordAttached } from "./attach.js";
import { fanOutCounted, nameCountedMembers } from "./counts.js";
import { resolveDates } from "./dates.js";
import { learnedIncidents, type LearnedWeights } from "./learned.js";
import { namedLists, openLineList, recordListed } from "./lists.js";
import { mentionsOf, moveFocus } from "./mentions.js";
import { dropAdministrativeCharges, mergeIncidents } from "./merge.js";
import { nearestOf, pointDate } from "./model.js";
import type { NameOracle } from "./ru-names.js";
import { blocked, triggersIn } from "./scan.js";
import { openDocument, type DocState, type SentenceView } from "./state.js";
import { findStatistics } from "./statistics.js";
import type { Sentence } from "./text.js";
import { noteHeadings, REPORTING_EN, REPORTING_RU, Scene } from "./when-where.js";

export interface ExtractInput {
  text: string;
  lang?: ExtractLang;
  published?: string | null;
  title?: string | null;
}

/**
 * The rules' extraction, then the learned layer's additions (none when `weights` is null). Not for Kazakh: it is read
 * by the Russian rules, but the Russian model's word features were learned from Russian text and were never scored
 * on Kazakh, so its additions there would rest on its bias alone.
 */
export function extractDocument(input: ExtractInput, oracle: NameOracle | null, weights: LearnedWeights | null): Extraction {
  const r = readDocument(input, oracle);
  if (!weights || r.language === "kk") return { language: r.language, incidents: r.incidents, statistics: r.statistics };
  return { language: r.language, incidents: [...r.incidents, ...learnedIncidents(r.doc, r.views, r.incidents, weights)], statistics: r.statistics };
}

/** What the rules extract, with the document state and each sentence as read, for the learned layer and its training. */
export function readDocument(input: ExtractInput, oracle: NameOracle | null): { language: ExtractLang; doc: DocState; views: SentenceView[] } & Omit<Extraction, "language"> {
  const language = input.lang ?? detectLang(input.text);
  const doc = openDocument(input.text, language, input.published, oracle);
  const views: SentenceView[] = [];
  doc.sentences.forEach((s, si) => {
    expire(doc, s, si);
    const v = readSentence(doc, s, si);
    views.push(v);
    const scene = new Scene(doc, v);
    const attached = attachTriggers(doc, v, scene);
    const victims = recordAttached(doc, v, scene, attached);
    recordListed(doc, v, victims, namedLists(doc, v, attached.length > 0));
    if (doc.lang === "en") nameCountedMembers(doc, v, victims);
    openLineList(doc, v);
    moveFocus(doc, v, victims);
    recordStatistics(doc, v);
    noteHeadings(doc, v);
  });
  actOnAllHeld(doc);
  fanOutCounted(doc);
  return { language, doc, views, incidents: mergeIncidents(dropAdministrativeCharges(doc.incidents)), statistics: doc.statistics };
}

function detectLang(text: string): ExtractLang {
  let cyr = 0;
  let lat = 0;
  let kk = 0;
  for (let i = 0; i < text.length && i < 4000; i++) {
    const c = text[i] ?? "";
    if (/[а-яё]/i.test(c)) cyr++;
    else if (/[a-z]/i.test(c)) lat++;
    else if (/[әғқңөұүһі]/i.test(c)) kk++;
  }
  if (cyr + kk > lat) return kk > (cyr + kk) * 0.02 ? "kk" : "ru";
  return "en";
}

/** What the sentences before leave that no longer holds here. */
function expire(doc: DocState, s: Sentence, si: number): void {
  // The list runs over the lines that follow; a blank line ends it.
  if (doc.listPlace && s.paragraph - doc.listPlace.paragraph > 1) doc.listPlace = null;
  else if (doc.listPlace) doc.listPlace.paragraph = s.paragraph;
  doc.pending = doc.pending.filter((p) => p.until >= doc.told[si]!);
  doc.groups = doc.groups.filter((p) => p.si >= si - 6);
}

/** The dates, places, names and triggers of one sentence. */
function readSentence(doc: DocState, s: Sentence, si: number): SentenceView {
  const { text, lang } = doc;
  const reporting = lang === "en" ? REPORTING_EN : REPORTING_RU;
  const allDates = resolveDates(text, doc.rawDates.filter((d) => d.start >= s.start && d.end <= s.end), lang, doc.anchor, doc.paragraphDate);
  // "his employer said on Friday": the day of the report, not of the incident.
  const dates = allDates.filter((d) => !reporting.test(text.slice(Math.max(s.start, d.start - 40), d.start)));
  const places = doc.places.filter((p) => p.start >= s.start && p.end <= s.end);
  const listLine = doc.lineList !== null && s.paragraph > doc.lineList.paragraph && s.paragraph <= doc.lineList.paragraph + 2;
  const mentions = mentionsOf(doc, s, si, places, listLine);
  const stats = findStatistics(s.text, lang);
  // "moved from pre-trial detention to house arrest": the state left behind is not a new incident.
  // A search is an event, not a state: "пришли с обыском к X", "началось с обыска в доме X" report it.
  const found = triggersIn(s, doc.rawTriggers).filter((tr) => !blocked(s.tokens, tr, lang) && (!/^(from|с|со)$/.test(s.tokens[tr.first - 1]?.lower ?? "") || (lang === "ru" && tr.def.type === "search")) && (!tr.def.afterDash || /^[—–-]$/.test(s.tokens[tr.first - 1]?.text ?? "")));
  // "убили при задержании X", "погибли во время задержания": the detention is the circumstance of the killing.
  const killing = lang === "ru" && found.some((tr) => tr.def.type === "killing");
  const triggers = killing ? found.filter((tr) => !(tr.def.type === "detention" && /^(при|время|ходе)$/.test(s.tokens[tr.first - 1]?.lower ?? ""))) : found;
  return { s, si, allDates, dates, places, listLine, mentions, stats, triggers };
}

function recordStatistics(doc: DocState, v: SentenceView): void {
  const { s, dates, places } = v;
  for (const st of v.stats) {
    const d = pointDate(nearestOf(dates, { start: s.start + st.start, end: s.start + st.end }));
    const p = places.find((pl) => !pl.country) ?? null;
    doc.statistics.push({
      count: st.count,
      approximate: st.approximate,
      what: st.what,
      date: d?.date ?? null,
      date_precision: d?.precision ?? "unknown",
      place: p?.text ?? null,
      place_id: p?.placeId ?? null,
      evidence: { start: s.start, end: s.end, text: s.text },
    });
  }
}
