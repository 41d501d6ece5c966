/** Articles, sentences and fines as news reports write them ("15 days of administrative arrest", "на 100 МРП"). */
import type { Legal, LegalSentence } from "../contract/extraction.js";
import { NUMBER_WORDS } from "./lexicon.js";

const N = `(\\d{1,3}(?:[ \\u00a0]\\d{3})+|\\d+(?:[.,]\\d+)?|${Object.keys(NUMBER_WORDS).join("|")})`;
const toNumber = (w: string): number => (/^\d/.test(w) ? Number(w.replace(/[ \u00a0]/g, "").replace(",", ".")) : (NUMBER_WORDS[w.toLowerCase()] ?? NaN));

const ARTICLE_EN = /\b(?:under\s+)?(?:Article|Art\.)\s+(\d+(?:[.-]\d+)?)(?:(?:\s+\w+){0,3}\s+(?:of\s+the\s+)?(Criminal|Administrative)\b)?/gi;
const ARTICLE_RU = /(?<![\p{L}])(?:стать[еийяю]|ст\.)\s*(\d+(?:[.-]\d+)?)(?:\s+(?:\p{L}+\s+){0,2}(УК|КоАП|Уголовного|Административн\p{L}*|кодекса об административных))?/giu;

function codeOf(word: string | undefined, context: string): string {
  const w = (word ?? "").toLowerCase();
  if (/^(criminal|ук|уголовн)/.test(w)) return "CC ";
  if (/^(administrative|коап|административн|кодекса об адм)/.test(w)) return "CAO ";
  if (/criminal code|уголовн|\bУК\b/i.test(context)) return "CC ";
  if (/administrative (?:offen|code)|КоАП|административных правонаруш/i.test(context)) return "CAO ";
  return "";
}

export function findArticles(text: string, lang: "en" | "ru"): string[] {
  const re = lang === "en" ? ARTICLE_EN : ARTICLE_RU;
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const a = `${codeOf(m[2], text.slice(m.index, m.index + 80))}${m[1]}`;
    if (!out.includes(a)) out.push(a);
  }
  return out;
}

type Pattern = { re: RegExp; make: (m: RegExpExecArray, text: string) => LegalSentence | null };

const sentence = (kind: LegalSentence["kind"], length: number | null, unit: LegalSentence["unit"], text: string, suspended = false): LegalSentence => ({
  kind, length, unit, amount: null, currency: null, suspended, text,
});
const fine = (amount: number, currency: string | null, text: string): LegalSentence => ({
  kind: "fine", length: null, unit: null, amount, currency, suspended: false, text,
});
const unitOf = (w: string): LegalSentence["unit"] => (/^(year|год|лет|года)/i.test(w) ? "years" : /^(month|месяц)/i.test(w) ? "months" : "days");
const currencyOf = (w: string): string | null => {
  const l = w.toLowerCase();
  if (/^(mci|мрп|mrp|monthly)/.test(l)) return "MCI";
  if (/^(tenge|тенге|kzt|₸)/.test(l)) return "KZT";
  if (/^(dollar|доллар|usd|\$)/.test(l)) return "USD";
  if (/^(som|сом)/.test(l)) return "KGS";
  if (/^(rubl|рубл|byn|br)/.test(l)) return /byn|br/.test(l) ? "BYN" : "RUB";
  if (/^(somoni|сомони)/.test(l)) return "TJS";
  if (/^(sum|сум)/.test(l)) return "UZS";
  return null;
};

const EN_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`\\b${N}[ -]days?['’]?(?: of| in)? (?:administrative )?(?:arrest|detention|jail|in jail|behind bars)`, "i"),
    make: (m, t) => sentence("administrative_arrest", toNumber(m[1] ?? ""), "days", t),
  },
  {
    re: new RegExp(`\\b(?:to|for|given|received?|serve) (?:up to )?${N} days\\b`, "i"),
    make: (m, t) => sentence("administrative_arrest", toNumber(m[1] ?? ""), "days", t),
  },
  {
    re: new RegExp(`\\b(?:suspended sentences? of ${N} (years?|months?)|${N} (years?|months?)(?: each)?,? suspended|${N}-(year|month) suspended)`, "i"),
    make: (m, t) => sentence("suspended", toNumber(m[1] ?? m[3] ?? m[5] ?? ""), unitOf(m[2] ?? m[4] ?? m[6] ?? ""), t, true),
  },
  {
    re: new RegExp(`\\b${N}[ -](years?|months?)(?: (?:in|of|behind))? (?:prison|jail|imprisonment|bars|a (?:[\\w-]+ )*colony|restricted freedom|restriction of freedom)`, "i"),
    make: (m, t) => sentence(/restrict/i.test(m[0]) ? "restricted_freedom" : "imprisonment", toNumber(m[1] ?? ""), unitOf(m[2] ?? ""), t),
  },
  {
    re: new RegExp(`\\b(?:sentenced|jailed)(?: \\S+){0,6}? (?:to|for) ${N} (years?|months?)`, "i"),
    make: (m, t) => sentence(/suspended/i.test(t) ? "suspended" : "imprisonment", toNumber(m[1] ?? ""), unitOf(m[2] ?? ""), t, /suspended/i.test(t)),
  },
  {
    re: new RegExp(`\\bfined?(?: \\S+){0,4}? ${N}(?: (?:thousand|million))? (MCI|monthly calculation indices|tenge|KZT|dollars|USD|som|rubles|roubles|somoni|sum)`, "i"),
    make: (m, t) => fine(toNumber(m[1] ?? ""), currencyOf(m[2] ?? ""), t),
  },
  {
    re: new RegExp(`\\b(?:fine of|fined) (?:\\$|₸)?${N}`, "i"),
    make: (m, t) => fine(toNumber(m[1] ?? ""), /\$/.test(m[0]) ? "USD" : null, t),
  },
];

const RU_PATTERNS: Pattern[] = [
  {
    re: new RegExp(`(?<![\\p{L}])${N} сут(?:ок|ки|кам|ками)`, "iu"),
    make: (m, t) => sentence("administrative_arrest", toNumber(m[1] ?? ""), "days", t),
  },
  {
    re: new RegExp(`(?<![\\p{L}])(?:к )?${N} (год[а-я]*|лет|месяц[а-я]*) (?:лишения свободы|колони|заключени|тюрьм|ограничения свободы)`, "iu"),
    make: (m, t) => sentence(/ограничения/i.test(m[0]) ? "restricted_freedom" : "imprisonment", toNumber(m[1] ?? ""), unitOf(m[2] ?? ""), t),
  },
  {
    re: new RegExp(`(?<![\\p{L}])(?:по )?${N} (год[а-я]*|лет|месяц[а-я]*) условно`, "iu"),
    make: (m, t) => sentence("suspended", toNumber(m[1] ?? ""), unitOf(m[2] ?? ""), t, true),
  },
  {
    re: new RegExp(`приговор[а-я]* (?:\\S+ ){0,6}?к ${N} (год[а-я]*|лет|месяц[а-я]*)`, "iu"),
    make: (m, t) => sentence(/условн/i.test(t) ? "suspended" : "imprisonment", toNumber(m[1] ?? ""), unitOf(m[2] ?? ""), t, /условн/i.test(t)),
  },
  {
    re: new RegExp(`(?<![\\p{L}])(?:на |в размере )${N}(?: (?:тысяч[а-я]*|млн))? (МРП|мрп|тенге|долларов|сом[а-я]*|рубл[а-я]*|сомони|сум[а-я]*)`, "iu"),
    make: (m, t) => fine(toNumber(m[1] ?? ""), currencyOf(m[2] ?? ""), t),
  },
];

// Terms a court handed down in days ("11 days in jail", "a 25-day jail term", "imprisoned for up to 10 days") and in
// months or years, except those only threatened ("punishable by up to 12 years", "faces five years in prison").
const DAY_TERM_EN = new RegExp(`\\b${N}[ -]days?['’]?(?: of| in)? (?:administrative )?(?:arrest|detention|jail|in jail|behind bars)|\\b(?:to|for) (?:up to )?${N} days\\b`, "gi");
const LONG_TERM_EN = new RegExp(`\\b${N}[ -](?:years?|months?)\\b`, "gi");
const THREAT_EN = /\b(?:punishable|faces?|facing|could|would|may|might|up to|maximum|requested|asked|sought|demanded)\b[^.;]{0,40}$/i;

/**
 * The report states terms and all of them are days ("sentenced them each to 11 days in jail"): its "sentenced",
 * "convicted" or "the jail sentences imposed on X" without a term of their own are the same administrative arrests.
 */
export function onlyDayTerms(text: string, lang: "en" | "ru"): boolean {
  if (lang !== "en" || !/\bdays?\b/i.test(text)) return false;
  DAY_TERM_EN.lastIndex = 0;
  if (!DAY_TERM_EN.test(text)) return false;
  LONG_TERM_EN.lastIndex = 0;
  for (let m = LONG_TERM_EN.exec(text); m; m = LONG_TERM_EN.exec(text)) {
    if (!THREAT_EN.test(text.slice(Math.max(0, m.index - 60), m.index))) return false;
  }
  return true;
}

// Cheap tests that let most clauses skip the patterns, whose number-word alternations are slow to try everywhere.
const HINT_EN = /days?\b|years?\b|months?\b|fine|MCI|tenge|KZT|dollar|\bsom\b|rubles|roubles|somoni|suspended/i;
const HINT_RU = /сут|лет|год|месяц|мрп|тенге|штраф|условно|доллар|сом|рубл/i;
const ARTICLE_HINT = /article|art\.|стать|ст\./i;

/** The sentence or fine stated in `text` (one clause or sentence), with the articles named there. */
export function readLegal(text: string, lang: "en" | "ru"): Legal {
  const articles = ARTICLE_HINT.test(text) ? findArticles(text, lang) : [];
  let found: LegalSentence | null = null;
  if (!(lang === "en" ? HINT_EN : HINT_RU).test(text)) return { articles, sentence: null };
  for (const p of lang === "en" ? EN_PATTERNS : RU_PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const s = p.make(m, m[0]);
    if (s && (s.length === null || Number.isFinite(s.length)) && (s.amount === null || Number.isFinite(s.amount))) {
      found = s;
      break;
    }
  }
  return { articles, sentence: found };
}
