/**
 * One document being read: the document and what was scanned once for all of it, what it has yielded so far, and
 * what each sentence leaves for the next (the people in focus, reports waiting for names, counted groups, list
 * headings). `SentenceView` is what the stages read of the current sentence.
 */
import type { ExtractedIncident, ExtractedStatistic, ExtractLang, Legal } from "../contract/extraction.js";
import type { IncidentType } from "../contract/vocab.js";
import type { DatePrecision } from "../core/dates.js";
import { scanDates, type DateMention, type RawDate } from "./dates.js";
import { onlyDayTerms } from "./legal.js";
import { LEGAL_TYPES, type Entity, type Mention, type Pending, type Seen, type Trigger } from "./model.js";
import { fullNameSurnames } from "./names.js";
import { findPlaces, type PlaceSpan } from "./places.js";
import type { NameOracle } from "./ru-names.js";
import { scanTriggers, type RawTrigger } from "./scan.js";
import type { StatisticMatch } from "./statistics.js";
import { splitSentences, type Sentence } from "./text.js";
import { anchorDate } from "./when-where.js";

export type FoundIncident = ExtractedIncident & { entity: Entity };

export interface DocState {
  readonly text: string;
  readonly lang: "en" | "ru";
  readonly kazakh: boolean;
  readonly oracle: NameOracle | null;
  /** The publication date, or the latest full date the document states: what relative dates resolve against. */
  readonly anchor: string | null;
  readonly sentences: Sentence[];
  /**
   * Sentences told before each one: a line the next one continues in lower case (hard-wrapped text) is not a
   * sentence of its own, so an unnamed report still waits for the names a few real sentences on.
   */
  readonly told: number[];
  /**
   * The same, not counting a quoted statement ("“These sentences … must release these journalists.”"): a group's
   * members may be named after an NGO's quote about it.
   */
  readonly plain: number[];
  /** Surnames the text gives after a given name, by their nominative candidates (names.ts `fullNameSurnames`). */
  readonly surnames: ReadonlyMap<string, string>;
  // Scanned once for the whole document: per-sentence regex calls cost more than the matching itself.
  readonly places: PlaceSpan[];
  readonly rawDates: RawDate[];
  readonly rawTriggers: RawTrigger[];
  /**
   * A story about a criminal case (remand, months in custody, a criminal charge): its bare "arrested" is the court's
   * arrest, not a few hours in a police station.
   */
  readonly criminalCase: boolean;
  readonly dayTerms: boolean;

  readonly entities: Entity[];
  readonly incidents: FoundIncident[];
  readonly statistics: ExtractedStatistic[];

  /** The people the story is about at this point: what pronouns and role words ("the journalist") point at. */
  focus: Entity[];
  readonly seen: Seen;
  victimParagraph: number;
  /** The last day a sentence named: the base of "the next morning", which survives a paragraph break. */
  paragraphDate: string | null;
  /** Reports that named no one ("police detained two reporters on Wednesday"), for the sentences that name them. */
  pending: Pending[];
  /** "📍 Also in Aktau:" / "Ещё по Жанаозену:" introduces a list whose lines name no place of their own. */
  listPlace: { place: PlaceSpan; paragraph: number } | null;
  /** A counted group reported in a clause ending in a colon, whose people follow one per line. */
  lineList: { kinds: Pending[]; paragraph: number } | null;
  /**
   * "Всех задержанных отпустили" (a headline, often before the names), "задержанным вменяют статью …", "the detained
   * persons are accused of …": what the detained as a group got goes to everyone the document reports detained;
   * a counted group ("двоим задержанным") only when the document reports exactly as many held.
   */
  readonly allHeld: { s: Sentence; type: IncidentType; date: DateMention | undefined; except: Entity[]; count: number | null }[];
  /**
   * Counted groups reported without names ("sentenced 11 participants", "6 activists have been deported"), kept
   * for a few sentences more than `pending`: a list line ("Those sentenced are:") may come after some background.
   */
  groups: Pending[];
  /**
   * A group reported by count without names ("sentenced eight men", "the eight had faced", "all 11 were charged"):
   * every such report in the document, by count, and the people the text names as that many members.
   */
  readonly byCount: { p: Pending; n: number; noun: string }[];
  readonly membersOf: Map<number, Entity[]>;
  filling: { n: number; si: number; people: Entity[] } | null;
  /** The people each of the last sentences names as possible members of a group. */
  named: { si: number; people: Entity[] }[];
  /** Some of a counted group's members, named as such ("Among the seven employees detained were X and Y"). */
  readonly partOf: { n: number; people: Entity[] }[];
  /** A line that is only a date ("4 января") heads a chronicle section; its date holds until the next such line. */
  headingDate: DateMention | null;
  /** The last sentence that was only a name and a dash after an unnamed report: the next such line shares its verb. */
  elliptic: { si: number; kinds: Pending[] } | null;
  /** "X and Y were also detained": the same event as the last one of that kind, its date and place unless restated. */
  readonly lastOfType: Map<IncidentType, { date: DateMention | undefined; place: PlaceSpan | undefined }>;
}

/** What the stages read of the sentence at hand. */
export interface SentenceView {
  readonly s: Sentence;
  readonly si: number;
  readonly allDates: DateMention[];
  /** The dates that may date an incident: not the day of a report ("his employer said on Friday"). */
  readonly dates: DateMention[];
  readonly places: PlaceSpan[];
  /** The sentence may be a line of the list under a clause ending in a colon. */
  readonly listLine: boolean;
  readonly mentions: Mention[];
  readonly stats: StatisticMatch[];
  readonly triggers: Trigger[];
}

export function openDocument(text: string, language: ExtractLang, published: string | null | undefined, oracle: NameOracle | null): DocState {
  const lang: "en" | "ru" = language === "en" ? "en" : "ru";
  const anchor = anchorDate(published, text, lang);
  const sentences = splitSentences(text);
  const told: number[] = [];
  sentences.reduce((n, _x, i) => ((told[i] = n), /^\s*\p{Ll}/u.test(sentences[i + 1]?.text ?? "") ? n : n + 1), 0);
  const plain: number[] = [];
  let open = false;
  let n = 0;
  sentences.forEach((x, i) => {
    const opens = (x.text.match(/[“«]/g) ?? []).length;
    const closes = (x.text.match(/[”»]/g) ?? []).length;
    const quoted = open || /^\s*[“«"]/.test(x.text);
    if (opens !== closes) open = opens > closes;
    plain[i] = n;
    if (!quoted && told[i + 1] !== told[i]) n++;
  });
  const entities: Entity[] = [];
  const kin = (e: Entity, word: string): Entity => {
    const words = [...e.words.slice(0, -1), `${e.words.at(-1) ?? ""}'s`, word];
    const lower = words.map((w) => w.toLowerCase());
    let r = entities.find((x) => x.relative && x.lower.join(" ") === lower.join(" "));
    if (!r) {
      r = { id: entities.length, words, lower, gender: /^(?:daughter|wife|sister|mother)$/.test(word) ? "f" : "m", role: null, official: false, relative: true, last: e.last };
      entities.push(r);
    }
    return r;
  };
  return {
    text, lang, kazakh: language === "kk", oracle, anchor, sentences, told, plain,
    surnames: fullNameSurnames(sentences, lang, oracle),
    places: findPlaces(text, lang),
    rawDates: scanDates(text, lang),
    rawTriggers: scanTriggers(text, lang, language === "kk"),
    criminalCase: (lang === "en" ? CRIMINAL_CASE_EN : CRIMINAL_CASE_RU).test(text),
    dayTerms: onlyDayTerms(text, lang),
    entities, incidents: [], statistics: [],
    focus: [], seen: { people: [], victims: [], paragraph: [], kin }, victimParagraph: -1, paragraphDate: null,
    pending: [], listPlace: null, lineList: null, allHeld: [], groups: [], byCount: [], membersOf: new Map(), filling: null,
    named: [], partOf: [], headingDate: null, elliptic: null, lastOfType: new Map(),
  };
}

const CRIMINAL_CASE_EN = /\b(?:pre-?trial detention|remand(?:ed)?(?! to (?:the |a )?(?:[\w-]+ ){0,3}(?:police|station))|criminal (?:case|charges?|code|proceedings)|months? (?:of|in) (?:pre-?trial )?(?:detention|custody)|(?:detained|held|kept|arrested) for (?:up to )?[\w-]+[ -]months?|sentenced to [\w-]+ years)\b/i;
const CRIMINAL_CASE_RU = /(?:уголовн\p{L}* (?:дел|кодекс|статья|ответственност)|тяжк\p{L}* преступлени|мер\p{L}* пресечения|сизо|под стражу|под стражей|\bук\b)/iu;

/** An incident about `e` that sentence `s` reports, in the output's field order. */
export function incidentOf(
  e: Entity,
  s: Sentence,
  type: IncidentType,
  when: DateMention | undefined,
  place: PlaceSpan | null | undefined,
  o: { perpetrator: string | null; detail: string; legal: Legal; confidence: number },
): FoundIncident {
  return {
    entity: e,
    person: e.words.join(" "),
    role: e.role,
    type,
    date: when?.date ?? null,
    date_precision: (when?.precision ?? "unknown") as DatePrecision,
    place: place?.text ?? null,
    place_id: place?.placeId ?? null,
    perpetrator: o.perpetrator,
    detail: o.detail.length > 160 ? `${o.detail.slice(0, 157)}…` : o.detail,
    legal: LEGAL_TYPES.has(type) ? o.legal : { articles: [], sentence: null },
    confidence: o.confidence,
    evidence: { start: s.start, end: s.end, text: s.text },
  };
}
