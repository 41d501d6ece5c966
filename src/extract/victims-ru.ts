/**
 * Who a Russian trigger is about: word order is free, so the nearest eligible name, pronoun or role word in the
 * clause wins, subordinate clauses kept apart; gapped clauses after a dash, shared verbs and "всех, кроме X".
 */
import { dedupe, type Entity, type Mention, PRON_PL_RU, PRON_SG_RU, type Seen, TERM_TYPES, type Trigger, type Victims } from "./model.js";
import { CLAUSE_PUNCT, clauseBounds, isAttributive } from "./scan.js";
import type { Sentence, Token } from "./text.js";
import { anaphor, dashItem, group, mentionAt, resolvePronoun } from "./victims.js";

const POSSESSED_RU = /^(квартир|дом|телефон|ноутбук|камер|сын|доч|жен|муж|брат|сестр|мать|отц|подзащитн|коллег|адвокат|семь|родн|офис|машин|автомобил|блокнот|компьютер|мобильн|сосед|друг|соратни)/;
const ANAPHOR_RU = /^(мужчин[аеуы]|женщин[аеуы]|пенсионер|пенсионерк|журналист|журналистк|журналистку|журналистки|журналиста|активист|активиста|активистку|блогер|блогера|музыкант|музыканта|студент|студента|подзащитн|задержанн|осу[её]жденн|супруг|обвиняем|подсудим|фотограф|оператор|редактор|поэт|поэта|правозащитниц)/;
const RU_CLAUSE_WORDS = /^(что|кто|который|которая|которые|которого|которому|которой|которым|которых|котором|когда|где|хотя|но|а|поскольку|чтобы)$/;

// Module level: under tsx every closure a call creates is also named (esbuild keepNames).
const isAgent = (m: Mention, tr: Trigger, agentGender: RegExpExecArray | null): boolean =>
  agentGender !== null && m.last <= tr.first && tr.first - m.last <= 1 && m.case === "nom" && m.entity.gender === (agentGender[1] ? "f" : "m");

/** Russian: word order is free, so the nearest eligible name, pronoun or role word in the clause. */
export function attachRu(s: Sentence, tr: Trigger, mentions: Mention[], focus: Entity[], seen: Seen): Victims | null {
  const tokens = s.tokens;
  let [cs, ce] = clauseBounds(tokens, tr.first);
  // A parenthesis ("обвинили в … (статья 342 УК) приговорили к двум годам") does not end the clause around it.
  while (tokens[cs - 1]?.text === ")") {
    const open = tokens.slice(0, cs - 1).map((t) => t.text).lastIndexOf("(");
    if (open <= 0) break;
    cs = clauseBounds(tokens, open - 1)[0];
  }
  while (tokens[ce]?.text === "(") {
    const close = tokens.findIndex((t, k) => k > ce && t.text === ")");
    if (close < 0 || close + 1 >= tokens.length) break;
    ce = clauseBounds(tokens, close + 1)[1];
  }
  // "Среди задержанных — X, Y и Z", "В числе задержанных X, Y": the list follows.
  // "Среди освобождённых — X", "Среди осуждённых X, Y и Z": whoever the participle names follows it.
  if (/^(?:среди|в)$/.test(tokens[tr.first]?.lower ?? "") || (tokens[tr.first - 1]?.lower === "среди" && tr.first === tr.last - 1 && /(?:ых|их)$/.test(tokens[tr.first]?.lower ?? ""))) ce = tokens.length;
  // A subordinate clause ("…, что его избили", "…, во время которого …") keeps to itself; the main clause keeps out of it.
  // An embedded relative clause already closed by a comma ("X, которая …, 1 февраля допросили") is skipped.
  let closed = false;
  const clauseStart = cs;
  let contrast = false;
  for (let j = tr.first - 1; j > cs; j--) {
    if (tokens[j]?.text !== ",") continue;
    if (tokens.slice(j + 1, Math.min(j + 4, tr.first + 1)).some((t) => RU_CLAUSE_WORDS.test(t.lower))) {
      if (!closed) {
        contrast = /^(но|а)$/.test(tokens[j + 1]?.lower ?? "");
        cs = j + 1;
        break;
      }
      closed = false;
    } else closed = true;
  }
  for (let j = tr.last; j < ce - 1; j++) {
    if (tokens[j]?.text === "," && tokens.slice(j + 1, j + 4).some((t) => RU_CLAUSE_WORDS.test(t.lower))) {
      ce = j;
      break;
    }
  }
  const item = dashItem(tokens, cs, mentions, s, "ru");
  if (item) return item;
  const participle = tr.def.form === "participle";
  // "задержанного поэта X" looks ahead; "X, задержанного 4 января" looks back.
  // "погибшего Романа X", "убитого в мае полковника X": a name after the participle, with only lower-case words
  // between them, is the one it describes.
  const nameAfter = participle && mentions.some((m) => m.first >= tr.last && m.first - tr.last <= 5 && tokens.slice(tr.last, m.first).every((t) => t.word && !t.cap));
  const ahead = participle && (isAttributive(tokens, tr, "ru") || nameAfter);
  type Cand = { dist: number; get: () => Entity[]; conf: number };
  const cands: Cand[] = [];
  // "Александр Лукашенко освободил 63 человека": a name in the nominative right before a transitive verb in the
  // singular past, agreeing with it, is who did it.
  const verb = tokens[tr.first]?.lower ?? "";
  const agentGender = tr.last - tr.first !== 1 ? null : /^(?:освободил|отпустил|выпустил|задержал|арестовал|приговорил|оштрафовал|избил|осудил|обвинил|депортировал|похитил|допросил|обыскал|помиловал)(а?)$/.exec(verb);
  for (const m of mentions) {
    if (m.first < cs || m.last > ce || m.possessor || m.entity.official || m.commentator || isAgent(m, tr, agentGender)) continue;
    // "обвиняемая X сообщила", "X, другой подсудимый, заявил": a speaker whose own description is the trigger.
    const described = /^(?:подсудим|обвиняем)/.test(verb) && (m.first - tr.last <= 1 && m.first >= tr.last || tr.first - m.last <= 3 && m.last <= tr.first);
    if (m.speaker && (!m.entity.relative || m.source) && !described) continue;
    const d = m.last <= tr.first ? tr.first - m.last : m.first >= tr.last ? m.first - tr.last : 0;
    if (participle && (ahead ? m.first < tr.last : m.last > tr.first)) continue;
    // "убитого в мае полковника X и оппозиционера Y": a singular participle describes one person, not the list.
    const one = participle && ahead && /(?:ого|его|ому|ему|ой|ей|ую|ый|ий|ая)$/.test(tokens[tr.last - 1]?.lower ?? "");
    cands.push({ dist: d, get: () => (one ? [m.entity] : group(m, mentions, s, "ru")), conf: 0.85 });
  }
  for (let j = cs; j < ce; j++) {
    const w = tokens[j]?.lower ?? "";
    // A pronoun inside a multi-word trigger is its victim ("показания у него выбили").
    // So is a role word inside one ("приговор журналисткам вынесли").
    if (j >= tr.first && j < tr.last && !PRON_SG_RU[w] && !PRON_PL_RU.has(w) && !(j > tr.first && ANAPHOR_RU.test(w))) continue;
    const d = j < tr.first ? tr.first - j - 1 : j >= tr.last ? j - tr.last : 0;
    if (PRON_SG_RU[w] || PRON_PL_RU.has(w)) {
      // "Пятеро из них были освобождены": a counted part of the group, not the people in focus.
      if (tokens[j - 1]?.lower === "из" && (RU_COUNT.test(tokens[j - 2]?.lower ?? "") || /^(?:пятеро|пятерых|шестеро|шестерых|семеро|семерых|восьмерых|восемь|многие|многих|некоторые|некоторых|одного|одну|одна|один|двоих|троих|четверых|большинство|часть|части)$/.test(tokens[j - 2]?.lower ?? ""))) continue;
      // "его арест", "её задержание": a possessive right before the trigger noun is the victim; so is the owner of
      // a searched flat or a seized phone ("обыск в её квартире").
      // "В их домах", "В их случае также прошли обыски": the people just reported, when no one is named before the
      // pronoun ("Жена X сообщила, что в их квартире …" is the couple's flat); not an office ("в их офисе").
      const owns = (tr.def.type === "search" || tr.def.type === "equipment_seizure") && (w !== "их" ? /^(квартир|дом|офис|машин|автомобил|телефон|ноутбук|компьютер|камер|рабоч|кабинет|случа)/ : /^(квартир|дом|жилищ|случа)/).test(tokens[j + 1]?.lower ?? "") && (w !== "их" || !mentions.some((m) => m.last <= j));
      // "отклонил его апелляцию на штраф": whose appeal, case or sentence it is, is whom it happened to.
      // "в его отношении заведено дело": against whom.
      const legalNoun = /^(апелляци|жалоб|дел[оау]$|приговор|штраф|арест|задержани|обвинени|отношени)/.test(tokens[j + 1]?.lower ?? "");
      // "По словам жены Тестова, Дианы Семпловой, ее мужа задержали": the kin the speaker was introduced through
      // ("жены X") is the one "ее мужа" means.
      if (/^(ее|её|его)$/.test(w) && KIN_OBJ_RU.test(tokens[j + 1]?.lower ?? "")) {
        const through = mentions.find((m) => m.possessor && m.last <= j && KIN_OF_RU.test(tokens[m.first - 1]?.lower ?? ""));
        if (through) {
          cands.push({ dist: d, get: () => [through.entity], conf: 0.6 });
          continue;
        }
      }
      if (j !== tr.first - 1 && !owns && !legalNoun && isPossessiveRu(w, tokens[j + 1])) continue;
      cands.push({ dist: d, get: () => resolvePronoun(w, j, mentions, focus, "ru", seen, s), conf: 0.7 });
    } else if (ANAPHOR_RU.test(w) && !mentions.some((m) => m.first > j && m.first <= j + 7 && tokens.slice(j + 1, m.first).every((t) => t.text !== "," && !/^[.;:—–()-]$/.test(t.text)))) {
      // "журналист независимого издания «Х» Y": the role word heads Y's own noun phrase, so it is Y, not an anaphor.
      if (j > tr.first && /^задержанн/.test(w)) continue;
      // "По словам пенсионера, …": the one who tells it.
      if (/^(словам|мнению|данным)$/.test(tokens[j - 1]?.lower ?? "")) continue;
      const plural = /(ов|ам|ами|ах|ые|ых|ыми)$/.test(w) || (/(ы|и)$/.test(w) && tokens[j - 1]?.lower !== "у");
      // "Осуждённые находились под стражей": a plural role word covers everyone the paragraph was about.
      // "Катерина X и Дарья Y вину не признали. Приговор журналисткам вынесли 18 февраля.": with nothing reported
      // of anyone yet, the people named together in the last sentence that named anyone.
      const lastNamed = (): Entity[] => {
        const top = seen.people[0]?.last;
        const recent = seen.people.filter((e) => e.last === top && !e.official && !e.relative);
        return recent.length >= 2 ? recent : [];
      };
      cands.push({ dist: d, get: () => (plural ? (focus.length >= 2 ? dedupe([...focus, ...seen.paragraph]) : seen.paragraph.length >= 2 ? seen.paragraph : seen.victims.length === 0 ? lastNamed() : []) : anaphor(tokens, j, mentions, focus, seen)), conf: 0.6 });
    }
  }
  cands.sort((a, b) => a.dist - b.dist);
  for (const c of cands) {
    if (participle && c.dist > 4) break;
    const r = c.get();
    if (r.length) return ellipsisRu({ entities: r, confidence: c.dist <= 3 ? c.conf : c.conf - 0.1 }, tokens, tr, mentions, s);
  }
  // "письмо журналиста X, которого избили": a relative clause with no person of its own is about the name it follows.
  // The subject form ("который пытался снимать задержание") is the agent, unless the verb is passive ("который был задержан").
  const passiveRel = /^котор(?:ый|ая|ые)$/.test(tokens[cs]?.lower ?? "") && /^был[аио]?$/.test(tokens[tr.first - 1]?.lower ?? "");
  if ((/^котор(?:ого|ую|ому|ой|ым|ых)$/.test(tokens[cs]?.lower ?? "") || passiveRel) && tokens[cs - 1]?.text === ",") {
    const m = mentionAt(mentions, (x) => x.last === cs - 1 && !x.possessor && !x.entity.official && !x.commentator);
    if (m) return { entities: group(m, mentions, s, "ru"), confidence: 0.65 };
  }
  // "Отпущен через полтора часа.": a sentence opening with a short passive participle is about the person in focus.
  if (tr.first === 0 && /^\p{L}+(?:ен|ён|ан|ена|ёна|ана|ены|аны)$/u.test(tokens[0]?.lower ?? "") && focus.length && !mentions.some((m) => !m.possessor)) {
    return { entities: focus, confidence: 0.55 };
  }
  // "Омаров сообщил, что получил 10 суток ареста": a reported clause with no subject of its own is about the speaker.
  if (tokens[cs]?.lower === "что" && /^(сообщил|заявил|написал|рассказал|сказал|пояснил|подтвердил)/.test(tokens[cs - 2]?.lower ?? "")) {
    const own = tokens.slice(cs + 1, ce).some((t) => /^(получил|получила|был|была|провел|провела|провёл|отсидел|отсидела)$/.test(t.lower)) || /^\p{L}+(?:ан|ен|ён|ана|ена|ёна)$/u.test(tokens[tr.first]?.lower ?? "");
    const m = own ? mentions.filter((x) => x.last <= cs - 2 && !x.possessor && !x.entity.official && !x.commentator).sort((a, b) => b.last - a.last)[0] : undefined;
    if (m && m.last >= cs - 4) return { entities: [m.entity], confidence: 0.6 };
  }
  const listed = dashList(tokens, tr, mentions, s);
  if (listed) return listed;
  // "Саму Зауре не задерживали, но дважды вызывали на допрос": a contrasted clause with no person of its own
  // shares the one before "но" / "а".
  if (contrast) {
    const m = mentions.filter((x) => x.first >= clauseStart && x.last < cs && !x.possessor && !x.entity.official && !x.commentator && !x.speaker).sort((a, b) => b.last - a.last)[0];
    if (m) return { entities: group(m, mentions, s, "ru"), confidence: 0.6 };
  }
  return null;
}

/**
 * "В тот же день был задержан X, а 8 марта — Y и Z": a contrasted clause with no verb of its own, a date and a dash,
 * reports the same thing of the names after the dash.
 */
function ellipsisRu(v0: Victims, tokens: Token[], tr: Trigger, mentions: Mention[], s: Sentence): Victims {
  if (tr.def.form === "participle") return v0;
  const v = sharedRu(v0, tokens, tr, mentions, s);
  for (let e = tr.last; e < tokens.length - 2; e++) {
    // A dash or a name in brackets ("Ульвия Али (Гулиева), в августе — …") does not end the sentence's first clause.
    if (CLAUSE_PUNCT.has(tokens[e]?.text ?? "") && !/^[—–\-()]$/.test(tokens[e]?.text ?? "")) return v;
    if (tokens[e]?.text !== ",") continue;
    const withA = tokens[e + 1]?.lower === "а";
    // "…, а 8 марта — Y и Z", "…, а позже журналисты Y и Z", "…, в августе — фотокорреспондент W".
    let dash = tokens.findIndex((t, k) => k > e && k <= e + 6 && /^[—–-]$/.test(t.text));
    if (dash < 0 && withA && /^(?:позже|затем|потом|впоследствии|также|еще|ещё|вскоре)$/.test(tokens[e + 2]?.lower ?? "")) dash = e + 2;
    if (dash < 0) {
      if (withA) return v;
      continue;
    }
    // Only a date or an adverb before the names: a verb there makes it a clause of its own.
    if (tokens.slice(e + 1, dash).some((t) => t.word && !t.cap && /(?:л|ли|ла|ло|н|на|ны|ют|ет|ит|ат|ят)$/.test(t.lower) && !MONTH_GEN_RU.test(t.lower))) return v;
    // "в Астане задержаны A и B, в Кызылорде — C": a town between the comma and the dash.
    const town = /^(?:в|во)$/.test(tokens[e + 1]?.lower ?? "") && dash > e + 2 && tokens.slice(e + 2, dash).every((t) => t.cap);
    if (!withA && !town && !tokens.slice(e + 1, dash).some((t) => MONTH_GEN_RU.test(t.lower) || MONTH_LOC_RU.test(t.lower) || /^\d/.test(t.text))) continue;
    const m = mentions.find((x) => x.first > dash && x.first <= dash + 7 && !x.possessor && !x.speaker && !x.entity.official && !x.commentator);
    if (!m) return v;
    // Role words only between the dash and the name ("— фотокорреспондент W", "позже журналисты Y и Z").
    if (tokens.slice(dash + 1, m.first).some((t) => t.word && !t.cap && /(?:л|ли|ла|ло|ют|ет|ит|ят|ся|сь)$/.test(t.lower))) return v;
    const named = group(m, mentions, s, "ru");
    return { entities: dedupe([...v.entities, ...named]), confidence: v.confidence, gapped: { entities: named, start: tokens[e + 1]?.start ?? s.start, end: tokens[dash]?.start ?? s.start } };
  }
  return v;
}
const NUMBER_RU = /^(?:\d|одн|один|два|две|три|четыр|пят|шест|сем|восем|девят|десят|одиннадцат|двенадцат|пятнадцат|двадцат|тридцат|полтор|пол)/;

// Module level, as isAgent.
const eligibleAt = (x: Mention): boolean => !x.possessor && !x.speaker && !x.entity.official && !x.commentator;

/**
 * Who else the same verb covers, further along the sentence: "задержали вместе с коллегой — оператором Y"; and the
 * gapped terms of a verdict, "X получили по 9 лет, Y и Z — по 8 лет, а W – 7,5 лет".
 */
function sharedRu(v: Victims, tokens: Token[], tr: Trigger, mentions: Mention[], s: Sentence): Victims {
  const extra: Entity[] = [];
  for (let j = tr.last; j < tokens.length - 1; j++) {
    const t = tokens[j]?.text ?? "";
    if (t === "." || t === ";") break;
    if (tokens[j]?.lower === "вместе" && /^(с|со)$/.test(tokens[j + 1]?.lower ?? "")) {
      const x = mentions.find((m) => m.first > j + 1 && m.first <= j + 7 && eligibleAt(m) && tokens.slice(j + 2, m.first).every((k) => k.text !== ","));
      if (x) extra.push(...group(x, mentions, s, "ru"));
    }
    if (TERM_TYPES.has(tr.def.type) && /^[—–-]$/.test(t)) {
      let k = j + 1;
      if (tokens[k]?.lower === "по") k++;
      const term = NUMBER_RU.test(tokens[k]?.lower ?? "") && tokens.slice(k + 1, k + 4).some((w) => /^(?:лет|год|года|суток|сутки|месяц\p{L}*|тысяч\p{L}*)$/u.test(w.lower));
      const x = term ? mentions.find((m) => m.last === j && eligibleAt(m)) : undefined;
      if (x) extra.push(...group(x, mentions, s, "ru"));
      // "на 10 суток арестован X и на 6 суток — Y", "…, а к 5 годам — Y": a term of its own before the dash, the names after it.
      const open = tokens.slice(Math.max(tr.last, j - 6), j).map((w) => /^(?:и|а|,)$/.test(w.text)).lastIndexOf(true);
      const from = open < 0 ? -1 : Math.max(tr.last, j - 6) + open + 1;
      const termBefore = from > 0 && /^(?:на|к|по)$/.test(tokens[from]?.lower ?? "") && NUMBER_RU.test(tokens[from + 1]?.lower ?? "") &&
        tokens.slice(from + 2, j).every((w) => w.word && !w.cap) && tokens.slice(from + 2, j).some((w) => /^(?:лет|год|года|годам|суток|сутки|месяц\p{L}*)$/u.test(w.lower));
      const y = termBefore ? mentions.find((m) => m.first === j + 1 && eligibleAt(m)) : undefined;
      if (y) extra.push(...group(y, mentions, s, "ru"));
    }
  }
  const add = extra.filter((e) => !v.entities.includes(e));
  return add.length ? { entities: dedupe([...v.entities, ...add]), confidence: v.confidence } : v;
}

/** "всех, кроме X и Y, отпустили", "за исключением X": the people a sentence excepts from what it reports. */
export function exceptedRu(s: Sentence, mentions: Mention[]): Entity[] {
  // "Кроме того, X задержали" is "besides", not an exception.
  const cut = s.tokens.findIndex((t, k) => (t.lower === "кроме" && !/^(того|этого|него|нее|неё|них|тех|прочего)$/.test(s.tokens[k + 1]?.lower ?? "")) || (t.lower === "исключением" && s.tokens[k - 1]?.lower === "за"));
  const m = cut < 0 ? undefined : mentions.find((x) => x.first > cut && x.first <= cut + 3);
  return m ? group(m, mentions, s, "ru") : [];
}

const KIN_OBJ_RU = /^(мужа|жену|сына|дочь|брата|сестру|мать|отца|супруга|супругу)$/;
const KIN_OF_RU = /^(жены|мужа|матери|отца|сына|дочери|брата|сестры|супруги|супруга)$/;

const MONTH_GEN_RU = /^(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)$/;
const MONTH_LOC_RU = /^(?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)$/;

const RU_COUNT = /^(?:\d{1,2}|двух|двум|трем|трём|четырем|четырём|двоим|троим|пятерым|двое|двоих|трех|трёх|трое|троих|четверо|четырех|четырёх|пятеро|пятерых|пяти|шестеро|шести|нескольких|несколько|обоих|оба|обе)$/;

/** "убили двух лидеров — X и Y", "допрошены еще двое сотрудников – X и Y": a counted group named after a dash. */
function dashList(tokens: Token[], tr: Trigger, mentions: Mention[], s: Sentence): Victims | null {
  let [, ce] = clauseBounds(tokens, tr.first);
  const count = tokens.slice(tr.last, ce).some((t) => RU_COUNT.test(t.lower));
  // "четырем журналистам, обвиняемым в участии в …, — X, Y и Z": a participle's clause between the group and its dash.
  if (tokens[ce]?.text === "," && count && PARTICIPLE_RU.test(tokens[ce + 1]?.lower ?? "")) {
    const dash = tokens.findIndex((t, k) => k > ce + 1 && k <= ce + 20 && /^[—–]$/.test(t.text));
    if (dash > 0 && tokens[dash - 1]?.text === "," && tokens.slice(ce + 1, dash - 1).every((t) => t.text !== "," && !CLAUSE_PUNCT.has(t.text))) ce = dash;
  }
  if (!/^[—–-]$/.test(tokens[ce]?.text ?? "") || ce - tr.last > 8 && !tokens.slice(tr.last, ce).some((t) => PARTICIPLE_RU.test(t.lower)) || !count) return null;
  const m = mentionAt(mentions, (x) => x.first === ce + 1 && !x.possessor && !x.speaker && !x.entity.official && !x.commentator);
  return m ? { entities: group(m, mentions, s, "ru"), confidence: 0.65 } : null;
}
const PARTICIPLE_RU = /^\p{L}{3,}(?:ющ|ящ|ущ|ащ|вш|ем|им|енн|анн|т)(?:им|ым|их|ых|ему|ому|ими|ыми|ий|ый|ая|ие|ые|ее|ое)$/u;
const RU_ADVERB = /^(дважды|трижды|также|тоже|уже|ещё|еще|не|снова|вновь|сразу|потом|затем|тогда|несколько|сильно|жестоко|долго|вчера|сегодня|всё|все|якобы|неоднократно)$/;

/** "его подзащитного", "её квартиру": a possessive before a noun; "его избили": the object of the verb. */
function isPossessiveRu(pronoun: string, next: Token | undefined): boolean {
  if (!(pronoun === "его" || pronoun === "её" || pronoun === "ее" || pronoun === "их")) return false;
  if (!next || !next.word || next.cap || /^\d/.test(next.text)) return false;
  if (POSSESSED_RU.test(next.lower)) return true;
  if (RU_ADVERB.test(next.lower) || /^(в|во|на|с|со|к|ко|по|за|из|у|от|до|о|об|при|для|без|под|над|через|и|а|но|,)$/.test(next.lower)) return false;
  // "признал его виновным и оштрафовал": the object of a verdict, not an owner.
  if (/^(?:виновн|невиновн|нарушител|причастн)/.test(next.lower)) return false;
  return !/(ли|ла|ло|л|ть|ет|ит|ют|ят|ут|ат|ал|ил|ся|сь)$/.test(next.lower);
}
