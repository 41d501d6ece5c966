/** The form becomes one case: the server saves the person, incident, source, its text and the quote together or not at all. */
import type { CaseInput, IncidentInput, PersonInput } from "../../../../src/contract/index.js";
import type { IncidentType, PersonRole } from "../../../../src/contract/vocab.js";
import type { DatePrecision } from "../../../../src/core/dates.js";
import { api } from "../../api/client.js";
import { sourceUrlOf } from "../../components/sourceUrl.js";

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

/** The server's limit on one name (the contract's person name value). */
export const NAME_MAX = 300;


export async function submitIncident(v: FormValues, picks: Picks): Promise<{ incidentId: string; personId: string | null }> {
  const existing = v.victimMode === "person" ? picks.personId : null;
  const person: PersonInput | undefined = v.victimMode === "person" && !existing
    ? {
      names: [{ value: picks.newPersonName, lang: (orNull(v.nameLang) as PersonInput["names"][number]["lang"]) ?? null, kind: "official" }],
      roles: v.newRole ? [v.newRole] : [],
    }
    : undefined;
  const incident: IncidentInput = {
    type: v.type,
    victimPersonId: existing,
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
  const hasSource = Boolean(v.sourceUrl.trim() || v.sourceText.trim() || v.publisher.trim());
  const url = sourceUrlOf(v.sourceUrl);
  const body: CaseInput = {
    person,
    incident,
    source: hasSource
      ? {
        kind: v.sourceKind as NonNullable<NonNullable<CaseInput["source"]>["kind"]>, url: url === "invalid" ? null : url, publisher: orNull(v.publisher),
        title: orNull(v.sourceTitle), publishedDate: orNull(v.publishedDate), language: orNull(v.sourceLang) as NonNullable<CaseInput["source"]>["language"],
      }
      : undefined,
    sourceText: hasSource && v.sourceText.trim() ? v.sourceText : undefined,
    quote: hasSource && v.sourceText.trim() && v.quote.trim() ? v.quote : undefined,
    credibility: Number(v.credibility) as CaseInput["credibility"],
  };
  const saved = await api.createCase(body);
  return { incidentId: saved.incidentId, personId: saved.personId };
}
