import { better, compareParsed } from "./compare.js";
import { parseName, type NamePart, type ParsedName } from "./parse.js";
import { consonantKey } from "./skeleton.js";
import type { Mention, NameContext } from "./types.js";

type Cluster = {
  id: string;
  /** Distinct written forms of the person's name (Анастасия, Nastassia), the most specific first. */
  variants: ParsedName[];
  signatures: string[];
  ctx: NameContext;
  /** Number of the mention that last looked at this cluster (saves a visited set per mention). */
  visit: number;
};

const NO_CONTEXT: NameContext = Object.freeze({});

type Item = { id: string; ctx: NameContext; parsed: ParsedName; order: number; spec: number };

/**
 * How much a mention says about who it is. Mentions are placed from the most to the least specific, so full names
 * with context found the clusters and initials or bare surnames can only join one that already exists.
 */
function specificity(p: ParsedName, ctx: NameContext): number {
  let s = 0;
  if (p.given) s += p.given.initial ? 1 : 4;
  if (p.patronymic) s += p.patronymic.initial ? 1 : 2;
  if (p.family) s += 1;
  if (p.sex) s += 0.5;
  if (ctx.birthYear != null) s += 0.2;
  if (ctx.region) s += 0.1;
  return s;
}

/** Key lists are asked for again and again for the same shared word objects: memoise them (bounded). */
const familyKeyCache = new Map<NamePart, string[]>();
const givenKeyCache = new Map<NamePart, string[]>();

function memo(cache: Map<NamePart, string[]>, part: NamePart, make: (p: NamePart) => string[]): string[] {
  let keys = cache.get(part);
  if (keys === undefined) {
    keys = make(part);
    if (cache.size >= 200_000) cache.clear();
    cache.set(part, keys);
  }
  return keys;
}

function familyKeys(part: NamePart | null): string[] {
  if (!part || part.initial) return [];
  return memo(familyKeyCache, part, makeFamilyKeys);
}

function makeFamilyKeys(part: NamePart): string[] {
  const keys = [part.key, ...part.parts.filter((p) => p !== part.key)];
  if (part.key.length >= 5) keys.push(`~${part.outline}`);
  return keys;
}

/** Initial letters a Latin writer may use for a name starting with a digraph sound (Х → Kh. or K., Ж → Zh. or Z.). */
const SHORT_INITIAL: Record<string, string[]> = {
  h: ["k"], j: ["z", "d"], w: ["s"], q: ["k", "c"], c: ["t"], e: ["i"], i: ["e"],
};

const NO_GIVEN = ["-"];

function givenKeys(part: NamePart | null): string[] {
  if (!part) return NO_GIVEN;
  return memo(givenKeyCache, part, makeGivenKeys);
}

function makeGivenKeys(part: NamePart): string[] {
  if (part.initial) return [`i:${part.key}`];
  const canonical = part.canonical;
  // The same variants compareNames accepts as one given name: қ as k or kh, vowels of long names.
  const keys = new Set([`g:${part.key}`, `g:${canonical}`, `g:${part.key.replace(/h/g, "k")}`]);
  if (part.key.length >= 6) keys.add(`g:~${part.outline}`);
  for (const name of [part.skel, canonical]) {
    const first = name.slice(0, 1);
    keys.add(`i:${first}`);
    for (const short of SHORT_INITIAL[first] ?? []) keys.add(`i:${short}`);
  }
  return [...keys];
}

/**
 * Keys of the word that stands for the family: the family name; for a Kyrgyz "Asanbek uulu Bakyt" the father's name;
 * for a lone given name the name itself.
 */
function blockFamilyKeys(p: ParsedName): string[] {
  if (p.family) return familyKeys(p.family);
  if (isKyrgyzStandIn(p)) {
    const father = p.patronymic!.father;
    return father.length >= 5 ? [father, `~${consonantKey(father)}`] : [father];
  }
  return familyKeys(p.given);
}

function isKyrgyzStandIn(p: ParsedName): boolean {
  return p.patronymic !== null && !p.patronymic.initial && p.patronymic.text.includes(" ");
}

const ANY = "*";

/**
 * Blocks are a two-level map, family key → given key → clusters, so no key strings are built per mention. A cluster
 * is filed under each family key × each given key (full, canonical, initial) and under the family key alone (ANY).
 */
type Blocks = Map<string, Map<string, Cluster[]>>;

function fileCluster(blocks: Blocks, c: Cluster, p: ParsedName): void {
  fileReading(blocks, c, p);
  if (p.alternative) fileReading(blocks, c, p.alternative);
}

function fileReading(blocks: Blocks, c: Cluster, r: ParsedName): void {
  for (const f of blockFamilyKeys(r)) {
    let inner = blocks.get(f);
    if (inner === undefined) {
      inner = new Map();
      blocks.set(f, inner);
    }
    addTo(inner, ANY, c);
    for (const g of givenKeys(r.given)) addTo(inner, g, c);
  }
}

function addTo(inner: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = inner.get(key);
  if (list === undefined) inner.set(key, [c]);
  else if (list[list.length - 1] !== c) list.push(c);
}

/**
 * Fills `out` with the cluster lists to compare a mention with: a full given name meets the same name, an initial
 * every name with its letter, a bare surname every cluster of the family.
 */
function candidates(blocks: Blocks, p: ParsedName, out: Cluster[][]): void {
  out.length = 0;
  candidatesOf(blocks, p, out);
  if (p.alternative) candidatesOf(blocks, p.alternative, out);
}

function candidatesOf(blocks: Blocks, r: ParsedName, out: Cluster[][]): void {
  for (const f of blockFamilyKeys(r)) {
    const inner = blocks.get(f);
    if (inner === undefined) continue;
    if (!r.given) {
      const list = inner.get(ANY);
      if (list) out.push(list);
      continue;
    }
    for (const g of givenKeys(r.given)) {
      if (r.given.initial || g.startsWith("g:")) {
        const list = inner.get(g);
        if (list) out.push(list);
      }
    }
  }
}

/** At most this many distinct forms per cluster are kept for comparison; beyond it new forms add nothing new. */
const MAX_VARIANTS = 8;

function signature(p: ParsedName): string {
  return `${p.given?.key ?? ""}|${p.patronymic?.father ?? ""}|${p.family?.key ?? ""}|${p.sex ?? ""}`;
}

function isFull(p: ParsedName): boolean {
  return p.given !== null && !p.given.initial && (p.family !== null || isKyrgyzStandIn(p));
}

/** Fills what the cluster's context lacks from a member's (context only, never a name part). */
function absorb(c: Cluster, ctx: NameContext): void {
  if (ctx === NO_CONTEXT) return;
  const merged: NameContext = {
    birthYear: c.ctx.birthYear ?? ctx.birthYear ?? null,
    region: c.ctx.region ?? ctx.region ?? null,
    role: c.ctx.role ?? ctx.role ?? null,
    outlet: c.ctx.outlet ?? ctx.outlet ?? null,
    sex: c.ctx.sex ?? ctx.sex ?? null,
  };
  c.ctx = merged;
}

/**
 * Groups mentions that denote one person. A mention joins a cluster only when it is compatible with exactly one
 * cluster: a full name must compare "same" with it; an initial or a bare surname need only not contradict it. A
 * mention compatible with two or more clusters (a bare "Zhumabayev" beside Nurlan and Yerlan Zhumabayev) stays alone,
 * so partial mentions never chain two people together. Context that disagrees (birth year, region, sex) separates.
 */
export function clusterMentions(mentions: Iterable<Mention & { id: string }>): Map<string, string> {
  // Identical strings recur (the same spelling in many reports): parse each once.
  const parsedCache = new Map<string, ParsedName>();
  const items: Item[] = [];
  for (const m of mentions) {
    let parsed = parsedCache.get(m.name);
    if (parsed === undefined) {
      parsed = parseName(m.name);
      if (parsedCache.size >= 100_000) parsedCache.clear();
      parsedCache.set(m.name, parsed);
    }
    const hasContext = m.birthYear != null || m.region || m.role || m.outlet || m.sex;
    const ctx: NameContext = hasContext
      ? {
          birthYear: m.birthYear ?? null,
          region: m.region ?? null,
          role: m.role ?? null,
          outlet: m.outlet ?? null,
          sex: m.sex ?? null,
        }
      : NO_CONTEXT;
    items.push({ id: m.id, ctx, parsed, order: items.length, spec: specificity(parsed, ctx) });
  }
  parsedCache.clear();
  items.sort((a, b) => b.spec - a.spec || a.order - b.order);

  const blocks: Blocks = new Map();
  const result = new Map<string, string>();

  let visit = 0;
  const lists: Cluster[][] = [];
  for (const item of items) {
    const { parsed, ctx } = item;
    const full = isFull(parsed);
    const compatible: Cluster[] = [];
    visit++;
    candidates(blocks, parsed, lists);
    search: for (const list of lists) {
      for (const c of list) {
        if (c.visit === visit) continue;
        c.visit = visit;
        // Cheap test first: two birth years two or more apart are two people whatever the names say.
        if (ctx.birthYear != null && c.ctx.birthYear != null && Math.abs(ctx.birthYear - c.ctx.birthYear) > 1) continue;
        // Best agreement over the person's written forms, unless any form rules the person out.
        let r = compareParsed(parsed, c.variants[0]!, ctx, c.ctx);
        let ruledOut = r.personConflict;
        for (let v = 1; v < c.variants.length && !ruledOut; v++) {
          const other = compareParsed(parsed, c.variants[v]!, ctx, c.ctx);
          ruledOut = other.personConflict;
          if (better(other, r)) r = other;
        }
        if (!ruledOut && (r.outcome === "same" || (!full && r.outcome === "possible"))) {
          compatible.push(c);
          if (compatible.length > 1) break search;
        }
      }
    }
    if (compatible.length === 1) {
      const c = compatible[0]!;
      absorb(c, ctx);
      const sig = signature(parsed);
      if (full && c.variants.length < MAX_VARIANTS && !c.signatures.includes(sig)) {
        c.variants.push(parsed);
        c.signatures.push(sig);
        fileCluster(blocks, c, parsed);
      }
      result.set(item.id, c.id);
      continue;
    }
    result.set(item.id, item.id);
    // A mention compatible with several people founds no cluster: nothing may join it later.
    if (compatible.length > 1) continue;
    const c: Cluster = { id: item.id, variants: [parsed], signatures: [signature(parsed)], ctx, visit };
    fileCluster(blocks, c, parsed);
  }
  return result;
}
