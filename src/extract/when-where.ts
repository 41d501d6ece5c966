/**
 * Dates and places of what a sentence reports: the anchor date of a document, the report verbs whose dates are not
 * the incident's, and the place nearest to a trigger.
 */
import type { IncidentType } from "../contract/vocab.js";
import { findDates } from "./dates.js";
import { type Mention, nearestOf, type Trigger } from "./model.js";
import type { PlaceSpan } from "./places.js";
import type { Sentence } from "./text.js";

/** Publication date as YYYY-MM-DD, or the latest full date the document itself states. */
export function anchorDate(published: string | null | undefined, text: string, lang: "en" | "ru"): string | null {
  const p = published?.slice(0, 10);
  if (p && /^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  const dated = findDates(text, lang, null, null).filter((d) => d.precision === "day").map((d) => d.date);
  return dated.length ? (dated.sort().at(-1) ?? null) : null;
}
// Kinds a report ties to a town ("detained in", "a court in"); charges, releases, ill-treatment rarely are.
export const SCENE_TYPES = new Set<IncidentType>(["detention", "administrative_arrest", "sentence", "fine", "search", "summons", "interrogation", "killing", "beating", "injury", "abduction", "appeal"]);
export const REPORTING_EN = /\b(?:said|says|told|reported|announced|wrote|stated|added|confirmed|reports|tweeted|posted)\s+(?:[\w/.’'-]+\s+){0,2}(?:on\s+|late\s+on\s+)?$/i;
// "On August 21, X claimed that …", "11 апреля издание сообщило, что …", "Накануне СМИ рассказали о задержании …":
// a report verb between a date and the trigger dates the report.
export const REPORT_VERB_EN = /\b(?:said|says|claimed|claims|alleged|reported|reports|announced|told|wrote|stated|published|tweeted)\b/i;
export const REPORT_VERB_RU = /(?<![\p{L}])(?:сообщил\p{L}*|сообщает|сообщают|заявил\p{L}*|заявляет|рассказал\p{L}*|написал\p{L}*|пишет|опубликовал\p{L}*|утверждает|утверждают)(?![\p{L}])/iu;
const TOWN_JOIN = /^\s*(?:,|and|or|и|или|,\s*and)\s*(?:in\s+|в\s+|во\s+)?$/i;
export const CLAUSE_DATE_EN = /(?:\b(?:and|but|while|then|whereas)|;)\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$/i;
export const CLAUSE_DATE_RU = /(?:(?<![\p{L}])(?:а|и|но|затем|потом)|;)\s+(?:в\s+|во\s+)?$/iu;
export const REPORTING_RU = /(?:сообщил\p{L}*|заявил\p{L}*|рассказал\p{L}*|написал\p{L}*|сказал\p{L}*|отметил\p{L}*|подтвердил\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}(?:в|во)?\s*$/iu;

export function pickPlace(places: PlaceSpan[], tr: Trigger, type: IncidentType, mentions: Mention[], s: Sentence): PlaceSpan | undefined {
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
    const joined = (a: PlaceSpan, b: PlaceSpan): boolean => b.start >= a.end && b.start - a.end <= 12 && TOWN_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start));
    if (places.length > 1 && places.some((q) => q !== p && !q.country && (joined(p, q) || joined(q, p)))) return false;
    return true;
  });
  return nearestOf(usable.filter((p) => !p.country), tr);
}
