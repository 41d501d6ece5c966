/**
 * Lists naming the people of a report that named none: "They are X, Y and Z", "those detained were X; Y", one name
 * per line under a clause ending in a colon, members of a trial named as defendants.
 */
import type { IncidentType } from "../contract/vocab.js";
import { readLegal } from "./legal.js";
import { CUSTODY, dedupe, type Entity, type Mention, type Pending } from "./model.js";
import type { Sentence } from "./text.js";
import { refineType } from "./triggers.js";
import { ALIAS_EN } from "./victims-en.js";

export const NAMED_EN = /^(?:(?:they|these)\s+(?:are|were)(?:\s+identified\s+as)?|among (?:them|those|the (?:detainees|detained|convicted|sentenced)) (?:was|were|is|are)(?: also)?)\s*:?\s*/i;
export const NAMED_RU = /^(?:это|ими (?:оказались|стали|были)|их имена|их зовут|среди них(?: (?:оказались|были|есть|также|и))?)\s*[:—–-]?\s*/iu;
export const LIST_HEAD = /(?:сизо|под страж|задерж|арест|обыск|заключени|custody|detain|arrest|jail|prison|held|search|имена|names|следующ|списо?к|list)/i;
/** Kinds a later list of names ("The detained are: …", one name per line after a colon) can report for each. */
export const LISTABLE = new Set<IncidentType>(["detention", "administrative_arrest", "criminal_arrest", "house_arrest", "search", "charge", "sentence", "fine", "release"]);
// A line ending in a colon that points back at a group reported earlier, one name per line after it: "Those
// sentenced are:", "The names of the activists are:", "the following journalists were …:", "Имена задержанных:".
// The participle, when there is one, says which of the group's reports the names belong to.
export const LINE_REF_EN = /\b(?:(?:those|the (?:people|persons|journalists|reporters|activists|defendants|protesters|individuals|men|women))\s+(detained|arrested|imprisoned|jailed|held|sentenced|convicted|charged|deported|expelled|released|freed|fined|searched)|the (detained|arrested|imprisoned|sentenced|convicted|deported|released)\b|names of (?:the |these |those )?|the (detainees|deportees|defendants|convicts|prisoners)\b|the following\b)[^:]{0,80}:$/i;
export const LINE_REF_RU = /(?:(?:имена|фамилии|списо?к\p{L}*)\s+(?:\p{L}+\s+){0,2}?(задержанн|арестованн|осужденн|осуждённ|обвиняем|депортированн|выдворенн|освобожденн|освобождённ|оштрафованн)\p{L}*|^(задержанн|арестованн|осужденн|осуждённ|депортированн|освобожденн|освобождённ)\p{L}*|(?:это|ими оказались|их имена|их зовут|следующ\p{L}*))[^:]{0,80}:$/iu;
export const REF_KIND: [RegExp, (t: IncidentType) => boolean][] = [
  [/^(?:detain|held|detainee|задержанн)/i, (t) => CUSTODY.has(t)],
  [/^(?:arrest|арестованн)/i, (t) => CUSTODY.has(t)],
  [/^(?:imprison|jail|sentenc|convict|prisoner|осужд)/i, (t) => t === "sentence"],
  [/^(?:charg|defendant|обвиняем)/i, (t) => t === "charge" || t === "sentence"],
  [/^(?:deport|expel|депорт|выдвор)/i, (t) => t === "deportation"],
  [/^(?:releas|freed|освобожд)/i, (t) => t === "release"],
  [/^(?:fined|оштраф)/i, (t) => t === "fine"],
  [/^(?:search)/i, (t) => t === "search"],
];
export const DEFENDANT_EN = /\bdefendants?\s+\p{Lu}/u;
/** A sentence about a group already reported: "The activists were …", "They were …", "All of them were …". */
export const GROUP_SUBJECT_EN = /^\s*(?:the (?:[a-z-]+ )?(?:activists|defendants|journalists|detainees|protesters|reporters|bloggers|members|employees|accused|men|women)|they|all of them)\b/i;
// "those detained in connection with the case were", "The imprisoned are:", "the people arrested include".
const LIST_REF_EN = /\b(?:those|the(?: people| journalists| reporters| activists)?)\s+(detained|arrested|imprisoned|jailed|held)\b[^.;:—–]{0,60}?\s(?:are|were|include[sd]?)\b\s*:?/gi;
// "All of the journalists were freed at midnight except for X, Y and Z": those still held.
const EXCEPT_EN = /\b(?:released|freed|let go)\b[^.;:]{0,60}?\bexcept(?: for)?\s+/gi;
// "at least nine of them – X, Y, …, and Z –": members of a counted group just reported.
const OF_THEM_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|most|all) of (?:them|those|the (?:detained|arrested|detainees))\s*[—–-]\s*/gi;

/** One pending report per kind, the latest first. */
export function dedupeKinds(kinds: Pending[]): Pending[] {
  const out: Pending[] = [];
  for (const k of [...kinds].reverse()) {
    const same = out.findIndex((o) => o.refined === k.refined);
    if (same < 0) out.push(k);
    // "Police detained 28 journalists on Wednesday. Most of the detained reporters …": the dated report wins.
    else if (!out[same]?.date && k.date) out[same] = k;
  }
  return out;
}

/**
 * "those detained in connection with the case were photographer X; deputy director Y; Z, who …", "The imprisoned
 * are: X, Y and Z", "at least nine of them – X, …, and Z – were …": a list naming the members of a group whose
 * custody was reported (in this or the previous sentence) without names.
 */
export function listReferences(s: Sentence, mentions: Mention[], recent: Pending[], lang: "en" | "ru", criminalCase: boolean): { entities: Entity[]; kinds: Pending[] }[] {
  const out: { entities: Entity[]; kinds: Pending[] }[] = [];
  const held = recent.filter((p) => CUSTODY.has(p.refined) || p.refined === "house_arrest");
  // The charges the same report gave the counted group ("six journalists … on smuggling charges").
  const custody = dedupeKinds([...held, ...recent.filter((p) => p.refined === "charge" && held.some((h) => h.si === p.si && h.counted))]);
  const tokens = s.tokens;
  const tokenAt = (pos: number): number => tokens.findIndex((t) => t.start >= pos);
  for (const re of [LIST_REF_EN, OF_THEM_EN, EXCEPT_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const from = tokenAt(s.start + m.index + m[0].length);
      if (from < 0) continue;
      // The list runs to the closing dash, or to the end of the sentence.
      let to = tokens.length;
      if (re === OF_THEM_EN) {
        const close = tokens.findIndex((t, k) => k > from && /^[—–-]$/.test(t.text));
        if (close < 0) continue;
        to = close;
      }
      // Listed as detained, a title ("deputy director Y") is no official's.
      const listable = (x: Mention): boolean => !x.possessor && !x.speaker && !x.commentator && !x.entity.relative;
      const first = mentions.find((x) => x.first >= from && x.last <= to && listable(x));
      // The names must follow at once, past a role word or two ("were photographer X").
      if (!first || tokens.slice(from, first.first).some((t) => !t.word || t.cap) || first.first - from > 3) continue;
      const kinds: Pending[] = [...custody];
      const verb = (m[1] ?? "").toLowerCase();
      // Those not freed are still held: the custody only, which must have been reported.
      if (re === EXCEPT_EN && !held.some((h) => h.counted)) continue;
      if (re === LIST_REF_EN && (verb === "detained" || verb === "arrested") && !kinds.some((k) => k.refined === "detention" || verb === "arrested")) {
        const type: IncidentType = verb === "detained" ? "detention" : refineType("arrest", s.text, readLegal(s.text, lang), lang, criminalCase);
        kinds.push({ type, date: undefined, place: undefined, until: 0, si: 0, refined: type, legal: { articles: [], sentence: null }, counted: true });
      }
      if (!kinds.length) continue;
      const inList = mentions.filter((x) => x.first >= first.first && x.last <= to && listable(x) && !ALIAS_EN.test(tokens[x.first - 1]?.lower ?? ""));
      const semis = tokens.slice(from, to).some((t) => t.text === ";");
      // Items split by semicolons carry clauses of their own ("Z, who was detained with Testova"): the first name of each.
      const people = semis ? inList.filter((x) => !inList.some((y) => y.first < x.first && !tokens.slice(y.last, x.first).some((t) => t.text === ";"))) : inList;
      // "In addition to X, the detained journalists are …": X is one of them.
      const lead = /^(?:in addition to|besides|apart from)\s/i.test(s.text) ? mentions.find((x) => x.first <= 4 && x.last < from && tokens[x.last]?.text === "," && listable(x)) : undefined;
      out.push({ entities: dedupe([...(lead ? [lead] : []), ...people].map((x) => x.entity)), kinds });
    }
  }
  return out;
}

export const MEMBERS_EN = /^\s*(?:(?:they|these|those)\s+(?:include[sd]?|included)\s*:?\s*|among (?:the|those)\b(?! (?:detained|arrested|detainees|convicted|sentenced) (?:was|were|is|are)\b)[^.;:]{0,100}?\b(?:were|was|are|is)\s+(?:also\s+)?)/i;
/**
 * "former deputy X, retired colonel Y, Z (assistant to W), activists A and B": the names from `from` on, each within
 * a few words of the one before, past titles; a name in brackets is a note about the one before it.
 */
export function titledList(s: Sentence, mentions: Mention[], from: number): Entity[] {
  const out: Entity[] = [];
  let prevEnd = s.tokens[from]?.start ?? s.end;
  for (const m of mentions) {
    if (m.first < from || m.possessor || m.speaker || m.entity.relative) continue;
    const gap = s.text.slice(prevEnd - s.start, m.start - s.start);
    if (/\([^)]*$/.test(gap)) continue;
    const clean = gap.replace(/\([^()]{0,60}\)/g, " ");
    const words = clean.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (/[;:]|\.\s/.test(clean.replace(/\b\p{L}\./gu, "")) || words > 6 || (out.length > 0 && !/,|\band\b/.test(clean))) break;
    out.push(m.entity);
    prevEnd = m.end;
  }
  return dedupe(out);
}

/** "the defendants A, B (deceased), C and D": names after a plural noun, joined by commas or "and" alone. */
export function commaList(m: Mention, mentions: Mention[], s: Sentence): Entity[] {
  const out: Entity[] = [m.entity];
  let a = m;
  for (const b of mentions) {
    if (b.first <= a.first) continue;
    const gap = s.text.slice(a.end - s.start, b.start - s.start).replace(/^\s*\([^()]{1,30}\)/, "");
    if (!/^\s*(?:,|,?\s*and)\s*$/.test(gap) || b.possessor || b.entity.official || b.entity.relative) break;
    out.push(b.entity);
    a = b;
  }
  return dedupe(out);
}
