/** List queries as they arrive in a URL: every value is a string, lists are comma-separated. */
import { z } from "zod";
import { zId, zIsoDate, zVisibility } from "./records.js";
import { ADMIN_LEVELS, CHARGE_STATUSES, CLAIM_CREDIBILITY, INCIDENT_TYPES, PERSON_ROLES, SOURCE_KINDS, VERIFICATION_STATUSES } from "./vocab.js";

const csvOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.string(), z.array(z.string())])
    .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
    .pipe(z.array(z.enum(values)).max(values.length));

export const PERSON_STATUS_VALUES = ["unknown", "at_large", "detained", "awaiting_trial", "serving_sentence", "house_arrest", "released", "missing", "dead", "held", "release_overdue"] as const;

/** A comma-separated list of record ids (at most a page), for fetching the records a screen links to in one request. */
const zIdList = z.union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : v.split(",")).map((s) => s.trim()).filter(Boolean))
  .pipe(z.array(zId).max(500));

export const zListQuery = z.object({
  ids: zIdList.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
  q: z.string().trim().max(200).optional(),
  order: z.enum(["asc", "desc"]).default("desc"),
  visibility: zVisibility.optional(),
});
export type ListQuery = z.infer<typeof zListQuery>;

export const zIncidentQuery = zListQuery.extend({
  type: csvOf(INCIDENT_TYPES).optional(),
  dateFrom: zIsoDate.optional(),
  dateTo: zIsoDate.optional(),
  placeId: zId.optional(),
  role: csvOf(PERSON_ROLES).optional(),
  verification: csvOf(VERIFICATION_STATUSES).optional(),
  /** Current status of the victim: held, missing, dead … */
  status: csvOf(PERSON_STATUS_VALUES).optional(),
  personId: zId.optional(),
  eventId: zId.optional(),
  sort: z.enum(["startDate", "createdAt", "updatedAt", "type"]).default("startDate"),
});
export type IncidentQuery = z.infer<typeof zIncidentQuery>;

export const zPersonQuery = zListQuery.extend({
  role: csvOf(PERSON_ROLES).optional(),
  status: csvOf(PERSON_STATUS_VALUES).optional(),
  sort: z.enum(["createdAt", "updatedAt", "statusSince"]).default("createdAt"),
});
export type PersonQuery = z.infer<typeof zPersonQuery>;

export const zPlaceQuery = zListQuery.extend({
  adminLevel: csvOf(ADMIN_LEVELS).optional(),
  parentId: zId.optional(),
  country: z.string().regex(/^[A-Z]{2}$/).optional(),
  order: z.enum(["asc", "desc"]).default("asc"),
});
export const zProceedingQuery = zListQuery.extend({ personId: zId.optional(), incidentId: zId.optional(), chargeStatus: csvOf(CHARGE_STATUSES).optional() });
export const zSourceQuery = zListQuery.extend({ kind: csvOf(SOURCE_KINDS).optional() });
export const zCaptureQuery = zListQuery.extend({ sourceId: zId.optional() });
export const zClaimQuery = zListQuery.extend({
  sourceId: zId.optional(), subjectId: zId.optional(), captureId: zId.optional(),
  credibility: z.coerce.number().pipe(z.union(CLAIM_CREDIBILITY.map((n) => z.literal(n)) as [z.ZodLiteral<number>, ...z.ZodLiteral<number>[]])).optional(),
});
export const zStatisticQuery = zListQuery.extend({ placeId: zId.optional(), eventId: zId.optional(), dateFrom: zIsoDate.optional(), dateTo: zIsoDate.optional() });
export const zEventQuery = zListQuery.extend({ dateFrom: zIsoDate.optional(), dateTo: zIsoDate.optional() });
export const zInterventionQuery = zListQuery.extend({ personId: zId.optional(), incidentId: zId.optional() });
export const zOrganisationQuery = zListQuery;

export interface Page<T> {
  items: T[];
  /** Matches in all; when totalCapped, a lower bound: counting stopped there (10,000 past the offset; a search 1,000). */
  total: number;
  /** Present and true when there are more matches than `total`. */
  totalCapped?: boolean;
  limit: number;
  offset: number;
}
