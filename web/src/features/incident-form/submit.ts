/**
 * Saving the form is several API calls: the person (when new), the incident, then the source, its capture and the
 * claim quoting it. The server has no multi-record transaction endpoint, so each step's failure names what was saved.
 */
import type { IncidentInput, PersonInput } from "../../../../src/contract/index.js";
import type { IncidentType, PersonRole } from "../../../../src/contract/vocab.js";
import type { DatePrecision } from "../../../../src/core/dates.js";
import { api, ApiError } from "../../api/client.js";

export interface FormValues {
  victimMode: "person" | "group";
  newRole: PersonRole | "";
  nameLang: string;
  victimGroup: string;
  victimCount: string;
  type: IncidentType;
  date: string;
  precision: DatePrecision;
  perpetrator: string;
  articles: string;
  legalNote: string;
  description: string;
  verification: NonNullable<IncidentInput["verification"]>;
  sourceUrl: string;
  publisher: string;
  sourceTitle: string;
  publishedDate: string;
  sourceLang: string;
  sourceKind: string;
  sourceText: string;
  quote: string;
  credibility: string;
}

interface Picks { personId: string | null; newPersonName: string; placeId: string | null; placeText: string }

/** A date as typed, widened to an ISO date at the start of the month or year it names. */
export function isoDateOf(value: string, precision: DatePrecision): string | null {
  const v = value.trim();
  if (!v || precision === "unknown") return null;
  if (/^\d{4}$/.test(v)) return `${v}-01-01`;
  if (/^\d{4}-\d{2}$/.test(v)) return `${v}-01`;
  return v;
}

const orNull = (s: string) => (s.trim() ? s.trim() : null);

export async function submitIncident(v: FormValues, picks: Picks): Promise<{ incidentId: string; personId: string | null }> {
  let personId = v.victimMode === "person" ? picks.personId : null;
  if (v.victimMode === "person" && !personId) {
    const person: PersonInput = {
      names: [{ value: picks.newPersonName, lang: (orNull(v.nameLang) as PersonInput["names"][number]["lang"]) ?? null, kind: "official" }],
      roles: v.newRole ? [v.newRole] : [],
    };
    personId = (await api.createPerson(person)).id;
  }
  const incident: IncidentInput = {
    type: v.type,
    victimPersonId: personId,
    victimGroup: v.victimMode === "group" ? orNull(v.victimGroup) : null,
    victimCount: v.victimMode === "group" && v.victimCount ? Number(v.victimCount) : null,
    startDate: isoDateOf(v.date, v.precision),
    startPrecision: v.precision,
    placeId: picks.placeId,
    placeText: picks.placeId ? null : orNull(picks.placeText),
    perpetrators: v.perpetrator.trim() ? [{ label: v.perpetrator.trim() }] : [],
    description: orNull(v.description),
    legal: { articles: v.articles.split(/[;,]/).map((a) => a.trim()).filter(Boolean), note: orNull(v.legalNote) },
    verification: v.verification,
  };
  const created = await api.createIncident(incident);

  const hasSource = v.sourceUrl.trim() || v.sourceText.trim() || v.publisher.trim();
  if (hasSource) {
    try {
      const source = await api.createSource({
        kind: v.sourceKind, url: orNull(v.sourceUrl), publisher: orNull(v.publisher), title: orNull(v.sourceTitle),
        publishedDate: orNull(v.publishedDate), language: orNull(v.sourceLang),
      });
      if (v.sourceText.trim()) {
        const capture = await api.createCapture(source.id, v.sourceText);
        const start = v.quote ? v.sourceText.indexOf(v.quote) : -1;
        // A claim without a quote still links the source to the incident; with one, it points at the exact words.
        await api.createClaim({
          sourceId: source.id, captureId: capture.id, subjectType: "incident", subjectId: created.id,
          spanStart: start >= 0 ? start : null, spanEnd: start >= 0 ? start + v.quote.length : null,
          credibility: Number(v.credibility),
        });
      }
    } catch (e) {
      if (e instanceof ApiError) throw new ApiError(e.status, e.code, `incident ${created.id} saved; source not saved: ${e.message}`, e.details);
      throw e;
    }
  }
  return { incidentId: created.id, personId };
}
