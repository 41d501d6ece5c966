/**
 * The name index behind resolvePlace and findPlacesInText: every name of every place folded into a sequence of
 * word keys, looked up by walking the words of a text from each start position. Built once; a lookup is a few hash
 * probes per capitalised word, so scanning costs the same whatever the size of the gazetteer.
 */
import { boundedEditDistance, keyOf, nameTokens, romanise, tokenize, type Token } from "./fold.js";
import { formsOf, isRegionWord, REGION_WORD, type Form, type FormKind } from "./inflect.js";
import type { GazetteerPlace } from "./index.js";

export interface RawPlace extends GazetteerPlace {
  seat?: "national" | "regional";
}

interface Entry {
  place: number;
  weight: number;
  /**
   * In running text: "none" needed; "any" cue such as "в", "from" or "city" (also a common word); "strong", a cue that
   * a person's name cannot take ("в", "in", "city"), for names that are also given names or surnames.
   */
  cue: Cue;
}

export interface PlaceIndex {
  places: readonly GazetteerPlace[];
  byId: ReadonlyMap<string, GazetteerPlace>;
  rank: number[];
  entries: Map<string, Entry[]>;
  prefixes: Set<string>;
  /** Names long enough to correct, for misspellings; built on the first lookup that needs it. */
  fuzzyKeys: string[];
  deletions?: Map<string, string[]>;
}

const MAX_TOKENS = 5;

// Curated: place names that are also ordinary words, rivers or mountains in the languages monitors read.
const AMBIGUOUS = new Set([
  "oral", "aral", "pop", "nov", "balkan", "rudny", "rudniy", "рудный", "степной", "мирный", "altay", "алтай",
  "ili", "или", "aksu", "temir", "темир", "sayram", "ural", "урал", "kazakh", "kent", "osh", "ош", "шу", "shu", "chu",
  "чу", "ayagoz", "esik", "есик", "baikonur", "байконур", "kapal", "kaskelen", "emba", "эмба", "ленгер", "lenger",
  "khiva", "merv", "нарын", "naryn", "talas", "талас", "batken", "kara", "sary", "aktas", "oktyabr", "akdepe",
  "ruhabat", "yangiyer", "bayramaly", "turk", "turn", "bayer", "kant", "кант", "kuba", "куба", "sovet", "совет",
  "ильич", "ilich", "массы", "жаксы", "анау", "kaka", "кака", "manga", "anew", "zarya", "drujba", "дружба", "bazar",
  "salar", "amba", "papas", "maras", "мари", "mari", "sarai", "asht", "nava", "nuda", "porsu", "орзу", "мори", "kulan",
  "кулан", "tobol", "тобол", "ishim", "ишим", "esil", "есил", "ертис", "ertis", "irtysh", "merke", "мерке", "garm",
  "гарм", "верный", "verny", "vernyj", "vernyy", "балкан", "mori",
]);
/** Below this population a one-word name is too likely to be something else to be taken without a cue. */
const SMALL_TOWN = 20_000;
/** Below this, one-word alternates (from many languages' gazetteers) need a cue too. */
const MINOR_ALTERNATE = 100_000;
type Cue = "none" | "any" | "strong";
const CUE_ORDER: Record<Cue, number> = { none: 0, any: 1, strong: 2 };
// Curated: place names that are also given names or surnames (besides those SURNAME_LIKE catches).
const PERSON_NAMES = new Set([
  "mary", "abai", "abay", "абай", "juma", "джума", "dzhuma", "zafar", "зафар", "kagan", "каган", "shevchenko", "шевченко",
  "frunze", "фрунзе", "lenin", "ленин", "navoi", "navoiy", "навои", "zhambyl", "жамбыл", "jambyl", "hamza", "ермак",
  "ermak", "yermak", "kunaev", "кунаев",
]);
const SURNAME_LIKE = /^[а-я]{3,}(ов|ев|ин)$|^[a-z]{3,}(ov|ev|yev|in)$/;
// Keys that the source data lists as alternates of a village but that mean something else to every reader.
const BLOCKED_KEYS = new Set(["москва", "moskva", "moscow"]);
const CITY_WORDS = /(^| )(город|г|city|каласы|qalasy|shahri|shaary|шаары|шахри|gorod)( |$)/;

// Words that, just before a name, make it a place: words for a settlement and prepositions of place. The strong ones
// do not go with a person ("in Mary"); the weak ones may ("a letter from Mary", "к Сатпаеву").
const STRONG_CUES_BEFORE = new Set([
  "в", "во", "город", "города", "городе", "городом", "г", "пос", "поселок", "села", "село", "in", "near", "outside", "city",
  "town", "каласы", "каласында", "каласынан",
]);
const WEAK_CUES_BEFORE = new Set(["из", "под", "до", "около", "возле", "from", "to", "at", "into"]);
const CUES_AFTER = new Set(["city", "town", "каласы", "каласында", "каласынан", "каласына", "ауданы", "district"]);
// "Aral Sea", "Lake Balkhash", "Аральское море": the water body, not the town.
const WATER_WORDS = new Set(["sea", "lake", "river", "море", "моря", "морю", "морем", "озеро", "озера", "озере", "река", "реки", "реке", "тенизи", "коли", "озени"]);

const FORM_FACTOR: Record<FormKind, number> = { exact: 1, region: 1, adjective: 0.97, russian: 0.95, kazakh: 0.95 };

function regionKeys(tokens: string[]): string[][] {
  const canon = tokens.map((t) => (isRegionWord(t) ? REGION_WORD : adjectiveKey(t)));
  const out = [canon];
  if (canon[0] === REGION_WORD && canon.length > 1) out.push([...canon.slice(1), REGION_WORD]);
  return out;
}

function adjectiveKey(t: string): string {
  if (t.length < 6 || !/[а-я]/.test(t)) return t;
  for (const e of ["ий", "ый", "ой", "ое", "ая"]) if (t.endsWith(e)) return `${t.slice(0, -2)}ая`;
  return t;
}

export function buildIndex(raw: readonly RawPlace[]): PlaceIndex {
  // Shared by every caller: frozen all the way down so that no caller can change another's view of a place.
  const places: GazetteerPlace[] = raw.map(({ seat: _seat, ...p }) => Object.freeze({
    ...p, names: Object.freeze({ ...p.names }), altNames: Object.freeze([...p.altNames]), formerNames: Object.freeze([...p.formerNames]),
  }) as GazetteerPlace);
  const rank = raw.map((p) =>
    p.adminLevel === "country" ? 1e10 : (p.population ?? 0) + (p.seat === "national" ? 2e9 : p.seat === "regional" ? 1e9 : 0));
  const entries = new Map<string, Entry[]>();
  const add = (tokens: string[], place: number, weight: number, alternate = false) => {
    if (tokens.length === 0 || tokens.length > MAX_TOKENS) return;
    const key = tokens.join(" ");
    if (BLOCKED_KEYS.has(key) || key.replace(/ /g, "").length < 2) return;
    const p = places[place]!;
    const pop = p.adminLevel === "city" || p.adminLevel === "locality" || p.adminLevel === "district" ? p.population ?? 0 : Infinity;
    const cue: Cue = tokens.length > 1 ? "none"
      : PERSON_NAMES.has(key) || SURNAME_LIKE.test(key) ? "strong"
        : AMBIGUOUS.has(key) || pop < SMALL_TOWN || (key.length <= 3 && pop < 100_000) || (alternate && pop < MINOR_ALTERNATE) ? "any"
          : "none";
    const list = entries.get(key) ?? [];
    const same = list.find((e) => e.place === place);
    if (same) {
      same.weight = Math.max(same.weight, weight);
      if (CUE_ORDER[cue] < CUE_ORDER[same.cue]) same.cue = cue;
      return;
    }
    list.push({ place, weight, cue });
    entries.set(key, list);
  };

  const primaryKeys = new Set<string>();
  for (const p of places) for (const n of [p.name, ...Object.values(p.names)]) primaryKeys.add(nameTokens(n).join(" "));

  places.forEach((p, i) => {
    const primaries = new Set([p.name, ...Object.values(p.names)]);
    const former = new Set(p.formerNames);
    const isRegion = p.adminLevel === "region";
    for (const name of new Set([...primaries, ...p.formerNames, ...p.altNames])) {
      const tokens = nameTokens(name);
      const key = tokens.join(" ");
      const primary = primaries.has(name);
      // "Aral Sea" among Aral's alternates would make the sea a mention of the town.
      if (tokens.some((t) => WATER_WORDS.has(t))) continue;
      const acronym = /^[A-ZА-ЯЁ]{2,5}$/.test(name);
      if (!primary && !former.has(name)) {
        // Short lower-case alternates (Ox, Os, Aim) are noise from other languages; another place's own name is its.
        if (key.length <= 3 && !acronym) continue;
        if (primaryKeys.has(key)) continue;
      }
      if (isRegion) {
        if (CITY_WORDS.test(key)) continue;
        const hasRegionWord = tokens.some(isRegionWord);
        if (hasRegionWord) {
          for (const k of regionKeys(tokens)) add(k, i, primary ? 1 : 0.97);
        } else {
          // A bare "Aktobe" is the city first; the region only when nothing else bears the name.
          add(tokens, i, acronym ? 0.95 : 0.8, !acronym);
          add([...tokens, REGION_WORD], i, primary ? 1 : 0.97);
        }
        continue;
      }
      const alternate = !primary && !former.has(name);
      add(tokens, i, primary ? 1 : alternate ? 0.9 : 0.93, alternate);
      const latin = romanise(key);
      if (latin && latin !== key) add(latin.split(" "), i, primary ? 0.9 : 0.85, alternate);
    }
  });

  const prefixes = new Set<string>();
  const fuzzyKeys: string[] = [];
  for (const key of entries.keys()) {
    const parts = key.split(" ");
    for (let n = 1; n <= parts.length; n++) prefixes.add(parts.slice(0, n).join(" "));
    if (!key.includes(REGION_WORD) && key.length >= MIN_FUZZY) fuzzyKeys.push(key);
  }
  return { places, byId: new Map(places.map((p) => [p.id, p])), rank, entries, prefixes, fuzzyKeys };
}

interface Hit {
  from: number;
  to: number; // token index, inclusive
  key: string;
  factor: number;
  kinds: FormKind[];
}

function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = b.start - a.end;
  if (gap > 3) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text[k]!;
    if (c !== " " && c !== "-" && c !== "‐" && c !== "–" && c !== "\u00a0" && c !== "\n") return false;
  }
  return true;
}

/** The longest known name starting at token `i` (ties: the best form factor). */
function longestAt(index: PlaceIndex, text: string, tokens: Token[], formCache: (Form[] | undefined)[], i: number): Hit | null {
  const walk = new LongestWalk(index, text, tokens, formCache, i);
  walk.from(i, "", 1, []);
  return walk.best;
}

// A class rather than a closure in longestAt: under tsx (esbuild keepNames) every closure a call creates is also
// named, a cost paid here once per token.
class LongestWalk {
  best: Hit | null = null;
  constructor(
    private readonly index: PlaceIndex,
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly formCache: (Form[] | undefined)[],
    private readonly start: number,
  ) {}

  from(j: number, prefix: string, factor: number, kinds: FormKind[]): void {
    const { index, tokens, formCache, start: i } = this;
    const tok = tokens[j]!;
    const forms = formCache[j] ?? (formCache[j] = formsOfToken(tok));
    for (const f of forms) {
      const key = prefix ? `${prefix} ${f.key}` : f.key;
      if (!index.prefixes.has(key)) continue;
      const fac = factor * FORM_FACTOR[f.kind];
      const ks = [...kinds, f.kind];
      const best = this.best;
      if (index.entries.has(key) && (!best || j > best.to || (j === best.to && fac > best.factor))) {
        this.best = { from: i, to: j, key, factor: fac, kinds: ks };
      }
      const next = tokens[j + 1];
      if (next && j + 1 - i < MAX_TOKENS && adjacent(this.text, tok, next)) this.from(j + 1, key, fac, ks);
    }
  }
}

// The same words come back in every article (names, towns, "Region"): their forms are derived once. Bounded, as a
// long-running server reads an open vocabulary.
const FORMS_MEMO = new Map<string, Form[]>();
const FORMS_MEMO_MAX = 50_000;

function formsOfToken(tok: Token): Form[] {
  let forms = FORMS_MEMO.get(tok.raw);
  if (forms === undefined) {
    forms = formsOf(keyOf(tok));
    if (FORMS_MEMO.size >= FORMS_MEMO_MAX) FORMS_MEMO.clear();
    FORMS_MEMO.set(tok.raw, forms);
  }
  return forms;
}

export interface Scored {
  place: GazetteerPlace;
  score: number;
  cue: Cue;
}

/** Candidates for a key, best first; a name shared by several places of equal standing loses some confidence. */
function rankEntries(index: PlaceIndex, list: Entry[], factor: number, country?: string): Scored[] {
  let cands = list;
  let countryFactor = 1;
  if (country) {
    const inCountry = list.filter((e) => index.places[e.place]!.country === country);
    if (inCountry.length) cands = inCountry;
    else countryFactor = 0.9;
  }
  const sorted = [...cands].sort((a, b) => b.weight - a.weight || index.rank[b.place]! - index.rank[a.place]!);
  const top = sorted[0]!;
  const rival = sorted[1];
  const ambiguous = rival && rival.weight === top.weight && index.rank[top.place]! < 10 * index.rank[rival.place]! ? 0.9 : 1;
  return sorted.map((e, n) => ({
    place: index.places[e.place]!,
    score: Math.min(1, e.weight * factor * countryFactor * (n === 0 ? ambiguous : 1)),
    cue: e.cue,
  }));
}

export interface TextHit {
  start: number;
  end: number;
  text: string;
  place: GazetteerPlace;
  score: number;
}

export function scanText(index: PlaceIndex, text: string): TextHit[] {
  const tokens = tokenize(text);
  const formCache: (Form[] | undefined)[] = new Array(tokens.length);
  const out: TextHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    // Names are capitalised in Russian, Kazakh and English; lower-case words are never taken for places here.
    if (!tok.capitalised) continue;
    const hit = longestAt(index, text, tokens, formCache, i);
    if (!hit) continue;
    const best = rankEntries(index, index.entries.get(hit.key)!, hit.factor)[0]!;
    const prev = tokens[i - 1];
    const next = tokens[hit.to + 1];
    const prevKey = prev && adjacent(text, prev, tok) ? keyOf(prev) : "";
    const prev2 = tokens[i - 2];
    if (WATER_WORDS.has(next ? keyOf(next) : "") || WATER_WORDS.has(prevKey)) {
      i = hit.to;
      continue;
    }
    if (best.cue !== "none") {
      const cued = STRONG_CUES_BEFORE.has(prevKey)
        || (best.cue === "any" && WEAK_CUES_BEFORE.has(prevKey))
        || (prevKey === "of" && prev2 !== undefined && STRONG_CUES_BEFORE.has(keyOf(prev2)))
        || (next !== undefined && (CUES_AFTER.has(keyOf(next)) || isRegionWord(keyOf(next))))
        || hit.kinds.includes("kazakh") || hit.kinds.includes("region");
      if (!cued) continue;
    }
    const start = tokens[hit.from]!.start;
    const end = tokens[hit.to]!.end;
    out.push({ start, end, text: text.slice(start, end), place: best.place, score: round(best.score) });
    i = hit.to;
  }
  return out;
}

export interface ResolveHit {
  place: GazetteerPlace;
  score: number;
  matched: string;
}

/** The best place named anywhere in a short text, case-insensitive, falling back to close misspellings. */
export function resolveText(index: PlaceIndex, text: string, country?: string): ResolveHit | null {
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const formCache: (Form[] | undefined)[] = new Array(tokens.length);
  let best: { hit: Hit; scored: Scored } | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const hit = longestAt(index, text, tokens, formCache, i);
    if (!hit) continue;
    const scored = rankEntries(index, index.entries.get(hit.key)!, hit.factor, country)[0]!;
    const span = hit.to - hit.from;
    const bestSpan = best ? best.hit.to - best.hit.from : -1;
    if (!best || span > bestSpan || (span === bestSpan && scored.score > best.scored.score)) best = { hit, scored };
  }
  if (best) {
    const start = tokens[best.hit.from]!.start;
    const end = tokens[best.hit.to]!.end;
    return { place: best.scored.place, score: round(best.scored.score), matched: text.slice(start, end) };
  }
  return fuzzy(index, text, tokens, country);
}

// Only long names are safe to correct: at five letters one edit already turns many names into others; two edits
// need nine letters.
const MIN_FUZZY = 5;
const maxEdits = (length: number) => (length >= 9 ? 2 : 1);

/** Every string obtained by deleting up to `max` characters (with the string itself). */
function deletions(word: string, max: number, out: Set<string> = new Set()): Set<string> {
  out.add(word);
  if (max === 0 || word.length <= 1) return out;
  for (let i = 0; i < word.length; i++) deletions(word.slice(0, i) + word.slice(i + 1), max - 1, out);
  return out;
}

/**
 * Symmetric-deletion index (as in SymSpell): two strings within k edits share a string reachable from each by at most
 * k deletions, so candidates come from a few hash lookups instead of comparing the query with every name.
 */
function deletionIndex(index: PlaceIndex): Map<string, string[]> {
  if (index.deletions) return index.deletions;
  const map = new Map<string, string[]>();
  for (const key of index.fuzzyKeys) {
    for (const d of deletions(key, maxEdits(key.length + 2))) {
      const list = map.get(d);
      if (list) list.push(key);
      else map.set(d, [key]);
    }
  }
  index.deletions = map;
  return map;
}

function fuzzy(index: PlaceIndex, text: string, tokens: Token[], country?: string): ResolveHit | null {
  const del = deletionIndex(index);
  let best: { key: string; dist: number; len: number; from: number; to: number } | null = null;
  // In a longer text only capitalised words may start a misspelt name; a short input is taken as a name whatever its case.
  const anyStart = tokens.length <= 3;
  for (let i = 0; i < tokens.length; i++) {
    if (!anyStart && !tokens[i]!.capitalised) continue;
    let joined = "";
    for (let j = i; j < Math.min(tokens.length, i + 3); j++) {
      joined = joined ? `${joined} ${keyOf(tokens[j]!)}` : keyOf(tokens[j]!);
      if (joined.length < MIN_FUZZY) continue;
      const candidates = [joined, ...formsOf(keyOf(tokens[j]!)).filter((f) => f.kind !== "exact" && f.kind !== "region")
        .map((f) => (j > i ? `${joined.slice(0, joined.lastIndexOf(" "))} ${f.key}` : f.key))];
      for (const q of candidates) {
        const max = maxEdits(q.length);
        const seen = new Set<string>();
        for (const d of deletions(q, max)) {
          for (const key of del.get(d) ?? []) {
            if (seen.has(key)) continue;
            seen.add(key);
            const dist = boundedEditDistance(q, key, max);
            if (dist > max) continue;
            if (!best || dist < best.dist || (dist === best.dist && q.length > best.len)) best = { key, dist, len: q.length, from: i, to: j };
          }
        }
      }
    }
  }
  if (!best) return null;
  const scored = rankEntries(index, index.entries.get(best.key)!, best.dist === 1 ? 0.8 : 0.65, country)[0]!;
  const start = tokens[best.from]!.start;
  const end = tokens[best.to]!.end;
  return { place: scored.place, score: round(scored.score), matched: text.slice(start, end) };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
