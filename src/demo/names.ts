/**
 * Fictional people's names for demo data: Kazakh (Cyrillic with ә ғ қ ң ө ұ ү һ і, its Russian form and Latin press
 * spellings), Russian and Kyrgyz. Given names and surnames are common ones combined at random, so any resemblance of a
 * combination to a real person is chance.
 */
import type { Prng } from "./prng.js";

export type Sex = "male" | "female";
export type Origin = "kazakh" | "russian" | "kyrgyz";

/** One name before it gets an id: the fields of a PersonName other than id. */
export interface NameDraft {
  value: string;
  script: "Cyrl" | "Latn";
  lang: "kk" | "ru" | "en" | "ky";
  kind: "official" | "transliteration" | "press_spelling" | "pseudonym";
  given: string | null;
  family: string | null;
  patronymic: string | null;
}

// [Kazakh, Russian form, English press spelling]
const KZ_MALE: readonly (readonly [string, string, string])[] = [
  ["Ерлан", "Ерлан", "Yerlan"], ["Нұрлан", "Нурлан", "Nurlan"], ["Қайрат", "Кайрат", "Kairat"], ["Дәурен", "Даурен", "Dauren"],
  ["Асқар", "Аскар", "Askar"], ["Ғалым", "Галым", "Galym"], ["Бақытжан", "Бахытжан", "Bakhytzhan"], ["Мұрат", "Мурат", "Murat"],
  ["Талғат", "Талгат", "Talgat"], ["Айдос", "Айдос", "Aidos"], ["Ержан", "Ержан", "Yerzhan"], ["Серік", "Серик", "Serik"],
  ["Бауыржан", "Бауыржан", "Baurzhan"], ["Шаһмардан", "Шахмардан", "Shakhmardan"], ["Жанболат", "Жанболат", "Zhanbolat"],
  ["Әлібек", "Алибек", "Alibek"], ["Ұлан", "Улан", "Ulan"], ["Өмірзақ", "Омирзак", "Omirzak"], ["Қуаныш", "Куаныш", "Kuanysh"],
  ["Ақжол", "Акжол", "Akzhol"], ["Дамир", "Дамир", "Damir"], ["Арман", "Арман", "Arman"], ["Рүстем", "Рустем", "Rustem"],
  ["Нұржан", "Нуржан", "Nurzhan"], ["Ілияс", "Ильяс", "Ilyas"], ["Дидар", "Дидар", "Didar"],
];
const KZ_FEMALE: readonly (readonly [string, string, string])[] = [
  ["Әсел", "Асель", "Assel"], ["Айгүл", "Айгуль", "Aigul"], ["Мәдина", "Мадина", "Madina"], ["Жанар", "Жанар", "Zhanar"],
  ["Ділназ", "Дильназ", "Dilnaz"], ["Сәуле", "Сауле", "Saule"], ["Ботагөз", "Ботагоз", "Botagoz"], ["Гүлнар", "Гульнар", "Gulnar"],
  ["Жұлдыз", "Жулдыз", "Zhuldyz"], ["Әйгерім", "Айгерим", "Aigerim"], ["Жиһан", "Жихан", "Zhikhan"], ["Зуһра", "Зухра", "Zukhra"],
  ["Динара", "Динара", "Dinara"], ["Үміт", "Умит", "Umit"], ["Ақбота", "Акбота", "Akbota"], ["Назгүл", "Назгуль", "Nazgul"],
  ["Мөлдір", "Мольдир", "Moldir"], ["Аружан", "Аружан", "Aruzhan"], ["Ләззат", "Ляззат", "Lyazzat"], ["Іңкәр", "Инкар", "Inkar"],
];
// Fathers' names for patronymics: [Kazakh, Russian stem]
const KZ_FATHERS: readonly (readonly [string, string])[] = [
  ["Серік", "Серик"], ["Нұрлан", "Нурлан"], ["Марат", "Марат"], ["Болат", "Болат"], ["Ғалым", "Галым"], ["Қайрат", "Кайрат"],
  ["Ерлан", "Ерлан"], ["Бақыт", "Бахыт"], ["Асқар", "Аскар"], ["Талғат", "Талгат"], ["Дәурен", "Даурен"], ["Мұрат", "Мурат"],
  ["Жұмабек", "Жумабек"], ["Ербол", "Ербол"], ["Қанат", "Канат"], ["Самат", "Самат"],
];
// Masculine surnames: [Kazakh, Russian form, English press spelling, a second press spelling]; feminine adds "а".
const KZ_SURNAMES: readonly (readonly [string, string, string, string])[] = [
  ["Тоқтаров", "Токтаров", "Toktarov", "Tokhtarov"], ["Әбдірахманов", "Абдрахманов", "Abdrakhmanov", "Abdrahmanov"],
  ["Құсайынов", "Кусаинов", "Kusainov", "Kussainov"], ["Өтегенов", "Утегенов", "Utegenov", "Otegenov"],
  ["Жақсылықов", "Жаксылыков", "Zhaksylykov", "Jaksylykov"], ["Сәрсенбаев", "Сарсенбаев", "Sarsenbayev", "Sarsenbaev"],
  ["Нұрғалиев", "Нургалиев", "Nurgaliyev", "Nurgaliev"], ["Қасымов", "Касымов", "Kasymov", "Qasymov"],
  ["Ғабдуллин", "Габдуллин", "Gabdullin", "Ghabdullin"], ["Есенғалиев", "Есенгалиев", "Yesengaliyev", "Esengaliev"],
  ["Төлеубаев", "Тулеубаев", "Tuleubayev", "Toleubaev"], ["Мұхамедиев", "Мухамедиев", "Mukhamediyev", "Mukhamediev"],
  ["Әлімжанов", "Алимжанов", "Alimzhanov", "Alimjanov"], ["Серікбаев", "Серикбаев", "Serikbayev", "Serikbaev"],
  ["Үсенов", "Усенов", "Usenov", "Ussenov"], ["Дәулетов", "Даулетов", "Dauletov", "Dawletov"],
  ["Байжанов", "Байжанов", "Baizhanov", "Bayzhanov"], ["Шәкенов", "Шакенов", "Shakenov", "Shakenov"],
  ["Иманғалиев", "Имангалиев", "Imangaliyev", "Imangaliev"], ["Бекмұхамбетов", "Бекмухамбетов", "Bekmukhambetov", "Bekmuhambetov"],
  ["Жұмағұлов", "Жумагулов", "Zhumagulov", "Jumagulov"], ["Смағұлов", "Смагулов", "Smagulov", "Smaghulov"],
  ["Ысқақов", "Искаков", "Iskakov", "Yskakov"], ["Көшербаев", "Кушербаев", "Kusherbayev", "Kosherbaev"],
];
// [Russian masculine, English], surnames feminine + "а"
const RU_MALE: readonly (readonly [string, string])[] = [
  ["Дмитрий", "Dmitry"], ["Алексей", "Alexei"], ["Сергей", "Sergei"], ["Андрей", "Andrei"], ["Виктор", "Viktor"], ["Игорь", "Igor"],
];
const RU_FEMALE: readonly (readonly [string, string])[] = [
  ["Ольга", "Olga"], ["Наталья", "Natalya"], ["Елена", "Yelena"], ["Ирина", "Irina"], ["Татьяна", "Tatyana"],
];
const RU_FATHERS: readonly (readonly [string, string])[] = [
  ["Сергеевич", "Сергеевна"], ["Викторович", "Викторовна"], ["Петрович", "Петровна"], ["Николаевич", "Николаевна"],
];
const RU_SURNAMES: readonly (readonly [string, string, string])[] = [
  ["Ковалёв", "Kovalyov", "Kovalev"], ["Белоусов", "Belousov", "Byelousov"], ["Гришин", "Grishin", "Grichin"],
  ["Прохоров", "Prokhorov", "Prohorov"], ["Зайцев", "Zaitsev", "Zaytsev"], ["Мельников", "Melnikov", "Mel'nikov"],
];
// Kyrgyz: [Kyrgyz/Russian, English]
const KG_MALE: readonly (readonly [string, string])[] = [["Азамат", "Azamat"], ["Нурбек", "Nurbek"], ["Айбек", "Aibek"], ["Чынгыз", "Chyngyz"]];
const KG_FEMALE: readonly (readonly [string, string])[] = [["Айпери", "Aiperi"], ["Бермет", "Bermet"]];
const KG_SURNAMES: readonly (readonly [string, string])[] = [
  ["Осмоналиев", "Osmonaliev"], ["Токтогулов", "Toktogulov"], ["Сатыбалдиев", "Satybaldiev"], ["Асанбеков", "Asanbekov"],
];

// The 2021 Kazakh Latin alphabet, for the transliterations monitors meet in Kazakh-language Latin texts.
const KK_LATIN: Record<string, string> = {
  а: "a", ә: "ä", б: "b", в: "v", г: "g", ғ: "ğ", д: "d", е: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", қ: "q", л: "l",
  м: "m", н: "n", ң: "ñ", о: "o", ө: "ö", п: "p", р: "r", с: "s", т: "t", у: "u", ұ: "ū", ү: "ü", ф: "f", х: "h", һ: "h",
  ц: "s", ч: "ç", ш: "ş", щ: "ş", ъ: "", ы: "y", і: "ı", ь: "", э: "e", ю: "iu", я: "ia",
};

const latinMemo = new Map<string, string>();

function kazakhLatin(s: string): string {
  const memo = latinMemo.get(s);
  if (memo !== undefined) return memo;
  let out = "";
  for (const ch of s) {
    const lower = ch.toLowerCase();
    const t = KK_LATIN[lower] ?? ch;
    out += ch === lower ? t : t.charAt(0).toUpperCase() + t.slice(1);
  }
  latinMemo.set(s, out);
  return out;
}

export interface DraftPerson {
  origin: Origin;
  sex: Sex;
  names: NameDraft[];
  /** Latin display name for English texts. */
  en: string;
  /** Russian display name (given + family) for Russian texts. */
  ru: string;
}

const cyr = (value: string, lang: "kk" | "ru" | "ky", given: string, family: string, patronymic: string | null): NameDraft =>
  ({ value, script: "Cyrl", lang, kind: "official", given, family, patronymic });
const lat = (value: string, kind: NameDraft["kind"], lang: "en" | "kk", given: string, family: string): NameDraft =>
  ({ value, script: "Latn", lang, kind, given, family, patronymic: null });

export function draftPerson(rng: Prng, origin: Origin, sex: Sex): DraftPerson {
  const f = sex === "female";
  if (origin === "kazakh") {
    const [gKk, gRu, gEn] = rng.pick(f ? KZ_FEMALE : KZ_MALE);
    const [sKk, sRu, sEn, sEn2] = rng.pick(KZ_SURNAMES);
    const [fatherKk, fatherRu] = rng.pick(KZ_FATHERS);
    const end = f ? "а" : "";
    const famKk = sKk + end, famRu = sRu + end, famEn = sEn + (f ? "a" : ""), famEn2 = sEn2 + (f ? "a" : "");
    const hasPatronymic = rng.chance(0.8);
    const patKk = hasPatronymic ? fatherKk + (f ? "қызы" : "ұлы") : null;
    const patRu = hasPatronymic ? fatherRu + (f ? "овна" : "ович") : null;
    const names: NameDraft[] = [
      cyr([famKk, gKk, patKk].filter(Boolean).join(" "), "kk", gKk, famKk, patKk),
      cyr([famRu, gRu, patRu].filter(Boolean).join(" "), "ru", gRu, famRu, patRu),
      lat(`${gEn} ${famEn}`, "press_spelling", "en", gEn, famEn),
    ];
    if (rng.chance(0.5)) {
      const gLat = kazakhLatin(gKk), fLat = kazakhLatin(famKk);
      names.push(lat(`${gLat} ${fLat}`, "transliteration", "kk", gLat, fLat));
    }
    if (famEn2 !== famEn && rng.chance(0.4)) names.push(lat(`${gEn} ${famEn2}`, "press_spelling", "en", gEn, famEn2));
    return { origin, sex, names, en: `${gEn} ${famEn}`, ru: `${gRu} ${famRu}` };
  }
  if (origin === "russian") {
    const [gRu, gEn] = rng.pick(f ? RU_FEMALE : RU_MALE);
    const [sRu, sEn, sEn2] = rng.pick(RU_SURNAMES);
    const [patM, patF] = rng.pick(RU_FATHERS);
    const famRu = sRu + (f ? "а" : ""), famEn = sEn + (f ? "a" : ""), famEn2 = sEn2 + (f ? "a" : "");
    const pat = f ? patF : patM;
    const names: NameDraft[] = [
      cyr(`${famRu} ${gRu} ${pat}`, "ru", gRu, famRu, pat),
      lat(`${gEn} ${famEn}`, "press_spelling", "en", gEn, famEn),
    ];
    if (rng.chance(0.5)) names.push(lat(`${gEn} ${famEn2}`, "press_spelling", "en", gEn, famEn2));
    return { origin, sex, names, en: `${gEn} ${famEn}`, ru: `${gRu} ${famRu}` };
  }
  const [g, gEn] = rng.pick(f ? KG_FEMALE : KG_MALE);
  const [s, sEn] = rng.pick(KG_SURNAMES);
  const fam = s + (f ? "а" : ""), famEn = sEn + (f ? "a" : "");
  return {
    origin, sex,
    names: [
      cyr(`${g} ${fam}`, "ky", g, fam, null),
      cyr(`${fam} ${g}`, "ru", g, fam, null),
      lat(`${gEn} ${famEn}`, "press_spelling", "en", gEn, famEn),
    ],
    en: `${gEn} ${famEn}`,
    ru: `${g} ${fam}`,
  };
}
