/**
 * Lists naming the people of a report that named none: "They are X, Y and Z", "those detained were X; Y", one name
 * per line under a clause ending in a colon, a sentence opening with as many names as a report just counted, members
 * of a trial named as defendants.
 */
import type { IncidentType } from "../contract/vocab.js";
import { countIn, groupCount, theCount } from "./counts.js";
import { readLegal } from "./legal.js";
import { CUSTODY, dedupe, eligible, type Entity, LISTABLE, type Mention, type Pending } from "./model.js";
import { type DocState, incidentOf, type SentenceView } from "./state.js";
import type { Sentence, Token } from "./text.js";
import { refineType } from "./triggers.js";
import { ALIAS_EN } from "./victims-en.js";
import { group, namedBetween } from "./victims.js";

/** People a list names, and the kinds of report it names them for. */
export interface Listed {
  entities: Entity[];
  kinds: Pending[];
}

/**
 * Names a list gives for a group reported without them, rule by rule: "those detained … were X; Y", "nine of them –
 * X, Y –", one name per line under "…будут находиться:". `reported`: the sentence has victims of its own.
 */
export function namedLists(doc: DocState, v: SentenceView, reported: boolean): Listed[] {
  const { lang } = doc;
  const { s, si, mentions } = v;
  const listed: Listed[] = [];
  lineListItem(doc, v, listed);
  namedAfterReport(doc, v, listed);
  const opening = mentions.find((m) => m.first === 0 && eligible(m)) ?? (lang === "ru" && mentions.length >= 3 ? mentions.find(eligible) : undefined);
  if (opening) countedOpening(doc, v, listed, opening);
  if (lang === "en" && !reported) namedAmongThem(doc, v, listed);
  if (lang === "ru" && !reported && opening) ellipticName(doc, v, listed, opening);
  if (lang === "ru" && !reported) inParticular(doc, v, listed);
  if (lang === "en") listed.push(...listReferences(s, mentions, doc.pending.filter((p) => p.si >= si - 1 || p.counted), lang, doc.criminalCase));
  if (lang === "en" && !reported) membersNamed(doc, v, listed);
  if (lang === "en") defendants(v, listed);
  return listed;
}

/**
 * A line of the list under a clause ending in a colon: the name opening it. One blank line may separate the lines
 * ("● X", "Y,", "Z (independent journalist)").
 */
function lineListItem(doc: DocState, v: SentenceView, listed: Listed[]): void {
  const { s, mentions, listLine } = v;
  if (doc.lineList && listLine) {
    const head = mentions.find((m) => m.first <= 1 && eligible(m));
    if (head && s.tokens.slice(0, head.first).every((t) => !t.word)) {
      listed.push({ entities: [head.entity], kinds: doc.lineList.kinds });
      doc.lineList.paragraph = s.paragraph;
    } else doc.lineList = null;
  } else doc.lineList = null;
}

/**
 * A counted report ("Six journalists were detained …") holds for a few sentences; an uncounted one for the next.
 * "Police detained three journalists. They are X, Y and Z." / "Задержаны трое журналистов. Это X, Y и Z.": the
 * sentence right after a counted report names its people.
 */
function namedAfterReport(doc: DocState, v: SentenceView, listed: Listed[]): void {
  const { text, lang } = doc;
  const { s, si, mentions } = v;
  const naming = (lang === "en" ? NAMED_EN : NAMED_RU).exec(s.text);
  const nameFirst = naming ? mentions.find((m) => m.start >= s.start + naming[0].length && eligible(m)) : undefined;
  // "Among them was the activist X": only lower-case words (a title) between the cue and the name.
  // An outlet's quoted name may stand in the title ("экс-издатель «Медузы» X").
  const titleOnly = naming && nameFirst ? /^[\p{Ll}\s-]*$/u.test(text.slice(s.start + naming[0].length, nameFirst.start).replace(/«[^»]{1,40}»|"[^"]{1,40}"|“[^”]{1,40}”/g, " ")) : false;
  if (naming && nameFirst && (nameFirst.start - s.start <= naming[0].length + 1 || titleOnly)) {
    const kinds = dedupeKinds(doc.pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
    // "Это X — 14 лет, Y — 15, Z — 14": each name with its own term after a dash.
    const dashed = mentions.filter((m) => m.first >= nameFirst.first && eligible(m) && /^[—–-]$/.test(s.tokens[m.last]?.text ?? "") && /^\d/.test(s.tokens[m.last + 1]?.text ?? ""));
    if (kinds.length) listed.push({ entities: dashed.length >= 2 && dashed[0] === nameFirst ? dedupe(dashed.map((m) => m.entity)) : group(nameFirst, mentions, s, lang), kinds });
  }
}

/**
 * "Police detained four activists at the request of Tashkent. A, B, C and D all stand accused of …": a sentence
 * that opens with exactly as many names as a report just before it counted names its people. The count must
 * match exactly; up to two sentences of background may stand between them.
 * In Russian the list may stand anywhere in the sentence ("…рассматривал меру пресечения в отношении A, B, …, G",
 * "«A, B, … и E признать виновными»"), when it names at least three: so many names counted alike is no chance.
 */
function countedOpening(doc: DocState, v: SentenceView, listed: Listed[], opening: Mention): void {
  const { lang, sentences } = doc;
  const { s, si, mentions } = v;
  // Grouping the names costs more than finding a counted report, so only when there is one.
  const recent = !listed.length ? [...doc.pending, ...doc.groups.filter((g) => !doc.pending.includes(g))].filter((p) => p.si < si && p.si >= si - 3 && p.counted) : [];
  if (!recent.length) return;
  let members = group(opening, mentions, s, lang);
  if (lang === "ru" && opening.first > 0) {
    for (const m of mentions) {
      if (members.length >= 3 || !eligible(m) || members.includes(m.entity)) continue;
      members = group(m, mentions, s, lang);
    }
    if (members.length < 3) members = [];
  }
  // A search in the same sentence ("searched homes and detained 11 employees") counted no one: it is not theirs.
  const counted = recent.filter((p) => LISTABLE.has(p.refined) && (p.refined !== "search" || p.si === si - 1) && groupCount(sentences[p.si]?.text ?? "", lang) === members.length);
  // "…sentenced five activists. The activists were detained in October. A, B, C, D and E …": a report about "the
  // activists" / "they" between the counted one and the names is about the same group.
  const first = Math.min(...counted.map((p) => p.si));
  const same = counted.length && lang === "en" ? doc.pending.filter((p) => !p.counted && p.si > first && p.si < si && LISTABLE.has(p.refined) && GROUP_SUBJECT_EN.test(sentences[p.si]?.text ?? "")) : [];
  const kinds = dedupeKinds([...counted, ...same]);
  if (members.length >= 2 && kinds.length) listed.push({ entities: members, kinds });
}

/** "Police detained dozens of people. X and Y, two opposition politicians, were among them.": the names before. */
function namedAmongThem(doc: DocState, v: SentenceView, listed: Listed[]): void {
  const { s, si, mentions } = v;
  const amongThem = /\b(?:was|were|is|are) (?:also )?among them\s*[.!]?\s*$/i.exec(s.text);
  if (!amongThem) return;
  const kinds = dedupeKinds(doc.pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
  const named = namedBetween(s, mentions, 0, { to: s.tokens.findIndex((t) => t.start >= s.start + amongThem.index) });
  if (kinds.length && named.length) listed.push({ entities: named, kinds });
}

/**
 * "Задержали ещё двух пикетчиков. Александра X — за пикет с плакатом …": a name and a dash opening a sentence that
 * reports nothing of its own share the verb of the report just before it that named no one.
 */
function ellipticName(doc: DocState, v: SentenceView, listed: Listed[], opening: Mention): void {
  const { s, si } = v;
  if (opening.case !== "acc" || !/^[—–-]$/.test(s.tokens[opening.last]?.text ?? "") || s.tokens[opening.last + 1]?.lower !== "за") return;
  const kinds = doc.elliptic?.si === si - 1 ? doc.elliptic.kinds : dedupeKinds(doc.pending.filter((p) => p.si === si - 1 && LISTABLE.has(p.refined)));
  if (kinds.length) {
    listed.push({ entities: [opening.entity], kinds });
    doc.elliptic = { si, kinds };
  }
}

/**
 * "Прошли обыски в домах 8 членов команды. В частности, силовики пришли в дом X, Y и Z.": the sentence that
 * singles out members of a counted group just reported, with no report of its own, names its people.
 */
function inParticular(doc: DocState, v: SentenceView, listed: Listed[]): void {
  const { s, si, mentions } = v;
  if (!/^в частности(?!\p{L})/iu.test(s.text)) return;
  const kinds = dedupeKinds(doc.pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
  const named = mentions.filter((m) => eligible(m) && !m.entity.relative && !m.kin);
  if (kinds.length && named.length) listed.push({ entities: dedupe(named.map((m) => m.entity)), kinds });
}

/**
 * "Several of his associates … have been arrested. They include former deputy X, retired colonel Y, activists Z
 * and W.", "Among the seven employees detained and taken away were X and Y": the people a group's report was
 * about, named right after it (their titles between the names); "Among the seven …" also takes whatever the
 * document reports of the seven.
 */
function membersNamed(doc: DocState, v: SentenceView, listed: Listed[]): void {
  const { s, si, mentions } = v;
  const cue = MEMBERS_EN.exec(s.text);
  if (!cue) return;
  const from = s.tokens.findIndex((t) => t.start >= s.start + cue[0].length);
  const people = from < 0 ? [] : titledList(s, mentions, from);
  const among = /^among/i.test(cue[0]);
  const kinds = dedupeKinds(doc.pending.filter((p) => (among ? p.si === si : p.si === si - 1) && LISTABLE.has(p.refined)));
  const n = among ? countIn(cue[0]) || theCount(cue[0]) : 0;
  if (people.length && (kinds.length || n >= 3)) {
    if (kinds.length) listed.push({ entities: people, kinds });
    if (n >= 3) doc.partOf.push({ n, people });
  }
}

/**
 * "the defendants D. Testov, P. Samplov (deceased) and their lawyers filed appeals", "defendant X told the court":
 * a defendant named in a trial is charged (undated), whoever speaks.
 */
function defendants(v: SentenceView, listed: Listed[]): void {
  const { s, si, mentions } = v;
  if (!DEFENDANT_EN.test(s.text)) return;
  for (const m of mentions) {
    const word = s.tokens[m.first - 1]?.lower ?? "";
    if (!/^(?:co-?)?defendants?$/.test(word) || m.possessor || m.entity.official || m.entity.relative) continue;
    const people = word.endsWith("s") ? commaList(m, mentions, s) : [m.entity];
    listed.push({ entities: people, kinds: [{ type: "charge", date: undefined, place: undefined, until: 0, si, refined: "charge", legal: { articles: [], sentence: null }, counted: false }] });
  }
}

/** Each listed person gets the kinds of report the list names them for, unless this sentence gave them already. */
export function recordListed(doc: DocState, v: SentenceView, sentenceVictims: Entity[], listed: Listed[]): void {
  const { incidents } = doc;
  const { s } = v;
  for (const { entities: people, kinds } of listed) {
    for (const e of people) {
      if (sentenceVictims.includes(e) && kinds.every((k) => incidents.some((i) => i.entity === e && i.type === k.refined))) continue;
      sentenceVictims.push(e);
      for (const k of kinds) incidents.push(incidentOf(e, s, k.refined, k.date, k.place, { perpetrator: null, detail: s.text, legal: k.legal, confidence: 0.6 }));
    }
  }
}

/** A clause ending in a colon that reports a group or takes one up ("Those sentenced are:") opens a list, one name per line. */
export function openLineList(doc: DocState, v: SentenceView): void {
  const { lang, sentences } = doc;
  const { s, si } = v;
  if (!s.text.trimEnd().endsWith(":")) return;
  // The report in the colon's own clause, or one just before it that the colon clause takes up again
  // ("…будут находиться:"), not any list that happens to follow ("The statement was signed by:").
  const resumes = LIST_HEAD.test(s.text);
  let kinds = doc.pending.filter((p) => (p.si === si || (p.si === si - 1 && resumes)) && p.counted && LISTABLE.has(p.refined));
  const ref = (lang === "en" ? LINE_REF_EN : LINE_REF_RU).exec(s.text.trimEnd());
  if (!kinds.length && ref) {
    // "the following journalists were brought to the police:" reports in its own clause; "Those sentenced are:"
    // takes up the group reported before it, of the kind its participle names.
    const participle = ref.slice(1).find((g) => g !== undefined);
    const fits = participle ? REF_KIND.find(([re]) => re.test(participle))?.[1] : undefined;
    const own = doc.pending.filter((p) => p.si === si);
    const earlier = doc.groups.filter((p) => p.si < si && (!fits || fits(p.refined)));
    kinds = own.length ? own : earlier;
    // "sentenced 11 participants … Prosecutors had charged all 11 detainees … Those sentenced are:": the same
    // count names the same group, so its other reports go to the people listed too.
    const counts = new Set([...kinds, ...earlier].map((p) => groupCount(sentences[p.si]?.text ?? "")).filter((n) => n >= 2));
    if (lang === "en" && counts.size) kinds = dedupe([...kinds, ...doc.groups.filter((p) => p.si < si && !kinds.includes(p) && LISTABLE.has(p.refined) && counts.has(groupCount(sentences[p.si]?.text ?? "")))]);
  }
  if (kinds.length) doc.lineList = { kinds: dedupeKinds(kinds), paragraph: s.paragraph };
}
const NAMED_EN = /^(?:(?:they|these)\s+(?:are|were)(?:\s+identified\s+as)?|among (?:them|those|the (?:detainees|detained|convicted|sentenced)) (?:was|were|is|are)(?: also)?)\s*:?\s*/i;
const NAMED_RU = /^(?:это|ими (?:оказались|стали|были)|их имена|их зовут|среди них(?: (?:оказались|были|есть|также|и))?)\s*[:—–-]?\s*/iu;
const LIST_HEAD = /(?:сизо|под страж|задерж|арест|обыск|заключени|custody|detain|arrest|jail|prison|held|search|имена|names|следующ|списо?к|list)/i;
// A line ending in a colon that points back at a group reported earlier, one name per line after it: "Those
// sentenced are:", "The names of the activists are:", "the following journalists were …:", "Имена задержанных:".
// The participle, when there is one, says which of the group's reports the names belong to.
const LINE_REF_EN = /\b(?:(?:those|the (?:people|persons|journalists|reporters|activists|defendants|protesters|individuals|men|women))\s+(detained|arrested|imprisoned|jailed|held|sentenced|convicted|charged|deported|expelled|released|freed|fined|searched)|the (detained|arrested|imprisoned|sentenced|convicted|deported|released)\b|names of (?:the |these |those )?|the (detainees|deportees|defendants|convicts|prisoners)\b|the following\b)[^:]{0,80}:$/i;
const LINE_REF_RU = /(?:(?:имена|фамилии|списо?к\p{L}*)\s+(?:\p{L}+\s+){0,2}?(задержанн|арестованн|осужденн|осуждённ|обвиняем|депортированн|выдворенн|освобожденн|освобождённ|оштрафованн)\p{L}*|^(задержанн|арестованн|осужденн|осуждённ|депортированн|освобожденн|освобождённ)\p{L}*|(?:это|ими оказались|их имена|их зовут|следующ\p{L}*))[^:]{0,80}:$/iu;
const REF_KIND: [RegExp, (t: IncidentType) => boolean][] = [
  [/^(?:detain|held|detainee|задержанн)/i, (t) => CUSTODY.has(t)],
  [/^(?:arrest|арестованн)/i, (t) => CUSTODY.has(t)],
  [/^(?:imprison|jail|sentenc|convict|prisoner|осужд)/i, (t) => t === "sentence"],
  [/^(?:charg|defendant|обвиняем)/i, (t) => t === "charge" || t === "sentence"],
  [/^(?:deport|expel|депорт|выдвор)/i, (t) => t === "deportation"],
  [/^(?:releas|freed|освобожд)/i, (t) => t === "release"],
  [/^(?:fined|оштраф)/i, (t) => t === "fine"],
  [/^(?:search)/i, (t) => t === "search"],
];
const DEFENDANT_EN = /\bdefendants?\s+\p{Lu}/u;
/** A sentence about a group already reported: "The activists were …", "They were …", "All of them were …". */
const GROUP_SUBJECT_EN = /^\s*(?:the (?:[a-z-]+ )?(?:activists|defendants|journalists|detainees|protesters|reporters|bloggers|members|employees|accused|men|women)|they|all of them)\b/i;
// "those detained in connection with the case were", "The imprisoned are:", "the people arrested include".
const LIST_REF_EN = /\b(?:those|the(?: people| journalists| reporters| activists)?)\s+(detained|arrested|imprisoned|jailed|held)\b[^.;:—–]{0,60}?\s(?:are|were|include[sd]?)\b\s*:?/gi;
// "All of the journalists were freed at midnight except for X, Y and Z": those still held.
const EXCEPT_EN = /\b(?:released|freed|let go)\b[^.;:]{0,60}?\bexcept(?: for)?\s+/gi;
// "at least nine of them – X, Y, …, and Z –": members of a counted group just reported.
const OF_THEM_EN = /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|most|all) of (?:them|those|the (?:detained|arrested|detainees))\s*[—–-]\s*/gi;

/** One pending report per kind, the latest first. */
function dedupeKinds(kinds: Pending[]): Pending[] {
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
// listReferences' helpers, at module level: under tsx every closure a call creates is also named (esbuild keepNames).
const tokenAt = (tokens: Token[], pos: number): number => tokens.findIndex((t) => t.start >= pos);
// Listed as detained, a title ("deputy director Y") is no official's.
const listable = (x: Mention): boolean => !x.possessor && !x.speaker && !x.commentator && !x.entity.relative;

function listReferences(s: Sentence, mentions: Mention[], recent: Pending[], lang: "en" | "ru", criminalCase: boolean): { entities: Entity[]; kinds: Pending[] }[] {
  const out: { entities: Entity[]; kinds: Pending[] }[] = [];
  const held = recent.filter((p) => CUSTODY.has(p.refined) || p.refined === "house_arrest");
  // The charges the same report gave the counted group ("six journalists … on smuggling charges").
  const custody = dedupeKinds([...held, ...recent.filter((p) => p.refined === "charge" && held.some((h) => h.si === p.si && h.counted))]);
  const tokens = s.tokens;
  for (const re of [LIST_REF_EN, OF_THEM_EN, EXCEPT_EN]) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const from = tokenAt(tokens, s.start + m.index + m[0].length);
      if (from < 0) continue;
      // The list runs to the closing dash, or to the end of the sentence.
      let to = tokens.length;
      if (re === OF_THEM_EN) {
        const close = tokens.findIndex((t, k) => k > from && /^[—–-]$/.test(t.text));
        if (close < 0) continue;
        to = close;
      }
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

const MEMBERS_EN = /^\s*(?:(?:they|these|those)\s+(?:include[sd]?|included)\s*:?\s*|among (?:the|those)\b(?! (?:detained|arrested|detainees|convicted|sentenced) (?:was|were|is|are)\b)[^.;:]{0,100}?\b(?:were|was|are|is)\s+(?:also\s+)?)/i;
/**
 * "former deputy X, retired colonel Y, Z (assistant to W), activists A and B": the names from `from` on, each within
 * a few words of the one before, past titles; a name in brackets is a note about the one before it.
 */
function titledList(s: Sentence, mentions: Mention[], from: number): Entity[] {
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
function commaList(m: Mention, mentions: Mention[], s: Sentence): Entity[] {
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
