/**
 * Who an English trigger is about, by voice: a passive takes the subject before "was/were", an active verb the object
 * after it, "X, detained on …" the name before the comma, "including X" the list; gapped verdicts and terms "for" names.
 */
import { COUNTED_EN, countWord, lastCounted, unnamedGroup } from "./counts.js";
import { roleOf } from "./lexicon.js";
import { ADVERBS, AUX, dedupe, eligible, type Entity, type Mention, PRON_PL_EN, PRON_SG_EN, type Seen, TERM_TYPES, type Trigger, type Victims } from "./model.js";
import { clauseBounds } from "./scan.js";
import type { Sentence, Token } from "./text.js";
import { anaphor, asVictims, dashItem, group, mentionAt, namedBetween, resolvePronoun } from "./victims.js";

const KIN_EN = /^(brother|sister|son|daughter|wife|husband|mother|father|cousin|neighbou?r|friend|colleague|relatives?|family|lawyer|parents?)$/;
const ANAPHOR_EN = /^(journalist|reporter|correspondent|activist|blogger|musician|pianist|student|client|detainee|photographer|cameraman|editor|poet|defender|lawyer|man|woman|teacher|pensioner|worker|trader|singer|writer|artist|politician)$/;
const EN_OBJECT_STOP = /^(who|which|that|said|says|told|after|before|because|while|when|where|and|but|although|though)$/;

const TERM_FOR_EN = /(?:,|;|\band)\s+(?:and\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)[- ](?:days?|months?|years?)(?: of [a-z ]{1,30}?)? for\s+/gi;
export function termsFor(s: Sentence, tr: Trigger, mentions: Mention[]): Entity[] {
  const out: Entity[] = [];
  TERM_FOR_EN.lastIndex = Math.max(0, tr.end - s.start);
  for (let m = TERM_FOR_EN.exec(s.text); m; m = TERM_FOR_EN.exec(s.text)) {
    const at = s.start + m.index + m[0].length;
    const first = mentions.find((x) => x.start >= at && x.start <= at + 40 && !x.possessor && !x.entity.official && !x.entity.relative);
    if (first && /^[\p{Ll}\s-]*$/u.test(s.text.slice(at - s.start, first.start - s.start))) out.push(...group(first, mentions, s, "en"));
  }
  return out;
}

const CASE_NOUN_EN = /^(?:cases? against|(?:trials?|proceedings|prosecution) (?:against|of)|criminal case of)$/i;

/** The person right after "the case against", "the trial of": a name past lower-case title words, or a pronoun. */
function caseAbout(tokens: Token[], tr: Trigger, mentions: Mention[], focus: Entity[], s: Sentence, seen: Seen): Victims | null {
  for (let j = tr.last; j < Math.min(tokens.length, tr.last + 5); j++) {
    const tok = tokens[j];
    if (!tok) break;
    const m = mentionAt(mentions, (x) => x.first === j && !x.possessor);
    if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.7 };
    if (PRON_SG_EN[tok.lower] || PRON_PL_EN.has(tok.lower)) {
      if (!/^(?:him|her|them)$/.test(tok.lower)) return null;
      const r = resolvePronoun(tok.lower, j, mentions, focus, "en", seen);
      return r.length ? { entities: r, confidence: 0.65 } : null;
    }
    if (!tok.word || tok.cap) return null;
  }
  return null;
}

const KIN_ONLY_EN = /^(?:son|daughter|wife|husband|brother|sister|mother|father)$/;

/** English: voice decides where the victim stands. */
export function attachEn(s: Sentence, tr: Trigger, mentions: Mention[], focus: Entity[], seen: Seen): Victims | null {
  const tokens = s.tokens;
  const [cs, ce0] = clauseBounds(tokens, tr.first);
  // A trigger phrase running past a bracket ("imposed a GEL 2,000 (about USD 750) fine on X") reaches the clause it ends in.
  const ce = tr.last > ce0 ? clauseBounds(tokens, tr.last - 1)[1] : ce0;
  let k = tr.first - 1;
  while (k >= cs && ADVERBS.has(tokens[k]?.lower ?? "")) k--;
  // "X, Y and Z also had their homes searched", "she had her phone confiscated": the owners are the subject of "had".
  const ownedAt = OWNED_EN.test(tokens[k]?.lower ?? "") ? k : OWNED_EN.test(tokens[tr.first]?.lower ?? "") ? tr.first : -1;
  if (ownedAt - 2 >= cs && /^(his|her|their)$/.test(tokens[ownedAt - 1]?.lower ?? "") && /^(had|has|have)$/.test(tokens[ownedAt - 2]?.lower ?? "")) {
    k = ownedAt - 3;
    while (k >= cs && ADVERBS.has(tokens[k]?.lower ?? "")) k--;
    const subj = subjectAt(tokens, k, cs, mentions, focus, s, seen);
    if (subj) return longList(subj, tokens, cs, k, mentions);
  }
  const passive = k >= cs && AUX.has(tokens[k]?.lower ?? "");
  if (passive) {
    k--;
    // "Both were detained": before the auxiliary, "both" and "all" are the subject, not adverbs.
    // "will be kept in pretrial detention until March 13": a court's custody order runs into the future.
    const custodyOrder = tr.def.type === "criminal_arrest" || tr.def.type === "house_arrest";
    while (k >= cs && ((ADVERBS.has(tokens[k]?.lower ?? "") && !/^(both|all)$/.test(tokens[k]?.lower ?? "")) || /^(had|has|have|not|to|was|were|is|are|been|being|seems?|seemed|appears?|appeared)$/.test(tokens[k]?.lower ?? "") || (custodyOrder && tokens[k]?.lower === "will"))) k--;
    // "two former staff — X and cameraman Y — were placed …": the names inside the dashes are the subject.
    const dashed = k < cs && /^[—–-]$/.test(tokens[cs - 1]?.text ?? "") ? mentionAt(mentions, (x) => x.last === cs - 1 && !x.possessor && !x.speaker) : undefined;
    // "X (Testov Media) was detained": a note in brackets between the name and the verb.
    const bracketOpen = k < cs && tokens[cs - 1]?.text === ")" ? tokens.slice(Math.max(0, cs - 10), cs - 1).map((t) => t.text).lastIndexOf("(") : -1;
    const bracketed = bracketOpen >= 0 ? mentionAt(mentions, (x) => x.last === Math.max(0, cs - 10) + bracketOpen && !x.possessor && !x.speaker && !x.entity.official) : undefined;
    const subj = includedBefore(s, tr, mentions) ?? subjectAt(tokens, k, cs, mentions, focus, s, seen) ?? (k < cs ? betweenDashes(tokens, cs, mentions) : null) ?? (dashed ? { entities: group(dashed, mentions, s, "en"), confidence: 0.75 } : null) ?? (bracketed ? { entities: group(bracketed, mentions, s, "en"), confidence: 0.75 } : null) ?? including(tokens, tr, ce, mentions, s);
    // "All of them except X and Y were set free": the people excepted are the ones it did not happen to.
    const except = tokens.findIndex((t, j) => j >= cs && j <= k && /^(?:except|excluding)$/.test(t.lower));
    if (subj && except >= 0 && subj.entities.every((e) => mentions.some((x) => x.entity === e && x.first > except && x.first <= k))) return null;
    if (subj) return withEllipsis(longList(subj, tokens, cs, k, mentions), s, tr, ce, mentions);
    // "Searches were carried out in their homes": the owners the pronoun stands for.
    const home = tr.def.type === "search" ? tokens.findIndex((t, j) => j >= tr.last && j < Math.min(ce, tr.last + 4) && /^(?:his|her|their)$/.test(t.lower) && OWNED_EN.test(tokens[j + 1]?.lower ?? "")) : -1;
    if (home >= 0) {
      const r = resolvePronoun(tokens[home]?.lower ?? "", home, mentions, focus, "en", seen, s);
      if (r.length) return { entities: r, confidence: 0.6 };
    }
    return null;
  }
  // "the case against X", "the trial of former policeman X", "the case against him": whom the case is about stands
  // right after it (past a title), or it is about no one named here ("the trial against the Viasna team").
  if (tr.def.type === "charge" && CASE_NOUN_EN.test(s.text.slice(tr.start - s.start, tr.end - s.start))) return caseAbout(tokens, tr, mentions, focus, s, seen);
  // "One of the defendants, X", "The defendant, X, pleaded …": the name right after the comma, or no one ("the
  // relatives of the defendants, on his orders").
  if (tr.def.type === "charge" && /defendants?$/i.test(s.text.slice(tr.start - s.start, tr.end - s.start)) && tokens[tr.last]?.text === ",") {
    const m = mentionAt(mentions, (x) => x.first === tr.last + 1 && !x.possessor);
    return m ? { entities: group(m, mentions, s, "en"), confidence: 0.7 } : null;
  }
  const item = dashItem(tokens, cs, mentions, s, "en");
  if (item) return item;
  // "Abenova's detention", "after Kassymov's arrest": the owner of the event noun.
  const whose = mentionAt(mentions, (x) => x.possessor && x.last === tr.first && !x.entity.relative);
  if (whose && (tr.def.form === "noun" || /^(arrest|detention|release|abduction|deportation)$/.test(tokens[tr.first]?.lower ?? ""))) {
    return { entities: [whose.entity], confidence: 0.8 };
  }
  // "X, detained on January 5, …": a participle right after a name and a comma.
  if (tokens[tr.first - 1]?.text === ",") {
    const m = mentionAt(mentions, (x) => x.last === tr.first - 1 && !x.possessor);
    if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.8 };
  }
  // Active or adjectival: the object follows, possibly inside the trigger phrase ("confiscated her phone").
  for (let j = tr.first + 1, n = 0; j < ce && n < 16; j++, n++) {
    const tok = tokens[j];
    if (!tok) break;
    const m = mentionAt(mentions, (x) => x.first === j && !x.possessor);
    // "detained three associates of Navalny – X, Y and Z": the people a group belongs to are not its members.
    const groupOf = tokens[j - 1]?.lower === "of" && /^(?:associates|supporters|allies|colleagues|members|staff|employees|relatives|friends|followers|aides|activists|lawyers|team)$/.test(tokens[j - 2]?.lower ?? "");
    if (m && groupOf) continue;
    if (m && !(m.speaker && j > tr.last)) {
      const objects = group(m, mentions, s, "en");
      return { entities: TERM_TYPES.has(tr.def.type) ? dedupe([...objects, ...gappedTerms(tokens, m, mentions)]) : objects, confidence: 0.9 };
    }
    // "searched Testov's flat", "the search of Testov's house": the owner of the thing is whom it happened to.
    const owner = mentionAt(mentions, (x) => x.first === j && x.possessor && OWNED_EN.test(tokens[x.last]?.lower ?? "") && !x.entity.relative);
    if (owner && (tr.def.type === "search" || tr.def.type === "equipment_seizure")) return { entities: [owner.entity], confidence: 0.8 };
    // "upheld X's sentence": the one whose verdict the appeal court decided.
    const convicted = tr.def.type === "appeal" ? mentionAt(mentions, (x) => x.first === j && x.possessor && /^(?:convictions?|sentences?|verdicts?|prison)$/.test(tokens[x.last]?.lower ?? "") && !x.entity.relative) : undefined;
    if (convicted) return { entities: [convicted.entity], confidence: 0.8 };
    // "detained two bishops and businessman X": an object list runs on past "and" into a name, when only role words
    // (no verb of a new clause) stand between.
    const listGoesOn = tok.lower === "and" && tokens.slice(tr.last, j).every((t) => t.word) && mentions.some((x) => x.first > j && x.first <= j + 3 && !x.possessor && tokens.slice(j + 1, x.first).every((t) => roleOf(t.lower) !== null || /^(?:the|a|an|his|her|their|former|prominent|opposition|fellow|businessman|businesswoman|bishop|priest|lawmaker|deputy|leader)$/.test(t.lower)));
    if (j >= tr.last && EN_OBJECT_STOP.test(tok.lower) && j > tr.last && !listGoesOn) break;
    // "took the four to the Department of Financial Investigation": what follows "to the" is where, not whom.
    if (j > tr.last && tok.lower === "to" && /^(?:the|a|an)$/.test(tokens[j + 1]?.lower ?? "")) break;
    // "took the four to …"
    const theFour = !mentions.some((x) => x.first === j + 1) ? lastCounted(tokens, j, seen) : null;
    if (theFour) return { entities: theFour, confidence: 0.6 };
    if (PRON_SG_EN[tok.lower] || PRON_PL_EN.has(tok.lower)) {
      if (KIN_EN.test(tokens[j + 1]?.lower ?? "")) continue;
      // "took his client": whose client it is says nothing of who was held; the role word is read next.
      if (/^(his|her|their)$/.test(tok.lower) && /^clients?$/.test(tokens[j + 1]?.lower ?? "")) continue;
      // "detained their director, X": a possessive before a title that a name follows.
      if (/^(his|her|their)$/.test(tok.lower) && /^[a-z-]+$/.test(tokens[j + 1]?.text ?? "") && mentions.some((x) => x.first > j + 1 && x.first <= j + 3 && !x.possessor)) continue;
      // "took at least 10 of them": a counted part of a group, not the person in focus.
      if (unnamedGroup(tokens, j, mentions)) break;
      const r = resolvePronoun(tok.lower, j, mentions, focus, "en", seen);
      if (r.length) return { entities: r, confidence: 0.7 };
      break;
    }
    // "placed all three under arrest": the last three people something happened to.
    const count = tok.lower === "all" ? countWord(tokens[j + 1]?.lower ?? "") : 0;
    if (count && seen.victims.length >= count) return { entities: seen.victims.slice(0, count), confidence: 0.6 };
    // "searched the journalist's home": the role word owns the thing searched.
    const ownerRole = /['’]s$/.test(tok.lower) && OWNED_EN.test(tokens[j + 1]?.lower ?? "") && ANAPHOR_EN.test(tok.lower.slice(0, -2));
    if (ownerRole && tokens[j - 1]?.lower === "the") {
      const r = focus.slice(0, 1);
      if (r.length) return { entities: r, confidence: 0.6 };
    }
    if (/^(the|his|her|their)$/.test(tokens[j - 1]?.lower ?? "") && ANAPHOR_EN.test(tok.lower) && !mentions.some((x) => x.first === j + 1)) {
      const r = anaphor(tokens, j, mentions, focus);
      if (r.length) return { entities: r, confidence: 0.6 };
    }
  }
  // The subject of an intransitive report ("she could not leave", "he went missing").
  const w = tokens[k]?.lower ?? "";
  if (k >= cs && (PRON_SG_EN[w] || PRON_PL_EN.has(w)) && !unnamedGroup(tokens, k, mentions)) {
    const r = resolvePronoun(w, k, mentions, focus, "en", seen);
    if (r.length) return { entities: r, confidence: 0.65 };
  }
  const inc = including(tokens, tr, ce, mentions, s);
  if (inc) return inc;
  // Nothing after it ("a court placed Bekturova in pre-trial detention"): the nearest name before, if not a speaker.
  const before = mentions.filter((x) => x.last <= tr.first && x.first >= cs && !x.possessor && !x.speaker && !x.entity.official && !x.commentator).sort((a, b) => b.last - a.last)[0];
  if (before) return { entities: group(before, mentions, s, "en"), confidence: 0.55 };
  return null;
}

/**
 * "Activists A, B, …, ex-governor of Jalal-Abad region Y and leader of Turan party Z were placed …": a long list
 * whose items carry titles with "of" breaks the pairwise grouping; a verbless run of at least three comma-separated
 * names before the passive verb is one subject.
 */
function longList(v: Victims, tokens: Token[], cs: number, k: number, mentions: Mention[]): Victims {
  // "X said that A, B and C were …": the list starts after the reporting verb.
  for (let j = k; j > cs; j--) {
    if (/^(that|said|says|told)$/.test(tokens[j]?.lower ?? "")) {
      cs = j + 1;
      break;
    }
  }
  const span = tokens.slice(cs, k + 1);
  if (span.filter((t) => t.text === ",").length < 2 || span.some((t) => !t.cap && /^(?:was|were|is|are|said|says|who|which|that|when|after|before|[a-z]+ed)$/.test(t.lower))) return v;
  // The subject of a passive verb is its victim whatever office the title names ("ex-governor of … Y").
  // "Temirov Live reporters X, Y": a name before a role noun names the outlet the people work for.
  const listed = mentions.filter((m) => m.first >= cs && m.last <= k + 1 && !m.possessor && !m.speaker && tokens[m.first - 1]?.lower !== "of" && roleOf(tokens[m.last]?.lower ?? "") === null && !(tokens[m.last]?.cap && roleOf(tokens[m.last + 1]?.lower ?? "") !== null));
  if (listed.length < 3 || !v.entities.every((e) => listed.some((m) => m.entity === e))) return v;
  return { entities: dedupe(listed.map((m) => m.entity)), confidence: v.confidence };
}

export const ALIAS_EN = /^(as|aka|alias|pseudonym|nicknamed|nickname|called)$/;

/**
 * "the outlet's staff — X, who writes as Kokil, Y, also known as Aq, and freelancer Z — were detained": every name
 * between the dashes before a passive verb, past the relative clauses and aliases that break pairwise grouping.
 */
function betweenDashes(tokens: Token[], cs: number, mentions: Mention[]): Victims | null {
  if (!/^[—–-]$/.test(tokens[cs - 1]?.text ?? "")) return null;
  // "activists -- X and Y -- had been detained": a doubled hyphen is one dash.
  let close = cs - 1;
  while (close > 0 && tokens[close - 1]?.text === "-") close--;
  let open = close - 1;
  while (open >= 0 && !/^[—–-]$/.test(tokens[open]?.text ?? "")) {
    if (/^[;:()]$/.test(tokens[open]?.text ?? "")) return null;
    open--;
  }
  if (open < 0) return null;
  const listed = mentions.filter((m) => m.first > open && m.last < cs && !m.possessor && !m.speaker && !m.entity.official && !m.commentator && !m.entity.relative && !ALIAS_EN.test(tokens[m.first - 1]?.lower ?? ""));
  return listed.length ? { entities: dedupe(listed.map((m) => m.entity)), confidence: 0.7 } : null;
}

/** "Four staff were released, including video editor X": the names after "including" / "among them". */
function including(tokens: Token[], tr: Trigger, ce: number, mentions: Mention[], s: Sentence): Victims | null {
  // "In June, members of the commission were detained – among them X, Y and Z": the list may follow a dash.
  const end = /^[—–-]$/.test(tokens[ce]?.text ?? "") ? clauseBounds(tokens, ce + 1)[1] : ce;
  for (let j = tr.last; j < Math.min(end, tr.last + 12); j++) {
    const w = tokens[j]?.lower ?? "";
    if (w === "including" || (w === "among" && tokens[j + 1]?.lower === "them") || (w === "such" && tokens[j + 1]?.lower === "as")) {
      // After a dash the rest of the sentence is the list: every name in it but those of a relation ("brother of
      // the arrested journalist Y" names the brother, not Y).
      if (j >= ce) {
        const listed = mentions.filter((x) => x.first > j && eligible(x) && !x.entity.relative && !tokens.slice(Math.max(j, x.first - 4), x.first).some((t) => t.lower === "of"));
        if (listed.length) return { entities: dedupe(listed.map((x) => x.entity)), confidence: 0.7 };
        continue;
      }
      const m = mentions.find((x) => x.first > j && x.first <= j + 5 && !x.possessor);
      if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.75 };
    }
  }
  return null;
}

/**
 * "15 political prisoners, including X, Y and Z, had completed their sentences and had been released": a counted
 * subject whose named members come before the verb (the last of them alone is not the subject).
 */
function includedBefore(s: Sentence, tr: Trigger, mentions: Mention[]): Victims | null {
  const tokens = s.tokens;
  const cue = tokens.findIndex((t, k) => k < tr.first && t.lower === "including");
  if (cue <= 0 || !COUNTED_EN.test(tokens.slice(0, cue).map((t) => t.text).join(" "))) return null;
  return asVictims(namedBetween(s, mentions, cue + 1, { to: tr.first }));
}

/** "X was sentenced to 15 days, and photographer Y to 13 days": Y shares the verb. */
function withEllipsis(v: Victims, s: Sentence, tr: Trigger, ce: number, mentions: Mention[]): Victims {
  const tokens = s.tokens;
  const extra: Entity[] = [];
  // "X was detained, as were party members Y, Z and W": everyone named after "as were" shares the verb.
  const asWere = tokens.findIndex((t, k) => k >= tr.last && k <= tr.last + 2 && t.lower === "as" && /^(?:were|was)$/.test(tokens[k + 1]?.lower ?? ""));
  if (asWere >= 0) {
    extra.push(...namedBetween(s, mentions, asWere + 2, { stops: /^[;.:]$/ }).filter((e) => !v.entities.includes(e)));
  }
  for (const m of mentions) {
    if (m.first < tr.last || m.last >= ce || m.possessor || v.entities.includes(m.entity)) continue;
    const lead = tokens.slice(Math.max(tr.last, m.first - 3), m.first).map((t) => t.lower);
    // "along with her former husband X", "along with his wife, X": up to three words (kin, titles) and a comma
    // between the joiner and the name.
    const joined = tokens.slice(Math.max(tr.last, m.first - 6), m.first).map((t) => t.lower).join(" ");
    if (/\b(?:(?:along|together) with|as well as)(?: (?:[a-z’'-]+|,)){0,4}$/.test(joined)) {
      extra.push(...group(m, mentions, s, "en").filter((e) => !v.entities.includes(e) && !extra.includes(e)));
      continue;
    }
    // "… were sentenced to nine years, reporters X and Y to eight years": a gapped verb with names and a term of their own.
    const run = lead.some((w) => w === "and" || w === "," || w === ";") ? termRun(tokens, m, mentions.filter((x) => !x.possessor && !x.speaker).sort((a, b) => a.first - b.first)) : null;
    if (run) extra.push(...run.entities.filter((e) => !v.entities.includes(e) && !extra.includes(e)));
  }
  return extra.length ? { entities: [...v.entities, ...extra], confidence: v.confidence } : v;
}

const TERM_NUMBER_EN = /^(?:\d[\d.,½]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty)$/;
const TITLE_EN = /^(?:mr|ms|mrs|messrs|dr|and|;|,|\.)$/;
/**
 * "sentenced Ms X to 21 years of imprisonment; Mr Y to 15 years; and Mr Z to 30 years": each object after a term,
 * joined by a semicolon, comma or "and" and followed by a term of its own, shares the verb.
 */
function gappedTerms(tokens: Token[], from: Mention, mentions: Mention[]): Entity[] {
  const out: Entity[] = [];
  let prev = from.last;
  const objects = mentions.filter((x) => x.first > from.last && !x.possessor && !x.speaker && !x.entity.official).sort((a, b) => a.first - b.first);
  for (let k = 0; k < objects.length; k++) {
    const n = objects[k];
    if (!n || tokens[prev]?.lower !== "to") break;
    let lead = n.first;
    while (lead > prev && TITLE_EN.test(tokens[lead - 1]?.lower ?? "")) lead--;
    const joiners = tokens.slice(lead, n.first).map((t) => t.lower);
    const run = lead === n.first || !joiners.some((w) => w === ";" || w === "and" || w === ",") ? null : termRun(tokens, n, objects.slice(k));
    if (!run) {
      if (n.first > prev + 12) break;
      continue;
    }
    out.push(...run.entities);
    k += run.entities.length - 1;
    prev = run.to;
  }
  return out;
}

/**
 * "B and C, to two and a half years each": names joined by "and" or commas, the last followed by "to" (a comma may
 * stand before it) and a term. `names`: the mentions from the first on, in order. `to`: the index of "to".
 */
function termRun(tokens: Token[], first: Mention, names: Mention[]): { entities: Entity[]; to: number } | null {
  const entities: Entity[] = [];
  let end = first.first;
  for (const n of names) {
    if (n.first < first.first) continue;
    if (entities.length && !tokens.slice(end, n.first).every((t) => t.lower === "and" || t.text === ",")) return null;
    entities.push(n.entity);
    end = n.last;
    const to = tokens[n.last]?.lower === "to" ? n.last : tokens[n.last]?.text === "," && tokens[n.last + 1]?.lower === "to" ? n.last + 1 : -1;
    if (to >= 0) return TERM_NUMBER_EN.test(tokens[to + 1]?.lower ?? "") ? { entities, to } : null;
  }
  return null;
}
const OWNED_EN = /^(?:home|homes|flat|flats|apartment|apartments|house|houses|office|phone|phones|laptop|laptops|computer|computers|camera|cameras|car|equipment|belongings)$/;

const TOWN_WORD_EN = /^(?:the|city|town|village|settlement|region|oblast|district|province|republic)$/;

function subjectAt(tokens: Token[], k: number, cs: number, mentions: Mention[], focus: Entity[], s: Sentence, seen: Seen): Victims | null {
  let i = k;
  if (/^(who|that|which)$/.test(tokens[i]?.lower ?? "")) i--;
  // A closing quote before the verb: "X, deputy director of “Abzas Media,” was detained".
  if (/^[”"’»]$/.test(tokens[i]?.text ?? "") && tokens[i - 1]?.text === ",") i--;
  if (tokens[i]?.text === ",") {
    // An appositive or relative clause between the name and the verb: "X, a reporter for Y, was …", "X, who …, was".
    for (let j = i - 1; j >= Math.max(cs, i - 30); j--) {
      if (tokens[j]?.text !== ",") continue;
      const opener = tokens[j + 1]?.lower ?? "";
      // "X and Y from Khorugh, who …, were deported": a hometown between the names and the clause.
      const m = mentionAt(mentions, (x) => x.last === j && !x.possessor) ?? mentionAt(mentions, (x) => !x.possessor && x.last < j && x.last >= j - 4 && /^(from|of)$/.test(tokens[x.last]?.lower ?? "") && tokens.slice(x.last + 1, j).every((t) => t.cap));
      // "X, known on social media as Y, was …", "X, also a reporter, …", "X, detained in May, was …".
      if (m && (/^(a|an|the|who|whose|which|both|all|each|aged|from|\d[\d.]*|deputy|political|former|ex-[\w-]+|acting|head|chief|director|founder|co-founder|owner|member|employee|staff|editor-in-chief|known|better|also|widely|aka|alias|nicknamed|dubbed|described|identified|born|originally|previously|formerly|detained|arrested|jailed|held|father|mother|son|daughter|brother|sister|wife|husband|chairman|chairwoman|chairperson|leader|coordinator|president|secretary)$/.test(opener) || roleOf(opener) !== null)) return { entities: group(m, mentions, s, "en"), confidence: 0.85 };
    }
    const direct = mentionAt(mentions, (x) => x.last === i && !x.possessor);
    if (direct) return { entities: group(direct, mentions, s, "en"), confidence: 0.85 };
    return null;
  }
  // "Reporter X of Testov Media was detained": the outlet after the name is hers.
  // "X from the city of Tver was fined", "X from Tver region was detained": her hometown, told the long way.
  if ((tokens[i]?.cap || TOWN_WORD_EN.test(tokens[i]?.lower ?? "")) && !mentions.some((x) => x.first <= i && x.last > i)) {
    let j = i;
    while (j > cs && (tokens[j]?.cap || TOWN_WORD_EN.test(tokens[j]?.lower ?? "") || (tokens[j]?.lower === "of" && TOWN_WORD_EN.test(tokens[j - 1]?.lower ?? ""))) && !mentions.some((x) => x.first <= j && x.last > j) && i - j < 8) j--;
    const owner = /^(?:of|from|at)$/.test(tokens[j]?.lower ?? "") ? mentionAt(mentions, (x) => x.last === j && !x.possessor) : undefined;
    if (owner) return { entities: group(owner, mentions, s, "en"), confidence: 0.75 };
  }
  // "X and his son were detained": X and X's son; "X's husband was also arrested": X's husband.
  if (KIN_ONLY_EN.test(tokens[i]?.lower ?? "")) {
    const owner = mentionAt(mentions, (x) => x.possessor && x.last === i && !x.entity.relative && !x.entity.official);
    if (owner) return { entities: [seen.kin(owner.entity, tokens[i]?.lower ?? "")], confidence: 0.7 };
    const named = /^(?:his|her)$/.test(tokens[i - 1]?.lower ?? "") && tokens[i - 2]?.lower === "and" ? mentionAt(mentions, (x) => x.last === i - 2 && !x.possessor && !x.entity.relative && !x.entity.official) : undefined;
    if (named) return { entities: [...group(named, mentions, s, "en"), seen.kin(named.entity, tokens[i]?.lower ?? "")], confidence: 0.75 };
  }
  const m = mentionAt(mentions, (x) => x.last === i + 1 && !x.possessor);
  // "Supporters of X were detained": the group X leads was, not X.
  if (m && tokens[m.first - 1]?.lower === "of" && /^(?:associates|supporters|allies|colleagues|members|staff|employees|relatives|friends|followers|aides|team|dozens|hundreds)$/.test(tokens[m.first - 2]?.lower ?? "")) return null;
  if (m) return { entities: group(m, mentions, s, "en"), confidence: 0.9 };
  // "X, director of the channel has been accused of …": an appositive whose closing comma the writer left out.
  // "X, the chairperson of the Testov Branch of Viasna was detained": the appositive may end in a capitalised name,
  // or in a quoted one ("X, a journalist of the channel "Testovi" is among those detained").
  let end = i;
  if (/^[”"»]$/.test(tokens[i]?.text ?? "")) {
    const opening = ({ "»": "«", "”": "“", '"': '"' } as Record<string, string>)[tokens[i]?.text ?? ""] ?? "";
    const open = tokens.slice(Math.max(cs, i - 6), i).map((t) => t.text).lastIndexOf(opening);
    if (open >= 0) end = Math.max(cs, i - 6) + open - 1;
  }
  if (tokens[end]?.word && !mentions.some((x) => x.first <= end && x.last > end)) {
    for (let j = end - 1; j >= Math.max(cs, end - 12); j--) {
      const tj = tokens[j];
      if (!tj || tj.text !== ",") {
        if (tj && (!tj.word || /^(?:said|says|told|was|were|is|are|has|have|had|who|which|that|and)$/.test(tj.lower))) break;
        continue;
      }
      const opener = tokens[j + 1]?.lower ?? "";
      const named = mentionAt(mentions, (x) => x.last === j && !x.possessor);
      if (named && (/^(a|an|the|deputy|former|acting|head|chief|director|founder|co-founder|owner|editor-in-chief)$/.test(opener) || roleOf(opener) !== null)) return { entities: group(named, mentions, s, "en"), confidence: 0.75 };
      break;
    }
  }
  // "X's flat was searched", "X's phone was seized": a thing was the object, its owner is whom it happened to.
  if (OWNED_EN.test(tokens[i]?.lower ?? "")) {
    const owner = mentionAt(mentions, (x) => x.possessor && x.last === i);
    if (owner) return { entities: [owner.entity], confidence: 0.8 };
    // "X, whose home was searched on Monday, …": the name before "whose".
    const whose = tokens[i - 1]?.lower === "whose" && tokens[i - 2]?.text === "," ? mentionAt(mentions, (x) => x.last === i - 2 && !x.possessor) : undefined;
    if (whose) return { entities: [whose.entity], confidence: 0.8 };
  }
  const w = tokens[i]?.lower ?? "";
  // "The five were kept in pre-trial detention"
  const theFive = i - 1 === cs ? lastCounted(tokens, i, seen) : null;
  if (theFive) return { entities: theFive, confidence: 0.6 };
  // "X was detained, and Y was arrested. Later, Z was arrested. All of them were charged": everyone the paragraph
  // reported, not only the last sentence's people.
  if (w === "them" && tokens[i - 1]?.lower === "of" && tokens[i - 2]?.lower === "all" && seen.paragraph.length > focus.length && focus.every((e) => seen.paragraph.includes(e))) {
    return { entities: seen.paragraph, confidence: 0.6 };
  }
  if (PRON_SG_EN[w] || PRON_PL_EN.has(w)) {
    if (unnamedGroup(tokens, i, mentions)) return null;
    const r = resolvePronoun(w, i, mentions, focus, "en", seen);
    return r.length ? { entities: r, confidence: 0.7 } : null;
  }
  // "All three were arrested": the last three people something happened to, even across sentences.
  const n = countWord(w);
  if (n && (tokens[i - 1]?.lower === "all" || tokens[i - 1]?.lower === "the")) {
    if (seen.victims.length >= n) return { entities: seen.victims.slice(0, n), confidence: 0.6 };
    if (focus.length >= 2) return { entities: focus, confidence: 0.6 };
    // "X and Y were found guilty. A third man, Z, was fined. The three were detained …": the last n people named.
    const named = seen.people.filter((e) => !e.official && !e.relative);
    return named.length >= n ? { entities: named.slice(0, n), confidence: 0.55 } : null;
  }
  // "It became known that the women were released": the women among the people just reported.
  // "the man was held for two days": the only man among them.
  const sex = /^(?:women|girls|woman|girl)$/.test(w) ? "f" : /^(?:men|boys|man)$/.test(w) ? "m" : null;
  const pool = focus.length >= 2 ? focus : seen.paragraph;
  if (sex && /^(the|both|all)$/.test(tokens[i - 1]?.lower ?? "") && pool.length >= 2) {
    const r = pool.filter((e) => e.gender === sex);
    const plural = /(?:men|s)$/.test(w);
    if (plural ? r.length && r.length < pool.length : r.length === 1) return { entities: r, confidence: 0.55 };
    if (plural) return null;
  }
  if (ANAPHOR_EN.test(w) && /^(the|his|her|their)$/.test(tokens[i - 1]?.lower ?? "")) {
    const r = anaphor(tokens, i, mentions, focus);
    return r.length ? { entities: r, confidence: 0.6 } : null;
  }
  // "she was beaten after being detained": the subject of the main clause, a name or a pronoun.
  if (/^(after|before|while|upon|without|since)$/.test(w)) {
    for (let j = i - 1; j >= cs; j--) {
      const m2 = mentionAt(mentions, (x) => x.last === j + 1 && !x.possessor && !x.entity.official);
      if (m2) return { entities: group(m2, mentions, s, "en"), confidence: 0.7 };
      const pw = tokens[j]?.lower ?? "";
      if (PRON_SG_EN[pw] && /^(he|she)$/.test(pw)) {
        const r = resolvePronoun(pw, j, mentions, focus, "en", seen);
        if (r.length) return { entities: r, confidence: 0.65 };
      }
    }
    return null;
  }
  if (w === "and" || w === "," || w === "but") {
    const prev = mentions.filter((x) => x.last <= i && x.first >= cs && !x.possessor && !x.speaker && !x.entity.official).sort((a, b) => b.last - a.last)[0];
    if (prev) return { entities: group(prev, mentions, s, "en"), confidence: 0.6 };
  }
  return null;
}
