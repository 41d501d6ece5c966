/**
 * When and where: the anchor date of a document; which trigger of a sentence each date and place belongs to (the
 * nearest, a date opening a coordinated clause, not the day of a report); the date and place of each incident,
 * down to a heading line's date or place for the lines under it.
 */
import type { IncidentType } from "../contract/vocab.js";
import { findDates, type DateMention } from "./dates.js";
import { type Attached, type Entity, LEGAL_TYPES, type Mention, nearestOf, spanDistance, type Trigger } from "./model.js";
import type { PlaceSpan } from "./places.js";
import type { DocState, SentenceView } from "./state.js";
import type { Sentence } from "./text.js";

/** Publication date as YYYY-MM-DD, or the latest full date the document itself states. */
export function anchorDate(published: string | null | undefined, text: string, lang: "en" | "ru"): string | null {
  const p = published?.slice(0, 10);
  if (p && /^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  const dated = findDates(text, lang, null, null).filter((d) => d.precision === "day").map((d) => d.date);
  return dated.length ? (dated.sort().at(-1) ?? null) : null;
}
// Kinds a report ties to a town ("detained in", "a court in"); charges, releases, ill-treatment rarely are.
const SCENE_TYPES = new Set<IncidentType>(["detention", "administrative_arrest", "sentence", "fine", "search", "summons", "interrogation", "killing", "beating", "injury", "abduction", "appeal"]);
export const REPORTING_EN = /\b(?:said|says|told|reported|announced|wrote|stated|added|confirmed|reports|tweeted|posted)\s+(?:[\w/.’'-]+\s+){0,2}(?:on\s+|late\s+on\s+)?$/i;
// "On August 21, X claimed that …", "11 апреля издание сообщило, что …", "Накануне СМИ рассказали о задержании …":
// a report verb between a date and the trigger dates the report.
const REPORT_VERB_EN = /\b(?:said|says|claimed|claims|alleged|reported|reports|announced|told|wrote|stated|published|tweeted)\b/i;
const REPORT_VERB_RU = /(?<![\p{L}])(?:сообщил\p{L}*|сообщает|сообщают|заявил\p{L}*|заявляет|рассказал\p{L}*|написал\p{L}*|пишет|опубликовал\p{L}*|утверждает|утверждают)(?![\p{L}])/iu;
const TOWN_JOIN = /^\s*(?:,|and|or|и|или|,\s*and)\s*(?:in\s+|в\s+|во\s+)?$/i;
const CLAUSE_DATE_EN = /(?:\b(?:and|but|while|then|whereas)|;)\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$/i;
const CLAUSE_DATE_RU = /(?:(?<![\p{L}])(?:а|и|но|затем|потом)|;)\s+(?:в\s+|во\s+)?$/iu;
export const REPORTING_RU = /(?:сообщил\p{L}*|заявил\p{L}*|рассказал\p{L}*|написал\p{L}*|сказал\p{L}*|отметил\p{L}*|подтвердил\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}(?:в|во)?\s*$/iu;

// Module level: under tsx every closure a call creates is also named (see Scene).
const joined = (s: Sentence, a: PlaceSpan, b: PlaceSpan): boolean => b.start >= a.end && b.start - a.end <= 12 && TOWN_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start));

function pickPlace(places: PlaceSpan[], tr: Trigger, type: IncidentType, mentions: Mention[], s: Sentence): PlaceSpan | undefined {
  const usable = places.filter((p) => {
    if (mentions.some((m) => p.start < m.end && m.start < p.end)) return false;
    const before = s.text.slice(Math.max(0, p.start - s.start - 6), p.start - s.start).toLowerCase();
    // Where someone comes from ("a blogger from Nukus") or is sent to is not where it happened.
    if (/(?:^|\s)(from|из|to)\s$/.test(before)) return false;
    // "гражданин Таджикистана", "a citizen of Uzbekistan": nationality, not the scene.
    if (/(?:граждан\p{L}*|citizen of|national of)\s$/iu.test(s.text.slice(Math.max(0, p.start - s.start - 14), p.start - s.start))) return false;
    // "a post about shootings in Almaty", "known for his videos about corruption in Karaganda": the subject of the
    // speech, not the scene of the incident.
    const between = p.start > tr.end ? s.text.slice(tr.end - s.start, p.start - s.start) : "";
    if (/\b(about|over|regarding)\b|(?:^|\s)(о|об|про)\s/i.test(between)) return false;
    const from = Math.max(0, p.start - s.start - 56);
    const topic = /(?:\b(?:about|regarding)|(?:^|\s)(?:о|об|про))\s[^,;:.()—–]{0,40}$/i.exec(s.text.slice(from, p.start - s.start));
    // "сообщили о задержании в Алматы X": the place of the reported incident itself.
    if (topic && !(tr.start >= s.start + from + topic.index && tr.start < p.start)) return false;
    if ((type === "deportation" || type === "release") && /(?:^|\s)(to|в|во)\s$/.test(before)) return false;
    // "in Grodno and Mogilev", "in Minsk and other cities": no one town is the scene.
    const after = s.text.slice(p.end - s.start, p.end - s.start + 40);
    // "ALMATY, Kazakhstan --", "MOSCOW (Reuters) –": a dateline says where the report was filed.
    const written = s.text.slice(p.start - s.start, p.end - s.start);
    if (/^\p{Lu}{3,}/u.test(written) && written === written.toUpperCase() && /^(?:,\s*\p{Lu}[\p{L} ]{0,30})?\s*(?:\([^)]{1,30}\))?\s*(?:--|—|–)/u.test(after)) return false;
    // "Moscow's invasion", "Meydan TV's Baku staff", "a former Moscow municipal deputy": the town qualifies a state,
    // a newsroom or a post, not the scene ("Moscow's Basmanny court" still is one).
    if (/^['’]s\s/.test(after) && !/^['’]s\s+(?:[\p{L}-]+\s+){0,3}(?:court|police|jail|prison|airport|detention)/iu.test(after)) return false;
    if (/^[\s-]+(?:based|staff|bureau|office|correspondents?|municipal|city council|city executive|executive committee|mayor|governor|native|residents?)\b/i.test(after)) return false;
    if (/^\s*(?:and|or|и|или)\s+(?:in\s+|в\s+|во\s+)?(?:other|several|many|других|других|нескольких|ряде|elsewhere)/i.test(after)) return false;
    if (places.length > 1 && places.some((q) => q !== p && !q.country && (joined(s, p, q) || joined(s, q, p)))) return false;
    return true;
  });
  return nearestOf(usable.filter((p) => !p.country), tr);
}

/**
 * Which trigger of a sentence each of its dates and places belongs to, and the town that opens the sentence. Built
 * once per sentence, asked for each of its triggers. A class rather than closures: under tsx (how `vigil` runs) each
 * closure a call creates is also given its name, and this one is built for every sentence.
 */
export class Scene {
  private readonly text: string;
  private readonly v: SentenceView;
  private readonly opensClause: RegExp;
  private readonly reportVerb: RegExp;
  private readonly firstTrigger: Trigger | undefined;
  private readonly leading: PlaceSpan[];

  constructor(doc: DocState, v: SentenceView) {
    this.text = doc.text;
    this.v = v;
    // "…was detained, and on November 21, Y was arrested", "задержали 5 марта, а 8 марта отпустили": a date opening a
    // coordinated clause dates what that clause reports, however close the verb before it.
    this.opensClause = doc.lang === "en" ? CLAUSE_DATE_EN : CLAUSE_DATE_RU;
    this.reportVerb = doc.lang === "en" ? REPORT_VERB_EN : REPORT_VERB_RU;
    // "A court in Minsk sentenced X … and handed 10-day terms to Y", "On Monday, officers in the capital, Bishkek,
    // searched …, and detained X": the one town named before the first verb is the scene of all the sentence reports.
    const first = v.triggers[0];
    this.firstTrigger = first;
    this.leading = first ? v.places.filter((p) => !p.country && p.end <= first.start) : [];
  }

  /** The dates nearer to this trigger than to any other, but those a report verb before it claims. */
  ownDates(tr: Trigger, victims: Entity[] = []): DateMention[] {
    return this.v.dates.filter((d) => this.dateOwner(d) === tr && !this.datesReport(d, tr, victims));
  }

  /**
   * A report verb between the date and the trigger: the date is the report's, unless a victim reports it ("Вечером
   * того же дня Тестов сообщил, что получил 10 суток").
   */
  datesReport(d: DateMention, tr: Trigger, victims: Entity[]): boolean {
    const verb = d.end <= tr.start ? this.reportVerb.exec(this.text.slice(d.end, tr.start)) : null;
    return verb !== null && !this.v.mentions.some((m) => m.start >= d.end && m.end <= d.end + verb.index && victims.includes(m.entity));
  }

  /** The one town named before the sentence's first trigger, for the kinds a report ties to a town. */
  openingPlace(tr: Trigger, type: IncidentType): PlaceSpan | undefined {
    const { s, mentions } = this.v;
    const { firstTrigger, leading } = this;
    return SCENE_TYPES.has(type) &&
      // Not a noun after a preposition ("апелляцию на штраф"): the fine was set elsewhere.
      !/^(на|за|о|об|по|of|for|over|against|about)$/.test(s.tokens[tr.first - 1]?.lower ?? "") &&
      // "jailed two journalists who had been detained while …": a relative clause tells of an earlier event.
      !(firstTrigger && tr !== firstTrigger && /(?:\b(?:who|which|that)|(?<![\p{L}])котор\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(this.text.slice(firstTrigger.end, tr.start))) &&
      leading.length > 0 && leading.every((p) => (p.placeId ?? p.text) === (leading[0]?.placeId ?? leading[0]?.text)) ? pickPlace(leading, tr, type, mentions, s) : undefined;
  }

  /** The place nearest to the trigger among those no other trigger is nearer to. */
  ownPlace(tr: Trigger, type: IncidentType): PlaceSpan | undefined {
    return pickPlace(this.v.places.filter((p) => this.owner(p.start) === tr), tr, type, this.v.mentions, this.v.s);
  }

  // Each date and place belongs to the trigger nearest to it: "detained in Almaty on January 6 and shown on
  // television two days later" gives the detention Almaty and the 6th, the broadcast the 8th.
  private owner(pos: number): Trigger | undefined {
    let best: Trigger | undefined;
    let bestD = Infinity;
    for (const t of this.v.triggers) {
      const d = spanDistance(t, pos);
      if (d < bestD) {
        best = t;
        bestD = d;
      }
    }
    return best;
  }

  private dateOwner(d: DateMention): Trigger | undefined {
    const { text } = this;
    return this.opensClause.test(text.slice(Math.max(this.v.s.start, d.start - 16), d.start)) && !/^\s*[—–-]\s/.test(text.slice(d.end, d.end + 3))
      ? (this.v.triggers.find((t) => t.start >= d.end) ?? this.owner(d.start))
      : this.owner(d.start);
  }
}

/**
 * The date and place of what an attached trigger reports: its own, else the coordinated verb's, the report still
 * waiting for names, the one date opening the sentence or heading its section, the last report of its kind ("also").
 */
export function timeAndPlace(doc: DocState, v: SentenceView, scene: Scene, a: Attached, type: IncidentType, prevDate: DateMention | undefined): { date: DateMention | undefined; place: PlaceSpan | undefined } {
  const { s, dates, places } = v;
  const { tr, victims, coordinated, attributive } = a;
  const { lastOfType } = doc;
  const own = scene.ownDates(tr, victims.entities);
  // An undated report (a headline's "Court jails three") gives way to a dated one of the same kind.
  const waiting = doc.pending.find((p) => p.type === tr.def.type && p.date) ?? doc.pending.find((p) => p.type === tr.def.type);
  let date: DateMention | undefined;
  if (type === "missing") date = own.find((d) => d.since) ?? nearestOf(own, tr);
  else if (attributive) date = undefined;
  else date = nearestOf(own, tr) ?? (coordinated && !LEGAL_TYPES.has(type) ? prevDate : undefined) ?? (dates.length === 0 ? waiting?.date : undefined);
  // "On Monday, officers searched the office, confiscated its equipment and detained X": one date opening the
  // sentence dates everything it reports; a dated heading line ("4 января") dates the lines under it.
  // Not a state that began earlier ("missing") nor a noun after a preposition ("апелляцию на штраф").
  const complement = /^(на|за|о|об|по|of|for|over|against|about)$/.test(s.tokens[tr.first - 1]?.lower ?? "");
  const opening = dates.length === 1 && dates[0] && dates[0].start <= (s.tokens[1]?.start ?? s.start) && !dates[0].since && type !== "missing" && !complement && !scene.datesReport(dates[0], tr, victims.entities) ? dates[0] : undefined;
  if (!date && !attributive && type !== "missing") date = opening ?? (dates.length === 0 ? doc.headingDate ?? undefined : undefined);
  const also = s.tokens.slice(Math.max(0, tr.first - 6), tr.first).some((t) => /^(also|too|также|тоже)$/.test(t.lower));
  // A restated date ("was also detained on January 4") makes it an event of its own.
  const earlier = also && dates.length === 0 ? lastOfType.get(type) : undefined;
  if (!date && !attributive) date = earlier?.date;
  // "between February 1 and 6": a span of days dates nothing, and nothing else stands in for it.
  if (date?.range || tr.def.undated) date = undefined;
  const place = scene.ownPlace(tr, type) ?? scene.openingPlace(tr, type) ?? (places.length === 0 ? waiting?.place ?? earlier?.place ?? doc.listPlace?.place : undefined);
  const last = lastOfType.get(type);
  lastOfType.set(type, { date: date ?? last?.date, place: place ?? last?.place });
  return { date, place };
}

/** A line that is only a date, or a short heading with a place ending in a colon, heads the lines under it. */
export function noteHeadings(doc: DocState, v: SentenceView): void {
  const { s, allDates, places } = v;
  const { text } = doc;
  const onlyDate = allDates.length === 1 && allDates[0] && s.tokens.length <= 5 && allDates[0].precision === "day" && allDates[0].end - allDates[0].start >= 0.6 * s.text.trim().length ? allDates[0] : undefined;
  // A stamp with its year ("22.04.2022") dates the entry's publication, not what it reports.
  if (onlyDate) doc.headingDate = /\d{4}/.test(text.slice(onlyDate.start, onlyDate.end)) ? null : onlyDate;
  const heading = places.find((p) => !p.country);
  if (heading && s.tokens.length <= 10 && s.text.trimEnd().endsWith(":")) doc.listPlace = { place: heading, paragraph: s.paragraph };
  const lastDate = allDates.at(-1);
  if (lastDate && lastDate.precision === "day" && !lastDate.range) doc.paragraphDate = lastDate.date;
}
