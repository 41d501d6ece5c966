/**
 * The review queue's shapes as they cross a boundary: what a proposal looks like to a reviewer, and what a decision
 * carries. Routes and the CLI validate with these; the web app can reuse the types.
 */
import { z } from "zod";
import { zExtractedIncident, zExtractedStatistic, zEvidence } from "./extraction.js";
import { zId, zIncident, zStatistic } from "./records.js";
import { zMatchReason } from "./reasons.js";
import { CLAIM_CREDIBILITY } from "./vocab.js";

export const PROPOSAL_STATUSES = ["pending", "accepted", "rejected"] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];
export const PROPOSAL_KINDS = ["incident", "statistic"] as const;
export type ProposalKind = (typeof PROPOSAL_KINDS)[number];

export const zPersonSuggestion = z.object({
  personId: zId,
  outcome: z.enum(["same", "possible"]),
  score: z.number(),
  /** Short English phrases from the name comparison, safe to show (no names). */
  reasons: z.array(z.string()),
  /** The same reasons as codes to translate; absent from suggestions stored before the codes (see matchReasonsFromText). */
  reasonCodes: z.array(zMatchReason).optional(),
  /** The person's names as the reader may see them; filled in when the proposal is read. */
  names: z.array(z.string()).optional(),
});
export type PersonSuggestion = z.infer<typeof zPersonSuggestion>;

export const zPlaceSuggestion = z.object({
  placeId: zId,
  name: z.string(),
  adminLevel: z.string(),
  score: z.number(),
  matched: z.string(),
});
export type PlaceSuggestion = z.infer<typeof zPlaceSuggestion>;

/** An incident already in the register that may be the one this proposal reports (same person, type and days). */
export const zIncidentSuggestion = z.object({
  incidentId: zId,
  personId: zId,
  type: z.string(),
  startDate: z.string().nullable(),
});
export type IncidentSuggestion = z.infer<typeof zIncidentSuggestion>;

export const zSuggestions = z.object({ people: z.array(zPersonSuggestion), place: zPlaceSuggestion.nullable(), incidents: z.array(zIncidentSuggestion) });
export type Suggestions = z.infer<typeof zSuggestions>;

const proposalBase = {
  id: zId,
  sourceId: zId,
  captureId: zId.nullable(),
  status: z.enum(PROPOSAL_STATUSES),
  evidence: zEvidence.nullable(),
  confidence: z.number(),
  suggestions: zSuggestions,
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  /** The incident or statistic an accepted proposal became. */
  resultId: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};
export const zProposal = z.discriminatedUnion("kind", [
  z.object({ ...proposalBase, kind: z.literal("incident"), item: zExtractedIncident }),
  z.object({ ...proposalBase, kind: z.literal("statistic"), item: zExtractedStatistic }),
]);
export type Proposal = z.infer<typeof zProposal>;

export const zProposalQuery = z.object({
  status: z.enum([...PROPOSAL_STATUSES, "all"]).default("pending"),
  kind: z.enum(PROPOSAL_KINDS).optional(),
  sourceId: zId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ProposalQuery = z.input<typeof zProposalQuery>;

const RECORD_META = { id: true, version: true, createdAt: true, updatedAt: true } as const;
/** Fields a reviewer may correct before accepting; the victim is chosen with personId/newPerson, not here. */
export const zIncidentEdits = zIncident.omit({ ...RECORD_META, victimPersonId: true }).partial().strict();
/** The statistic always cites the proposal's own source. */
export const zStatisticEdits = zStatistic.omit({ ...RECORD_META, sourceId: true }).partial().strict();

export const zAcceptInput = z.object({
  /** Link the incident to a person already in the register (e.g. one of the suggestions). */
  personId: zId.optional(),
  /**
   * The proposal reports an incident already in the register: only the claim is added to it (a second source
   * corroborates an unverified incident). Excludes personId, newPerson and edits.
   */
  incidentId: zId.optional(),
  /**
   * Create the victim with these fields of a person (as in POST /people); missing fields come from the extraction
   * (the name as the source spells it, the role). Without personId or newPerson a new person is made from the extraction.
   */
  newPerson: z.record(z.string(), z.unknown()).optional(),
  /** When linking, add the name as the article spells it to the person's names if it is not there yet. */
  addName: z.boolean().default(true),
  /** Corrections to the incident or statistic (see zIncidentEdits / zStatisticEdits). */
  edits: z.record(z.string(), z.unknown()).default({}),
  /** Credibility of the information (1 confirmed … 6 cannot be judged) for the claim. */
  credibility: z.union(CLAIM_CREDIBILITY.map((n) => z.literal(n)) as [z.ZodLiteral<1>, ...z.ZodLiteral<2 | 3 | 4 | 5 | 6>[]]).default(6),
  reason: z.string().trim().max(2000).optional(),
})
  .refine((a) => !(a.personId && a.newPerson), { message: "give either personId or newPerson, not both", path: ["personId"] })
  .refine((a) => !a.incidentId || (!a.personId && !a.newPerson && Object.keys(a.edits).length === 0), {
    message: "incidentId adds the claim to an existing incident: it excludes personId, newPerson and edits", path: ["incidentId"],
  });
export type AcceptInput = z.input<typeof zAcceptInput>;

export const zRejectInput = z.object({ reason: z.string().trim().min(1, "say why the proposal is rejected").max(2000) });
export type RejectInput = z.input<typeof zRejectInput>;

export interface AcceptResult {
  proposal: Proposal;
  personId: string | null;
  /** The incident or statistic created. */
  resultId: string;
  claimId: string;
}
