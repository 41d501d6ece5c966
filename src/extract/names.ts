/**
 * Person mentions in one sentence: runs of capitalised words that look like a name of the region (given-name
 * lexicon, surname and patronymic endings, a role word before them), with the role, whether the person is an
 * official or commentator, and whether the name only qualifies another person ("the brother of X", "адвокат X-а").
 */
import type { PersonRole } from "../contract/vocab.js";
import {
  COMMENTATOR_CUE, FEMALE_GIVEN, MALE_GIVEN, NAME_PARTICLES, NOT_NAME, OFFICIAL_CUE, ORG_AFTER, ORG_BEFORE, RELATIVE_WORD,
  SURNAME_ENDING_CYR, SURNAME_ENDING_LAT, roleOf,
} from "./lexicon.js";
import { kazakhNominative } from "./kk.js";
import { casesFromContext, isSurnameShaped, nominativeKin, nominativeName, type Case, type Gender, type NameOracle } from "./ru-names.js";
import type { Token } from "./text.js";

export interface NameMention {
  /** Token indices in the sentence, [first, last). */
  first: number;
  last: number;
  /** Document offsets of the name as written (without a possessive 's). */
  start: number;
  end: number;
  /** The name in the nominative. */
  words: string[];
  gender: Gender | null;
  case: Case | null;
  role: PersonRole | null;
  official: boolean;
  commentator: boolean;
  /** Names another person's relation or owner ("X's lawyer", "брат X-а"), so X is not the one things happen to. */
  possessor: boolean;
  /** "the brother of X": the unnamed relative is the person; start/end/words then cover the phrase. */
  relative: boolean;
  /** Introduced by kinship ("his mother, X", "его мать X"). */
  kin: boolean;
}

export interface Span {
  start: number;
  end: number;
}

const CYR = /\p{Script=Cyrillic}/u;
const LAT = /\p{Script=Latin}/u;
const POSSESSIVE = /['’]s$/;
const INITIAL = /^\p{Lu}\.$/u;
/** "Testayevs": a family named in the plural; the stem is each one's surname. */
const FAMILY_EN = /^(.{3,}(?:ov|ev|in|yn|enko|uk|yan|dze))s$/i;
const ARTICLES = new Set(["the", "a", "an"]);
const CLAUSE_STOP = new Set([".", ";", ":", "—", "–", "(", ")", "«", "»", "\"", "“", "”", "!", "?"]);
const EN_VERB_STOP = /^(said|says|told|was|were|is|are|had|has|have|been|and|but|who|which|that|when|after|before|while)$/;
const RU_VERB_STOP = /^(и|а|но|что|который|которая|которые|когда|после|заявил\p{L}*|сообщил\p{L}*|рассказал\p{L}*|был\p{L}*)$/u;

function nameLike(tok: Token, lang: "en" | "ru", caps?: ReadonlySet<number>, at?: number): boolean {
  if (!tok.cap || !tok.word || /\d/.test(tok.text)) return false;
  const bare = tok.text.replace(POSSESSIVE, "");
  if (lang === "ru" ? !CYR.test(bare) : !LAT.test(bare)) return false;
  if (bare.length < 2) return false;
  if (bare === bare.toUpperCase()) return at !== undefined && caps !== undefined && caps.has(at);
  // A title-case headline ("… Detained For Covering Protests"): a capitalised gerund is no name.
  if (lang === "en" && bare.length >= 7 && bare.endsWith("ing")) return false;
  // "Ex-deputy X", "Ex-minister Y": a former post opening the sentence.
  if (lang === "en" && /^ex-/i.test(bare)) return false;
  return !NOT_NAME.has(bare.toLowerCase());
}

const MEDIA_HEAD = /^(director|head|chief|руководител|директор|глав|начальни|шеф)/;
const MEDIA_WORD = /^(бюро|радио|издани|газет|редакци|сайт|телеканал|канал|агентств|информагентств|портал|новост|outlet|newspaper|news|website|site|radio|channel|bureau|tv|media|agency|magazine|portal|newsroom|editorial)/;

const STAFF_WORD = /^(директор|руководител|председател|сотрудни|заместител)/;
const STATE_BODY = /^(суд|мвд|гкнб|кнб|гунб|дкнб|фсб|гувд|увд|ровд|овд|рувд|полици|милици|прокуратур|генпрокуратур|департамент|управлени|министерств|ведомств|безопасност|служб|администраци|акимат|хокимият|мэри|район|област|городск|следств|пенитенциар|колони|сизо|изолятор|тюрьм|исправительн|государствен|госбезопасност|налогов|таможен|погранич|силов|спецслужб|омон|гаи|дпс|кгб|гуоп|гупк|аппарат|правительств|парламент|уголовн|дфр|ск)/;

/** A run that ends in a possessive ("Anton Lymark's lawyer") names someone's owner, not the one held. */
const possessiveRun = (toks: Token[]): boolean => POSSESSIVE.test(toks.at(-1)?.text ?? "");

const givenKnown = (w: string): boolean => MALE_GIVEN.has(w) || FEMALE_GIVEN.has(w);

/**
 * Armenian "-ian", Georgian "-ia"/"-ani" and transliterated Russian "-skii" surnames ("Hovsep Khurshudian", "Lara
 * Testebia", "Levan Testiani"): endings that countries, regions and demonyms share, so they only close a name after
 * another capitalised word, never make one alone.
 */
const CLOSING_SURNAME_EN = /(?:[bcdfghjklmnpqrstvwxz]ia|[bcdfghjklmnpqrstvwxz]ian|[aeiou]ani|ii)$/;
const NOT_CLOSING_EN = /^(?:georgia|armenia|russia|abkhazia|ossetia|india|asia|arabia|macedonia|bulgaria|serbia|croatia|slovakia|slovenia|austria|australia|algeria|nigeria|syria|tunisia|estonia|latvia|lithuania|romania|albania|bosnia|colombia|mongolia|cambodia|indonesia|malaysia|zambia|gambia|namibia|liberia|somalia|ethiopia|california|pennsylvania|virginia|media|julia|maria|sofia|olympia|armenian|georgian|ukrainian|russian|belarusian|romanian|canadian|indian|italian|brazilian|iranian|egyptian|syrian|christian|estonian|lithuanian|latvian|hungarian|bulgarian|croatian|serbian|bosnian|albanian|norwegian|australian|austrian|asian|caucasian|macedonian|mongolian|jordanian|palestinian|tunisian|algerian|nigerian|civilian|librarian|comedian|guardian|politician|musician|physician|technician|historian|custodian|meridian|azerbaijani|pakistani|afghani|hawaii)$/;
const COMPASS_EN = /^(?:north|south|east|west|new|saudi|upper|lower|great|central|western|eastern|northern|southern|old)$/;

/**
 * "Police detained Anton Lymark", "Anton Lymark was sentenced to …": the object of a verb of custody or punishment
 * right after it, or the subject of its passive, is a person whatever the shape of the name.
 */
const VICTIM_VERB_EN = /^(?:detained|arrested|sentenced|jailed|fined|charged|convicted|summoned|questioned|interrogated|abducted|kidnapped|deported|expelled|assaulted|released|freed|searched|imprisoned|indicted)$/;
/** The same in Russian: "задержали Олега Орлова", "Задержан Олег Орлов", "Олег Орлов был задержан". */
const VICTIM_VERB_RU = /^(?:задержа|арестова|осуди|осужд|приговори|приговор[её]н|оштрафова|избил|избит|похити|похищ|депортирова|выдвори|выдвор[её]н|освободи|освобожд[её]н|отпусти|допроси|обыска)\p{L}{0,3}$/u;
/** A plural common noun ("Свидетели", "Защитников", "Матерям"): capitalised, it heads a group's name, never a person's. */
const GROUP_HEAD_RU = /^(?:[а-яё]{3,}(?:тел|ник|щик|чик|ист|иц|ц)(?:и|ей|ям|ями|ях|ам|ами|ах|ы)|матер(?:и|ей|ям)|брать(?:я|ев|ям)|сыновь(?:я|ям)|сын(?:ы|ов)|дет(?:и|ей|ям)|друзь(?:я|ям)|друзей|солдат(?:ы|ам)|воин(?:ы|ов|ам))$/;
const PERSON_NOUN_RU = /^(?:жител|уроженц|уроженк|граждан|мужчин|женщин|сотрудни|участни|член|студент|пенсионер|водител|военн|бывш|экс)/;
/** "detained Nasha Niva journalists": a lower-case noun after the run makes it a modifier (an outlet, a party), not the object. */
const modifies = (next: Token | undefined): boolean =>
  next !== undefined && next.word && !next.cap && !/^(?:and|or|on|in|at|for|after|during|while|who|near|outside|over|from|last|yesterday|today|with|as|without|before|under|until|since|earlier|again|when|to|by|into|amid|following|because|despite|late|early|this|that|overnight)$/.test(next.lower);
const PASSIVE_ADVERB_EN = /^(?:also|later|then|reportedly|subsequently|again|allegedly|briefly|eventually|recently|previously|initially)$/;

function surnameShaped(lower: string, lang: "en" | "ru"): boolean {
  if (lang === "ru") return isSurnameShaped(lower) || SURNAME_ENDING_CYR.test(lower) && lower.length > 5;
  return lower.length > 4 && SURNAME_ENDING_LAT.test(lower);
}

/** Role, official or commentator from the words just before the name (nearest cue wins) or an appositive after it. */
const NOUN_IN_L = /(?:генерал|маршал|адмирал|трибунал|канал|журнал|сериал|материал|персонал|капитал|финал|сигнал|ритуал|идеал|минерал|арсенал|скандал|портал|вокзал|подвал|квартал|оригинал|интервал|профессионал|криминал|радикал)$/;

/** The cue one word gives (`tokens[i]`), if any; module level as tsx names every closure a call creates (keepNames). */
function cueAt(tokens: Token[], i: number, lang: "en" | "ru"): { role: PersonRole | null; official: boolean; commentator: boolean } | null {
  const tok = tokens[i];
  if (!tok) return null;
  const w = tok.lower;
  if (OFFICIAL_CUE.test(w) && !roleOf(w)) {
    // "the former Minister of Economy X", "former police officer X": out of office, no longer the state's voice or hand.
    // "chairman of the Testov branch of the party", "head of the opposition movement": not an office of the state.
    const civic = lang === "en" && tokens.slice(i + 1, i + 7).some((t) => /^(?:party|branch|movement|opposition|organi[sz]ation|ngo|association|union|foundation|coalition|front|platform|bloc|campaign)$/.test(t.lower));
    // "Бывшему генпрокурору X назначили пять лет": the same in Russian; what a former official suffers is his own.
    const former = lang === "en" ? /^(?:former|ex|retired)$/ : /^(?:бывш\p{L}+|экс|отставн\p{L}+)$/u;
    if (civic || former.test(tokens[i - 1]?.lower ?? "") || former.test(tokens[i - 2]?.lower ?? "")) return { role: "other", official: false, commentator: false };
    // "руководитель бюро радио Азаттык", "the outlet's general director": the head of a newsroom is press, not state.
    const near = [...tokens.slice(Math.max(0, i - 3), i), ...tokens.slice(i + 1, i + 6)].map((t) => t.lower);
    if (MEDIA_HEAD.test(w) && near.some((x) => MEDIA_WORD.test(x))) return { role: "journalist", official: false, commentator: false };
    // "директор Центра правовой трансформации", "председатель БХК", "сотрудника проекта": staff and heads of
    // NGOs, projects and teams are not the state; "сотрудники МВД", "председатель суда" are.
    if (lang === "ru" && STAFF_WORD.test(w) && !tokens.slice(i + 1, i + 5).some((t) => STATE_BODY.test(t.lower))) return { role: "other", official: false, commentator: false };
    return { role: "civil_servant", official: true, commentator: false };
  }
  if (COMMENTATOR_CUE.test(w)) return { role: null, official: false, commentator: true };
  const role = roleOf(w);
  if (role) return { role, official: false, commentator: false };
  if (w === "defender" && tokens[i - 1]?.lower.startsWith("right")) return { role: "human_rights_defender", official: false, commentator: false };
  return null;
}

function cues(tokens: Token[], first: number, last: number, lang: "en" | "ru"): { role: PersonRole | null; official: boolean; commentator: boolean } {
  const stop = lang === "en" ? EN_VERB_STOP : RU_VERB_STOP;
  // "(судья — Александр Тестов)", "(judge – X)": an office given before a dash, in brackets.
  if (/^[—–-]$/.test(tokens[first - 1]?.text ?? "") && tokens[first - 3]?.text === "(") {
    const c = cueAt(tokens, first - 2, lang);
    if (c?.official) return c;
  }
  for (let i = first - 1, n = 0; i >= 0 && n < 8; i--, n++) {
    const tok = tokens[i];
    // "Activists X, Y and Z": the role before a list covers every name in it.
    const listAnd = (tok?.lower === "and" || tok?.lower === "и") && tokens[i - 1]?.cap === true;
    if (!tok || CLAUSE_STOP.has(tok.text) || (stop.test(tok.lower) && !listAnd)) break;
    // A finite verb in between ("Сотрудники ГКНБ задержали X") ends the noun phrase the cue could belong to.
    // "Судья оштрафовал X": a masculine past tense too, but not a noun in "-ал" ("генерал", "трибунал").
    if (lang === "ru" && (/^[а-яё]{4,}(?:ли|ла)$/.test(tok.text) || (/^[а-яё]{5,}[аяиеу]л$/.test(tok.text) && !NOUN_IN_L.test(tok.text))) && roleOf(tok.lower) === null) break;
    // "Судья Тбилисского городского суда X": a capitalised place adjective after the cue is no name before X.
    const adjective = /(?:ск|цк)(?:ого|ому|ом|ой|ий|ый|ая|ую|их|им)$/.test(tokens[i + 1]?.lower ?? "") && tokens[i + 2]?.cap === false;
    if (tok.cap && n > 0 && tokens[i + 1]?.cap && !NOT_NAME.has(tok.lower) && lang === "ru" && !adjective) break;
    const c = cueAt(tokens, i, lang);
    if (c) return c;
  }
  if (tokens[last]?.text === ",") {
    for (let i = last + 1, n = 0; i < tokens.length && n < 4; i++, n++) {
      const tok = tokens[i];
      if (!tok || tok.text === "," || CLAUSE_STOP.has(tok.text)) break;
      const c = cueAt(tokens, i, lang);
      if (c) return c;
    }
  }
  return { role: null, official: false, commentator: false };
}

export interface MentionOptions {
  lang: "en" | "ru";
  /** Spans already taken by places: a run wholly inside one is a place, not a person. */
  places: readonly Span[];
  /** The people the document has named so far, whose names make a single word known (see `known`). */
  people: readonly { readonly lower: readonly string[]; readonly relative: boolean }[];
  oracle: NameOracle | null;
  /** Kazakh text: strip the case endings Kazakh glues onto names before the Russian rules read them. */
  kazakh?: boolean;
  /** A line of a list of people ("● X Y", "X Y,"): two or three capitalised words opening it are a name. */
  listLine?: boolean;
  /** Surnames the document gives with a given name somewhere (see `fullNameSurnames`): nominative candidates → the surname. */
  surnames?: ReadonlyMap<string, string>;
}

const HOMOGLYPH: Record<string, string> = { A: "А", B: "В", C: "С", E: "Е", H: "Н", K: "К", M: "М", O: "О", P: "Р", T: "Т", X: "Х", a: "а", c: "с", e: "е", o: "о", p: "р", x: "х", y: "у" };

/** "Cлавникову" typed with a Latin C: a Cyrillic word's Latin look-alike letters back to Cyrillic. */
export function fixScript(word: string): string {
  return CYR.test(word) && /[A-Za-z]/.test(word) ? word.replace(/[ABCEHKMOPTXacepoxy]/g, (c) => HOMOGLYPH[c] ?? c) : word;
}

const formsCache = new Map<string, string[]>();

/** Nominative candidates of one word, for matching a lone surname against names already seen. */
export function singleForms(word: string, lang: "en" | "ru"): string[] {
  const bare = fixScript(word.replace(POSSESSIVE, "")).toLowerCase();
  if (lang === "en") return [bare];
  const hit = formsCache.get(bare);
  if (hit) return hit;
  const forms = ruForms(bare);
  if (formsCache.size > 20_000) formsCache.clear();
  formsCache.set(bare, forms);
  return forms;
}

function ruForms(bare: string): string[] {
  const out = new Set<string>([bare]);
  for (const c of ["gen", "acc", "dat", "ins", "loc", "nom"] as const) out.add((nominativeName([bare], [c]).words[0] ?? bare).toLowerCase());
  // Readings that the tie-break above hides: "-ова" is also a masculine genitive, "-ову" a feminine accusative.
  const m = /^(.{2,}(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой)$/.exec(bare);
  if (m) {
    out.add(m[1] ?? bare);
    if (m[2] !== "ым" && m[2] !== "е") out.add(`${m[1]}а`);
  }
  const z = /^(.{2,}зод)(ы|е|у|ой)$/.exec(bare);
  if (z) out.add(`${z[1]}а`);
  const ich = /^(.{2,}(?:ич|[ую]к))(а|у|ем|ом|е)$/.exec(bare);
  if (ich) out.add(ich[1] ?? bare);
  return [...out];
}

// «…» holds an outlet's or a party's name; a quotation of whole sentences (one left open to the end of the
// sentence, or longer than a name could be) is reported speech, and its names are people.
/**
 * The surnames a document writes after a known given name ("Ильи Тестова", "Asset Testov"), by the nominative
 * candidates of the surname as written, so that the same surname alone elsewhere — before the full name, in a
 * headline — is read as that person.
 */
export function fullNameSurnames(sentences: readonly { tokens: Token[] }[], lang: "en" | "ru", oracle: NameOracle | null): Map<string, string> {
  const out = new Map<string, string>();
  for (const { tokens } of sentences) {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const a = tokens[i];
      const b = tokens[i + 1];
      if (!a?.cap || !b?.cap || !a.word || !b.word || b.start !== a.end + 1 || b.text.length < 3 || NOT_NAME.has(b.lower) || NOT_NAME.has(a.lower)) continue;
      // A given name the lexicon knows, or (inside a sentence) a surname's shape after a capitalised word: "Уринбоя Тестонова".
      const given = lang === "en" ? givenKnown(a.lower) : singleForms(a.text, lang).some(givenKnown);
      if (givenKnown(b.lower) || !(given || (i > 0 && !tokens[i - 1]?.cap && /^\p{Lu}\p{Ll}{2,}$/u.test(a.text) && singleForms(b.text, lang).some((f) => surnameShaped(f, lang))))) continue;
      // Not "Asset Testov Live", not a third word's given name ("Марата Тестова Ильи").
      if (tokens[i + 2]?.cap && tokens[i + 2]?.start === b.end + 1) continue;
      // An official or commentator named in full ("президенте Шавкате Тестове") is not who a lone surname suffers.
      const cue = cues(tokens, i, i + 2, lang);
      if (cue.official || cue.commentator) continue;
      const surname = lang === "en" ? b.text.replace(POSSESSIVE, "") : (nominativeName([fixScript(a.text), fixScript(b.text)], [], oracle).words[1] ?? b.text);
      for (const f of singleForms(b.text, lang)) if (!out.has(f)) out.set(f, surname);
    }
  }
  return out;
}

const QUOTED_NAME_MAX = 8;
const insideQuotes = (tokens: Token[]): boolean[] => {
  const out: boolean[] = [];
  let depth = 0;
  for (const [k, tok] of tokens.entries()) {
    if (tok.text === "«") {
      const close = tokens.findIndex((t, n) => n > k && t.text === "»");
      if (close >= 0 && close - k <= QUOTED_NAME_MAX) depth++;
      else if (depth === 0) {
        out.push(false);
        continue;
      }
    }
    out.push(depth > 0);
    if (tok.text === "»") depth = Math.max(0, depth - 1);
  }
  return out;
};

/**
 * An English headline in title case ("Belarusian Journalists Sentenced to 3-Day Jail Terms Amid Crackdown"): most of
 * its longer words are capitalised, so a capital letter says nothing about a name there.
 */
const TITLE_LOWER_EN = /^(?:with|from|into|onto|over|amid|after|against|during|under|upon|than|that|about|over|near|without|within|between|before|through|toward|towards|despite)$/;
function titleCase(tokens: Token[]): boolean {
  const words = tokens.slice(1).filter((t) => t.word && t.text.length >= 4 && !/\d/.test(t.text));
  // "Reporter X Y of Testov Media was detained on Monday": a lower-case verb or noun is no headline's, however many
  // names stand around it; a title leaves only its short function words in lower case.
  if (words.some((t) => !t.cap && !TITLE_LOWER_EN.test(t.lower))) return false;
  return words.length >= 4 && words.filter((t) => t.cap).length >= 0.7 * words.length;
}

/**
 * "KHOLOV ZULFIQAHOR BOYMAHMADOVICH", "ТЕСТОВ Марат": a name written in capitals, as some lists and court papers
 * do. A run of two to four capitalised words counts when one of its words in capitals is shaped like a surname or a
 * patronymic, so that acronyms ("OSCE ODIHR", "МВД РФ") do not.
 */
const LOWER_LETTER = /\p{Ll}/u;
const NO_CAPS: ReadonlySet<number> = new Set();

function capsNames(tokens: Token[], lang: "en" | "ru"): Set<number> {
  const out = new Set<number>();
  const isCaps = (t: Token | undefined): boolean => !!t && t.word && t.text.length >= 3 && t.text === t.text.toUpperCase() && (lang === "ru" ? CYR : LAT).test(t.text) && !/\d/.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    if (!isCaps(tokens[i])) continue;
    let j = i;
    while (j < tokens.length && (isCaps(tokens[j]) || (tokens[j]?.cap && j > i)) && tokens[j]?.word) j++;
    const run = tokens.slice(i, j);
    const shaped = run.some((t) => t.text === t.text.toUpperCase() && (surnameShaped(t.lower, lang) || /(?:ovich|evich|ovna|evna|ович|евич|овна|евна)$/.test(t.lower)));
    if (run.length >= 2 && run.length <= 4 && shaped && run.some((t) => t.text !== t.text.toUpperCase() || t.text.length >= 4)) for (let k = i; k < j; k++) out.add(k);
    i = j;
  }
  return out;
}

// The helpers of findMentions live out here rather than as closures in its loop: under tsx (how `vigil` runs) every
// closure a call creates is also given its name, and those per-candidate closures cost the extractor ~10 %.
const gapAfter = (tokens: Token[], k: number): number => (tokens[k + 1]?.start ?? -9) - (tokens[k]?.end ?? 0);
/** A Russian name in an oblique case ("юристу Владимиру Лабковичу", "Игоря Казмерчака") is known by its nominative. */
const obliqueKnown = (lowers: string[]): boolean => lowers.some((l) => singleForms(l, "ru").some((f) => givenKnown(f) || surnameShaped(f, "ru")));
const verbAt = (tokens: Token[], k: number): boolean => tokens[k]?.cap === false && VICTIM_VERB_EN.test(tokens[k]?.lower ?? "");
const afterVerb = (tokens: Token[], k: number): boolean => verbAt(tokens, k) || (PASSIVE_ADVERB_EN.test(tokens[k]?.lower ?? "") && verbAt(tokens, k + 1));
const verbRu = (tokens: Token[], k: number): boolean => tokens[k]?.word === true && VICTIM_VERB_RU.test(tokens[k]?.lower ?? "");

// findMentions' helpers, at module level for the same reason as cueAt.
/** Is this single word (lower case, nominative candidates) a name of someone the document has named, not a relative? */
const known = (people: MentionOptions["people"], forms: string[]): boolean => people.some((e) => !e.relative && e.lower.some((w) => forms.includes(w)));
const inPlace = (places: readonly Span[], tok: Token): boolean => places.some((p) => tok.start >= p.start && tok.end <= p.end);

/** A run of three Russian capitalised words or more may be two names. */
function splitRun(tokens: Token[], i: number, j: number, lang: "en" | "ru"): [number, number][] {
  if (j - i < 3 || lang !== "ru") return [[i, j]];
  const words = tokens.slice(i, j).map((t) => t.lower);
  if (words.some((w) => NAME_PARTICLES.has(w) || INITIAL.test(w.toUpperCase())) || /(ович|евич|овна|евна|ична)/.test(words[1] ?? "")) return [[i, j]];
  // "Адвокат Абеновой Галия Омарова": a known surname in the genitive, then the lawyer's own name.
  return [[i, i + 1], [i + 1, j]];
}

export function findMentions(tokens: Token[], opts: MentionOptions): NameMention[] {
  const { lang } = opts;
  // Only a sentence that is not itself in capitals (a headline) can hold a name in capitals.
  const hasCaps = tokens.some((t) => t.cap && t.text.length >= 3 && !LOWER_LETTER.test(t.text));
  const caps = hasCaps && tokens.some((t) => t.word && LOWER_LETTER.test(t.text)) ? capsNames(tokens, lang) : NO_CAPS;
  const quoted = lang === "ru" ? insideQuotes(tokens) : [];
  // In a title-case headline a role word before a capitalised run ("Journalists Sentenced to … Jail Terms") is no cue.
  const headline = lang === "en" && titleCase(tokens);
  const runs: [number, number][] = [];
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i];
    // "A. Testova", "В. А. Тестов": initials before a name open it.
    let opening = i;
    // "А.Тестли": the press also glues an initial to the surname.
    while (tokens[opening] && INITIAL.test(tokens[opening]?.text ?? "") && (gapAfter(tokens, opening) === 1 || gapAfter(tokens, opening) === 0)) opening++;
    const startsName = opening > i && tokens[opening] !== undefined && nameLike(tokens[opening] as Token, lang, caps, opening) && !quoted[opening];
    // "Первоначально Рожкова обвинили", "Соратница X – Y получила": an adverb or a common noun capitalised because it
    // opens the sentence is no given name.
    const opener = lang === "ru" && !startsName && tok?.cap === true && tokens.slice(0, i).every((t) => !t.word) && !givenKnown(tok.lower) && opts.oracle?.commonOnly(tok.text) === true;
    if (!tok || opener || (!startsName && !nameLike(tok, lang, caps, i)) || quoted[i] || inPlace(opts.places, tok)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const nt = tokens[j];
      const prev = tokens[j - 1];
      if (!nt || !prev || POSSESSIVE.test(prev.text) || (nt.start !== prev.end + 1 && !(nt.start === prev.end && INITIAL.test(prev.text)))) break;
      if (NAME_PARTICLES.has(nt.lower)) {
        j++;
        break;
      }
      // "Testov D.", "Тестов В. А.": initials after the surname belong to the name; initials before a word open a
      // name of their own ("Журналистку А. Тестову"), except an English middle initial ("Aliya K. Testova").
      if (INITIAL.test(nt.text)) {
        let k = j;
        while (tokens[k] && INITIAL.test(tokens[k]?.text ?? "")) k++;
        const then = tokens[k];
        const middle = lang === "en" && j - i === 1 && givenKnown(tokens[i]?.lower ?? "");
        const wordBefore = tokens.slice(i, j).some((t) => !INITIAL.test(t.text));
        if (wordBefore && then && then.start === (tokens[k - 1]?.end ?? 0) + 1 && nameLike(then, lang, caps, k) && !middle) break;
        j++;
        continue;
      }
      // "Toktogul uulu": a patronymic before uulu/kyzy may also be a town's name.
      if (!nameLike(nt, lang, caps, j) || quoted[j] || (inPlace(opts.places, nt) && !NAME_PARTICLES.has(tokens[j + 1]?.lower ?? ""))) break;
      j++;
    }
    // "Свидетелей Иеговы", "Хранители Радуги": a plural common noun and the capitalised genitive it governs name a
    // group; whoever follows them in the same run ("представители Свидетелей Иеговы Тимур Тестов") is a person.
    // Not a role noun before a given name ("Активисты Тимур Тестов …"), whatever the capital says.
    if (lang === "ru" && j - i >= 2 && GROUP_HEAD_RU.test(tokens[i]?.lower ?? "") && roleOf(tokens[i]?.lower ?? "") === null &&
      !singleForms(tokens[i]?.text ?? "", lang).some(givenKnown) && !singleForms(tokens[i + 1]?.text ?? "", lang).some(givenKnown)) {
      if (j - i > 2) runs.push([i + 2, j]);
    } else runs.push([i, j]);
    i = j;
  }

  const out: NameMention[] = [];

  let lastIntroduced = -1;
  // The end of the last surname accepted alone, so that the one after "and" joins it ("Alinevich and Ramanau").
  let lastAlone = -1;
  for (const [ri, rj] of runs.flatMap(([a, b]) => splitRun(tokens, a, b, lang))) {
    let i = ri;
    let j = rj;
    // "Абилова Игбала Шахин оглу": an Azerbaijani or Uzbek name written surname first keeps all three words.
    if (j - i > 3 && !(j - i === 4 && NAME_PARTICLES.has(tokens[j - 1]?.lower ?? ""))) {
      const g = tokens.slice(i, j).findIndex((t) => givenKnown(t.lower));
      if (g >= 0) i += g;
      j = Math.min(j, i + 3 + (NAME_PARTICLES.has(tokens[i + 3]?.lower ?? "") ? 1 : 0));
    }
    const toks = tokens.slice(i, j);
    const first = toks[0];
    const lastTok = toks[toks.length - 1];
    if (!first || !lastTok) continue;
    const surfaces = toks.map((t) => (lang === "ru" ? fixScript(t.text) : t.text.replace(POSSESSIVE, ""))).map((w) => (opts.kazakh ? kazakhNominative(w) : w));
    const lowers = surfaces.map((s) => s.toLowerCase());
    const possessive = POSSESSIVE.test(lastTok.text);
    const next = tokens[j];
    const prev = tokens[i - 1];
    const c = cues(tokens, i, j, lang);
    // A patronymic particle ("Toktogul uulu", "Асанбек кызы") marks a name whatever the words before it.
    const opensLine = opts.listLine === true && toks.length >= 2 && tokens.slice(0, i).every((t) => !t.word);
    // "…, Rovshan Asvarov, Shakar Shukur, and Matanat Turan": two or three capitalised words listed right after a
    // name (past a note in brackets) are a name too, when the list goes on or ends after them.
    let sep = prev?.text === "," ? i - 1 : prev?.lower === "and" || prev?.lower === "и" ? (tokens[i - 2]?.text === "," ? i - 2 : i - 1) : -1;
    if (sep > 0 && tokens[sep - 1]?.text === ")") {
      const open = tokens.slice(Math.max(0, sep - 8), sep - 1).map((t) => t.text).lastIndexOf("(");
      if (open >= 0) sep = Math.max(0, sep - 8) + open;
    }
    // So in Russian, two words between commas in the middle of a list ("…, Лука X, Джано Арчая, Валери Y, …").
    const listed = toks.length >= 2 && toks.length <= 3 && sep > 0 && out.at(-1)?.last === sep && !out.at(-1)?.possessor &&
      (lang === "en" ? !next || /^(?:,|and|\.|;|\(|\))$/.test(next.lower) : toks.length === 2 && /^(?:,|и)$/.test(next?.lower ?? ""));
    // "Hovsep Khurshudian", "Lara Testebia": an ending that only closes a name, after a capitalised word that is no
    // compass point ("South Ossetia") and no place.
    const closing = lang === "en" && toks.length >= 2 && toks.length <= 3 && (lowers.at(-1) ?? "").length > 4 && CLOSING_SURNAME_EN.test(lowers.at(-1) ?? "") &&
      !NOT_CLOSING_EN.test(lowers.at(-1) ?? "") && !COMPASS_EN.test(lowers[0] ?? "");
    // In lower case: a title-case headline ("Police Detained …") capitalises its verbs.
    // "protesters in South Ossetia were detained", "activists from North Testland": a run after a preposition of place,
    // or of a place's shape (a compass word first, a country's ending last), is where, not who.
    const placeShaped = lang === "en" && (COMPASS_EN.test(lowers[0] ?? "") || NOT_CLOSING_EN.test(lowers.at(-1) ?? "") || /(?:stan|land)$/.test(lowers.at(-1) ?? "") ||
      /^(?:in|from|near|at|across|outside|around|throughout)$/.test(prev?.lower ?? ""));
    if (placeShaped && toks.length >= 2 && !lowers.some(givenKnown) && !lowers.some((l) => surnameShaped(l, lang))) continue;
    const placed = lang === "en" && toks.length >= 2 && toks.length <= 3 && !possessiveRun(toks) && !placeShaped &&
      ((verbAt(tokens, i - 1) && !modifies(next)) || (next?.text === "was" || next?.text === "were") && afterVerb(tokens, j + 1) ||
        // "Anton Lymark, 26, was …": an age in commas after a name.
        (next?.text === "," && /^\d{2}$/.test(tokens[j + 1]?.text ?? "") && /^[,)]$/.test(tokens[j + 2]?.text ?? "")));
    // Not a headline's capitalised noun and its town ("Жителя Выборга приговорили …").
    const placedRu = lang === "ru" && toks.length >= 2 && toks.length <= 3 && !quoted[i] && !PERSON_NOUN_RU.test(lowers[0] ?? "") && roleOf(lowers[0] ?? "") === null &&
      (verbRu(tokens, i - 1) || verbRu(tokens, j) || (/^был[аио]?$/.test(next?.lower ?? "") && verbRu(tokens, j + 1)));
    // "Seitkazy and Asset Testayevs": the second of a pair sharing a family's plural surname.
    const familyPair = lang === "en" && toks.length === 2 && prev?.lower === "and" && FAMILY_EN.test(surfaces[1] ?? "");
    let strong = listed || opensLine || closing || placed || placedRu || familyPair || lowers.some(givenKnown) || lowers.some((l) => surnameShaped(l, lang) || NAME_PARTICLES.has(l)) || (!headline && (c.role !== null || c.official || c.commentator)) || (lang === "ru" && toks.length >= 2 && obliqueKnown(lowers));
    if (next && ORG_AFTER.test(next.lower) && !possessive) continue;
    // "в Бакинском Апелляционном суде": capitalised adjectives naming a court or an office.
    if (lang === "ru" && next && /^(суд|апелляционн|районн|городск|областн|отдел|управлени|департамент)/.test(next.lower) && /(?:ом|ый|ий|ой|ая|ого|ому|ым)$/.test(lowers.at(-1) ?? "")) continue;
    // "из Ленинградской области", "Kozlovsky district": an adjective naming a region, not a person.
    if (next && /^(област|район|кра[йяюе]|округ|oblast|region|province|district)/.test(next.lower) && !possessive) continue;
    // "суд района Исмоили Сомони", "на улице Абая", "in the Ismoili Somoni district": a place named after someone.
    if (prev && /^(?:района|районе|район|улиц[аеуы]|проспект[аеу]?|площад[иь]|бульвар[аеу]?|переулк[аеу]|микрорайон[аеу]?|street|avenue|square)$/.test(prev.lower)) continue;
    // "директора издания Ульви Гасанлы": a given name and a surname after the outlet noun are its staff, not its title.
    const staffOf = lang === "ru" && (roleOf(tokens[i - 2]?.lower ?? "") !== null || OFFICIAL_CUE.test(tokens[i - 2]?.lower ?? ""));
    // "leader of Turan party Y": the party already has its name, so what follows is a person.
    // "член правления этой партии Y": a party already named ("этой", "той же") leaves what follows to a person.
    const named = lang === "en" ? tokens[i - 2]?.cap === true : /^(?:этой|этого|той|того|данной|данного|же)$/.test(tokens[i - 2]?.lower ?? "");
    // In Russian an outlet's own name is quoted or Latin, so a known given name in any case ("портала Игоря X") is a person.
    const givenRu = lang === "ru" && (lowers[0] ?? "").length > 2 && singleForms(lowers[0] ?? "", lang).some(givenKnown);
    if (prev && ORG_BEFORE.test(prev.lower) && !(toks.length >= 2 && ((lowers.some(givenKnown) || staffOf || named) && lowers.some((l) => surnameShaped(l, lang)) || givenRu))) continue;
    // "editor-in-chief of Uralskaya Nedelya", "director of Nasha Niva": what a role belongs to is an outlet.
    if (lang === "en" && prev?.lower === "of" && /^(editor|editor-in-chief|founder|co-founder|owner|director|head|chief|staff|employees?|members?|reporters?|correspondents?|journalists?|editors?)$/.test(tokens[i - 2]?.lower ?? "")) continue;
    // "Askar and Nurlan Beisenov", "Асет и Марат Тестовы": a lone given name shares the surname that follows.
    const pairWord = tokens[j]?.lower;
    // An inflected given name ("Асета и Марата Тестовых") counts when one of its nominatives is known.
    // "Seitkazy and Asset Testayevs": a family's plural surname after the pair says the lone word is a given name.
    const nextRun = toks.length === 1 && lang === "en" && pairWord === "and" ? runs.find(([a2]) => a2 === j + 1) : undefined;
    const family = nextRun !== undefined && nextRun[1] - nextRun[0] >= 2 && FAMILY_EN.test(tokens[nextRun[1] - 1]?.text ?? "");
    const lonelyGiven = toks.length === 1 && (pairWord === "and" || pairWord === "и") && (family || givenKnown(lowers[0] ?? "") || (lang === "ru" && (singleForms(lowers[0] ?? "", lang).some(givenKnown) || (opts.oracle?.(surfaces[0] ?? "").length ?? 0) > 0)));
    const partner = lonelyGiven ? runs.find(([a2]) => a2 === j + 1) : undefined;
    if (partner && partner[1] - partner[0] >= 2) {
      const sur = tokens[partner[1] - 1];
      if (sur && !givenKnown(sur.lower)) {
        surfaces.push(sur.text);
        lowers.push(surfaces[surfaces.length - 1]?.toLowerCase() ?? "");
        strong = true;
      }
    }
    let fullSurname: string | null = null;
    if (toks.length === 1 && surfaces.length === 1) {
      const forms = singleForms(surfaces[0] ?? "", lang);
      // "его сына Ерназара", "her son, Arman": a kinship word introduces a given name the lexicon may not have.
      const afterKin = prev !== undefined && i > 1 && /^(brother|sister|son|daughter|wife|husband|брат\p{L}*|сестр\p{L}*|сын\p{L}*|доч\p{L}*|жен\p{L}*|муж\p{L}*)$/u.test((prev.text === "," ? tokens[i - 2] : prev)?.lower ?? "");
      // "two employees, whom he identified as Maksat and Jumabek": given names the text gives as all it knows.
      const introduced = lang === "en" && givenKnown(lowers[0] ?? "") && ((prev?.lower === "as" && /^(identified|named|only)$/.test(tokens[i - 2]?.lower ?? "")) || (prev?.lower === "named" && /^[a-z]+$/.test(tokens[i - 2]?.text ?? "")) || (prev?.lower === "and" && lastIntroduced === i - 2));
      if (introduced) lastIntroduced = i;
      // "Ramanau received a 19-year term", "Alinevich and Testovich were sentenced": an English surname alone as the
      // subject of a verb, when its shape is a surname's and nothing before it is a preposition (a town would be).
      const nextLower = tokens[j]?.lower ?? "";
      const subjectAlone = lang === "en" && surnameShaped(lowers[0] ?? "", lang) && !/^(?:in|at|from|near|to|of|into|outside|around)$/.test(prev?.lower ?? "") &&
        (/^(?:was|were|is|are|has|had|received|got|remains|remained)$/.test(nextLower) || (nextLower === "and" && tokens[j + 1]?.cap === true && surnameShaped(tokens[j + 1]?.lower ?? "", lang)) || (prev?.lower === "and" && lastAlone === i - 2));
      if (subjectAlone) lastAlone = i;
      // "На экс-адвоката Тестова завели дело" over "… Ильи Тестова": a headline's lone surname (any case) whose full
      // name the text gives later is that person; the full name's surname is its nominative.
      // Not an outlet or a project named after someone ("(Testov Media)", "Temirov Live").
      if (!known(opts.people, forms) && !ARTICLES.has(prev?.lower ?? "") && prev?.text !== "(" && !tokens[j]?.cap) fullSurname = forms.map((f) => opts.surnames?.get(f)).find((x) => x !== undefined) ?? null;
      if (!known(opts.people, forms) && !(c.role && surnameShaped(lowers[0] ?? "", lang)) && !afterKin && !introduced && !subjectAlone && !fullSurname) continue;
      // "лауреата Нобелевской премии", "Первомайского райсуда": an adjective before its noun, not a surname alone.
      const after = tokens[j];
      if (lang === "ru" && !known(opts.people, forms) && /ск(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их)$/.test(lowers[0] ?? "") && after && after.word && !after.cap && after.text.length >= 4 && !/(?:л|ла|ли|ло|ет|ют|ит|ат|ят|ся|сь)$/.test(after.lower)) continue;
    } else {
      if (!strong) continue;
      if (prev && ARTICLES.has(prev.lower) && !c.role && !c.official) continue;
    }
    const end = possessive ? lastTok.end - 2 : lastTok.end;
    let nom: { words: string[]; gender: Gender | null; case: Case | null } = { words: surfaces, gender: null, case: null };
    if (lang === "ru") {
      // The word before asks for a case; failing that, a verb a few words back ("задержали в Бишкеке Эрмека …").
      // A place before the name ("задержали в Бишкеке Эрмека …") governs nothing about it.
      const before = tokens[i - 1];
      let prefer = before && inPlace(opts.places, before) ? [] : casesFromContext(before?.lower);
      // "Александра X — за пикет с плакатом …": a sentence that is only a name and what it was for, after a report
      // of people held, is the object of that report's verb.
      if (i === 0 && /^[—–-]$/.test(tokens[j]?.text ?? "") && tokens[j + 1]?.lower === "за") prefer = ["acc"];
      // "об аресте «лидеров группировок» Толиба Аёмбекова": a quoted phrase stands between the name and its governor.
      if (before?.text === "»") {
        const open = tokens.slice(0, i - 1).map((t) => t.text).lastIndexOf("«");
        // Not an outlet's noun ("администратору Telegram-канала «Х» Y"): the role noun before it sets the case below.
        const governor = tokens[open - 1]?.lower ?? "";
        if (open > 0 && !MEDIA_WORD.test(governor.split("-").at(-1) ?? "")) prefer = casesFromContext(governor);
      }
      // "операторам издания «Клооп» X": the role noun is looked for before the quoted name as well.
      const quoteOpen = before?.text === "»" ? tokens.slice(0, i - 1).map((t) => t.text).lastIndexOf("«") : -1;
      const from = quoteOpen > 0 ? quoteOpen + 1 : i;
      for (let k = from - 2; prefer.length === 0 && k >= Math.max(0, from - 6); k--) {
        const tk = tokens[k];
        if (!tk || CLAUSE_STOP.has(tk.text) || tk.text === ",") break;
        const c = casesFromContext(tk.lower);
        if (c.length === 1 && (c[0] === "acc" || c[0] === "dat") && /(ли|л|ла)$/.test(tk.lower)) prefer = c;
        // "корреспондента Toplum TV Фарида Исмайлова", "менеджера по социальным сетям Эльмира Аббасова": the role
        // noun a few words back, past the outlet or its complement, sets the case.
        else if (roleOf(tk.lower) !== null || /^(менеджер|сотрудни|видеоредактор|видеооператор|директор|заместител|основател|соучредител|учредител|руководител|председател|член|граждан)/.test(tk.lower)) prefer = c;
      }
      // Nothing before it: what follows tells a subject. "Халида Тестова, вдова …", "Рашида Тестова сообщила …" is a
      // woman in the nominative, not a man in the genitive; "Рашида Тестова задержали" the object.
      const then = tokens[j];
      if (prefer.length === 0 && then?.word && !then.cap) {
        if (/^(?:был|стал)$|(?<!^(?:де|се|те))ла$|лась$|[аея]на$/.test(then.lower)) prefer = ["nom"];
        else if (/ли$/.test(then.lower) && (casesFromContext(then.lower)[0] === "acc" || casesFromContext(then.lower)[0] === "dat")) prefer = casesFromContext(then.lower);
      } else if (prefer.length === 0 && then?.text === "," && /^(?:вдова|жена|мать|дочь|сестра|супруга)$|(?:ица|стка|нтка|рша|иня)$/.test(tokens[j + 1]?.lower ?? "")) prefer = ["nom"];
      // "убили двух лидеров — Хурсанда Мозорова и …" against "допрошены двое сотрудников — Сымбат Баймурзаева": after a
      // dash the names take the case of the counted group before it.
      if (before && /^[—–]$/.test(before.text)) {
        for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
          const w = tokens[k]?.lower ?? "";
          if (CLAUSE_STOP.has(tokens[k]?.text ?? "")) break;
          if (/^(?:двух|трех|трёх|четырех|четырёх|пятерых|нескольких|обоих|троих|двоих)$/.test(w)) prefer = ["gen", "acc"];
          else if (/^(?:двое|трое|четверо|пятеро|несколько|оба|обе)$/.test(w)) prefer = ["nom"];
          else continue;
          break;
        }
      }
      // "убили двух лидеров — Хурсанда X и Зоира Y", "арестовал сотрудников: директора …": past the dash or colon.
      if (prefer.length === 0 && /^[—–:]$/.test(before?.text ?? "")) {
        for (let k = i - 2; prefer.length === 0 && k >= Math.max(0, i - 4); k--) {
          const tk = tokens[k];
          if (!tk || CLAUSE_STOP.has(tk.text)) break;
          const c = casesFromContext(tk.lower);
          if (/(ов|ев|ей|их|ых)$/.test(tk.lower) || (c.length === 1 && c[0] === "acc")) prefer = c.length ? c : ["gen", "acc"];
        }
      }
      // "… Хурсанда X и Зоира Y": the next name in a list takes the case the first one was read in.
      // A name the endings could not place ("Энеджана Салыхову") does not break the chain: the case comes from the
      // nearest earlier name of the same list that had one.
      // In the middle of a list a nominative cannot follow an oblique name ("задержали A, B, Камила Абулова" is
      // Камил Абулов): a name read so, or not read at all, is read again in the list's case.
      let strict = false;
      if (/^(,|и)$/.test(before?.text ?? "")) {
        let next = i;
        for (let k = out.length - 1; k >= 0; k--) {
          const m = out[k];
          if (!m || m.last !== next - 1 || !/^(,|и)$/.test(tokens[m.last]?.text ?? "")) break;
          if (m.case) {
            if (m.case !== "nom" && (prefer.length === 0 || prefer.includes(m.case))) {
              prefer = [m.case];
              strict = true;
            }
            break;
          }
          next = m.first;
        }
      }
      // "супругам Александру и Александре Буровым", "братьев Асета и Марата Тестовых": a surname in the plural; its
      // ending gives the case, the given name the gender.
      // "с Тимуром Тестовым" is one man in the instrumental, not a family in the dative.
      const plural = surfaces.length === 2 && !/(ом|ем|ём)$/i.test(surfaces[0] ?? "") ? /^(.+(?:ов|ев|ёв|ин|ын))(ы|ых|ым|ыми)$/i.exec(surfaces[1] ?? "") : null;
      // "супругов Олега и Татьяну Бирулей", "Татьяне и Олегу Бирулям": a surname in "-я" in the plural, only beside a
      // second given name ("-ей" is also a man's given name and some surnames' own ending).
      const pairSide = partner !== undefined || (tokens[i - 1]?.lower === "и" && tokens[i - 2]?.cap === true);
      const soft = !plural && pairSide && surfaces.length === 2 ? /^(.{3,}[лн])(ей|ям|ями)$/i.exec(surfaces[1] ?? "") : null;
      if (soft) {
        const sc: Record<string, Case[]> = { ей: ["gen", "acc"], ям: ["dat"], ями: ["ins"] };
        const given = nominativeName([surfaces[0] ?? ""], sc[(soft[2] ?? "").toLowerCase()] ?? prefer, opts.oracle);
        nom = { words: [given.words[0] ?? "", `${soft[1]}я`], gender: given.gender, case: given.case };
      } else if (plural) {
        const pc: Record<string, Case[]> = { ы: ["nom"], ых: ["gen", "acc", "loc"], ым: ["dat"], ыми: ["ins"] };
        const given = nominativeName([surfaces[0] ?? ""], pc[(plural[2] ?? "").toLowerCase()] ?? prefer, opts.oracle);
        nom = { words: [given.words[0] ?? "", `${plural[1]}${given.gender === "f" ? "а" : ""}`], gender: given.gender, case: given.case };
      } else {
        nom = nominativeName(surfaces, prefer, opts.oracle);
        if (strict && (nom.case === null || nom.case === "nom")) nom = nominativeName(surfaces, prefer, opts.oracle, true);
      }
    } else {
      const g = lowers.find(givenKnown);
      // No known given name: a Slavic or Turkic surname or patronymic says it ("Erkebaeva", "Bolot kyzy", "Testov").
      const last = lowers.at(-1) ?? "";
      const bySurname = /(?:ova|eva|yova|ina|yna|skaya|tskaya|kyzy|qizi|gizi|kizi)$/.test(last) ? "f" : /(?:ov|ev|yov|in|yn|sky|ski|tsky|uulu|ogly|oglu|ovich|evich)$/.test(last) && lowers.length >= 2 ? "m" : null;
      nom.gender = g ? (MALE_GIVEN.has(g) ? "m" : "f") : bySurname;
      // "Seitkazy and Asset Testayevs", "Asset and Seitkazy Testayevs": two given names share a family's plural
      // surname; each person has it in the singular.
      const pairEn = partner !== undefined || (prev?.lower === "and" && tokens[i - 2]?.cap === true && !tokens[i - 3]?.cap);
      const plural = FAMILY_EN.exec(nom.words.at(-1) ?? "");
      const stem = plural?.[1] ?? "";
      if (pairEn && plural && nom.words.length >= 2) nom.words = [...nom.words.slice(0, -1), nom.gender === "f" && /(?:ov|ev|in|yn)$/.test(stem) ? `${stem}a` : stem];
    }
    if (fullSurname) nom.words = [fullSurname];
    const mention: NameMention = {
      first: i, last: j, start: first.start, end, words: nom.words, gender: nom.gender, case: nom.case,
      role: c.role, official: c.official, commentator: c.commentator, possessor: possessive, relative: false,
      kin: /^(brother|sister|son|daughter|wife|husband|mother|father|cousin|relative|брат|сестр|сын|доч|жен|муж|мать|матер|отец|отц|родственни)/.test((prev?.text === "," ? tokens[i - 2] : prev)?.lower ?? ""),
    };
    // "the brother of X" / "брата X-а": the relative is the person.
    // "X, father of Y, was detained": an appositive that tells whose father X is; X is the person, Y only qualifies.
    const appositive = lang === "en" && prev?.lower === "of" && tokens[i - 3]?.text === "," && out.at(-1)?.last === i - 3;
    if (appositive && RELATIVE_WORD.test(tokens[i - 2]?.lower ?? "")) mention.possessor = true;
    else if (lang === "en" && prev?.lower === "of" && RELATIVE_WORD.test(tokens[i - 2]?.lower ?? "") && !/^(friend|colleague|client)/.test(tokens[i - 2]?.lower ?? "")) {
      const kinIdx = i - 2;
      const det = tokens[kinIdx - 1];
      const startIdx = det && /^(the|a|his|her|their)$/.test(det.lower) ? kinIdx - 1 : kinIdx;
      const startTok = tokens[startIdx];
      if (startTok) {
        out.push({ ...mention, possessor: true });
        out.push({ ...mention, first: startIdx, start: startTok.start, words: [tokens.slice(startIdx, i).map((t) => t.lower).join(" "), ...nom.words], relative: true, possessor: false, role: null, official: false, commentator: false });
        continue;
      }
    }
    // "брата Данияра Касымова" (the brother of someone already named) against "коллегу Асета Нурланова" (the
    // colleague, named): masculine genitive and accusative coincide, so a new name is taken as the relative's own.
    const knownName = nom.words.every((w) => known(opts.people, [w.toLowerCase()]));
    // "и ее бывшего мужа Холбаша X": after a possessive the kin word is X's own title, not X's relation.
    const ownKin = lang === "ru" && tokens.slice(Math.max(0, i - 4), i - 1).some((t) => /^(ее|её|его|их|своего|своей|своих|свою)$/.test(t.lower));
    if (lang === "ru" && prev && RELATIVE_WORD.test(prev.lower) && nom.case === "gen" && knownName && !ownKin) {
      if (/^(брат|сестр|сын|доч|жен|муж|мат|отц|отец|племянни|родственни|дяд|тёт|тет)/.test(prev.lower)) {
        out.push({ ...mention, possessor: true });
        out.push({ ...mention, first: i - 1, start: prev.start, words: [nominativeKin(prev.text).toLowerCase(), ...surfaces], relative: true, possessor: false, role: null, official: false, commentator: false });
        continue;
      }
      mention.possessor = true;
    }
    // "вызвали мать активиста X": a kin word before X's own role noun is X's relative, whoever X is (not in an
    // apposition, "Y – мать журналиста X", where the relative has a name of her own).
    const kinTok = tokens[i - 2];
    if (lang === "ru" && prev && kinTok && !/^[—–,(-]$/.test(tokens[i - 3]?.text ?? "") && roleOf(prev.lower) !== null && /^(?:брат|брата|сестра|сестру|сын|сына|дочь|жена|жену|муж|мужа|мать|отец|отца)$/.test(kinTok.lower) && nom.case === "gen" && !ownKin) {
      out.push({ ...mention, possessor: true });
      out.push({ ...mention, first: i - 2, start: kinTok.start, words: [nominativeKin(kinTok.text).toLowerCase(), ...surfaces], relative: true, possessor: false, role: null, official: false, commentator: false });
      continue;
    }
    if (lang === "ru" && prev && /^(адвокат|защитни|юрист|семь|родн|близки)/.test(prev.lower) && nom.case === "gen" && knownName) mention.possessor = true;
    // "X, known on social media as Y", "X (pseudonym Y)", "Х, известный под псевдонимом Y": Y is X, not someone else.
    if (isAlias(tokens, i)) continue;
    out.push(mention);
  }
  if (lang === "ru" && out.length >= 3) relistCase(out, tokens, opts);
  return out;
}

/**
 * "«Нурлана X, Жаната Y и Айдара Z признать виновными»": the names of one list share a case, and a name read as a
 * nominative before names read in an oblique case (the chain above only runs forwards) is read again in theirs.
 */
function relistCase(out: NameMention[], tokens: Token[], opts: MentionOptions): void {
  for (let a = 0; a < out.length; ) {
    let b = a;
    while (b + 1 < out.length && out[b + 1]?.first === (out[b]?.last ?? 0) + 1 && /^(,|и)$/.test(tokens[out[b]?.last ?? 0]?.text ?? "")) b++;
    const list = out.slice(a, b + 1);
    a = b + 1;
    if (list.length < 3 || list.some((m) => m.relative || m.possessor)) continue;
    const oblique = list.filter((m) => m.case !== null && m.case !== "nom");
    const c = oblique[0]?.case;
    if (!c || oblique.some((m) => m.case !== c) || oblique.length === list.length) continue;
    for (const m of list) {
      if (m.case !== "nom" && m.case !== null) continue;
      const surfaces = tokens.slice(m.first, m.last).map((t) => fixScript(t.text)).map((w) => (opts.kazakh ? kazakhNominative(w) : w));
      if (surfaces.length !== m.words.length) continue;
      const again = nominativeName(surfaces, [c], opts.oracle, true);
      if (again.case !== c) continue;
      m.words = again.words;
      m.gender = again.gender;
      m.case = again.case;
    }
  }
}

const ALIAS_CUE = /^(?:aka|a\.k\.a\.?|alias|pseudonym|nicknamed|nickname|псевдоним\p{L}*|прозвищ\p{L}*)$/u;

function isAlias(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? "";
  if (ALIAS_CUE.test(prev)) return true;
  if (prev !== "as" && prev !== "как") return false;
  // "known as", "known on social media as", "better known as", "известный в соцсетях как".
  for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
    const w = tokens[k]?.lower ?? "";
    if (/^(?:known|известн\p{L}*|writes|пишет|blogs|posts|goes)$/u.test(w)) return true;
    if (/^[.,;:!?()—–]$/.test(w)) return false;
  }
  return false;
}
