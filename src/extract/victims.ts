/**
 * Victim resolution shared by both languages: a list of names from its first one, pronouns and role words to the
 * people in focus, names between two points of a sentence, a list after a colon or a dash.
 */
import { RELATIVE_WORD, roleOf } from "./lexicon.js";
import { dedupe, type Entity, isInitial, type Mention, PRON_PL_EN, PRON_PL_RU, PRON_SG_EN, PRON_SG_RU, type Seen, type Trigger, type Victims } from "./model.js";
import { clauseBounds, GAP_WORD } from "./scan.js";
import type { Sentence, Token } from "./text.js";

// "X, who, along with Y and Z, is accused": the relative pronoun opens a clause whose subject the list shares.
const GROUP_GAP_EN = /^(?:\s*,\s*(?:(?:a|an|the)\s+[a-z -]{1,60}|\d{1,3}),)?(?:\s*,\s*who(?=\s*,\s*(?:along|together) with\b))?(?:\s*(?:,|and|as well as|&|along with|together with)\s*)+((?:(?:the|his|her|their|a|an)\s+)?(?:[a-z'’-]+,?\s+){0,3})$/;
// An outlet's Latin name may stand in a title ("журналистки RusNews Y", "администратора Telegram-канала Y").
const GROUP_GAP_RU = /^(?:\s*(?:,|и|а также)\s*)+((?:[а-яёa-z0-9.-]+,?\s+){0,5})$/;
const AGENT_NOUN = /^[\p{L}-]{3,}(?:er|or|ist|man|woman|ant|ent|тель|ист|ник|щик|чик)$/u;
// The same in any Russian case ("видеоредактора", "менеджера по социальным сетям"): the role's complement may be longer.
const AGENT_NOUN_RU = /^[а-яё-]{3,}(?:тел|ист|ник|щик|чик|ер|ор|ант|ент)(?:ь|я|ю|ем|е|и|ей|а|у|ом|ы|ов|ам|ами|ах)?$/;
// Offices in an organisation ("и член правления Y", "учредитель Toplum TV Y") list their holders like roles.
const RU_OFFICE = /^(?:член|председател|учредител|соучредител|основател|сотрудни|заместител|руководител|директор|менеджер)\p{L}*$/u;
// Russian posts and trades that head an appositive in a list ("экс-судья … Y, экс-член ЦИК Z", "акына Y").
const RU_POST = /^(?:депутат|судь|член|лидер|кандидат|политик|акын|поэт|певиц|певец|художни|писател|предпринимател|бизнесмен|пенсионер|студент|врач|учител|министр|глав|председател|директор|руководител|сотрудни|заместител|основател|соучредител|учредител|менеджер|админ|модератор|автор)\p{L}*$/u;
// A role may carry its own complement ("и водитель съёмочной группы Y", "and head of security Y"): up to two words.
const gapOk = (words: string): boolean => {
  let complement = 0;
  // "экс-депутат", "вице-председатель": the post without its prefix.
  const ws = words.replace(/,/g, " ").trim().split(/\s+/).filter(Boolean).map((w) => w.replace(/^(?:экс|вице)-/, ""));
  const isRole = (w: string): boolean => roleOf(w) !== null || AGENT_NOUN_RU.test(w) || RU_OFFICE.test(w) || (/^[a-z-]+$/.test(w) && AGENT_NOUN.test(w));
  for (const [i, w] of ws.entries()) {
    if (roleOf(w) !== null || AGENT_NOUN_RU.test(w) || RU_OFFICE.test(w) || RU_POST.test(w)) complement = /[а-яё]/.test(w) ? 3 : 2;
    // "and social media editors Y": up to two English modifiers before the role they qualify.
    else if (/^[a-z-]+$/.test(w) && ws.slice(i + 1, i + 3).some(isRole) && !/^(who|which|that|was|were|is|are|said|and|but)$/.test(w)) continue;
    // "и московского фотографа Y", "орловского журналиста Y": an adjective before the role it qualifies.
    else if (/(?:ого|ому|ой|ый|ий|ая|ую|ых|ым)$/.test(w) && ws.slice(i + 1, i + 3).some(isRole)) continue;
    // "and the outlet's former staff Y": a possessive names whose staff, not a new clause.
    else if (GAP_WORD.test(w) || RELATIVE_WORD.test(w) || /^[a-z-]+['’]s$/.test(w)) continue;
    // An agent noun the role lexicon lacks ("and driver Y", "и водитель Y") still reads as a role.
    else if (AGENT_NOUN.test(w)) complement = 2;
    else if (complement-- <= 0) return false;
  }
  return true;
};

export function mentionAt(mentions: Mention[], predicate: (m: Mention) => boolean): Mention | undefined {
  return mentions.find(predicate);
}

// "и член правления "Платформы III Республики" Y": a quoted outlet or party name belongs to the role before it.
const unquote = (gap: string, lang: "en" | "ru"): string => (lang === "ru" ? gap.replace(/\s*(?:"[^"]{1,60}"|«[^»]{1,60}»)/g, "") : gap);

// group's helpers, at module level: under tsx every closure a call creates is also named (esbuild keepNames).
const inList = (x: Mention): boolean => !x.possessor && !x.entity.official && !x.commentator;
// "X (Alias), Y (Alias2) and Z", "Рамин Тестов (Самплзаде), Айнур Фиктова (Демова) и …": a name in brackets is
// another name of the one before it.
const bracketed = (s: Sentence, x: Mention): boolean => s.tokens[x.first - 1]?.text === "(" && s.tokens[x.last]?.text === ")";
// An aside in brackets after a name ("(also a Radio Liberty correspondent)") does not end the list.
const gapText = (s: Sentence, a: Mention, b: Mention): string => s.text.slice(a.end - s.start, b.start - s.start).replace(/^\s*\([^()]{1,80}\)/, "");
// English lists end in "and": names joined by commas alone ("for X, Y, Amnesty's director, said") are no list.
const joined = (s: Sentence, a: Mention, b: Mention): boolean => /\b(?:and|as well as|along with|together with)\b|&/.test(gapText(s, a, b));

/** The mention and the names joined to it by "and", commas and role words ("X, Y and cameraman Z"). */
export function group(m: Mention, mentions: Mention[], s: Sentence, lang: "en" | "ru"): Entity[] {
  const gap = lang === "en" ? GROUP_GAP_EN : GROUP_GAP_RU;
  const sorted = mentions.filter((x) => x === m || (!x.possessor && !bracketed(s, x))).sort((a, b) => a.start - b.start);
  const i = sorted.indexOf(m);
  const out: Mention[] = [m];
  for (let j = i - 1; j >= 0; j--) {
    const a = sorted[j];
    const b = sorted[j + 1];
    if (!a || !b || !inList(a)) break;
    const between = unquote(gapText(s, a, b).replace(/^['’]s/, "").toLowerCase(), lang);
    const g = gap.exec(between);
    // "associates of X, Y" are not X's list; "X, a senior member of the party, and Y" is (the "of" is X's title).
    const core = lang === "en" ? between.replace(/^\s*,\s*(?:a|an|the)\s+[a-z -]{1,60},/, "") : between;
    if (!g || !gapOk(g[1] ?? "") || /(?<![\p{L}])(?:of|у)(?![\p{L}])/u.test(core)) break;
    out.unshift(a);
  }
  let confirmed = out.length;
  let anyJoin = out.some((x, k) => k > 0 && joined(s, out[k - 1] as Mention, x));
  for (let j = i + 1; j < sorted.length; j++) {
    const a = sorted[j - 1];
    const b = sorted[j];
    if (!a || !b || !inList(b)) break;
    const g = gap.exec(unquote(gapText(s, a, b).toLowerCase(), lang));
    if (!g || !gapOk(g[1] ?? "")) break;
    out.push(b);
    if (joined(s, a, b)) {
      anyJoin = true;
      confirmed = out.length;
    }
  }
  if (lang === "en") {
    // "police detained Dzhakhin A., Testov A., Demov M. when …": names with their initials, or three names or more,
    // separated by bare commas are a chronicle's list all the same.
    const bare = out.length >= 2 && out.every((x, k) => k === 0 || /^\s*,\s*$/.test(gapText(s, out[k - 1] as Mention, x)));
    if (bare && !anyJoin && (out.length >= 3 || out.every((x) => x.words.some(isInitial)))) return dedupe(out.map((x) => x.entity));
    if (!anyJoin) return [m.entity];
    // "…, as well as X, Y (TUT.BY), Z (TASS).": a joined list whose tail runs to the end of the sentence is one list.
    let after = (out.at(-1)?.last ?? 0);
    if (s.tokens[after]?.text === "(") after = s.tokens.findIndex((t, k) => k > after && t.text === ")") + 1;
    if (after > 0 && (after >= s.tokens.length || (s.tokens[after]?.text === "." && after === s.tokens.length - 1))) confirmed = out.length;
    out.length = Math.max(confirmed, out.indexOf(m) + 1);
  }
  return dedupe(out.map((x) => x.entity));
}

export function resolvePronoun(word: string, idx: number, mentions: Mention[], focus: Entity[], lang: "en" | "ru", seen: Seen, s?: Sentence): Entity[] {
  const sg = lang === "en" ? PRON_SG_EN[word] : PRON_SG_RU[word];
  const pl = lang === "en" ? PRON_PL_EN.has(word) : PRON_PL_RU.has(word);
  if (pl && !sg && s) {
    // "…, а 8 марта — X и Y, они были отправлены под арест": the names just listed in the sentence.
    const last = mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.official && !m.speaker && !m.commentator).sort((a, b) => b.last - a.last)[0];
    const g = last ? group(last, mentions, s, lang) : [];
    if (g.length >= 2) return g;
  }
  // "им" is "to them" or "by him": after a group, with no one named before it in the sentence, it is the group.
  if (lang === "ru" && word === "им" && focus.length >= 2 && !mentions.some((m) => m.last <= idx && !m.possessor)) return focus;
  if (pl && !sg) {
    if (focus.length >= 2) return focus;
    // "X said both of them were detained": X and the person the text was about.
    const speaker = mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.official && !m.entity.relative).sort((a, b) => b.last - a.last)[0];
    return speaker && focus.length === 1 && !focus.includes(speaker.entity) ? [...focus, speaker.entity] : [];
  }
  const g = sg ?? null;
  const before = mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.relative && (!g || !m.entity.gender || m.entity.gender === g)).sort((a, b) => b.last - a.last);
  const f = focus.filter((e) => !g || !e.gender || e.gender === g);
  // "Судья X признал его виновным": an official named as the subject is the pronoun's last resort, after the person
  // the story is about; not a former official the sentence is about ("бывшему генпрокурору X … ему").
  const agent = before[0] && before[0].entity.official && (lang === "en" || before[0].case === "nom");
  const near = before.find((m) => !m.entity.official && !m.commentator) ?? (f.length && agent ? undefined : before[0]);
  if (near) return [near.entity];
  if (f.length) return f.slice(0, 1);
  // "She herself was not detained, but she was questioned" after a paragraph about a man: the latest woman named,
  // even if she was only quoted so far.
  const other = g ? seen.people.find((e) => e.gender === g && !e.official && !e.relative) : undefined;
  return other ? [other] : [];
}

export function anaphor(tokens: Token[], idx: number, mentions: Mention[], focus: Entity[], seen?: Seen): Entity[] {
  const role = roleOf(tokens[idx]?.lower ?? "");
  // "Журналистку отпустили": a feminine role word points at a woman, whoever else was named last.
  const fem = /(?:к[уиеа]|кой|ниц[аеуы]|ницей)$/.test(tokens[idx]?.lower ?? "") && /[а-яё]/.test(tokens[idx]?.lower ?? "");
  if (fem) {
    const f = [...mentions.filter((m) => m.last <= idx && !m.possessor && !m.entity.official && !m.speaker && m.entity.gender === "f").sort((a, b) => b.last - a.last).map((m) => m.entity), ...focus.filter((e) => e.gender === "f"), ...(seen?.victims ?? []).filter((e) => e.gender === "f" && !e.official), ...(seen?.people ?? []).filter((e) => e.gender === "f" && !e.official && !e.relative)];
    if (f[0]) return [f[0]];
  }
  // "X's lawyer, Y, said police took his client": the client is the one the lawyer belongs to, never the lawyer.
  if (tokens[idx]?.lower.startsWith("client")) {
    const owner = mentions.filter((m) => m.last <= idx && !m.entity.official && !m.speaker && m.entity.role !== "lawyer").sort((a, b) => b.last - a.last)[0];
    return owner ? [owner.entity] : focus.filter((e) => e.role !== "lawyer").slice(0, 1);
  }
  const f = focus.filter((e) => !role || !e.role || e.role === role);
  return f.slice(0, 1).length ? f.slice(0, 1) : focus.slice(0, 1);
}

/**
 * "▪️ X — got 15 days", "— Роза Тлеубаева — 10 суток ареста": a list item or headline that names the person, a
 * dash, and what happened, with no verb linking the two.
 */
export function dashItem(tokens: Token[], cs: number, mentions: Mention[], s: Sentence, lang: "en" | "ru"): Victims | null {
  if (!/^[—–-]$/.test(tokens[cs - 1]?.text ?? "")) return null;
  // "Olga Kravchenko (teacher) — fined": a parenthesis may stand between the name and the dash.
  let end = cs - 1;
  if (tokens[end - 1]?.text === ")") {
    const open = tokens.slice(Math.max(0, end - 8), end).map((t) => t.text).lastIndexOf("(");
    if (open >= 0) end = Math.max(0, end - 8) + open;
  }
  const m = mentionAt(mentions, (x) => x.last === end && !x.possessor && !x.speaker && !x.entity.official && !x.commentator);
  return m ? { entities: group(m, mentions, s, lang), confidence: 0.7 } : null;
}

/**
 * "суд арестовал шестерых сотрудников: директора X, его заместителя Y …", "detained five people: X, Y and Z": a
 * clause that ends in a colon (or counts people and ends in a dash) names them after it.
 */
export function colonList(tokens: Token[], tr: Trigger, mentions: Mention[]): Victims | null {
  const [cs, ce] = clauseBounds(tokens, tr.first);
  if (ce - tr.last > 8) return null;
  // "убили двух лидеров — X и Y": a dash after a counted group works as the colon does, the count after the verb
  // or, in a passive ("three more people were detained — X, Y and Z"), before it.
  // "released, but at least nine of them – X, … –" are a part singled out, not the group the verb reports.
  const counted = tokens.slice(cs, ce).some((t, k) => tokens[cs + k + 1]?.lower !== "of" && /^(\d+|two|three|four|five|six|seven|eight|nine|ten|several|двух|трех|трёх|четырех|четырёх|пятерых|шестерых|двоих|троих|четверых|нескольких|двум|трем|трём|четырем|четырём|пяти|пятерым|двоим|троим|нескольким)$/.test(t.lower));
  if (tokens[ce]?.text !== ":" && !(/^[—–-]$/.test(tokens[ce]?.text ?? "") && counted)) return null;
  const listed = mentions.filter((m) => m.first > ce && !m.possessor && !m.speaker && !m.entity.official && !m.commentator);
  // After a dash the names follow at once, past a title at most ("— police said nothing about X" is a clause).
  if (tokens[ce]?.text !== ":" && !(listed[0] && listed[0].first - ce <= 3 && tokens.slice(ce + 1, listed[0].first).every((t) => t.word && !t.cap))) return null;
  return listed.length >= 2 ? { entities: dedupe(listed.map((m) => m.entity)), confidence: 0.65 } : null;
}

/**
 * Everyone named from token `from` to the sentence's first ";" or ":" after it (or to token `to`) who is not only a
 * qualifier ("X's lawyer"), a speaker or a commentator, nor an official unless `officials`, nor a relative named by
 * kinship unless `relatives`.
 */
export function namedBetween(s: Sentence, mentions: Mention[], from: number, opts: { to?: number; stops?: RegExp; officials?: boolean; relatives?: boolean } = {}): Entity[] {
  const stop = opts.to ?? s.tokens.findIndex((t, k) => k >= from && (opts.stops ?? /^[;:]$/).test(t.text));
  const end = stop < 0 ? s.tokens.length : stop;
  const named = mentions.filter((x) => x.first >= from && x.last <= end && !x.possessor && !x.speaker && !x.commentator && (opts.officials || !x.entity.official) && (opts.relatives !== false || !x.entity.relative));
  return dedupe(named.map((x) => x.entity));
}

export const asVictims = (entities: Entity[]): Victims | null => (entities.length ? { entities, confidence: 0.7 } : null);

/**
 * "About 20 people were detained, including X and Y", "задержано около 57 человек, в том числе X": an aggregate stays a
 * statistic, but the people it names are each a victim of what it reports.
 */
export function namedAmong(s: Sentence, tr: Trigger, mentions: Mention[], lang: "en" | "ru"): Victims | null {
  const tokens = s.tokens;
  for (let j = tr.last; j < tokens.length - 1; j++) {
    const w = tokens[j]?.lower ?? "";
    const next = tokens[j + 1]?.lower ?? "";
    const cue = lang === "en"
      ? w === "including" || (w === "among" && /^(them|whom|those)$/.test(next)) || (w === "such" && next === "as")
      : (w === "том" && next === "числе" && tokens[j - 1]?.lower === "в") || (w === "среди" && /^(них|которых)$/.test(next)) || (w === "в" && next === "частности");
    if (!cue) continue;
    // "задержано 57 человек, в том числе наблюдатели, представители СМИ, как X из Frontline Defenders, а также
    // председатель БХК Y": in Russian the named members may come after a run of unnamed categories, and each may
    // carry its own title; everyone named up to the end of the clause list is one of those counted.
    // English too: "detained dozens of protesters, including the director of the newspaper B, X, and its cameraman, Y".
    const named = asVictims(namedBetween(s, mentions, j + 1, { officials: lang === "ru", relatives: false }));
    if (named) return named;
  }
  return null;
}
