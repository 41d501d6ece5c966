import { isPatronymicWord, nameParts, type NamePart } from "./parse.js";
import { consonantKey, stemOf } from "./skeleton.js";

/**
 * Bumped whenever the keys a name produces change (skeleton rules, stemming, lexicon): a store that saved keys under an
 * older version must recompute them, or searches will miss.
 */
export const NAME_KEY_VERSION = 1;

const MAX_KEY = 48;
/** Consonant outlines of short stems (Marat/Murat → mrt) would pull in unrelated names; only long stems get one. */
const OUTLINE_MIN = 6;

function outline(stem: string): string {
  return `~${consonantKey(stem)}`.slice(0, MAX_KEY);
}

function partKeys(part: NamePart): string[] {
  const keys = new Set<string>();
  for (const k of [part.key, ...part.parts]) {
    if (k.length === 0) continue;
    keys.add(k.slice(0, MAX_KEY));
    if (k.length >= OUTLINE_MIN) keys.add(outline(k));
  }
  return [...keys];
}

/**
 * Index keys for one stored name: for every word, its inflection-stripped skeleton stem, the stems of its hyphen
 * parts, and for long stems a consonant outline prefixed with "~". Initials and free-standing patronymic markers give
 * no key (an initial would match a thirtieth of the register).
 */
export function nameKeys(name: string): string[] {
  const keys = new Set<string>();
  for (const part of nameParts(name)) {
    if (part.initial || isPatronymicWord(part)) continue;
    for (const k of partKeys(part)) keys.add(k);
  }
  return [...keys];
}

/**
 * Alternative keys per query word. A query word may be inflected in ways a stored nominative is not (Нурланом,
 * Рустема), so both readings of an ambiguous ending are offered. Initials and patronymic markers are left out: they are
 * not keys, and `compareNames` checks them on the candidates.
 */
export function queryKeys(query: string): string[][] {
  const out: string[][] = [];
  for (const part of nameParts(query)) {
    if (part.initial || isPatronymicWord(part)) continue;
    const alts = new Set<string>(partKeys(part));
    for (const k of [stemOf(part.skel, true), stemOf(part.skel, false)]) {
      if (k.length === 0) continue;
      alts.add(k.slice(0, MAX_KEY));
      if (k.length >= OUTLINE_MIN) alts.add(outline(k));
    }
    if (alts.size > 0) out.push([...alts]);
  }
  return out;
}

/**
 * queryKeys without the alternatives that find nobody the others do not, for reading the index: a stem of OUTLINE_MIN
 * letters or more, not cut at MAX_KEY, is stored only beside its outline (partKeys), and its outline is asked too. A
 * search of two common name words then reads half the index entries (1m: ~9,500 people per surname, not ~19,000 keys).
 */
export function queryIndexKeys(query: string): string[][] {
  return queryKeys(query).map((alts) => alts.filter((k) => k.startsWith("~") || k.length < OUTLINE_MIN || k.length >= MAX_KEY || !alts.includes(outline(k))));
}
