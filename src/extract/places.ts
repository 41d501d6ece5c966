/**
 * Places named in a document: the gazetteer's scanner first, then "in the village of X" / "в селе X" for places the
 * gazetteer does not know, which are kept as written with no id.
 */
import { findPlacesInText, gazetteer, resolvePlace, type GazetteerPlace } from "../places/index.js";
import { ORG_AFTER } from "./lexicon.js";

export interface PlaceSpan {
  start: number;
  end: number;
  text: string;
  placeId: string | null;
  /** A country or a region: too wide to be the scene of an incident, which reports name by its town. */
  country: boolean;
}

const UNKNOWN_EN = /\b(?:in|near|at|from) (?:the )?(?:village|town|city|settlement|district|region|aul) of ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)|\bat the ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?) (?:border crossing|checkpoint|crossing point|border post)/gu;
const UNKNOWN_RU = /(?<![\p{L}])(?:в|во|из|у|около) (?:селе|села|посёлке|поселке|посёлка|поселка|городе|города|ауле|аула|деревне|районе) ([А-ЯЁ][\p{L}-]+)|(?:пункте|пункт|пункта) пропуска «([^»]{2,40})»|КПП «([^»]{2,40})»/gu;

/**
 * Cities of the other post-Soviet states whose crackdowns the same reports cover (Belarus, Azerbaijan, Russia,
 * Ukraine, the Caucasus, Moldova) and the cities abroad where exiles are detained. The gazetteer holds Central Asia
 * only; these are given back in the nominative, with no id. Towns whose name is also a common surname or given name
 * (Borisov, Kirov, Lida, Lvov, Ivanovo) are left out: a person would be read as a place.
 * [nominative English, English pattern, nominative Russian, Russian stem pattern with its case endings]
 */
const OTHER_CITIES: [string, string, string, string][] = [
  ["Minsk", "Minsk", "Минск", "Минск(?:а|е|у|ом)?"],
  ["Homiel", "Homiel|Homel|Gomel", "Гомель", "Гомел(?:ь|я|е|ю|ем)"],
  ["Hrodna", "Hrodna|Grodno", "Гродно", "Гродн(?:о|а|е|у|ом)"],
  ["Brest", "Brest", "Брест", "Брест(?:а|е|у|ом)?"],
  ["Vitebsk", "Vitebsk|Viciebsk", "Витебск", "Витебск(?:а|е|у|ом)?"],
  ["Mogilev", "Mogilev|Mahiliou|Mahilyow", "Могилёв", "Могил[её]в(?:а|е|у|ом)?"],
  ["Baku", "Baku", "Баку", "Баку"],
  ["Ganja", "Ganja", "Гянджа", "Гяндж(?:а|и|е|у|ой)"],
  ["Tbilisi", "Tbilisi", "Тбилиси", "Тбилиси"],
  ["Yerevan", "Yerevan", "Ереван", "Ереван(?:а|е|у|ом)?"],
  ["Kyiv", "Kyiv|Kiev", "Киев", "Киев(?:а|е|у|ом)?"],
  ["Moscow", "Moscow", "Москва", "Москв(?:а|ы|е|у|ой)"],
  ["Saint Petersburg", "(?:Saint|St\\.?) Petersburg", "Санкт-Петербург", "(?:Санкт-)?Петербург(?:а|е|у|ом)?"],
  ["Kazan", "Kazan", "Казань", "Казан(?:ь|и|ью)"],
  ["Omsk", "Omsk", "Омск", "Омск(?:а|е|у|ом)?"],
  ["Novosibirsk", "Novosibirsk", "Новосибирск", "Новосибирск(?:а|е|у|ом)?"],
  ["Yekaterinburg", "Yekaterinburg", "Екатеринбург", "Екатеринбург(?:а|е|у|ом)?"],
  ["Krasnodar", "Krasnodar", "Краснодар", "Краснодар(?:а|е|у|ом)?"],
  ["Rostov-on-Don", "Rostov-on-Don", "Ростов-на-Дону", "Ростов(?:а|е|у|ом)?-на-Дону"],
  ["Kaliningrad", "Kaliningrad", "Калининград", "Калининград(?:а|е|у|ом)?"],
  ["Ufa", "Ufa", "Уфа", "Уф(?:а|ы|е|у|ой)"],
  ["Samara", "Samara", "Самара", "Самар(?:а|ы|е|у|ой)"],
  ["Perm", "Perm", "Пермь", "Перм(?:ь|и|ью)"],
  ["Voronezh", "Voronezh", "Воронеж", "Воронеж(?:а|е|у|ем)?"],
  ["Volgograd", "Volgograd", "Волгоград", "Волгоград(?:а|е|у|ом)?"],
  ["Chelyabinsk", "Chelyabinsk", "Челябинск", "Челябинск(?:а|е|у|ом)?"],
  ["Krasnoyarsk", "Krasnoyarsk", "Красноярск", "Красноярск(?:а|е|у|ом)?"],
  ["Nizhny Novgorod", "Nizhny Novgorod", "Нижний Новгород", "Нижн(?:ий|его|ем) Новгород(?:а|е)?"],
  ["Simferopol", "Simferopol", "Симферополь", "Симферопол(?:ь|я|е|ем)"],
  // Belarus: regional and district towns that Viasna's chronicles name.
  ["Babruysk", "Babruysk|Bobruisk|Bobruysk", "Бобруйск", "Бобруйск(?:а|е|у|ом)?"],
  ["Baranavichy", "Baranavichy|Baranovichi", "Барановичи", "Баранович(?:и|ей|ам|ах|ами)"],
  ["Pinsk", "Pinsk", "Пинск", "Пинск(?:а|е|у|ом)?"],
  ["Orsha", "Orsha", "Орша", "Орш(?:а|и|е|у|ей)"],
  ["Mazyr", "Mazyr|Mozyr", "Мозырь", "Мозыр(?:ь|я|е|ем)"],
  ["Salihorsk", "Salihorsk|Soligorsk", "Солигорск", "Солигорск(?:а|е|у|ом)?"],
  ["Navapolatsk", "Navapolatsk|Novopolotsk", "Новополоцк", "Новополоцк(?:а|е|у|ом)?"],
  ["Polatsk", "Polatsk|Polotsk", "Полоцк", "Полоцк(?:а|е|у|ом)?"],
  ["Maladzyechna", "Maladzyechna|Molodechno", "Молодечно", "Молодечн(?:о|а|е|у|ом)"],
  ["Slutsk", "Slutsk", "Слуцк", "Слуцк(?:а|е|у|ом)?"],
  ["Zhlobin", "Zhlobin", "Жлобин", "Жлобин(?:а|е|у|ом)?"],
  ["Svetlahorsk", "Svetlahorsk|Svetlogorsk", "Светлогорск", "Светлогорск(?:а|е|у|ом)?"],
  ["Rechytsa", "Rechytsa|Rechitsa", "Речица", "Речиц(?:а|ы|е|у|ей)"],
  ["Zhodzina", "Zhodzina|Zhodino", "Жодино", "Жодино"],
  ["Vawkavysk", "Vawkavysk|Volkovysk", "Волковыск", "Волковыск(?:а|е|у|ом)?"],
  // The South Caucasus and Moldova.
  ["Batumi", "Batumi", "Батуми", "Батуми"],
  ["Kutaisi", "Kutaisi", "Кутаиси", "Кутаиси"],
  ["Rustavi", "Rustavi", "Рустави", "Рустави"],
  ["Zugdidi", "Zugdidi", "Зугдиди", "Зугдиди"],
  ["Telavi", "Telavi", "Телави", "Телави"],
  ["Marneuli", "Marneuli", "Марнеули", "Марнеули"],
  ["Gyumri", "Gyumri", "Гюмри", "Гюмри"],
  ["Vanadzor", "Vanadzor", "Ванадзор", "Ванадзор(?:а|е|у|ом)?"],
  ["Sumgait", "Sumgait|Sumqayit", "Сумгаит", "Сумгаит(?:а|е|у|ом)?"],
  ["Mingachevir", "Mingachevir|Mingechevir", "Мингечаур", "Мингечаур(?:а|е|у|ом)?"],
  ["Lankaran", "Lankaran|Lenkoran", "Ленкорань", "Ленкоран(?:ь|и|ью)"],
  ["Nakhchivan", "Nakhchivan|Nakhichevan", "Нахичевань", "Нахичеван(?:ь|и|ью)"],
  ["Chisinau", "Chisinau|Chișinău|Kishinev", "Кишинёв", "Кишин[её]в(?:а|е|у|ом)?"],
  ["Tiraspol", "Tiraspol", "Тирасполь", "Тираспол(?:ь|я|е|ем)"],
  // Ukraine.
  ["Kharkiv", "Kharkiv|Kharkov", "Харьков", "Харьков(?:а|е|у|ом)?"],
  ["Odesa", "Odesa|Odessa", "Одесса", "Одесс(?:а|ы|е|у|ой)"],
  
  ["Donetsk", "Donetsk", "Донецк", "Донецк(?:а|е|у|ом)?"],
  ["Luhansk", "Luhansk|Lugansk", "Луганск", "Луганск(?:а|е|у|ом)?"],
  ["Zaporizhzhia", "Zaporizhzhia|Zaporozhye", "Запорожье", "Запорожь(?:е|я|ю|ем)"],
  ["Mariupol", "Mariupol", "Мариуполь", "Мариупол(?:ь|я|е|ем)"],
  ["Kherson", "Kherson", "Херсон", "Херсон(?:а|е|у|ом)?"],
  ["Melitopol", "Melitopol", "Мелитополь", "Мелитопол(?:ь|я|е|ем)"],
  ["Sevastopol", "Sevastopol", "Севастополь", "Севастопол(?:ь|я|е|ем)"],
  // Russia: the other large cities and the regional centres OVD-Info reports from most.
  ["Astrakhan", "Astrakhan", "Астрахань", "Астрахан(?:ь|и|ью)"],
  ["Saratov", "Saratov", "Саратов", "Саратов(?:а|е|у|ом)?"],
  ["Tyumen", "Tyumen", "Тюмень", "Тюмен(?:ь|и|ью)"],
  ["Tomsk", "Tomsk", "Томск", "Томск(?:а|е|у|ом)?"],
  ["Irkutsk", "Irkutsk", "Иркутск", "Иркутск(?:а|е|у|ом)?"],
  ["Khabarovsk", "Khabarovsk", "Хабаровск", "Хабаровск(?:а|е|у|ом)?"],
  ["Vladivostok", "Vladivostok", "Владивосток", "Владивосток(?:а|е|у|ом)?"],
  ["Yaroslavl", "Yaroslavl", "Ярославль", "Ярославл(?:ь|я|е|ем)"],
  ["Izhevsk", "Izhevsk", "Ижевск", "Ижевск(?:а|е|у|ом)?"],
  ["Barnaul", "Barnaul", "Барнаул", "Барнаул(?:а|е|у|ом)?"],
  ["Ulyanovsk", "Ulyanovsk", "Ульяновск", "Ульяновск(?:а|е|у|ом)?"],
  ["Penza", "Penza", "Пенза", "Пенз(?:а|ы|е|у|ой)"],
  ["Ryazan", "Ryazan", "Рязань", "Рязан(?:ь|и|ью)"],
  ["Makhachkala", "Makhachkala", "Махачкала", "Махачкал(?:а|ы|е|у|ой)"],
  ["Grozny", "Grozny", "Грозный", "Грозн(?:ый|ого|ом|ому)"],
  ["Vladikavkaz", "Vladikavkaz", "Владикавказ", "Владикавказ(?:а|е|у|ом)?"],
  ["Nalchik", "Nalchik", "Нальчик", "Нальчик(?:а|е|у|ом)?"],
  ["Syktyvkar", "Syktyvkar", "Сыктывкар", "Сыктывкар(?:а|е|у|ом)?"],
  ["Arkhangelsk", "Arkhangelsk", "Архангельск", "Архангельск(?:а|е|у|ом)?"],
  ["Murmansk", "Murmansk", "Мурманск", "Мурманск(?:а|е|у|ом)?"],
  ["Petrozavodsk", "Petrozavodsk", "Петрозаводск", "Петрозаводск(?:а|е|у|ом)?"],
  ["Pskov", "Pskov", "Псков", "Псков(?:а|е|у|ом)?"],
  ["Tver", "Tver", "Тверь", "Твер(?:ь|и|ью)"],
  ["Kaluga", "Kaluga", "Калуга", "Калуг(?:а|и|е|у|ой)"],
  ["Bryansk", "Bryansk", "Брянск", "Брянск(?:а|е|у|ом)?"],
  ["Kursk", "Kursk", "Курск", "Курск(?:а|е|у|ом)?"],
  ["Belgorod", "Belgorod", "Белгород", "Белгород(?:а|е|у|ом)?"],
  ["Lipetsk", "Lipetsk", "Липецк", "Липецк(?:а|е|у|ом)?"],
  ["Tambov", "Tambov", "Тамбов", "Тамбов(?:а|е|у|ом)?"],
  ["Orenburg", "Orenburg", "Оренбург", "Оренбург(?:а|е|у|ом)?"],
  ["Chita", "Chita", "Чита", "Чит(?:а|ы|е|у|ой)"],
  ["Ulan-Ude", "Ulan-Ude", "Улан-Удэ", "Улан-Удэ"],
  ["Yakutsk", "Yakutsk", "Якутск", "Якутск(?:а|е|у|ом)?"],
  ["Kemerovo", "Kemerovo", "Кемерово", "Кемерово"],
  ["Sochi", "Sochi", "Сочи", "Сочи"],
  ["Stavropol", "Stavropol", "Ставрополь", "Ставропол(?:ь|я|е|ем)"],
  ["Cheboksary", "Cheboksary", "Чебоксары", "Чебоксар(?:ы|ах|ам)"],
  ["Smolensk", "Smolensk", "Смоленск", "Смоленск(?:а|е|у|ом)?"],
  ["Vologda", "Vologda", "Вологда", "Вологд(?:а|ы|е|у|ой)"],
  // Where exiles and migrant workers are detained or attacked.
  ["Istanbul", "Istanbul", "Стамбул", "Стамбул(?:а|е|у|ом)?"],
  ["Ankara", "Ankara", "Анкара", "Анкар(?:а|ы|е|у|ой)"],
  ["Antalya", "Antalya", "Анталия", "Антал(?:ия|ии|ию|ией|ья|ьи|ью|ьей|ье)"],
  ["Vilnius", "Vilnius", "Вильнюс", "Вильнюс(?:а|е|у|ом)?"],
  ["Riga", "Riga", "Рига", "Риг(?:а|и|е|у|ой)"],
  ["Warsaw", "Warsaw", "Варшава", "Варшав(?:а|ы|е|у|ой)"],
];
// One pass per document: each city is a capture group of a single alternation.
const OTHER_EN = new RegExp(`\\b(?:${OTHER_CITIES.map(([, re]) => `(${re})`).join("|")})\\b`, "g");
// The left word boundary is checked in code: a leading lookbehind stops V8 from skipping ahead fast.
const OTHER_RU = new RegExp(`(?:${OTHER_CITIES.map(([, , , re]) => `(${re})`).join("|")})(?![\\p{L}-])`, "gu");

// Almaty, Bishkek, Tashkent, Dushanbe …: a city with the standing of a region is in the gazetteer twice; an incident
// "в Бишкеке" happened in the city.
let cityOfRegion: Map<string, GazetteerPlace> | undefined;
function asCity(place: GazetteerPlace): GazetteerPlace {
  if (place.adminLevel !== "region") return place;
  if (!cityOfRegion) {
    const cities = new Map(gazetteer().filter((p) => p.adminLevel === "city").map((p) => [`${p.country}:${p.name}`, p]));
    cityOfRegion = new Map();
    for (const p of gazetteer()) {
      const city = p.adminLevel === "region" ? cities.get(`${p.country}:${p.name}`) : undefined;
      if (city) cityOfRegion.set(p.id, city);
    }
  }
  return cityOfRegion.get(place.id) ?? place;
}

/**
 * The place in the nominative, as the text names it: "в Уральске" → Уральск, "в Нур-Султане" → Нур-Султан (a former
 * name stays the name the text used). English does not inflect, so its text is kept.
 */
function nominativeOf(place: GazetteerPlace, written: string, lang: "en" | "ru"): string {
  if (lang === "en") return written;
  const lower = written.toLowerCase();
  const names = [place.names.ru, ...place.formerNames, ...place.altNames, ...Object.values(place.names)].filter((n): n is string => !!n && /\p{Script=Cyrillic}/u.test(n));
  if (names.some((n) => n.toLowerCase() === lower)) return written;
  // The name whose stem the inflected form keeps longest.
  let best = place.names.ru ?? place.name;
  let bestLen = 0;
  for (const n of names) {
    const l = n.toLowerCase();
    let k = 0;
    while (k < l.length && k < lower.length && l[k] === lower[k]) k++;
    if (k >= Math.min(l.length, lower.length) - 2 && k > bestLen) {
      best = n;
      bestLen = k;
    }
  }
  return best;
}

/**
 * "Алматинский городской суд", "в минском аэропорту", "Гомельским областным судом": a town's adjective before a court,
 * an airport or a jail names the town. Not before "районный" ("Московский районный суд" is a district of another
 * city) nor "область" (a region). [adjective stem, the town in the nominative]
 */
const CITY_ADJECTIVES = new Map<string, string>([
  ["алматинск", "Алматы"], ["астанинск", "Астана"], ["бишкекск", "Бишкек"], ["ошск", "Ош"], ["душанбинск", "Душанбе"],
  ["ташкентск", "Ташкент"], ["ашхабадск", "Ашхабад"], ["шымкентск", "Шымкент"], ["карагандинск", "Караганда"],
  ["актюбинск", "Актобе"], ["актобинск", "Актобе"], ["атырауск", "Атырау"], ["уральск", "Уральск"], ["костанайск", "Костанай"],
  ["павлодарск", "Павлодар"], ["жанаозенск", "Жанаозен"], ["хорогск", "Хорог"], ["худжандск", "Худжанд"], ["нукусск", "Нукус"],
  ["самаркандск", "Самарканд"], ["андижанск", "Андижан"], ["наманганск", "Наманган"], ["бухарск", "Бухара"],
  ["минск", "Минск"], ["гомельск", "Гомель"], ["гродненск", "Гродно"], ["брестск", "Брест"], ["витебск", "Витебск"],
  ["могилевск", "Могилёв"], ["бакинск", "Баку"], ["московск", "Москва"], ["петербургск", "Санкт-Петербург"], ["казанск", "Казань"],
  ["тбилисск", "Тбилиси"], ["батумск", "Батуми"], ["кутаисск", "Кутаиси"], ["руставск", "Рустави"], ["ереванск", "Ереван"],
  ["сумгаитск", "Сумгаит"], ["гянджинск", "Гянджа"], ["кишиневск", "Кишинёв"], ["харьковск", "Харьков"], ["одесск", "Одесса"],
  ["луганск", "Луганск"], ["астраханск", "Астрахань"], ["саратовск", "Саратов"], ["стамбульск", "Стамбул"],
  ["бобруйск", "Бобруйск"], ["пинск", "Пинск"], ["солигорск", "Солигорск"], ["светлогорск", "Светлогорск"],
  ["новосибирск", "Новосибирск"], ["екатеринбургск", "Екатеринбург"], ["краснодарск", "Краснодар"], ["калининградск", "Калининград"],
]);
// Anchored on the "ск" of the adjective so the scan skips ahead fast; the stem before it is looked up in code.
const CITY_ADJ_RU = /ск(?:ий|ого|ому|им|ом|ая|ой|ую|ое|ие|их|ими)\s+(?:(?:городск|областн|военн|гарнизонн|межрайонн|специализированн|международн)\p{L}*\s+)?(?:суд|аэропорт|сизо|изолятор|ивс|тюрьм|колони|полиц|милиц|гувд|увд|вокзал)/giu;

export function findPlaces(text: string, lang: "en" | "ru"): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (const found of findPlacesInText(text)) {
    const m = { ...found, place: asCity(found.place) };
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? "";
    // "Aktobe Times", «Актобе Таймс»: an outlet named after the town.
    if (after && /^\p{Lu}/u.test(after) && ORG_AFTER.test(after)) continue;
    if (text[m.start - 1] === "«" || /«[^»]{0,40}$/.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    out.push({ start: m.start, end: m.end, text: nominativeOf(m.place, m.text, lang), placeId: m.place.id, country: m.place.adminLevel === "country" || m.place.adminLevel === "region" });
  }
  const other = lang === "en" ? OTHER_EN : OTHER_RU;
  other.lastIndex = 0;
  for (let m = other.exec(text); m; m = other.exec(text)) {
    const city = OTHER_CITIES[m.slice(1).findIndex((g) => g !== undefined)];
    const end = m.index + m[0].length;
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(end, end + 30))?.[1] ?? "";
    if (!city || (after && /^\p{Lu}/u.test(after) && ORG_AFTER.test(after))) continue;
    const start = m.index;
    if (lang === "ru" && /[\p{L}-]/u.test(text[start - 1] ?? "")) continue;
    if (out.some((p) => p.start < end && start < p.end)) continue;
    // "a porter from the Tver region": the region named after the town, too wide to be a scene.
    out.push({ start, end, text: lang === "en" ? city[0] : city[2], placeId: null, country: /^(?:region|oblast|province|krai|governorate)$/i.test(after) });
  }
  if (lang === "ru") {
    CITY_ADJ_RU.lastIndex = 0;
    for (let m = CITY_ADJ_RU.exec(text); m; m = CITY_ADJ_RU.exec(text)) {
      let start = m.index;
      while (start > 0 && /\p{L}/u.test(text[start - 1] ?? "")) start--;
      const end = m.index + 2 + (/^\p{L}+/u.exec(m[0].slice(2))?.[0].length ?? 0);
      const city = CITY_ADJECTIVES.get(text.slice(start, m.index + 2).toLowerCase().replace(/ё/g, "е"));
      if (!city || text[start - 1] === "-") continue;
      // The gazetteer may have read the adjective as its region ("Алматинский" → Алматинская область).
      const overlapping = out.findIndex((p) => p.start < end && start < p.end);
      if (overlapping >= 0 && !out[overlapping]?.country) continue;
      if (overlapping >= 0) out.splice(overlapping, 1);
      const known = resolvePlace(city)?.place;
      out.push({ start, end, text: city, placeId: known ? asCity(known).id : null, country: false });
    }
  }
  const re = lang === "en" ? UNKNOWN_EN : UNKNOWN_RU;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? m[2] ?? m[3] ?? "";
    const start = m.index + m[0].length - name.length;
    if (out.some((p) => p.start < start + name.length && start < p.end)) continue;
    out.push({ start, end: start + name.length, text: name, placeId: null, country: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
