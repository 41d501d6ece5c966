/**
 * A whole case as a monitor enters it on one screen: the victim (existing or new), the incident, and the source with
 * its text and the quote that supports the incident. Saved in one transaction, so it is all there or none of it is.
 */
import { z } from "zod";
import { CLAIM_CREDIBILITY } from "./vocab.js";
import { zId, zPersonInput, zSourceInput } from "./records.js";

export const zCaseInput = z.object({
  /** A new person to create as the victim; leave out when the incident names an existing victimPersonId or a group. */
  person: zPersonInput.optional(),
  /** The incident's fields (see the incident schema); victimPersonId is filled in when `person` is given. */
  incident: z.record(z.string(), z.unknown()),
  /** A new source; or `sourceId` for one already in the register. */
  source: zSourceInput.optional(),
  sourceId: zId.optional(),
  /** The source's text as captured (pasted article, transcript): stored as an immutable capture. */
  sourceText: z.string().min(1).max(5_000_000).optional(),
  /** The words in `sourceText` that support the incident; they must appear in it exactly. */
  quote: z.string().trim().min(1).max(10_000).optional(),
  credibility: z.union(CLAIM_CREDIBILITY.map((n) => z.literal(n)) as [z.ZodLiteral<1>, ...z.ZodLiteral<2 | 3 | 4 | 5 | 6>[]]).default(6),
}).refine((c) => !(c.source && c.sourceId), "give either a new source or a sourceId, not both")
  .refine((c) => !c.sourceText || c.source || c.sourceId, "sourceText needs a source")
  .refine((c) => !c.quote || c.sourceText, "a quote needs the source text it is taken from");
export type CaseInput = z.input<typeof zCaseInput>;

export interface CaseResult {
  personId: string | null;
  incidentId: string;
  sourceId: string | null;
  captureId: string | null;
  claimId: string | null;
}
