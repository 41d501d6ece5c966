import { better, compareParsed, readings } from "./compare.js";
import { lookupGiven } from "./lexicon.js";
import { parseName, type NamePart, type ParsedName } from "./parse.js";
import { consonantKey } from "./skeleton.js";
import type { Mention, NameContext } from "./types.js";

type Cluster = {
  id: string;
  /** Distinct written forms of the person's name (Анастасия, Nastassia), the most specific first. */
  variants: ParsedName[];
  signatures: Set<string>;
  ctx: NameContext;
  /** Born of an ambiguous mention (compatible with several people): it takes no further members. */
  closed: boolean;
  keys: Set<string>;
};

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

function familyKeys(part: NamePart | null): string[] {
  if (!part || part.initial) return [];
  const keys = [part.key, ...part.parts.filter((p) => p !== part.key)];
  if (part.key.length >= 5) keys.push(`~${consonantKey(part.key)}`);
  return keys;
}

/** Initial letters a Latin writer may use for a name starting with a digraph sound (Х → Kh. or K., Ж → Zh. or Z.). */
const SHORT_INITIAL: Record<string, string[]> = {
  h: ["k"], j: ["z", "d"], w: ["s"], q: ["k", "c"], c: ["t"], e: ["i"], i: ["e"],
};

function givenKeys(part: NamePart | null): string[] {
  if (!part) return ["-"];
  if (part.initial) return [`i:${part.key}`];
  const canonical = lookupGiven(part.skel).canonical;
  // The same variants compareNames accepts as one given name: қ as k or kh, vowels of long names.
  const keys = new Set([`g:${part.key}`, `g:${canonical}`, `g:${part.key.replace(/h/g, "k")}`]);
  if (part.key.length >= 6) keys.add(`g:~${consonantKey(part.key)}`);
  for (const name of [part.skel, canonical]) {
    const first = name.slice(0, 1);
    keys.add(`i:${first}`);
    for (const short of SHORT_INITIAL[first] ?? []) keys.add(`i:${short}`);
  }
  return [...keys];
}

function familyOrStandIn(p: ParsedName): NamePart | null {
  if (p.family) return p.family;
  if (p.patronymic && !p.patronymic.initial && p.patronymic.text.includes(" ")) {
    return { ...p.patronymic, key: p.patronymic.father, parts: [p.patronymic.father] };
  }
  return p.given;
}

/** Block keys under which a cluster is filed: family key × given key (full, canonical and initial), plus family alone. */
function clusterKeys(p: ParsedName): string[] {
  const out: string[] = [];
  for (const r of readings(p)) {
    for (const f of familyKeys(familyOrStandIn(r))) {
      out.push(`${f}|*`);
      for (const g of givenKeys(r.given)) out.push(`${f}|${g}`);
    }
  }
  return out;
}

/** Keys to look a mention up by: a full given name meets the same name; an initial meets every name with its letter. */
function lookupKeys(p: ParsedName): string[] {
  const out: string[] = [];
  for (const r of readings(p)) {
    for (const f of familyKeys(familyOrStandIn(r))) {
      if (!r.given) {
        out.push(`${f}|*`);
        continue;
      }
      if (r.given.initial) {
        out.push(`${f}|i:${r.given.key}`);
        continue;
      }
      for (const g of givenKeys(r.given)) if (g.startsWith("g:")) out.push(`${f}|${g}`);
    }
  }
  return out;
}

/** At most this many distinct forms per cluster are kept for comparison; beyond it new forms add nothing new. */
const MAX_VARIANTS = 8;

function signature(p: ParsedName): string {
  return `${p.given?.key ?? ""}|${p.patronymic?.father ?? ""}|${p.family?.key ?? ""}|${p.sex ?? ""}`;
}

function isFull(p: ParsedName): boolean {
  return p.given !== null && !p.given.initial && familyOrStandIn(p) !== p.given;
}

/** Fills what the cluster's representative lacks from a less specific member (context only, never a name part). */
function absorb(c: Cluster, ctx: NameContext): void {
  c.ctx = {
    birthYear: c.ctx.birthYear ?? ctx.birthYear ?? null,
    region: c.ctx.region ?? ctx.region ?? null,
    role: c.ctx.role ?? ctx.role ?? null,
    outlet: c.ctx.outlet ?? ctx.outlet ?? null,
    sex: c.ctx.sex ?? ctx.sex ?? null,
  };
}

/**
 * Groups mentions that denote one person. A mention joins a cluster only when it is compatible with exactly one
 * cluster: a full name must compare "same" with it; an initial or a bare surname need only not contradict it. A
 * mention compatible with two or more clusters (a bare "Zhumabayev" beside Nurlan and Yerlan Zhumabayev) stays alone,
 * so partial mentions never chain two people together. Context that disagrees (birth year, region, sex) separates.
 */
export function clusterMentions(mentions: Iterable<Mention & { id: string }>): Map<string, string> {
  const items: { id: string; ctx: NameContext; name: string; order: number; spec: number }[] = [];
  for (const m of mentions) {
    const ctx: NameContext = {
      birthYear: m.birthYear ?? null,
      region: m.region ?? null,
      role: m.role ?? null,
      outlet: m.outlet ?? null,
      sex: m.sex ?? null,
    };
    items.push({ id: m.id, ctx, name: m.name, order: items.length, spec: specificity(parseName(m.name), ctx) });
  }
  items.sort((a, b) => b.spec - a.spec || a.order - b.order);

  const blocks = new Map<string, Cluster[]>();
  const result = new Map<string, string>();
  const file = (c: Cluster, p: ParsedName): void => {
    for (const k of clusterKeys(p)) {
      if (c.keys.has(k)) continue;
      c.keys.add(k);
      const list = blocks.get(k);
      if (list) list.push(c);
      else blocks.set(k, [c]);
    }
  };

  for (const item of items) {
    const parsed = parseName(item.name);
    const full = isFull(parsed);
    const seen = new Set<Cluster>();
    const compatible: Cluster[] = [];
    search: for (const key of lookupKeys(parsed)) {
      for (const c of blocks.get(key) ?? []) {
        if (seen.has(c) || c.closed) continue;
        seen.add(c);
        // Best agreement over the person's written forms, unless any form rules the person out.
        let r = compareParsed(parsed, c.variants[0]!, item.ctx, c.ctx);
        let ruledOut = r.personConflict;
        for (let v = 1; v < c.variants.length && !ruledOut; v++) {
          const other = compareParsed(parsed, c.variants[v]!, item.ctx, c.ctx);
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
      absorb(c, item.ctx);
      const sig = signature(parsed);
      if (full && c.variants.length < MAX_VARIANTS && !c.signatures.has(sig)) {
        c.variants.push(parsed);
        c.signatures.add(sig);
        file(c, parsed);
      }
      result.set(item.id, c.id);
      continue;
    }
    const c: Cluster = {
      id: item.id,
      variants: [parsed],
      signatures: new Set([signature(parsed)]),
      ctx: item.ctx,
      closed: compatible.length > 1,
      keys: new Set(),
    };
    if (!c.closed) file(c, parsed);
    result.set(item.id, c.id);
  }
  return result;
}
