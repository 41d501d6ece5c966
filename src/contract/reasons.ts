/** Schemas of the reason codes of reason-codes.ts, for the server's validation and OpenAPI. */
import { z } from "zod";
import { INGEST_REJECTION_CODES, MATCH_REASON_CODES, type IngestRejection, type IngestRejectionDetails, type MatchReason } from "./reason-codes.js";

export * from "./reason-codes.js";

const zParams = z.record(z.string(), z.union([z.string(), z.number()]));
export const zMatchReason: z.ZodType<MatchReason> = z.object({ code: z.enum(MATCH_REASON_CODES), params: zParams.optional() });
export const zIngestRejection: z.ZodType<IngestRejection> = z.object({ code: z.enum(INGEST_REJECTION_CODES), params: zParams.optional() });
export const zIngestRejectionDetails: z.ZodType<IngestRejectionDetails> = z.object({ fileName: z.string(), rejection: zIngestRejection });
