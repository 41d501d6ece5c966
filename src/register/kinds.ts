/** Per kind: the input schema, which fields point at other records, and the audit entity name. */
import type { z } from "zod";
import {
  zCaptureInput, zClaimInput, zEventInput, zIncidentInput, zInterventionInput, zOrganisationInput, zPersonInput, zPlaceInput,
  zProceedingInput, zSourceInput, zStatisticInput,
} from "../contract/records.js";
import { VigilError } from "../core/errors.js";
import type { RecordKind } from "../store/index.js";

export const INPUT_SCHEMAS: Record<RecordKind, z.ZodType> = {
  place: zPlaceInput,
  organisation: zOrganisationInput,
  person: zPersonInput,
  event: zEventInput,
  incident: zIncidentInput,
  proceeding: zProceedingInput,
  statistic: zStatisticInput,
  intervention: zInterventionInput,
  source: zSourceInput,
  capture: zCaptureInput,
  claim: zClaimInput,
};

/** field → kind it refers to; checked before writing so the error names the field, not a constraint. */
export const REFERENCES: Record<RecordKind, Record<string, RecordKind>> = {
  place: { parentId: "place" },
  organisation: {},
  person: {},
  event: { placeId: "place", causedById: "event" },
  incident: { victimPersonId: "person", eventId: "event", placeId: "place" },
  proceeding: { personId: "person", incidentId: "incident" },
  statistic: { placeId: "place", sourceId: "source", eventId: "event" },
  intervention: { incidentId: "incident", personId: "person" },
  source: {},
  capture: { sourceId: "source" },
  claim: { sourceId: "source", captureId: "capture" },
};

/** The URL segment / export key of each kind. */
export const PLURAL: Record<RecordKind, string> = {
  place: "places", organisation: "organisations", person: "people", event: "events", incident: "incidents",
  proceeding: "proceedings", statistic: "statistics", intervention: "interventions", source: "sources", capture: "captures", claim: "claims",
};

export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.infer<S> {
  const r = schema.safeParse(input);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  const first = issues[0];
  throw new VigilError("validation_failed", `invalid ${what}: ${first ? `${first.path || "(record)"}: ${first.message}` : "bad input"}`, { issues });
}
