/**
 * Candidate dictionary forms of one folded word. Russian declines place names (в Уральске, Шымкентом, Костаная),
 * Kazakh glues case suffixes onto the unchanged name (Алматыда, Оралдан), and region phrases come in every case
 * (Карагандинской области, Маңғыстау облысында). Instead of stemming names and text alike, which would let unrelated
 * words collide, each ending is undone only into the nominative endings it can come from, and a form counts only if it
 * is a known name key.
 */

/** Placeholder token that stands for every word meaning "region" (область, облысы, oblast, viloyati…). */
export const REGION_WORD = "#region";

export type FormKind = "exact" | "russian" | "kazakh" | "region" | "adjective";
export interface Form {
  key: string;
  kind: FormKind;
}

// Russian case ending → the nominative endings a place name could have had before it (folded: ё is е).
const RUSSIAN_ENDINGS: [string, string[]][] = [
  ["ью", ["ь"]],
  ["ом", [""]],
  ["ем", ["й", "ь"]],
  ["ой", ["а"]],
  ["ою", ["а"]],
  ["ей", ["я", "ь"]],
  ["е", ["", "а", "я", "й", "ь"]],
  ["а", [""]],
  ["у", ["", "а"]],
  ["ы", ["а"]],
  ["и", ["а", "я", "ь", "й"]],
  ["я", ["й", "ь"]],
  ["ю", ["й", "ь", "я"]],
];

// Kazakh case and derivation suffixes after Kazakh letters are folded (ғ→г, қ→к, ң→н, ә→а, і→и, ө→о, ұ/ү→у).
const KAZAKH_SUFFIXES = [
  "ндагы", "ндеги", "дагы", "деги", "тагы", "теги",
  "нан", "нен", "дан", "ден", "тан", "тен", "нда", "нде", "мен", "бен", "пен",
  "нын", "нин", "дын", "дин", "тын", "тин",
  "да", "де", "та", "те", "га", "ге", "ка", "ке", "на", "не", "ны", "ни", "ды", "ди", "ты", "ти",
];
const LATIN_KAZAKH_SUFFIXES = ["daghy", "dan", "den", "tan", "ten", "nan", "nen", "nyn", "nin", "dyn", "din", "da", "de", "ta", "te", "ga", "ge", "qa", "ke"];

// Russian adjectives of region names ("Алматинской", "Западно-Казахстанскую") all fold to the feminine nominative.
const ADJECTIVE_ENDINGS = ["ой", "ую", "ою", "ая", "ое", "ей", "ий", "ый", "ом", "ых", "их"];

const REGION_WORDS = new Set([
  "region", "regions", "oblast", "oblasts", "oblys", "oblysy", "oblysynda", "province", "viloyati", "viloyat",
  "welayaty", "welayat", "oblasty", "oblusu", "велаят", "велаята", "велаяте", "вилояти", "вилоят", "обл",
]);
const REGION_PREFIXES = ["област", "облыс", "облус"];

export function isRegionWord(key: string): boolean {
  return REGION_WORDS.has(key) || REGION_PREFIXES.some((p) => key.startsWith(p));
}

const CYRILLIC = /[а-яё]/;

export function formsOf(key: string): Form[] {
  const forms: Form[] = [{ key, kind: "exact" }];
  if (isRegionWord(key)) {
    forms.push({ key: REGION_WORD, kind: "region" });
    return forms;
  }
  if (CYRILLIC.test(key)) {
    for (const [ending, bases] of RUSSIAN_ENDINGS) {
      if (!key.endsWith(ending) || key.length - ending.length < 2) continue;
      const stem = key.slice(0, -ending.length);
      for (const b of bases) forms.push({ key: stem + b, kind: "russian" });
    }
    for (const s of KAZAKH_SUFFIXES) {
      if (key.endsWith(s) && key.length - s.length >= 3) forms.push({ key: key.slice(0, -s.length), kind: "kazakh" });
    }
    if (key.length >= 6) {
      for (const e of ADJECTIVE_ENDINGS) {
        if (key.endsWith(e)) forms.push({ key: `${key.slice(0, -e.length)}ая`, kind: "adjective" });
      }
    }
  } else if (key.length >= 6) {
    for (const s of LATIN_KAZAKH_SUFFIXES) {
      if (key.endsWith(s) && key.length - s.length >= 4) forms.push({ key: key.slice(0, -s.length), kind: "kazakh" });
    }
  }
  return forms;
}
