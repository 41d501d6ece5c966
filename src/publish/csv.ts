/** CSV views of incidents and people, built from presented (already redacted) records. */
import { stringify } from "csv-stringify/sync";

type Rec = Record<string, unknown>;

const joinList = (v: unknown, sep = "; ") => (Array.isArray(v) ? v.map((x) => (typeof x === "object" && x ? (x as Rec).label ?? (x as Rec).article ?? "" : String(x))).filter(Boolean).join(sep) : "");

export const INCIDENT_CSV_COLUMNS = [
  "id", "type", "person_id", "person_name", "victim_group", "victim_count", "start_date", "start_precision", "end_date", "end_precision",
  "place_id", "place_name", "place_text", "perpetrators", "description", "legal_articles", "verification", "created_at", "updated_at",
] as const;

export const PERSON_CSV_COLUMNS = [
  "id", "name", "other_names", "sex", "birth_date", "roles", "occupation", "citizenship", "protection", "status", "status_since", "status_until",
] as const;

export function incidentsToCsv(incidents: Rec[], lookups: { personName(id: string): string | undefined; placeName(id: string): string | undefined }): string {
  const rows = incidents.map((i) => {
    const legal = (i.legal as { articles?: string[] } | undefined) ?? {};
    return [
      i.id, i.type, i.victimPersonId ?? "", typeof i.victimPersonId === "string" ? lookups.personName(i.victimPersonId) ?? "" : "", i.victimGroup ?? "",
      i.victimCount ?? "", i.startDate ?? "", i.startPrecision ?? "", i.endDate ?? "", i.endPrecision ?? "", i.placeId ?? "",
      typeof i.placeId === "string" ? lookups.placeName(i.placeId) ?? "" : "", i.placeText ?? "", joinList(i.perpetrators), i.description ?? "",
      (legal.articles ?? []).join("; "), i.verification ?? "", i.createdAt ?? "", i.updatedAt ?? "",
    ];
  });
  return stringify([[...INCIDENT_CSV_COLUMNS], ...rows]);
}

export function peopleToCsv(people: Rec[]): string {
  const rows = people.map((p) => {
    const names = ((p.names as Rec[]) ?? []).map((n) => String(n.value));
    const status = (p.status as Rec | undefined) ?? {};
    return [
      p.id, names[0] ?? "", names.slice(1).join(" | "), p.sex ?? "", p.birthDate ?? "", joinList(p.roles), p.occupation ?? "",
      joinList(p.citizenship), p.protection ?? "", status.status ?? "", status.since ?? "", status.until ?? "",
    ];
  });
  return stringify([[...PERSON_CSV_COLUMNS], ...rows]);
}
