/**
 * What each reader may see of a record. Public output is built from a whitelist per kind (a field added to a record
 * later stays hidden until someone decides to publish it); internal output drops the fields a record marks confidential.
 */
import type { AccessLevel } from "../auth/policy.js";
import type { RecordKind } from "../store/index.js";

type Rec = Record<string, unknown>;

const PUBLIC_FIELDS: Record<RecordKind, readonly string[]> = {
  place: ["id", "geonameid", "name", "names", "altNames", "adminLevel", "parentId", "country", "lat", "lon", "population", "code"],
  organisation: ["id", "name", "names", "kind", "country"],
  person: ["id", "names", "sex", "citizenship", "occupation", "roles", "affiliations", "status"],
  event: ["id", "title", "description", "startDate", "startPrecision", "endDate", "endPrecision", "placeId", "causedById"],
  incident: [
    "id", "type", "victimPersonId", "victimGroup", "victimCount", "eventId", "perpetrators", "startDate", "startPrecision", "endDate",
    "endPrecision", "placeId", "placeText", "placePrecision", "description", "legal", "verification", "createdAt", "updatedAt",
  ],
  proceeding: ["id", "personId", "incidentId", "court", "charges", "chargeStatus", "sentence", "startDate", "expectedReleaseDate", "releasedDate", "appeal"],
  statistic: ["id", "metric", "count", "approximate", "asOfDate", "placeId", "sourceId", "eventId", "description"],
  intervention: ["id", "kind", "byWhom", "date", "outcome", "incidentId", "personId", "description"],
  source: ["id", "kind", "title", "publisher", "url", "publishedDate", "language", "reliability"],
  capture: ["id", "sourceId", "sha256", "size", "mediaType", "capturedAt"],
  // Quotes and captured text can name a protected person even when the record itself is published: evidence text
  // stays with signed-in readers; the public sees which source supports what, and how credibly.
  claim: ["id", "sourceId", "captureId", "subjectType", "subjectId", "field", "credibility"],
};

/** Fields that never leave the internal view even when not marked confidential. */
const PROTECTED_SOURCE_FIELDS = ["title", "publisher", "author", "url", "notes"];

function dropConfidential(rec: Rec): Rec {
  const hidden = Array.isArray(rec.confidentialFields) ? (rec.confidentialFields as string[]) : [];
  if (hidden.length === 0) return rec;
  const out: Rec = {};
  for (const [k, v] of Object.entries(rec)) if (!hidden.includes(k)) out[k] = v;
  return out;
}

/** Whose names the public sees; everyone else is shown by a label. */
export const NAMED_IN_PUBLIC = ["public_figure", "named_with_consent"] as const;
/** Whose incidents' free text stays internal: it tends to name them (register's cutHiddenLinks). */
export const SHIELDED = ["pseudonymised", "anonymous"] as const;

function publicName(person: Rec): Rec[] {
  const protection = person.protection;
  if ((NAMED_IN_PUBLIC as readonly unknown[]).includes(protection)) {
    return ((person.names as Rec[]) ?? []).map((n) => ({ value: n.value, script: n.script, lang: n.lang, kind: n.kind }))
      .filter((n) => n.kind !== "pseudonym");
  }
  const label = typeof person.publicLabel === "string" && person.publicLabel ? person.publicLabel : protection === "anonymous" ? "Anonymous" : "Name withheld";
  return [{ value: label, script: "Latn", lang: null, kind: "pseudonym" }];
}

/**
 * `rec` is the full record (never already redacted). For public output the caller has checked that the record's
 * visibility is public; links to records the reader may not see are removed by the caller (see register/read.ts).
 */
export function present(kind: RecordKind, rec: Rec, level: AccessLevel): Rec {
  if (level === "confidential") return rec;
  const visible = dropConfidential(rec);
  if (level === "internal") return visible;
  const out: Rec = {};
  for (const f of PUBLIC_FIELDS[kind]) if (f in visible) out[f] = visible[f];
  if (kind === "person") {
    // Names marked confidential are withheld as for a pseudonymised person, whatever the protection says.
    out.names = publicName("names" in visible ? rec : { ...rec, protection: "pseudonymised" });
    // Affiliations can identify a protected person as surely as a name.
    if (rec.protection === "pseudonymised" || rec.protection === "anonymous") out.affiliations = [];
  }
  if (kind === "source" && rec.protected === true) for (const f of PROTECTED_SOURCE_FIELDS) delete out[f];
  if (kind === "incident" || kind === "event") {
    // Perpetrator persons are internal knowledge; organisations and labels are publishable.
    if (Array.isArray(out.perpetrators)) out.perpetrators = (out.perpetrators as Rec[]).map((p) => ({ organisationId: p.organisationId, label: p.label }));
  }
  return out;
}
