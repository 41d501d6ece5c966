/**
 * Text → incidents and statistics. Per sentence: find names, places, dates and trigger words; attach each trigger
 * to its victim by the shape of the clause (passive subject, active object, participle, pronoun, coordination);
 * then merge what the document says about the same person and the same kind of incident.
 */
import type { ExtractedIncident, ExtractedStatistic, Extraction, ExtractLang } from "../contract/extraction.js";
import type { IncidentType } from "../contract/vocab.js";
import type { DatePrecision } from "../core/dates.js";
import { COUNTED_EN, COUNTED_RU, countIn, counting, GROUP_PASSIVE_EN, groupCount, member, theCount } from "./counts.js";
import { type DateMention, resolveDates, scanDates } from "./dates.js";
import { onlyDayTerms, readLegal } from "./legal.js";
import { PERPETRATORS } from "./lexicon.js";
import { commaList, dedupeKinds, DEFENDANT_EN, GROUP_SUBJECT_EN, LINE_REF_EN, LINE_REF_RU, LIST_HEAD, LISTABLE, listReferences, MEMBERS_EN, NAMED_EN, NAMED_RU, REF_KIND, titledList } from "./lists.js";
import { linkMention } from "./mentions.js";
import { mergeIncidents } from "./merge.js";
import { ADVERBS, AUX, CUSTODY, dedupe, eligible, type Entity, LEGAL_TYPES, nearestOf, type Pending, pointDate, type Seen, spanDistance, TERM_TYPES, type Trigger, type Victims } from "./model.js";
import { findMentions } from "./names.js";
import { findPlaces, type PlaceSpan } from "./places.js";
import type { NameOracle } from "./ru-names.js";
import { blocked, clauseBounds, coordinatedWith, isAttributive, scanTriggers, triggersIn } from "./scan.js";
import { findStatistics } from "./statistics.js";
import { type Sentence, splitSentences } from "./text.js";
import { refineType } from "./triggers.js";
import { attachEn, termsFor } from "./victims-en.js";
import { attachRu, exceptedRu } from "./victims-ru.js";
import { asVictims, colonList, group, namedAmong, namedBetween } from "./victims.js";
import { anchorDate, CLAUSE_DATE_EN, CLAUSE_DATE_RU, pickPlace, REPORT_VERB_EN, REPORT_VERB_RU, REPORTING_EN, REPORTING_RU, SCENE_TYPES } from "./when-where.js";

export interface ExtractInput {
  text: string;
  lang?: ExtractLang;
  published?: string | null;
  title?: string | null;
}

function detectLang(text: string): ExtractLang {
  let cyr = 0;
  let lat = 0;
  let kk = 0;
  for (let i = 0; i < text.length && i < 4000; i++) {
    const c = text[i] ?? "";
    if (/[а-яё]/i.test(c)) cyr++;
    else if (/[a-z]/i.test(c)) lat++;
    else if (/[әғқңөұүһі]/i.test(c)) kk++;
  }
  if (cyr + kk > lat) return kk > (cyr + kk) * 0.02 ? "kk" : "ru";
  return "en";
}

interface Attached {
  tr: Trigger;
  victims: Victims;
  coordinated: boolean;
  attributive: boolean;
  /** "Суд приговорил 11 человек, в том числе X и Y": the report names only some of the group it counted. */
  partial?: boolean;
}

const CRIMINAL_CASE_EN = /\b(?:pre-?trial detention|remand(?:ed)?(?! to (?:the |a )?(?:[\w-]+ ){0,3}(?:police|station))|criminal (?:case|charges?|code|proceedings)|months? (?:of|in) (?:pre-?trial )?(?:detention|custody)|(?:detained|held|kept|arrested) for (?:up to )?[\w-]+[ -]months?|sentenced to [\w-]+ years)\b/i;
const CRIMINAL_CASE_RU = /(?:уголовн\p{L}* (?:дел|кодекс|статья|ответственност)|тяжк\p{L}* преступлени|мер\p{L}* пресечения|сизо|под стражу|под стражей|\bук\b)/iu;
const VERDICT = new Set<string>(["sentence", "administrative_arrest", "fine"]);

export function extractDocument(doc: ExtractInput, oracle: NameOracle | null): Extraction {
  const language = doc.lang ?? detectLang(doc.text);
  const lang: "en" | "ru" = language === "en" ? "en" : "ru";
  const text = doc.text;
  const anchor = anchorDate(doc.published, text, lang);
  const sentences = splitSentences(text);
  // Sentences told so far: a line the next one continues in lower case (hard-wrapped text) is not a sentence of its
  // own, so an unnamed report still waits for the names a few real sentences on.
  const told: number[] = [];
  sentences.reduce((n, _x, i) => ((told[i] = n), /^\s*\p{Ll}/u.test(sentences[i + 1]?.text ?? "") ? n : n + 1), 0);
  const places = findPlaces(text, lang);
  // Scanned once for the whole document: per-sentence regex calls cost more than the matching itself.
  const rawDates = scanDates(text, lang);
  const rawTriggers = scanTriggers(text, lang, language === "kk");
  // A story about a criminal case (remand, months in custody, a criminal charge): its bare "arrested" is the court's
  // arrest, not a few hours in a police station.
  const criminalCase = (lang === "en" ? CRIMINAL_CASE_EN : CRIMINAL_CASE_RU).test(text);
  const dayTerms = onlyDayTerms(text, lang);
  const entities: Entity[] = [];
  const incidents: (ExtractedIncident & { entity: Entity })[] = [];
  const statistics: ExtractedStatistic[] = [];
  let focus: Entity[] = [];
  const kin = (e: Entity, word: string): Entity => {
    const words = [...e.words.slice(0, -1), `${e.words.at(-1) ?? ""}'s`, word];
    const lower = words.map((w) => w.toLowerCase());
    let r = entities.find((x) => x.relative && x.lower.join(" ") === lower.join(" "));
    if (!r) {
      r = { id: entities.length, words, lower, gender: /^(?:daughter|wife|sister|mother)$/.test(word) ? "f" : "m", role: null, official: false, relative: true, last: e.last };
      entities.push(r);
    }
    return r;
  };
  const seen: Seen = { people: [], victims: [], paragraph: [], kin };
  let paragraph = -1;
  let victimParagraph = -1;
  let paragraphDate: string | null = null;
  let pending: Pending[] = [];
  // "📍 Also in Aktau:" / "Ещё по Жанаозену:" introduces a list whose lines name no place of their own.
  let listPlace: { place: PlaceSpan; paragraph: number } | null = null;
  // A counted group reported in a clause ending in a colon, whose people follow one per line.
  let lineList: { kinds: Pending[]; paragraph: number } | null = null;
  // "Всех задержанных отпустили" (a headline, often before the names): everyone the document reports detained.
  const allReleased: { s: Sentence; date: DateMention | undefined; except: Entity[] }[] = [];
  // Counted groups reported without names ("sentenced 11 participants", "6 activists have been deported"), kept
  // for a few sentences more than `pending`: a list line ("Those sentenced are:") may come after some background.
  let groups: Pending[] = [];
  // A group reported by count without names ("sentenced eight men", "the eight had faced", "all 11 were charged"):
  // every such report in the document, by count, and the people the text names as that many members.
  const byCount: { p: Pending; n: number; noun: string }[] = [];
  const membersOf = new Map<number, Entity[]>();
  let filling: { n: number; si: number; people: Entity[] } | null = null;
  // Sentences told so far, not counting a quoted statement ("“These sentences … must release these journalists.”"):
  // a group's members may be named after an NGO's quote about it.
  const plain: number[] = [];
  {
    let open = false;
    let n = 0;
    sentences.forEach((x, i) => {
      const opens = (x.text.match(/[“«]/g) ?? []).length;
      const closes = (x.text.match(/[”»]/g) ?? []).length;
      const quoted = open || /^\s*[“«"]/.test(x.text);
      if (opens !== closes) open = opens > closes;
      plain[i] = n;
      if (!quoted && told[i + 1] !== told[i]) n++;
    });
  }
  // The people each of the last sentences names as possible members of a group.
  let named: { si: number; people: Entity[] }[] = [];
  // Some of a counted group's members, named as such ("Among the seven employees detained were X and Y").
  const partOf: { n: number; people: Entity[] }[] = [];
  // A line that is only a date ("4 января") heads a chronicle section; its date holds until the next such line.
  let headingDate: DateMention | null = null;
  // The last sentence that was only a name and a dash after an unnamed report: the next such line shares its verb.
  let elliptic: { si: number; kinds: Pending[] } | null = null;
  // "X and Y were also detained": the same event as the last one of that kind, its date and place unless restated.
  const lastOfType = new Map<IncidentType, { date: DateMention | undefined; place: PlaceSpan | undefined }>();

  const known = (forms: string[]): boolean => entities.some((e) => !e.relative && e.lower.some((w) => forms.includes(w)));

  sentences.forEach((s, si) => {
    // The base of "the next morning" survives a paragraph break; the dates themselves do not carry over.
    if (s.paragraph !== paragraph) paragraph = s.paragraph;
    // The list runs over the lines that follow; a blank line ends it.
    if (listPlace && s.paragraph - listPlace.paragraph > 1) listPlace = null;
    else if (listPlace) listPlace.paragraph = s.paragraph;
    pending = pending.filter((p) => p.until >= told[si]!);
    groups = groups.filter((p) => p.si >= si - 6);
    const reporting = lang === "en" ? REPORTING_EN : REPORTING_RU;
    const allDates = resolveDates(text, rawDates.filter((d) => d.start >= s.start && d.end <= s.end), lang, anchor, paragraphDate);
    // "his employer said on Friday": the day of the report, not of the incident.
    const dates = allDates.filter((d) => !reporting.test(text.slice(Math.max(s.start, d.start - 40), d.start)));
    const sPlaces = places.filter((p) => p.start >= s.start && p.end <= s.end);
    const listLine = lineList !== null && s.paragraph > lineList.paragraph && s.paragraph <= lineList.paragraph + 2;
    const raw = findMentions(s.tokens, { lang, places: sPlaces, known, oracle, kazakh: language === "kk", listLine });
    const mentions = raw.map((m) => linkMention(m, s, si, lang, entities));
    // A byline near the top ("Сая Тестова" on a line of its own, the date line under it) names the author, whom
    // role words and pronouns must not reach.
    const byline = lang === "ru" && si < 8 && mentions.length === 1 && mentions[0]?.first === 0 && mentions[0].last === s.tokens.filter((t) => t.word).length && /^\s*\d/.test(sentences[si + 1]?.text ?? "");
    if (byline && mentions[0]) mentions[0].entity.official = true;
    const stats = findStatistics(s.text, lang);
    // "moved from pre-trial detention to house arrest": the state left behind is not a new incident.
    // A search is an event, not a state: "пришли с обыском к X", "началось с обыска в доме X" report it.
    const found = triggersIn(s, rawTriggers).filter((tr) => !blocked(s.tokens, tr, lang) && (!/^(from|с|со)$/.test(s.tokens[tr.first - 1]?.lower ?? "") || (lang === "ru" && tr.def.type === "search")) && (!tr.def.afterDash || /^[—–-]$/.test(s.tokens[tr.first - 1]?.text ?? "")));
    // "убили при задержании X", "погибли во время задержания": the detention is the circumstance of the killing.
    const killing = lang === "ru" && found.some((tr) => tr.def.type === "killing");
    const triggers = killing ? found.filter((tr) => !(tr.def.type === "detention" && /^(при|время|ходе)$/.test(s.tokens[tr.first - 1]?.lower ?? ""))) : found;
    // Each date and place belongs to the trigger nearest to it: "detained in Almaty on January 6 and shown on
    // television two days later" gives the detention Almaty and the 6th, the broadcast the 8th.
    const owner = (pos: number): Trigger | undefined => {
      let best: Trigger | undefined;
      let bestD = Infinity;
      for (const t of triggers) {
        const d = spanDistance(t, pos);
        if (d < bestD) {
          best = t;
          bestD = d;
        }
      }
      return best;
    };
    const owned = <T extends { start: number }>(xs: T[], tr: Trigger): T[] => xs.filter((x) => owner(x.start) === tr);
    // "…was detained, and on November 21, Y was arrested", "задержали 5 марта, а 8 марта отпустили": a date opening a
    // coordinated clause dates what that clause reports, however close the verb before it.
    const opensClause = lang === "en" ? CLAUSE_DATE_EN : CLAUSE_DATE_RU;
    const dateOwner = (d: DateMention): Trigger | undefined =>
      opensClause.test(text.slice(Math.max(s.start, d.start - 16), d.start)) && !/^\s*[—–-]\s/.test(text.slice(d.end, d.end + 3)) ? (triggers.find((t) => t.start >= d.end) ?? owner(d.start)) : owner(d.start);
    const reportVerb = lang === "en" ? REPORT_VERB_EN : REPORT_VERB_RU;
    // Not when the victim reports it himself ("Вечером того же дня Тестов сообщил, что получил 10 суток").
    const datesReport = (d: DateMention, tr: Trigger, victims: Entity[]): boolean => {
      const verb = d.end <= tr.start ? reportVerb.exec(text.slice(d.end, tr.start)) : null;
      return verb !== null && !mentions.some((m) => m.start >= d.end && m.end <= d.end + verb.index && victims.includes(m.entity));
    };
    const ownDates = (tr: Trigger, victims: Entity[] = []): DateMention[] => dates.filter((d) => dateOwner(d) === tr && !datesReport(d, tr, victims));

    // "A court in Minsk sentenced X … and handed 10-day terms to Y", "On Monday, officers in the capital, Bishkek,
    // searched …, and detained X": the one town named before the first verb is the scene of all the sentence reports.
    const firstTrigger = triggers[0];
    const leading = firstTrigger ? sPlaces.filter((p) => !p.country && p.end <= firstTrigger.start) : [];
    // Not a noun after a preposition ("апелляцию на штраф"): the fine was set elsewhere.
    const openingPlace = (tr: Trigger, type: IncidentType): PlaceSpan | undefined =>
      SCENE_TYPES.has(type) &&
      !/^(на|за|о|об|по|of|for|over|against|about)$/.test(s.tokens[tr.first - 1]?.lower ?? "") &&
      // "jailed two journalists who had been detained while …": a relative clause tells of an earlier event.
      !(firstTrigger && tr !== firstTrigger && /(?:\b(?:who|which|that)|(?<![\p{L}])котор\p{L}*)\s+(?:[\p{L}-]+\s+){0,3}$/iu.test(text.slice(firstTrigger.end, tr.start))) &&
      leading.length > 0 && leading.every((p) => (p.placeId ?? p.text) === (leading[0]?.placeId ?? leading[0]?.text)) ? pickPlace(leading, tr, type, mentions, s) : undefined;
    const attached: Attached[] = [];
    let prev: Attached | null = null;
    let opener: Trigger | null = null;
    for (const tr of triggers) {
      const inStatistic = stats.some((st) => tr.start >= s.start + st.start - 40 && tr.start <= s.start + st.end + 5);
      const coordinated = !inStatistic && prev !== null && coordinatedWith(s.tokens, prev.tr, tr, lang, mentions);
      // "on smuggling charges" names no one: it charges whoever the custody it follows holds, or waits for a list.
      const grounds = tr.def.type === "charge" && s.tokens[tr.first]?.lower === "on" && !coordinated;
      // "Среди задержанных также – X и его супруга Y, член партии «Ф» Z и другие", "Among those detained were …": a
      // list introduced by the group names everyone after it, whatever titles and kin stand between the names.
      // "X is among those detained": after a verb the subject is the one named, not whoever follows.
      const amongSubject = lang === "en" && /^(?:among|one of)\s/i.test(text.slice(tr.start, tr.end)) && AUX.has(s.tokens[tr.first - (ADVERBS.has(s.tokens[tr.first - 1]?.lower ?? "") ? 2 : 1)]?.lower ?? "");
      const amongList = !amongSubject && /^(?:среди|among)\s/i.test(text.slice(tr.start, tr.end)) ? asVictims(namedBetween(s, mentions, tr.last)) : null;
      const direct: Victims | null = inStatistic && !amongSubject ? namedAmong(s, tr, mentions, lang) : amongList ?? (grounds ? null : coordinated && prev ? prev.victims : lang === "en" ? attachEn(s, tr, mentions, focus, seen) : attachRu(s, tr, mentions, focus, seen));
      const found = direct && direct.entities.length ? direct : grounds ? null : colonList(s.tokens, tr, mentions);
      // "всех отпустили, кроме X": the one excepted is the one it did not happen to.
      const excepted = lang === "ru" ? exceptedRu(s, mentions) : [];
      const kept = found && excepted.length ? { ...found, entities: found.entities.filter((e) => !excepted.includes(e)) } : found;
      // "14 days of detention for X and Y, eight days for Z, six days for A, B, and C": each term "for" its names.
      const victims = kept && lang === "en" && TERM_TYPES.has(tr.def.type) && kept.entities.length && / for /.test(s.text) ? { ...kept, entities: dedupe([...kept.entities, ...termsFor(s, tr, mentions)]) } : kept;
      // "After questioning, X was placed …": an opening phrase shares the main clause's people (resolved below).
      if ((!victims || victims.entities.length === 0) && lang === "en" && tr.first === 0 && s.tokens[tr.last]?.text === "," && /^(after|following)$/.test(s.tokens[0]?.lower ?? "")) {
        opener = tr;
        continue;
      }
      if (!victims || victims.entities.length === 0) {
        const [pcs, pce] = clauseBounds(s.tokens, tr.first);
        const pClause = text.slice(s.tokens[pcs]?.start ?? s.start, s.tokens[pce - 1]?.end ?? s.end);
        // The legal reading only matters for the kinds it can refine or carry.
        const pLegal = tr.def.type === "arrest" || LEGAL_TYPES.has(tr.def.type as IncidentType) ? readLegal(pClause, lang) : { articles: [], sentence: null };
        const counted = (lang === "en" ? COUNTED_EN : COUNTED_RU).test(s.text);
        if (lang === "ru" && tr.def.type === "release" && /(?:^|[\s«"])(?:всех|все) задержанн/i.test(pClause)) {
          allReleased.push({ s, date: pointDate(nearestOf(ownDates(tr), tr)), except: excepted });
        }
        const refined = refineType(tr.def.type, pClause, pLegal, lang, criminalCase, dayTerms);
        const report: Pending = { type: tr.def.type, date: pointDate(nearestOf(ownDates(tr), tr)), place: pickPlace(owned(sPlaces, tr), tr, refined, mentions, s) ?? (CUSTODY.has(refined) ? openingPlace(tr, refined) : undefined), until: (told[si] ?? 0) + 3, si, refined, legal: pLegal, counted };
        pending.push(report);
        if (counted) groups.push(report);
        if (lang === "en") {
          const definite = theCount(pClause);
          // "…sentences against five defendants … The activists were detained days before the referendum": a passive
          // report on "the activists" / "they", naming no one, right after a counted group is about that group.
          const last = byCount.at(-1);
          const resumed = last && !mentions.some(eligible) && plain[si]! - plain[last.p.si]! <= 2 && GROUP_PASSIVE_EN.test(s.text) ? last.n : 0;
          const n = countIn(pClause) || definite || resumed;
          // Not a participle after its noun ("five activists detained while …", told as background), not a search
          // before the custody that counted ("searched homes and detained 11"), not what a quoted statement asks.
          const postnominal = /ed$/.test(s.tokens[tr.first]?.lower ?? "") && /^[a-z]{3,}s$/.test(s.tokens[tr.first - 1]?.text ?? "") && !AUX.has(s.tokens[tr.first - 1]?.lower ?? "");
          const beforeCustody = tr.def.type === "search" && triggers.some((t) => t.start > tr.start && CUSTODY.has(t.def.type));
          if (n >= 3 && !postnominal && !beforeCustody && !/^\s*[«“"]/.test(s.text)) {
            byCount.push({ p: report, n, noun: counting(pClause).noun });
            // "Three of them – A, B and C – … The fourth, D, … charged the four men": the group taken up by its
            // count is the people named just before, when the last sentences name exactly that many.
            if (definite === n && !membersOf.has(n)) {
              const back: Entity[] = [];
              for (const h of [...named].reverse()) {
                if (plain[si]! - plain[h.si]! > 3) break;
                for (const e of h.people) if (!back.includes(e)) back.push(e);
                if (back.length >= n) break;
              }
              if (back.length === n) membersOf.set(n, back);
            }
            if (filling?.n !== n && !membersOf.has(n)) filling = { n, si, people: [] };
            else if (filling?.n === n && !filling.people.length) filling.si = si;
          }
        }
        continue;
      }
      const partial = lang === "ru" && inStatistic && victims.entities.length < groupCount(s.text, lang);
      const a: Attached = { tr, victims, coordinated, attributive: isAttributive(s.tokens, tr, lang), partial };
      attached.push(a);
      prev = a;
    }

    const main = attached[0];
    if (opener && main) attached.unshift({ tr: opener, victims: main.victims, coordinated: false, attributive: false });
    const sentenceVictims: Entity[] = [];
    let prevDate: DateMention | undefined;
    for (const { tr, victims, coordinated, attributive, partial } of attached) {
      const [cs, ce] = clauseBounds(s.tokens, tr.first);
      const clauseText = text.slice(s.tokens[cs]?.start ?? s.start, s.tokens[ce - 1]?.end ?? s.end);
      const legal = readLegal(clauseText, lang);
      const type = refineType(tr.def.type, clauseText, legal, lang, criminalCase, dayTerms);
      const own = ownDates(tr, victims.entities);
      // An undated report (a headline's "Court jails three") gives way to a dated one of the same kind.
      const waiting = pending.find((p) => p.type === tr.def.type && p.date) ?? pending.find((p) => p.type === tr.def.type);
      let date: DateMention | undefined;
      if (type === "missing") date = own.find((d) => d.since) ?? nearestOf(own, tr);
      else if (attributive) date = undefined;
      else date = nearestOf(own, tr) ?? (coordinated && !LEGAL_TYPES.has(type) ? prevDate : undefined) ?? (dates.length === 0 ? waiting?.date : undefined);
      // "On Monday, officers searched the office, confiscated its equipment and detained X": one date opening the
      // sentence dates everything it reports; a dated heading line ("4 января") dates the lines under it.
      // Not a state that began earlier ("missing") nor a noun after a preposition ("апелляцию на штраф").
      const complement = /^(на|за|о|об|по|of|for|over|against|about)$/.test(s.tokens[tr.first - 1]?.lower ?? "");
      const opening = dates.length === 1 && dates[0] && dates[0].start <= (s.tokens[1]?.start ?? s.start) && !dates[0].since && type !== "missing" && !complement && !datesReport(dates[0], tr, victims.entities) ? dates[0] : undefined;
      if (!date && !attributive && type !== "missing") date = opening ?? (dates.length === 0 ? headingDate ?? undefined : undefined);
      const also = s.tokens.slice(Math.max(0, tr.first - 6), tr.first).some((t) => /^(also|too|также|тоже)$/.test(t.lower));
      // A restated date ("was also detained on January 4") makes it an event of its own.
      const earlier = also && dates.length === 0 ? lastOfType.get(type) : undefined;
      if (!date && !attributive) date = earlier?.date;
      // "between February 1 and 6": a span of days dates nothing, and nothing else stands in for it.
      if (date?.range) date = undefined;
      prevDate = date;
      const place = pickPlace(owned(sPlaces, tr), tr, type, mentions, s) ?? openingPlace(tr, type) ?? (sPlaces.length === 0 ? waiting?.place ?? earlier?.place ?? listPlace?.place : undefined);
      const last = lastOfType.get(type);
      lastOfType.set(type, { date: date ?? last?.date, place: place ?? last?.place });
      // The rest of the group may be named later ("Обвиняемые – X, Y, …"): a list of as many names as it counted.
      if (partial && LISTABLE.has(type)) groups.push({ type: tr.def.type, date, place, until: (told[si] ?? 0) + 3, si, refined: type, legal, counted: true });
      const perpetrator = PERPETRATORS.find(([re]) => re.test(clauseText))?.[1] ?? PERPETRATORS.find(([re]) => re.test(s.text))?.[1] ?? null;
      const confidence = attributive ? Math.min(victims.confidence, 0.6) : victims.confidence;
      const gap = victims.gapped;
      const gapDate = gap ? pointDate(dates.find((d) => d.start >= gap.start && d.end <= gap.end)) : undefined;
      for (const e of victims.entities) {
        sentenceVictims.push(e);
        const when = gapDate && gap?.entities.includes(e) ? gapDate : date;
        incidents.push({
          entity: e,
          person: e.words.join(" "),
          role: e.role,
          type,
          date: when?.date ?? null,
          date_precision: (when?.precision ?? "unknown") as DatePrecision,
          place: place?.text ?? null,
          place_id: place?.placeId ?? null,
          perpetrator,
          detail: clauseText.length > 160 ? `${clauseText.slice(0, 157)}…` : clauseText,
          legal: LEGAL_TYPES.has(type) ? legal : { articles: [], sentence: null },
          confidence: Math.round((e.official ? confidence * 0.8 : confidence) * 100) / 100,
          evidence: { start: s.start, end: s.end, text: s.text },
        });
      }
    }
    // Names a list gives for a group reported without them: "those detained … were X; Y", "nine of them – X, Y –",
    // or one name per line under "…будут находиться:".
    const listed: { entities: Entity[]; kinds: Pending[] }[] = [];
    // One blank line may separate the lines ("● X", "Y,", "Z (independent journalist)").
    if (lineList && listLine) {
      const head = mentions.find((m) => m.first <= 1 && eligible(m));
      if (head && s.tokens.slice(0, head.first).every((t) => !t.word)) {
        listed.push({ entities: [head.entity], kinds: lineList.kinds });
        lineList.paragraph = s.paragraph;
      } else lineList = null;
    } else lineList = null;
    // A counted report ("Six journalists were detained …") holds for a few sentences; an uncounted one for the next.
    // "Police detained three journalists. They are X, Y and Z." / "Задержаны трое журналистов. Это X, Y и Z.": the
    // sentence right after a counted report names its people.
    const naming = (lang === "en" ? NAMED_EN : NAMED_RU).exec(s.text);
    const nameFirst = naming ? mentions.find((m) => m.start >= s.start + naming[0].length && eligible(m)) : undefined;
    // "Among them was the activist X": only lower-case words (a title) between the cue and the name.
    // An outlet's quoted name may stand in the title ("экс-издатель «Медузы» X").
    const titleOnly = naming && nameFirst ? /^[\p{Ll}\s-]*$/u.test(text.slice(s.start + naming[0].length, nameFirst.start).replace(/«[^»]{1,40}»|"[^"]{1,40}"|“[^”]{1,40}”/g, " ")) : false;
    if (naming && nameFirst && (nameFirst.start - s.start <= naming[0].length + 1 || titleOnly)) {
      const kinds = dedupeKinds(pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
      if (kinds.length) listed.push({ entities: group(nameFirst, mentions, s, lang), kinds });
    }
    // "Police detained four activists at the request of Tashkent. A, B, C and D all stand accused of …": a sentence
    // that opens with exactly as many names as a report just before it counted names its people. The count must
    // match exactly; up to two sentences of background may stand between them.
    // In Russian the list may stand anywhere in the sentence ("…рассматривал меру пресечения в отношении A, B, …, G",
    // "«A, B, … и E признать виновными»"), when it names at least three: so many names counted alike is no chance.
    const opening = mentions.find((m) => m.first === 0 && eligible(m)) ?? (lang === "ru" && mentions.length >= 3 ? mentions.find(eligible) : undefined);
    // Grouping the names costs more than finding a counted report, so only when there is one.
    const recent = opening && !listed.length ? [...pending, ...groups.filter((g) => !pending.includes(g))].filter((p) => p.si < si && p.si >= si - 3 && p.counted) : [];
    if (opening && recent.length) {
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
      const same = counted.length && lang === "en" ? pending.filter((p) => !p.counted && p.si > first && p.si < si && LISTABLE.has(p.refined) && GROUP_SUBJECT_EN.test(sentences[p.si]?.text ?? "")) : [];
      const kinds = dedupeKinds([...counted, ...same]);
      if (members.length >= 2 && kinds.length) listed.push({ entities: members, kinds });
    }
    // "Police detained dozens of people. X and Y, two opposition politicians, were among them.": the names before.
    const amongThem = lang === "en" && attached.length === 0 ? /\b(?:was|were|is|are) (?:also )?among them\s*[.!]?\s*$/i.exec(s.text) : null;
    if (amongThem) {
      const kinds = dedupeKinds(pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
      const named = namedBetween(s, mentions, 0, { to: s.tokens.findIndex((t) => t.start >= s.start + amongThem.index) });
      if (kinds.length && named.length) listed.push({ entities: named, kinds });
    }
    // "Задержали ещё двух пикетчиков. Александра X — за пикет с плакатом …": a name and a dash opening a sentence that
    // reports nothing of its own share the verb of the report just before it that named no one.
    if (lang === "ru" && attached.length === 0 && opening && opening.case === "acc" && /^[—–-]$/.test(s.tokens[opening.last]?.text ?? "") && s.tokens[opening.last + 1]?.lower === "за") {
      const kinds = elliptic?.si === si - 1 ? elliptic.kinds : dedupeKinds(pending.filter((p) => p.si === si - 1 && LISTABLE.has(p.refined)));
      if (kinds.length) {
        listed.push({ entities: [opening.entity], kinds });
        elliptic = { si, kinds };
      }
    }
    // "Прошли обыски в домах 8 членов команды. В частности, силовики пришли в дом X, Y и Z.": the sentence that
    // singles out members of a counted group just reported, with no report of its own, names its people.
    if (lang === "ru" && /^в частности(?!\p{L})/iu.test(s.text) && attached.length === 0) {
      const kinds = dedupeKinds(pending.filter((p) => p.si === si - 1 && p.counted && LISTABLE.has(p.refined)));
      const named = mentions.filter((m) => eligible(m) && !m.entity.relative && !m.kin);
      if (kinds.length && named.length) listed.push({ entities: dedupe(named.map((m) => m.entity)), kinds });
    }
    if (lang === "en") listed.push(...listReferences(s, mentions, pending.filter((p) => p.si >= si - 1 || p.counted), lang, criminalCase));
    // "Several of his associates … have been arrested. They include former deputy X, retired colonel Y, activists Z
    // and W.", "Among the seven employees detained and taken away were X and Y": the people a group's report was
    // about, named right after it (their titles between the names); "Among the seven …" also takes whatever the
    // document reports of the seven.
    const cue = lang === "en" && attached.length === 0 ? MEMBERS_EN.exec(s.text) : null;
    if (cue) {
      const from = s.tokens.findIndex((t) => t.start >= s.start + cue[0].length);
      const people = from < 0 ? [] : titledList(s, mentions, from);
      const among = /^among/i.test(cue[0]);
      const kinds = dedupeKinds(pending.filter((p) => (among ? p.si === si : p.si === si - 1) && LISTABLE.has(p.refined)));
      const n = among ? countIn(cue[0]) || theCount(cue[0]) : 0;
      if (people.length && (kinds.length || n >= 3)) {
        if (kinds.length) listed.push({ entities: people, kinds });
        if (n >= 3) partOf.push({ n, people });
      }
    }
    // "the defendants D. Testov, P. Samplov (deceased) and their lawyers filed appeals", "defendant X told the court":
    // a defendant named in a trial is charged (undated), whoever speaks.
    if (lang === "en" && DEFENDANT_EN.test(s.text)) {
      for (const m of mentions) {
        const word = s.tokens[m.first - 1]?.lower ?? "";
        if (!/^(?:co-?)?defendants?$/.test(word) || m.possessor || m.entity.official || m.entity.relative) continue;
        const people = word.endsWith("s") ? commaList(m, mentions, s) : [m.entity];
        listed.push({ entities: people, kinds: [{ type: "charge", date: undefined, place: undefined, until: 0, si, refined: "charge", legal: { articles: [], sentence: null }, counted: false }] });
      }
    }
    for (const { entities: people, kinds } of listed) {
      for (const e of people) {
        if (sentenceVictims.includes(e) && kinds.every((k) => incidents.some((i) => i.entity === e && i.type === k.refined))) continue;
        sentenceVictims.push(e);
        for (const k of kinds) {
          incidents.push({
            entity: e,
            person: e.words.join(" "),
            role: e.role,
            type: k.refined,
            date: k.date?.date ?? null,
            date_precision: (k.date?.precision ?? "unknown") as DatePrecision,
            place: k.place?.text ?? null,
            place_id: k.place?.placeId ?? null,
            perpetrator: null,
            detail: s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text,
            legal: LEGAL_TYPES.has(k.refined) ? k.legal : { articles: [], sentence: null },
            confidence: 0.6,
            evidence: { start: s.start, end: s.end, text: s.text },
          });
        }
      }
    }
    if (lang === "en") {
      // "…sentenced eight men. Judge X announced that A, B and C would serve …; D, E, F, G and H were sentenced to
      // two years.": the people named in the sentences after a counted report, exactly as many as it counted and no
      // one else in between, are its members; so are the victims of a sentence that counts exactly them.
      const victims = sentenceVictims.length >= 3 ? dedupe(sentenceVictims).filter((e) => !e.official && !e.relative) : [];
      const { n, noun } = victims.length >= 2 ? counting(s.text) : { n: 0, noun: "" };
      if (n === victims.length && n >= 3) membersOf.set(n, victims);
      // "11 journalists … were detained … All 11 were charged. … The court convicted four journalists: A, B, C and D":
      // a named part of a larger group of the same people, reported earlier, shares what the group went through.
      if (n === victims.length && n >= 2) {
        for (const g of byCount) if (g.n > n && g.noun === noun && g.p.si < si && !membersOf.has(g.n) && !partOf.some((x) => x.n === g.n && x.people === victims)) partOf.push({ n: g.n, people: victims });
      }
      const f = filling;
      const people = mentions.length ? dedupe(mentions.filter((m) => member(m, s, mentions)).map((m) => m.entity)) : [];
      if (people.length) named = [...named.slice(-3), { si, people }];
      if (f && si > f.si) {
        // "The four journalists shared …": the group taken up again by its count, before any name, keeps it open.
        if (!f.people.length && !people.length && (countIn(s.text) === f.n || theCount(s.text) === f.n)) f.si = si;
        else {
          for (const e of people) if (!f.people.includes(e)) f.people.push(e);
          const before = f.people.some((e) => incidents.some((i) => i.entity === e && i.evidence.start < (sentences[f.si]?.start ?? 0)));
          // The first name within two sentences of the count, the last within three.
          const far = plain[si]! - plain[f.si]! > (f.people.length === people.length ? 2 : 3);
          if (before || f.people.length > f.n || far) filling = null;
          else if (f.people.length === f.n) {
            membersOf.set(f.n, f.people);
            filling = null;
          }
        }
      }
    }
    if (s.text.trimEnd().endsWith(":")) {
      // The report in the colon's own clause, or one just before it that the colon clause takes up again
      // ("…будут находиться:"), not any list that happens to follow ("The statement was signed by:").
      const resumes = LIST_HEAD.test(s.text);
      let kinds = pending.filter((p) => (p.si === si || (p.si === si - 1 && resumes)) && p.counted && LISTABLE.has(p.refined));
      const ref = (lang === "en" ? LINE_REF_EN : LINE_REF_RU).exec(s.text.trimEnd());
      if (!kinds.length && ref) {
        // "the following journalists were brought to the police:" reports in its own clause; "Those sentenced are:"
        // takes up the group reported before it, of the kind its participle names.
        const participle = ref.slice(1).find((g) => g !== undefined);
        const fits = participle ? REF_KIND.find(([re]) => re.test(participle))?.[1] : undefined;
        const own = pending.filter((p) => p.si === si);
        const earlier = groups.filter((p) => p.si < si && (!fits || fits(p.refined)));
        kinds = own.length ? own : earlier;
        // "sentenced 11 participants … Prosecutors had charged all 11 detainees … Those sentenced are:": the same
        // count names the same group, so its other reports go to the people listed too.
        const counts = new Set([...kinds, ...earlier].map((p) => groupCount(sentences[p.si]?.text ?? "")).filter((n) => n >= 2));
        if (lang === "en" && counts.size) kinds = dedupe([...kinds, ...groups.filter((p) => p.si < si && !kinds.includes(p) && LISTABLE.has(p.refined) && counts.has(groupCount(sentences[p.si]?.text ?? "")))]);
      }
      if (kinds.length) lineList = { kinds: dedupeKinds(kinds), paragraph: s.paragraph };
    }
    seen.people = dedupe([...mentions.map((m) => m.entity).reverse(), ...seen.people]);
    seen.victims = dedupe([...dedupe(sentenceVictims).reverse(), ...seen.victims]);
    if (sentenceVictims.length) {
      seen.paragraph = victimParagraph === s.paragraph ? dedupe([...seen.paragraph, ...sentenceVictims]) : dedupe(sentenceVictims);
      victimParagraph = s.paragraph;
    }
    if (sentenceVictims.length) focus = dedupe(sentenceVictims);
    else {
      // A relative introduced by kinship ("his mother, X") does not take over the story.
      const subject = mentions.find((m) => !m.possessor && !m.entity.official && !m.speaker && !m.commentator && !m.entity.relative && !m.kin);
      if (subject && !focus.includes(subject.entity)) focus = [subject.entity];
    }

    for (const st of stats) {
      const d = pointDate(nearestOf(dates, { start: s.start + st.start, end: s.start + st.end }));
      const p = sPlaces.find((pl) => !pl.country) ?? null;
      statistics.push({
        count: st.count,
        approximate: st.approximate,
        what: st.what,
        date: d?.date ?? null,
        date_precision: d?.precision ?? "unknown",
        place: p?.text ?? null,
        place_id: p?.placeId ?? null,
        evidence: { start: s.start, end: s.end, text: s.text },
      });
    }
    const onlyDate = allDates.length === 1 && allDates[0] && s.tokens.length <= 5 && allDates[0].precision === "day" && allDates[0].end - allDates[0].start >= 0.6 * s.text.trim().length ? allDates[0] : undefined;
    // A stamp with its year ("22.04.2022") dates the entry's publication, not what it reports.
    if (onlyDate) headingDate = /\d{4}/.test(text.slice(onlyDate.start, onlyDate.end)) ? null : onlyDate;
    const heading = sPlaces.find((p) => !p.country);
    if (heading && s.tokens.length <= 10 && s.text.trimEnd().endsWith(":")) listPlace = { place: heading, paragraph: s.paragraph };
    const lastDate = allDates.at(-1);
    if (lastDate && lastDate.precision === "day" && !lastDate.range) paragraphDate = lastDate.date;
  });

  for (const { s, date, except } of allReleased) {
    const held = dedupe(incidents.filter((i) => CUSTODY.has(i.type) && !except.includes(i.entity) && !i.entity.official).map((i) => i.entity));
    for (const e of held) {
      incidents.push({
        entity: e, person: e.words.join(" "), role: e.role, type: "release", date: date?.date ?? null,
        date_precision: (date?.precision ?? "unknown") as DatePrecision, place: null, place_id: null, perpetrator: null,
        detail: s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text, legal: { articles: [], sentence: null },
        confidence: 0.55, evidence: { start: s.start, end: s.end, text: s.text },
      });
    }
  }
  // Each report about a counted group goes to the members named for that count, before or after it.
  for (const { p, n } of byCount) {
    const s = sentences[p.si];
    const people = dedupe([...(membersOf.get(n) ?? []), ...partOf.filter((x) => x.n === n).flatMap((x) => x.people)]);
    if (!s || !people.length || !(LISTABLE.has(p.refined) || p.refined === "appeal" || p.refined === "transfer")) continue;
    for (const e of people) {
      // A verdict the group's report reads as a prison term may be the days or the fine each member got.
      if (VERDICT.has(p.refined) && incidents.some((i) => i.entity === e && VERDICT.has(i.type))) continue;
      incidents.push({
        entity: e, person: e.words.join(" "), role: e.role, type: p.refined, date: p.date?.date ?? null,
        date_precision: (p.date?.precision ?? "unknown") as DatePrecision, place: p.place?.text ?? null, place_id: p.place?.placeId ?? null,
        perpetrator: null, detail: s.text.length > 160 ? `${s.text.slice(0, 157)}…` : s.text,
        legal: LEGAL_TYPES.has(p.refined) ? p.legal : { articles: [], sentence: null }, confidence: 0.55,
        evidence: { start: s.start, end: s.end, text: s.text },
      });
    }
  }
  // Days of administrative arrest are one incident: the administrative article the court applied ("Им вменили статью
  // 488 КоАП") is not a charge of its own.
  const jailed = new Set(incidents.filter((i) => i.type === "administrative_arrest").map((i) => i.entity));
  const administrative = (i: ExtractedIncident): boolean => (i.legal.articles.length > 0 && i.legal.articles.every((a) => a.startsWith("CAO "))) || (!/уголовн|criminal/iu.test(i.evidence.text) && /КоАП|административн\p{L}* (?:кодекс|правонаруш)|Code of Administrative|administrative offen[cs]e/iu.test(i.evidence.text));
  const kept = incidents.filter((i) => !(i.type === "charge" && jailed.has(i.entity) && administrative(i)));
  return { language, incidents: mergeIncidents(kept), statistics };
}
