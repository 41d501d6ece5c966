/** The controlled vocabularies of ../shared/DOMAIN.md. Extend, never rename: values are stored and exported. */
export const INCIDENT_TYPES = [
  // deprivation of liberty
  "detention", "administrative_arrest", "criminal_arrest", "house_arrest", "border_detention", "transfer", "release",
  // legal
  "charge", "sentence", "fine", "acquittal", "appeal", "search", "interrogation", "summons", "travel_ban", "deportation",
  "foreign_agent_designation",
  // violence and disappearance
  "beating", "torture_or_ill_treatment", "injury", "killing", "enforced_disappearance", "missing", "abduction",
  // pressure
  "threat", "coerced_confession", "dismissal", "surveillance", "equipment_seizure", "obstruction_of_reporting",
  "accreditation_withdrawn",
  // censorship
  "website_blocking", "internet_shutdown", "publication_removed",
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const INCIDENT_TYPE_GROUPS: Record<string, readonly IncidentType[]> = {
  liberty: ["detention", "administrative_arrest", "criminal_arrest", "house_arrest", "border_detention", "transfer", "release"],
  legal: ["charge", "sentence", "fine", "acquittal", "appeal", "search", "interrogation", "summons", "travel_ban", "deportation", "foreign_agent_designation"],
  violence: ["beating", "torture_or_ill_treatment", "injury", "killing", "enforced_disappearance", "missing", "abduction"],
  pressure: ["threat", "coerced_confession", "dismissal", "surveillance", "equipment_seizure", "obstruction_of_reporting", "accreditation_withdrawn"],
  censorship: ["website_blocking", "internet_shutdown", "publication_removed"],
};

export const PERSON_ROLES = [
  "journalist", "blogger", "activist", "human_rights_defender", "lawyer", "protester", "politician", "civil_servant",
  "artist", "foreign_citizen", "other",
] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

export const PROTECTION_LEVELS = ["public_figure", "named_with_consent", "pseudonymised", "anonymous"] as const;
export type Protection = (typeof PROTECTION_LEVELS)[number];

export const VISIBILITIES = ["public", "internal", "confidential"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const VERIFICATION_STATUSES = ["unverified", "corroborated", "verified", "disputed", "retracted"] as const;
export type VerificationStatus = (typeof VERIFICATION_STATUSES)[number];

/** Admiralty code: reliability of the source (A–F) and credibility of the information (1–6). */
export const SOURCE_RELIABILITY = ["A", "B", "C", "D", "E", "F"] as const;
export const CLAIM_CREDIBILITY = [1, 2, 3, 4, 5, 6] as const;

export const SOURCE_KINDS = [
  "news_article", "ngo_report", "official_statement", "court_document", "social_media_post", "testimony", "other",
] as const;

export const NAME_KINDS = ["official", "transliteration", "press_spelling", "pseudonym", "misspelling"] as const;
export const SCRIPTS = ["Cyrl", "Latn", "Other"] as const;
export const NAME_LANGS = ["kk", "ru", "en", "ky", "uz", "tg", "tk", "be", "uk", "other"] as const;

export const SEXES = ["female", "male", "other", "unknown"] as const;

export const PLACE_PRECISIONS = ["exact", "city", "district", "region", "country", "unknown"] as const;
export const ADMIN_LEVELS = ["country", "region", "city", "district", "locality"] as const;

export const ORGANISATION_KINDS = [
  "media_outlet", "ngo", "party", "court", "police", "national_security", "military", "prosecutor", "prison_service",
  "foreign_forces", "government", "other",
] as const;

export const CHARGE_STATUSES = ["pending", "dropped", "convicted", "acquitted", "on_appeal"] as const;
export const SENTENCE_KINDS = ["administrative_arrest", "imprisonment", "fine", "restricted_freedom", "suspended", "community_service", "other"] as const;
export const LENGTH_UNITS = ["days", "months", "years"] as const;

export const INTERVENTION_KINDS = [
  "lawyer_assigned", "appeal_filed", "urgent_action", "statement", "release_demanded", "visit", "other",
] as const;

export const ROLES = ["admin", "editor", "monitor", "viewer"] as const;
export type Role = (typeof ROLES)[number];
