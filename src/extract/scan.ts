/**
 * Trigger words of a document and the grammar around them: scanned once per document, taken per sentence, blocked
 * when negated, future, demanded, guessed or rumoured; clause bounds, coordination with the trigger before, and
 * attributive use ("the detained poet X").
 */
import { KK_TRIGGERS } from "./kk.js";
import { roleOf } from "./lexicon.js";
import { AUX, CUSTODY, type Mention, PRON_PL_EN, PRON_PL_RU, PRON_SG_EN, PRON_SG_RU, type Trigger } from "./model.js";
import type { Sentence, Token } from "./text.js";
import { EN_TRIGGERS, RU_TRIGGERS, type TriggerDef } from "./triggers.js";

// A hyphen standing alone between spaces is a dash ("Five others - X, Y and Z - are charged").
export const CLAUSE_PUNCT = new Set([";", ":", "—", "–", "-", "(", ")"]);
// Words allowed between listed names: roles, kin and possessives ("and cameraman", ", её сына"), nothing that
// starts a new clause (", защищающая задержанного поэта").
export const GAP_WORD = /^(the|his|her|their|a|an|its|её|ее|его|их|также|retired|former|young|local|independent|freelance|opposition|civic|fellow|elder|younger|chief|deputy|senior|general|executive|managing|acting|staff|video|news|investigative|главн\p{L}*|шеф-редактор\p{L}*|генеральн\p{L}*|исполнительн\p{L}*|выпускающ\p{L}*|старш\p{L}*|младш\p{L}*|бывш\p{L}*|сво(?:й|его|ему|им|ей|ю|их|ими)|знаком\p{L}*|супруг\p{L}*|товарищ\p{L}*)$/u;

/** "the detained poet X", "задержанного поэта X": describes the person, does not date the detention. */
export function isAttributive(tokens: Token[], tr: Trigger, lang: "en" | "ru"): boolean {
  if (lang === "en") return /^(the|a|an)$/.test(tokens[tr.first - 1]?.lower ?? "") && /ed$/.test(tokens[tr.first]?.lower ?? "");
  const next = tokens[tr.last];
  // "спустя 9 месяцев после задержания, начался процесс": the time since a custody told elsewhere, not its day.
  if (/^(?:задержания|ареста)$/.test(tokens[tr.first]?.lower ?? "") && tokens[tr.first - 1]?.lower === "после" && !ownerAfter(tokens, tr.last)) return true;
  return tr.def.form === "participle" && next !== undefined && next.word && !next.cap && !/^\d/.test(next.text) && !RU_PREPOSITION.test(next.lower);
}

/** A possessive or a name right after an event noun says whose it was ("после задержания Павла X", "после его ареста"). */
const ownerAfter = (tokens: Token[], k: number): boolean => tokens[k]?.cap === true || /^(?:его|её|ее|их)$/.test(tokens[k]?.lower ?? "");

const LETTER = /\p{L}/u;

export interface RawTrigger {
  def: TriggerDef;
  start: number;
  end: number;
}

export function scanTriggers(text: string, lang: "en" | "ru", kazakh: boolean): RawTrigger[] {
  // Kazakh text keeps the Russian patterns: the press mixes Russian terms and names into it.
  const defs = lang === "en" ? EN_TRIGGERS : kazakh ? [...RU_TRIGGERS, ...KK_TRIGGERS] : RU_TRIGGERS;
  // ё is often written е; folding it keeps the offsets, as both are one code unit.
  const folded = lang === "ru" ? text.replace(/ё/g, "е").replace(/Ё/g, "Е") : text;
  const lower = folded.toLowerCase();
  // Lower-casing can change the length of a few exotic letters; then the case-insensitive patterns run instead.
  const useLower = lower.length === folded.length;
  const subject = useLower ? lower : folded;
  const found: RawTrigger[] = [];
  for (const def of defs) {
    if (def.needs !== undefined && !lower.includes(def.needs)) continue;
    const re = useLower ? def.lower : def.re;
    re.lastIndex = 0;
    for (let m = re.exec(subject); m; m = re.exec(subject)) {
      if (def.wordStart && m.index > 0 && LETTER.test(subject[m.index - 1] ?? "")) re.lastIndex = m.index + 1;
      else if (m[0].length === 0) re.lastIndex++;
      else {
        const lead = def.afterDash ? (/^[—–-] ?/.exec(m[0])?.[0].length ?? 0) : 0;
        found.push({ def, start: m.index + lead, end: m.index + m[0].length });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The triggers inside one sentence; where two overlap, the longer one of another type wins (both stay if one goes `alongside`). */
export function triggersIn(s: Sentence, raw: readonly RawTrigger[]): Trigger[] {
  const out: Trigger[] = [];
  for (const r of raw) {
    if (r.start < s.start || r.end > s.end) continue;
    const first = s.tokens.findIndex((t) => t.end > r.start);
    if (first < 0) continue;
    let last = first;
    while (last < s.tokens.length && (s.tokens[last]?.start ?? Infinity) < r.end) last++;
    const t: Trigger = { def: r.def, start: r.start, end: r.end, first, last };
    const clash = out.find((o) => t.start < o.end && o.start < t.end && !((o.def.alongside || t.def.alongside) && o.def.type !== t.def.type));
    if (!clash) out.push(t);
    else if (t.end - t.start > clash.end - clash.start && t.def.type !== clash.def.type) out.splice(out.indexOf(clash), 1, t);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Negated ("was not detained", "не задерживали"), future or demanded ("faces", "calls for his release", "грозит"). */
const HOUSE_ARREST_NOT = /^(?:releas\w*|freed|sentenc\w*|spent|spend|request\w*|refus\w*|restriction|moved|transferred|отпуст\p{L}*|освобод\p{L}*|приговор\p{L}*|осуд\p{L}*|ограничени\p{L}*|отказ\p{L}*|перевел\p{L}*|переведен\p{L}*|перевод\p{L}*|измени\p{L}*|изменен\p{L}*|замени\p{L}*|заменен\p{L}*)$/u;

export function blocked(tokens: Token[], tr: Trigger, lang: "en" | "ru"): boolean {
  // "detained in May and jailed": the month, not the modal.
  const window = tokens.slice(Math.max(0, tr.first - (lang === "en" ? 4 : 3)), tr.first).map((t) => (t.cap && t.lower === "may" ? "" : t.lower));
  const inside = tokens.slice(tr.first, tr.last).map((t) => t.lower);
  // "released under house arrest", "отпустили под домашний арест" is a release; "three years of house arrest",
  // "freedom restriction under home confinement" a sentence; "time spent under house arrest", "requested to be
  // released under house arrest", "refusal to transfer him to house arrest" no new order; "moved from pre-trial
  // detention to house arrest", "перевели под домашний арест" a release. "Placed under house arrest", "is under
  // house arrest" stay.
  if (tr.def.type === "house_arrest" && (tokens.slice(Math.max(0, tr.first - 12), tr.first).some((t) => HOUSE_ARREST_NOT.test(t.lower)) || /^(?:years?|months?|лет|год\p{L}*|месяц\p{L}*)$/u.test(tokens[tr.first - (/^(?:of|под)$/.test(tokens[tr.first - 1]?.lower ?? "") ? 2 : 1)]?.lower ?? ""))) return true;
  if (lang === "en") {
    if (window.some((w) => w === "not" || w === "never" || w.endsWith("n't") || w === "no")) return true;
    // "faces charges of rioting" reports charges brought; "faces arrest", "faces up to ten years" are still to come.
    const facesCharges = tr.def.type === "charge" && /^(faces?|facing)$/.test(window.at(-1) ?? "");
    // "are facing charges after being arrested": the arrest is past, whatever the main verb says.
    const after = window.at(-2) === "after" && window.at(-1) === "being";
    // "will be kept in pretrial detention until March 13": a court's custody order, already made.
    const order = tr.def.type === "criminal_arrest" && tokens.slice(tr.last, tr.last + 12).some((t) => t.lower === "until");
    if (!facesCharges && !after && window.some((w) => (w !== "will" || !order) && /^(would|will|going|could|may|might|must|should|shall|faces?|facing|risks?|demand\w*|urg\w*|wants?|plans?|intends?|expected|threatens?|seeking|seek|sought|if|whether|deny|denies|denied)$/.test(w))) return true;
    // "the prosecutor called for X to be imprisoned for 25 years": a requested term, not a verdict.
    if (/^(?:sentence|fine|administrative_arrest|criminal_arrest)$/.test(tr.def.type) && tokens.some((t) => /^prosecut/.test(t.lower)) && tokens.slice(Math.max(0, tr.first - 10), tr.first).some((t) => /^(?:call(?:s|ed)?|request(?:s|ed)?|ask(?:s|ed)?|sought|seeks?|demand(?:s|ed)?)$/.test(t.lower))) return true;
    // "What exactly he is charged with is unknown", "It remains unclear whether she was detained": not reported.
    const before = tokens.slice(Math.max(0, tr.first - 8), tr.first).map((t) => t.lower);
    const q = before.findLastIndex((w) => /^(?:what|why|whether|where)$/.test(w));
    const asked = q >= 0 && !before.slice(q).includes(",");
    if (asked && /^(?:(?:is|are|was|were|remains?|remained) (?:still )?(?:unknown|unclear|not known))\b/.test(tokens.slice(tr.last, tr.last + 8).map((t) => t.lower).join(" ").replace(/^(?:\S+ ){0,2}?(?=(?:is|are|was|were|remains?|remained) )/, ""))) return true;
    if (/\b(?:it|this) (?:is|was|remains?|remained) (?:still )?(?:unknown|unclear|not known) (?:whether|if)\b/.test(tokens.slice(Math.max(0, tr.first - 12), tr.first).map((t) => t.lower).join(" "))) return true;
    // "dismissed a complaint against the arrest of X": the appeal is the news, the arrest was reported before.
    if (tr.def.form === "noun" && /^(?:arrest|detention)$/.test(tokens[tr.first]?.lower === "the" ? tokens[tr.first + 1]?.lower ?? "" : tokens[tr.first]?.lower ?? "") && window.some((w) => /^(?:complaints?|appeals?)$/.test(w))) return true;
    // "release X and all other journalists currently imprisoned for their work": the unnamed others, in a demand.
    // "two days before his arrest, X shared a post", "in the months prior to their arrest": a time reference to an
    // arrest the report tells (or not) elsewhere, not a report of it; so is "under 21 at the time of their arrest".
    if (/^(?:arrest|detention)$/.test(tokens[tr.first]?.lower ?? "") && /^(?:his|her|their)$/.test(window.at(-1) ?? "") && (window.at(-2) === "before" || window.at(-2) === "ahead" || (window.at(-2) === "to" && window.at(-3) === "prior") || (window.at(-2) === "of" && window.at(-3) === "time"))) return true;
    // "release X and everyone else who is arbitrarily detained": the others, unnamed.
    if (window.includes("else") && window.includes("who")) return true;
    // "expected them to announce charges by May 28 or else release them": the alternative of an expectation.
    if (window.at(-1) === "else" && window.at(-2) === "or") return true;
    if (/^(?:other|others)$/.test(window.at(-2) ?? "") || (window.at(-3) === "other" && /^(?:currently|still|now|unjustly|wrongfully|already)$/.test(window.at(-1) ?? ""))) return true;
    // "after questioning" only counts opening the sentence, where it is about the main clause's people.
    if (tr.first > 0 && /^(after|following)$/.test(tokens[tr.first]?.lower ?? "")) return true;
    if (tr.def.type === "release" && window.some((w) => /^(call\w*|for|demanding|until|pending|without)$/.test(w))) return true;
    // "is calling on Kyrgyz authorities to immediately release X": the demand reaches further back than the verb.
    if (tr.def.type === "release" && tokens.slice(Math.max(0, tr.first - 9), tr.first).some((t) => /^(call(?:s|ed|ing)?|urg\w*|demand\w*|must|should)$/.test(t.lower))) return true;
    // "The journalists reject the charges", "X denied the charges against him": denying them reports no charging.
    if (tr.def.type === "charge" && tokens.slice(Math.max(0, tr.first - 4), tr.last + 3).some((t) => /^(?:reject(?:s|ed)?|den(?:y|ies|ied)|dispute[sd]?|refute[sd]?)$/.test(t.lower))) return true;
    // "A court extended the pre-trial detention of X": the custody goes on; no new arrest.
    if (/^(?:extended|extends|extend|prolonged)$/.test(window.at(-1) ?? "") || (/^(?:the|his|her|their)$/.test(window.at(-1) ?? "") && /^(?:extended|extends|extend|prolonged)$/.test(window.at(-2) ?? ""))) return true;
    // "jailed journalist X", "an appeal by jailed X", "X, jailed former coordinator of …": a state the story takes as
    // known, not a report of the verdict.
    const adjective = tr.def.type === "sentence" && tokens[tr.first]?.lower === "jailed" && tr.last === tr.first + 1;
    const nextWord = tokens[tr.last]?.lower ?? "";
    if (adjective && (/^(?:the|a|an|by|of|for|against|to|with)$/.test(window.at(-1) ?? "") || roleOf(nextWord) !== null || (window.at(-1) === "," && GAP_WORD.test(nextWord)))) return true;
    // "The charges against them remained unknown": that they were charged is not what it reports.
    if (tr.def.type === "charge" && /^charges?$/.test(tokens[tr.first]?.lower ?? "") && tokens.slice(tr.last, tr.last + 5).some((t, n, after) => /^(?:remain(?:s|ed)?|are|were|is|was)$/.test(t.lower) && /^(?:unknown|unclear)$/.test(after[n + 1]?.lower ?? ""))) return true;
    // "sentenced … on charges of", "convicted on charges of": the grounds of the verdict, not a charge of its own.
    // "sentenced … on a charge of", "fined … on charges of" too.
    const grounds = window.at(-1) === "on" || window.at(-1) === "under" || /^(?:on|for)$/.test(tokens[tr.first]?.lower ?? "") || (/^(?:a|an)$/.test(window.at(-1) ?? "") && window.at(-2) === "on");
    if (tr.def.type === "charge" && grounds && tokens.some((t) => /^(sentenced|convicted|jailed|found|fined|given|handed|served|serving)$/.test(t.lower))) return true;
    return false;
  }
  // "Суд не удовлетворил апелляцию": a denied appeal is still the appeal heard.
  if (window.slice(-2).some((w) => w === "не" || w === "ни") && !(tr.def.type === "appeal" && /^удовлетвор/.test(tokens[tr.first]?.lower ?? ""))) return true;
  // "X (три года)": a term in brackets after a name is a verdict only in a list of them or beside a word for one
  // (an age is written so too).
  if (tr.def.type === "sentence" && tokens[tr.first]?.text === "(" && !(tokens[tr.first - 1]?.cap && (tokens.filter((t, k) => t.text === "(" && /^(?:лет|года?)$/.test(tokens[k + 2]?.lower ?? "")).length >= 2 || tokens.some((t) => /^(?:приговор|осужд|осуди|срок|колони|заключени)/.test(t.lower))))) return true;
  // "приговорен по обвинению в …": the grounds of the verdict, not a charge of its own.
  // Only right after the custody it grounds ("задержаны по обвинению"); elsewhere it may belong to anyone named.
  // "арестованы на два месяца по обвинению в …": the custody's term may stand between.
  const held = tokens[tr.first - (TERM_RU.test(tokens.slice(Math.max(0, tr.first - 3), tr.first).map((t) => t.lower).join(" ")) ? 4 : 1)]?.lower ?? "";
  // "По аналогичному обвинению была арестована X": the grounds before the custody.
  const heldAfter = tokens[tr.last + (/^был[аио]?$/.test(tokens[tr.last]?.lower ?? "") ? 1 : 0)]?.lower ?? "";
  if (tr.def.type === "charge" && tokens[tr.first]?.lower === "по" && (tokens.some((t) => /^(приговор|осужд|осуд)/.test(t.lower)) || !/^(задержа|арестова|водвор|помещ|взят)/.test(held) && !/^(задержа|арестова|водвор|помещ|взят)/.test(heldAfter))) return true;
  // "Сами журналисты отвергают предъявленные обвинения", "обвинения отвергли": denying the charges reports no charging.
  if (tr.def.type === "charge" && tokens.slice(Math.max(0, tr.first - 4), tr.last + 3).some((t) => /^(?:отверга|отвергл|отверг|отрица|оспарива|опроверга)/.test(t.lower))) return true;
  // "В чем их обвиняют, власти не сообщают": a question about the charge, not a charge.
  // "Какую статью ему вменяют, неизвестно", "По какой статье их обвиняют, не сообщается": asked, not told.
  if (tr.def.type === "charge" && /(?:^| )(?:в чем|в чём|за что|как\p{L}* стать\p{L}*)(?: |$)/u.test(tokens.slice(Math.max(0, tr.first - 5), tr.first).map((t) => t.lower).join(" "))) return true;
  // "задержан не был", "освобождена не была".
  const after = tokens.slice(tr.last, tr.last + 2).map((t) => t.lower);
  if (after[0] === "не" && /^был/.test(after[1] ?? "")) return true;
  // "не выходит на связь", "не может покидать" are the incident; "обвинений … не предъявляли" denies it.
  if (inside.includes("не") && !/не (?:выход|выш|могут|может|давали|дал|выпуск|выпуст|пуск|пуст)/.test(inside.join(" "))) return true;
  // "призываем … принять меры для немедленного освобождения X", "требуют скорейшего освобождения": a demand
  // reaches further back than the verb.
  if (tr.def.type === "release" && (/^(немедленн|незамедлительн|скорейш|безусловн)/.test(window.at(-1) ?? "") || tokens.slice(Math.max(0, tr.first - 10), tr.first).some((t) => /^(призыва|призвал|призыв|требу|потребова|настаива|добива|просим|просят|должн|необходимо)/.test(t.lower)))) return true;
  // "слухи о его задержании": a rumour, not a report.
  if (window.some((w) => /^слух/.test(w))) return true;
  // "Родственники предполагают, что он был задержан", "опасаются, что его похитили": a guess, not a report.
  for (let k = tr.first - 1; k >= Math.max(1, tr.first - 20); k--) {
    const t = tokens[k];
    if (!t || /^[.;:!?]$/.test(t.text)) break;
    if (t.lower !== "что" || tokens[k - 1]?.text !== ",") continue;
    if (tokens.slice(Math.max(0, k - 4), k - 1).some((w) => /^(?:предполага\p{L}*|полага\p{L}*|подозрева\p{L}*|опаса\p{L}*|боя\p{L}*|исключа\p{L}*|допуска\p{L}*|вероятно|возможно)$/u.test(w.lower))) return true;
    break;
  }
  // "должны предотвратить экстрадицию X и не допустить пыток и жестокого обращения": what is to be prevented.
  if (tokens.slice(Math.max(0, tr.first - 8), tr.first).some((t) => /^(?:допустить|допускать|предотвратить|предотвращать)$/.test(t.lower))) return true;
  // "где ему могут грозить пытки и жестокое обращение": the second of two threatened things is threatened too.
  const reach: string[] = [];
  for (let k = tr.first - 1; k >= Math.max(0, tr.first - 6) && /[\p{L}]/u.test(tokens[k]?.text ?? ""); k--) reach.push(tokens[k]?.lower ?? "");
  if (reach.some((w) => /^(?:грозить|угрожать|грозят|грозит|угрожают|угрожает)$/.test(w))) return true;
  if (window.some((w) => /^(грозит|грозят|может|могут|могли|будет|будут|требу\p{L}*|призыва\p{L}*|требованием|намерен\p{L}*|планиру\p{L}*|хотят|собира\p{L}*|если|обжалует|последующим|отказано|отказали|отказал|отказала|отказывают|отказывает)$/u.test(w))) return true;
  return false;
}

/** "на два месяца", "на 15 суток": the term of a custody, between it and its grounds. */
const TERM_RU = /^на (?:\d+|\p{L}+) (?:месяц\p{L}*|сут\p{L}*|дн\p{L}*|недел\p{L}*)$/u;

export function clauseBounds(tokens: Token[], idx: number): [number, number] {
  let a = idx;
  while (a > 0 && !CLAUSE_PUNCT.has(tokens[a - 1]?.text ?? "")) a--;
  let b = idx;
  while (b < tokens.length && !CLAUSE_PUNCT.has(tokens[b]?.text ?? "")) b++;
  return [a, b];
}

/** "was detained, beaten and shown on television": a trigger joined to the previous one shares its victims. */
export function coordinatedWith(tokens: Token[], prev: Trigger, tr: Trigger, lang: "en" | "ru", mentions: Mention[]): boolean {
  const gap = tokens.slice(prev.last, tr.first);
  if (gap.length > 10) return false;
  const words = gap.map((t) => t.lower);
  // "were detained on charges of tax evasion", "задержаны по обвинению в контрабанде": the grounds of the custody
  // are charges against the same people.
  if (tr.def.type === "charge" && CUSTODY.has(prev.def.type) && ((words.length === 1 && /^(on|over|по)$/.test(words[0] ?? "")) || (words.length === 0 && tokens[tr.first]?.lower === "on"))) return true;
  if (lang === "ru" && tr.def.type === "charge" && CUSTODY.has(prev.def.type) && tokens[tr.first]?.lower === "по" && TERM_RU.test(words.join(" "))) return true;
  // "detained X and Y on the same charges", "who was detained a day earlier on a hooliganism charge", "detained Z on
  // 5 May on charges of …": the people and the day of the custody may stand between it and its grounds.
  if (lang === "en" && tr.def.type === "charge" && CUSTODY.has(prev.def.type) && (/^(?:on|for)$/.test(tokens[tr.first]?.lower ?? "") || words.at(-1) === "on") && !words.some((w) => /^(?:who|which|that|whose|said|says|told|while|after|before|because|when|but|and then|later)$/.test(w) || AUX.has(w))) return true;
  // "прошли обыски, в ходе которых были изъяты телефоны": what the search took was theirs.
  if (lang === "ru" && prev.def.type === "search" && tr.def.type === "equipment_seizure" && /^, (?:в ходе|во время) котор\p{L}+(?: \p{L}+)?$/u.test(words.join(" "))) return true;
  const joiner = lang === "en" ? words.some((w) => w === "and" || w === "then" || w === "or") || words.at(-1) === "," : words.some((w) => w === "и" || w === "а") || words.at(-1) === ",";
  if (!joiner) return false;
  // A new name in between ("and police searched X") breaks the chain.
  if (mentions.some((m) => m.first >= prev.last && m.last <= tr.first)) return false;
  // A new agent ("and police searched X") starts another clause; a passive's agent ("beaten by investigators and
  // forced to …") does not.
  if (lang === "en" && words.some((w, i) => /^(police|officers|court|judge|investigators|soldiers|guards)$/.test(w) && words[i - 1] !== "by")) return false;
  if (lang === "en" && words.some((w) => AUX.has(w)) && !words.slice(-3).some((w) => AUX.has(w))) return false;
  // "the women were released, but the camera operator was detained": a contrast with a subject of its own.
  if (lang === "en" && words.includes("but") && words.some((w) => /^(the|a|an|his|her|their)$/.test(w))) return false;
  // "sentenced X to 10 days, and handed a 7-day term to his colleague Y": an active verb with an object of its own.
  if (lang === "en" && !AUX.has(words.at(-1) ?? "") && mentions.some((m) => m.first >= tr.last && m.first - tr.last <= 4 && !tokens.slice(tr.last, m.first).some((t) => !t.word))) return false;
  // A new subject or object pronoun starts another clause; a possessive ("at his home") does not.
  const possessive = /^(his|her|their|its|его|её|ее|их)$/;
  return !words.some((w) => /^(who|which|that|said|told|он|она|они|что|который|которая)$/.test(w) || (!possessive.test(w) && (PRON_SG_EN[w] || PRON_PL_EN.has(w) || (lang === "ru" && (PRON_SG_RU[w] || PRON_PL_RU.has(w))))));
}

const RU_PREPOSITION = /^(в|во|на|с|со|к|ко|по|за|из|у|от|до|о|об|при|для|без|под|над|через|после|около|возле|вчера|накануне|сегодня)$/;
