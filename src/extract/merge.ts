/** The last stages: what the document says about one person and one kind of incident becomes one incident. */
import type { ExtractedIncident } from "../contract/extraction.js";
import type { FoundIncident } from "./state.js";

const rank = (i: ExtractedIncident): number => (i.date ? 2 : 0) + (i.place ? 1 : 0) + i.confidence;

/** One incident per person and kind, unless the text gives two different dates for it. */
export function mergeIncidents(list: FoundIncident[]): ExtractedIncident[] {
  const out: FoundIncident[] = [];
  for (const inc of list) {
    const same = out.filter((o) => o.entity === inc.entity && o.type === inc.type);
    const clash = same.find((o) => !o.date || !inc.date || o.date === inc.date);
    if (!clash) {
      out.push(inc);
      continue;
    }
    const better = rank(inc) > rank(clash) ? inc : clash;
    const merged = { ...better, place: better.place ?? (better === inc ? clash.place : inc.place), place_id: better.place_id ?? (better === inc ? clash.place_id : inc.place_id), confidence: Math.max(inc.confidence, clash.confidence) };
    if (!merged.place) merged.place_id = null;
    out.splice(out.indexOf(clash), 1, merged);
  }
  // The person's fullest name, as it was finally known.
  return out.map(({ entity, ...inc }) => ({ ...inc, person: entity.words.join(" "), role: inc.role ?? entity.role }));
}

/**
 * Days of administrative arrest are one incident: the administrative article the court applied ("Им вменили статью
 * 488 КоАП") is not a charge of its own.
 */
export function dropAdministrativeCharges(incidents: FoundIncident[]): FoundIncident[] {
  const jailed = new Set(incidents.filter((i) => i.type === "administrative_arrest").map((i) => i.entity));
  const administrative = (i: ExtractedIncident): boolean => (i.legal.articles.length > 0 && i.legal.articles.every((a) => a.startsWith("CAO "))) || (!/уголовн|criminal/iu.test(i.evidence.text) && /КоАП|административн\p{L}* (?:кодекс|правонаруш)|Code of Administrative|administrative offen[cs]e/iu.test(i.evidence.text));
  return incidents.filter((i) => !(i.type === "charge" && jailed.has(i.entity) && administrative(i)));
}
