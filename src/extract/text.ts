/** Sentences and tokens with offsets into the document text, so that every evidence span can be sliced back out. */

export interface Token {
  /** Offsets into the document text. */
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  word: boolean;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  tokens: Token[];
}

// Abbreviations after which a full stop does not end a sentence.
const ABBREV = new Set([
  "mr", "mrs", "ms", "dr", "prof", "st", "no", "art", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
  "oct", "nov", "dec", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "vs", "etc", "inc", "ltd", "co", "jr", "sr",
  "г", "гг", "ст", "ул", "им", "т", "е", "д", "тыс", "млн", "млрд", "руб", "пр", "обл", "р", "п", "с", "ч", "см", "стр",
]);

// Numbers keep their thousands separators ("40,000") so that a comma inside them is not taken for a clause break.
// An initial keeps its full stop ("Testov D.", "В. Тестов", "А.Тестли" written without the space): the stop is not a
// clause break.
const TOKEN_RE = /\p{N}+(?:[.,]\p{N}{3})+(?![\p{N}])|\p{Lu}(?<![\p{L}\p{M}\p{N}.]\p{Lu})\.(?=[\s,;:)]|$|\p{Lu}\p{Ll})|[\p{L}\p{M}\p{N}]+(?:['’\-.][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

const ALNUM = /[\p{L}\p{N}]/u;

export function tokenize(text: string, offset: number): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    // Only the single-character branch of TOKEN_RE can be punctuation.
    const word = t.length > 1 || ALNUM.test(t);
    const lower = t.toLowerCase();
    out.push({
      start: offset + m.index,
      end: offset + m.index + t.length,
      text: t,
      lower,
      cap: word && first !== lower.charCodeAt(0) && !/^\p{N}/u.test(t),
      word,
    });
  }
  return out;
}

/**
 * Splits at ., ! and ? followed by a space and an upper-case letter, digit or opening quote, and at line breaks;
 * not after abbreviations, initials ("A. Surname") or inside numbers.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) {
      const t = text.slice(s, e);
      out.push({ start: s, end: e, text: t, paragraph, tokens: tokenize(t, s) });
    }
  };
  for (let i = 0; i < text.length; i++) {
    // Codes first: "text[i]" makes a new string for every Cyrillic letter, and nearly all characters are skipped.
    const code = text.charCodeAt(i);
    if (code !== 10 && code !== 46 && code !== 33 && code !== 63 && code !== 0x2026) continue;
    const ch = text[i];
    if (ch === "\n") {
      push(i);
      start = i + 1;
      paragraph++;
      continue;
    }
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let j = i + 1;
    while (j < text.length && /["»”’)\]]/.test(text[j] ?? "")) j++;
    // "судили в Молодечно.Его обвиняли", "«Весна».Дело": a scraped page may lose the space after a full stop; a Cyrillic word, the
    // stop and a capitalised Cyrillic word still end a sentence ("mogilev.media", "ул.Абая" do not).
    if (j < text.length && text[j] !== " " && /[а-яё]{2}[»"”)]?$/.test(text.slice(Math.max(start, i - 3), i)) && /^[А-ЯЁ][а-яё]/.test(text.slice(j, j + 2)) &&
      !ABBREV.has(/([\p{L}]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? "")) {
      push(j);
      start = j;
      continue;
    }
    if (j >= text.length || text[j] !== " ") continue;
    let k = j;
    while (k < text.length && text[k] === " ") k++;
    const next = text[k] ?? "";
    if (!/[\p{Lu}\p{N}"«“(—–-]/u.test(next)) continue;
    if (ch === ".") {
      const before = /([\p{L}]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1] ?? "";
      if (ABBREV.has(before.toLowerCase())) continue;
      // An initial: one capital letter before the stop and a capitalised word after ("A. Serikova").
      if (before.length === 1 && /\p{Lu}/u.test(before)) continue;
    }
    push(j);
    start = j;
  }
  push(text.length);
  return out;
}
