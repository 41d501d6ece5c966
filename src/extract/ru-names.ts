/**
 * Russian-language names back to the nominative. The press declines Central Asian names like Russian ones
 * ("задержали Жанну Бектурову", "адвокат Данияра Касымова", "Хуршеда Давлатзоду") but leaves female names that end
 * in a consonant undeclined ("Айгерим Жаксылыкову"). Each word gets every reading its ending allows; the whole name
 * takes the gender and case that the most words agree on, helped by the given-name lexicon, az where loaded,
 * and the case the context calls for.
 */
import { FEMALE_GIVEN, MALE_GIVEN, NAME_PARTICLES } from "./lexicon.js";

export type Gender = "m" | "f";
export type Case = "nom" | "gen" | "dat" | "acc" | "ins" | "loc";
const ALL: Case[] = ["nom", "gen", "dat", "acc", "ins", "loc"];

interface Reading {
  nom: string;
  g: Gender | null;
  cases: readonly Case[];
  weight: number;
}

/** What az says about a word as a given name: lemma and gender of its Name parses. */
export interface NameOracle {
  (word: string): { lemma: string; g: Gender }[];
  /**
   * Whether az's dictionary knows the word only as an adverb, a function word or an animate common noun, never as a
   * name: a capital that opens a sentence ("Первоначально", "Соратница", "Архиепископ"), not the first word of a name.
   * Guessed parses of unknown words and dictionary verbs and adjectives ("Нарек", "Парен") do not count.
   */
  commonOnly(word: string): boolean;
}

const CONS = /[бвгджзйклмнпрстфхцчшщьғқңһ]$/;

function surnameReadings(w: string): Reading[] | null {
  // "Василия Тестова-Чиковани": a double surname declines its first part and leaves an indeclinable second one.
  const double = /^(.{3,})-(.{3,})$/.exec(w);
  if (double) {
    const [, a = "", b = ""] = double;
    const first = surnameReadings(a);
    if (first && surnameReadings(b)?.every((r) => r.cases.length === ALL.length)) return first.map((r) => ({ ...r, nom: `${r.nom}-${b}` }));
  }
  // A family named together ("супругам Александру и Александре Буровым", "братьев Тестовых"): the plural surname
  // stands in for each person's own, in the case of the given name beside it.
  let m = /^(.{2,}(?:ов|ев|ёв|ин|ын))(ы|ых|ым|ыми)$/.exec(w);
  if (m) {
    const b = m[1] ?? "";
    const c: Record<string, Case[]> = { ы: ["nom"], ых: ["gen", "acc", "loc"], ым: ["dat"], ыми: ["ins"] };
    const cases = c[m[2] ?? "ы"] ?? ["nom"];
    const family: Reading[] = [{ nom: b, g: "m", cases, weight: 0.8 }, { nom: `${b}а`, g: "f", cases, weight: 0.8 }];
    // "-ым" is also one man's instrumental ("с Тимуром Тестовым").
    return m[2] === "ым" ? [...family, { nom: b, g: "m", cases: ["ins"], weight: 1 }] : family;
  }
  m = /^(.{2,}(?:ов|ев|ёв|ин|ын))(а|у|ым|е|ой)?$/.exec(w);
  if (m) {
    const b = m[1] ?? "";
    switch (m[2]) {
      case undefined: return [{ nom: b, g: "m", cases: ["nom"], weight: 1 }];
      case "а": return [{ nom: b, g: "m", cases: ["gen", "acc"], weight: 1 }, { nom: `${b}а`, g: "f", cases: ["nom"], weight: 1 }];
      case "у": return [{ nom: b, g: "m", cases: ["dat"], weight: 1 }, { nom: `${b}а`, g: "f", cases: ["acc"], weight: 1 }];
      case "ым": return [{ nom: b, g: "m", cases: ["ins"], weight: 1 }];
      case "е": return [{ nom: b, g: "m", cases: ["loc"], weight: 1 }];
      case "ой": return [{ nom: `${b}а`, g: "f", cases: ["gen", "dat", "ins", "loc"], weight: 1 }];
    }
  }
  m = /^(.{2,}[сц]к)(ий|ого|ому|им|ом|ая|ую|ой)$/.exec(w);
  if (m) {
    const b = m[1] ?? "";
    const end = m[2] ?? "";
    const mc: Record<string, Case[]> = { ий: ["nom"], ого: ["gen", "acc"], ому: ["dat"], им: ["ins"], ом: ["loc"] };
    const fc: Record<string, Case[]> = { ая: ["nom"], ую: ["acc"], ой: ["gen", "dat", "ins", "loc"] };
    if (mc[end]) return [{ nom: `${b}ий`, g: "m", cases: mc[end], weight: 1 }];
    return [{ nom: `${b}ая`, g: "f", cases: fc[end] ?? ["nom"], weight: 1 }];
  }
  m = /^(.{2,}зод)(а|ы|е|у|ой)$/.exec(w);
  if (m) {
    const c: Record<string, Case[]> = { а: ["nom"], ы: ["gen"], е: ["dat", "loc"], у: ["acc"], ой: ["ins"] };
    const out: Reading[] = [{ nom: `${m[1]}а`, g: null, cases: c[m[2] ?? "а"] ?? ["nom"], weight: 1 }];
    // The press often leaves "-зода" undeclined: "журналиста Абдусаттора Пирмухаммадзода".
    if (m[2] === "а") out.push({ nom: w, g: null, cases: ALL, weight: 0.8 });
    return out;
  }
  m = /^(.{2,}(?:ич|[ую]к))(а|у|ем|ом|е)?$/.exec(w);
  if (m) {
    const b = m[1] ?? "";
    const c: Record<string, Case[]> = { а: ["gen", "acc"], у: ["dat"], ем: ["ins"], ом: ["ins"], е: ["loc"] };
    if (!m[2]) return [{ nom: b, g: "m", cases: ["nom"], weight: 1 }, { nom: b, g: "f", cases: ALL, weight: 1 }];
    return [{ nom: b, g: "m", cases: c[m[2]] ?? ["nom"], weight: 1 }];
  }
  // Armenian "-ян"/"-янц": a man's declines ("Жору Аветисяна"), a woman's does not.
  m = /^(.{2,}янц?)(а|у|ом|е)?$/.exec(w);
  if (m) {
    const b = m[1] ?? "";
    const c: Record<string, Case[]> = { а: ["gen", "acc"], у: ["dat"], ом: ["ins"], е: ["loc"] };
    if (!m[2]) return [{ nom: b, g: "m", cases: ["nom"], weight: 1 }, { nom: b, g: "f", cases: ALL, weight: 1 }];
    return [{ nom: b, g: "m", cases: c[m[2]] ?? ["nom"], weight: 1 }];
  }
  // Georgian surnames in "-ани", "-ели", "-ури", "-уа", "-ава" stay as they are in every case
  // ("Иванов-Чиковани", "Угулава"), like "-дзе" and "-швили".
  // Azerbaijani "-лу" ("Ягублу") as "-лы" and "-ли".
  if (/(?:енко|ко|дзе|швили|[ыи]х|заде|ли|лы|лу|[гк]ызы|ани|ели|ури|уа|ава)$/.test(w)) return [{ nom: w, g: null, cases: ALL, weight: 1 }];
  // Kazakh and Kyrgyz "-бай" declines as "Николай": "Жаната Казакбая", "Казакбаем".
  m = /^(.{2,}ба)(й|я|ю|ем|е)$/.exec(w);
  if (m) {
    const c: Record<string, Case[]> = { й: ["nom"], я: ["gen", "acc"], ю: ["dat"], ем: ["ins"], е: ["loc"] };
    return [{ nom: `${m[1]}й`, g: "m", cases: c[m[2] ?? "й"] ?? ["nom"], weight: 1 }];
  }
  // "Дюгай", "Мамай", "Югай" decline the same way: "Валерия Дюгая", "Жанболату Мамаю". Not "-ой"/"-ей": "Толстой" is an
  // adjective, "Соловей" drops its vowel.
  // A Georgian "-лая", "-ная", "-рая", "-чая" … ("Шенгелая", "Саная", "Чантурая", "Арчая") is not one of them.
  m = /^(.{2,}[ауя])(й|я|ю|ем|е)$/.exec(w);
  if (m && !/[лнрцкчшж]ая$/.test(w)) {
    const c: Record<string, Case[]> = { й: ["nom"], я: ["gen", "acc"], ю: ["dat"], ем: ["ins"], е: ["loc"] };
    const out: Reading[] = [{ nom: `${m[1]}й`, g: "m", cases: c[m[2] ?? "й"] ?? ["nom"], weight: 1 }];
    if (/[бвгджзклмнпрстфхцчшщ]ая$/.test(w)) out.push({ nom: w, g: null, cases: ALL, weight: 0.9 });
    return out;
  }
  // Georgian "-ая" ("Вахо Саная", "Шенгелая") is never declined; a Russian "-ая" is a nominative anyway.
  if (/[бвгджзклмнпрстфхцчшщ]ая$/.test(w) && w.length > 4) return [{ nom: w, g: null, cases: ALL, weight: 0.9 }];
  // Georgian "-ия" declines like "Мария": "Жвании", "Бокерию".
  m = /^(.{3,}[бвгджзклмнпрстфхцчшщ]и)(я|и|ю|ей)$/.exec(w);
  if (m) {
    const c: Record<string, Case[]> = { я: ["nom"], и: ["gen", "dat", "loc"], ю: ["acc"], ей: ["ins"] };
    const out: Reading[] = [{ nom: `${m[1]}я`, g: null, cases: c[m[2] ?? "я"] ?? ["nom"], weight: 0.9 }];
    // The press often leaves it undeclined: "задержали Циру Жвания".
    if (m[2] === "я") out.push({ nom: w, g: null, cases: ALL, weight: 0.5 });
    return out;
  }
  return null;
}

function patronymicReadings(w: string): Reading[] | null {
  let m = /^(.{2,}(?:ович|евич|ич))(а|у|ем|е)?$/.exec(w);
  if (m && /(ович|евич)/.test(m[1] ?? "")) {
    const c: Record<string, Case[]> = { а: ["gen", "acc"], у: ["dat"], ем: ["ins"], е: ["loc"] };
    return [{ nom: m[1] ?? w, g: "m", cases: m[2] ? (c[m[2]] ?? ["nom"]) : ["nom"], weight: 1 }];
  }
  m = /^(.{2,}(?:овн|евн|ичн))(а|ы|е|у|ой)$/.exec(w);
  if (m) {
    const c: Record<string, Case[]> = { а: ["nom"], ы: ["gen"], е: ["dat", "loc"], у: ["acc"], ой: ["ins"] };
    return [{ nom: `${m[1]}а`, g: "f", cases: c[m[2] ?? "а"] ?? ["nom"], weight: 1 }];
  }
  return null;
}

const MALE_STEM = /(?:бек|джон|жон|улло|мад|шер|хон|мурод|иддин|уддин|саттор|сатор|бой|бай|тай|шод|бахт|парвиз|рустам)$/;

// givenReadings' helpers, at module level: under tsx every closure a call creates is also named (esbuild keepNames).
function addGiven(out: Reading[], nom: string, g: Gender, cases: readonly Case[], base = 0.5): void {
  const lex = g === "m" ? MALE_GIVEN : FEMALE_GIVEN;
  // Fleeting vowel: "Павла" is the genitive of "Павел".
  const fleeting = g === "m" && !lex.has(nom) && /[бвгдзклмнпрстфхш][лнр]$/.test(nom) ? `${nom.slice(0, -1)}е${nom.slice(-1)}` : null;
  if (fleeting && lex.has(fleeting)) nom = fleeting;
  // Turkic and Persian male endings ("Абдусаттор", "Нурбек", "Фаррухджон") make a masculine reading likely.
  const maleShape = g === "m" && MALE_STEM.test(nom) ? 1 : 0;
  // "-й" after a consonant does not occur in Russian: "Джамилю" is not the dative of "Джамилй".
  if (/[бвгджзклмнпрстфхцчшщьъ]й$/.test(nom) || /ьь$/.test(nom)) return;
  out.push({ nom, g, cases, weight: base + (lex.has(nom) ? 2 : 0) + maleShape });
}

// A man's name in "-а"/"-я" declined as a woman's ("Ильи", "Илью"), only for names the lexicon knows: an unknown
// "Нургельды" or "Алты" is a name of its own, not the genitive of "Нургельда".
function maleA(out: Reading[], nom: string, cases: readonly Case[]): void {
  if (MALE_GIVEN.has(nom)) addGiven(out, nom, "m", cases, 0.3);
}

function givenReadings(w: string, oracle: NameOracle | null): Reading[] {
  const out: Reading[] = [];
  const s = w.slice(0, -1);
  const last = w.slice(-1);
  const last2 = w.slice(-2);
  // A known name ending in a vowel that does not decline ("Айсулу", "Нурсулу", "Маико") is itself in any case.
  if (/[уиоэю]$/.test(w)) {
    if (FEMALE_GIVEN.has(w)) addGiven(out, w, "f", ALL, 0.3);
    if (MALE_GIVEN.has(w)) addGiven(out, w, "m", ALL, 0.3);
  }
  if (CONS.test(w)) {
    addGiven(out, w, "m", ["nom"]);
    addGiven(out, w, "f", ALL, 0.3);
    // "Дарьей", "Марией": the instrumental of "-ья"/"-ия" ends in "-й" too; the lexicon tells it from "Сергей".
    if (/[иь]ей$/.test(w)) addGiven(out, `${w.slice(0, -2)}я`, "f", ["ins"]);
    // "Анной", "Макой": a woman's instrumental in "-ой" (a man's name ends so only in the Tajik "-бой").
    else if (/[вгджзклмнпрстфхцчшщ]ой$/.test(w)) addGiven(out, `${w.slice(0, -2)}а`, "f", ["ins"]);
    // "Никитой", "Ильей": men's names in "-а"/"-я" decline as women's do; the lexicon tells which.
    if (/[вгджзклмнпрстфхцчшщ]ой$/.test(w)) addGiven(out, `${w.slice(0, -2)}а`, "m", ["ins"], 0.3);
    if (/[ьл][её]й$/.test(w)) addGiven(out, `${w.slice(0, -2)}я`, "m", ["ins"], 0.3);
    // "Джамилей", "Хаялей": a woman's "-ля" too, when the lexicon knows her name ("Андрей" stays a man).
    if (/л[её]й$/.test(w) && FEMALE_GIVEN.has(`${w.slice(0, -2)}я`)) addGiven(out, `${w.slice(0, -2)}я`, "f", ["ins"]);
    // "Фозилходжей", "Сашей": "-а" after a hushing consonant takes "-ей".
    if (/[жчшщц]ей$/.test(w)) {
      addGiven(out, `${w.slice(0, -2)}а`, "m", ["ins"], 0.3);
      addGiven(out, `${w.slice(0, -2)}а`, "f", ["ins"]);
    }
    // "Тимуром", "Игорем": a masculine instrumental ends in a consonant as well; "Валерием" is "Валерий", and
    // "Сергеем", "Николаем", "Уринбоем" end in "-й".
    if (/ием$/.test(w)) addGiven(out, `${w.slice(0, -2)}й`, "m", ["ins"]);
    else if (/[аеоуюя]ем$/.test(w)) addGiven(out, `${w.slice(0, -2)}й`, "m", ["ins"]);
    else if (/[бвгджзклмнпрстфхцчшщ](?:ом|ем|ём)$/.test(w)) {
      const stem = w.slice(0, -2);
      addGiven(out, stem, "m", ["ins"]);
      addGiven(out, `${stem}й`, "m", ["ins"]);
      addGiven(out, `${stem}ь`, "m", ["ins"]);
    }
  } else if (last2 === "ой" || last2 === "ей") {
    addGiven(out, `${w.slice(0, -2)}а`, "f", ["ins"]);
    addGiven(out, `${w.slice(0, -2)}я`, "f", ["ins"]);
    addGiven(out, w, "m", ["nom"], 0.2);
  } else if (last2 === "ом" || last2 === "ем") {
    addGiven(out, w.slice(0, -2), "m", ["ins"]);
    addGiven(out, `${w.slice(0, -2)}й`, "m", ["ins"]);
    addGiven(out, `${w.slice(0, -2)}ь`, "m", ["ins"]);
  } else if (last === "а") {
    if (CONS.test(s)) addGiven(out, s, "m", ["gen", "acc"]);
    // A man's name in "-а"/"-я" from the wider region is often left undeclined ("Грачья Товмасяна").
    if (MALE_GIVEN.has(w)) addGiven(out, w, "m", ALL, 0.2);
    addGiven(out, w, "f", ["nom"]);
    // Men's names in "-а" ("Жора", "Лука", "Фозилходжа") decline as women's do.
    addGiven(out, w, "m", ["nom"], 0.3);
  } else if (last === "я") {
    if (MALE_GIVEN.has(w)) addGiven(out, w, "m", ALL, 0.2);
    addGiven(out, `${s}й`, "m", ["gen", "acc"]);
    addGiven(out, `${s}ь`, "m", ["gen", "acc"]);
    addGiven(out, w, "f", ["nom"]);
    // Men's names in "-я" ("Илья") as well, when the lexicon knows them.
    maleA(out, w, ["nom"]);
  } else if (last === "у") {
    if (CONS.test(s)) addGiven(out, s, "m", ["dat"]);
    addGiven(out, `${s}а`, "f", ["acc"]);
    addGiven(out, `${s}а`, "m", ["acc"], 0.3);
  } else if (last === "ю") {
    addGiven(out, `${s}й`, "m", ["dat"]);
    addGiven(out, `${s}ь`, "m", ["dat"]);
    addGiven(out, `${s}я`, "f", ["acc"]);
    maleA(out, `${s}я`, ["acc"]);
  } else if (last === "ы") {
    addGiven(out, `${s}а`, "f", ["gen"]);
    maleA(out, `${s}а`, ["gen"]);
    addGiven(out, w, "m", ALL, 0.2);
  } else if (last === "и") {
    // After г, к, х and the hushers the genitive of "-а" is spelt "-и": "Ольги" is the genitive of "Ольга".
    if (/[гкхжчшщ]$/.test(s)) addGiven(out, `${s}а`, "f", ["gen"]);
    // "Ильи", "Фозилходжи": men's names in "-я"/"-а" decline as women's do.
    if (/[гкхжчшщ]$/.test(s)) maleA(out, `${s}а`, ["gen"]);
    maleA(out, `${s}я`, ["gen"]);
    addGiven(out, `${s}я`, "f", ["gen", "dat", "loc"]);
    addGiven(out, `${s}ь`, "f", ["gen", "dat", "loc"]);
    addGiven(out, w, "m", ALL, 0.3);
  } else if (last === "е") {
    addGiven(out, `${s}а`, "f", ["dat", "loc"]);
    addGiven(out, `${s}я`, "f", ["dat", "loc"]);
    maleA(out, `${s}я`, ["dat", "loc"]);
    // A masculine locative needs a preposition before it ("о Марате"); a feminine dative is the common reading
    // ("журналистке Кацярыне Лысенко"), so it wins a tie with an indeclinable surname.
    if (CONS.test(s)) addGiven(out, s, "m", ["loc"], 0.4);
    addGiven(out, `${s}а`, "m", ["dat", "loc"], 0.3);
    // An unknown name in "-е" may be a man's that does not decline ("Чоршанбе", "Онисе"), but less likely than a
    // masculine locative ("о Марате") or the dative of a man's "-а" ("Жоре").
    addGiven(out, w, "m", ALL, 0.25);
    addGiven(out, w, "f", ALL, 0.3);
  } else {
    addGiven(out, w, "m", ALL, 0.2);
    addGiven(out, w, "f", ALL, 0.2);
  }
  if (oracle && out.every((r) => r.weight < 2)) {
    for (const { lemma, g } of oracle(w)) for (const r of out) if (r.nom === lemma && r.g === g) r.weight += 1;
  }
  return out;
}

export function isSurnameShaped(lower: string): boolean {
  // "-ия" reads a Georgian surname back to the nominative, but too many nouns end so to make a word a name.
  // "-ая" reads Georgian surnames back, but "Новая", "Центральная" are adjectives, never a reason to see a name.
  // Nor "-ай" ("Китая", "Алтаю"): the press declines "Дюгай", "Мамай", but places and nouns end so too.
  return surnameReadings(lower) !== null && !/^(.{0,3})(ов|ев|ин)$/.test(lower) && !/ая$/.test(lower) && !/(?<!б)[ауя](?:й|я|ю|ем|е)$/.test(lower) && !(/[бвгджзклмнпрстфхцчшщ]и(?:я|и|ю|ей)$/.test(lower) && !/(?:ар|ер|ел|ур|ан)и(?:я|и|ю|ей)$/.test(lower) || /(?:[^в]ани|^сери|артери|бактери)(?:я|и|ю|ей)$/.test(lower));
}

export interface Nominative {
  /** Words in the nominative, capitalised as they were written. */
  words: string[];
  gender: Gender | null;
  case: Case | null;
}

const restoreCase = (orig: string, lower: string): string => {
  // "Тестова-Чиковани" → "Тестов-Чиковани": each part of a double surname keeps its own capital.
  const parts = orig.split("-");
  const lowerParts = lower.split("-");
  if (parts.length > 1 && parts.length === lowerParts.length) return parts.map((p, i) => restoreCase(p, lowerParts[i] ?? "")).join("-");
  let out = "";
  for (let i = 0; i < lower.length; i++) {
    const o = orig[i];
    const l = lower[i] ?? "";
    out += o !== undefined && o !== o.toLowerCase() ? l.toUpperCase() : l;
  }
  return out;
};

/**
 * The nominative of a name written in some case. `prefer` lists the cases the context calls for (after
 * "задержали", the accusative); it breaks ties, it never overrides what the endings say.
 */
const cache = new Map<string, Nominative>();

export function nominativeName(words: string[], prefer: readonly Case[] = [], oracle: NameOracle | null = null, strict = false): Nominative {
  const key = `${words.join(" ")}|${prefer.join(",")}|${oracle ? 1 : 0}|${strict ? 1 : 0}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const result = computeNominative(words, prefer, oracle, strict);
  if (cache.size > 20_000) cache.clear();
  cache.set(key, result);
  return result;
}

/**
 * `strict`: the case is known, not just likely ("задержали A, B, C": every name of the list is in the case of the
 * first), so a reading in it wins over a likelier one in another case, and a word that has none in it (a woman's
 * name ending in a consonant declined like a man's, "Энеджана Салыхову") takes its reading in that case of either gender.
 */
function computeNominative(words: string[], prefer: readonly Case[], oracle: NameOracle | null, strict = false): Nominative {
  const lowers = words.map((w) => w.toLowerCase());
  const readings: (Reading[] | null)[] = lowers.map((l, i) => {
    if (NAME_PARTICLES.has(l) || /^\p{L}\.$/u.test(l)) return null;
    // A word before "уулу"/"кызы" is the father's name and stays as written.
    if (NAME_PARTICLES.has(lowers[i + 1] ?? "")) return null;
    const given = givenReadings(l, oracle);
    // A known given name that cannot decline, after another given name, is a surname of either gender
    // ("журналистка Ульвия Али").
    if (i > 0 && /[иоуэю]$/.test(l) && given.some((r) => r.weight >= 2) && givenReadings(lowers[0] ?? "", oracle).some((r) => r.weight >= 2)) return [...given, { nom: l, g: null, cases: ALL, weight: 1 }];
    if (given.some((r) => r.weight >= 2)) return given;
    // Before a surname the first word is the given name, even when it looks like one ("Кацярыне Лысенко" is not
    // the surname "Кацярын").
    if (i === 0 && lowers.length >= 2 && surnameReadings(lowers[1] ?? "") !== null && surnameReadings(l) !== null && !/(ов|ев|ёв|ин|ын)$/.test(l)) return given;
    // "-ович" is a patronymic only in a three-part name; alone after a given name it is a surname (Демидович).
    const surname = (words.length >= 3 ? patronymicReadings(l) : null) ?? surnameReadings(l);
    // "Вахо Тестая": after a given name that does not decline, nothing says "-ая" is a declined "-ай"; the Georgian
    // surname is read as written. "Валерия Дюгая" agrees with its declined given name.
    if (surname && i > 0 && /ая$/.test(l) && surname.some((r) => r.cases.length === ALL.length)) {
      const g0 = givenReadings(lowers[0] ?? "", oracle);
      const top = Math.max(...g0.map((r) => r.weight));
      if (g0.some((r) => r.weight === top && r.cases.length === ALL.length)) return surname.filter((r) => r.cases.length === ALL.length);
    }
    if (surname) return surname;
    // After a given name, an unknown word in "-и" or "-е" is a surname that does not decline ("Нигяр Хази", "Вафе
    // Наги", "Нурлану Либре"), likelier than a woman's "Хазя" in the genitive.
    if (i > 0 && /[ие]$/.test(l) && givenReadings(lowers[0] ?? "", oracle).some((r) => r.weight >= 2)) return [...given, { nom: l, g: null, cases: ALL, weight: 0.6 }];
    // "литературоведа Александра Тестуты": a man's surname in "-а" declines as a woman's word does.
    if (i > 0 && /[бвдзлмнпрстфц]ы$/.test(l)) return [...given, { nom: `${l.slice(0, -1)}а`, g: "m", cases: ["gen"], weight: 0.3 }];
    return given;
  });
  let best: { g: Gender; c: Case; score: number } | null = null;
  for (const g of ["m", "f"] as const) {
    for (const c of ALL) {
      let score = 0;
      let ok = true;
      for (const rs of readings) {
        if (!rs) continue;
        const fit = rs.filter((r) => (r.g === null || r.g === g) && r.cases.includes(c));
        if (fit.length === 0) {
          ok = false;
          break;
        }
        score += Math.max(...fit.map((r) => r.weight));
      }
      if (!ok) continue;
      if (strict && prefer.includes(c)) score += 10;
      if (prefer.includes(c)) score += 0.6;
      // With nothing to go by, the object of what was done ("задержали … Зару Сыдыгалиеву") beats the dative.
      else if (prefer.length === 0 && c === "acc") score += 0.1;
      if (c === "nom") score += 0.3;
      if (!best || score > best.score) best = { g, c, score };
    }
  }
  if (!best && strict) return partialNominative(words, lowers, readings, prefer);
  if (!best) return { words, gender: null, case: null };
  const { g, c } = best;
  const out = words.map((w, i) => {
    const rs = readings[i];
    if (!rs) return w;
    const fit = rs.filter((r) => (r.g === null || r.g === g) && r.cases.includes(c)).sort((a, b) => b.weight - a.weight);
    const nom = fit[0]?.nom ?? lowers[i] ?? w;
    return restoreCase(w, nom);
  });
  return { words: out, gender: g, case: c };
}

/** The gender and required case most words fit; the others take their reading in that case, or stay as written. */
function partialNominative(words: string[], lowers: string[], readings: (Reading[] | null)[], prefer: readonly Case[]): Nominative {
  let best: { g: Gender; c: Case; fits: number } | null = null;
  for (const g of ["m", "f"] as const) {
    for (const c of prefer) {
      let fits = 0;
      for (const rs of readings) fits += Math.max(0, ...(rs ?? []).filter((r) => (r.g === null || r.g === g) && r.cases.includes(c)).map((r) => r.weight));
      if (fits > 0 && (!best || fits > best.fits)) best = { g, c, fits };
    }
  }
  if (!best) return { words, gender: null, case: null };
  const { g, c } = best;
  const out = words.map((w, i) => {
    const rs = readings[i];
    if (!rs) return w;
    const byWeight = (a: Reading, b: Reading): number => b.weight - a.weight;
    const fit = rs.filter((r) => (r.g === null || r.g === g) && r.cases.includes(c)).sort(byWeight)[0] ?? rs.filter((r) => r.cases.includes(c)).sort(byWeight)[0];
    return restoreCase(w, fit?.nom ?? lowers[i] ?? w);
  });
  return { words: out, gender: g, case: c };
}

/** Cases a word just before a name asks for: a role noun's ending ("журналистку" → accusative) or a preposition. */
export function casesFromContext(prev: string | undefined): Case[] {
  if (!prev) return [];
  const p = prev.toLowerCase();
  if (p === "у" || p === "от" || p === "для" || p === "из" || p === "против") return ["gen"];
  if (p === "к" || p === "по") return ["dat"];
  if (p === "с" || p === "со" || p === "между") return ["ins"];
  if (p === "о" || p === "об" || p === "при") return ["loc"];
  // The verbs that take their victim as a direct object, finite or infinitive ("задержали", "освободить").
  if (/^(?:задерж|арестова|освобод|отпуст|изби|допрос|вызва|приговори|оштрафова|депортирова|похит|обвини|обыска|увез|достав|выдвор|этапирова|увол|осуди|схвати|пыта|убил|убили|застрели|судил|судят|преследу|призна)\p{L}*(?:ли|л|ла|ть|ют|ет|ят|ит)$/u.test(p)) return ["acc"];
  // "назначили Валерию X пять лет", "предъявили X обвинение": verbs that give the person something take the dative
  // ("Валерию" is then Валерий, not the accusative of Валерия).
  if (/^(?:назначи|предъяви|вмени|вменя|присуди|запрети|отказа|продли|выписа|инкриминир)\p{L}*(?:ли|л|ла|ло|ют|ет|ят|ит|ется|ются)$|^(?:дали|дал|дала|выдали|грозит|грозят)$/u.test(p)) return ["dat"];
  // "обыскали дом X", "в квартире X", "изъяли телефон X": a thing a person owns takes its owner in the genitive.
  if (/^(?:дом|дома|доме|квартир[аеуы]|квартирой|офис[аеу]?|жилищ[аеу]|машин[аеуы]|автомобил[ьяею]|телефон[аеу]?|ноутбук[аеу]?|компьютер[аеу]?)$/.test(p)) return ["gen"];
  // "об аресте X", "после задержания X": an event noun takes its person in the genitive.
  if (/^(?:арест|задержани|освобождени|обыск|допрос|приговор|осуждени|похищени|убийств|избиени|преследовани|депортаци|выдворени)(?:а|е|у|ом|и|ю|ем|ия|ии)$/.test(p)) return ["gen"];
  // "правозащитница", "журналистка", "блогерша": a feminine role noun in the nominative ("-ица" is not "певца").
  if (/(?:ица|стка|нтка|рша|иня)$/.test(p)) return ["nom"];
  // "руководителя", "заместителю": a masculine agent noun in "-тель" declines with a soft stem.
  if (/тел[ья]$/.test(p) && p.endsWith("я")) return ["gen", "acc"];
  if (/телю$/.test(p)) return ["dat"];
  // "журналистку", "блогершу": a feminine role noun in the accusative.
  if (/(ку|цу|ну|шу|ию|ую|юю)$/.test(p)) return ["acc"];
  // "видеооператоров Александра Александрова": a plural role noun in the genitive, the names with it.
  if (/[бвгджзклмнпрстфхцчшщ](?:ов|ев)$/.test(p) && p.length > 5) return ["gen", "acc"];
  // "операторам издания X и Y", "с активистами X и Y": a plural role noun in the dative or instrumental.
  // Only an agent noun: "менеджера по социальным сетям X" governs nothing.
  if (/(?:тел|ист|ник|щик|чик|ер|ор|ант|ент)(?:ям|ам)$/.test(p)) return ["dat"];
  if (/(?:тел|ист|ник|щик|чик|ер|ор|ант|ент)(?:ями|ами)$/.test(p)) return ["ins"];
  // "журналистки", "правозащитницы": a feminine genitive, or the plural nominative ("журналистки X и Y задержаны").
  if (/(ки|цы)$/.test(p)) return ["gen", "nom"];
  if (/(ны|ой|ей)$/.test(p)) return ["gen", "dat", "ins", "loc"];
  // "журналистке", "активистке", "блогерше": a feminine role noun in the dative or locative.
  if (/(к|ш)е$/.test(p)) return ["dat", "loc"];
  if (/[бвгджзклмнпрстфхцчшщ]а$/.test(p)) return ["gen", "acc"];
  if (/(ом|ем)$/.test(p)) return ["ins"];
  if (/[бвгджзклмнпрстфхцчшщ]у$/.test(p)) return ["dat"];
  return [];
}

/** Kinship and relation nouns back to the nominative singular ("брата" → "брат", "жену" → "жена"). */
export function nominativeKin(word: string): string {
  const l = word.toLowerCase();
  const table: [RegExp, string][] = [
    [/^брат[аоуе]?м?$/, "брат"], [/^сестр[аыеуо]й?$/, "сестра"], [/^сын[аоуе]?м?$/, "сын"], [/^(дочь|дочер\p{L}*)$/u, "дочь"],
    [/^жен[аыеуо]й?$/, "жена"], [/^муж[аоуе]?м?$/, "муж"], [/^(мать|матер\p{L}*)$/u, "мать"], [/^отц?[аеуо]?м?$|^отец$/, "отец"],
    [/^сосед\p{L}*$/u, "сосед"], [/^родственни\p{L}*$/u, "родственник"], [/^друг\p{L}*$/u, "друг"], [/^племянни\p{L}*$/u, "племянник"],
  ];
  for (const [re, nom] of table) if (re.test(l)) return word[0] === word[0]?.toUpperCase() ? nom[0]?.toUpperCase() + nom.slice(1) : nom;
  return word;
}
