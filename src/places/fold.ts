/**
 * Folding and tokenising for place matching. Keys follow core's `foldText` (lower case, no accents, Kazakh letters
 * onto Russian ones) so that a name and any spelling of it in running text meet on the same key, but tokens are
 * folded one character at a time through a memo: `foldText` on every word of every article would dominate the
 * extractor's time budget.
 */
import { foldText } from "../core/index.js";

const charMemo = new Map<string, string>();
const COMBINING = /[\u0300-\u036f]/;

function foldChar(ch: string): string {
  let f = charMemo.get(ch);
  if (f === undefined) {
    f = foldText(ch).replace(/ /g, "");
    charMemo.set(ch, f);
  }
  return f;
}

/** Folds one word (letters, digits and inner apostrophes) to its key form. */
export function foldToken(token: string): string {
  // Decomposed accents only fold correctly together with their base letter (й = и + breve must survive).
  if (COMBINING.test(token)) return foldText(token).replace(/ /g, "");
  let out = "";
  for (const ch of token) out += foldChar(ch);
  return out;
}

/** Folds a whole name into its key tokens ("Усть-Каменогорск" → ["усть", "каменогорск"]). */
export function nameTokens(name: string): string[] {
  const folded = foldText(name);
  return folded ? folded.split(" ") : [];
}

export interface Token {
  start: number;
  end: number;
  raw: string;
  /** Folded form, computed on first use by `keyOf`: most words of an article are never looked up. */
  key: string | undefined;
  /** First letter is upper case (proper nouns in ru, kk and en). */
  capitalised: boolean;
}

// Letters, marks and digits, with apostrophes inside a word (Ural'sk, O‘zbekiston) kept in it.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ‘`][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let raw = m[0];
    // "Almaty's" is Almaty: the possessive is not part of the name.
    if (POSSESSIVE.test(raw)) raw = raw.slice(0, -2);
    const first = raw[0]!;
    tokens.push({ start: m.index, end: m.index + raw.length, raw, key: undefined, capitalised: first !== first.toLowerCase() });
  }
  return tokens;
}

export function keyOf(token: Token): string {
  return (token.key ??= foldToken(token.raw));
}

const CYR_TO_LAT: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y",
  ь: "", э: "e", ю: "yu", я: "ya", ҳ: "h", ҷ: "j",
};

/** A plain romanisation of a folded Cyrillic key, so Latin spellings missing from the data still meet it. */
export function romanise(key: string): string | null {
  if (!/[а-яҳҷ]/.test(key)) return null;
  let out = "";
  for (const ch of key) out += CYR_TO_LAT[ch] ?? ch;
  return /[^a-z ]/.test(out) ? null : out;
}

/** Levenshtein distance, giving up (returning max + 1) as soon as it must exceed `max`. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
