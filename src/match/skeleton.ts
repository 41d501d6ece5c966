/**
 * The phonetic skeleton: one lower-case ASCII spelling per name token that every script and every romanisation
 * system collapses onto. It is deliberately lossy (ы/и/й/y/i are one letter, ov/ev endings are one ending) because it
 * only has to bring variants together; telling namesakes apart is the job of the comparison, not of the key.
 *
 * Skeleton letters with a special meaning: j = ж/дж/zh/dzh/j, q = ч/ch/č, w = ш/щ/sh/š, c = ц/ts, h = х/һ/kh/x.
 */

const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "j", з: "z", и: "i", й: "i", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "h", ц: "c", ч: "q", ш: "w",
  щ: "w", ъ: "", ы: "i", ь: "", э: "e", ю: "iu", я: "ia",
  // Kazakh, Kyrgyz, Tajik, Uzbek Cyrillic, Belarusian, Ukrainian.
  ә: "a", ғ: "g", қ: "k", ң: "n", ө: "o", ұ: "u", ү: "u", һ: "h", і: "i", ҳ: "h", ҷ: "j", ӣ: "i", ӯ: "u",
  ў: "u", ї: "i", є: "e", ґ: "g", ҝ: "g", ә̆: "a",
};

/** ISO 9 and Belarusian Łacinka use j for й and c for ц; their diacritics give them away. */
const SCHOLARLY = /[čšžŝĉćśźłŭûâèʹʺ]/;

const LATIN_LETTERS: Record<string, string> = {
  č: "Q", ç: "Q", ć: "C", š: "W", ş: "W", ŝ: "W", ž: "J", ź: "z", ś: "s", ł: "l", ı: "i", ə: "a", ğ: "g",
  ñ: "n", ń: "n", ø: "o", ß: "ss", æ: "ae", ŭ: "u", ǵ: "g", ĵ: "J",
};

function cyrillicToSkeleton(lower: string): string {
  let out = "";
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out;
}

function latinToSkeleton(lower: string, scholarly: boolean): string {
  let s = lower
    // Uzbek and Karakalpak Latin: oʻ = ў (a u sound, as the skeleton writes ў), gʻ = ғ.
    .replace(/o[ʻ'’`‘ʼ]/g, "u")
    .replace(/g[ʻ'’`‘ʼ]/g, "g");
  let mapped = "";
  for (const ch of s) mapped += LATIN_LETTERS[ch] ?? ch;
  s = mapped.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  // English press writes ks as x in a few European names; elsewhere x is Uzbek х.
  s = s.replace(/(ale|ma)x/g, "$1ks").replace(/^xen/, "ksen");
  s = s.replace(/q/g, "k").replace(/w/g, "v");
  // Upper-case placeholders keep a digraph's result from being rewritten by the single-letter rules that follow.
  if (scholarly) {
    s = s.replace(/ch/g, "H").replace(/dz/g, "Z").replace(/j/g, "I").replace(/c/g, "C");
  } else {
    s = s
      // A final j after a vowel is й in Czech, German and diacritic-free ISO 9 spellings (Dmitrij, Andrej, Nikolaj).
      .replace(/([aeiouy])j$/g, "$1I")
      .replace(/shch|sch/g, "W")
      .replace(/dzh|dj|zh/g, "J")
      .replace(/tch|ch/g, "Q")
      .replace(/sh/g, "W")
      .replace(/kh/g, "H")
      .replace(/ts|tz/g, "C")
      .replace(/ph/g, "f")
      .replace(/gh/g, "g")
      // Polish-style -cki/-cka (Savicki) is ц+к; elsewhere ck is English k; c before a front vowel is ц.
      .replace(/ck(?=(i|ii|iy|y|a|aia|aja|aya)$)/g, "Ck")
      .replace(/ck/g, "k")
      .replace(/c(?=[eiy])/g, "C")
      .replace(/c/g, "k");
  }
  return s.replace(/x/g, "h").replace(/y/g, "i").replace(/ander$/, "andr").toLowerCase();
}

/** Whether a whole name is written in ISO 9 or Łacinka (decided per name: "Aleś Bialacki" has its mark on one word). */
export function isScholarly(name: string): boolean {
  return SCHOLARLY.test(name.toLowerCase());
}

/**
 * Names repeat (a register holds thousands of Nurlans), so skeletons are memoised; the cache is dropped whole when it
 * grows past a bound, which keeps memory flat on a stream of unique names.
 */
const CACHE_LIMIT = 200_000;
const cache = new Map<string, string>();

/** Skeleton of one token (a word, no spaces). Returns "" for tokens without letters. */
export function skeleton(token: string, scholarly = isScholarly(token)): string {
  const cacheKey = scholarly ? `\u0001${token}` : token;
  const hit = cache.get(cacheKey);
  if (hit !== undefined) return hit;
  const value = computeSkeleton(token, scholarly);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(cacheKey, value);
  return value;
}

function computeSkeleton(token: string, scholarly: boolean): string {
  const lower = token.normalize("NFC").toLowerCase();
  const cyr = /\p{Script=Cyrillic}/u.test(lower);
  let s = cyr ? cyrillicToSkeleton(lower) : latinToSkeleton(lower, scholarly);
  s = s.replace(/[^a-z]/g, "");
  // Glides: й/y/i and the iotated vowels are spelt every way (Yerlan/Erlan, Dmitriyev/Dmitriev, Fyodor/Fedor).
  s = s.replace(/dj/g, "j").replace(/(.)\1+/g, "$1");
  // ё after a consonant is written e, yo or io (Fyodor/Fedor); a word-initial Yo is more often Uzbek Yoʻ/Йў.
  s = s.replace(/i(?=e)/g, "").replace(/(?<=.)io/g, "e");
  // Belarusian ў after a vowel is romanised u (Ivanou, Kavaleuski, Kalesnikau, Аляксандраўна); French-style ou is
  // u (Firouza).
  s = s.replace(/([aeo])u(?=sk|ck|n(?:a|i|e|u|oi)$|$)/g, "$1v").replace(/ou/g, "u");
  return s.replace(/(.)\1+/g, "$1");
}

const VOWELS = /[aeiou]+$/;

/**
 * Inflection-stripped stem of a skeleton: Russian case endings of given names, surnames and patronymics come off
 * (Жумабаева, Жумабаеву, Жумабаевым, Жумабаевой → zumabaev), and -ov/-ev/-yov endings meet (Gorbachov/Gorbachev).
 * `keepFinalEm` protects given names that really end in -em (Rustem, Artem) from the instrumental rule.
 */
export function stemOf(skel: string, keepFinalEm = false): string {
  let s = skel;
  if (s.length >= 7 && /(ogo|ego|omu|emu)$/.test(s)) s = s.slice(0, -3);
  else if (s.length >= 6 && /(ev|in|ov|sk|ck|c)im$/.test(s)) s = s.slice(0, -2);
  else if (s.length >= 5 && /om$/.test(s)) s = s.slice(0, -2);
  else if (!keepFinalEm && s.length >= 6 && /em$/.test(s)) s = s.slice(0, -2);
  const stripped = s.replace(VOWELS, "");
  s = stripped.length >= 2 ? stripped : s;
  // -ov/-ev/-yov and Belarusian -av (Kalesnikava/Колесникова) are one ending for matching purposes.
  return s.replace(/[oa]v$/, "ev");
}

/**
 * Consonant outline of a stem: survives vowel reduction (Kalesnikava/Kolesnikova, Bialacki/Beliatski) and the
 * Belarusian ц/дз for Russian т/д (Ціханоўская/Тихановская, Дзмітрый/Дмитрий).
 */
export function consonantKey(stem: string): string {
  if (stem.length === 0) return "";
  // Also қ written kh or h in Russian spellings (Абилкаиров/Abilkhairov, Бақытжан/Бахытжан).
  const s = stem.replace(/dz/g, "d").replace(/c/g, "t").replace(/h/g, "k");
  return (s[0] + s.slice(1).replace(/[aeiou]/g, "")).replace(/(.)\1+/g, "$1");
}
