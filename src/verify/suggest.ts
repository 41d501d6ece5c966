/** Suggested matches for a proposal: existing people who may be the victim, and the gazetteer place the text names. */
import type { ExtractedIncident, ExtractedStatistic } from "../extract/index.js";
import { placeById, resolvePlace, type GazetteerPlace } from "../places/index.js";
import { findCandidates, getMany, listRecords, type Ctx, type Rec } from "../register/index.js";
import type { IncidentSuggestion, PersonSuggestion, PlaceSuggestion, Suggestions } from "../contract/review.js";

const MAX_PEOPLE = 5;
/** Reports of one detention differ by a day or two (the night it happened, the day it was announced). */
const SAME_INCIDENT_DAYS = 2;

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
  return found.flatMap((c) => (c.outcome === "different" ? [] : [{ personId: c.person.id as string, outcome: c.outcome, score: c.score, reasons: c.reasons, reasonCodes: c.reasonCodes }]));
}

const dayDiff = (a: string, b: string): number => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;

/** Incidents of the suggested people with the same type on about the same day. */
export async function suggestIncidents(ctx: Ctx, item: ExtractedIncident, people: readonly PersonSuggestion[]): Promise<IncidentSuggestion[]> {
  const out: IncidentSuggestion[] = [];
  for (const p of people.slice(0, 3)) {
    const page = await listRecords(ctx, "incident", { personId: p.personId, limit: 200, offset: 0, order: "asc", sort: "startDate" });
    for (const i of page.items) {
      const start = typeof i.startDate === "string" ? i.startDate : null;
      if (i.type !== item.type || (start && item.date && dayDiff(start, item.date) > SAME_INCIDENT_DAYS)) continue;
      out.push({ incidentId: i.id as string, personId: p.personId, type: String(i.type), startDate: start });
    }
  }
  return out;
}

export async function suggestFor(ctx: Ctx, proposal: { kind: "incident"; item: ExtractedIncident } | { kind: "statistic"; item: ExtractedStatistic }): Promise<Suggestions> {
  if (proposal.kind === "statistic") return { people: [], place: suggestPlace(proposal.item), incidents: [] };
  const people = await suggestPeople(ctx, proposal.item);
  return { people, place: suggestPlace(proposal.item), incidents: await suggestIncidents(ctx, proposal.item, people) };
}

/** Names of the suggested people as this reader may see them (the person presenter decides), for a page of proposals. */
export async function attachSuggestedNames(ctx: Ctx, all: Suggestions[]): Promise<void> {
  const ids = [...new Set(all.flatMap((s) => s.people.map((p) => p.personId)))];
  if (!ids.length) return;
  const people = new Map((await getMany(ctx, "person", ids)).map((p) => [p.id as string, p]));
  for (const s of all) {
    // A person the reader may not see (or one merged away since) is dropped rather than shown as a bare id.
    s.people = s.people.filter((p) => people.has(p.personId));
    s.incidents = s.incidents.filter((i) => people.has(i.personId));
    for (const p of s.people) p.names = ((people.get(p.personId)!.names as Rec[] | undefined) ?? []).map((n) => String(n.value));
  }
}
