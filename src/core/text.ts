/**
 * Script-aware folding for search. SQLite's lower() is ASCII-only and FTS5 folds neither Ё nor the Kazakh letters,
 * so every string that is indexed or queried goes through `foldText` in the application first.
 */
const KAZAKH_TO_RUSSIAN: Record<string, string> = {
  ә: "а", ғ: "г", қ: "к", ң: "н", ө: "о", ұ: "у", ү: "у", һ: "х", і: "и", ё: "е",
  // Ukrainian and Belarusian letters that Russian spelling replaces.
  ї: "и", є: "е", ў: "у", ґ: "г",
};

/** Lower case, no accents, Kazakh letters folded onto Russian ones, punctuation to spaces, spaces collapsed. */
export function foldText(input: string): string {
  const lower = input.normalize("NFC").toLocaleLowerCase("ru");
  let out = "";
  for (const ch of lower) out += KAZAKH_TO_RUSSIAN[ch] ?? ch;
  return out
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, (m, offset: number, s: string) =>
      // Keep the breve of й (и + U+0306): dropping it would merge й into и.
      m === "\u0306" && s[offset - 1] === "и" ? m : "",
    )
    .normalize("NFC")
    .replace(/[’'`ʼ‘]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export type Script = "Cyrl" | "Latn" | "Other";

export function detectScript(value: string): Script {
  let cyr = 0;
  let lat = 0;
  for (const ch of value) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyr++;
    else if (/\p{Script=Latin}/u.test(ch)) lat++;
  }
  if (cyr === 0 && lat === 0) return "Other";
  return cyr >= lat ? "Cyrl" : "Latn";
}
