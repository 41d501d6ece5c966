/**
 * Text → incidents and statistics. Per sentence: find names, places, dates and trigger words; attach each trigger
 * to its victim by the shape of the clause (passive subject, active object, participle, pronoun, coordination);
 * then merge what the document says about the same person and the same kind of incident.
 */
import type { DatePrecision } from "../core/dates.js";
import type { IncidentType, PersonRole } from "../contract/vocab.js";
import { findDates, resolveDates, scanDates, type DateMention } from "./dates.js";
import { onlyDayTerms, readLegal } from "./legal.js";
import { PERPETRATORS, RELATIVE_WORD, roleOf } from "./lexicon.js";
import { findMentions, singleForms, type NameMention } from "./names.js";
import { findPlaces, type PlaceSpan } from "./places.js";
import type { NameOracle } from "./ru-names.js";
import type { ExtractLang, ExtractedIncident, ExtractedStatistic, Extraction } from "../contract/extraction.js";
import { KK_TRIGGERS } from "./kk.js";
import { findStatistics } from "./statistics.js";
import { splitSentences, type Sentence, type Token } from "./text.js";
import { EN_TRIGGERS, RU_TRIGGERS, refineType, type TriggerDef } from "./triggers.js";

export interface ExtractInput {
  text: string;
  lang?: ExtractLang;
  published?: string | null;
  title?: string | null;
}

interface Entity {
  id: number;
  words: string[];
  lower: string[];
  gender: "m" | "f" | null;
  role: PersonRole | null;
  official: boolean;
  relative: boolean;
  last: number;
}

interface Mention extends NameMention {
  entity: Entity;
  speaker: boolean;
  /** Named as the source of what the sentence reports ("по словам жены X, Y, …"): never its victim, kin or not. */
  source: boolean;
}

interface Trigger {
  def: TriggerDef;
  start: number;
  end: number;
  first: number;
  last: number;
}

interface Victims {
  entities: Entity[];
  confidence: number;
  /** "…был задержан X, а 8 марта — Y и Z": the names after the dash, and where the gapped clause's date may stand. */
  gapped?: { entities: Entity[]; start: number; end: number };
}

const AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting"]);
const ADVERBS = new Set([
  "also", "later", "then", "reportedly", "allegedly", "subsequently", "briefly", "first", "again", "finally", "eventually",
  "already", "still", "recently", "initially", "previously", "immediately", "both", "all", "each", "themselves", "had",
  "has", "have", "once", "twice", "repeatedly", "forcibly", "illegally", "violently", "severely", "badly", "officially",
  "brutally", "arbitrarily", "unlawfully", "wrongfully", "secretly", "temporarily", "formally", "abruptly", "quietly",
  "now", "just", "since",
]);
const PRON_SG_EN: Record<string, "m" | "f"> = { he: "m", him: "m", his: "m", himself: "m", she: "f", her: "f", herself: "f" };
const PRON_PL_EN = new Set(["they", "them", "their", "both", "themselves"]);
const PRON_SG_RU: Record<string, "m" | "f"> = { он: "m", его: "m", ему: "m", него: "m", нему: "m", им: "m", нём: "m", она: "f", её: "f", ее: "f", ей: "f", неё: "f", нее: "f", ней: "f" };
const PRON_PL_RU = new Set(["они", "их", "них", "обоих", "оба", "обе", "всех", "троих", "двоих", "им", "ними"]);
const POSSESSED_RU = /^(квартир|дом|телефон|ноутбук|камер|сын|доч|жен|муж|брат|сестр|мать|отц|подзащитн|коллег|адвокат|семь|родн|офис|машин|автомобил|блокнот|компьютер|мобильн|сосед|друг|соратни)/;
const KIN_EN = /^(brother|sister|son|daughter|wife|husband|mother|father|cousin|neighbou?r|friend|colleague|relatives?|family|lawyer|parents?)$/;
const ANAPHOR_EN = /^(journalist|reporter|correspondent|activist|blogger|musician|pianist|student|client|detainee|photographer|cameraman|editor|poet|defender|lawyer|man|woman|teacher|pensioner|worker|trader|singer|writer|artist|politician)$/;
const ANAPHOR_RU = /^(мужчин[аеуы]|женщин[аеуы]|пенсионер|пенсионерк|журналист|журналистк|журналистку|журналистки|журналиста|активист|активиста|активистку|блогер|блогера|музыкант|музыканта|студент|студента|подзащитн|задержанн|осу[её]жденн|супруг|обвиняем|подсудим|фотограф|оператор|редактор|поэт|поэта|правозащитниц)/;
const EN_OBJECT_STOP = /^(who|which|that|said|says|told|after|before|because|while|when|where|and|but|although|though)$/;
const RU_CLAUSE_WORDS = /^(что|кто|который|которая|которые|которого|которому|которой|которым|которых|котором|когда|где|хотя|но|а|поскольку|чтобы)$/;
// A hyphen standing alone between spaces is a dash ("Five others - X, Y and Z - are charged").
const CLAUSE_PUNCT = new Set([";", ":", "—", "–", "-", "(", ")"]);
// "X, who, along with Y and Z, is accused": the relative pronoun opens a clause whose subject the list shares.
const GROUP_GAP_EN = /^(?:\s*,\s*(?:(?:a|an|the)\s+[a-z -]{1,60}|\d{1,3}),)?(?:\s*,\s*who(?=\s*,\s*(?:along|together) with\b))?(?:\s*(?:,|and|as well as|&|along with|together with)\s*)+((?:(?:the|his|her|their|a|an)\s+)?(?:[a-z'’-]+,?\s+){0,3})$/;
// An outlet's Latin name may stand in a title ("журналистки RusNews Y", "администратора Telegram-канала Y").
const GROUP_GAP_RU = /^(?:\s*(?:,|и|а также)\s*)+((?:[а-яёa-z0-9.-]+,?\s+){0,5})$/;
// Words allowed between listed names: roles, kin and possessives ("and cameraman", ", её сына"), nothing that
// starts a new clause (", защищающая задержанного поэта").
const GAP_WORD = /^(the|his|her|their|a|an|its|её|ее|его|их|также|retired|former|young|local|independent|freelance|opposition|civic|fellow|elder|younger|chief|deputy|senior|general|executive|managing|acting|staff|video|news|investigative|главн\p{L}*|шеф-редактор\p{L}*|генеральн\p{L}*|исполнительн\p{L}*|выпускающ\p{L}*|старш\p{L}*|младш\p{L}*|бывш\p{L}*|сво(?:й|его|ему|им|ей|ю|их|ими)|знаком\p{L}*|супруг\p{L}*|товарищ\p{L}*)$/u;
const AGENT_NOUN = /^[\p{L}-]{3,}(?:er|or|ist|man|woman|ant|ent|тель|ист|ник|щик|чик)$/u;
// The same in any Russian case ("видеоредактора", "менеджера по социальным сетям"): the role's complement may be longer.
// Offices in an organisation ("и член правления Y", "учредитель Toplum TV Y") list their holders like roles.
const RU_OFFICE = /^(?:член|председател|учредител|соучредител|основател|сотрудни|заместител|руководител|директор|менеджер)\p{L}*$/u;
const AGENT_NOUN_RU = /^[а-яё-]{3,}(?:тел|ист|ник|щик|чик|ер|ор|ант|ент)(?:ь|я|ю|ем|е|и|ей|а|у|ом|ы|ов|ам|ами|ах)?$/;
// A role may carry its own complement ("и водитель съёмочной группы Y", "and head of security Y"): up to two words.
// Russian posts and trades that head an appositive in a list ("экс-судья … Y, экс-член ЦИК Z", "акына Y").
const RU_POST = /^(?:депутат|судь|член|лидер|кандидат|политик|акын|поэт|певиц|певец|художни|писател|предпринимател|бизнесмен|пенсионер|студент|врач|учител|министр|глав|председател|директор|руководител|сотрудни|заместител|основател|соучредител|учредител|менеджер|админ|модератор|автор)\p{L}*$/u;
const gapOk = (words: string): boolean => {
  let complement = 0;
  // "экс-депутат", "вице-председатель": the post without its prefix.
  const ws = words.replace(/,/g, " ").trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/^(?:экс|вице)-/, ""));
  const isRole = (w: string): boolean => roleOf(w) !== null || AGENT_NOUN_RU.test(w) || RU_OFFICE.test(w) || (/^[a-z-]+$/.test(w) && AGENT_NOUN.test(w));
  for (const [i, w] of ws.entries()) {
    if (roleOf(w) !== null || AGENT_NOUN_RU.test(w) || RU_OFFICE.test(w) || RU_POST.test(w)) complement = /[а-яё]/.test(w) ? 3 : 2;
    // "and social media editors Y": up to two English modifiers before the role they qualify.
    else if (/^[a-z-]+$/.test(w) && ws.slice(i + 1, i + 3).some(isRole) && !/^(who|which|that|was|were|is|are|said|and|but)$/.test(w)) continue;
    // "и московского фотографа Y", "орловского журналиста Y": an adjective before the role it qualifies.
    else if (/(?:ого|ому|ой|ый|ий|ая|ую|ых|ым)$/.test(w) && ws.slice(i + 1, i + 3).some(isRole)) continue;
    // "and the outlet's former staff Y": a possessive names whose staff, not a new clause.
    else if (GAP_WORD.test(w) || RELATIVE_WORD.test(w) || /^[a-z-]+['’]s$/.test(w)) continue;
    // An agent noun the role lexicon lacks ("and driver Y", "и водитель Y") still reads as a role.
    else if (AGENT_NOUN.test(w)) complement = 2;
    else if (complement-- <= 0) return false;
  }
  return true;
};

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

/** Publication date as YYYY-MM-DD, or the latest full date the document itself states. */
function anchorDate(published: string | null | undefined, text: string, lang: "en" | "ru"): string | null {
  const p = published?.slice(0, 10);
  if (p && /^\d{4}-\d{2}-\d{2}$/.test(p)) return p;
  const dated = findDates(text, lang, null, null).filter((d) => d.precision === "day").map((d) => d.date);
  return dated.length ? (dated.sort().at(-1) ?? null) : null;
}

interface Attached {
  tr: Trigger;
  victims: Victims;
  coordinated: boolean;
  attributive: boolean;
  /** "Суд приговорил 11 человек, в том числе X и Y": the report names only some of the group it counted. */
  partial?: boolean;
}

/** What an unnamed report ("police detained two reporters on Wednesday") said, for the sentence that names them. */
interface Pending {
  type: TriggerDef["type"];
  date: DateMention | undefined;
  place: PlaceSpan | undefined;
  until: number;
  /** The sentence that reported it, the kind its clause settles, and whether it counted the people ("five staff"). */
  si: number;
  refined: IncidentType;
  legal: ReturnType<typeof readLegal>;
  counted: boolean;
}

/** Kinds a later list of names ("The detained are: …", one name per line after a colon) can report for each. */
const NAMED_EN = /^(?:(?:they|these)\s+(?:are|were)(?:\s+identified\s+as)?|among (?:them|those|the (?:detainees|detained|convicted|sentenced)) (?:was|were|is|are)(?: also)?)\s*:?\s*/i;
const NAMED_RU = /^(?:это|ими (?:оказались|стали|были)|их имена|их зовут|среди них(?: (?:оказались|были|есть|также|и))?)\s*[:—–-]?\s*/iu;
const LIST_HEAD = /(?:сизо|под страж|задерж|арест|обыск|заключени|custody|detain|arrest|jail|prison|held|search|имена|names|следующ|списо?к|list)/i;
const LISTABLE = new Set<IncidentType>(["detention", "administrative_arrest", "criminal_arrest", "house_arrest", "search", "charge", "sentence", "fine", "release"]);
// A line ending in a colon that points back at a group reported earlier, one name per line after it: "Those
// sentenced are:", "The names of the activists are:", "the following journalists were …:", "Имена задержанных:".
// The participle, when there is one, says which of the group's reports the names belong to.
const LINE_REF_EN = /\b(?:(?:those|the (?:people|persons|journalists|reporters|activists|defendants|protesters|individuals|men|women))\s+(detained|arrested|imprisoned|jailed|held|sentenced|convicted|charged|deported|expelled|released|freed|fined|searched)|the (detained|arrested|imprisoned|sentenced|convicted|deported|released)\b|names of (?:the |these |those )?|the (detainees|deportees|defendants|convicts|prisoners)\b|the following\b)[^:]{0,80}:$/i;
const LINE_REF_RU = /(?:(?:имена|фамилии|списо?к\p{L}*)\s+(?:\p{L}+\s+){0,2}?(задержанн|арестованн|осужденн|осуждённ|обвиняем|депортированн|выдворенн|освобожденн|освобождённ|оштрафованн)\p{L}*|^(задержанн|арестованн|осужденн|осуждённ|депортированн|освобожденн|освобождённ)\p{L}*|(?:это|ими оказались|их имена|их зовут|следующ\p{L}*))[^:]{0,80}:$/iu;
const REF_KIND: [RegExp, (t: IncidentType) => boolean][] = [
  [/^(?:detain|held|detainee|задержанн)/i, (t) => CUSTODY.has(t)],
  [/^(?:arrest|арестованн)/i, (t) => CUSTODY.has(t)],
  [/^(?:imprison|jail|sentenc|convict|prisoner|осужд)/i, (t) => t === "sentence"],
  [/^(?:charg|defendant|обвиняем)/i, (t) => t === "charge" || t === "sentence"],
  [/^(?:deport|expel|депорт|выдвор)/i, (t) => t === "deportation"],
  [/^(?:releas|freed|освобожд)/i, (t) => t === "release"],
  [/^(?:fined|оштраф)/i, (t) => t === "fine"],
  [/^(?:search)/i, (t) => t === "search"],
];
const GROUP_PASSIVE_EN = /^\s*(?:they|the (?:[a-z-]+ )?(?:activists|defendants|journalists|detainees|protesters|reporters|bloggers|employees|accused|men|women))\s+(?:were|had been|have been)\s+(?!(?:not|never)\b)/i;
const isInitial = (w: string): boolean => /^\p{L}\.$/u.test(w);
const DEFENDANT_EN = /\bdefendants?\s+\p{Lu}/u;
/** A sentence about a group already reported: "The activists were …", "They were …", "All of them were …". */
const GROUP_SUBJECT_EN = /^\s*(?:the (?:[a-z-]+ )?(?:activists|defendants|journalists|detainees|protesters|reporters|bloggers|members|employees|accused|men|women)|they|all of them)\b/i;
const COUNTED_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens?|following)\s+(?:of\s+)?(?:[a-z'’-]+\s+){0,3}(?:journalists|reporters|staff|employees|people|persons|individuals|activists|members|bloggers|workers|others|men|women|participants|protesters|demonstrators|defendants|detainees|suspects|students|residents|citizens|supporters|lawyers|prisoners|inmates|convicts|of them)\b/i;
const COUNTED_RU = /(?:^|\s)(?:\d+|следующ\p{L}*|двух|двое|двоих|трех|трёх|трое|троих|четверо|четверых|четырех|четырёх|пятеро|пятерых|пяти|шестеро|шестерых|шести|семерых|семи|восьмерых|нескольких|несколько)\s/iu;
// "those detained in connection with the case were", "The imprisoned are:", "the people arrested include".
const LIST_REF_EN = /\b(?:those|the(?: people| journalists| reporters| activists)?)\s+(detained|arrested|imprisoned|jailed|held)\b[^.;:—–]{0,60}?\s(?:are|were|include[sd]?)\b\s*:?/gi;
// "at least nine of them – X, Y, …, and Z –": members of a counted group just reported.
// "All of the journalists were freed at midnight except for X, Y and Z": those still held.
const EXCEPT_EN = /\b(?:released|freed|let go)\b[^.;:]{0,60}?\bexcept(?: for)?\s+/gi;
const OF_THEM_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|most|all) of (?:them|those|the (?:detained|arrested|detainees))\s*[—–-]\s*/gi;

const CRIMINAL_CASE_EN = /\b(?:pre-?trial detention|remand(?:ed)?(?! to (?:the |a )?(?:[\w-]+ ){0,3}(?:police|station))|criminal (?:case|charges?|code|proceedings)|months? (?:of|in) (?:pre-?trial )?(?:detention|custody)|(?:detained|held|kept|arrested) for (?:up to )?[\w-]+[ -]months?|sentenced to [\w-]+ years)\b/i;
const CRIMINAL_CASE_RU = /(?:уголовн\p{L}* (?:дел|кодекс|статья|ответственност)|тяжк\p{L}* преступлени|мер\p{L}* пресечения|сизо|под стражу|под стражей|\bук\b)/iu;

const LEGAL_TYPES = new Set<IncidentType>(["charge", "sentence", "fine", "administrative_arrest", "criminal_arrest", "appeal", "acquittal"]);
// Kinds a report ties to a town ("detained in", "a court in"); charges, releases, ill-treatment rarely are.
const SCENE_TYPES = new Set<IncidentType>(["detention", "administrative_arrest", "sentence", "fine", "search", "summons", "interrogation", "killing", "beating", "injury", "abduction", "appeal"]);
const VERDICT = new Set<string>(["sentence", "administrative_arrest", "fine"]);
const CUSTODY = new Set<string>(["detention", "arrest", "administrative_arrest", "criminal_arrest"]);
const REPORTING_EN = /\b(?:said|says|told|reported|announced|wrote|stated|added|confirmed|reports|tweeted|posted)\s+(?:[\w/.’'-]+\s+){0,2}(?:on\s+|late\s+on\s+)?$/i;
// "On August 21, X claimed that …", "11 апреля издание сообщило, что …", "Накануне СМИ рассказали о задержании …":
// a report verb between a date and the trigger dates the report.
const REPORT_VERB_EN = /\b(?:said|says|claimed|claims|alleged|reported|reports|announced|told|wrote|stated|published|tweeted)\b/i;
const REPORT_VERB_RU = /(?<![\p{L}])(?:сообщил\p{L}*|сообщает|сообщают|заявил\p{L}*|заявляет|рассказал\p{L}*|написал\p{L}*|пишет|опубликовал\p{L}*|утверждает|утверждают)(?![\p{L}])/iu;
const TOWN_JOIN = /^\s*(?:,|and|or|и|или|,\s*and)\s*(?:in\s+|в\s+|во\s+)?$/i;
const CLAUSE_DATE_EN = /(?:\b(?:and|but|while|then|whereas)|;)\s+(?:on\s+|in\s+|by\s+)?(?:the\s+)?$/i;
const CLAUSE_DATE_RU = /(?:(?<![\p{L}])(?:а|и|но|затем|потом)|;)\s+(?:в\s+|во\s+)?$/iu;
const REPORTING_RU = /(?:сообщил\p{L}*|заявил\p{L}*|рассказал\p{L}*|написал\p{L}*|сказал\p{L}*|отметил\p{L}*|подтвердил\p{L}*)\s+(?:[\p{L}-]+\s+){0,2}(?:в|во)?\s*$/iu;

export function extractDocument(doc: ExtractInput, oracle: NameOracle | null): Extraction {
  const language = doc.lang ?? detectLang(doc.text);
  const lang: "en" | "ru" = language === "en" ? "en" : "ru";
  const text = doc.text;
  const anchor = anchorDate(doc.published, text, lang);
  const sentences = splitSentences(text);
  // Sentences told so far: a line the next one continues in lower case (hard-wrapped text) is not a sentence of its
  // own, so an unnamed report still waits for the names a few real sentences on.
  const told: number[] = [];
  sentences.reduce((n, _x, i) => ((told[i] = n), /^\s*\p{Ll}/u.test(sentences[i + 1]?.text ?? "") ? n : n + 1), 0);
  const places = findPlaces(text, lang);
  // Scanned once for the whole document: per-sentence regex calls cost more than the matching itself.
  const rawDates = scanDates(text, lang);
  const rawTriggers = scanTriggers(text, lang, language === "kk");
  // A story about a criminal case (remand, months in custody, a criminal charge): its bare "arrested" is the court's
  // arrest, not a few hours in a police station.
  const criminalCase = (lang === "en" ? CRIMINAL_CASE_EN : CRIMINAL_CASE_RU).test(text);
  const dayTerms = onlyDayTerms(text, lang);
  const entities: Entity[] = [];
  const incidents: (ExtractedIncident & { entity: Entity })[] = [];
  const statistics: ExtractedStatistic[] = [];
  let focus: Entity[] = [];
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
  const seen: Seen = { people: [], victims: [], paragraph: [], kin };
  let paragraph = -1;
  let victimParagraph = -1;
  let paragraphDate: string | null = null;
  let pending: Pending[] = [];
  // "📍 Also in Aktau:" / "Ещё по Жанаозену:" introduces a list whose lines name no place of their own.
  let listPlace: { place: PlaceSpan; paragraph: number } | null = null;
  // A counted group reported in a clause ending in a colon, whose people follow one per line.
  let lineList: { kinds: Pending[]; paragraph: number } | null = null;
  // "Всех задержанных отпустили" (a headline, often before the names): everyone the document reports detained.
  const allReleased: { s: Sentence; date: DateMention | undefined; except: Entity[] }[] = [];
  // Counted groups reported without names ("sentenced 11 participants", "6 activists have been deported"), kept
  // for a few sentences more than `pending`: a list line ("Those sentenced are:") may come after some background.
  let groups: Pending[] = [];
  // A group reported by count without names ("sentenced eight men", "the eight had faced", "all 11 were charged"):
  // every such report in the document, by count, and the people the text names as that many members.
  const byCount: { p: Pending; n: number; noun: string }[] = [];
  const membersOf = new Map<number, Entity[]>();
  let filling: { n: number; si: number; people: Entity[] } | null = null;
  // Sentences told so far, not counting a quoted statement ("“These sentences … must release these journalists.”"):
  // a group's members may be named after an NGO's quote about it.
  const plain: number[] = [];
  {
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
  }
  // The people each of the last sentences names as possible members of a group.
  let named: { si: number; people: Entity[] }[] = [];
  // Some of a counted group's members, named as such ("Among the seven employees detained were X and Y").
  const partOf: { n: number; people: Entity[] }[] = [];
  // A line that is only a date ("4 января") heads a chronicle section; its date holds until the next such line.
  let headingDate: DateMention | null = null;
  // The last sentence that was only a name and a dash after an unnamed report: the next such line shares its verb.
  let elliptic: { si: number; kinds: Pending[] } | null = null;
  // "X and Y were also detained": the same event as the last one of that kind, its date and place unless restated.
  const lastOfType = new Map<IncidentType, { date: DateMention | undefined; place: PlaceSpan | undefined }>();

  const known = (forms: string[]): boolean => entities.some((e) => !e.relative && e.lower.some((w) => forms.includes(w)));

  sentences.forEach((s, si) => {
    // The base of "the next morning" survives a paragraph break; the dates themselves do not carry over.
    if (s.paragraph !== paragraph) paragraph = s.paragraph;
    // The list runs over the lines that follow; a blank line ends it.
    if (listPlace && s.paragraph - listPlace.paragraph > 1) listPlace = null;
    else if (listPlace) listPlace.paragraph = s.paragraph;
    pending = pending.filter((p) => p.until >= told[si]!);
    groups = groups.filter((p) => p.si >= si - 6);
    const reporting = lang === "en" ? REPORTING_EN : REPORTING_RU;
    const allDates = resolveDates(text, rawDates.filter((d) => d.start >= s.start && d.end <= s.end), lang, anchor, paragraphDate);
    // "his employer said on Friday": the day of the report, not of the incident.
    const dates = allDates.filter((d) => !reporting.test(text.slice(Math.max(s.start, d.start - 40), d.start)));
    const sPlaces = places.filter((p) => p.start >= s.start && p.end <= s.end);
    const listLine = lineList !== null && s.paragraph > lineList.paragraph && s.paragraph <= lineList.paragraph + 2;
    const raw = findMentions(s.tokens, { lang, places: sPlaces, known, oracle, kazakh: language === "kk", listLine });
    const mentions = raw.map((m) => linkMention(m, s, si, lang, entities));
    // A byline near the top ("Сая Тестова" on a line of its own, the date line under it) names the author, whom
    // role words and pronouns must not reach.
    const byline = lang === "ru" && si < 8 && mentions.length === 1 && mentions[0]?.first === 0 && mentions[0].last === s.tokens.filter((t) => t.word).length && /^\s*\d/.test(sentences[si + 1]?.text ?? "");
    if (byline && mentions[0]) mentions[0].entity.official = true;
    const stats = findStatistics(s.text, lang);
    // "moved from pre-trial detention to house arrest": the state left behind is not a new incident.
    // A search is an event, not a state: "пришли с обыском к X", "началось с обыска в доме X" report it.
    const found = triggersIn(s, rawTriggers).filter((tr) => !blocked(s.tokens, tr, lang) && (!/^(from|с|со)$/.test(s.tokens[tr.first - 1]?.lower ?? "") || (lang === "ru" && tr.def.type === "search")) && (!tr.def.afterDash || /^[—–-]$/.test(s.tokens[tr.first - 1]?.text ?? "")));
    // "убили при задержании X", "погибли во время задержания": the detention is the circumstance of the killing.
    const killing = lang === "ru" && found.some((tr) => tr.def.type === "killing");
    const triggers = killing ? found.filter((tr) => !(tr.def.type === "detention" && /^(при|время|ходе)$/.test(s.tokens[tr.first - 1]?.lower ?? ""))) : found;
    // Each date and place belongs to the trigger nearest to it: "detained in Almaty on January 6 and shown on
    // television two days later" gives the detention Almaty and the 6th, the broadcast the 8th.
    const owner = (pos: number): Trigger | undefined => {
      let best: Trigger | undefined;
      let bestD = Infinity;
      for (const t of triggers) {
        const d = spanDistance(t, pos);
        if (d < bestD) {
          best = t;
          bestD = d;
        }
      }
      return best;
    };
    const owned = <T extends { start: number }>(xs: T[], tr: Trigger): T[] => xs.filter((x) => owner(x.start) === tr);
    // "…was detained, and on November 21, Y was arrested", "задержали 5 марта, а 8 марта отпустили": a date opening a
    // coordinated clause dates what that clause reports, however close the verb before it.
    const opensClause = lang === "en" ? CLAUSE_DATE_EN : CLAUSE_DATE_RU;
    const dateOwner = (d: DateMention): Trigger | undefined =>
      opensClause.test(text.slice(Math.max(s.start, d.start - 16), d.start)) && !/^\s*[—–-]\s/.test(text.slice(d.end, d.end + 3)) ? (triggers.find((t) => t.start >= d.end) ?? owner(d.start)) : owner(d.start);
    const reportVerb = lang === "en" ? REPORT_VERB_EN : REPORT_VERB_RU;
    // Not when the victim reports it himself ("Вечером того же дня Тестов сообщил, что получил 10 суток").
    const datesReport = (d: DateMention, tr: Trigger, victims: Entity[]): boolean => {
      const verb = d.end <= tr.start ? reportVerb.exec(text.slice(d.end, tr.start)) : null;
      return verb !== null && !mentions.some((m) => m.start >= d.end && m.end <= d.end + verb.index && victims.includes(m.entity));
    };
    const ownDates = (tr: Trigger, victims: Entity[] = []): DateMention[] => dates.filter((d) => dateOwner(d) === tr && !datesReport(d, tr, victims));

    // "A court in Minsk sentenced X … and handed 10-day terms to Y", "On Monday, officers in the capital, Bishkek,
    // searched …, and detained X": the one town named before the first verb is the scene of all the sentence reports.
    const firstTrigger = triggers[0];
    const leading = firstTrigger ? sPlaces.filter((p) => !p.country && p.end <= firstTrigger.start) : [];
    // Not a noun after a preposition ("апелляцию на штраф"): the fine was set elsewhere.
    const openingPlace = (tr: Trigger, type: IncidentType): PlaceSpan | undefined =>
      SCENE_TYPES.has(type) &&
      !/^(на|за|о|об|по|of|for|over|against|about)$/.test(s.tokens[tr.first - 1]?.lower ?? "") &&
      // "jailed two journalists who had been detained while …": a relative clause tells of an earlier event.
      !(firstTrigger && tr !== firstTrigger && /(?:\b(?:who|which|that)|(?<![\p{L}])котор\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(firstTrigger.end, tr.start))) &&
      leading.length > 0 && leading.every((p) => (p.placeId ?? p.text) === (leading[0]?.placeId ?? leading[0]?.text)) ? pickPlace(leading, tr, type, mentions, s) : undefined;
    const attached: Attached[] = [];
    let prev: Attached | null = null;
    let opener: Trigger | null = null;
    for (const tr of triggers) {
      const inStatistic = stats.some((st) => tr.start >= s.start + st.start - 40 && tr.start <= s.start + st.end + 5);
      const coordinated = !inStatistic && prev !== null && coordinatedWith(s.tokens, prev.tr, tr, lang, mentions);
      // "on smuggling charges" names no one: it charges whoever the custody it follows holds, or waits for a list.
      const grounds = tr.def.type === "charge" && s.tokens[tr.first]?.lower === "on" && !coordinated;
      // "Среди задержанных также – X и его супруга Y, член партии «Ф» Z и другие", "Among those detained were …": a
      // list introduced by the group names everyone after it, whatever titles and kin stand between the names.
      // "X is among those detained": after a verb the subject is the one named, not whoever follows.
      const amongSubject = lang === "en" && /^(?:among|one of)\s/i.test(text.slice(tr.start, tr.end)) && AUX.has(s.tokens[tr.first - (ADVERBS.has(s.tokens[tr.first - 1]?.lower ?? "") ? 2 : 1)]?.lower ?? "");
      const amongList = !amongSubject && /^(?:среди|among)\s/i.test(text.slice(tr.start, tr.end)) ? asVictims(namedBetween(s, mentions, tr.last)) : null;
      const direct: Victims | null = inStatistic && !amongSubject ? namedAmong(s, tr, mentions, lang) : amongList ?? (grounds ? null : coordinated && prev ? prev.victims : lang === "en" ? attachEn(s, tr, mentions, focus, seen) : attachRu(s, tr, mentions, focus, seen));
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
        const [pcs, pce] = clauseBounds(s.tokens, tr.first);
        const pClause = text.slice(s.tokens[pcs]?.start ?? s.start, s.tokens[pce - 1]?.end ?? s.end);
        // The legal reading only matters for the kinds it can refine or carry.
        const pLegal = tr.def.type === "arrest" || LEGAL_TYPES.has(tr.def.type as IncidentType) ? readLegal(pClause, lang) : { articles: [], sentence: null };
        const counted = (lang === "en" ? COUNTED_EN : COUNTED_RU).test(s.text);
        if (lang === "ru" && tr.def.type === "release" && /(?:^|[\s«"])(?:всех|все) задержанн/i.test(pClause)) {
          allReleased.push({ s, date: pointDate(nearestOf(ownDates(tr), tr)), except: excepted });
        }
        const refined = refineType(tr.def.type, pClause, pLegal, lang, criminalCase, dayTerms);
        const report: Pending = { type: tr.def.type, date: pointDate(nearestOf(ownDates(tr), tr)), place: pickPlace(owned(sPlaces, tr), tr, refined, mentions, s) ?? (CUSTODY.has(refined) ? openingPlace(tr, refined) : undefined), until: (told[si] ?? 0) + 3, si, refined, legal: pLegal, counted };
        pending.push(report);
        if (counted) groups.push(report);
        if (lang === "en") {
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
              for (const h of [...named].reverse()) {
                if (plain[si]! - plain[h.si]! > 3) break;
                for (const e of h.people) if (!back.includes(e)) back.push(e);
                if (back.length >= n) break;
              }
              if (back.length === n) membersOf.set(n, back);
            }
            if (filling?.n !== n && !membersOf.has(n)) filling = { n, si, people: [] };
            else if (filling?.n === n && !filling.people.length) filling.si = si;
          }
        }
        continue;
      }
      const partial = lang === "ru" && inStatistic && victims.entities.length < groupCount(s.text, lang);
      const a: Attached = { tr, victims, coordinated, attributive: isAttributive(s.tokens, tr, lang), partial };
      attached.push(a);
      prev = a;
    }

    const main = attached[0];
    if (opener && main) attached.unshift({ tr: opener, victims: main.victims, coordinated: false, attributive: false });
    const sentenceVictims: Entity[] = [];
    let prevDate: DateMention | undefined;
    for (const { tr, victims, coordinated, attributive, partial } of attached) {
      const [cs, ce] = clauseBounds(s.tokens, tr.first);
      const clauseText = text.slice(s.tokens[cs]?.start ?? s.start, s.tokens[ce - 1]?.end ?? s.end);
      const legal = readLegal(clauseText, lang);
      const type = refineType(tr.def.type, clauseText, legal, lang, criminalCase, dayTerms);
      const own = ownDates(tr, victims.entities);
      // An undated report (a headline's "Court jails three") gives way to a dated one of the same kind.
      const waiting = pending.find((p) => p.type === tr.def.type && p.date) ?? pending.find((p) => p.type === tr.def.type);
      let date: DateMention | undefined;
      if (type === "missing") date = own.find((d) => d.since) ?? nearestOf(own, tr);
      else if (attributive) date = undefined;
      else date = nearestOf(own, tr) ?? (coordinated && !LEGAL_TYPES.has(type) ? prevDate : undefined) ?? (dates.length === 0 ? waiting?.date : undefined);
      // "On Monday, officers searched the office, confiscated its equipment and detained X": one date opening the
      // sentence dates everything it reports; a dated heading line ("4 января") dates the lines under it.
      // Not a state that began earlier ("missing") nor a noun after a preposition ("апелляцию на штраф").
      const complement = /^(на|за|о|об|по|of|for|over|against|about)$/.test(s.tokens[tr.first - 1]?.lower ?? "");
      const opening = dates.length === 1 && dates[0] && dates[0].start <= (s.tokens[1]?.start ?? s.start) && !dates[0].since && type !== "missing" && !complement && !datesReport(dates[0], tr, victims.entities) ? dates[0] : undefined;
      if (!date && !attributive && type !== "missing") date = opening ?? (dates.length === 0 ? headingDate ?? undefined : undefined);
      const also = s.tokens.slice(Math.max(0, tr.first - 6), tr.first).some((t) => /^(also|too|также|тоже)$/.test(t.lower));
      // A restated date ("was also detained on January 4") makes it an event of its own.
      const earlier = also && dates.length === 0 ? lastOfType.get(type) : undefined;
      if (!date && !attributive) date = earlier?.date;
      // "between February 1 and 6": a span of days dates nothing, and nothing else stands in for it.
      if (date?.range) date = undefined;
      prevDate = date;
      const place = pickPlace(owned(sPlaces, tr), tr, type, mentions, s) ?? openingPlace(tr, type) ?? (sPlaces.length === 0 ? waiting?.place ?? earlier?.place ?? listPlace?.place : undefined);
      const last = lastOfType.get(type);
      lastOfType.set(type, { date: date ?? last?.date, place: place ?? last?.place });
      // The rest of the group may be named later ("Обвиняемые – X, Y, …"): a list of as many names as it counted.
      if (partial && LISTABLE.has(type)) groups.push({ type: tr.def.type, date, place, until: (told[si] ?? 0) + 3, si, refined: type, legal, counted: true });
      const perpetrator = PERPETRATORS.find(([re]) => re.test(clauseText))?.[1] ?? PERPETRATORS.find(([re]) => re.test(s.text))?.[1] ?? null;
      const confidence = attributive ? Math.min(victims.confidence, 0.6) : victims.confidence;
      const gap = victims.gapped;
      const gapDate = gap ? pointDate(dates.find((d) => d.start >= gap.start && d.end <= gap.end)) : undefined;
      for (const e of victims.entities) {
        sentenceVictims.push(e);
        const when = gapDate && gap?.entities.includes(e) ? gapDate : date;
        incidents.push({
          entity: e,
          person: e.words.join(" "),
          role: e.role,
          type,
          date: when?.date ?? null,
          date_precision: (when?.precision ?? "unknown") as DatePrecision,
          place: place?.text ?? null,
          place_id: place?.placeId ?? null,
          perpetrator,
          detail: clauseText.length > 160 ? `${clauseText.slice(0, 157)}…` : clauseText,
          legal: LEGAL_TYPES.has(type) ? legal : { articles: [], sentence: null },
          confidence: Math.round((e.official ? confidence * 0.8 : confidence) * 100) / 100,
          evidence: { start: s.start, end: s.end, text: s.text },
        });
      }
    }
    // Names a list gives for a group reported without them: "those detained … were X; Y", "nine of them – X, Y –",
    // or one name per line under "…будут находиться:".
    const listed: { entities: Entity[]; kinds: Pending[] }[] = [];
    // One blank line may separate the lines ("● X", "Y,", "Z (independent journalist)").
    if (lineList && listLine) {
      const head = mentions.find((m) => m.first <= 1 && eligible(m));
      if (head && s.tokens.slice(0, head.first).every((t) => !t.word)) {
        listed.push({ entities: [head.entity], kinds: lineList.kinds });
        lineList.paragraph = s.paragraph;
      } else lineList = null;
    } else lineList = null;
    // A counted report ("Six journalists were detained …") holds for a few sentences; an uncounted one for the next.
    // "Police detained three journalists. They are X, Y and Z." / "Задержаны трое журналистов. Это X, Y и Z.": the
    // sentence right after a counted report names its people.
    const naming = (lang === "en" ? NAMED_EN : NAMED_RU).exec(s.text);
    const nameFirst = naming ? mentions.find((m) => m.start >= s.start + naming[0].length && eligible(m)) : undefined;
    // "Among them was the activist X": only lower-case words (a title) between the cue and the name.
    // An outlet's quoted name may stand in the title ("экс-издатель «Медузы» X").
    const titleOnly = naming && nameFirst ? /^[\p{Ll}\s-]*$/u.test(text.slice(s.start + naming[0].length, nameFirst.start).replace(/«[^»]{1,40}»|"[^"]{1,40}"|“[^”]{1,40}”/g, " ")) : false;
    if (naming && nameFirst && (nameFirst.start - s.start <= naming[0].length + 1 || titleOnly)) {
      const kinds = dedupeKinds(pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
      if (kinds.length) listed.push({ entities: group(nameFirst, mentions, s, lang), kinds });
    }
    // "Police detained four activists at the request of Tashkent. A, B, C and D all stand accused of …": a sentence
    // that opens with exactly as many names as a report just before it counted names its people. The count must
    // match exactly; up to two sentences of background may stand between them.
    // In Russian the list may stand anywhere in the sentence ("…рассматривал меру пресечения в отношении A, B, …, G",
    // "«A, B, … и E признать виновными»"), when it names at least three: so many names counted alike is no chance.
    const opening = mentions.find((m) => m.first === 0 && eligible(m)) ?? (lang === "ru" && mentions.length >= 3 ? mentions.find(eligible) : undefined);
    // Grouping the names costs more than finding a counted report, so only when there is one.
    const recent = opening && !listed.length ? [...pending, ...groups.filter((g) => !pending.includes(g))].filter((p) => p.si < si && p.si >= si - 3 && p.counted) : [];
    if (opening && recent.length) {
      let members = group(opening, mentions, s, lang);
      if (lang === "ru" && opening.first > 0) {
        for (const m of mentions) {
          if (members.length >= 3 || !eligible(m) || members.includes(m.entity)) continue;
          members = group(m, mentions, s, lang);
        }
        if (members.length < 3) members = [];
      }
      // A search in the same sentence ("searched homes and detained 11 employees") counted no one: it is not theirs.
      const counted = recent.filter((p) => LISTABLE.has(p.refined) && (p.refined !== "search" || p.si === si - 1) && groupCount(sentences[p.si]?.text ?? "", lang) === members.length);
      // "…sentenced five activists. The activists were detained in October. A, B, C, D and E …": a report about "the
      // activists" / "they" between the counted one and the names is about the same group.
      const first = Math.min(...counted.map((p) => p.si));
      const same = counted.length && lang === "en" ? pending.filter((p) => !p.counted && p.si > first && p.si < si && LISTABLE.has(p.refined) && GROUP_SUBJECT_EN.test(sentences[p.si]?.text ?? "")) : [];
      const kinds = dedupeKinds([...counted, ...same]);
      if (members.length >= 2 && kinds.length) listed.push({ entities: members, kinds });
    }
    // "Police detained dozens of people. X and Y, two opposition politicians, were among them.": the names before.
    const amongThem = lang === "en" && attached.length === 0 ? /\b(?:was|were|is|are) (?:also )?among them\s*[.!]?\s*$/i.exec(s.text) : null;
    if (amongThem) {
      const kinds = dedupeKinds(pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
      const named = namedBetween(s, mentions, 0, { to: s.tokens.findIndex((t) => t.start >= s.start + amongThem.index) });
      if (kinds.length && named.length) listed.push({ entities: named, kinds });
    }
    // "Задержали ещё двух пикетчиков. Александра X — за пикет с плакатом …": a name and a dash opening a sentence that
    // reports nothing of its own share the verb of the report just before it that named no one.
    if (lang === "ru" && attached.length === 0 && opening && opening.case === "acc" && /^[—–-]$/.test(s.tokens[opening.last]?.text ?? "") && s.tokens[opening.last + 1]?.lower === "за") {
      const kinds = elliptic?.si === si - 1 ? elliptic.kinds : dedupeKinds(pending.filter((p) => p.si === si - 1 && LISTABLE.has(p.refined)));
      if (kinds.length) {
        listed.push({ entities: [opening.entity], kinds });
        elliptic = { si, kinds };
      }
    }
    // "Прошли обыски в домах 8 членов команды. В частности, силовики пришли в дом X, Y и Z.": the sentence that
    // singles out members of a counted group just reported, with no report of its own, names its people.
    if (lang === "ru" && /^в частности(?!\p{L})/iu.test(s.text) && attached.length === 0) {
      const kinds = dedupeKinds(pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
      const named = mentions.filter((m) => eligible(m) && !m.entity.relative && !m.kin);
      if (kinds.length && named.length) listed.push({ entities: dedupe(named.map((m) => m.entity)), kinds });
    }
    if (lang === "en") listed.push(...listReferences(s, mentions, pending.filter((p) => p.si >= si - 1 || p.counted), lang, criminalCase));
    // "Several of his associates … have been arrested. They include former deputy X, retired colonel Y, activists Z
    // and W.", "Among the seven employees detained and taken away were X and Y": the people a group's report was
    // about, named right after it (their titles between the names); "Among the seven …" also takes whatever the
    // document reports of the seven.
    const cue = lang === "en" && attached.length === 0 ? MEMBERS_EN.exec(s.text) : null;
    if (cue) {
      const from = s.tokens.findIndex((t) => t.start >= s.start + cue[0].length);
      const people = from < 0 ? [] : titledList(s, mentions, from);
      const among = /^among/i.test(cue[0]);
      const kinds = dedupeKinds(pending.filter((p) => (among ? p.si === si : p.si === si - 1) && LISTABLE.has(p.refined)));
      const n = among ? countIn(cue[0]) || theCount(cue[0]) : 0;
      if (people.length && (kinds.length || n >= 3)) {
        if (kinds.length) listed.push({ entities: people, kinds });
        if (n >= 3) partOf.push({ n, people });
      }
    }
    // "the defendants D. Testov, P. Samplov (deceased) and their lawyers filed appeals", "defendant X told the court":
    // a defendant named in a trial is charged (undated), whoever speaks.
    if (lang === "en" && DEFENDANT_EN.test(s.text)) {
      for (const m of mentions) {
        const word = s.tokens[m.first - 1]?.lower ?? "";
        if (!/^(?:co-?)?defendants?$/.test(word) || m.possessor || m.entity.official || m.entity.relative) continue;
        const people = word.endsWith("s") ? commaList(m, mentions, s) : [m.entity];
        listed.push({ entities: people, kinds: [{ type: "charge", date: undefined, place: undefined, until: 0, si, refined: "charge", legal: { articles: [], sentence: null }, counted: false }] });
      }
    }
    for (const { entities: people, kinds } of listed) {
      for (const e of people) {
        if (sentenceVictims.includes(e) && kinds.every((k) => incidents.some((i) => i.entity === e && i.type === k.refined))) continue;
        sentenceVictims.push(e);
        for (const k of kinds) {
          incidents.push({
            entity: e,
            person: e.words.join(" "),
            role: e.role,
            type: k.refined,
            date: k.date?.date ?? null,
            date_precision: (k.date?.precision ?? "unknown") as DatePrecision,
            place: k.place?.text ?? null,
            place_id: k.place?.placeId ?? null,
            perpetrator: null,
            detail: s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text,
            legal: LEGAL_TYPES.has(k.refined) ? k.legal : { articles: [], sentence: null },
            confidence: 0.6,
            evidence: { start: s.start, end: s.end, text: s.text },
          });
        }
      }
    }
    if (lang === "en") {
      // "…sentenced eight men. Judge X announced that A, B and C would serve …; D, E, F, G and H were sentenced to
      // two years.": the people named in the sentences after a counted report, exactly as many as it counted and no
      // one else in between, are its members; so are the victims of a sentence that counts exactly them.
      const victims = sentenceVictims.length >= 3 ? dedupe(sentenceVictims).filter((e) => !e.official && !e.relative) : [];
      const { n, noun } = victims.length >= 2 ? counting(s.text) : { n: 0, noun: "" };
      if (n === victims.length && n >= 3) membersOf.set(n, victims);
      // "11 journalists … were detained … All 11 were charged. … The court convicted four journalists: A, B, C and D":
      // a named part of a larger group of the same people, reported earlier, shares what the group went through.
      if (n === victims.length && n >= 2) {
        for (const g of byCount) if (g.n > n && g.noun === noun && g.p.si < si && !membersOf.has(g.n) && !partOf.some((x) => x.n === g.n && x.people === victims)) partOf.push({ n: g.n, people: victims });
      }
      const f = filling;
      const people = mentions.length ? dedupe(mentions.filter((m) => member(m, s, mentions)).map((m) => m.entity)) : [];
      if (people.length) named = [...named.slice(-3), { si, people }];
      if (f && si > f.si) {
        // "The four journalists shared …": the group taken up again by its count, before any name, keeps it open.
        if (!f.people.length && !people.length && (countIn(s.text) === f.n || theCount(s.text) === f.n)) f.si = si;
        else {
          for (const e of people) if (!f.people.includes(e)) f.people.push(e);
          const before = f.people.some((e) => incidents.some((i) => i.entity === e && i.evidence.start < (sentences[f.si]?.start ?? 0)));
          // The first name within two sentences of the count, the last within three.
          const far = plain[si]! - plain[f.si]! > (f.people.length === people.length ? 2 : 3);
          if (before || f.people.length > f.n || far) filling = null;
          else if (f.people.length === f.n) {
            membersOf.set(f.n, f.people);
            filling = null;
          }
        }
      }
    }
    if (s.text.trimEnd().endsWith(":")) {
      // The report in the colon's own clause, or one just before it that the colon clause takes up again
      // ("…будут находиться:"), not any list that happens to follow ("The statement was signed by:").
      const resumes = LIST_HEAD.test(s.text);
      let kinds = pending.filter((p) => (p.si === si || (p.si === si - 1 && resumes)) && p.counted && LISTABLE.has(p.refined));
      const ref = (lang === "en" ? LINE_REF_EN : LINE_REF_RU).exec(s.text.trimEnd());
      if (!kinds.length && ref) {
        // "the following journalists were brought to the police:" reports in its own clause; "Those sentenced are:"
        // takes up the group reported before it, of the kind its participle names.
        const participle = ref.slice(1).find((g) => g !== undefined);
        const fits = participle ? REF_KIND.find(([re]) => re.test(participle))?.[1] : undefined;
        const own = pending.filter((p) => p.si === si);
        const earlier = groups.filter((p) => p.si < si && (!fits || fits(p.refined)));
        kinds = own.length ? own : earlier;
        // "sentenced 11 participants … Prosecutors had charged all 11 detainees … Those sentenced are:": the same
        // count names the same group, so its other reports go to the people listed too.
        const counts = new Set([...kinds, ...earlier].map((p) => groupCount(sentences[p.si]?.text ?? "")).filter((n) => n >= 2));
        if (lang === "en" && counts.size) kinds = dedupe([...kinds, ...groups.filter((p) => p.si < si && !kinds.includes(p) && LISTABLE.has(p.refined) && counts.has(groupCount(sentences[p.si]?.text ?? "")))]);
      }
      if (kinds.length) lineList = { kinds: dedupeKinds(kinds), paragraph: s.paragraph };
    }
    seen.people = dedupe([...mentions.map((m) => m.entity).reverse(), ...seen.people]);
    seen.victims = dedupe([...dedupe(sentenceVictims).reverse(), ...seen.victims]);
    if (sentenceVictims.length) {
      seen.paragraph = victimParagraph === s.paragraph ? dedupe([...seen.paragraph, ...sentenceVictims]) : dedupe(sentenceVictims);
      victimParagraph = s.paragraph;
    }
    if (sentenceVictims.length) focus = dedupe(sentenceVictims);
    else {
      // A relative introduced by kinship ("his mother, X") does not take over the story.
      const subject = mentions.find((m) => !m.possessor && !m.entity.official && !m.speaker && !m.commentator && !m.entity.relative && !m.kin);
      if (subject && !focus.includes(subject.entity)) focus = [subject.entity];
    }

    for (const st of stats) {
      const d = pointDate(nearestOf(dates, { start: s.start + st.start, end: s.start + st.end }));
      const p = sPlaces.find((pl) => !pl.country) ?? null;
      statistics.push({
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
    const onlyDate = allDates.length === 1 && allDates[0] && s.tokens.length <= 5 && allDates[0].precision === "day" && allDates[0].end - allDates[0].start >= 0.6 * s.text.trim().length ? allDates[0] : undefined;
    // A stamp with its year ("22.04.2022") dates the entry's publication, not what it reports.
    if (onlyDate) headingDate = /\d{4}/.test(text.slice(onlyDate.start, onlyDate.end)) ? null : onlyDate;
    const heading = sPlaces.find((p) => !p.country);
    if (heading && s.tokens.length <= 10 && s.text.trimEnd().endsWith(":")) listPlace = { place: heading, paragraph: s.paragraph };
    const lastDate = allDates.at(-1);
    if (lastDate && lastDate.precision === "day" && !lastDate.range) paragraphDate = lastDate.date;
  });

  for (const { s, date, except } of allReleased) {
    const held = dedupe(incidents.filter((i) => CUSTODY.has(i.type) && !except.includes(i.entity) && !i.entity.official).map((i) => i.entity));
    for (const e of held) {
      incidents.push({
        entity: e, person: e.words.join(" "), role: e.role, type: "release", date: date?.date ?? null,
        date_precision: (date?.precision ?? "unknown") as DatePrecision, place: null, place_id: null, perpetrator: null,
        detail: s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text, legal: { articles: [], sentence: null },
        confidence: 0.55, evidence: { start: s.start, end: s.end, text: s.text },
      });
    }
  }
  // Each report about a counted group goes to the members named for that count, before or after it.
  for (const { p, n } of byCount) {
    const s = sentences[p.si];
    const people = dedupe([...(membersOf.get(n) ?? []), ...partOf.filter((x) => x.n === n).flatMap((x) => x.people)]);
    if (!s || !people.length || !(LISTABLE.has(p.refined) || p.refined === "appeal" || p.refined === "transfer")) continue;
    for (const e of people) {
      // A verdict the group's report reads as a prison term may be the days or the fine each member got.
      if (VERDICT.has(p.refined) && incidents.some((i) => i.entity === e && VERDICT.has(i.type))) continue;
      incidents.push({
        entity: e, person: e.words.join(" "), role: e.role, type: p.refined, date: p.date?.date ?? null,
        date_precision: (p.date?.precision ?? "unknown") as DatePrecision, place: p.place?.text ?? null, place_id: p.place?.placeId ?? null,
        perpetrator: null, detail: s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text,
        legal: LEGAL_TYPES.has(p.refined) ? p.legal : { articles: [], sentence: null }, confidence: 0.55,
        evidence: { start: s.start, end: s.end, text: s.text },
      });
    }
  }
  // Days of administrative arrest are one incident: the administrative article the court applied ("Им вменили статью
  // 488 КоАП") is not a charge of its own.
  const jailed = new Set(incidents.filter((i) => i.type === "administrative_arrest").map((i) => i.entity));
  const administrative = (i: ExtractedIncident): boolean => (i.legal.articles.length > 0 && i.legal.articles.every((a) => a.startsWith("CAO "))) || (!/уголовн|criminal/iu.test(i.evidence.text) && /КоАП|административн\p{L}* (?:кодекс|правонаруш)|Code of Administrative|administrative offen[cs]e/iu.test(i.evidence.text));
  const kept = incidents.filter((i) => !(i.type === "charge" && jailed.has(i.entity) && administrative(i)));
  return { language, incidents: mergeIncidents(kept), statistics };
}

const eligible = (m: Mention): boolean => !m.possessor && !m.speaker && !m.entity.official && !m.commentator && !m.entity.relative;

/** One pending report per kind, the latest first. */
function dedupeKinds(kinds: Pending[]): Pending[] {
  const out: Pending[] = [];
  for (const k of [...kinds].reverse()) {
    const same = out.findIndex((o) => o.refined === k.refined);
    if (same < 0) out.push(k);
    // "Police detained 28 journalists on Wednesday. Most of the detained reporters …": the dated report wins.
    else if (!out[same]?.date && k.date) out[same] = k;
  }
  return out;
}

/**
 * "those detained in connection with the case were photographer X; deputy director Y; Z, who …", "The imprisoned
 * are: X, Y and Z", "at least nine of them – X, …, and Z – were …": a list naming the members of a group whose
 * custody was reported (in this or the previous sentence) without names.
 */
function listReferences(s: Sentence, mentions: Mention[], recent: Pending[], lang: "en" | "ru", criminalCase: boolean): { entities: Entity[]; kinds: Pending[] }[] {
  const out: { entities: Entity[]; kinds: Pending[] }[] = [];
  const held = recent.filter((p) => CUSTODY.has(p.refined) || p.refined === "house_arrest");
  // The charges the same report gave the counted group ("six journalists … on smuggling charges").
  const custody = dedupeKinds([...held, ...recent.filter((p) => p.refined === "charge" && held.some((h) => h.si === p.si && h.counted))]);
  const tokens = s.tokens;
  const tokenAt = (pos: number): number => tokens.findIndex((t) => t.start >= pos);
  for (const re of [LIST_REF_EN, OF_THEM_EN, EXCEPT_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const from = tokenAt(s.start + m.index + m[0].length);
      if (from < 0) continue;
      // The list runs to the closing dash, or to the end of the sentence.
      let to = tokens.length;
      if (re === OF_THEM_EN) {
        const close = tokens.findIndex((t, k) => k > from && /^[—–-]$/.test(t.text));
        if (close < 0) continue;
        to = close;
      }
      // Listed as detained, a title ("deputy director Y") is no official's.
      const listable = (x: Mention): boolean => !x.possessor && !x.speaker && !x.commentator && !x.entity.relative;
      const first = mentions.find((x) => x.first >= from && x.last <= to && listable(x));
      // The names must follow at once, past a role word or two ("were photographer X").
      if (!first || tokens.slice(from, first.first).some((t) => !t.word || t.cap) || first.first - from > 3) continue;
      const kinds: Pending[] = [...custody];
      const verb = (m[1] ?? "").toLowerCase();
      // Those not freed are still held: the custody only, which must have been reported.
      if (re === EXCEPT_EN && !held.some((h) => h.counted)) continue;
      if (re === LIST_REF_EN && (verb === "detained" || verb === "arrested") && !kinds.some((k) => k.refined === "detention" || verb === "arrested")) {
        const type: IncidentType = verb === "detained" ? "detention" : refineType("arrest", s.text, readLegal(s.text, lang), lang, criminalCase);
        kinds.push({ type, date: undefined, place: undefined, until: 0, si: 0, refined: type, legal: { articles: [], sentence: null }, counted: true });
      }
      if (!kinds.length) continue;
      const inList = mentions.filter((x) => x.first >= first.first && x.last <= to && listable(x) && !ALIAS_EN.test(tokens[x.first - 1]?.lower ?? ""));
      const semis = tokens.slice(from, to).some((t) => t.text === ";");
      // Items split by semicolons carry clauses of their own ("Z, who was detained with Testova"): the first name of each.
      const people = semis ? inList.filter((x) => !inList.some((y) => y.first < x.first && !tokens.slice(y.last, x.first).some((t) => t.text === ";"))) : inList;
      // "In addition to X, the detained journalists are …": X is one of them.
      const lead = /^(?:in addition to|besides|apart from)\s/i.test(s.text) ? mentions.find((x) => x.first <= 4 && x.last < from && tokens[x.last]?.text === "," && listable(x)) : undefined;
      out.push({ entities: dedupe([...(lead ? [lead] : []), ...people].map((x) => x.entity)), kinds });
    }
  }
  return out;
}

const pointDate = (d: DateMention | undefined): DateMention | undefined => (d?.range ? undefined : d);

const spanDistance = (tr: { start: number; end: number }, pos: number): number => (pos < tr.start ? tr.start - pos : pos >= tr.end ? pos - tr.end : 0);

function nearestOf<T extends { start: number }>(xs: T[], tr: { start: number; end: number }): T | undefined {
  return [...xs].sort((a, b) => spanDistance(tr, a.start) - spanDistance(tr, b.start))[0];
}

/** "the detained poet X", "задержанного поэта X": describes the person, does not date the detention. */
function isAttributive(tokens: Token[], tr: Trigger, lang: "en" | "ru"): boolean {
  if (lang === "en") return /^(the|a|an)$/.test(tokens[tr.first - 1]?.lower ?? "") && /ed$/.test(tokens[tr.first]?.lower ?? "");
  const next = tokens[tr.last];
  // "спустя 9 месяцев после задержания, начался процесс": the time since a custody told elsewhere, not its day.
  if (/^(?:задержания|ареста)$/.test(tokens[tr.first]?.lower ?? "") && tokens[tr.first - 1]?.lower === "после" && !ownerAfter(tokens, tr.last)) return true;
  return tr.def.form === "participle" && next !== undefined && next.word && !next.cap && !/^\d/.test(next.text) && !RU_PREPOSITION.test(next.lower);
}

/** A possessive or a name right after an event noun says whose it was ("после задержания Павла X", "после его ареста"). */
const ownerAfter = (tokens: Token[], k: number): boolean => tokens[k]?.cap === true || /^(?:его|её|ее|их)$/.test(tokens[k]?.lower ?? "");

const dedupe = <T>(xs: T[]): T[] => [...new Set(xs)];

function linkMention(m: NameMention, s: Sentence, si: number, lang: "en" | "ru", entities: Entity[]): Mention {
  const lower = m.words.map((w) => w.toLowerCase());
  let entity: Entity | undefined;
  if (m.relative) {
    const key = lower.join(" ");
    entity = entities.find((e) => e.relative && e.lower.join(" ") === key);
  } else if (lower.length >= 2) {
    entity = entities.find((e) => !e.relative && (lower.every((w) => e.lower.includes(w)) || e.lower.every((w) => lower.includes(w))));
    // An inflected full name the nominative rules could not settle ("В квартире Эрмека Сатыбалдиева"): every word
    // has a reading that matches the person already named.
    if (!entity && lang === "ru") {
      const surface = s.text.slice(m.start - s.start, m.end - s.start).split(/\s+/);
      entity = entities.find((e) => !e.relative && e.lower.length >= 2 && surface.length >= 2 && surface.every((w) => singleForms(w, lang).some((f) => e.lower.includes(f))));
    }
    // "D. Testov" after "Dauletmurat Testov": an initial stands for the given name it opens.
    if (!entity && lang === "en" && lower.some(isInitial)) {
      const full = lower.filter((w) => !isInitial(w));
      entity = entities.find((e) => !e.relative && full.length > 0 && full.every((w) => e.lower.includes(w)) && lower.every((w) => !isInitial(w) || e.lower.some((x) => !full.includes(x) && x[0] === w[0])));
      if (entity) lower.length = 0;
    }
    if (entity && lower.length > entity.lower.length) {
      entity.words = m.words;
      entity.lower = lower;
    }
  } else {
    const forms = singleForms(s.text.slice(m.start - s.start, m.end - s.start), lang);
    const candidates = entities.filter((e) => !e.relative && e.lower.some((w) => forms.includes(w)));
    // Several relatives share a surname: the one named in the nominative form written wins, then the latest seen.
    const exact = candidates.filter((e) => e.lower.includes(lower[0] ?? ""));
    entity = (exact.length ? exact : candidates).sort((a, b) => b.last - a.last)[0];
  }
  if (!entity) {
    entity = { id: entities.length, words: m.words, lower, gender: m.gender, role: m.role, official: m.official, relative: m.relative, last: si };
    entities.push(entity);
  }
  entity.last = si;
  entity.role ??= m.role;
  entity.gender ??= m.gender;
  if (m.official) entity.official = true;
  const after = s.text.slice(m.end - s.start, m.end - s.start + 40);
  const before = s.text.slice(Math.max(0, m.start - s.start - 30), m.start - s.start);
  const speaker = lang === "en"
    ? /^(?:'s)?\s*(?:,[^,]{0,60},\s*)?(said|says|told|added|wrote|stated|explained|claimed|confirmed|announced|denied|declined)\b/i.test(after) ||
      // "His mother, X, said": an appositive name closed by the comma before "said" (not "…the poet X, said", whose
      // comma closes a clause about someone else).
      (/^,\s*(said|told|added|wrote)\b/i.test(after) && (/,\s*$/.test(before) || m.first === 0)) || /\b(said|according to|told by)\s*$/i.test(before)
    : /^[^.;:]{0,25}?(сообщил|заявил|рассказал|сказал|написал|отметил|добавил|пояснил|подтвердил|считает|назвал|отказал)/i.test(after.replace(/^,[^,]{0,80},/, "")) ||
      // A dash after a quotation introduces its speaker; a dash opening a line is a list bullet.
      /(сообщил[аи]?|заявил[аи]?|сказал[аи]?|рассказал[аи]?|[»"”.!?,…]\s*—)(?:\s+[\p{L}-]+){0,3}\s*$/iu.test(before) ||
      // "как утверждает Муджерова": the one who tells it.
      /как\s+(?:утвержда|сообща|рассказыва|пишет|отмеча|говорит|считает)\p{L}*\s*$/iu.test(before) ||
      /(?:по (?:словам|данным|мнению)|со ссылкой на)(?:\s+[\p{L}-]+){0,4}\s*$/iu.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start));
  // "По словам жены Мехрализаде, Нергиз Муджеровой, ее мужа задержали": the source and her appositive name.
  // The appositive must be closed by its own comma: in "По словам её матери, Динару забрали" the name is the object.
  const lead = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
  const source = lang === "ru" && (/по (?:словам|данным|мнению|информации)(?:\s+[\p{L}-]+){0,4}\s*$/iu.test(lead) || (/по (?:словам|данным|мнению|информации)(?:[\s,]+[\p{L}-]+){0,4},\s*$/iu.test(lead) && /^\s*,/.test(after)));
  // Field by field, not "{ ...m }": the spread took V8's slow generic copy on every mention (a few per cent of the
  // extractor's time). A field added to NameMention must be added here too (the return type requires it).
  return {
    first: m.first, last: m.last, start: m.start, end: m.end, words: m.words, gender: m.gender, case: m.case, role: m.role,
    official: m.official, commentator: m.commentator, possessor: m.possessor, relative: m.relative, kin: m.kin,
    entity, speaker: speaker || source, source,
  };
}

const LETTER = /\p{L}/u;

interface RawTrigger {
  def: TriggerDef;
  start: number;
  end: number;
}

function scanTriggers(text: string, lang: "en" | "ru", kazakh: boolean): RawTrigger[] {
  // Kazakh text keeps the Russian patterns: the press mixes Russian terms and names into it.
  const defs = lang === "en" ? EN_TRIGGERS : kazakh ? [...RU_TRIGGERS, ...KK_TRIGGERS] : RU_TRIGGERS;
  // ё is often written е; folding it keeps the offsets, as both are one code unit.
  const folded = lang === "ru" ? text.replace(/ё/g, "е").replace(/Ё/g, "Е") : text;
  const lower = folded.toLowerCase();
  // Lower-casing can change the length of a few exotic letters; then the case-insensitive patterns run instead.
  const useLower = lower.length === folded.length;
  const subject = useLower ? lower : folded;
  const found: RawTrigger[] = [];
  for (const def of defs) {
    if (def.needs !== undefined && !lower.includes(def.needs)) continue;
    const re = useLower ? def.lower : def.re;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (def.wordStart && m.index > 0 && LETTER.test(subject[m.index - 1] ?? "")) re.lastIndex = m.index + 1;
      else if (m[0].length === 0) re.lastIndex++;
      else {
        const lead = def.afterDash ? (/^[—–-] ?/.exec(m[0])?.[0].length ?? 0) : 0;
        found.push({ def, start: m.index + lead, end: m.index + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The triggers inside one sentence; where two overlap, the longer one of another type wins (both stay if one goes `alongside`). */
function triggersIn(s: Sentence, raw: readonly RawTrigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (const r of raw) {
    if (r.start < s.start || r.end > s.end) continue;
    const first = s.tokens.findIndex((t) => t.end > r.start);
    if (first < 0) continue;
    let last = first;
    while (last < s.tokens.length && (s.tokens[last]?.start ?? Infinity) < r.end) last++;
    const t: Trigger = { def: r.def, start: r.start, end: r.end, first, last };
    const clash = out.find((o) => t.start < o.end && o.start < t.end && !((o.def.alongside || t.def.alongside) && o.def.type !== t.def.type));
    if (!clash) out.push(t);
    else if (t.end - t.start > clash.end - clash.start && t.def.type !== clash.def.type) out.splice(out.indexOf(clash), 1, t);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Negated ("was not detained", "не задерживали"), future or demanded ("faces", "calls for his release", "грозит"). */
function blocked(tokens: Token[], tr: Trigger, lang: "en" | "ru"): boolean {
  // "detained in May and jailed": the month, not the modal.
  const window = tokens.slice(Math.max(0, tr.first - (lang === "en" ? 4 : 3)), tr.first).map((t) => (t.cap && t.lower === "may" ? "" : t.lower));
  const inside = tokens.slice(tr.first, tr.last).map((t) => t.lower);
  if (lang === "en") {
    if (window.some((w) => w === "not" || w === "never" || w.endsWith("n't") || w === "no")) return true;
    // "faces charges of rioting" reports charges brought; "faces arrest", "faces up to ten years" are still to come.
    const facesCharges = tr.def.type === "charge" && /^(faces?|facing)$/.test(window.at(-1) ?? "");
    // "are facing charges after being arrested": the arrest is past, whatever the main verb says.
    const after = window.at(-2) === "after" && window.at(-1) === "being";
    // "will be kept in pretrial detention until March 13": a court's custody order, already made.
    const order = tr.def.type === "criminal_arrest" && tokens.slice(tr.last, tr.last + 12).some((t) => t.lower === "until");
    if (!facesCharges && !after && window.some((w) => (w !== "will" || !order) && /^(would|will|going|could|may|might|must|should|shall|faces?|facing|risks?|demand\w*|urg\w*|wants?|plans?|intends?|expected|threatens?|seeking|seek|sought|if|whether|deny|denies|denied)$/.test(w))) return true;
    // "the prosecutor called for X to be imprisoned for 25 years": a requested term, not a verdict.
    if (/^(?:sentence|fine|administrative_arrest|criminal_arrest)$/.test(tr.def.type) && tokens.some((t) => /^prosecut/.test(t.lower)) && tokens.slice(Math.max(0, tr.first - 10), tr.first).some((t) => /^(?:call(?:s|ed)?|request(?:s|ed)?|ask(?:s|ed)?|sought|seeks?|demand(?:s|ed)?)$/.test(t.lower))) return true;
    // "What exactly he is charged with is unknown", "It remains unclear whether she was detained": not reported.
    const before = tokens.slice(Math.max(0, tr.first - 8), tr.first).map((t) => t.lower);
    const q = before.findLastIndex((w) => /^(?:what|why|whether|where)$/.test(w));
    const asked = q >= 0 && !before.slice(q).includes(",");
    if (asked && /^(?:(?:is|are|was|were|remains?|remained) (?:still )?(?:unknown|unclear|not known))\b/.test(tokens.slice(tr.last, tr.last + 8).map((t) => t.lower).join(" ").replace(/^(?:\S+ ){0,2}?(?=(?:is|are|was|were|remains?|remained) )/, ""))) return true;
    if (/\b(?:it|this) (?:is|was|remains?|remained) (?:still )?(?:unknown|unclear|not known) (?:whether|if)\b/.test(tokens.slice(Math.max(0, tr.first - 12), tr.first).map((t) => t.lower).join(" "))) return true;
    // "dismissed a complaint against the arrest of X": the appeal is the news, the arrest was reported before.
    if (tr.def.form === "noun" && /^(?:arrest|detention)$/.test(tokens[tr.first]?.lower === "the" ? tokens[tr.first + 1]?.lower ?? "" : tokens[tr.first]?.lower ?? "") && window.some((w) => /^(?:complaints?|appeals?)$/.test(w))) return true;
    // "release X and all other journalists currently imprisoned for their work": the unnamed others, in a demand.
    // "two days before his arrest, X shared a post", "in the months prior to their arrest": a time reference to an
    // arrest the report tells (or not) elsewhere, not a report of it; so is "under 21 at the time of their arrest".
    if (/^(?:arrest|detention)$/.test(tokens[tr.first]?.lower ?? "") && /^(?:his|her|their)$/.test(window.at(-1) ?? "") && (window.at(-2) === "before" || window.at(-2) === "ahead" || (window.at(-2) === "to" && window.at(-3) === "prior") || (window.at(-2) === "of" && window.at(-3) === "time"))) return true;
    // "release X and everyone else who is arbitrarily detained": the others, unnamed.
    if (window.includes("else") && window.includes("who")) return true;
    // "expected them to announce charges by May 28 or else release them": the alternative of an expectation.
    if (window.at(-1) === "else" && window.at(-2) === "or") return true;
    if (/^(?:other|others)$/.test(window.at(-2) ?? "") || (window.at(-3) === "other" && /^(?:currently|still|now|unjustly|wrongfully|already)$/.test(window.at(-1) ?? ""))) return true;
    // "after questioning" only counts opening the sentence, where it is about the main clause's people.
    if (tr.first > 0 && /^(after|following)$/.test(tokens[tr.first]?.lower ?? "")) return true;
    if (tr.def.type === "release" && window.some((w) => /^(call\w*|for|demanding|until|pending|without)$/.test(w))) return true;
    // "is calling on Kyrgyz authorities to immediately release X": the demand reaches further back than the verb.
    if (tr.def.type === "release" && tokens.slice(Math.max(0, tr.first - 9), tr.first).some((t) => /^(call(?:s|ed|ing)?|urg\w*|demand\w*|must|should)$/.test(t.lower))) return true;
    // "The journalists reject the charges", "X denied the charges against him": denying them reports no charging.
    if (tr.def.type === "charge" && tokens.slice(Math.max(0, tr.first - 4), tr.last + 3).some((t) => /^(?:reject(?:s|ed)?|den(?:y|ies|ied)|dispute[sd]?|refute[sd]?)$/.test(t.lower))) return true;
    // "A court extended the pre-trial detention of X": the custody goes on; no new arrest.
    if (/^(?:extended|extends|extend|prolonged)$/.test(window.at(-1) ?? "") || (/^(?:the|his|her|their)$/.test(window.at(-1) ?? "") && /^(?:extended|extends|extend|prolonged)$/.test(window.at(-2) ?? ""))) return true;
    // "jailed journalist X", "an appeal by jailed X", "X, jailed former coordinator of …": a state the story takes as
    // known, not a report of the verdict.
    const adjective = tr.def.type === "sentence" && tokens[tr.first]?.lower === "jailed" && tr.last === tr.first + 1;
    const nextWord = tokens[tr.last]?.lower ?? "";
    if (adjective && (/^(?:the|a|an|by|of|for|against|to|with)$/.test(window.at(-1) ?? "") || roleOf(nextWord) !== null || (window.at(-1) === "," && GAP_WORD.test(nextWord)))) return true;
    // "The charges against them remained unknown": that they were charged is not what it reports.
    if (tr.def.type === "charge" && /^charges?$/.test(tokens[tr.first]?.lower ?? "") && tokens.slice(tr.last, tr.last + 5).some((t, n, after) => /^(?:remain(?:s|ed)?|are|were|is|was)$/.test(t.lower) && /^(?:unknown|unclear)$/.test(after[n + 1]?.lower ?? ""))) return true;
    // "sentenced … on charges of", "convicted on charges of": the grounds of the verdict, not a charge of its own.
    if (tr.def.type === "charge" && (window.at(-1) === "on" || window.at(-1) === "under" || tokens[tr.first]?.lower === "on") && tokens.some((t) => /^(sentenced|convicted|jailed|found)$/.test(t.lower))) return true;
    return false;
  }
  if (window.slice(-2).some((w) => w === "не" || w === "ни")) return true;
  // "X (три года)": a term in brackets after a name is a verdict only in a list of them or beside a word for one
  // (an age is written so too).
  if (tr.def.type === "sentence" && tokens[tr.first]?.text === "(" && !(tokens[tr.first - 1]?.cap && (tokens.filter((t, k) => t.text === "(" && /^(?:лет|года?)$/.test(tokens[k + 2]?.lower ?? "")).length >= 2 || tokens.some((t) => /^(?:приговор|осужд|осуди|срок|колони|заключени)/.test(t.lower))))) return true;
  // "приговорен по обвинению в …": the grounds of the verdict, not a charge of its own.
  // Only right after the custody it grounds ("задержаны по обвинению"); elsewhere it may belong to anyone named.
  // "арестованы на два месяца по обвинению в …": the custody's term may stand between.
  const held = tokens[tr.first - (TERM_RU.test(tokens.slice(Math.max(0, tr.first - 3), tr.first).map((t) => t.lower).join(" ")) ? 4 : 1)]?.lower ?? "";
  if (tr.def.type === "charge" && tokens[tr.first]?.lower === "по" && (tokens.some((t) => /^(приговор|осужд|осуд)/.test(t.lower)) || !/^(задержа|арестова|водвор|помещ|взят)/.test(held))) return true;
  // "Сами журналисты отвергают предъявленные обвинения", "обвинения отвергли": denying the charges reports no charging.
  if (tr.def.type === "charge" && tokens.slice(Math.max(0, tr.first - 4), tr.last + 3).some((t) => /^(?:отверга|отвергл|отверг|отрица|оспарива|опроверга)/.test(t.lower))) return true;
  // "В чем их обвиняют, власти не сообщают": a question about the charge, not a charge.
  if (tr.def.type === "charge" && /(?:^| )(?:в чем|в чём|за что)(?: |$)/.test(window.join(" "))) return true;
  // "задержан не был", "освобождена не была".
  const after = tokens.slice(tr.last, tr.last + 2).map((t) => t.lower);
  if (after[0] === "не" && /^был/.test(after[1] ?? "")) return true;
  // "не выходит на связь", "не может покидать" are the incident; "обвинений … не предъявляли" denies it.
  if (inside.includes("не") && !/не (?:выход|выш|могут|может|давали|дал|выпуск|выпуст|пуск|пуст)/.test(inside.join(" "))) return true;
  // "призываем … принять меры для немедленного освобождения X", "требуют скорейшего освобождения": a demand
  // reaches further back than the verb.
  if (tr.def.type === "release" && (/^(немедленн|незамедлительн|скорейш|безусловн)/.test(window.at(-1) ?? "") || tokens.slice(Math.max(0, tr.first - 10), tr.first).some((t) => /^(призыва|призвал|призыв|требу|потребова|настаива|добива|просим|просят|должн|необходимо)/.test(t.lower)))) return true;
  // "слухи о его задержании": a rumour, not a report.
  if (window.some((w) => /^слух/.test(w))) return true;
  // "Родственники предполагают, что он был задержан", "опасаются, что его похитили": a guess, not a report.
  for (let k = tr.first - 1; k >= Math.max(1, tr.first - 10); k--) {
    const t = tokens[k];
    if (!t || /^[.;:!?]$/.test(t.text)) break;
    if (t.lower !== "что" || tokens[k - 1]?.text !== ",") continue;
    if (tokens.slice(Math.max(0, k - 4), k - 1).some((w) => /^(?:предполага\p{L}*|полага\p{L}*|подозрева\p{L}*|опаса\p{L}*|боя\p{L}*|исключа\p{L}*|допуска\p{L}*|вероятно|возможно)$/u.test(w.lower))) return true;
    break;
  }
  // "должны предотвратить экстрадицию X и не допустить пыток и жестокого обращения": what is to be prevented.
  if (tokens.slice(Math.max(0, tr.first - 8), tr.first).some((t) => /^(?:допустить|допускать|предотвратить|предотвращать)$/.test(t.lower))) return true;
  // "где ему могут грозить пытки и жестокое обращение": the second of two threatened things is threatened too.
  const reach: string[] = [];
  for (let k = tr.first - 1; k >= Math.max(0, tr.first - 6) && /[\p{L}]/u.test(tokens[k]?.text ?? ""); k--) reach.push(tokens[k]?.lower ?? "");
  if (reach.some((w) => /^(?:грозить|угрожать|грозят|грозит|угрожают|угрожает)$/.test(w))) return true;
  if (window.some((w) => /^(грозит|грозят|может|могут|могли|будет|будут|требу\p{L}*|призыва\p{L}*|требованием|намерен\p{L}*|планиру\p{L}*|хотят|собира\p{L}*|если|обжалует|последующим|отказано|отказали|отказал|отказала|отказывают|отказывает)$/u.test(w))) return true;
  return false;
}

/** "на два месяца", "на 15 суток": the term of a custody, between it and its grounds. */
const TERM_RU = /^на (?:\d+|\p{L}+) (?:месяц\p{L}*|сут\p{L}*|дн\p{L}*|недел\p{L}*)$/u;

function clauseBounds(tokens: Token[], idx: number): [number, number] {
  let a = idx;
  while (a > 0 && !CLAUSE_PUNCT.has(tokens[a - 1]?.text ?? "")) a--;
  let b = idx;
  while (b < tokens.length && !CLAUSE_PUNCT.has(tokens[b]?.text ?? "")) b++;
  return [a, b];
}

/** "was detained, beaten and shown on television": a trigger joined to the previous one shares its victims. */
function coordinatedWith(tokens: Token[], prev: Trigger, tr: Trigger, lang: "en" | "ru", mentions: Mention[]): boolean {
  const gap = tokens.slice(prev.last, tr.first);
  if (gap.length > 10) return false;
  const words = gap.map((t) => t.lower);
  // "were detained on charges of tax evasion", "задержаны по обвинению в контрабанде": the grounds of the custody
  // are charges against the same people.
  if (tr.def.type === "charge" && CUSTODY.has(prev.def.type) && ((words.length === 1 && /^(on|over|по)$/.test(words[0] ?? "")) || (words.length === 0 && tokens[tr.first]?.lower === "on"))) return true;
  if (lang === "ru" && tr.def.type === "charge" && CUSTODY.has(prev.def.type) && tokens[tr.first]?.lower === "по" && TERM_RU.test(words.join(" "))) return true;
  // "detained X and Y on the same charges", "who was detained a day earlier on a hooliganism charge", "detained Z on
  // 5 May on charges of …": the people and the day of the custody may stand between it and its grounds.
  if (lang === "en" && tr.def.type === "charge" && CUSTODY.has(prev.def.type) && (tokens[tr.first]?.lower === "on" || words.at(-1) === "on") && !words.some((w) => /^(?:who|which|that|whose|said|says|told|while|after|before|because|when|but|and then|later)$/.test(w) || AUX.has(w))) return true;
  // "прошли обыски, в ходе которых были изъяты телефоны": what the search took was theirs.
  if (lang === "ru" && prev.def.type === "search" && tr.def.type === "equipment_seizure" && /^, (?:в ходе|во время) котор\p{L}+(?: \p{L}+)?$/u.test(words.join(" "))) return true;
  const joiner = lang === "en" ? words.some((w) => w === "and" || w === "then" || w === "or") || words.at(-1) === "," : words.some((w) => w === "и" || w === "а") || words.at(-1) === ",";
  if (!joiner) return false;
  // A new name in between ("and police searched X") breaks the chain.
  if (mentions.some((m) => m.first >= prev.last && m.last <= tr.first)) return false;
  // A new agent ("and police searched X") starts another clause; a passive's agent ("beaten by investigators and
  // forced to …") does not.
  if (lang === "en" && words.some((w, i) => /^(police|officers|court|judge|investigators|soldiers|guards)$/.test(w) && words[i - 1] !== "by")) return false;
  if (lang === "en" && words.some((w) => AUX.has(w)) && !words.slice(-3).some((w) => AUX.has(w))) return false;
  // "the women were released, but the camera operator was detained": a contrast with a subject of its own.
  if (lang === "en" && words.includes("but") && words.some((w) => /^(the|a|an|his|her|their)$/.test(w))) return false;
  // "sentenced X to 10 days, and handed a 7-day term to his colleague Y": an active verb with an object of its own.
  if (lang === "en" && !AUX.has(words.at(-1) ?? "") && mentions.some((m) => m.first >= tr.last && m.first - tr.last <= 4 && !tokens.slice(tr.last, m.first).some((t) => !t.word))) return false;
  // A new subject or object pronoun starts another clause; a possessive ("at his home") does not.
  const possessive = /^(his|her|their|its|его|её|ее|их)$/;
  return !words.some((w) => /^(who|which|that|said|told|он|она|они|что|который|которая)$/.test(w) || (!possessive.test(w) && (PRON_SG_EN[w] || PRON_PL_EN.has(w) || (lang === "ru" && (PRON_SG_RU[w] || PRON_PL_RU.has(w))))));
}

function mentionAt(mentions: Mention[], predicate: (m: Mention) => boolean): Mention | undefined {
  return mentions.find(predicate);
}

// "и член правления "Платформы III Республики" Y": a quoted outlet or party name belongs to the role before it.
const unquote = (gap: string, lang: "en" | "ru"): string => (lang === "ru" ? gap.replace(/\s*(?:"[^"]{1,60}"|«[^»]{1,60}»)/g, "") : gap);

/** The mention and the names joined to it by "and", commas and role words ("X, Y and cameraman Z"). */
function group(m: Mention, mentions: Mention[], s: Sentence, lang: "en" | "ru"): Entity[] {
  const gap = lang === "en" ? GROUP_GAP_EN : GROUP_GAP_RU;
  const ok = (x: Mention): boolean => !x.possessor && !x.entity.official && !x.commentator;
  // "X (Alias), Y (Alias2) and Z", "Рамин Тестов (Самплзаде), Айнур Фиктова (Демова) и …": a name in brackets is
  // another name of the one before it.
  const bracketed = (x: Mention): boolean => x !== m && s.tokens[x.first - 1]?.text === "(" && s.tokens[x.last]?.text === ")";
  const sorted = mentions.filter((x) => (!x.possessor || x === m) && !bracketed(x)).sort((a, b) => a.start - b.start);
  // An aside in brackets after a name ("(also a Radio Liberty correspondent)") does not end the list.
  const gapText = (a: Mention, b: Mention): string => s.text.slice(a.end - s.start, b.start - s.start).replace(/^\s*\([^()]{1,80}\)/, "");
  const i = sorted.indexOf(m);
  const out: Mention[] = [m];
  for (let j = i - 1; j >= 0; j--) {
    const a = sorted[j];
    const b = sorted[j + 1];
    if (!a || !b || !ok(a)) break;
    const between = unquote(gapText(a, b).replace(/^['’]s/, "").toLowerCase(), lang);
    const g = gap.exec(between);
    // "associates of X, Y" are not X's list; "X, a senior member of the party, and Y" is (the "of" is X's title).
    const core = lang === "en" ? between.replace(/^\s*,\s*(?:a|an|the)\s+[a-z -]{1,60},/, "") : between;
    if (!g || !gapOk(g[1] ?? "") || /(?<![\p{L}])(?:of|у)(?![\p{L}])/u.test(core)) break;
    out.unshift(a);
  }
  // English lists end in "and": names joined by commas alone ("for X, Y, Amnesty's director, said") are no list.
  const joined = (a: Mention, b: Mention): boolean => /\b(?:and|as well as|along with|together with)\b|&/.test(gapText(a, b));
  let confirmed = out.length;
  let anyJoin = out.some((x, k) => k > 0 && joined(out[k - 1] as Mention, x));
  for (let j = i + 1; j < sorted.length; j++) {
    const a = sorted[j - 1];
    const b = sorted[j];
    if (!a || !b || !ok(b)) break;
    const g = gap.exec(unquote(gapText(a, b).toLowerCase(), lang));
    if (!g || !gapOk(g[1] ?? "")) break;
    out.push(b);
    if (joined(a, b)) {
      anyJoin = true;
      confirmed = out.length;
    }
  }
  if (lang === "en") {
    // "police detained Dzhakhin A., Testov A., Demov M. when …": names with their initials, or three names or more,
    // separated by bare commas are a chronicle's list all the same.
    const bare = out.length >= 2 && out.every((x, k) => k === 0 || /^\s*,\s*$/.test(gapText(out[k - 1] as Mention, x)));
    if (bare && !anyJoin && (out.length >= 3 || out.every((x) => x.words.some(isInitial)))) return dedupe(out.map((x) => x.entity));
    if (!anyJoin) return [m.entity];
    // "…, as well as X, Y (TUT.BY), Z (TASS).": a joined list whose tail runs to the end of the sentence is one list.
    let after = (out.at(-1)?.last ?? 0);
    if (s.tokens[after]?.text === "(") after = s.tokens.findIndex((t, k) => k > after && t.text === ")") + 1;
    if (after > 0 && (after >= s.tokens.length || (s.tokens[after]?.text === "." && after === s.tokens.length - 1))) confirmed = out.length;
    out.length = Math.max(confirmed, out.indexOf(m) + 1);
  }
  return dedupe(out.map((x) => x.entity));
}

const MEMBERS_EN = /^\s*(?:(?:they|these|those)\s+(?:include[sd]?|included)\s*:?\s*|among (?:the|those)\b(?! (?:detained|arrested|detainees|convicted|sentenced) (?:was|were|is|are)\b)[^.;:]{0,100}?\b(?:were|was|are|is)\s+(?:also\s+)?)/i;
/**
 * "former deputy X, retired colonel Y, Z (assistant to W), activists A and B": the names from `from` on, each within
 * a few words of the one before, past titles; a name in brackets is a note about the one before it.
 */
function titledList(s: Sentence, mentions: Mention[], from: number): Entity[] {
  const out: Entity[] = [];
  let prevEnd = s.tokens[from]?.start ?? s.end;
  for (const m of mentions) {
    if (m.first < from || m.possessor || m.speaker || m.entity.relative) continue;
    const gap = s.text.slice(prevEnd - s.start, m.start - s.start);
    if (/\([^)]*$/.test(gap)) continue;
    const clean = gap.replace(/\([^()]{0,60}\)/g, " ");
    const words = clean.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (/[;:]|\.\s/.test(clean.replace(/\b\p{L}\./gu, "")) || words > 6 || (out.length > 0 && !/,|\band\b/.test(clean))) break;
    out.push(m.entity);
    prevEnd = m.end;
  }
  return dedupe(out);
}

const TERM_FOR_EN = /(?:,|;|\band)\s+(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)[- ](?:days?|months?|years?)(?: of [a-z ]{1,30}?)? for\s+/gi;
function termsFor(s: Sentence, tr: Trigger, mentions: Mention[]): Entity[] {
  const out: Entity[] = [];
  TERM_FOR_EN.lastIndex = Math.max(0, tr.end - s.start);
  for (let m = TERM_FOR_EN.exec(s.text); m; m = TERM_FOR_EN.exec(s.text)) {
    const at = s.start + m.index + m[0].length;
    const first = mentions.find((x) => x.start >= at && x.start <= at + 40 && !x.possessor && !x.entity.official && !x.entity.relative);
    if (first && /^[\p{Ll}\s-]*$/u.test(s.text.slice(at - s.start, first.start - s.start))) out.push(...group(first, mentions, s, "en"));
  }
  return out;
}

/** "the defendants A, B (deceased), C and D": names after a plural noun, joined by commas or "and" alone. */
function commaList(m: Mention, mentions: Mention[], s: Sentence): Entity[] {
  const out: Entity[] = [m.entity];
  let a = m;
  for (const b of mentions) {
    if (b.first <= a.first) continue;
    const gap = s.text.slice(a.end - s.start, b.start - s.start).replace(/^\s*\([^()]{1,30}\)/, "");
    if (!/^\s*(?:,|,?\s*and)\s*$/.test(gap) || b.possessor || b.entity.official || b.entity.relative) break;
    out.push(b.entity);
    a = b;
  }
  return dedupe(out);
}

/** What the document has said so far, beyond the current focus: for "all three" and for a pronoun whose gender rules the focus out. */
interface Seen {
  /** Everyone named, most recently mentioned first. */
  people: Entity[];
  /** Everyone something happened to, most recent first. */
  victims: Entity[];
  /** Everyone something happened to in the latest paragraph that reported anything. */
  paragraph: Entity[];
  /** The relative of a person named only by kinship ("X and his son", "X's husband"): "X's son", one per document. */
  kin: (e: Entity, word: string) => Entity;
}

const KIN_ONLY_EN = /^(?:son|daughter|wife|husband|brother|sister|mother|father)$/;

function resolvePronoun(word: string, idx: number, mentions: Mention[], focus: Entity[], lang: "en" | "ru", seen: Seen, s?: Sentence): Entity[] {
  const sg = lang === "en" ? PRON_SG_EN[word] : PRON_SG_RU[word];
  const pl = lang === "en" ? PRON_PL_EN.has(word) : PRON_PL_RU.has(word);
  if (pl && !sg && s) {
    // "…, а 8 марта — X и Y, они были отправлены под арест": the names just listed in the sentence.
    const last = mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.official && !m.speaker && !m.commentator).sort((a, b) => b.last - a.last)[0];
    const g = last ? group(last, mentions, s, lang) : [];
    if (g.length >= 2) return g;
  }
  // "им" is "to them" or "by him": after a group, with no one named before it in the sentence, it is the group.
  if (lang === "ru" && word === "им" && focus.length >= 2 && !mentions.some((m) => m.last <= idx && !m.possessor)) return focus;
  if (pl && !sg) {
    if (focus.length >= 2) return focus;
    // "X said both of them were detained": X and the person the text was about.
    const speaker = mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.official && !m.entity.relative).sort((a, b) => b.last - a.last)[0];
    return speaker && focus.length === 1 && !focus.includes(speaker.entity) ? [...focus, speaker.entity] : [];
  }
  const g = sg ?? null;
  const before = mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.relative && (!g || !m.entity.gender || m.entity.gender === g)).sort((a, b) => b.last - a.last);
  const near = before.find((m) => !m.entity.official && !m.commentator) ?? before[0];
  if (near) return [near.entity];
  const f = focus.filter((e) => !g || !e.gender || e.gender === g);
  if (f.length) return f.slice(0, 1);
  // "She herself was not detained, but she was questioned" after a paragraph about a man: the latest woman named,
  // even if she was only quoted so far.
  const other = g ? seen.people.find((e) => e.gender === g && !e.official && !e.relative) : undefined;
  return other ? [other] : [];
}

function anaphor(tokens: Token[], idx: number, mentions: Mention[], focus: Entity[], seen?: Seen): Entity[] {
  const role = roleOf(tokens[idx]?.lower ?? "");
  // "Журналистку отпустили": a feminine role word points at a woman, whoever else was named last.
  const fem = /(?:к[уиеа]|кой|ниц[аеуы]|ницей)$/.test(tokens[idx]?.lower ?? "") && /[а-яё]/.test(tokens[idx]?.lower ?? "");
  if (fem) {
    const f = [...mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.official && !m.speaker && m.entity.gender === "f").sort((a, b) => b.last - a.last).map((m) => m.entity), ...focus.filter((e) => e.gender === "f"), ...(seen?.victims ?? []).filter((e) => e.gender === "f" && !e.official), ...(seen?.people ?? []).filter((e) => e.gender === "f" && !e.official && !e.relative)];
    if (f[0]) return [f[0]];
  }
  // "X's lawyer, Y, said police took his client": the client is the one the lawyer belongs to, never the lawyer.
  if (tokens[idx]?.lower.startsWith("client")) {
    const owner = mentions.filter((m) => m.last <= idx && !m.entity.official && !m.speaker && m.entity.role !== "lawyer").sort((a, b) => b.last - a.last)[0];
    return owner ? [owner.entity] : focus.filter((e) => e.role !== "lawyer").slice(0, 1);
  }
  const f = focus.filter((e) => !role || !e.role || e.role === role);
  return f.slice(0, 1).length ? f.slice(0, 1) : focus.slice(0, 1);
}

/**
 * "▪️ X — got 15 days", "— Роза Тлеубаева — 10 суток ареста": a list item or headline that names the person, a
 * dash, and what happened, with no verb linking the two.
 */
function dashItem(tokens: Token[], cs: number, mentions: Mention[], s: Sentence, lang: "en" | "ru"): Victims | null {
  if (!/^[—–-]$/.test(tokens[cs - 1]?.text ?? "")) return null;
  // "Olga Kravchenko (teacher) — fined": a parenthesis may stand between the name and the dash.
  let end = cs - 1;
  if (tokens[end - 1]?.text === ")") {
    const open = tokens.slice(Math.max(0, end - 8), end).map((t) => t.text).lastIndexOf("(");
    if (open >= 0) end = Math.max(0, end - 8) + open;
  }
  const m = mentionAt(mentions, (x) => x.last === end && !x.possessor && !x.speaker && !x.entity.official && !x.commentator);
  return m ? { entities: group(m, mentions, s, lang), confidence: 0.7 } : null;
}

/** English: voice decides where the victim stands. */
function attachEn(s: Sentence, tr: Trigger, mentions: Mention[], focus: Entity[], seen: Seen): Victims | null {
  const tokens = s.tokens;
  const [cs, ce] = clauseBounds(tokens, tr.first);
  let k = tr.first - 1;
  while (k >= cs && ADVERBS.has(tokens[k]?.lower ?? "")) k--;
  // "X, Y and Z also had their homes searched", "she had her phone confiscated": the owners are the subject of "had".
  const ownedAt = OWNED_EN.test(tokens[k]?.lower ?? "") ? k : OWNED_EN.test(tokens[tr.first]?.lower ?? "") ? tr.first : -1;
  if (ownedAt - 2 >= cs && /^(his|her|their)$/.test(tokens[ownedAt - 1]?.lower ?? "") && /^(had|has|have)$/.test(tokens[ownedAt - 2]?.lower ?? "")) {
    k = ownedAt - 3;
    while (k >= cs && ADVERBS.has(tokens[k]?.lower ?? "")) k--;
    const subj = subjectAt(tokens, k, cs, mentions, focus, s, seen);
    if (subj) return longList(subj, tokens, cs, k, mentions);
  }
  const passive = k >= cs && AUX.has(tokens[k]?.lower ?? "");
  if (passive) {
    k--;
    // "Both were detained": before the auxiliary, "both" and "all" are the subject, not adverbs.
    // "will be kept in pretrial detention until March 13": a court's custody order runs into the future.
    const custodyOrder = tr.def.type === "criminal_arrest" || tr.def.type === "house_arrest";
    while (k >= cs && ((ADVERBS.has(tokens[k]?.lower ?? "") && !/^(both|all)$/.test(tokens[k]?.lower ?? "")) || /^(had|has|have|not|to|was|were|is|are|been|being)$/.test(tokens[k]?.lower ?? "") || (custodyOrder && tokens[k]?.lower === "will"))) k--;
    // "two former staff — X and cameraman Y — were placed …": the names inside the dashes are the subject.
    const dashed = k < cs && /^[—–-]$/.test(tokens[cs - 1]?.text ?? "") ? mentionAt(mentions, (x) => x.last === cs - 1 && !x.possessor && !x.speaker) : undefined;
    // "X (Testov Media) was detained": a note in brackets between the name and the verb.
    const bracketOpen = k < cs && tokens[cs - 1]?.text === ")" ? tokens.slice(Math.max(0, cs - 10), cs - 1).map((t) => t.text).lastIndexOf("(") : -1;
    const bracketed = bracketOpen >= 0 ? mentionAt(mentions, (x) => x.last === Math.max(0, cs - 10) + bracketOpen && !x.possessor && !x.speaker && !x.entity.official) : undefined;
    const subj = includedBefore(s, tr, mentions) ?? subjectAt(tokens, k, cs, mentions, focus, s, seen) ?? (k < cs ? betweenDashes(tokens, cs, mentions) : null) ?? (dashed ? { entities: group(dashed, mentions, s, "en"), confidence: 0.75 } : null) ?? (bracketed ? { entities: group(bracketed, mentions, s, "en"), confidence: 0.75 } : null) ?? including(tokens, tr, ce, mentions, s);
    // "All of them except X and Y were set free": the people excepted are the ones it did not happen to.
    const except = tokens.findIndex((t, j) => j >= cs && j <= k && /^(?:except|excluding)$/.test(t.lower));
    if (subj && except >= 0 && subj.entities.every((e) => mentions.some((x) => x.entity === e && x.first > except && x.first <= k))) return null;
    if (subj) return withEllipsis(longList(subj, tokens, cs, k, mentions), s, tr, ce, mentions);
    // "Searches were carried out in their homes": the owners the pronoun stands for.
    const home = tr.def.type === "search" ? tokens.findIndex((t, j) => j >= tr.last && j < Math.min(ce, tr.last + 4) && /^(?:his|her|their)$/.test(t.lower) && OWNED_EN.test(tokens[j + 1]?.lower ?? "")) : -1;
    if (home >= 0) {
      const r = resolvePronoun(tokens[home]?.lower ?? "", home, mentions, focus, "en", seen, s);
      if (r.length) return { entities: r, confidence: 0.6 };
    }
    return null;
  }
  const item = dashItem(tokens, cs, mentions, s, "en");
  if (item) return item;
  // "Abenova's detention", "after Kassymov's arrest": the owner of the event noun.
  const whose = mentionAt(mentions, (x) => x.possessor && x.last === tr.first && !x.entity.relative);
  if (whose && (tr.def.form === "noun" || /^(arrest|detention|release|abduction|deportation)$/.test(tokens[tr.first]?.lower ?? ""))) {
    return { entities: [whose.entity], confidence: 0.8 };
  }
  // "X, detained on January 5, …": a participle right after a name and a comma.
  if (tokens[tr.first - 1]?.text === ",") {
    const m = mentionAt(mentions, (x) => x.last === tr.first - 1 && !x.possessor);
    if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.8 };
  }
  // Active or adjectival: the object follows, possibly inside the trigger phrase ("confiscated her phone").
  for (let j = tr.first + 1, n = 0; j < ce && n < 16; j++, n++) {
    const tok = tokens[j];
    if (!tok) break;
    const m = mentionAt(mentions, (x) => x.first === j && !x.possessor);
    // "detained three associates of Navalny – X, Y and Z": the people a group belongs to are not its members.
    const groupOf = tokens[j - 1]?.lower === "of" && /^(?:associates|supporters|allies|colleagues|members|staff|employees|relatives|friends|followers|aides|activists|lawyers|team)$/.test(tokens[j - 2]?.lower ?? "");
    if (m && groupOf) continue;
    if (m && !(m.speaker && j > tr.last)) {
      const objects = group(m, mentions, s, "en");
      return { entities: TERM_TYPES.has(tr.def.type) ? dedupe([...objects, ...gappedTerms(tokens, m, mentions)]) : objects, confidence: 0.9 };
    }
    // "searched Testov's flat", "the search of Testov's house": the owner of the thing is whom it happened to.
    const owner = mentionAt(mentions, (x) => x.first === j && x.possessor && OWNED_EN.test(tokens[x.last]?.lower ?? "") && !x.entity.relative);
    if (owner && (tr.def.type === "search" || tr.def.type === "equipment_seizure")) return { entities: [owner.entity], confidence: 0.8 };
    // "upheld X's sentence": the one whose verdict the appeal court decided.
    const convicted = tr.def.type === "appeal" ? mentionAt(mentions, (x) => x.first === j && x.possessor && /^(?:convictions?|sentences?|verdicts?|prison)$/.test(tokens[x.last]?.lower ?? "") && !x.entity.relative) : undefined;
    if (convicted) return { entities: [convicted.entity], confidence: 0.8 };
    // "detained two bishops and businessman X": an object list runs on past "and" into a name, when only role words
    // (no verb of a new clause) stand between.
    const listGoesOn = tok.lower === "and" && tokens.slice(tr.last, j).every((t) => t.word) && mentions.some((x) => x.first > j && x.first <= j + 3 && !x.possessor && tokens.slice(j + 1, x.first).every((t) => roleOf(t.lower) !== null || /^(?:the|a|an|his|her|their|former|prominent|opposition|fellow|businessman|businesswoman|bishop|priest|lawmaker|deputy|leader)$/.test(t.lower)));
    if (j >= tr.last && EN_OBJECT_STOP.test(tok.lower) && j > tr.last && !listGoesOn) break;
    // "took the four to the Department of Financial Investigation": what follows "to the" is where, not whom.
    if (j > tr.last && tok.lower === "to" && /^(?:the|a|an)$/.test(tokens[j + 1]?.lower ?? "")) break;
    // "took the four to …"
    const theFour = !mentions.some((x) => x.first === j + 1) ? lastCounted(tokens, j, seen) : null;
    if (theFour) return { entities: theFour, confidence: 0.6 };
    if (PRON_SG_EN[tok.lower] || PRON_PL_EN.has(tok.lower)) {
      if (KIN_EN.test(tokens[j + 1]?.lower ?? "")) continue;
      // "took his client": whose client it is says nothing of who was held; the role word is read next.
      if (/^(his|her|their)$/.test(tok.lower) && /^clients?$/.test(tokens[j + 1]?.lower ?? "")) continue;
      // "detained their director, X": a possessive before a title that a name follows.
      if (/^(his|her|their)$/.test(tok.lower) && /^[a-z-]+$/.test(tokens[j + 1]?.text ?? "") && mentions.some((x) => x.first > j + 1 && x.first <= j + 3 && !x.possessor)) continue;
      // "took at least 10 of them": a counted part of a group, not the person in focus.
      if (unnamedGroup(tokens, j, mentions)) break;
      const r = resolvePronoun(tok.lower, j, mentions, focus, "en", seen);
      if (r.length) return { entities: r, confidence: 0.7 };
      break;
    }
    // "placed all three under arrest": the last three people something happened to.
    const count = tok.lower === "all" ? countWord(tokens[j + 1]?.lower ?? "") : 0;
    if (count && seen.victims.length >= count) return { entities: seen.victims.slice(0, count), confidence: 0.6 };
    // "searched the journalist's home": the role word owns the thing searched.
    const ownerRole = /['’]s$/.test(tok.lower) && OWNED_EN.test(tokens[j + 1]?.lower ?? "") && ANAPHOR_EN.test(tok.lower.slice(0, -2));
    if (ownerRole && tokens[j - 1]?.lower === "the") {
      const r = focus.slice(0, 1);
      if (r.length) return { entities: r, confidence: 0.6 };
    }
    if (/^(the|his|her|their)$/.test(tokens[j - 1]?.lower ?? "") && ANAPHOR_EN.test(tok.lower) && !mentions.some((x) => x.first === j + 1)) {
      const r = anaphor(tokens, j, mentions, focus);
      if (r.length) return { entities: r, confidence: 0.6 };
    }
  }
  // The subject of an intransitive report ("she could not leave", "he went missing").
  const w = tokens[k]?.lower ?? "";
  if (k >= cs && (PRON_SG_EN[w] || PRON_PL_EN.has(w)) && !unnamedGroup(tokens, k, mentions)) {
    const r = resolvePronoun(w, k, mentions, focus, "en", seen);
    if (r.length) return { entities: r, confidence: 0.65 };
  }
  const inc = including(tokens, tr, ce, mentions, s);
  if (inc) return inc;
  // Nothing after it ("a court placed Bekturova in pre-trial detention"): the nearest name before, if not a speaker.
  const before = mentions.filter((x) => x.last <= tr.first && x.first >= cs && !x.possessor && !x.speaker && !x.entity.official && !x.commentator).sort((a, b) => b.last - a.last)[0];
  if (before) return { entities: group(before, mentions, s, "en"), confidence: 0.55 };
  return null;
}

/**
 * "суд арестовал шестерых сотрудников: директора X, его заместителя Y …", "detained five people: X, Y and Z": a
 * clause that ends in a colon (or counts people and ends in a dash) names them after it.
 */
function colonList(tokens: Token[], tr: Trigger, mentions: Mention[]): Victims | null {
  const [, ce] = clauseBounds(tokens, tr.first);
  if (ce - tr.last > 8) return null;
  // "убили двух лидеров — X и Y": a dash after a counted group works as the colon does.
  const counted = tokens.slice(tr.first, ce).some((t) => /^(\d+|two|three|four|five|six|several|двух|трех|трёх|четырех|четырёх|пятерых|шестерых|двоих|троих|четверых|нескольких|двум|трем|трём|четырем|четырём|пяти|пятерым|двоим|троим|нескольким)$/.test(t.lower));
  if (tokens[ce]?.text !== ":" && !(/^[—–-]$/.test(tokens[ce]?.text ?? "") && counted)) return null;
  const listed = mentions.filter((m) => m.first > ce && !m.possessor && !m.speaker && !m.entity.official && !m.commentator);
  return listed.length >= 2 ? { entities: dedupe(listed.map((m) => m.entity)), confidence: 0.65 } : null;
}

/**
 * "Activists A, B, …, ex-governor of Jalal-Abad region Y and leader of Turan party Z were placed …": a long list
 * whose items carry titles with "of" breaks the pairwise grouping; a verbless run of at least three comma-separated
 * names before the passive verb is one subject.
 */
function longList(v: Victims, tokens: Token[], cs: number, k: number, mentions: Mention[]): Victims {
  // "X said that A, B and C were …": the list starts after the reporting verb.
  for (let j = k; j > cs; j--) {
    if (/^(that|said|says|told)$/.test(tokens[j]?.lower ?? "")) {
      cs = j + 1;
      break;
    }
  }
  const span = tokens.slice(cs, k + 1);
  if (span.filter((t) => t.text === ",").length < 2 || span.some((t) => !t.cap && /^(?:was|were|is|are|said|says|who|which|that|when|after|before|[a-z]+ed)$/.test(t.lower))) return v;
  // The subject of a passive verb is its victim whatever office the title names ("ex-governor of … Y").
  // "Temirov Live reporters X, Y": a name before a role noun names the outlet the people work for.
  const listed = mentions.filter((m) => m.first >= cs && m.last <= k + 1 && !m.possessor && !m.speaker && tokens[m.first - 1]?.lower !== "of" && roleOf(tokens[m.last]?.lower ?? "") === null && !(tokens[m.last]?.cap && roleOf(tokens[m.last + 1]?.lower ?? "") !== null));
  if (listed.length < 3 || !v.entities.every((e) => listed.some((m) => m.entity === e))) return v;
  return { entities: dedupe(listed.map((m) => m.entity)), confidence: v.confidence };
}

const ALIAS_EN = /^(as|aka|alias|pseudonym|nicknamed|nickname|called)$/;

/**
 * "the outlet's staff — X, who writes as Kokil, Y, also known as Aq, and freelancer Z — were detained": every name
 * between the dashes before a passive verb, past the relative clauses and aliases that break pairwise grouping.
 */
function betweenDashes(tokens: Token[], cs: number, mentions: Mention[]): Victims | null {
  if (!/^[—–-]$/.test(tokens[cs - 1]?.text ?? "")) return null;
  // "activists -- X and Y -- had been detained": a doubled hyphen is one dash.
  let close = cs - 1;
  while (close > 0 && tokens[close - 1]?.text === "-") close--;
  let open = close - 1;
  while (open >= 0 && !/^[—–-]$/.test(tokens[open]?.text ?? "")) {
    if (/^[;:()]$/.test(tokens[open]?.text ?? "")) return null;
    open--;
  }
  if (open < 0) return null;
  const listed = mentions.filter((m) => m.first > open && m.last < cs && !m.possessor && !m.speaker && !m.entity.official && !m.commentator && !m.entity.relative && !ALIAS_EN.test(tokens[m.first - 1]?.lower ?? ""));
  return listed.length ? { entities: dedupe(listed.map((m) => m.entity)), confidence: 0.7 } : null;
}

/** "Four staff were released, including video editor X": the names after "including" / "among them". */
function including(tokens: Token[], tr: Trigger, ce: number, mentions: Mention[], s: Sentence): Victims | null {
  // "In June, members of the commission were detained – among them X, Y and Z": the list may follow a dash.
  const end = /^[—–-]$/.test(tokens[ce]?.text ?? "") ? clauseBounds(tokens, ce + 1)[1] : ce;
  for (let j = tr.last; j < Math.min(end, tr.last + 12); j++) {
    const w = tokens[j]?.lower ?? "";
    if (w === "including" || (w === "among" && tokens[j + 1]?.lower === "them") || (w === "such" && tokens[j + 1]?.lower === "as")) {
      // After a dash the rest of the sentence is the list: every name in it but those of a relation ("brother of
      // the arrested journalist Y" names the brother, not Y).
      if (j >= ce) {
        const listed = mentions.filter((x) => x.first > j && eligible(x) && !x.entity.relative && !tokens.slice(Math.max(j, x.first - 4), x.first).some((t) => t.lower === "of"));
        if (listed.length) return { entities: dedupe(listed.map((x) => x.entity)), confidence: 0.7 };
        continue;
      }
      const m = mentions.find((x) => x.first > j && x.first <= j + 5 && !x.possessor);
      if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.75 };
    }
  }
  return null;
}

/**
 * "15 political prisoners, including X, Y and Z, had completed their sentences and had been released": a counted
 * subject whose named members come before the verb (the last of them alone is not the subject).
 */
function includedBefore(s: Sentence, tr: Trigger, mentions: Mention[]): Victims | null {
  const tokens = s.tokens;
  const cue = tokens.findIndex((t, k) => k < tr.first && t.lower === "including");
  if (cue <= 0 || !COUNTED_EN.test(tokens.slice(0, cue).map((t) => t.text).join(" "))) return null;
  return asVictims(namedBetween(s, mentions, cue + 1, { to: tr.first }));
}

/**
 * Everyone named from token `from` to the sentence's first ";" or ":" after it (or to token `to`) who is not only a
 * qualifier ("X's lawyer"), a speaker or a commentator, nor an official unless `officials`, nor a relative named by
 * kinship unless `relatives`.
 */
function namedBetween(s: Sentence, mentions: Mention[], from: number, opts: { to?: number; stops?: RegExp; officials?: boolean; relatives?: boolean } = {}): Entity[] {
  const stop = opts.to ?? s.tokens.findIndex((t, k) => k >= from && (opts.stops ?? /^[;:]$/).test(t.text));
  const end = stop < 0 ? s.tokens.length : stop;
  const named = mentions.filter((x) => x.first >= from && x.last <= end && !x.possessor && !x.speaker && !x.commentator && (opts.officials || !x.entity.official) && (opts.relatives !== false || !x.entity.relative));
  return dedupe(named.map((x) => x.entity));
}

const asVictims = (entities: Entity[]): Victims | null => (entities.length ? { entities, confidence: 0.7 } : null);

/**
 * "About 20 people were detained, including X and Y", "задержано около 57 человек, в том числе X": an aggregate stays a
 * statistic, but the people it names are each a victim of what it reports.
 */
function namedAmong(s: Sentence, tr: Trigger, mentions: Mention[], lang: "en" | "ru"): Victims | null {
  const tokens = s.tokens;
  for (let j = tr.last; j < tokens.length - 1; j++) {
    const w = tokens[j]?.lower ?? "";
    const next = tokens[j + 1]?.lower ?? "";
    const cue = lang === "en"
      ? w === "including" || (w === "among" && /^(them|whom|those)$/.test(next)) || (w === "such" && next === "as")
      : (w === "том" && next === "числе" && tokens[j - 1]?.lower === "в") || (w === "среди" && /^(них|которых)$/.test(next)) || (w === "в" && next === "частности");
    if (!cue) continue;
    // "задержано 57 человек, в том числе наблюдатели, представители СМИ, как X из Frontline Defenders, а также
    // председатель БХК Y": in Russian the named members may come after a run of unnamed categories, and each may
    // carry its own title; everyone named up to the end of the clause list is one of those counted.
    // English too: "detained dozens of protesters, including the director of the newspaper B, X, and its cameraman, Y".
    const named = asVictims(namedBetween(s, mentions, j + 1, { officials: lang === "ru", relatives: false }));
    if (named) return named;
  }
  return null;
}

/** "X was sentenced to 15 days, and photographer Y to 13 days": Y shares the verb. */
function withEllipsis(v: Victims, s: Sentence, tr: Trigger, ce: number, mentions: Mention[]): Victims {
  const tokens = s.tokens;
  const extra: Entity[] = [];
  // "X was detained, as were party members Y, Z and W": everyone named after "as were" shares the verb.
  const asWere = tokens.findIndex((t, k) => k >= tr.last && k <= tr.last + 2 && t.lower === "as" && /^(?:were|was)$/.test(tokens[k + 1]?.lower ?? ""));
  if (asWere >= 0) {
    extra.push(...namedBetween(s, mentions, asWere + 2, { stops: /^[;.:]$/ }).filter((e) => !v.entities.includes(e)));
  }
  for (const m of mentions) {
    if (m.first < tr.last || m.last >= ce || m.possessor || v.entities.includes(m.entity)) continue;
    const lead = tokens.slice(Math.max(tr.last, m.first - 3), m.first).map((t) => t.lower);
    // "along with her former husband X", "along with his wife, X": up to three words (kin, titles) and a comma
    // between the joiner and the name.
    const joined = tokens.slice(Math.max(tr.last, m.first - 6), m.first).map((t) => t.lower).join(" ");
    if (/\b(?:(?:along|together) with|as well as)(?: (?:[a-z’'-]+|,)){0,4}$/.test(joined)) {
      extra.push(...group(m, mentions, s, "en").filter((e) => !v.entities.includes(e) && !extra.includes(e)));
      continue;
    }
    if (lead.includes("and") && tokens[m.last]?.lower === "to" && /^\d|^(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)$/.test(tokens[m.last + 1]?.lower ?? "")) {
      extra.push(m.entity);
    }
  }
  return extra.length ? { entities: [...v.entities, ...extra], confidence: v.confidence } : v;
}

const TERM_NUMBER_EN = /^(?:\d[\d.,½]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)$/;
const TITLE_EN = /^(?:mr|ms|mrs|messrs|dr|and|;|,|\.)$/;
/**
 * "sentenced Ms X to 21 years of imprisonment; Mr Y to 15 years; and Mr Z to 30 years": each object after a term,
 * joined by a semicolon, comma or "and" and followed by a term of its own, shares the verb.
 */
function gappedTerms(tokens: Token[], from: Mention, mentions: Mention[]): Entity[] {
  const out: Entity[] = [];
  let prev = from.last;
  for (const n of mentions.filter((x) => x.first > from.last && !x.possessor && !x.speaker && !x.entity.official).sort((a, b) => a.first - b.first)) {
    if (tokens[prev]?.lower !== "to") break;
    let lead = n.first;
    while (lead > prev && TITLE_EN.test(tokens[lead - 1]?.lower ?? "")) lead--;
    const joiners = tokens.slice(lead, n.first).map((t) => t.lower);
    if (lead === n.first || !joiners.some((w) => w === ";" || w === "and" || w === ",") || tokens[n.last]?.lower !== "to" || !TERM_NUMBER_EN.test(tokens[n.last + 1]?.lower ?? "")) {
      if (n.first > prev + 12) break;
      continue;
    }
    out.push(n.entity);
    prev = n.last;
  }
  return out;
}

/** The number a counted report gives its group ("sentenced 11 participants" → 11), 0 when it gives none. */
const groupCount = (text: string, lang: "en" | "ru" = "en"): number => {
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
const OWNED_EN = /^(?:home|homes|flat|flats|apartment|apartments|house|houses|office|phone|phones|laptop|laptops|computer|computers|camera|cameras|car|equipment|belongings)$/;
const partOfGroup = (tokens: Token[], j: number): boolean => tokens[j - 1]?.lower === "of" && PART_QUANTIFIER.test(tokens[j - 2]?.lower ?? "");
/**
 * "The six journalists confirmed to have been detained were held at the station, where they were interrogated": a
 * plural pronoun after a counted group and no name in its sentence is that unnamed group, not the people in focus.
 */
const unnamedGroup = (tokens: Token[], j: number, mentions: Mention[]): boolean =>
  partOfGroup(tokens, j) || (PRON_PL_EN.has(tokens[j]?.lower ?? "") && !mentions.some((m) => m.first < j) && COUNTED_EN.test(tokens.slice(0, j).map((t) => t.text).join(" ")));
/** "the four", "the five": the last that many people something happened to, when the text has told of so many. */
function lastCounted(tokens: Token[], j: number, seen: Seen): Entity[] | null {
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
const countIn = (clause: string): number => counting(clause).n;
/** "The eight had faced prosecution", "charged all 11": a group taken up again by its count alone. */
const THE_COUNT_EN = /\b(?:the|all|all of the|these|those)\s+(three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:[-–]|years?|months?|days?|weeks?|hours?|per|%))/i;
const theCount = (clause: string): number => countWord((THE_COUNT_EN.exec(clause)?.[1] ?? "").toLowerCase());
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

const countWord = (w: string): number => COUNT_WORDS[w] ?? (/^\d{1,2}$/.test(w) ? Number(w) : 0);

function subjectAt(tokens: Token[], k: number, cs: number, mentions: Mention[], focus: Entity[], s: Sentence, seen: Seen): Victims | null {
  let i = k;
  if (/^(who|that|which)$/.test(tokens[i]?.lower ?? "")) i--;
  // A closing quote before the verb: "X, deputy director of “Abzas Media,” was detained".
  if (/^[”"’»]$/.test(tokens[i]?.text ?? "") && tokens[i - 1]?.text === ",") i--;
  if (tokens[i]?.text === ",") {
    // An appositive or relative clause between the name and the verb: "X, a reporter for Y, was …", "X, who …, was".
    for (let j = i - 1; j >= Math.max(cs, i - 30); j--) {
      if (tokens[j]?.text !== ",") continue;
      const opener = tokens[j + 1]?.lower ?? "";
      // "X and Y from Khorugh, who …, were deported": a hometown between the names and the clause.
      const m = mentionAt(mentions, (x) => x.last === j && !x.possessor) ?? mentionAt(mentions, (x) => !x.possessor && x.last < j && x.last >= j - 4 && /^(from|of)$/.test(tokens[x.last]?.lower ?? "") && tokens.slice(x.last + 1, j).every((t) => t.cap));
      // "X, known on social media as Y, was …", "X, also a reporter, …", "X, detained in May, was …".
      if (m && (/^(a|an|the|who|whose|which|both|all|each|aged|\d[\d.]*|deputy|political|former|ex-[\w-]+|acting|head|chief|director|founder|co-founder|owner|member|employee|staff|editor-in-chief|known|better|also|widely|aka|alias|nicknamed|dubbed|described|identified|born|originally|previously|formerly|detained|arrested|jailed|held|father|mother|son|daughter|brother|sister|wife|husband|chairman|chairwoman|chairperson|leader|coordinator|president|secretary)$/.test(opener) || roleOf(opener) !== null)) return { entities: group(m, mentions, s, "en"), confidence: 0.85 };
    }
    const direct = mentionAt(mentions, (x) => x.last === i && !x.possessor);
    if (direct) return { entities: group(direct, mentions, s, "en"), confidence: 0.85 };
    return null;
  }
  // "Reporter X of Testov Media was detained": the outlet after the name is hers.
  if (tokens[i]?.cap && !mentions.some((x) => x.first <= i && x.last > i)) {
    let j = i;
    while (j > cs && tokens[j]?.cap && !mentions.some((x) => x.first <= j && x.last > j) && i - j < 5) j--;
    const owner = /^(?:of|from|at)$/.test(tokens[j]?.lower ?? "") ? mentionAt(mentions, (x) => x.last === j && !x.possessor) : undefined;
    if (owner) return { entities: group(owner, mentions, s, "en"), confidence: 0.75 };
  }
  // "X and his son were detained": X and X's son; "X's husband was also arrested": X's husband.
  if (KIN_ONLY_EN.test(tokens[i]?.lower ?? "")) {
    const owner = mentionAt(mentions, (x) => x.possessor && x.last === i && !x.entity.relative && !x.entity.official);
    if (owner) return { entities: [seen.kin(owner.entity, tokens[i]?.lower ?? "")], confidence: 0.7 };
    const named = /^(?:his|her)$/.test(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.lower === "and" ? mentionAt(mentions, (x) => x.last === i - 2 && !x.possessor && !x.entity.relative && !x.entity.official) : undefined;
    if (named) return { entities: [...group(named, mentions, s, "en"), seen.kin(named.entity, tokens[i]?.lower ?? "")], confidence: 0.75 };
  }
  const m = mentionAt(mentions, (x) => x.last === i + 1 && !x.possessor);
  // "Supporters of X were detained": the group X leads was, not X.
  if (m && tokens[m.first - 1]?.lower === "of" && /^(?:associates|supporters|allies|colleagues|members|staff|employees|relatives|friends|followers|aides|team|dozens|hundreds)$/.test(tokens[m.first - 2]?.lower ?? "")) return null;
  if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.9 };
  // "X, director of the channel has been accused of …": an appositive whose closing comma the writer left out.
  // "X, the chairperson of the Testov Branch of Viasna was detained": the appositive may end in a capitalised name,
  // or in a quoted one ("X, a journalist of the channel "Testovi" is among those detained").
  let end = i;
  if (/^[”"»]$/.test(tokens[i]?.text ?? "")) {
    const opening = ({ "»": "«", "”": "“", '"': '"' } as Record<string, string>)[tokens[i]?.text ?? ""] ?? "";
    const open = tokens.slice(Math.max(cs, i - 6), i).map((t) => t.text).lastIndexOf(opening);
    if (open >= 0) end = Math.max(cs, i - 6) + open - 1;
  }
  if (tokens[end]?.word && !mentions.some((x) => x.first <= end && x.last > end)) {
    for (let j = end - 1; j >= Math.max(cs, end - 12); j--) {
      const tj = tokens[j];
      if (!tj || tj.text !== ",") {
        if (tj && (!tj.word || /^(?:said|says|told|was|were|is|are|has|have|had|who|which|that|and)$/.test(tj.lower))) break;
        continue;
      }
      const opener = tokens[j + 1]?.lower ?? "";
      const named = mentionAt(mentions, (x) => x.last === j && !x.possessor);
      if (named && (/^(a|an|the|deputy|former|acting|head|chief|director|founder|co-founder|owner|editor-in-chief)$/.test(opener) || roleOf(opener) !== null)) return { entities: group(named, mentions, s, "en"), confidence: 0.75 };
      break;
    }
  }
  // "X's flat was searched", "X's phone was seized": a thing was the object, its owner is whom it happened to.
  if (OWNED_EN.test(tokens[i]?.lower ?? "")) {
    const owner = mentionAt(mentions, (x) => x.possessor && x.last === i);
    if (owner) return { entities: [owner.entity], confidence: 0.8 };
    // "X, whose home was searched on Monday, …": the name before "whose".
    const whose = tokens[i - 1]?.lower === "whose" && tokens[i - 2]?.text === "," ? mentionAt(mentions, (x) => x.last === i - 2 && !x.possessor) : undefined;
    if (whose) return { entities: [whose.entity], confidence: 0.8 };
  }
  const w = tokens[i]?.lower ?? "";
  // "The five were kept in pre-trial detention"
  const theFive = i - 1 === cs ? lastCounted(tokens, i, seen) : null;
  if (theFive) return { entities: theFive, confidence: 0.6 };
  // "X was detained, and Y was arrested. Later, Z was arrested. All of them were charged": everyone the paragraph
  // reported, not only the last sentence's people.
  if (w === "them" && tokens[i - 1]?.lower === "of" && tokens[i - 2]?.lower === "all" && seen.paragraph.length > focus.length && focus.every((e) => seen.paragraph.includes(e))) {
    return { entities: seen.paragraph, confidence: 0.6 };
  }
  if (PRON_SG_EN[w] || PRON_PL_EN.has(w)) {
    if (unnamedGroup(tokens, i, mentions)) return null;
    const r = resolvePronoun(w, i, mentions, focus, "en", seen);
    return r.length ? { entities: r, confidence: 0.7 } : null;
  }
  // "All three were arrested": the last three people something happened to, even across sentences.
  const n = countWord(w);
  if (n && (tokens[i - 1]?.lower === "all" || tokens[i - 1]?.lower === "the")) {
    if (seen.victims.length >= n) return { entities: seen.victims.slice(0, n), confidence: 0.6 };
    if (focus.length >= 2) return { entities: focus, confidence: 0.6 };
    // "X and Y were found guilty. A third man, Z, was fined. The three were detained …": the last n people named.
    const named = seen.people.filter((e) => !e.official && !e.relative);
    return named.length >= n ? { entities: named.slice(0, n), confidence: 0.55 } : null;
  }
  // "It became known that the women were released": the women among the people just reported.
  // "the man was held for two days": the only man among them.
  const sex = /^(?:women|girls|woman|girl)$/.test(w) ? "f" : /^(?:men|boys|man)$/.test(w) ? "m" : null;
  const pool = focus.length >= 2 ? focus : seen.paragraph;
  if (sex && /^(the|both|all)$/.test(tokens[i - 1]?.lower ?? "") && pool.length >= 2) {
    const r = pool.filter((e) => e.gender === sex);
    const plural = /(?:men|s)$/.test(w);
    if (plural ? r.length && r.length < pool.length : r.length === 1) return { entities: r, confidence: 0.55 };
    if (plural) return null;
  }
  if (ANAPHOR_EN.test(w) && /^(the|his|her|their)$/.test(tokens[i - 1]?.lower ?? "")) {
    const r = anaphor(tokens, i, mentions, focus);
    return r.length ? { entities: r, confidence: 0.6 } : null;
  }
  // "she was beaten after being detained": the subject of the main clause, a name or a pronoun.
  if (/^(after|before|while|upon|without|since)$/.test(w)) {
    for (let j = i - 1; j >= cs; j--) {
      const m2 = mentionAt(mentions, (x) => x.last === j + 1 && !x.possessor && !x.entity.official);
      if (m2) return { entities: group(m2, mentions, s, "en"), confidence: 0.7 };
      const pw = tokens[j]?.lower ?? "";
      if (PRON_SG_EN[pw] && /^(he|she)$/.test(pw)) {
        const r = resolvePronoun(pw, j, mentions, focus, "en", seen);
        if (r.length) return { entities: r, confidence: 0.65 };
      }
    }
    return null;
  }
  if (w === "and" || w === "," || w === "but") {
    const prev = mentions.filter((x) => x.last <= i && x.first >= cs && !x.possessor && !x.speaker && !x.entity.official).sort((a, b) => b.last - a.last)[0];
    if (prev) return { entities: group(prev, mentions, s, "en"), confidence: 0.6 };
  }
  return null;
}

/** Russian: word order is free, so the nearest eligible name, pronoun or role word in the clause. */
function attachRu(s: Sentence, tr: Trigger, mentions: Mention[], focus: Entity[], seen: Seen): Victims | null {
  const tokens = s.tokens;
  let [cs, ce] = clauseBounds(tokens, tr.first);
  // A parenthesis ("обвинили в … (статья 342 УК) приговорили к двум годам") does not end the clause around it.
  while (tokens[cs - 1]?.text === ")") {
    const open = tokens.slice(0, cs - 1).map((t) => t.text).lastIndexOf("(");
    if (open <= 0) break;
    cs = clauseBounds(tokens, open - 1)[0];
  }
  while (tokens[ce]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > ce && t.text === ")");
    if (close < 0 || close + 1 >= tokens.length) break;
    ce = clauseBounds(tokens, close + 1)[1];
  }
  // "Среди задержанных — X, Y и Z": the list follows the dash.
  // "Среди освобождённых — X", "Среди осуждённых X, Y и Z": whoever the participle names follows it.
  if (/^среди/.test(tokens[tr.first]?.lower ?? "") || (tokens[tr.first - 1]?.lower === "среди" && tr.first === tr.last - 1 && /(?:ых|их)$/.test(tokens[tr.first]?.lower ?? ""))) ce = tokens.length;
  // A subordinate clause ("…, что его избили", "…, во время которого …") keeps to itself; the main clause keeps out of it.
  // An embedded relative clause already closed by a comma ("X, которая …, 1 февраля допросили") is skipped.
  let closed = false;
  const clauseStart = cs;
  let contrast = false;
  for (let j = tr.first - 1; j > cs; j--) {
    if (tokens[j]?.text !== ",") continue;
    if (tokens.slice(j + 1, Math.min(j + 4, tr.first + 1)).some((t) => RU_CLAUSE_WORDS.test(t.lower))) {
      if (!closed) {
        contrast = /^(но|а)$/.test(tokens[j + 1]?.lower ?? "");
        cs = j + 1;
        break;
      }
      closed = false;
    } else closed = true;
  }
  for (let j = tr.last; j < ce - 1; j++) {
    if (tokens[j]?.text === "," && tokens.slice(j + 1, j + 4).some((t) => RU_CLAUSE_WORDS.test(t.lower))) {
      ce = j;
      break;
    }
  }
  const item = dashItem(tokens, cs, mentions, s, "ru");
  if (item) return item;
  const participle = tr.def.form === "participle";
  // "задержанного поэта X" looks ahead; "X, задержанного 4 января" looks back.
  // "погибшего Романа X", "убитого в мае полковника X": a name after the participle, with only lower-case words
  // between them, is the one it describes.
  const nameAfter = participle && mentions.some((m) => m.first >= tr.last && m.first - tr.last <= 5 && tokens.slice(tr.last, m.first).every((t) => t.word && !t.cap));
  const ahead = participle && (isAttributive(tokens, tr, "ru") || nameAfter);
  type Cand = { dist: number; get: () => Entity[]; conf: number };
  const cands: Cand[] = [];
  // "Александр Лукашенко освободил 63 человека": a name in the nominative right before a transitive verb in the
  // singular past, agreeing with it, is who did it.
  const verb = tokens[tr.first]?.lower ?? "";
  const agentGender = tr.last - tr.first !== 1 ? null : /^(?:освободил|отпустил|выпустил|задержал|арестовал|приговорил|оштрафовал|избил|осудил|обвинил|депортировал|похитил|допросил|обыскал|помиловал)(а?)$/.exec(verb);
  const agent = (m: Mention): boolean => agentGender !== null && m.last <= tr.first && tr.first - m.last <= 1 && m.case === "nom" && m.entity.gender === (agentGender[1] ? "f" : "m");
  for (const m of mentions) {
    if (m.first < cs || m.last > ce || m.possessor || m.entity.official || m.commentator || agent(m)) continue;
    if (m.speaker && (!m.entity.relative || m.source)) continue;
    const d = m.last <= tr.first ? tr.first - m.last : m.first >= tr.last ? m.first - tr.last : 0;
    if (participle && (ahead ? m.first < tr.last : m.last > tr.first)) continue;
    // "убитого в мае полковника X и оппозиционера Y": a singular participle describes one person, not the list.
    const one = participle && ahead && /(?:ого|его|ому|ему|ой|ей|ую|ый|ий|ая)$/.test(tokens[tr.last - 1]?.lower ?? "");
    cands.push({ dist: d, get: () => (one ? [m.entity] : group(m, mentions, s, "ru")), conf: 0.85 });
  }
  for (let j = cs; j < ce; j++) {
    const w = tokens[j]?.lower ?? "";
    // A pronoun inside a multi-word trigger is its victim ("показания у него выбили").
    // So is a role word inside one ("приговор журналисткам вынесли").
    if (j >= tr.first && j < tr.last && !PRON_SG_RU[w] && !PRON_PL_RU.has(w) && !(j > tr.first && ANAPHOR_RU.test(w))) continue;
    const d = j < tr.first ? tr.first - j - 1 : j >= tr.last ? j - tr.last : 0;
    if (PRON_SG_RU[w] || PRON_PL_RU.has(w)) {
      // "Пятеро из них были освобождены": a counted part of the group, not the people in focus.
      if (tokens[j - 1]?.lower === "из" && (RU_COUNT.test(tokens[j - 2]?.lower ?? "") || /^(?:пятеро|пятерых|шестеро|шестерых|семеро|семерых|восьмерых|восемь|многие|многих|некоторые|некоторых|одного|одну|одна|один|двоих|троих|четверых|большинство|часть|части)$/.test(tokens[j - 2]?.lower ?? ""))) continue;
      // "его арест", "её задержание": a possessive right before the trigger noun is the victim; so is the owner of
      // a searched flat or a seized phone ("обыск в её квартире").
      // "В их домах", "В их случае также прошли обыски": the people just reported, when no one is named before the
      // pronoun ("Жена X сообщила, что в их квартире …" is the couple's flat); not an office ("в их офисе").
      const owns = (tr.def.type === "search" || tr.def.type === "equipment_seizure") && (w !== "их" ? /^(квартир|дом|офис|машин|автомобил|телефон|ноутбук|компьютер|камер|рабоч|кабинет|случа)/ : /^(квартир|дом|жилищ|случа)/).test(tokens[j + 1]?.lower ?? "") && (w !== "их" || !mentions.some((m) => m.last <= j));
      // "отклонил его апелляцию на штраф": whose appeal, case or sentence it is, is whom it happened to.
      // "в его отношении заведено дело": against whom.
      const legalNoun = /^(апелляци|жалоб|дел[оау]$|приговор|штраф|арест|задержани|обвинени|отношени)/.test(tokens[j + 1]?.lower ?? "");
      // "По словам жены Тестова, Дианы Семпловой, ее мужа задержали": the kin the speaker was introduced through
      // ("жены X") is the one "ее мужа" means.
      if (/^(ее|её|его)$/.test(w) && KIN_OBJ_RU.test(tokens[j + 1]?.lower ?? "")) {
        const through = mentions.find((m) => m.possessor && m.last <= j && KIN_OF_RU.test(tokens[m.first - 1]?.lower ?? ""));
        if (through) {
          cands.push({ dist: d, get: () => [through.entity], conf: 0.6 });
          continue;
        }
      }
      if (j !== tr.first - 1 && !owns && !legalNoun && isPossessiveRu(w, tokens[j + 1])) continue;
      cands.push({ dist: d, get: () => resolvePronoun(w, j, mentions, focus, "ru", seen, s), conf: 0.7 });
    } else if (ANAPHOR_RU.test(w) && !mentions.some((m) => m.first > j && m.first <= j + 7 && tokens.slice(j + 1, m.first).every((t) => t.text !== "," && !/^[.;:—–()-]$/.test(t.text)))) {
      // "журналист независимого издания «Х» Y": the role word heads Y's own noun phrase, so it is Y, not an anaphor.
      if (j > tr.first && /^задержанн/.test(w)) continue;
      // "По словам пенсионера, …": the one who tells it.
      if (/^(словам|мнению|данным)$/.test(tokens[j - 1]?.lower ?? "")) continue;
      const plural = /(ов|ам|ами|ах|ые|ых|ыми)$/.test(w) || (/(ы|и)$/.test(w) && tokens[j - 1]?.lower !== "у");
      // "Осуждённые находились под стражей": a plural role word covers everyone the paragraph was about.
      // "Катерина X и Дарья Y вину не признали. Приговор журналисткам вынесли 18 февраля.": with nothing reported
      // of anyone yet, the people named together in the last sentence that named anyone.
      const lastNamed = (): Entity[] => {
        const top = seen.people[0]?.last;
        const recent = seen.people.filter((e) => e.last === top && !e.official && !e.relative);
        return recent.length >= 2 ? recent : [];
      };
      cands.push({ dist: d, get: () => (plural ? (focus.length >= 2 ? dedupe([...focus, ...seen.paragraph]) : seen.paragraph.length >= 2 ? seen.paragraph : seen.victims.length === 0 ? lastNamed() : []) : anaphor(tokens, j, mentions, focus, seen)), conf: 0.6 });
    }
  }
  cands.sort((a, b) => a.dist - b.dist);
  for (const c of cands) {
    if (participle && c.dist > 4) break;
    const r = c.get();
    if (r.length) return ellipsisRu({ entities: r, confidence: c.dist <= 3 ? c.conf : c.conf - 0.1 }, tokens, tr, mentions, s);
  }
  // "письмо журналиста X, которого избили": a relative clause with no person of its own is about the name it follows.
  // The subject form ("который пытался снимать задержание") is the agent, unless the verb is passive ("который был задержан").
  const passiveRel = /^котор(?:ый|ая|ые)$/.test(tokens[cs]?.lower ?? "") && /^был[аио]?$/.test(tokens[tr.first - 1]?.lower ?? "");
  if ((/^котор(?:ого|ую|ому|ой|ым|ых)$/.test(tokens[cs]?.lower ?? "") || passiveRel) && tokens[cs - 1]?.text === ",") {
    const m = mentionAt(mentions, (x) => x.last === cs - 1 && !x.possessor && !x.entity.official && !x.commentator);
    if (m) return { entities: group(m, mentions, s, "ru"), confidence: 0.65 };
  }
  // "Отпущен через полтора часа.": a sentence opening with a short passive participle is about the person in focus.
  if (tr.first === 0 && /^\p{L}+(?:ен|ён|ан|ена|ёна|ана|ены|аны)$/u.test(tokens[0]?.lower ?? "") && focus.length && !mentions.some((m) => !m.possessor)) {
    return { entities: focus, confidence: 0.55 };
  }
  // "Омаров сообщил, что получил 10 суток ареста": a reported clause with no subject of its own is about the speaker.
  if (tokens[cs]?.lower === "что" && /^(сообщил|заявил|написал|рассказал|сказал|пояснил|подтвердил)/.test(tokens[cs - 2]?.lower ?? "")) {
    const own = tokens.slice(cs + 1, ce).some((t) => /^(получил|получила|был|была|провел|провела|провёл|отсидел|отсидела)$/.test(t.lower)) || /^\p{L}+(?:ан|ен|ён|ана|ена|ёна)$/u.test(tokens[tr.first]?.lower ?? "");
    const m = own ? mentions.filter((x) => x.last <= cs - 2 && !x.possessor && !x.entity.official && !x.commentator).sort((a, b) => b.last - a.last)[0] : undefined;
    if (m && m.last >= cs - 4) return { entities: [m.entity], confidence: 0.6 };
  }
  const listed = dashList(tokens, tr, mentions, s);
  if (listed) return listed;
  // "Саму Зауре не задерживали, но дважды вызывали на допрос": a contrasted clause with no person of its own
  // shares the one before "но" / "а".
  if (contrast) {
    const m = mentions.filter((x) => x.first >= clauseStart && x.last < cs && !x.possessor && !x.entity.official && !x.commentator && !x.speaker).sort((a, b) => b.last - a.last)[0];
    if (m) return { entities: group(m, mentions, s, "ru"), confidence: 0.6 };
  }
  return null;
}

/**
 * "В тот же день был задержан X, а 8 марта — Y и Z": a contrasted clause with no verb of its own, a date and a dash,
 * reports the same thing of the names after the dash.
 */
function ellipsisRu(v0: Victims, tokens: Token[], tr: Trigger, mentions: Mention[], s: Sentence): Victims {
  if (tr.def.form === "participle") return v0;
  const v = sharedRu(v0, tokens, tr, mentions, s);
  for (let e = tr.last; e < tokens.length - 2; e++) {
    // A dash or a name in brackets ("Ульвия Али (Гулиева), в августе — …") does not end the sentence's first clause.
    if (CLAUSE_PUNCT.has(tokens[e]?.text ?? "") && !/^[—–\-()]$/.test(tokens[e]?.text ?? "")) return v;
    if (tokens[e]?.text !== ",") continue;
    const withA = tokens[e + 1]?.lower === "а";
    // "…, а 8 марта — Y и Z", "…, а позже журналисты Y и Z", "…, в августе — фотокорреспондент W".
    let dash = tokens.findIndex((t, k) => k > e && k <= e + 6 && /^[—–-]$/.test(t.text));
    if (dash < 0 && withA && /^(?:позже|затем|потом|впоследствии|также|еще|ещё|вскоре)$/.test(tokens[e + 2]?.lower ?? "")) dash = e + 2;
    if (dash < 0) {
      if (withA) return v;
      continue;
    }
    // Only a date or an adverb before the names: a verb there makes it a clause of its own.
    if (tokens.slice(e + 1, dash).some((t) => t.word && !t.cap && /(?:л|ли|ла|ло|н|на|ны|ют|ет|ит|ат|ят)$/.test(t.lower) && !MONTH_GEN_RU.test(t.lower))) return v;
    if (!withA && !tokens.slice(e + 1, dash).some((t) => MONTH_GEN_RU.test(t.lower) || MONTH_LOC_RU.test(t.lower) || /^\d/.test(t.text))) continue;
    const m = mentions.find((x) => x.first > dash && x.first <= dash + 7 && !x.possessor && !x.speaker && !x.entity.official && !x.commentator);
    if (!m) return v;
    // Role words only between the dash and the name ("— фотокорреспондент W", "позже журналисты Y и Z").
    if (tokens.slice(dash + 1, m.first).some((t) => t.word && !t.cap && /(?:л|ли|ла|ло|ют|ет|ит|ят|ся|сь)$/.test(t.lower))) return v;
    const named = group(m, mentions, s, "ru");
    return { entities: dedupe([...v.entities, ...named]), confidence: v.confidence, gapped: { entities: named, start: tokens[e + 1]?.start ?? s.start, end: tokens[dash]?.start ?? s.start } };
  }
  return v;
}

const TERM_TYPES = new Set<string>(["sentence", "arrest", "administrative_arrest", "criminal_arrest", "fine"]);
const NUMBER_RU = /^(?:\d|одн|один|два|две|три|четыр|пят|шест|сем|восем|девят|десят|одиннадцат|двенадцат|пятнадцат|двадцат|тридцат|полтор|пол)/;

/**
 * Who else the same verb covers, further along the sentence: "задержали вместе с коллегой — оператором Y"; and the
 * gapped terms of a verdict, "X получили по 9 лет, Y и Z — по 8 лет, а W – 7,5 лет".
 */
function sharedRu(v: Victims, tokens: Token[], tr: Trigger, mentions: Mention[], s: Sentence): Victims {
  const eligibleAt = (x: Mention): boolean => !x.possessor && !x.speaker && !x.entity.official && !x.commentator;
  const extra: Entity[] = [];
  for (let j = tr.last; j < tokens.length - 1; j++) {
    const t = tokens[j]?.text ?? "";
    if (t === "." || t === ";") break;
    if (tokens[j]?.lower === "вместе" && /^(с|со)$/.test(tokens[j + 1]?.lower ?? "")) {
      const x = mentions.find((m) => m.first > j + 1 && m.first <= j + 7 && eligibleAt(m) && tokens.slice(j + 2, m.first).every((k) => k.text !== ","));
      if (x) extra.push(...group(x, mentions, s, "ru"));
    }
    if (TERM_TYPES.has(tr.def.type) && /^[—–-]$/.test(t)) {
      let k = j + 1;
      if (tokens[k]?.lower === "по") k++;
      const term = NUMBER_RU.test(tokens[k]?.lower ?? "") && tokens.slice(k + 1, k + 4).some((w) => /^(?:лет|год|года|суток|сутки|месяц\p{L}*|тысяч\p{L}*)$/u.test(w.lower));
      const x = term ? mentions.find((m) => m.last === j && eligibleAt(m)) : undefined;
      if (x) extra.push(...group(x, mentions, s, "ru"));
    }
  }
  const add = extra.filter((e) => !v.entities.includes(e));
  return add.length ? { entities: dedupe([...v.entities, ...add]), confidence: v.confidence } : v;
}

/** "всех, кроме X и Y, отпустили", "за исключением X": the people a sentence excepts from what it reports. */
function exceptedRu(s: Sentence, mentions: Mention[]): Entity[] {
  // "Кроме того, X задержали" is "besides", not an exception.
  const cut = s.tokens.findIndex((t, k) => (t.lower === "кроме" && !/^(того|этого|него|нее|неё|них|тех|прочего)$/.test(s.tokens[k + 1]?.lower ?? "")) || (t.lower === "исключением" && s.tokens[k - 1]?.lower === "за"));
  const m = cut < 0 ? undefined : mentions.find((x) => x.first > cut && x.first <= cut + 3);
  return m ? group(m, mentions, s, "ru") : [];
}

const KIN_OBJ_RU = /^(мужа|жену|сына|дочь|брата|сестру|мать|отца|супруга|супругу)$/;
const KIN_OF_RU = /^(жены|мужа|матери|отца|сына|дочери|брата|сестры|супруги|супруга)$/;

const MONTH_GEN_RU = /^(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/;
const MONTH_LOC_RU = /^(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)$/;

const RU_COUNT = /^(?:\d{1,2}|двух|двое|двоих|трех|трёх|трое|троих|четверо|четырех|четырёх|пятеро|пятерых|пяти|шестеро|шести|нескольких|несколько|обоих|оба|обе)$/;

/** "убили двух лидеров — X и Y", "допрошены еще двое сотрудников – X и Y": a counted group named after a dash. */
function dashList(tokens: Token[], tr: Trigger, mentions: Mention[], s: Sentence): Victims | null {
  const [, ce] = clauseBounds(tokens, tr.first);
  if (!/^[—–-]$/.test(tokens[ce]?.text ?? "") || ce - tr.last > 8 || !tokens.slice(tr.last, ce).some((t) => RU_COUNT.test(t.lower))) return null;
  const m = mentionAt(mentions, (x) => x.first === ce + 1 && !x.possessor && !x.speaker && !x.entity.official && !x.commentator);
  return m ? { entities: group(m, mentions, s, "ru"), confidence: 0.65 } : null;
}

const RU_PREPOSITION = /^(в|во|на|с|со|к|ко|по|за|из|у|от|до|о|об|при|для|без|под|над|через|после|около|возле|вчера|накануне|сегодня)$/;
const RU_ADVERB = /^(дважды|трижды|также|тоже|уже|ещё|еще|не|снова|вновь|сразу|потом|затем|тогда|несколько|сильно|жестоко|долго|вчера|сегодня|всё|все|якобы|неоднократно)$/;

/** "его подзащитного", "её квартиру": a possessive before a noun; "его избили": the object of the verb. */
function isPossessiveRu(pronoun: string, next: Token | undefined): boolean {
  if (!(pronoun === "его" || pronoun === "её" || pronoun === "ее" || pronoun === "их")) return false;
  if (!next || !next.word || next.cap || /^\d/.test(next.text)) return false;
  if (POSSESSED_RU.test(next.lower)) return true;
  if (RU_ADVERB.test(next.lower) || /^(в|во|на|с|со|к|ко|по|за|из|у|от|до|о|об|при|для|без|под|над|через|и|а|но|,)$/.test(next.lower)) return false;
  return !/(ли|ла|ло|л|ть|ет|ит|ют|ят|ут|ат|ал|ил|ся|сь)$/.test(next.lower);
}

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
    const joined = (a: PlaceSpan, b: PlaceSpan): boolean => b.start >= a.end && b.start - a.end <= 12 && TOWN_JOIN.test(s.text.slice(a.end - s.start, b.start - s.start));
    if (places.length > 1 && places.some((q) => q !== p && !q.country && (joined(p, q) || joined(q, p)))) return false;
    return true;
  });
  return nearestOf(usable.filter((p) => !p.country), tr);
}

const rank = (i: ExtractedIncident): number => (i.date ? 2 : 0) + (i.place ? 1 : 0) + i.confidence;

/** One incident per person and kind, unless the text gives two different dates for it. */
function mergeIncidents(list: (ExtractedIncident & { entity: Entity })[]): ExtractedIncident[] {
  const out: (ExtractedIncident & { entity: Entity })[] = [];
  for (const inc of list) {
    const same = out.filter((o) => o.entity === inc.entity && o.type === inc.type);
    const clash = same.find((o) => !o.date || !inc.date || o.date === inc.date);
    if (!clash) {
      out.push(inc);
      continue;
    }
    const better = rank(inc) > rank(clash) ? inc : clash;
    const merged = { ...better, place: better.place ?? (better === inc ? clash.place : inc.place), place_id: better.place_id ?? (better === inc ? clash.place_id : inc.place_id), confidence: Math.max(inc.confidence, clash.confidence) };
    if (!merged.place) merged.place_id = null;
    out.splice(out.indexOf(clash), 1, merged);
  }
  // The person's fullest name, as it was finally known.
  return out.map(({ entity, ...inc }) => ({ ...inc, person: entity.words.join(" "), role: inc.role ?? entity.role }));
}
