/**
 * The server's reasons said in the reader's language: the matcher's evidence that two names may be one person, and
 * why ingest refused a file. The server sends codes with parameters (src/contract/reason-codes.ts) beside its English.
 */
import type { TFunction } from "i18next";
import { isIngestRejectionDetails, matchReasonsFromText, type MatchReason } from "../../../src/contract/reason-codes.js";

/**
 * Each reason as a phrase; `codes` may be missing from suggestions stored before the codes existed, when the English
 * phrases are read back as their codes.
 */
export function matchReasonLabels(t: TFunction, reasons: readonly string[], codes?: readonly MatchReason[]): string[] {
  return (codes ?? matchReasonsFromText(reasons)).map((r) => t(`matchReason.${r.code}`, { ...r.params }) as string);
}

/** An API error's ingest rejection as "file: reason", or null when the error is something else. */
export function ingestRejectionLabel(t: TFunction, details: unknown): string | null {
  if (!isIngestRejectionDetails(details)) return null;
  const { fileName, rejection } = details;
  return `${fileName}: ${t(`ingestRejection.${rejection.code}`, { ...rejection.params }) as string}`;
}
