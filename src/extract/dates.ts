/**
 * Dates in news text, resolved against the publication date. News is written after the fact, so a day and month
 * without a year is the latest such date not after publication (compromise-dates picks the next one instead), and
 * "on Monday" is the latest Monday on or before it.
 */
import type { DatePrecision } from "../core/dates.js";
import { MONTHS_EN, MONTHS_EN_SHORT, MONTHS_RU, NUMBER_WORDS, WEEKDAYS_EN, WEEKDAYS_RU } from "./lexicon.js";

export interface DateMention {
  /** Offsets into the string that was searched. */
  start: number;
  end: number;
  date: string;
  precision: Exclude<DatePrecision, "unknown">;
  /** "since January 6", "с 6 января": the start of a state that lasts (missing, held). */
  since: boolean;
  /** One end of a span of days ("between February 1 and 6", "с 1 по 6 февраля", "5–7 января"): no single day. */
  range?: boolean;
}

const pad = (n: number): string => String(n).padStart(2, "0");

/** core's addDays parses an ISO string into a Date; this runs for every relative date, so it stays arithmetic. */
function addDays(date: string, days: number): string {
  const t = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const iso = (y: number, m: number, d: number): string | null => {
  const leap = m === 1 && (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0;
  if (!(m >= 0 && m < 12 && d >= 1 && d <= (DAYS_IN_MONTH[m] ?? 0) + leap && y >= 1000 && y <= 9999)) return null;
  return `${y}-${pad(m + 1)}-${pad(d)}`;
};

function yearFor(month: number, day: number, anchor: string | null): number | null {
  if (!anchor) return null;
  const y = Number(anchor.slice(0, 4));
  const candidate = iso(y, month, day);
  // Allow a day of slack: a report dated the 7th in one time zone may tell of "January 8" in another.
  return candidate && candidate > addDays(anchor, 1) ? y - 1 : y;
}

// "в декабре прошлого года", "on March 3 last year", "в июне того же года": a year named relative to publication or to
// the last date the text gave, which the month alone would resolve to the wrong year.
const YEAR_WORD_EN = `(?:of )?(last|this|the same|the previous|the following|next) year`;
const YEAR_WORD_RU = `(прошлого|позапрошлого|этого|текущего|нынешнего|того же|этого же|следующего) года`;
function namedYear(word: string, anchor: string | null, base: string | null): number | null {
  const w = word.toLowerCase();
  const from = (d: string | null): number | null => (d ? Number(d.slice(0, 4)) : null);
  const a = from(anchor);
  const b = from(base) ?? a;
  if (/^(?:last|прошлого)$/.test(w)) return a === null ? null : a - 1;
  if (w === "позапрошлого") return a === null ? null : a - 2;
  if (/^(?:this|этого|текущего|нынешнего)$/.test(w)) return a;
  if (/^(?:the same|того же|этого же)$/.test(w)) return b;
  if (w === "the previous") return b === null ? null : b - 1;
  return b === null ? null : b + 1;
}

function weekdayBefore(anchor: string, weekday: number, strictlyBefore: boolean): string {
  const d = new Date(Date.UTC(Number(anchor.slice(0, 4)), Number(anchor.slice(5, 7)) - 1, Number(anchor.slice(8, 10))));
  let diff = (d.getUTCDay() - weekday + 7) % 7;
  if (diff === 0 && strictlyBefore) diff = 7;
  return addDays(anchor, -diff);
}

const EN_MONTH = `(${MONTHS_EN.join("|")}|${MONTHS_EN_SHORT.join("|")})\\.?`;
const EN_WEEKDAY = `(${WEEKDAYS_EN.join("|")})`;
const NUM_WORD = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).filter((w) => /^[a-z]/.test(w)).join("|")}|a|one)`;
const RU_MONTH = `(${MONTHS_RU.map(([s]) => s).join("|")})[а-я]*`;
const RU_WEEKDAY = `(${WEEKDAYS_RU.map(([s]) => s).join("|")})[а-я]*`;
const RU_NUM = `(\\d{1,2}|${Object.keys(NUMBER_WORDS).filter((w) => /^[а-я]/.test(w)).join("|")})`;

const monthEn = (w: string): number => {
  const l = w.toLowerCase().replace(".", "");
  const i = MONTHS_EN.indexOf(l);
  return i >= 0 ? i : MONTHS_EN_SHORT.indexOf(l.slice(0, 3));
};
// Compiled once: a new RegExp per month on every date mention showed in profiles.
const MONTH_RU_STARTS = MONTHS_RU.map(([s, n]) => [new RegExp(`^${s}`), n] as const);
const monthRu = (w: string): number => {
  const l = w.toLowerCase();
  return MONTH_RU_STARTS.find(([re]) => re.test(l))?.[1] ?? -1;
};
const weekdayRu = (w: string): number => WEEKDAYS_RU.find(([s]) => w.toLowerCase().startsWith(s))?.[1] ?? -1;
const num = (w: string): number => (/^\d+$/.test(w) ? Number(w) : (NUMBER_WORDS[w.toLowerCase()] ?? (w.toLowerCase() === "a" ? 1 : NaN)));

type Rule = {
  re: RegExp;
  resolve: (m: RegExpExecArray, anchor: string | null, base: string | null) => { date: string | null; precision: DateMention["precision"] } | null;
};

const day = (date: string | null): { date: string | null; precision: "day" } => ({ date, precision: "day" });

const EN_RULES: Rule[] = [
  {
    re: new RegExp(`\\b${EN_MONTH} (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4})|,? ${YEAR_WORD_EN})?\\b`, "gi"),
    resolve: (m, anchor, base) => {
      const mo = monthEn(m[1] ?? "");
      const d = Number(m[2]);
      const y = m[3] ? Number(m[3]) : m[4] ? namedYear(m[4], anchor, base) : yearFor(mo, d, anchor);
      return y === null ? null : day(iso(y, mo, d));
    },
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?${EN_MONTH}(?:,? (\\d{4})|,? ${YEAR_WORD_EN})?\\b`, "gi"),
    resolve: (m, anchor, base) => {
      const mo = monthEn(m[2] ?? "");
      const d = Number(m[1]);
      const y = m[3] ? Number(m[3]) : m[4] ? namedYear(m[4], anchor, base) : yearFor(mo, d, anchor);
      return y === null ? null : day(iso(y, mo, d));
    },
  },
  {
    re: new RegExp(`\\b(?:in|since|from|during|by|until|of|early|late|last|mid-|end of|beginning of) ${EN_MONTH}(?!\\s\\d{1,2}\\b)(?:,? (\\d{4})|,? ${YEAR_WORD_EN})?\\b`, "gi"),
    resolve: (m, anchor, base) => {
      const mo = monthEn(m[1] ?? "");
      const y = m[2] ? Number(m[2]) : m[3] ? namedYear(m[3], anchor, base) : yearFor(mo, 1, anchor);
      return y === null ? null : { date: iso(y, mo, 1), precision: "month" };
    },
  },
  { re: /\b(?:in|since) (\d{4})\b/gi, resolve: (m) => ({ date: iso(Number(m[1]), 0, 1), precision: "year" }) },
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/g, resolve: (m) => day(iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) },
  { re: /\bthe day before yesterday\b/gi, resolve: (_m, a) => (a ? day(addDays(a, -2)) : null) },
  { re: /\b(?:yesterday|last night)\b/gi, resolve: (_m, a) => (a ? day(addDays(a, -1)) : null) },
  { re: /\b(?:today|this (?:morning|afternoon|evening)|tonight)\b/gi, resolve: (_m, a) => (a ? day(a) : null) },
  {
    re: new RegExp(`\\b(last|this past|on|next)? ?${EN_WEEKDAY}\\b`, "gi"),
    resolve: (m, a) => {
      if (!a || m[1]?.toLowerCase() === "next") return null;
      const wd = WEEKDAYS_EN.indexOf((m[2] ?? "").toLowerCase());
      return day(weekdayBefore(a, wd, /last|past/i.test(m[1] ?? "")));
    },
  },
  {
    // Not a length of time: "jailed for up to 10 days after being detained". The look-behind comes after the number
    // (and takes it in) so that the scan skips ahead to numbers instead of testing it at every position.
    re: new RegExp(`\\b${NUM_WORD}(?<!\\bfor (?:up to |at least |about |over |nearly )?\\1) days? (later|after|afterwards|earlier|before)\\b`, "gi"),
    resolve: (m, _a, base) => {
      const n = num(m[1] ?? "");
      if (!base || Number.isNaN(n)) return null;
      return day(addDays(base, /earlier|before/i.test(m[2] ?? "") ? -n : n));
    },
  },
  { re: /\bthe (?:next|following) (?:day|morning|evening)\b/gi, resolve: (_m, _a, b) => (b ? day(addDays(b, 1)) : null) },
  { re: /\bthe (?:day|evening|night) before\b|\bthe previous (?:day|evening|night)\b/gi, resolve: (_m, _a, b) => (b ? day(addDays(b, -1)) : null) },
  { re: /\bthe same (?:day|evening|night|morning)\b|\b(?:later|earlier) (?:that|the same) (?:day|evening|night|morning)\b|\bthat (?:same )?(?:evening|night|afternoon)\b/gi, resolve: (_m, _a, b) => (b ? day(b) : null) },
  { re: /\b(?:last|this|the same) week\b/gi, resolve: (_m, a, b) => (b ?? a ? { date: (b ?? a) as string, precision: "approximate" } : null) },
  { re: /\b(?:earlier|late|last) this month\b|\blast month\b/gi, resolve: (m, a) => (a ? { date: `${(/last month/i.test(m[0]) ? addDays(a.slice(0, 8) + "01", -1) : a).slice(0, 8)}01`, precision: "month" } : null) },
];

const RU_RULES: Rule[] = [
  {
    re: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})(?:\\s*[-–]\\s*\\d{1,2})? ${RU_MONTH}(?: (\\d{4})(?: ?г(?:ода|од|\\.)?)?| ${YEAR_WORD_RU})?`, "giu"),
    resolve: (m, anchor, base) => {
      const mo = monthRu(m[2] ?? "");
      const d = Number(m[1]);
      const y = m[3] ? Number(m[3]) : m[4] ? namedYear(m[4], anchor, base) : yearFor(mo, d, anchor);
      return y === null ? null : day(iso(y, mo, d));
    },
  },
  {
    re: new RegExp(`(?<![\\p{L}])(?:в|с|до|к|начале|конце|середине) ${RU_MONTH}(?: (\\d{4})| ${YEAR_WORD_RU})?(?![\\p{L}])`, "giu"),
    resolve: (m, anchor, base) => {
      const mo = monthRu(m[1] ?? "");
      if (mo < 0) return null;
      const y = m[2] ? Number(m[2]) : m[3] ? namedYear(m[3], anchor, base) : yearFor(mo, 1, anchor);
      return y === null ? null : { date: iso(y, mo, 1), precision: "month" };
    },
  },
  { re: /(?<![\p{L}])(?:в|с) (\d{4}) год[ау]?/giu, resolve: (m) => ({ date: iso(Number(m[1]), 0, 1), precision: "year" }) },
  { re: /(?<![\p{L}\d])(\d{1,2})\.(\d{1,2})\.(\d{4})/gu, resolve: (m) => day(iso(Number(m[3]), Number(m[2]) - 1, Number(m[1]))) },
  { re: /(?<![\p{L}])позавчера(?![\p{L}])/giu, resolve: (_m, a) => (a ? day(addDays(a, -2)) : null) },
  { re: /(?<![\p{L}])(?:вчера|прошлой ночью)(?![\p{L}])/giu, resolve: (_m, a) => (a ? day(addDays(a, -1)) : null) },
  // "Накануне" is the day before the last date the text gave, or before publication.
  { re: /(?<![\p{L}])накануне(?: вечером| утром| ночью)?(?![\p{L}])/giu, resolve: (_m, a, b) => ((b ?? a) ? day(addDays((b ?? a) as string, -1)) : null) },
  { re: /(?<![\p{L}])(?:сегодня|этой ночью|этим (?:утром|вечером))(?![\p{L}])/giu, resolve: (_m, a) => (a ? day(a) : null) },
  {
    re: new RegExp(`(?<![\\p{L}])(?:в|во) (прошл[а-я]+ )?${RU_WEEKDAY}(?![\\p{L}])`, "giu"),
    resolve: (m, a) => (a ? day(weekdayBefore(a, weekdayRu(m[2] ?? ""), Boolean(m[1]))) : null),
  },
  {
    re: new RegExp(`(?<![\\p{L}])через ${RU_NUM} (?:дня|дней|суток|день)`, "giu"),
    resolve: (m, _a, base) => {
      const n = num(m[1] ?? "");
      return base && !Number.isNaN(n) ? day(addDays(base, n)) : null;
    },
  },
  { re: /(?<![\p{L}])на следующий день/giu, resolve: (_m, _a, b) => (b ? day(addDays(b, 1)) : null) },
  { re: /(?<![\p{L}])(?:в тот же (?:день|вечер)|тем же (?:вечером|днём|днем)|в тот же вечер|(?:вечером|утром|днём|днем|ночью) (?:того же|этого же|того) дня|в этот же день)/giu, resolve: (_m, _a, b) => (b ? day(b) : null) },
  { re: /(?<![\p{L}])(?:на (?:прошлой|этой|той же) неделе)/giu, resolve: (_m, a, b) => ((b ?? a) ? { date: (b ?? a) as string, precision: "approximate" } : null) },
];

const SINCE_EN = /\b(?:since|from)\s+(?:the\s+)?$/i;
const SINCE_RU = /(?:^|\s)с\s+$/i;
// The opening and the link of a span of days: "between February 1 and 6", "from 1 to 6 March", "с 1 по 6 февраля".
const RANGE_OPEN_EN = /\b(?:between|from)\s+(?:the\s+)?$/i;
const RANGE_OPEN_RU = /(?:^|\s)(?:с|со|между)\s+$/i;
const RANGE_LINK_EN = /^\s*(?:and|to|until|till|through)\s+(?:the\s+)?(?=\d|[A-Z])/;
const RANGE_LINK_RU = /^\s*(?:и|по|до)\s+(?=\d)/;
// "February 1–6", "1–6 February": a dash between two day numbers.
const DASH_AFTER = /^\s*[-–—]\s*\d{1,2}(?!\d|[.:,]\d)/;
const DASH_BEFORE = /(?<![\d.:])\d{1,2}\s*[-–—]\s*$/;
// "between 1 and 6 February", "с 1 по 6 февраля": the first day is a bare number before the dated end.
const BARE_START_EN = /\b(?:between|from)\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|till|through)\s+(?:the\s+)?$/i;
const BARE_START_RU = /(?:^|\s)(?:с|со|между)\s+\d{1,2}(?:-?го)?\s+(?:по|и|до)\s+$/i;

export interface RawDate {
  start: number;
  end: number;
  rule: number;
  m: RegExpExecArray;
}

/** Every date expression in `text`, sorted; scanned once per document, resolved sentence by sentence. */
export function scanDates(text: string, lang: "en" | "ru"): RawDate[] {
  const rules = lang === "en" ? EN_RULES : RU_RULES;
  const found: RawDate[] = [];
  rules.forEach((rule, ri) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) found.push({ start: m.index, end: m.index + m[0].length, rule: ri, m });
  });
  return found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rule - b.rule);
}

/**
 * Resolves scanned dates left to right, non-overlapping (earlier rules win a tie at the same start, longer wins
 * otherwise). `base` is the latest date already known before them (for "two days later", "the same day").
 */
export function resolveDates(text: string, found: readonly RawDate[], lang: "en" | "ru", anchor: string | null, base: string | null): DateMention[] {
  const rules = lang === "en" ? EN_RULES : RU_RULES;
  const out: DateMention[] = [];
  let lastEnd = -1;
  let last = base;
  for (const f of found) {
    if (f.start < lastEnd) continue;
    const r = rules[f.rule]?.resolve(f.m, anchor, last);
    if (!r || !r.date) continue;
    const before = text.slice(Math.max(0, f.start - 24), f.start);
    // "kept in custody until March 13", "арестован до 13 марта": when a term ends, never when anything happened.
    if ((lang === "en" ? /\b(?:until|till)\s+$/i : /(?:^|\s)до\s+$/i).test(before) || /^until\b/i.test(f.m[0])) continue;
    const since = lang === "en" ? SINCE_EN.test(before) || /^(since|from)\b/i.test(f.m[0]) : SINCE_RU.test(before) || /^с /i.test(f.m[0]);
    const dashed =
      r.precision === "day" &&
      (/\d\s*[-–]\s*\d/.test(f.m[0]) || DASH_AFTER.test(text.slice(f.end, f.end + 6)) || DASH_BEFORE.test(text.slice(Math.max(0, f.start - 6), f.start)) || (lang === "en" ? BARE_START_EN : BARE_START_RU).test(text.slice(Math.max(0, f.start - 30), f.start)));
    const mention: DateMention = { start: f.start, end: f.end, date: r.date, precision: r.precision, since };
    if (dashed) mention.range = true;
    out.push(mention);
    lastEnd = f.end;
    last = r.date;
  }
  // "between February 1 and February 6", "с 1 по 6 февраля": both ends; a lone "and 6" after the first counts too.
  const open = lang === "en" ? RANGE_OPEN_EN : RANGE_OPEN_RU;
  const link = lang === "en" ? RANGE_LINK_EN : RANGE_LINK_RU;
  out.forEach((d, i) => {
    if (!open.test(text.slice(Math.max(0, d.start - 12), d.start))) return;
    const gap = link.exec(text.slice(d.end, d.end + 16));
    if (!gap) return;
    const next = out[i + 1];
    if (next && next.start === d.end + gap[0].length) next.range = true;
    else if (!/^\d{1,2}(?:st|nd|rd|th)?\b/.test(text.slice(d.end + gap[0].length, d.end + gap[0].length + 5))) return;
    d.range = true;
  });
  return out;
}

/** Every date in `text`, resolved against `anchor` (the publication date). */
export function findDates(text: string, lang: "en" | "ru", anchor: string | null, base: string | null): DateMention[] {
  return resolveDates(text, scanDates(text, lang), lang, anchor, base);
}
