/**
 * Places named in a document: the gazetteer's scanner first, then "in the village of X" / "в селе X" for places the
 * gazetteer does not know, which are kept as written with no id.
 */
import { findPlacesInText } from "../places/index.js";
import { ORG_AFTER } from "./lexicon.js";

export interface PlaceSpan {
  start: number;
  end: number;
  text: string;
  placeId: string | null;
  /** A country or a region: too wide to be the scene of an incident, which reports name by its town. */
  country: boolean;
}

const UNKNOWN_EN = /\b(?:in|near|at|from) (?:the )?(?:village|town|city|settlement|district|region|aul) of ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?)|\bat the ([A-Z][\p{L}-]+(?: [A-Z][\p{L}-]+)?) (?:border crossing|checkpoint|crossing point|border post)/gu;
const UNKNOWN_RU = /(?<![\p{L}])(?:в|во|из|у|около) (?:селе|села|посёлке|поселке|посёлка|поселка|городе|города|ауле|аула|деревне|районе) ([А-ЯЁ][\p{L}-]+)|(?:пункте|пункт|пункта) пропуска «([^»]{2,40})»|КПП «([^»]{2,40})»/gu;

export function findPlaces(text: string, lang: "en" | "ru"): PlaceSpan[] {
  const out: PlaceSpan[] = [];
  for (const m of findPlacesInText(text)) {
    const after = /^\s+([\p{L}]+)/u.exec(text.slice(m.end, m.end + 30))?.[1] ?? "";
    // "Aktobe Times", «Актобе Таймс»: an outlet named after the town.
    if (after && /^\p{Lu}/u.test(after) && ORG_AFTER.test(after)) continue;
    if (text[m.start - 1] === "«" || /«[^»]{0,40}$/.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    out.push({ start: m.start, end: m.end, text: m.text, placeId: m.place.id, country: m.place.adminLevel === "country" || m.place.adminLevel === "region" });
  }
  const re = lang === "en" ? UNKNOWN_EN : UNKNOWN_RU;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const name = m[1] ?? m[2] ?? m[3] ?? "";
    const start = m.index + m[0].length - name.length;
    if (out.some((p) => p.start < start + name.length && start < p.end)) continue;
    out.push({ start, end: start + name.length, text: name, placeId: null, country: false });
  }
  return out.sort((a, b) => a.start - b.start);
}
