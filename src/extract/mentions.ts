/**
 * People in the text: the names of a sentence, each linked to the person it stands for (a new entity or one told
 * before, with the role the sentence gives it — speaker, source, official, commentator, relative, or only the owner
 * of something, "X's lawyer"), and who the story is about after each sentence.
 */
import { dedupe, type Entity, isInitial, type Mention } from "./model.js";
import { findMentions, type NameMention, singleForms } from "./names.js";
import type { PlaceSpan } from "./places.js";
import type { DocState, SentenceView } from "./state.js";
import type { Sentence } from "./text.js";

/** The names of one sentence, each linked to its person. */
export function mentionsOf(doc: DocState, s: Sentence, si: number, places: PlaceSpan[], listLine: boolean): Mention[] {
  const { lang, entities, sentences } = doc;
  const raw = findMentions(s.tokens, { lang, places, people: entities, oracle: doc.oracle, kazakh: doc.kazakh, listLine, surnames: doc.surnames });
  const mentions = raw.map((m) => linkMention(m, s, si, lang, entities));
  // A byline near the top ("Сая Тестова" on a line of its own, the date line under it) names the author, whom
  // role words and pronouns must not reach.
  const byline = lang === "ru" && si < 8 && mentions.length === 1 && mentions[0]?.first === 0 && mentions[0].last === s.tokens.filter((t) => t.word).length && /^\s*\d/.test(sentences[si + 1]?.text ?? "");
  if (byline && mentions[0]) mentions[0].entity.official = true;
  return mentions;
}

/** Who the story is about after this sentence: its victims, or else the first person it names as no one's kin. */
export function moveFocus(doc: DocState, v: SentenceView, victims: Entity[]): void {
  const { s, mentions } = v;
  const { seen } = doc;
  seen.people = dedupe([...mentions.map((m) => m.entity).reverse(), ...seen.people]);
  seen.victims = dedupe([...dedupe(victims).reverse(), ...seen.victims]);
  if (victims.length) {
    seen.paragraph = doc.victimParagraph === s.paragraph ? dedupe([...seen.paragraph, ...victims]) : dedupe(victims);
    doc.victimParagraph = s.paragraph;
  }
  if (victims.length) doc.focus = dedupe(victims);
  else {
    // A relative introduced by kinship ("his mother, X") does not take over the story.
    const subject = mentions.find((m) => !m.possessor && !m.entity.official && !m.speaker && !m.commentator && !m.entity.relative && !m.kin);
    if (subject && !doc.focus.includes(subject.entity)) doc.focus = [subject.entity];
  }
}

function linkMention(m: NameMention, s: Sentence, si: number, lang: "en" | "ru", entities: Entity[]): Mention {
  const lower = m.words.map((w) => w.toLowerCase());
  let entity: Entity | undefined;
  if (m.relative) {
    const key = lower.join(" ");
    entity = entities.find((e) => e.relative && e.lower.join(" ") === key);
  } else if (lower.length >= 2) {
    entity = entities.find((e) => !e.relative && (lower.every((w) => e.lower.includes(w)) || e.lower.every((w) => lower.includes(w))));
    // An inflected full name the nominative rules could not settle ("В квартире Эрмека Сатыбалдиева"): every word
    // has a reading that matches the person already named.
    if (!entity && lang === "ru") {
      const surface = s.text.slice(m.start - s.start, m.end - s.start).split(/\s+/);
      entity = entities.find((e) => !e.relative && e.lower.length >= 2 && surface.length >= 2 && surface.every((w) => singleForms(w, lang).some((f) => e.lower.includes(f))));
    }
    // "D. Testov" after "Dauletmurat Testov", "А. Тестли" after "Алескер Тестли": an initial stands for the given name
    // it opens.
    if (!entity && lower.some(isInitial)) {
      const full = lower.filter((w) => !isInitial(w));
      entity = entities.find((e) => !e.relative && full.length > 0 && full.every((w) => e.lower.includes(w)) && lower.every((w) => !isInitial(w) || e.lower.some((x) => !full.includes(x) && x[0] === w[0])));
      if (entity) lower.length = 0;
    }
    if (entity && lower.length > entity.lower.length) {
      entity.words = m.words;
      entity.lower = lower;
    }
  } else {
    const forms = singleForms(s.text.slice(m.start - s.start, m.end - s.start), lang);
    const candidates = entities.filter((e) => !e.relative && e.lower.some((w) => forms.includes(w)));
    // Several relatives share a surname: the one named in the nominative form written wins, then the latest seen.
    const exact = candidates.filter((e) => e.lower.includes(lower[0] ?? ""));
    entity = (exact.length ? exact : candidates).sort((a, b) => b.last - a.last)[0];
  }
  if (!entity) {
    entity = { id: entities.length, words: m.words, lower, gender: m.gender, role: m.role, official: m.official, relative: m.relative, last: si };
    entities.push(entity);
  }
  entity.last = si;
  entity.role ??= m.role;
  entity.gender ??= m.gender;
  if (m.official) entity.official = true;
  const after = s.text.slice(m.end - s.start, m.end - s.start + 40);
  const before = s.text.slice(Math.max(0, m.start - s.start - 30), m.start - s.start);
  const speaker = lang === "en"
    ? /^(?:'s)?\s*(?:,[^,]{0,60},\s*)?(said|says|told|added|wrote|stated|explained|claimed|confirmed|announced|denied|declined)\b/i.test(after) ||
      // "His mother, X, said": an appositive name closed by the comma before "said" (not "…the poet X, said", whose
      // comma closes a clause about someone else).
      (/^,\s*(said|told|added|wrote)\b/i.test(after) && (/,\s*$/.test(before) || m.first === 0)) || /\b(said|according to|told by)\s*$/i.test(before)
    : /^[^.;:]{0,25}?(сообщил|заявил|рассказал|сказал|написал|отметил|добавил|пояснил|подтвердил|считает|назвал|отказал)/i.test(after.replace(/^,[^,]{0,80},/, "")) ||
      // A dash after a quotation introduces its speaker; a dash opening a line is a list bullet.
      // ", — X" with no verb after the dash, and no quotation closed before the comma, is a list after a clause
      // ("четырем журналистам, обвиняемым в …, — X, Y и Z").
      /(сообщил[аи]?|заявил[аи]?|сказал[аи]?|рассказал[аи]?|[»"”.!?…],?\s*—)(?:\s+[\p{L}-]+){0,3}\s*$/iu.test(before) ||
      /,\s*—(?:\s+\p{Ll}[\p{L}-]*){1,3}\s*$/u.test(before) ||
      // "как утверждает Муджерова": the one who tells it.
      /как\s+(?:утвержда|сообща|рассказыва|пишет|отмеча|говорит|считает)\p{L}*\s*$/iu.test(before) ||
      /(?:по (?:словам|данным|мнению)|со ссылкой на)(?:\s+[\p{L}-]+){0,4}\s*$/iu.test(s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start));
  // "По словам жены Мехрализаде, Нергиз Муджеровой, ее мужа задержали": the source and her appositive name.
  // The appositive must be closed by its own comma: in "По словам её матери, Динару забрали" the name is the object.
  const lead = s.text.slice(Math.max(0, m.start - s.start - 60), m.start - s.start);
  const source = lang === "ru" && (/по (?:словам|данным|мнению|информации)(?:\s+[\p{L}-]+){0,4}\s*$/iu.test(lead) || (/по (?:словам|данным|мнению|информации)(?:[\s,]+[\p{L}-]+){0,4},\s*$/iu.test(lead) && /^\s*,/.test(after)));
  // Field by field, not "{ ...m }": the spread took V8's slow generic copy on every mention (a few per cent of the
  // extractor's time). A field added to NameMention must be added here too (the return type requires it).
  return {
    first: m.first, last: m.last, start: m.start, end: m.end, words: m.words, gender: m.gender, case: m.case, role: m.role,
    official: m.official, commentator: m.commentator, possessor: m.possessor, relative: m.relative, kin: m.kin,
    entity, speaker: speaker || source, source,
  };
}
