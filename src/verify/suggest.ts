/** Suggested matches for a proposal: existing people who may be the victim, and the gazetteer place the text names. */
import type { ExtractedIncident, ExtractedStatistic } from "../extract/index.js";
import { placeById, resolvePlace, type GazetteerPlace } from "../places/index.js";
import { findCandidates, getMany, type Ctx, type Rec } from "../register/index.js";
import type { PersonSuggestion, PlaceSuggestion, Suggestions } from "./schema.js";

const MAX_PEOPLE = 5;

function placeSuggestion(place: GazetteerPlace, score: number, matched: string): PlaceSuggestion {
  return { placeId: place.id, name: place.name, adminLevel: place.adminLevel, score, matched };
}

export function suggestPlace(item: { place: string | null; place_id: string | null }): PlaceSuggestion | null {
  if (!item.place) return null;
  const known = item.place_id ? placeById(item.place_id) : undefined;
  if (known) return placeSuggestion(known, 1, item.place);
  const m = resolvePlace(item.place, { country: "KZ" });
  return m ? placeSuggestion(m.place, m.score, m.matched) : null;
}

export async function suggestPeople(ctx: Ctx, item: ExtractedIncident): Promise<PersonSuggestion[]> {
  const found = await findCandidates(ctx, item.person, { role: item.role }, MAX_PEOPLE);
  return found.flatMap((c) => (c.outcome === "different" ? [] : [{ personId: c.person.id as string, outcome: c.outcome, score: c.score, reasons: c.reasons }]));
}

export async function suggestFor(ctx: Ctx, proposal: { kind: "incident"; item: ExtractedIncident } | { kind: "statistic"; item: ExtractedStatistic }): Promise<Suggestions> {
  return {
    people: proposal.kind === "incident" ? await suggestPeople(ctx, proposal.item) : [],
    place: suggestPlace(proposal.item),
  };
}

/** Names of the suggested people as this reader may see them (the person presenter decides), for a page of proposals. */
export async function attachSuggestedNames(ctx: Ctx, all: Suggestions[]): Promise<void> {
  const ids = [...new Set(all.flatMap((s) => s.people.map((p) => p.personId)))];
  if (!ids.length) return;
  const people = new Map((await getMany(ctx, "person", ids)).map((p) => [p.id as string, p]));
  for (const s of all) {
    // A person the reader may not see (or one merged away since) is dropped rather than shown as a bare id.
    s.people = s.people.filter((p) => people.has(p.personId));
    for (const p of s.people) p.names = ((people.get(p.personId)!.names as Rec[] | undefined) ?? []).map((n) => String(n.value));
  }
}
