/** One incident per person and kind, unless the text gives two different dates. */
import type { ExtractedIncident } from "../contract/extraction.js";
import type { Entity } from "./model.js";

const rank = (i: ExtractedIncident): number => (i.date ? 2 : 0) + (i.place ? 1 : 0) + i.confidence;

/** One incident per person and kind, unless the text gives two different dates for it. */
export function mergeIncidents(list: (ExtractedIncident & { entity: Entity })[]): ExtractedIncident[] {
  const out: (ExtractedIncident & { entity: Entity })[] = [];
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
