import { isGenitiveOfMaleName, isKnownGivenSkeleton, lookupGiven, type Sex } from "./lexicon.js";
import { consonantKey, isScholarly, skeleton, stemOf } from "./skeleton.js";

/** One part of a name (given, patronymic or family) as written and as matched. */
export type NamePart = {
  text: string;
  initial: boolean;
  /** Phonetic skeleton of the written form (see skeleton.ts). */
  skel: string;
  /** Inflection-stripped stem; for an initial, its one skeleton letter. */
  key: string;
  /** Stems of the hyphen parts of a compound name (one element for a simple name). */
  parts: string[];
  /** Consonant outline of the key (see consonantKey), computed once because every comparison needs it. */
  outline: string;
  /** The lexicon's one spelling for this word as a given name (Sasha → aleksandr), or its own stem. */
  canonical: string;
};

export type Patronymic = NamePart & {
  /** Stem of the father's name the patronymic is built on (Серикович, Серікұлы, Serikovna → serik). */
  father: string;
  sex: Sex | null;
};

/** How the written family name constrains sex: Жумабаев is a man, Жумабаевой a woman, Жумабаева either. */
export type FamilyForm = "masculine" | "feminine" | "ambiguous" | "neutral";

export type ParsedName = {
  value: string;
  script: "Cyrl" | "Latn" | "Mixed" | "Other";
  given: NamePart | null;
  patronymic: Patronymic | null;
  family: NamePart | null;
  /** Further given names or words the parser could not place. */
  extra: NamePart[];
  order: "given_first" | "family_first" | "unknown";
  familyForm: FamilyForm;
  /** Sex the name itself implies (given name, patronymic, family form), null when it does not tell. */
  sex: Sex | null;
  /** The given name was recognised in the lexicon (so its position is not a guess). */
  givenKnown: boolean;
  /** When the order is only a guess (two words, no cue): the same name read the other way round. */
  alternative: ParsedName | null;
};

const INITIAL = /^(\p{Lu}\p{Ll}{0,2}\.|\p{L})$/u;
const DOTTED_RUN = /^(\p{L}\p{Ll}?\.){2,}$/u;
/** Free-standing patronymic words: Kazakh ұлы/қызы, Kyrgyz uulu/kyzy, Uzbek oʻgʻli/qizi. */
const PATRONYMIC_WORDS = new Set(["uli", "ulu", "kizi", "ugli", "ogli"]);

const PART_CACHE_LIMIT = 200_000;
const partCache = new Map<string, NamePart>();

/** Parts are immutable once made, so one object serves every occurrence of the same word. */
function makePart(text: string, initial: boolean, scholarly: boolean): NamePart {
  const key = `${initial ? "1" : "0"}${scholarly ? "1" : "0"}${text}`;
  const hit = partCache.get(key);
  if (hit) return hit;
  const part = buildPart(text, initial, scholarly);
  if (partCache.size >= PART_CACHE_LIMIT) partCache.clear();
  partCache.set(key, part);
  return part;
}

function buildPart(text: string, initial: boolean, scholarly: boolean): NamePart {
  const skel = skeleton(text.replace(/[-‐–]/g, ""), scholarly);
  if (initial) {
    const letter = skel.slice(0, 1);
    return { text, initial, skel, key: letter, parts: [], outline: letter, canonical: letter };
  }
  const keepEm = isKnownGivenSkeleton(skel);
  const parts = text
    .split(/[-‐–]/)
    .map((p) => {
      const s = skeleton(p, scholarly);
      return stemOf(s, isKnownGivenSkeleton(s));
    })
    .filter((p) => p.length > 0);
  const key = stemOf(skel, keepEm);
  return { text, initial, skel, key, parts, outline: consonantKey(key), canonical: lookupGiven(skel).canonical };
}

/** Splits a name into words; "Н.С." becomes two initials. */
function words(value: string): { text: string; initial: boolean }[] {
  const raw = value
    .normalize("NFC")
    .replace(/[(),;«»"“”]/g, " ")
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  const out: { text: string; initial: boolean }[] = [];
  for (const w of raw) {
    if (DOTTED_RUN.test(w)) {
      for (const piece of w.split(".").filter((p) => p.length > 0)) out.push({ text: `${piece}.`, initial: true });
    } else out.push({ text: w.replace(/\.$/, w.length > 3 ? "" : "."), initial: INITIAL.test(w) });
  }
  return out;
}

/** Patronymic reading of a skeleton, or null. */
/** The words of a name with their skeletons and stems, in written order (for index keys). */
export function nameParts(value: string): NamePart[] {
  const scholarly = isScholarly(value);
  return words(value).map((w) => makePart(w.text, w.initial, scholarly));
}

/** Whether a word is a free-standing patronymic marker (ұлы, uulu, kyzy…) rather than a name. */
export function isPatronymicWord(part: NamePart): boolean {
  return !part.initial && PATRONYMIC_WORDS.has(part.skel);
}

/** Turkic patronymic endings, matched on the written word so a doubled letter survives (Серікқызы → Серік). */
const TURKIC_PATRONYMIC =
  /^(.{3,}?)(ұлы|улы|uly|uli|ulı|ūly|uulu|уулу|ugli|ўғли|угли|o['ʻ’`‘ʼ]?g['ʻ’`‘ʼ]?li|қызы|кызы|kyzy|kizi|qyzy|qizi|қизи|кизи)$/u;

function patronymicOf(skel: string, text: string, scholarly: boolean): { father: string; sex: Sex } | null {
  // Russian -ович/-евич/-ич and Belarusian -авіч (Рыгоравіч, Віктаравіч).
  const m = /^(.{2,}?)(?:ov|ev|av|)iq(?:a|u|em|e)?$/.exec(skel);
  if (m?.[1] && skel.length >= 6) return { father: stemOf(m[1]), sex: "male" };
  const f = /^(.{2,}?)(?:ov|ev|av|iq|in)n(?:a|i|e|u|oi)$/.exec(skel);
  if (f?.[1] && skel.length >= 6) return { father: stemOf(f[1]), sex: "female" };
  // The skeleton of every Turkic ending ends in uli/ulu/ugli/ogli/kizi: test it before the costlier text match.
  if (!/(uli|ulu|ugli|ogli|kizi)$/.test(skel)) return null;
  const t = TURKIC_PATRONYMIC.exec(text.normalize("NFC").toLowerCase());
  if (t?.[1] && t[2]) {
    const female = /^(қызы|кызы|kyzy|kizi|qyzy|qizi|қизи|кизи)$/u.test(t[2]);
    return { father: stemOf(skeleton(t[1], scholarly)), sex: female ? "female" : "male" };
  }
  return null;
}

const FAMILY_SUFFIX = /(ov|ev|in|ova|eva|ina|iev|ski|cki|skaia|ckaia|enko|uk|iuk|ian|zoda|zade|ava|bekov|baev|ovim|evim|inim|ovoi|evoi|inoi|ovu|evu|inu|skogo|ckogo|skoi|ckoi|skim|ckim)$/;

/** Sex implied by the written family form (see FamilyForm). */
function familyFormOf(skel: string): FamilyForm {
  if (/(ovoi|evoi|inoi|skoi|ckoi|skaia|ckaia|skuiu|ckuiu)$/.test(skel)) return "feminine";
  if (/(ov|ev|in|ski|cki|ovim|evim|inim|ove|eve|ine|skogo|ckogo|skomu|ckomu|skim|ckim|skom|ckom|av)$/.test(skel))
    return "masculine";
  if (/(ova|eva|ina|ava|ovu|evu|inu)$/.test(skel)) return "ambiguous";
  return "neutral";
}

function familyLikeness(skel: string, knownGiven: boolean): number {
  let score = 0;
  if (FAMILY_SUFFIX.test(skel)) score += 2;
  if (knownGiven) score -= 3;
  return score;
}

function scriptOf(value: string): ParsedName["script"] {
  const cyr = /\p{Script=Cyrillic}/u.test(value);
  const lat = /\p{Script=Latin}/u.test(value);
  if (cyr && lat) return "Mixed";
  if (cyr) return "Cyrl";
  if (lat) return "Latn";
  return "Other";
}

/**
 * Reads given name, patronymic and family name from one written name, whatever the order. Cues, strongest first:
 * patronymic suffixes (-ович/-овна/-ұлы/-қызы/uulu), the given-name lexicon, surname suffixes (-ов/-ева/-ский/-енко),
 * initials (a Latin initial before the family name, a Cyrillic one after it), then position (Latin: family last).
 */
export function parseName(value: string): ParsedName {
  const scholarly = isScholarly(value);
  const script = scriptOf(value);
  const ws = words(value);
  const parts: { part: NamePart; index: number }[] = [];
  let patronymic: Patronymic | null = null;
  let patronymicIndex = -1;

  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const part = makePart(w.text, w.initial, scholarly);
    if (!w.initial && PATRONYMIC_WORDS.has(part.skel) && parts.length > 0 && patronymic === null) {
      // "Серік ұлы", "Asanbek uulu": the father's name is the previous word.
      const prev = parts.pop()!;
      const text = `${prev.part.text} ${w.text}`;
      patronymic = {
        ...makePart(text.replace(/\s+/, ""), false, scholarly),
        text,
        father: prev.part.key,
        sex: part.skel === "kizi" ? "female" : "male",
      };
      patronymicIndex = prev.index;
      continue;
    }
    parts.push({ part, index: i });
  }

  const full = parts.filter((p) => !p.part.initial);
  const initials = parts.filter((p) => p.part.initial);

  if (patronymic === null && full.length >= 2) {
    const found: { k: number; reading: { father: string; sex: Sex } }[] = [];
    full.forEach((candidate, k) => {
      const reading = patronymicOf(candidate.part.skel, candidate.part.text, scholarly);
      if (reading && !isKnownGivenSkeleton(candidate.part.skel)) found.push({ k, reading });
    });
    // Two words and one of them -ович/-евич: a Belarusian or Serbian family name (Pratasevich), since a record does
    // not name someone by given name and patronymic alone; -овна and Turkic patronymics are never family names.
    const lone = full.length === 2 && initials.length === 0 && found.length === 1 && found[0]!.reading.sex === "male";
    const isSlavicMale = lone && /(iq|iqa|iqu|iqem|iqe)$/.test(full[found[0]!.k]!.part.skel);
    if (found.length > 0 && !isSlavicMale) {
      // With two candidates (Роман Дмитриевич Протасевич) the patronymic is the one after a known given name.
      const pick =
        found.find((f) => f.k > 0 && lookupGiven(full[f.k - 1]!.part.skel).known) ?? found[found.length - 1]!;
      const candidate = full[pick.k]!;
      patronymic = { ...candidate.part, father: pick.reading.father, sex: pick.reading.sex };
      patronymicIndex = candidate.index;
      full.splice(pick.k, 1);
    }
  }


  let given: NamePart | null = null;
  let family: NamePart | null = null;
  let givenIndex = -1;
  let familyIndex = -1;
  let order: ParsedName["order"] = "unknown";
  const extra: NamePart[] = [];
  const info = full.map((p) => lookupGiven(p.part.skel));

  if (full.length === 1) {
    const only = full[0]!;
    const known = info[0]!.known && familyLikeness(only.part.skel, false) < 2;
    if (known && patronymic !== null && initials.length === 0) {
      given = only.part;
      givenIndex = only.index;
    } else {
      family = only.part;
      familyIndex = only.index;
    }
  } else if (full.length >= 2) {
    const scores = full.map((p, k) => familyLikeness(p.part.skel, info[k]!.known));
    let best = -1;
    let bestScore = -Infinity;
    let tie = false;
    scores.forEach((s, k) => {
      if (s > bestScore) {
        bestScore = s;
        best = k;
        tie = false;
      } else if (s === bestScore) tie = true;
    });
    if (tie) {
      if (patronymicIndex >= 0) {
        // The given name stands right before the patronymic: "Жумабаев Нурлан Серикович", "Нурлан Серикович Жумабаев".
        const before = full.findIndex((p) => p.index === patronymicIndex - 1);
        best = before === 0 ? full.length - 1 : 0;
      } else {
        // No cue at all: Latin writers put the family name last; Cyrillic lists put it first as often as not.
        best = full.length - 1;
      }
    }
    const fam = full[best]!;
    family = fam.part;
    familyIndex = fam.index;
    const rest = full.filter((_, k) => k !== best);
    const g = patronymicIndex >= 0 ? (rest.find((p) => p.index === patronymicIndex - 1) ?? rest[0]!) : rest[0]!;
    given = g.part;
    givenIndex = g.index;
    for (const p of rest) if (p !== g) extra.push(p.part);
    order = tie && patronymicIndex < 0 ? "unknown" : familyIndex < givenIndex ? "family_first" : "given_first";
  }

  // Initials: the first one is the given name unless a full given name is present, the next one the patronymic.
  for (const ini of initials) {
    if (given === null) {
      given = ini.part;
      givenIndex = ini.index;
    } else if (patronymic === null) {
      patronymic = { ...ini.part, father: ini.part.key, sex: null };
      patronymicIndex = ini.index;
    } else extra.push(ini.part);
  }
  if (order === "unknown" && family !== null && given !== null && (given.initial || patronymic !== null)) {
    order = familyIndex < givenIndex ? "family_first" : "given_first";
  }

  if (family === null && patronymic !== null && !patronymic.initial && !patronymic.text.includes(" ") && given) {
    // Many Kazakhs use -ұлы/-қызы as their family name ("Арман Жәнібекұлы"): with no other family name, it is one.
    family = patronymic;
    familyIndex = patronymicIndex;
    patronymic = null;
    if (!given.initial) order = familyIndex < givenIndex ? "family_first" : "given_first";
  }

  const givenInfo = given && !given.initial ? lookupGiven(given.skel) : null;
  const familyForm = family ? familyFormOf(family.skel) : "neutral";
  const cyrillicGiven = given !== null && !given.initial && /\p{Script=Cyrillic}/u.test(given.text) ? given : null;
  const givenSex =
    cyrillicGiven && /а$/iu.test(cyrillicGiven.text) && isGenitiveOfMaleName(cyrillicGiven.skel)
      ? null
      : (givenInfo?.sex ?? (cyrillicGiven ? sexOfEnding(cyrillicGiven) : null));
  const sex = resolveSex(givenSex, patronymic?.sex ?? null, familyForm, script, given);
  const parsed: ParsedName = {
    value,
    script,
    given,
    patronymic,
    family,
    extra,
    order,
    familyForm,
    sex,
    givenKnown: givenInfo?.known ?? false,
    alternative: null,
  };
  if (order === "unknown" && given && family && !given.initial && !parsed.givenKnown) {
    parsed.alternative = { ...parsed, given: family, family: given, order: "family_first", alternative: null };
  }
  return parsed;
}

/**
 * Russian case endings only one sex takes on a given name whose stem serves both (Александр/Александра):
 * -ом/-ем (Александром) masculine, -ой and -ы (Александрой, Александры) feminine.
 */
function sexOfEnding(part: NamePart): Sex | null {
  if (/[^aeiou](om|em)$/.test(part.skel)) return "male";
  if (/[^aeiou](oi)$/.test(part.skel) || /[^аеиоуыэюяё]ы$/i.test(part.text)) return "female";
  return null;
}

/**
 * The rule for -а/-у surname forms: with a masculine given name or patronymic they are a man's genitive/dative
 * ("задержание Нурлана Жумабаева"); with a feminine one, or alone in Latin script (English does not decline), a woman;
 * alone in Cyrillic they are left undecided and match neither sex with certainty.
 */
function resolveSex(
  givenSex: Sex | null,
  patronymicSex: Sex | null,
  form: FamilyForm,
  script: ParsedName["script"],
  given: NamePart | null,
): Sex | null {
  // A patronymic's sex is never in doubt; a given name's may be (Александра: a woman, or Александр in the genitive).
  const personal = patronymicSex ?? givenSex;
  if (form === "masculine") return personal === "female" ? null : "male";
  if (form === "feminine") return personal === "male" ? null : "female";
  if (form === "ambiguous") {
    if (personal) return personal;
    return script === "Latn" && (given === null || given.initial) ? "female" : null;
  }
  return personal;
}
