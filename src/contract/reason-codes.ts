/**
 * Reasons as stable codes with parameters, so every client can say them in its reader's language: why two names may
 * be one person (src/match) and why ingest refused a file (src/ingest). The API keeps sending the English phrases it
 * always sent (`reasons`, error messages) beside the codes; the web app translates the codes (web/src/i18n).
 *
 * Plain data and functions, no zod: the web app imports this file (reasons.ts adds the schemas).
 */

/** Counts (`count`, for plural forms) and free text a code's sentence needs. */
export type ReasonParams = Record<string, string | number>;

/** Why two names may or may not be one person: the matcher's evidence, safe to show (never a name). */
export const MATCH_REASON_CODES = [
  "family_equal", "family_variant", "family_part", "family_letters_apart", "family_initial", "family_differ", "family_missing",
  "given_equal", "given_initial", "given_letters_apart", "given_missing", "given_differ",
  "patronymic_equal", "patronymic_initial", "patronymic_missing", "patronymic_differ",
  "sex_differ", "sex_ambiguous_a_form",
  "birth_year_equal", "birth_years_apart", "birth_years_differ",
  "region_agrees", "regions_differ", "same_outlet", "same_role",
  "too_little_in_common", "no_names",
  /** A phrase stored before reasons had codes that names none of them; `text` holds it as it was. */
  "other",
] as const;
export type MatchReasonCode = (typeof MATCH_REASON_CODES)[number];
export interface MatchReason { code: MatchReasonCode; params?: ReasonParams }

const ONE_OR_N = (n: unknown, unit: string): string => (n === 1 ? `one ${unit}` : `${String(n)} ${unit}s`);

/** The English phrase of each code: exactly what `reasons` said before the codes existed. */
const MATCH_TEXT: Record<MatchReasonCode, (p: ReasonParams) => string> = {
  family_equal: () => "family name equal after transliteration",
  family_variant: () => "family name spelt with other vowels",
  family_part: () => "one part of a compound family name equal",
  family_letters_apart: (p) => `family name ${ONE_OR_N(p.count, "letter")} apart`,
  family_initial: () => "family name initial agrees",
  family_differ: () => "family names differ",
  family_missing: () => "family name missing",
  given_equal: () => "given name equal",
  given_initial: () => "given name initial agrees",
  given_letters_apart: (p) => `given name ${ONE_OR_N(p.count, "letter")} apart`,
  given_missing: () => "given name missing",
  given_differ: () => "given names differ",
  patronymic_equal: () => "patronymic agrees",
  patronymic_initial: () => "patronymic initial agrees",
  patronymic_missing: () => "patronymic missing",
  patronymic_differ: () => "patronymics differ",
  sex_differ: () => "feminine and masculine forms: different sex",
  sex_ambiguous_a_form: () => "-a form may be a woman's name or a man's genitive",
  birth_year_equal: () => "birth year equal",
  birth_years_apart: (p) => (p.count === 1 ? "birth years one apart" : `birth years ${String(p.count)} apart`),
  birth_years_differ: () => "birth years differ",
  region_agrees: () => "region agrees",
  regions_differ: () => "regions differ",
  same_outlet: () => "same outlet",
  same_role: () => "same role",
  too_little_in_common: () => "too little in common",
  no_names: () => "no names to compare",
  other: (p) => String(p.text ?? ""),
};

export function matchReasonText(r: MatchReason): string {
  return MATCH_TEXT[r.code](r.params ?? {});
}

/**
 * Codes of phrases stored before the codes existed (merge candidates, suggestions of proposals already decided). Every
 * phrase the matcher stores maps back exactly; anything else is kept as `other` with its text.
 */
const FROM_TEXT: ReadonlyMap<string, MatchReason> = new Map(
  MATCH_REASON_CODES.flatMap((code): MatchReason[] => {
    if (code === "other" || code === "birth_years_differ") return []; // the latter's count is not in its phrase
    return [code.endsWith("_apart") ? { code, params: { count: 1 } } : { code }];
  }).map((r) => [matchReasonText(r), r]),
);

export function matchReasonsFromText(texts: readonly string[]): MatchReason[] {
  return texts.map((text) => FROM_TEXT.get(text) ?? { code: "other", params: { text } });
}

/** Why ingest refused a file; `VigilError.details.rejection` of its `validation_failed` error. */
export const INGEST_REJECTION_CODES = [
  "file_empty", "not_utf8", "binary", "no_text", "not_json", "not_telegram_export", "feed_malformed", "not_a_feed",
] as const;
export type IngestRejectionCode = (typeof INGEST_REJECTION_CODES)[number];
export interface IngestRejection { code: IngestRejectionCode; params?: ReasonParams }

const INGEST_TEXT: Record<IngestRejectionCode, (p: ReasonParams) => string> = {
  file_empty: () => "file is empty",
  not_utf8: () => "file is not UTF-8 text",
  binary: () => "file is binary, not text",
  no_text: () => "no text found in the file",
  not_json: () => "file is not valid JSON",
  not_telegram_export: () => 'JSON is not a Telegram channel export (no "messages" array)',
  feed_malformed: (p) => `feed is not well-formed XML (${String(p.detail ?? "parse error")})`,
  not_a_feed: () => "XML is neither an RSS nor an Atom feed",
};

export function ingestRejectionText(r: IngestRejection): string {
  return INGEST_TEXT[r.code](r.params ?? {});
}

/** The details of an ingest error: the file and why it was refused (the message says the same in English). */
export interface IngestRejectionDetails { fileName: string; rejection: IngestRejection }

/** Whether an error's details name an ingest rejection this version knows (clients check before translating). */
export function isIngestRejectionDetails(details: unknown): details is IngestRejectionDetails {
  const d = details as { fileName?: unknown; rejection?: { code?: unknown; params?: unknown } } | null;
  return typeof d?.fileName === "string" && typeof d.rejection?.code === "string"
    && (INGEST_REJECTION_CODES as readonly string[]).includes(d.rejection.code)
    && (d.rejection.params === undefined || (typeof d.rejection.params === "object" && d.rejection.params !== null));
}
