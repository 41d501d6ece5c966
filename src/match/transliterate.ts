import type { TransliterationSystem } from "./types.js";

type Table = Record<string, string>;

/** Letters every Russian-based table shares; each system overrides what it writes differently. */
const RUSSIAN_BASE: Table = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  і: "i", ї: "yi", є: "ye", ґ: "g", ў: "w",
};

/** BGN/PCGN (Russian 1947, Kazakh 1979, Kyrgyz 1979, Tajik 1994, Belarusian 1979, Ukrainian 1965 letters). */
const BGN: Table = {
  ...RUSSIAN_BASE, ё: "ë", ъ: "ʺ", ь: "ʹ", э: "e",
  ә: "ä", ғ: "gh", қ: "q", ң: "ng", ө: "ö", ұ: "ū", ү: "ü", һ: "h", ҳ: "ḩ", ҷ: "j", ӣ: "ī", ӯ: "ū",
};

/** ISO 9:1995 (system A): one Latin letter, possibly with diacritics, per Cyrillic letter; fully reversible. */
const ISO9: Table = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "ë", ж: "ž", з: "z", и: "i", й: "j", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "c", ч: "č", ш: "š",
  щ: "ŝ", ъ: "ʺ", ы: "y", ь: "ʹ", э: "è", ю: "û", я: "â",
  і: "ì", ї: "ï", є: "ê", ґ: "g̀", ў: "ŭ",
  ә: "a̋", ғ: "ġ", қ: "ķ", ң: "ṇ", ө: "ô", ұ: "ū", ү: "ù", һ: "ḥ", ҳ: "ḩ", ҷ: "c̦", ӣ: "ī", ӯ: "ū",
};

/**
 * ICAO Doc 9303 Part 3 (machine-readable travel documents) for Russian, Ukrainian and Belarusian letters; the
 * Central Asian letters lose their marks as on Kazakh, Kyrgyz and Tajik passports (Ә→A, Қ→K, Ң→N, Ө→O, Ұ/Ү→U).
 */
const ICAO: Table = {
  ...RUSSIAN_BASE, й: "i", ъ: "ie", ы: "y", ю: "iu", я: "ia", є: "ie", ї: "i", ў: "u",
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", ҳ: "kh", ҷ: "dzh", ӣ: "i", ӯ: "u",
};

/** Kazakh Latin alphabet of January 2021 (Ä Ğ Ñ Ö Ū Ü Ş Ç; I ı for і, İ i for и/й, Y y for ы). */
const KAZAKH_2021: Table = {
  а: "a", ә: "ä", б: "b", в: "v", г: "g", ғ: "ğ", д: "d", е: "e", ё: "io", ж: "j", з: "z", и: "i", й: "i",
  к: "k", қ: "q", л: "l", м: "m", н: "n", ң: "ñ", о: "o", ө: "ö", п: "p", р: "r", с: "s", т: "t", у: "u",
  ұ: "ū", ү: "ü", ф: "f", х: "h", һ: "h", ц: "ts", ч: "ç", ш: "ş", щ: "şç", ъ: "", ы: "y", і: "ı", ь: "",
  э: "e", ю: "iu", я: "ia",
  ї: "i", є: "e", ґ: "g", ў: "u", ҳ: "h", ҷ: "j", ӣ: "i", ӯ: "u",
};

/** How English-language press writes names: BGN without marks, -iy/-y endings, Kazakh letters folded. */
const PRESS: Table = {
  ...RUSSIAN_BASE, ё: "yo", ў: "u",
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", ҳ: "kh", ҷ: "j", ӣ: "i", ӯ: "u",
};

const TABLES: Record<TransliterationSystem, Table> = {
  bgn_pcgn: BGN, iso9: ISO9, icao: ICAO, kazakh_latin_2021: KAZAKH_2021, press: PRESS,
};

const VOWELS = "аәеёиоөуұүыіэюяєї";

/** BGN/PCGN and the press write е as ye (ё as yë/yo) at the start of a word and after a vowel, й, ъ or ь. */
function iotated(system: TransliterationSystem, ch: string, prev: string): string | null {
  if (system !== "bgn_pcgn" && system !== "press") return null;
  if (ch !== "е" && ch !== "ё") return null;
  const afterBoundary = prev === "" || !/\p{L}/u.test(prev) || VOWELS.includes(prev) || "йъь".includes(prev);
  if (!afterBoundary) return null;
  if (ch === "е") return "ye";
  return system === "press" ? "yo" : "yë";
}

function applyCase(out: string, upper: boolean, nextUpper: boolean, system: TransliterationSystem): string {
  if (!upper || out.length === 0) return out;
  if (nextUpper) return out.toUpperCase();
  // Kazakh 2021 keeps the dot distinction in capitals: и → İ, і → I.
  if (system === "kazakh_latin_2021" && out === "i") return "İ";
  if (system === "kazakh_latin_2021" && out === "ı") return "I";
  return out[0]!.toUpperCase() + out.slice(1);
}

/**
 * Transliterates Cyrillic text (Russian, Kazakh, Kyrgyz, Tajik, Belarusian, Ukrainian letters) into Latin under one
 * system; Latin and other characters pass through. Capitals are kept: a capital letter whose neighbour is also a
 * capital is written all in capitals (ЖУМАБАЕВ → ZHUMABAYEV), otherwise only its first Latin letter (Ж → Zh).
 */
export function transliterate(text: string, system: TransliterationSystem): string {
  const table = TABLES[system];
  const chars = [...text.normalize("NFC")];
  let out = "";
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const lower = ch.toLowerCase();
    const mapped = table[lower];
    if (mapped === undefined) {
      out += ch;
      continue;
    }
    const prev = i > 0 ? chars[i - 1]!.toLowerCase() : "";
    let latin = iotated(system, lower, prev) ?? mapped;
    const next = chars[i + 1] ?? "";
    const nextLower = next.toLowerCase();
    if (system === "press" && lower === "и" && nextLower === "й" && !/\p{L}/u.test(chars[i + 2] ?? "")) {
      // Press endings: -ий → -iy (Dmitriy), -ый → -y.
      latin = "i";
    } else if (system === "press" && lower === "й" && prev === "ы" && !/\p{L}/u.test(next)) {
      latin = "";
    }
    const upper = ch !== lower;
    const nextUpper = next !== nextLower || (upper && (chars[i - 1] ?? "") !== (chars[i - 1] ?? "").toLowerCase());
    out += applyCase(latin, upper, upper && nextUpper, system);
  }
  return out.normalize("NFC");
}
