/**
 * The extractor's output: what the CLI prints and what the review queue stores as a proposal. Parsed with zod at
 * every boundary it crosses, so the shape is written only here.
 */
import { z } from "zod";
import { DATE_PRECISIONS, isIsoDate } from "../core/dates.js";
import { INCIDENT_TYPES, PERSON_ROLES, SENTENCE_KINDS, LENGTH_UNITS } from "./vocab.js";

export const EXTRACT_LANGS = ["en", "ru", "kk"] as const;
export type ExtractLang = (typeof EXTRACT_LANGS)[number];

const zDate = z.string().refine(isIsoDate, "must be a calendar date YYYY-MM-DD");

/** Offsets are UTF-16 code units into the document text; `text` is exactly `documentText.slice(start, end)`. */
export const zEvidence = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string().min(1),
}).refine((e) => e.end > e.start && e.end - e.start === e.text.length, "evidence end - start must equal the text length");
export type Evidence = z.infer<typeof zEvidence>;

export const zSentence = z.object({
  kind: z.enum(SENTENCE_KINDS),
  /** Length of arrest or imprisonment; null for fines. */
  length: z.number().positive().nullable(),
  unit: z.enum(LENGTH_UNITS).nullable(),
  /** Fine amount in `currency` ("MCI" is Kazakhstan's monthly calculation index, МРП). */
  amount: z.number().positive().nullable(),
  currency: z.string().nullable(),
  suspended: z.boolean(),
  text: z.string(),
});
export type LegalSentence = z.infer<typeof zSentence>;

export const zLegal = z.object({
  /** "CC 272" (criminal code), "CAO 488" (code of administrative offences) or the bare number when no code is named. */
  articles: z.array(z.string()),
  sentence: zSentence.nullable(),
});
export type Legal = z.infer<typeof zLegal>;

export const zExtractedIncident = z.object({
  /** The victim's name as the text gives it, in the nominative; for an unnamed relative, the phrase ("the brother of …"). */
  person: z.string().min(1),
  role: z.enum(PERSON_ROLES).nullable(),
  type: z.enum(INCIDENT_TYPES),
  date: zDate.nullable(),
  date_precision: z.enum(DATE_PRECISIONS),
  /** The place as written in the text, and its gazetteer id when the gazetteer knows it. */
  place: z.string().nullable(),
  place_id: z.string().nullable(),
  /** Organisation kind of who did it (police, national_security, court, military, border_service…), when the text says. */
  perpetrator: z.string().nullable(),
  detail: z.string().nullable(),
  legal: zLegal,
  confidence: z.number().min(0).max(1),
  evidence: zEvidence,
});
export type ExtractedIncident = z.infer<typeof zExtractedIncident>;

export const zExtractedStatistic = z.object({
  count: z.number().int().nonnegative(),
  approximate: z.boolean(),
  /** What was counted, in the text's words ("people were detained"). */
  what: z.string().min(1),
  date: zDate.nullable(),
  date_precision: z.enum(DATE_PRECISIONS),
  place: z.string().nullable(),
  place_id: z.string().nullable(),
  evidence: zEvidence,
});
export type ExtractedStatistic = z.infer<typeof zExtractedStatistic>;

export const zExtraction = z.object({
  language: z.enum(EXTRACT_LANGS),
  incidents: z.array(zExtractedIncident),
  statistics: z.array(zExtractedStatistic),
});
export type Extraction = z.infer<typeof zExtraction>;

/** One document of a multi-document file (feed item, Telegram message) in the CLI's output. */
export const zDocumentExtraction = zExtraction.extend({
  index: z.number().int().nonnegative(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
});
export type DocumentExtraction = z.infer<typeof zDocumentExtraction>;

/**
 * What `vigil extract --format json` prints for one file: a file holding one document gives that document's
 * extraction; a feed or Telegram export gives `documents`, one entry per item. `file` is present when several files
 * were given (one object per line).
 */
export const zFileExtraction = z.union([
  zExtraction.extend({ file: z.string().optional() }),
  z.object({ file: z.string().optional(), documents: z.array(zDocumentExtraction) }),
]);
export type FileExtraction = z.infer<typeof zFileExtraction>;
