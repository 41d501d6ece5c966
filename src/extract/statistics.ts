/**
 * Aggregate claims ("about 10,000 people were detained", "задержаны более 600 человек"): a count of people or
 * cases with what happened to them. They are reported beside incidents and never turned into incidents.
 */
import { NUMBER_WORDS } from "./lexicon.js";

export interface StatisticMatch {
  /** Offsets into the searched string. */
  start: number;
  end: number;
  count: number;
  approximate: boolean;
  what: string;
}

const APPROX_EN = "about|around|approximately|some|nearly|almost|over|more than|at least|up to|roughly|an estimated|no fewer than|no less than";
const APPROX_RU = "около|более|свыше|не менее|почти|порядка|примерно|до|больше|не меньше|приблизительно";
const NUM = "\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+|\\d+";
const WORD_EN = Object.keys(NUMBER_WORDS).filter((w) => /^[a-z]/.test(w)).join("|");
const WORD_RU = Object.keys(NUMBER_WORDS).filter((w) => /^[а-яё]/.test(w)).join("|");
const NOUN_EN = "people|persons|media workers|workers|protesters|demonstrators|journalists|reporters|detainees|residents|citizens|civilians|activists|members|employees|staff|criminal cases|cases|complaints|reports|deaths|bodies|websites|sites|individuals|participants|bloggers|men|women|children|students|foreigners|foreign nationals|servicemen|officers|victims|prisoners|political prisoners|defendants|representatives|human rights defenders|defenders|supporters|lawyers|observers|volunteers|professionals|opposition figures";
// "4404 человека": a count ending in 2–4 takes the genitive singular.
const NOUN_RU = "человека|человек|людей|граждан|рабочих|работников(?: СМИ)?|протестующих|демонстрантов|журналистов|задержанных|жителей|активистов|сотрудников|уголовных дел|дел|жалоб|обращений|смертей|тел|сайтов|участников|блогеров|мужчин|женщин|детей|студентов|иностранцев|военнослужащих|силовиков|погибших|пострадавших|раненых|заключённых|заключенных|политзаключённых|политзаключенных|подсудимых|обвиняемых|фигурантов|правозащитников|сторонников|адвокатов|наблюдателей|волонтёров|волонтеров";
const EVENT_EN = /\b(detained|arrested|killed|died|dead|injured|wounded|missing|disappeared|sentenced|fined|charged|opened|registered|blocked|deported|released|held|tortured|beaten|deaths?|unknown|custody|behind bars|in prison|imprisoned|jailed|on strike|walked off|protested|rallied|convicted|acquitted|rounded up|placed|in the dock|on trial|in detention|political prisoners)\b/i;
const EVENT_RU = /(задерж|арест|погиб|убит|ранен|пострада|пропа|приговор|оштраф|обвин|возбужд|зарегистр|заблокир|депорт|освобо|пыт|избит|смерт|жалоб|обращени|под стражей|за решёткой|за решеткой|в заключении|бастов|забастов|прекратили работу|вышли на|осужд|осуди|признал|водвор|отпущ|отпусти|доставл|под домашн|политзаключ)/i;

// The far predicate of an English count is the passive of the main clause ("…, were detained", "have been jailed").
const FAR_EN = new RegExp(`\\b(?:were|have been|had been|remain|remained)\\s+(?:\\w+\\s+)?${EVENT_EN.source.slice(2, -2)}\\b`, "i");

function toCount(s: string): number {
  if (/^\d/.test(s)) return Number(s.replace(/[ ,.\u00a0\u202f]/g, ""));
  return NUMBER_WORDS[s.toLowerCase()] ?? NaN;
}

const EN = new RegExp(`(?:\\b(${APPROX_EN})\\s+)?\\b(${NUM}|${WORD_EN})\\b((?:\\s+[\\p{L}-]+){0,3}?)\\s+(${NOUN_EN})\\b`, "giu");
const RU = new RegExp(`(?:(?<![\\p{L}])(${APPROX_RU})\\s+)?(?<![\\p{L}\\d])(${NUM}|${WORD_RU})(?![\\p{L}\\d])((?:\\s+[\\p{L}-]+){0,2}?)\\s+(${NOUN_RU})(?![\\p{L}])`, "giu");

const RU_TERM = /^\s+(?:год|лет|месяц|сут|дн|дня|недел|час|тенге|рубл|сом|манат|мрп|тысяч|млн|миллион)/i;

/** Aggregates in one sentence. Counts below five are left out: "two reporters" is about people the text names. */
export function findStatistics(text: string, lang: "en" | "ru"): StatisticMatch[] {
  const re = lang === "en" ? EN : RU;
  const event = lang === "en" ? EVENT_EN : EVENT_RU;
  if (!event.test(text)) return [];
  const out: StatisticMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const count = toCount(m[2] ?? "");
    if (!Number.isFinite(count) || count < 5) continue;
    const before = text.slice(Math.max(0, m.index - 14), m.index);
    if (/(article|art\.|стать[яиею]|ст\.|№|no\.)\s*$/i.test(before)) continue;
    if (/^\d{4}$/.test(m[2] ?? "") && count >= 1900 && count <= 2100 && !m[1]) continue;
    // "к 5 годам колонии журналистов X, Y", "на 15 суток активистов X": a term, then the people who got it.
    if (lang === "ru" && RU_TERM.test(m[3] ?? "")) continue;
    const start = m.index;
    // What was counted: the noun and the predicate that follows it, up to the end of the clause.
    const tail = /^[^.;:,—]{0,60}/.exec(text.slice(start + m[0].length))?.[0] ?? "";
    // "11 journalists and media workers associated with the outlet, were detained": the predicate may come after a
    // qualifier set off by a comma, within the sentence.
    // Such a far predicate only admits the count: the statistic's span (and what it says was counted) stays the
    // noun phrase, so triggers in the clause after it still report the people the sentence names.
    const predicate = event.exec(tail);
    const far = predicate || lang !== "en" ? null : FAR_EN.exec(/^[^.;:]{0,140}/.exec(text.slice(start + m[0].length))?.[0] ?? "");
    const whatEnd = predicate ? start + m[0].length + predicate.index + predicate[0].length : start + m[0].length;
    const whatStart = start + m[0].length - (m[4]?.length ?? 0) - (m[3]?.length ?? 0);
    const what = text.slice(whatStart, whatEnd).trim();
    const lead = text.slice(Math.max(0, start - 40), start);
    const eventBefore = event.test(lead);
    if (!predicate && !far && !eventBefore && !event.test(m[4] ?? "")) continue;
    out.push({ start, end: whatEnd, count, approximate: Boolean(m[1]) || /^(dozens|hundreds|десятки|сотни)$/i.test(m[2] ?? ""), what: what || (m[4] ?? "") });
  }
  return out;
}
