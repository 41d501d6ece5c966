/**
 * Kazakh-language text. The Russian rules still read the parts the two languages share in the press (names in
 * Cyrillic, "МРП", "УК", dates in numbers); this file adds what Kazakh says differently: the verbs of what happened
 * ("ұсталды", "қамауға алынды", "сотталды", "айыппұл салынды") and the case endings Kazakh glues onto a name
 * ("Асылбековты", "Ахметованың", "Серікұлына").
 */
import { isGivenName } from "./lexicon.js";
import type { TriggerDef, TriggerForm, TriggerType } from "./triggers.js";

const W = "[\\p{L}]*";
const kk = (type: TriggerType, s: string, form: TriggerForm = "verb"): TriggerDef => {
  const re = new RegExp(`(?:${s})(?![\\p{L}])`, "giu");
  return { type, re, form, wordStart: true, lower: new RegExp(re.source, "gu") };
};

export const KK_TRIGGERS: TriggerDef[] = [
  kk("detention", `ұстал(?:ды|ған|ып)|ұстады|ұстап (?:алды|әкетті)|полиция${W} (?:бөліміне )?алып кетті|құрықта${W}`),
  // "10 тәулікке қамауға алынды" is a court's administrative arrest; refineType reads the days.
  kk("arrest", `қамауға (?:алын${W}|алды|алу${W})|тұтқындал${W}|тұтқындады`),
  kk("administrative_arrest", `(?:\\d+|[\\p{L}]+) тәулік${W} (?:әкімшілік )?қамау${W}`, "noun"),
  kk("criminal_arrest", `тергеу изоляторына (?:жабылды|қамалды|жіберілді|орналастырылды)`),
  kk("house_arrest", `үй қамауына`, "noun"),
  kk("release", `босатыл${W}|босатты|бостандыққа шық${W}`),
  kk("charge", `айып (?:тағыл${W}|тақты)|айыпта(?:лды|лып|ды)|қылмыстық іс қозғал${W}|хаттама толтыр${W}`),
  kk("sentence", `сотталды|сотталған|(?:\\d+|[\\p{L}]+) жылға (?:бас бостандығынан айыр${W}|сотталды)|үкім шығар${W}`),
  kk("fine", `айыппұл салын${W}|айыппұл салды|айыппұл төле${W}|айыппұл${W} (?:\\d[\\d\\s]*|[\\p{L}]+ )(?:аек|теңге)`),
  kk("search", `тінту жүргіз${W}|тінтіл${W}|тінтті`),
  kk("interrogation", `жауап алын${W}|жауапқа ал${W}|жауаптан өткіз${W}`),
  kk("summons", `(?:жауапқа|тергеуге|полицияға|сотқа) шақырыл${W}|шақыру қағаз${W}`),
  kk("beating", `ұрып-соқ${W}|соққыға жық${W}|ұрып-соғ${W}`),
  kk("killing", `қаза тап${W}|өлтіріл${W}|атып өлтір${W}`),
  kk("missing", `хабар-ошарсыз${W}|ізсіз (?:жоғал${W}|кетті)|із-түзсіз`),
  kk("deportation", `елден (?:шығарыл${W}|қуыл${W})|депортацияла${W}`),
  kk("equipment_seizure", `(?:телефон${W}|камера${W}|ноутбуг${W}|ноутбук${W}) (?:тәркіле${W}|алып қойыл${W}|алып қойды)`),
];

/** Case endings Kazakh adds to a name, longest first (harmony variants after vowels and consonants). */
const CASE_ENDING = /(?:ның|нің|дың|дің|тың|тің|ға|ге|қа|ке|на|не|ны|ні|ды|ді|ты|ті|да|де|та|те|нда|нде|дан|ден|тан|тен|нан|нен|мен|бен|пен|ын|ін|н)$/;
const STEM = /(?:ов|ова|ев|ева|ин|ина|ұлы|қызы|улы|кызы)$/;

/**
 * The nominative of one word of a Kazakh name: "Асылбековты" → "Асылбеков", "Ахметованың" → "Ахметова",
 * "Серікұлына" → "Серікұлы", "Ерланды" → "Ерлан". Only a stem shaped like a surname or a known given name is
 * changed, so other words pass.
 */
export function kazakhNominative(word: string): string {
  const lower = word.toLowerCase();
  for (let cut = 4; cut >= 1; cut--) {
    const ending = lower.slice(-cut);
    if (!CASE_ENDING.test(ending) || CASE_ENDING.exec(ending)?.[0] !== ending) continue;
    const stem = lower.slice(0, -cut);
    // "-ұлына": the possessive "-ы" of "ұлы" drops before a case ending ("ұлы" + "на").
    if (/(?:ұл|қыз)$/.test(stem)) return word.slice(0, -cut) + "ы";
    if (stem.length >= 4 && (STEM.test(stem) || isGivenName(stem))) return word.slice(0, -cut);
  }
  return word;
}
