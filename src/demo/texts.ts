/**
 * Sentences for demo incidents, in English and Russian, written for Vigil. Each sentence states one incident, so an
 * article is a sequence of them and every claim can quote exactly one.
 */
import type { IncidentType } from "../contract/index.js";
import type { DatePrecision } from "../core/index.js";
import type { Sex } from "./names.js";

export type Lang = "en" | "ru";

export interface CityText {
  en: string;
  ru: string;
  /** Russian "in <city>" with the city in the prepositional case. */
  ruIn: string;
}
export interface PerpText {
  en: string;
  /** Instrumental plural, for "задержан сотрудниками полиции". */
  ruBy: string;
}
export interface ChargeText {
  article: string;
  /** The article as Russian texts cite it ("272 ч. 2"). */
  articleRu: string;
  en: string;
  ru: string;
}

export interface SentenceCtx {
  sex: Sex;
  /**
   * First mention of the victim: "Yerlan Toktarov, a journalist," in an article, "A journalist" in a description. Only
   * the types in SUBJECT_FIRST use it; "missing" and "surveillance" need a day or approximate date ("since 6 January").
   */
  subject: { en: string; ru: string };
  city: CityText;
  date: string | null;
  precision: DatePrecision;
  perp: PerpText | null;
  /** Days of arrest, years of prison, MCI of a fine, people in a group, days a release came late. */
  n: number;
  charge: ChargeText | null;
  outlet: string;
}

const MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];
const MONTHS_RU_LOC = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе", "сентябре", "октябре", "ноябре", "декабре"];

function parts(date: string): { y: number; m: number; d: number } {
  return { y: Number(date.slice(0, 4)), m: Number(date.slice(5, 7)) - 1, d: Number(date.slice(8, 10)) };
}

// Exact days are by far the most common; their phrases are made once per date.
const onDayEn = new Map<string, string>();
const onDayRu = new Map<string, string>();

/** "on 6 January", "around 6 January", "in January", "on an unknown date". */
export function whenEn(date: string | null, precision: DatePrecision): string {
  if (precision === "day" && date) {
    let w = onDayEn.get(date);
    if (w === undefined) onDayEn.set(date, (w = phraseEn(date, precision)));
    return w;
  }
  return phraseEn(date, precision);
}

function phraseEn(date: string | null, precision: DatePrecision): string {
  if (!date || precision === "unknown") return "on an unknown date";
  const { y, m, d } = parts(date);
  const year = y === 2022 ? "" : ` ${y}`;
  if (precision === "month") return `in ${MONTHS_EN[m]}${year}`;
  if (precision === "year") return `in ${y}`;
  return `${precision === "approximate" ? "around" : "on"} ${d} ${MONTHS_EN[m]}${year}`;
}

export function whenRu(date: string | null, precision: DatePrecision): string {
  if (precision === "day" && date) {
    let w = onDayRu.get(date);
    if (w === undefined) onDayRu.set(date, (w = phraseRu(date, precision)));
    return w;
  }
  return phraseRu(date, precision);
}

function phraseRu(date: string | null, precision: DatePrecision): string {
  if (!date || precision === "unknown") return "в неизвестный день";
  const { y, m, d } = parts(date);
  const year = y === 2022 ? "" : ` ${y} года`;
  if (precision === "month") return `в ${MONTHS_RU_LOC[m]}${y === 2022 ? "" : ` ${y} года`}`;
  if (precision === "year") return `в ${y} году`;
  return `${precision === "approximate" ? "около " : ""}${d} ${MONTHS_RU_GEN[m]}${year}`;
}

/** Types whose sentence names the victim; an article that opens with another type needs an introduction first. */
export const SUBJECT_FIRST: ReadonlySet<IncidentType> = new Set(["detention", "border_detention", "killing", "missing"]);

/** "Yerlan Toktarov, a journalist, lives in Almaty." The subject keeps its closing comma when it has an apposition. */
export function introSentence(subject: { en: string; ru: string }, city: CityText, lang: Lang): string {
  return lang === "en" ? `${subject.en} lives in ${city.en}.` : `${subject.ru} живёт ${city.ruIn}.`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Russian noun after a number: 1 человек, 2 человека, 5 человек. */
export function ruPlural(n: number, one: string, few: string, many: string): string {
  const t = n % 100;
  const u = n % 10;
  if (t >= 11 && t <= 14) return many;
  if (u === 1) return one;
  if (u >= 2 && u <= 4) return few;
  return many;
}

function en(type: IncidentType, c: SentenceCtx): string {
  const f = c.sex === "female";
  const he = f ? "she" : "he", He = f ? "She" : "He", him = f ? "her" : "him", his = f ? "her" : "his", His = f ? "Her" : "His";
  const when = whenEn(c.date, c.precision);
  const city = c.city.en;
  const by = c.perp ? ` by ${c.perp.en}` : "";
  switch (type) {
    case "detention": return `${c.subject.en} was detained${by} in ${city} ${when}.`;
    case "administrative_arrest": return `A court in ${city} sentenced ${him} ${when} to ${c.n} days of administrative arrest for taking part in an unauthorised rally.`;
    case "criminal_arrest": return `An investigative court ordered ${his} arrest ${when} for two months on a charge under article ${c.charge?.article ?? "272"} of the Criminal Code.`;
    case "house_arrest": return `${When(when)} the court changed the measure of restraint to house arrest.`;
    case "border_detention": return `${c.subject.en} was detained at a border crossing near ${city} ${when}.`;
    case "transfer": return `${He} was transferred to a pre-trial detention centre ${when}.`;
    case "release": return c.n > 0
      ? `${He} was released ${when}, ${c.n} ${c.n === 1 ? "day" : "days"} after ${his} arrest term had ended.`
      : `${He} was released ${when}.`;
    case "charge": return `Investigators charged ${him} ${when} under article ${c.charge?.article ?? "272"} (${c.charge?.en ?? "mass riots"}).`;
    case "sentence": return `${When(when)} the court sentenced ${him} to ${c.n} years in prison.`;
    case "fine": return `A court in ${city} fined ${him} ${c.n} MCI ${when} for taking part in an unauthorised rally.`;
    case "acquittal": return `${When(when)} the court acquitted ${him} of all charges.`;
    case "appeal": return `${His} lawyer filed an appeal ${when}.`;
    case "search": return `Officers searched ${his} home in ${city} ${when} and took two phones and a laptop.`;
    case "interrogation": return `${He} was questioned as a witness for six hours ${when}.`;
    case "summons": return `${When(when)} ${he} received a summons to appear at the police department.`;
    case "travel_ban": return `${He} was barred from leaving the country ${when}.`;
    case "deportation": return `${He} was deported ${when}.`;
    case "foreign_agent_designation": return `${When(when)} the organisation ${he} works for was added to the register of recipients of foreign funding.`;
    case "beating": return `Witnesses said officers beat ${him} with batons during the arrest ${when}.`;
    case "torture_or_ill_treatment": return `${His} lawyer said ${he} had been beaten and kept awake at night in custody.`;
    case "injury": return `${He} was taken to hospital with a head injury ${when}.`;
    case "killing": return `${c.subject.en} was shot dead in ${city} ${when}; relatives say ${he} was unarmed.`;
    case "enforced_disappearance": return `Police deny holding ${him}, although a neighbour saw ${him} being put into a police van.`;
    case "missing": return `${c.subject.en} has not been heard from since ${when.replace(/^on /, "")}, when ${he} left home in ${city}.`;
    case "abduction": return `${When(when)} men in masks forced ${him} into a car without number plates in ${city}.`;
    case "threat": return `${He} said ${he} began receiving anonymous threats after speaking to journalists ${when}.`;
    case "coerced_confession": return `${When(when)} state television aired a video in which ${he} "confesses" to taking part in the riots; ${his} lawyer says it was recorded under pressure.`;
    case "dismissal": return `${He} was dismissed from ${his} job ${when} after posting about the protests.`;
    case "surveillance": return `A car with unknown men was parked outside ${his} home for several days from ${when.replace(/^on /, "")}.`;
    case "equipment_seizure": return `Officers seized ${his} camera and memory cards ${when}.`;
    case "obstruction_of_reporting": return `${When(when)} police stopped ${him} from filming the protest in ${city} and ordered ${him} to delete the footage.`;
    case "accreditation_withdrawn": return `${His} press accreditation was withdrawn ${when}.`;
    case "publication_removed": return `${When(when)} ${he} was ordered to delete ${his} posts about the protests.`;
    case "website_blocking": return `Access to the ${c.outlet} website was blocked ${when}.`;
    case "internet_shutdown": return `Mobile internet and home broadband were cut in ${city} ${when}.`;
  }
}

function When(when: string): string {
  return cap(when);
}

function ru(type: IncidentType, c: SentenceCtx): string {
  const f = c.sex === "female";
  const on = f ? "она" : "он", On = f ? "Она" : "Он", ego = f ? "её" : "его", emu = f ? "ей" : "ему", nego = f ? "неё" : "него";
  const a = f ? "а" : "";
  const left = f ? "вышла" : "вышел";
  const when = whenRu(c.date, c.precision);
  const When = cap(when);
  const city = c.city.ruIn;
  const by = c.perp ? ` ${c.perp.ruBy}` : "";
  switch (type) {
    case "detention": return `${c.subject.ru} задержан${a}${by} ${city} ${when}.`;
    case "administrative_arrest": return `${When} суд ${city} арестовал ${ego} на ${c.n} суток за участие в несанкционированном митинге.`;
    case "criminal_arrest": return `${When} следственный суд санкционировал ${ego} арест на два месяца по статье ${c.charge?.articleRu ?? "272"} Уголовного кодекса.`;
    case "house_arrest": return `${When} суд изменил меру пресечения на домашний арест.`;
    case "border_detention": return `${c.subject.ru} задержан${a} на пограничном переходе ${when}.`;
    case "transfer": return `${When} ${ego} перевели в следственный изолятор.`;
    case "release": return c.n > 0
      ? `${On} ${left} на свободу лишь ${when}, через ${c.n} ${ruPlural(c.n, "день", "дня", "дней")} после окончания срока ареста.`
      : `${When} ${on} ${left} на свободу.`;
    case "charge": return `${When} следователи предъявили ${emu} обвинение по статье ${c.charge?.articleRu ?? "272"} (${c.charge?.ru ?? "массовые беспорядки"}).`;
    case "sentence": return `${When} суд приговорил ${ego} к ${c.n} ${c.n === 1 ? "году" : "годам"} лишения свободы.`;
    case "fine": return `${When} суд ${city} оштрафовал ${ego} на ${c.n} МРП за участие в несанкционированном митинге.`;
    case "acquittal": return `${When} суд оправдал ${ego} по всем пунктам обвинения.`;
    case "appeal": return `${When} адвокат подал апелляционную жалобу.`;
    case "search": return `${When} в ${ego} доме ${city} провели обыск и изъяли два телефона и ноутбук.`;
    case "interrogation": return `${When} ${ego} шесть часов допрашивали в качестве свидетеля.`;
    case "summons": return `${When} ${on} получил${a} повестку в полицию.`;
    case "travel_ban": return `${When} ${emu} запретили выезд из страны.`;
    case "deportation": return `${When} ${ego} депортировали.`;
    case "foreign_agent_designation": return `${When} организацию, в которой ${on} работает, внесли в реестр получателей иностранного финансирования.`;
    case "beating": return `По словам очевидцев, при задержании ${when} ${ego} избили дубинками.`;
    case "torture_or_ill_treatment": return `По словам адвоката, в изоляторе ${ego} избивали и не давали спать.`;
    case "injury": return `${When} ${ego} доставили в больницу с травмой головы.`;
    case "killing": return `${c.subject.ru} погиб${f ? "ла" : ""} от огнестрельного ранения ${city} ${when}; по словам родственников, ${on} был${a} безоруж${f ? "на" : "ен"}.`;
    case "enforced_disappearance": return `В полиции отрицают, что ${on} задержан${a}, хотя соседка видела, как ${ego} сажали в полицейский автозак.`;
    case "missing": return `${c.subject.ru} не выходит на связь с ${when.replace(/^около /, "")}, когда ${on} ${left} из дома ${city}.`;
    case "abduction": return `${When} люди в масках силой посадили ${ego} в машину без номеров ${city}.`;
    case "threat": return `${On} рассказал${a}, что после интервью ${when} ${emu} стали приходить анонимные угрозы.`;
    case "coerced_confession": return `${When} государственное телевидение показало видео, где ${on} «признаётся» в участии в беспорядках; адвокат утверждает, что запись сделана под давлением.`;
    case "dismissal": return `${When} ${ego} уволили с работы после публикаций о протестах.`;
    case "surveillance": return `С ${when.replace(/^около /, "")} у ${ego} дома несколько дней дежурила машина с неизвестными.`;
    case "equipment_seizure": return `${When} у ${nego} изъяли камеру и карты памяти.`;
    case "obstruction_of_reporting": return `${When} полицейские помешали ${emu} снимать митинг ${city} и потребовали удалить видео.`;
    case "accreditation_withdrawn": return `${When} ${ego} лишили аккредитации.`;
    case "publication_removed": return `${When} ${ego} обязали удалить публикации о протестах.`;
    case "website_blocking": return `${When} был заблокирован доступ к сайту ${c.outlet}.`;
    case "internet_shutdown": return `${When} ${city} отключили мобильный и домашний интернет.`;
  }
}

export function sentence(type: IncidentType, ctx: SentenceCtx, lang: Lang): string {
  return lang === "en" ? en(type, ctx) : ru(type, ctx);
}

/** Sentences about a group of victims (victimCount people). */
export function groupSentence(type: IncidentType, ctx: SentenceCtx, lang: Lang): string {
  const n = ctx.n;
  if (lang === "en") {
    const when = whenEn(ctx.date, ctx.precision);
    switch (type) {
      case "border_detention": return `${n} citizens of Kyrgyzstan were detained near ${ctx.city.en} ${when} while trying to return home.`;
      case "killing": return `${n} people were killed in ${ctx.city.en} ${when}, according to relatives and local doctors.`;
      case "injury": return `At least ${n} protesters were treated for injuries in ${ctx.city.en} ${when}.`;
      case "beating": return `Witnesses said officers beat at least ${n} detainees in the courtyard of a police station in ${ctx.city.en} ${when}.`;
      case "deportation": return `${n} foreign citizens detained during the unrest were deported from ${ctx.city.en} ${when}.`;
      case "obstruction_of_reporting": return `Police stopped ${n} reporters from working near the akimat in ${ctx.city.en} ${when}.`;
      case "internet_shutdown": case "website_blocking": return en(type, ctx);
      default: return `Police detained ${n} people at a rally in ${ctx.city.en} ${when}.`;
    }
  }
  const when = whenRu(ctx.date, ctx.precision);
  const When = cap(when);
  const people = `${n} ${ruPlural(n, "человек", "человека", "человек")}`;
  switch (type) {
    case "border_detention": return `${When} близ границы задержали ${n} ${ruPlural(n, "гражданина", "граждан", "граждан")} Кыргызстана, которые пытались вернуться домой.`;
    case "killing": return `${When} ${ctx.city.ruIn} погибли ${people}, сообщают родственники и местные врачи.`;
    case "injury": return `${When} ${ctx.city.ruIn} за медицинской помощью обратились не менее ${n} участников протеста.`;
    case "beating": return `По словам очевидцев, ${when} во дворе отдела полиции ${ctx.city.ruIn} избили не менее ${n} задержанных.`;
    case "deportation": return `${When} ${ctx.city.ruIn} депортировали ${n} иностранных граждан, задержанных во время беспорядков.`;
    case "obstruction_of_reporting": return `${When} ${ctx.city.ruIn} полиция не дала работать у акимата ${n} журналистам.`;
    case "internet_shutdown": case "website_blocking": return ru(type, ctx);
    default: return `${When} ${ctx.city.ruIn} на митинге задержали ${people}.`;
  }
}
