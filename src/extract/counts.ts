/**
 * Groups reported by their count ("sentenced eight men", "пятерых сотрудников", "all 11"): how many people a clause
 * counts, and which names may be the members of such a group.
 */
import { eligible, type Entity, type Mention, PRON_PL_EN, type Seen } from "./model.js";
import type { Sentence, Token } from "./text.js";

export const GROUP_PASSIVE_EN = /^\s*(?:they|the (?:[a-z-]+ )?(?:activists|defendants|journalists|detainees|protesters|reporters|bloggers|employees|accused|men|women))\s+(?:were|had been|have been)\s+(?!(?:not|never)\b)/i;
export const COUNTED_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens?|following)\s+(?:of\s+)?(?:[a-z'’-]+\s+){0,3}(?:journalists|reporters|staff|employees|people|persons|individuals|activists|members|bloggers|workers|others|men|women|participants|protesters|demonstrators|defendants|detainees|suspects|students|residents|citizens|supporters|lawyers|prisoners|inmates|convicts|of them)\b/i;
export const COUNTED_RU = /(?:^|\s)(?:\d+|следующ\p{L}*|двух|двое|двоих|трех|трёх|трое|троих|четверо|четверых|четырех|четырёх|пятеро|пятерых|пяти|шестеро|шестерых|шести|семерых|семи|восьмерых|нескольких|несколько)\s/iu;

/** The number a counted report gives its group ("sentenced 11 participants" → 11), 0 when it gives none. */
export const groupCount = (text: string, lang: "en" | "ru" = "en"): number => {
  if (lang === "en") return countWord(((COUNTED_EN.exec(text)?.[0] ?? "").trim().split(/\s+/)[0] ?? "").toLowerCase());
  // "26 августа … по делу пяти активистов", "получили по 4 года": a day, a term or an article number counts no one.
  for (const m of text.matchAll(COUNTED_RU_ALL)) {
    const w = (m[0].trim().split(/\s+/)[0] ?? "").toLowerCase();
    const after = text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 12).toLowerCase();
    const before = text.slice(Math.max(0, (m.index ?? 0) - 8), (m.index ?? 0) + 1).toLowerCase();
    if (/^\d/.test(w) && (NOT_PEOPLE_RU.test(after) || /(?:(?<!\p{L})по|ст\.|статьи|статья|части|№)\s*$/u.test(before))) continue;
    return countWord(w);
  }
  return 0;
};
const COUNTED_RU_ALL = new RegExp(COUNTED_RU.source, "giu");
const NOT_PEOPLE_RU = /^(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|год|лет|сут|месяц|дн|дня|недел|час|тысяч|млн|процент|%|тенге|рубл|сом|манат|мрп|стать|част|[.,:]\d)/u;

const COUNT_WORDS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  двух: 2, двое: 2, двоих: 2, трех: 3, трёх: 3, трое: 3, троих: 3, четверо: 4, четверых: 4, четырех: 4, четырёх: 4,
  пятеро: 5, пятерых: 5, пяти: 5, шестеро: 6, шестерых: 6, шести: 6, семерых: 7, семи: 7, восьмерых: 8, восьми: 8,
};
/**
 * "at least three of them", "some of them": the pronoun names a part of a group the text does not single out, so the
 * report cannot be given to any one of its members ("all of them", "both of them" are the whole group).
 */
const PART_QUANTIFIER = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|some|several|most|many|few|none|half|either|neither|dozens|others)$/;
const partOfGroup = (tokens: Token[], j: number): boolean => tokens[j - 1]?.lower === "of" && PART_QUANTIFIER.test(tokens[j - 2]?.lower ?? "");
/**
 * "The six journalists confirmed to have been detained were held at the station, where they were interrogated": a
 * plural pronoun after a counted group and no name in its sentence is that unnamed group, not the people in focus.
 */
export const unnamedGroup = (tokens: Token[], j: number, mentions: Mention[]): boolean =>
  partOfGroup(tokens, j) || (PRON_PL_EN.has(tokens[j]?.lower ?? "") && !mentions.some((m) => m.first < j) && COUNTED_EN.test(tokens.slice(0, j).map((t) => t.text).join(" ")));
/** "the four", "the five": the last that many people something happened to, when the text has told of so many. */
export function lastCounted(tokens: Token[], j: number, seen: Seen): Entity[] | null {
  const n = tokens[j - 1]?.lower === "the" ? countWord(tokens[j]?.lower ?? "") : 0;
  return n >= 2 && seen.victims.length >= n ? seen.victims.slice(0, n) : null;
}

/**
 * The size of the group a clause counts ("sentenced eight men", "11 current and former employees"), not a day of the
 * month before it ("on September 2 sentenced eight men") nor a part of a group ("nine of them").
 */
const GROUP_NOUN_EN = /^(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z'’-]+\s+){0,3}?(journalists|reporters|staff|employees|people|persons|individuals|activists|members|bloggers|workers|men|women|participants|protesters|demonstrators|defendants|detainees|suspects|students|residents|citizens|supporters|prisoners|inmates|convicts|politicians|oppositionists|opposition figures|media workers|professionals)\b)/i;
export function counting(clause: string): { n: number; noun: string } {
  for (const m of clause.matchAll(/\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi)) {
    if (/(?:January|February|March|April|May|June|July|August|September|October|November|December|Article)\s+$/i.test(clause.slice(Math.max(0, m.index - 10), m.index))) continue;
    const noun = GROUP_NOUN_EN.exec(clause.slice(m.index, m.index + 80))?.[1];
    if (noun) return { n: countWord(m[0].toLowerCase()), noun: noun.toLowerCase() };
  }
  return { n: 0, noun: "" };
}
export const countIn = (clause: string): number => counting(clause).n;
/** "The eight had faced prosecution", "charged all 11": a group taken up again by its count alone. */
const THE_COUNT_EN = /\b(?:the|all|all of the|these|those)\s+(three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:[-–]|years?|months?|days?|weeks?|hours?|per|%))/i;
export const theCount = (clause: string): number => countWord((THE_COUNT_EN.exec(clause)?.[1] ?? "").toLowerCase());
/** A person named as one of a group: not an official, speaker, relative, lawyer or an alias of someone else. */
export function member(m: Mention, s: Sentence, mentions: Mention[]): boolean {
  // "By X" on a line of its own is the byline.
  if (!eligible(m) || m.kin || m.entity.role === "lawyer" || (m.first === 1 && s.tokens[0]?.text === "By")) return false;
  if (s.tokens.slice(Math.max(0, m.first - 4), m.first).some((t) => /^(?:pseudonym|alias|aka|nickname|known)$/.test(t.lower))) return false;
  // "a party headed by X": who leads the organisation a member belongs to.
  if (s.tokens[m.first - 1]?.lower === "by" && /^(?:headed|led|founded|chaired|run|owned)$/.test(s.tokens[m.first - 2]?.lower ?? "")) return false;
  // "…'s founder, journalist X, said": the one who tells, past an appositive.
  const next = mentions.find((x) => x.first > m.first);
  const after = s.text.slice(m.end - s.start, next ? next.start - s.start : undefined);
  return !/^\s*(?:,[^,;]{0,80},\s*)?(?:said|says|told|wrote|added|claimed|stated|tweeted)\b/.test(after);
}

export const countWord = (w: string): number => COUNT_WORDS[w] ?? (/^\d{1,2}$/.test(w) ? Number(w) : 0);
