/**
 * The records of the register as they cross a boundary (HTTP, CLI, files). The server validates with these schemas,
 * the web app and CLI reuse their types, so no shape is written twice.
 */
import { z } from "zod";
import { DATE_PRECISIONS, isIsoDate } from "../core/dates.js";
import { ID_PATTERN } from "../core/ids.js";
import {
  ADMIN_LEVELS, CHARGE_STATUSES, CLAIM_CREDIBILITY, INCIDENT_TYPES, INTERVENTION_KINDS, LENGTH_UNITS, NAME_KINDS,
  NAME_LANGS, ORGANISATION_KINDS, PERSON_ROLES, PLACE_PRECISIONS, PROTECTION_LEVELS, SCRIPTS, SENTENCE_KINDS, SEXES,
  SOURCE_KINDS, SOURCE_RELIABILITY, VERIFICATION_STATUSES, VISIBILITIES,
} from "./vocab.js";

export const zId = z.string().regex(ID_PATTERN, "must be a Vigil id such as per_01h…");
export const zIsoDate = z.string().refine(isIsoDate, "must be a calendar date YYYY-MM-DD");
export const zDatePrecision = z.enum(DATE_PRECISIONS);
export const zVisibility = z.enum(VISIBILITIES);
const text = (max: number) => z.string().trim().min(1).max(max);
const optText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : null));

/** Which fields of a record only roles with confidential access may see (e.g. a witness's phone, an exact address). */
const zConfidentialFields = z.array(z.string().min(1).max(64)).max(32).default([]);

const recordMeta = {
  id: zId,
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

// ---------- people and organisations ----------
export const zPersonNameInput = z.object({
  /** Kept when a name is edited, so a name keeps its identity across updates. */
  id: zId.optional(),
  value: text(300),
  script: z.enum(SCRIPTS).optional(),
  lang: z.enum(NAME_LANGS).nullish(),
  kind: z.enum(NAME_KINDS).default("official"),
  given: optText(120),
  family: optText(120),
  patronymic: optText(120),
});
export type PersonNameInput = z.input<typeof zPersonNameInput>;

export const zPersonName = zPersonNameInput.extend({ id: zId, script: z.enum(SCRIPTS), lang: z.enum(NAME_LANGS).nullable() });
export type PersonName = z.infer<typeof zPersonName>;

export const zAffiliation = z.object({
  organisationId: zId.nullish().transform((v) => v ?? null),
  organisationName: optText(300),
  position: optText(200),
}).refine((a) => a.organisationId || a.organisationName, "an affiliation needs an organisation id or name");

export const zPersonInput = z.object({
  names: z.array(zPersonNameInput).min(1, "a person needs at least one name").max(50),
  sex: z.enum(SEXES).default("unknown"),
  birthDate: zIsoDate.nullish().transform((v) => v ?? null),
  birthDatePrecision: zDatePrecision.default("unknown"),
  citizenship: z.array(z.string().regex(/^[A-Z]{2}$/, "ISO 3166-1 alpha-2 code")).max(5).default([]),
  occupation: optText(200),
  roles: z.array(z.enum(PERSON_ROLES)).max(11).default([]),
  affiliations: z.array(zAffiliation).max(20).default([]),
  protection: z.enum(PROTECTION_LEVELS).default("named_with_consent"),
  /** What public lists show instead of the name when the person is pseudonymised. */
  publicLabel: optText(120),
  notes: optText(20_000),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export type PersonInput = z.input<typeof zPersonInput>;
export const zPerson = zPersonInput.extend({ ...recordMeta, names: z.array(zPersonName), mergedInto: zId.nullable() });
export type Person = z.infer<typeof zPerson>;

export const zOrganisationInput = z.object({
  name: text(300),
  names: z.array(text(300)).max(20).default([]),
  kind: z.enum(ORGANISATION_KINDS).default("other"),
  country: z.string().regex(/^[A-Z]{2}$/).nullish().transform((v) => v ?? null),
  visibility: zVisibility.default("public"),
  confidentialFields: zConfidentialFields,
});
export const zOrganisation = zOrganisationInput.extend(recordMeta);
export type Organisation = z.infer<typeof zOrganisation>;

// ---------- places ----------
export const zPlaceInput = z.object({
  name: text(200),
  names: z.record(z.string().min(2).max(10), text(200)).default({}),
  altNames: z.array(text(200)).max(200).default([]),
  adminLevel: z.enum(ADMIN_LEVELS),
  parentId: zId.nullish().transform((v) => v ?? null),
  country: z.string().regex(/^[A-Z]{2}$/),
  lat: z.number().min(-90).max(90).nullish().transform((v) => v ?? null),
  lon: z.number().min(-180).max(180).nullish().transform((v) => v ?? null),
  population: z.number().int().nonnegative().nullish().transform((v) => v ?? null),
  code: optText(40),
});
export const zPlace = zPlaceInput.extend({ ...recordMeta, geonameid: z.number().int().nullable() });
export type Place = z.infer<typeof zPlace>;

// ---------- incidents and events ----------
export const zPerpetrator = z.object({
  organisationId: zId.nullish().transform((v) => v ?? null),
  personId: zId.nullish().transform((v) => v ?? null),
  label: optText(300),
}).refine((p) => p.organisationId || p.personId || p.label, "a perpetrator needs an organisation, a person or a label");

const datedRecord = {
  startDate: zIsoDate.nullish().transform((v) => v ?? null),
  startPrecision: zDatePrecision.default("day"),
  endDate: zIsoDate.nullish().transform((v) => v ?? null),
  endPrecision: zDatePrecision.default("day"),
};

const incidentFields = z.object({
  type: z.enum(INCIDENT_TYPES),
  victimPersonId: zId.nullish().transform((v) => v ?? null),
  victimGroup: optText(300),
  victimCount: z.number().int().positive().max(10_000_000).nullish().transform((v) => v ?? null),
  eventId: zId.nullish().transform((v) => v ?? null),
  perpetrators: z.array(zPerpetrator).max(20).default([]),
  ...datedRecord,
  placeId: zId.nullish().transform((v) => v ?? null),
  placeText: optText(300),
  placePrecision: z.enum(PLACE_PRECISIONS).default("city"),
  description: optText(20_000),
  legal: z.object({
    articles: z.array(text(120)).max(20).default([]),
    note: optText(2000),
  }).default({ articles: [], note: null }),
  verification: z.enum(VERIFICATION_STATUSES).default("unverified"),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
const incidentRules = <T extends { victimPersonId: string | null; victimGroup: string | null; startDate: string | null; endDate: string | null }>(
  v: T, ctx: z.RefinementCtx,
) => {
  if (!v.victimPersonId && !v.victimGroup) ctx.addIssue({ code: "custom", message: "an incident needs a victim person or a victim group", path: ["victimPersonId"] });
  if (v.startDate && v.endDate && v.endDate < v.startDate) ctx.addIssue({ code: "custom", message: "endDate is before startDate", path: ["endDate"] });
};
export const zIncidentInput = incidentFields.superRefine(incidentRules);
export type IncidentInput = z.input<typeof zIncidentInput>;
export const zIncident = incidentFields.extend(recordMeta);
export type Incident = z.infer<typeof zIncident>;

const eventFields = z.object({
  title: text(300),
  description: optText(20_000),
  ...datedRecord,
  placeId: zId.nullish().transform((v) => v ?? null),
  causedById: zId.nullish().transform((v) => v ?? null),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export const zEventInput = eventFields;
export const zEvent = eventFields.extend(recordMeta);
export type EventRecord = z.infer<typeof zEvent>;

// ---------- proceedings ----------
export const zCharge = z.object({
  code: optText(60), // e.g. "Criminal Code of Kazakhstan" or "CAO"
  article: text(60), // e.g. "272" or "488 part 6"
  wording: optText(500),
  category: optText(100),
});
export const zSentence = z.object({
  kind: z.enum(SENTENCE_KINDS),
  length: z.number().positive().max(100_000).nullish().transform((v) => v ?? null),
  unit: z.enum(LENGTH_UNITS).nullish().transform((v) => v ?? null),
  amount: z.number().nonnegative().nullish().transform((v) => v ?? null),
  currency: optText(10), // ISO 4217 or "MCI" (monthly calculation index)
  suspended: z.boolean().default(false),
}).refine((s) => (s.length === null) === (s.unit === null), "a sentence length needs both length and unit");

const proceedingFields = z.object({
  personId: zId,
  incidentId: zId.nullish().transform((v) => v ?? null),
  caseNumber: optText(120),
  court: optText(300),
  charges: z.array(zCharge).max(30).default([]),
  chargeStatus: z.enum(CHARGE_STATUSES).default("pending"),
  sentence: zSentence.nullish().transform((v) => v ?? null),
  startDate: zIsoDate.nullish().transform((v) => v ?? null),
  expectedReleaseDate: zIsoDate.nullish().transform((v) => v ?? null),
  releasedDate: zIsoDate.nullish().transform((v) => v ?? null),
  appeal: z.object({ filed: z.boolean(), date: zIsoDate.nullish().transform((v) => v ?? null), outcome: optText(500) })
    .nullish().transform((v) => v ?? null),
  lawyer: optText(300),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export const zProceedingInput = proceedingFields;
export const zProceeding = proceedingFields.extend(recordMeta);
export type Proceeding = z.infer<typeof zProceeding>;

// ---------- statistics and interventions ----------
const statisticFields = z.object({
  metric: text(120), // "detained", "killed", "injured"…
  count: z.number().int().nonnegative(),
  approximate: z.boolean().default(false),
  asOfDate: zIsoDate.nullish().transform((v) => v ?? null),
  placeId: zId.nullish().transform((v) => v ?? null),
  sourceId: zId.nullish().transform((v) => v ?? null),
  eventId: zId.nullish().transform((v) => v ?? null),
  description: optText(5000),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export const zStatisticInput = statisticFields;
export const zStatistic = statisticFields.extend(recordMeta);
export type Statistic = z.infer<typeof zStatistic>;

const interventionFields = z.object({
  kind: z.enum(INTERVENTION_KINDS),
  byWhom: optText(300),
  date: zIsoDate.nullish().transform((v) => v ?? null),
  outcome: optText(2000),
  incidentId: zId.nullish().transform((v) => v ?? null),
  personId: zId.nullish().transform((v) => v ?? null),
  description: optText(5000),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export const zInterventionInput = interventionFields;
export const zIntervention = interventionFields.extend(recordMeta);
export type Intervention = z.infer<typeof zIntervention>;

// ---------- sources, captures, claims ----------
const sourceFields = z.object({
  kind: z.enum(SOURCE_KINDS).default("news_article"),
  title: optText(1000),
  publisher: optText(300),
  author: optText(300),
  url: z.string().trim().url().max(2000).nullish().transform((v) => v ?? null),
  publishedDate: zIsoDate.nullish().transform((v) => v ?? null),
  language: z.enum(NAME_LANGS).nullish().transform((v) => v ?? null),
  reliability: z.enum(SOURCE_RELIABILITY).default("F"),
  /** A protected source (a witness, an informant): its identifying fields never leave the internal view. */
  protected: z.boolean().default(false),
  notes: optText(20_000),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export const zSourceInput = sourceFields;
export const zSource = sourceFields.extend(recordMeta);
export type Source = z.infer<typeof zSource>;

export const zCaptureInput = z.object({
  sourceId: zId,
  mediaType: z.string().regex(/^[a-z]+\/[a-z0-9.+-]+(;\s*charset=[a-z0-9-]+)?$/i, "a media type such as text/plain"),
  /** Text content, or base64 for binary content (contentEncoding "base64"). */
  content: z.string().max(20_000_000),
  contentEncoding: z.enum(["utf8", "base64"]).default("utf8"),
});
export const zCapture = z.object({
  id: zId,
  sourceId: zId,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  mediaType: z.string(),
  capturedAt: z.string(),
  capturedBy: zId.nullable(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Capture = z.infer<typeof zCapture>;

export const CLAIM_SUBJECTS = ["incident", "proceeding", "person", "statistic", "event", "intervention"] as const;
const claimFields = z.object({
  sourceId: zId,
  captureId: zId.nullish().transform((v) => v ?? null),
  subjectType: z.enum(CLAIM_SUBJECTS),
  subjectId: zId,
  /** The field the claim is about ("sentence", "startDate"); null when the claim is about the whole record. */
  field: optText(64),
  value: z.json().nullish().transform((v) => v ?? null),
  quote: optText(10_000),
  spanStart: z.number().int().nonnegative().nullish().transform((v) => v ?? null),
  spanEnd: z.number().int().nonnegative().nullish().transform((v) => v ?? null),
  credibility: z.union(CLAIM_CREDIBILITY.map((n) => z.literal(n)) as [z.ZodLiteral<1>, ...z.ZodLiteral<2 | 3 | 4 | 5 | 6>[]]).default(6),
  visibility: zVisibility.default("internal"),
  confidentialFields: zConfidentialFields,
});
export const zClaimInput = claimFields.superRefine((c, ctx) => {
  if ((c.spanStart === null) !== (c.spanEnd === null)) ctx.addIssue({ code: "custom", message: "a span needs both spanStart and spanEnd", path: ["spanEnd"] });
  if (c.spanStart !== null && c.spanEnd !== null && c.spanEnd <= c.spanStart) ctx.addIssue({ code: "custom", message: "spanEnd must be after spanStart", path: ["spanEnd"] });
  if (c.spanStart !== null && !c.captureId) ctx.addIssue({ code: "custom", message: "a span points into a capture: captureId is required", path: ["captureId"] });
});
export const zClaim = claimFields.extend(recordMeta);
export type Claim = z.infer<typeof zClaim>;
