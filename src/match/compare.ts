import { lookupGiven } from "./lexicon.js";
import { parseName, type NamePart, type ParsedName } from "./parse.js";
import { consonantKey, skeleton, stemOf } from "./skeleton.js";
import { editDistance, jaroWinkler } from "./similarity.js";
import { matchReasonText, type MatchReason, type MatchReasonCode } from "../contract/reason-codes.js";
import type { MatchOutcome, MatchResult, Mention, NameContext } from "./types.js";

type Relation = "equal" | "variant" | "initial" | "similar" | "typo" | "part" | "missing" | "different";

/** An initial may drop the second letter of a digraph: K. for Kh/Х, Z. for Zh/Ж, S. for Sh/Ш, Д. for Джамшид. */
const DIGRAPH_INITIAL: Record<string, string[]> = { h: ["k"], j: ["z", "d"], w: ["s"], q: ["k", "c"], c: ["t"] };

/** Skeleton letters an initial can stand for: Е/Ye/E and Ю/Я/Yu/Ya/Y all begin "e" or "i" depending on the system. */
function initialsOf(part: NamePart): Set<string> {
  const first = part.skel.slice(0, 1);
  const out = new Set<string>([first]);
  if (!part.initial) for (const short of DIGRAPH_INITIAL[first] ?? []) out.add(short);
  const letter = part.text.normalize("NFC").slice(0, 1).toLowerCase();
  if ("еёэєyюяй".includes(letter) || first === "e") {
    out.add("e");
    out.add("i");
  }
  return out;
}

function initialsAgree(a: NamePart, b: NamePart): boolean {
  if (a.initial && b.initial) {
    const x = initialsOf(a);
    for (const c of initialsOf(b)) if (x.has(c)) return true;
    return false;
  }
  const [ini, full] = a.initial ? [a, b] : [b, a];
  if (initialsOf(full).has(ini.key)) return true;
  // A diminutive's initial (Sasha → S.) may be written for the full name and the other way round.
  return full.canonical.slice(0, 1) === ini.key;
}

function givenRelation(a: NamePart | null, b: NamePart | null): Relation {
  if (!a || !b) return "missing";
  if (a.initial || b.initial) return initialsAgree(a, b) ? "initial" : "different";
  if (a.key === b.key) return "equal";
  if (a.canonical === b.canonical) return "equal";
  const ia = lookupGiven(a.skel);
  const ib = lookupGiven(b.skel);
  // Both recognised as different names: Marat and Murat are one letter apart and two people.
  if (ia.known && ib.known) return "different";
  // Kazakh қ is written к, х, q, k or kh (Бақытжан, Бахытжан, Bakhytzhan); long names with one outline are one name
  // spelt with other vowels (Ажиниёз, Ajiniyaz).
  if (a.key.replace(/h/g, "k") === b.key.replace(/h/g, "k")) return "equal";
  if (Math.min(a.key.length, b.key.length) >= 6 && a.outline === b.outline) return "equal";
  if (a.key.length >= 4 && a.key[0] === b.key[0] && editDistance(a.key, b.key, 1) <= 1) return "similar";
  return "different";
}

function familyRelation(a: NamePart | null, b: NamePart | null): Relation {
  if (!a || !b) return "missing";
  if (a.initial || b.initial) return a.key[0] === b.key[0] ? "initial" : "different";
  if (a.key === b.key) return "equal";
  if (a.key.length >= 5 && a.outline === b.outline && jaroWinkler(a.key, b.key) >= 0.75)
    return "variant";
  if (a.parts.length > 1 || b.parts.length > 1) {
    for (const p of a.parts) if (b.parts.includes(p) || p === b.key) return "part";
    for (const p of b.parts) if (p === a.key) return "part";
  }
  if (Math.min(a.key.length, b.key.length) >= 6 && editDistance(a.key, b.key, 1) <= 1) return "typo";
  return "different";
}

function patronymicRelation(a: ParsedName, b: ParsedName): Relation {
  const pa = a.patronymic;
  const pb = b.patronymic;
  if (!pa || !pb) return "missing";
  if (pa.initial || pb.initial) return initialsAgree(pa, pb) ? "initial" : "different";
  if (pa.father === pb.father) return "equal";
  // Belarusian and Russian forms of the father's name (Рыгоравіч/Григорьевич, Віктаравіч/Викторович).
  const ca = lookupGiven(pa.father);
  const cb = lookupGiven(pb.father);
  if (ca.known && cb.known && ca.canonical === cb.canonical) return "equal";
  const [short, long] = pa.father.length <= pb.father.length ? [pa.father, pb.father] : [pb.father, pa.father];
  // Сергеевич keeps the -e- of Сергей that the stem of Сергей drops.
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2) return "equal";
  // One letter off with the same first letter is a slip (Kemeluly/Kemluly), not another father; Serik and Berik are.
  if (short[0] === long[0] && short.length >= 4 && editDistance(short, long, 1) <= 1) return "missing";
  return "different";
}

/** A Kyrgyz "Asanbek uulu Nurbek" has no family name: the father's name with uulu stands in for it. */
function familyOf(p: ParsedName): NamePart | null {
  if (p.family) return p.family;
  if (p.patronymic && !p.patronymic.initial && p.patronymic.text.includes(" ")) {
    const father = p.patronymic.father;
    return { ...p.patronymic, key: father, parts: [father], outline: consonantKey(father), canonical: father };
  }
  return null;
}

function regionWords(region: string): string[] {
  return region
    .split(/[\s,.\-–/]+/)
    .map((w) => stemOf(skeleton(w)))
    .filter((w) => w.length >= 3 && !/^(oblast|region|obli|gorod|cit|district|raion|audan|ob|kr|g|ul)$/.test(w));
}

function regionsAgree(a: string, b: string): boolean {
  const wa = regionWords(a);
  const wb = regionWords(b);
  if (wa.length === 0 || wb.length === 0) return true;
  return wa.some((x) => wb.some((y) => x === y || jaroWinkler(x, y) >= 0.88));
}

function sameText(a: string, b: string): boolean {
  return stemOf(skeleton(a.replace(/\s+/g, ""))) === stemOf(skeleton(b.replace(/\s+/g, "")));
}

/** Context checks: disagreement on birth year, region or sex separates; agreement is supporting evidence. */
function compareContext(a: NameContext, b: NameContext, reasons: MatchReason[]): { conflict: boolean; support: number } {
  let conflict = false;
  let support = 0;
  if (a.birthYear != null && b.birthYear != null) {
    const d = Math.abs(a.birthYear - b.birthYear);
    if (d === 0) {
      reasons.push({ code: "birth_year_equal" });
      support += 0.1;
    } else if (d === 1) {
      reasons.push({ code: "birth_years_apart", params: { count: 1 } });
    } else {
      reasons.push({ code: "birth_years_differ", params: { count: d } });
      conflict = true;
    }
  }
  if (a.region && b.region) {
    if (regionsAgree(a.region, b.region)) {
      reasons.push({ code: "region_agrees" });
      support += 0.05;
    } else {
      reasons.push({ code: "regions_differ" });
      conflict = true;
    }
  }
  if (a.outlet && b.outlet && sameText(a.outlet, b.outlet)) {
    reasons.push({ code: "same_outlet" });
    support += 0.05;
  }
  if (a.role && b.role && sameText(a.role, b.role)) {
    reasons.push({ code: "same_role" });
    support += 0.03;
  }
  return { conflict, support };
}

const RANK: Record<MatchOutcome, number> = { different: 0, possible: 1, same: 2 };

/** Whether `x` is better evidence of identity than `y`. */
export function better(x: MatchResult, y: MatchResult): boolean {
  return RANK[x.outcome] > RANK[y.outcome] || (RANK[x.outcome] === RANK[y.outcome] && x.score > y.score);
}


// A typo and a similar given name are one edit apart (editDistance with a limit of 1).
const FAMILY_REASON: Partial<Record<Relation, MatchReason>> = {
  equal: { code: "family_equal" },
  variant: { code: "family_variant" },
  part: { code: "family_part" },
  typo: { code: "family_letters_apart", params: { count: 1 } },
  initial: { code: "family_initial" },
};
const GIVEN_REASON: Partial<Record<Relation, MatchReason>> = {
  equal: { code: "given_equal" },
  initial: { code: "given_initial" },
  similar: { code: "given_letters_apart", params: { count: 1 } },
  missing: { code: "given_missing" },
};
const PATRONYMIC_REASON: Partial<Record<Relation, MatchReason>> = {
  equal: { code: "patronymic_equal" },
  initial: { code: "patronymic_initial" },
};
const reason = (code: MatchReasonCode): MatchReason => ({ code });

const FAMILY_WEIGHT: Partial<Record<Relation, number>> = { equal: 0.5, variant: 0.42, part: 0.35, typo: 0.3, initial: 0.15 };
const GIVEN_WEIGHT: Partial<Record<Relation, number>> = { equal: 0.3, similar: 0.15, initial: 0.12 };
const PATRONYMIC_WEIGHT: Partial<Record<Relation, number>> = { equal: 0.12, initial: 0.05 };

/**
 * A result plus whether the disagreement is about the person rather than the spelling: different patronymics, sex,
 * birth years or regions rule a person out, while a given name that does not match one written form may match another.
 */
export type Judged = MatchResult & { personConflict: boolean };

function judged(outcome: MatchOutcome, score: number, reasonCodes: MatchReason[], personConflict: boolean): Judged {
  return { outcome, score, reasons: reasonCodes.map(matchReasonText), reasonCodes, personConflict };
}

function decide(a: ParsedName, b: ParsedName, ca: NameContext, cb: NameContext): Judged {
  const reasons: MatchReason[] = [];
  const sexA = ca.sex ?? a.sex;
  const sexB = cb.sex ?? b.sex;
  const family = familyRelation(familyOf(a), familyOf(b));
  const given = givenRelation(a.given, b.given);
  const patronymic = patronymicRelation(a, b);

  let conflict = false;
  if (family === "different") {
    reasons.push(reason("family_differ"));
    conflict = true;
  } else if (FAMILY_REASON[family]) reasons.push(FAMILY_REASON[family]!);
  else reasons.push(reason("family_missing"));

  if (given === "different") {
    reasons.push(reason("given_differ"));
    conflict = true;
  } else if (GIVEN_REASON[given]) reasons.push(GIVEN_REASON[given]!);

  let personConflict = false;
  if (patronymic === "different") {
    reasons.push(reason("patronymic_differ"));
    conflict = true;
    personConflict = true;
  } else if (PATRONYMIC_REASON[patronymic]) reasons.push(PATRONYMIC_REASON[patronymic]!);
  else if (a.patronymic || b.patronymic) reasons.push(reason("patronymic_missing"));

  if (sexA && sexB && sexA !== sexB) {
    reasons.push(reason("sex_differ"));
    conflict = true;
    personConflict = true;
  } else if ((sexA === null) !== (sexB === null) && (a.familyForm === "ambiguous" || b.familyForm === "ambiguous")) {
    reasons.push(reason("sex_ambiguous_a_form"));
  }

  const context = compareContext(ca, cb, reasons);
  conflict ||= context.conflict;
  personConflict ||= context.conflict;

  let score =
    (FAMILY_WEIGHT[family] ?? 0) + (GIVEN_WEIGHT[given] ?? 0) + (PATRONYMIC_WEIGHT[patronymic] ?? 0) + context.support;
  if (sexA && sexA === sexB) score += 0.03;
  score = Math.min(1, Math.max(0, score));

  if (conflict) return judged("different", Math.min(score, 0.2), reasons, personConflict);

  const familyFirm = family === "equal" || family === "variant";
  const familyLoose = familyFirm || family === "part" || family === "typo";
  const strongerEvidence = patronymic === "equal" || (ca.birthYear != null && ca.birthYear === cb.birthYear);
  let outcome: MatchOutcome;
  if (family === "equal" && given === "equal") outcome = "same";
  else if (family === "variant" && given === "equal") outcome = "same";
  else if (family === "part" && given === "equal") outcome = "same";
  else if (family === "typo" && given === "equal" && strongerEvidence) outcome = "same";
  else if (familyLoose) outcome = "possible";
  else if (family === "missing" && given === "equal") outcome = "possible";
  else if (family === "initial" && given === "equal") outcome = "possible";
  else outcome = "different";

  if (outcome === "different") {
    reasons.push(reason("too_little_in_common"));
    return judged(outcome, Math.min(score, 0.3), reasons, personConflict);
  }
  if (outcome === "same") score = Math.max(score, 0.8);
  else score = Math.min(Math.max(score, 0.4), 0.79);
  return judged(outcome, Math.round(score * 1000) / 1000, reasons, personConflict);
}

/** Compares two parsed names with their contexts, trying both orders where the parser could not tell. */
export function compareParsed(a: ParsedName, b: ParsedName, ca: NameContext, cb: NameContext): Judged {
  let best = decide(a, b, ca, cb);
  // Where the parser guessed the order, the other reading may be the right one.
  const consider = (x: ParsedName, y: ParsedName): void => {
    const r = decide(x, y, ca, cb);
    if (better(r, best)) best = r;
  };
  if (a.alternative) consider(a.alternative, b);
  if (b.alternative) {
    consider(a, b.alternative);
    if (a.alternative) consider(a.alternative, b.alternative);
  }
  return best;
}

function plain(r: Judged): MatchResult {
  return { outcome: r.outcome, score: r.score, reasons: r.reasons, reasonCodes: r.reasonCodes };
}

/** A search judges one query against many candidates: the query (and popular names) are parsed once. */
const parsedCache = new Map<string, ParsedName>();

function parseCached(name: string): ParsedName {
  let p = parsedCache.get(name);
  if (p === undefined) {
    p = parseName(name);
    if (parsedCache.size >= 20_000) parsedCache.clear();
    parsedCache.set(name, p);
  }
  return p;
}

export function compareNames(a: Mention, b: Mention): MatchResult {
  return plain(compareParsed(parseCached(a.name), parseCached(b.name), a, b));
}

/** Best evidence over every pair of the two people's names, judged with both people's context. */
export function comparePeople(
  a: NameContext & { names: string[] },
  b: NameContext & { names: string[] },
): MatchResult {
  let best: Judged | null = null;
  const pb = b.names.map(parseCached);
  for (const na of a.names) {
    const pa = parseCached(na);
    for (const q of pb) {
      const r = compareParsed(pa, q, a, b);
      if (best === null || better(r, best)) best = r;
    }
  }
  return best ? plain(best) : plain(judged("different", 0, [reason("no_names")], false));
}
