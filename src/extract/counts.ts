/**
 * Groups reported by their count ("sentenced eight men", "пятерых сотрудников", "all 11"): how many people a clause
 * counts, which names are the members of such a group, and every report on the group given to each member.
 */
import { AUX, CUSTODY, eligible, type Entity, LISTABLE, type Mention, type Pending, PRON_PL_EN, type Seen, type Trigger, VERDICT, dedupe } from "./model.js";
import { type DocState, incidentOf, type SentenceView } from "./state.js";
import type { Sentence, Token } from "./text.js";

/**
 * An English report counting its people ("sentenced eight men", "the eight had faced", "they were detained" right
 * after such a report): kept by its count, with the members the sentences just before named, or to be named after.
 */
export function countReport(doc: DocState, v: SentenceView, tr: Trigger, report: Pending, pClause: string): void {
  const { plain, byCount, membersOf } = doc;
  const { s, si, mentions, triggers } = v;
  const definite = theCount(pClause);
  // "…sentences against five defendants … The activists were detained days before the referendum": a passive
  // report on "the activists" / "they", naming no one, right after a counted group is about that group.
  const last = byCount.at(-1);
  const resumed = last && !mentions.some(eligible) && plain[si]! - plain[last.p.si]! <= 2 && GROUP_PASSIVE_EN.test(s.text) ? last.n : 0;
  const n = countIn(pClause) || definite || resumed;
  // Not a participle after its noun ("five activists detained while …", told as background), not a search
  // before the custody that counted ("searched homes and detained 11"), not what a quoted statement asks.
  const postnominal = /ed$/.test(s.tokens[tr.first]?.lower ?? "") && /^[a-z]{3,}s$/.test(s.tokens[tr.first - 1]?.text ?? "") && !AUX.has(s.tokens[tr.first - 1]?.lower ?? "");
  const beforeCustody = tr.def.type === "search" && triggers.some((t) => t.start > tr.start && CUSTODY.has(t.def.type));
  if (n >= 3 && !postnominal && !beforeCustody && !/^\s*[«“"]/.test(s.text)) {
    byCount.push({ p: report, n, noun: counting(pClause).noun });
    // "Three of them – A, B and C – … The fourth, D, … charged the four men": the group taken up by its
    // count is the people named just before, when the last sentences name exactly that many.
    if (definite === n && !membersOf.has(n)) {
      const back: Entity[] = [];
      for (const h of [...doc.named].reverse()) {
        if (plain[si]! - plain[h.si]! > 3) break;
        for (const e of h.people) if (!back.includes(e)) back.push(e);
        if (back.length >= n) break;
      }
      if (back.length === n) membersOf.set(n, back);
    }
    if (doc.filling?.n !== n && !membersOf.has(n)) doc.filling = { n, si, people: [] };
    else if (doc.filling?.n === n && !doc.filling.people.length) doc.filling.si = si;
  }
}

/**
 * "…sentenced eight men. Judge X announced that A, B and C would serve …; D, E, F, G and H were sentenced to two
 * years.": the people named in the sentences after a counted report, exactly as many as it counted and no one else in
 * between, are its members; so are the victims of a sentence that counts exactly them.
 */
export function nameCountedMembers(doc: DocState, v: SentenceView, sentenceVictims: Entity[]): void {
  const { incidents, sentences, plain, byCount, membersOf, partOf } = doc;
  const { s, si, mentions } = v;
  const victims = sentenceVictims.length >= 3 ? dedupe(sentenceVictims).filter((e) => !e.official && !e.relative) : [];
  const { n, noun } = victims.length >= 2 ? counting(s.text) : { n: 0, noun: "" };
  if (n === victims.length && n >= 3) membersOf.set(n, victims);
  // "11 journalists … were detained … All 11 were charged. … The court convicted four journalists: A, B, C and D":
  // a named part of a larger group of the same people, reported earlier, shares what the group went through.
  if (n === victims.length && n >= 2) {
    for (const g of byCount) if (g.n > n && g.noun === noun && g.p.si < si && !membersOf.has(g.n) && !partOf.some((x) => x.n === g.n && x.people === victims)) partOf.push({ n: g.n, people: victims });
  }
  const f = doc.filling;
  const people = mentions.length ? dedupe(mentions.filter((m) => member(m, s, mentions)).map((m) => m.entity)) : [];
  if (people.length) doc.named = [...doc.named.slice(-3), { si, people }];
  if (f && si > f.si) {
    // "The four journalists shared …": the group taken up again by its count, before any name, keeps it open.
    if (!f.people.length && !people.length && (countIn(s.text) === f.n || theCount(s.text) === f.n)) f.si = si;
    else {
      for (const e of people) if (!f.people.includes(e)) f.people.push(e);
      const before = f.people.some((e) => incidents.some((i) => i.entity === e && i.evidence.start < (sentences[f.si]?.start ?? 0)));
      // The first name within two sentences of the count, the last within three.
      const far = plain[si]! - plain[f.si]! > (f.people.length === people.length ? 2 : 3);
      if (before || f.people.length > f.n || far) doc.filling = null;
      else if (f.people.length === f.n) {
        membersOf.set(f.n, f.people);
        doc.filling = null;
      }
    }
  }
}

/** Each report about a counted group goes to the members named for that count, before or after it. */
export function fanOutCounted(doc: DocState): void {
  const { sentences, incidents, byCount, membersOf, partOf } = doc;
  for (const { p, n } of byCount) {
    const s = sentences[p.si];
    const people = dedupe([...(membersOf.get(n) ?? []), ...partOf.filter((x) => x.n === n).flatMap((x) => x.people)]);
    if (!s || !people.length || !(LISTABLE.has(p.refined) || p.refined === "appeal" || p.refined === "transfer")) continue;
    for (const e of people) {
      // A verdict the group's report reads as a prison term may be the days or the fine each member got.
      if (VERDICT.has(p.refined) && incidents.some((i) => i.entity === e && VERDICT.has(i.type))) continue;
      incidents.push(incidentOf(e, s, p.refined, p.date, p.place, { perpetrator: null, detail: s.text, legal: p.legal, confidence: 0.55 }));
    }
  }
}

const GROUP_PASSIVE_EN = /^\s*(?:they|the (?:[a-z-]+ )?(?:activists|defendants|journalists|detainees|protesters|reporters|bloggers|employees|accused|men|women))\s+(?:were|had been|have been)\s+(?!(?:not|never)\b)/i;
export const COUNTED_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens?|following)\s+(?:of\s+)?(?:[a-z'’-]+\s+){0,3}(?:journalists|reporters|staff|employees|people|persons|individuals|activists|members|bloggers|workers|others|men|women|participants|protesters|demonstrators|defendants|detainees|suspects|students|residents|citizens|supporters|lawyers|prisoners|inmates|convicts|of them)\b/i;
export const COUNTED_RU = /(?:^|\s)(?:\d+|следующ\p{L}*|двух|двое|двоих|трех|трёх|трое|троих|четверо|четверых|четырех|четырёх|пятеро|пятерых|пяти|шестеро|шестерых|шести|семерых|семи|восьмерых|нескольких|несколько)\s|(?:^|\s)(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|\p{L}+надцать|двадцать|тридцать)\s+(?:\p{L}+\s+)?(?:человек|журналист|активист|сотрудник|участник|фигурант|обвиняем|подсудим|задержанн|блогер|оппозиционер|студент|жител|граждан|член|сторонник|правозащитник|демонстрант|протестующ)/iu;

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
function counting(clause: string): { n: number; noun: string } {
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
function member(m: Mention, s: Sentence, mentions: Mention[]): boolean {
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
