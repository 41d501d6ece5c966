/**
 * The fixed vocabulary of the demo: where, by whom, under which articles, and in what proportions. Outlets, NGOs and
 * lawyers are invented; agencies, articles and cities are real.
 */
import type { IncidentType, Organisation, PersonRole } from "../contract/index.js";
import { Weighted } from "./prng.js";
import type { ChargeText, Lang, PerpText } from "./texts.js";

// [gazetteer name, name in English press of January 2022, Russian, Russian "in …"], weighted like the unrest.
export const CITY_TABLE: readonly (readonly [string, string, string, string, number])[] = [
  ["Almaty", "Almaty", "Алматы", "в Алматы", 40], ["Aktobe", "Aktobe", "Актобе", "в Актобе", 8],
  ["Taldykorgan", "Taldykorgan", "Талдыкорган", "в Талдыкоргане", 7], ["Shymkent", "Shymkent", "Шымкент", "в Шымкенте", 7],
  ["Taraz", "Taraz", "Тараз", "в Таразе", 6], ["Zhanaozen", "Zhanaozen", "Жанаозен", "в Жанаозене", 5],
  ["Aktau", "Aktau", "Актау", "в Актау", 5], ["Kyzylorda", "Kyzylorda", "Кызылорда", "в Кызылорде", 4],
  ["Oral", "Uralsk", "Уральск", "в Уральске", 3], ["Astana", "Nur-Sultan", "Нур-Султан", "в Нур-Султане", 3],
  ["Atyrau", "Atyrau", "Атырау", "в Атырау", 2], ["Turkistan", "Turkestan", "Туркестан", "в Туркестане", 2],
  ["Karaganda", "Karaganda", "Караганда", "в Караганде", 2], ["Konaev", "Kapchagay", "Капчагай", "в Капчагае", 1.5],
  ["Talghar", "Talgar", "Талгар", "в Талгаре", 1.5], ["Esik", "Esik", "Есик", "в Есике", 1],
  ["Kostanay", "Kostanay", "Костанай", "в Костанае", 1], ["Semey", "Semey", "Семей", "в Семее", 1],
  ["Oskemen", "Ust-Kamenogorsk", "Усть-Каменогорск", "в Усть-Каменогорске", 1], ["Pavlodar", "Pavlodar", "Павлодар", "в Павлодаре", 1],
  ["Petropavl", "Petropavl", "Петропавловск", "в Петропавловске", 0.5], ["Kokshetau", "Kokshetau", "Кокшетау", "в Кокшетау", 0.5],
  ["Zharkent", "Zharkent", "Жаркент", "в Жаркенте", 0.5], ["Kentau", "Kentau", "Кентау", "в Кентау", 0.5],
];

// ---------- organisations ----------
export interface OrgSpec {
  key: string;
  name: string;
  names: string[];
  kind: Organisation["kind"];
  perp?: PerpText;
}
export const AGENCIES: OrgSpec[] = [
  { key: "police", name: "Police (Ministry of Internal Affairs)", names: ["Полиция (МВД)", "Полиция (ІІМ)"], kind: "police",
    perp: { en: "police officers", ruBy: "сотрудниками полиции" } },
  { key: "knb", name: "National Security Committee (KNB)", names: ["Комитет национальной безопасности (КНБ)", "Ұлттық қауіпсіздік комитеті (ҰҚК)"],
    kind: "national_security", perp: { en: "officers of the National Security Committee", ruBy: "сотрудниками КНБ" } },
  { key: "guard", name: "National Guard", names: ["Национальная гвардия", "Ұлттық ұлан"], kind: "military",
    perp: { en: "National Guard servicemen", ruBy: "военнослужащими Нацгвардии" } },
  { key: "army", name: "Armed Forces", names: ["Вооружённые силы", "Қарулы Күштер"], kind: "military",
    perp: { en: "soldiers", ruBy: "военнослужащими" } },
  { key: "prosecutor", name: "Prosecutor's Office", names: ["Прокуратура", "Прокуратура"], kind: "prosecutor" },
  { key: "prisons", name: "Penitentiary Service", names: ["Уголовно-исполнительная система"], kind: "prison_service" },
];
// Invented outlets and NGOs ([name, other names, language of their texts]).
export const OUTLETS: readonly (readonly [string, string[], Lang])[] = [
  ["Steppe Ledger", [], "en"], ["Tundik Post", [], "en"], ["Samal Bulletin", [], "en"],
  ["Zhelken Media", ["Желкен Медиа"], "ru"], ["Вечерняя степь", ["Vechernyaya Step"], "ru"], ["Ақсұңқар Ньюс", ["Aqsunqar News", "Аксункар Ньюс"], "ru"],
];
export const NGOS: readonly (readonly [string, string[]])[] = [
  ["Steppe Rights Monitor", ["Степной правозащитный монитор"]],
  ["Bureau for Detainee Aid", ["Бюро помощи задержанным"]],
  ["Open Courtroom Project", ["Проект «Открытый суд»"]],
];
export const AGENCY_PERP = new Map(AGENCIES.flatMap((a) => (a.perp ? [[a.key, a.perp] as const] : [])));
export const UNIDENTIFIED: PerpText = { en: "unidentified men in plain clothes", ruBy: "неизвестными в штатском" };

// ---------- legal ----------
export const ADMIN_CHARGE = { code: "Code of Administrative Offences", article: "488", wording: "Violation of the law on peaceful assemblies", category: "assembly" };
export const CRIMINAL_CHARGES: readonly (ChargeText & { category: string })[] = [
  { article: "272 part 2", articleRu: "272 ч. 2", en: "participation in mass riots", ru: "участие в массовых беспорядках", category: "mass riots" },
  { article: "272 part 2", articleRu: "272 ч. 2", en: "participation in mass riots", ru: "участие в массовых беспорядках", category: "mass riots" },
  { article: "174", articleRu: "174", en: "inciting social or national discord", ru: "возбуждение социальной или национальной розни", category: "speech" },
  { article: "293", articleRu: "293", en: "hooliganism", ru: "хулиганство", category: "public order" },
  { article: "380", articleRu: "380", en: "violence against a representative of the authorities", ru: "применение насилия в отношении представителя власти", category: "violence" },
];
export const LAWYERS = ["Gaukhar Ermekova", "Timur Saparbekov", "Lyazzat Nurmukhanova", "Anuar Bekzhanov", "Irina Solovyova"];


export type ChainKind = "admin" | "criminal" | "fine" | "journalist" | "missing" | "abduction" | "killing" | "violence" | "pressure" | "border" | "online";

export const CHAIN_BY_ROLE: Record<"journalist" | "civic" | "foreign" | "protester", Weighted<ChainKind>> = {
  journalist: new Weighted<ChainKind>([["journalist", 40], ["admin", 20], ["pressure", 15], ["criminal", 8], ["online", 8], ["missing", 3], ["violence", 4], ["killing", 1], ["abduction", 1]]),
  civic: new Weighted<ChainKind>([["pressure", 30], ["admin", 25], ["criminal", 20], ["online", 10], ["fine", 8], ["abduction", 4], ["missing", 3]]),
  foreign: new Weighted<ChainKind>([["border", 45], ["criminal", 25], ["admin", 20], ["violence", 10]]),
  protester: new Weighted<ChainKind>([["admin", 38], ["criminal", 16], ["fine", 14], ["violence", 12], ["missing", 6], ["killing", 4], ["abduction", 3], ["pressure", 7]]),
};
export const FILLERS: readonly IncidentType[] = ["summons", "interrogation", "search", "threat", "surveillance", "travel_ban", "equipment_seizure"];

export const ROLES = new Weighted<PersonRole>([
  ["protester", 45], ["journalist", 14], ["activist", 12], ["blogger", 8], ["human_rights_defender", 4], ["lawyer", 3],
  ["politician", 2], ["civil_servant", 3], ["artist", 2], ["other", 2],
]);
export const ROLE_TEXT: Record<PersonRole, [string, string, string, string]> = {
  // [en, en feminine, ru, ru feminine]
  journalist: ["a journalist", "a journalist", "журналист", "журналистка"],
  blogger: ["a blogger", "a blogger", "блогер", "блогер"],
  activist: ["an activist", "an activist", "активист", "активистка"],
  human_rights_defender: ["a human rights defender", "a human rights defender", "правозащитник", "правозащитница"],
  lawyer: ["a lawyer", "a lawyer", "юрист", "юрист"],
  protester: ["a protester", "a protester", "участник митинга", "участница митинга"],
  politician: ["an opposition politician", "an opposition politician", "оппозиционный политик", "оппозиционный политик"],
  civil_servant: ["a civil servant", "a civil servant", "госслужащий", "госслужащая"],
  artist: ["a musician", "a musician", "музыкант", "музыкант"],
  foreign_citizen: ["a foreign citizen", "a foreign citizen", "иностранный гражданин", "иностранная гражданка"],
  other: ["a local resident", "a local resident", "местный житель", "местная жительница"],
};

export const GROUP_TYPES = new Weighted<IncidentType>([
  ["detention", 50], ["internet_shutdown", 8], ["website_blocking", 6], ["border_detention", 8], ["killing", 6], ["injury", 8],
  ["beating", 6], ["deportation", 4], ["obstruction_of_reporting", 4],
]);
