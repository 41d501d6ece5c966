/**
 * Shapes of API responses. Records come from src/contract (the schemas the server validates with); the few
 * responses that have no schema in src/contract yet are described here and listed in web/NEEDS.md.
 */
import type { Claim, Incident, Page, Person, PersonStatus, Proceeding, Role, Source } from "../../../src/contract/index.js";

export type { Capture, Claim, HistoryEntry, Incident, Organisation, Overview, Page, Person, PersonStatus, PersonStatusValue, Place, Proceeding, Source } from "../../../src/contract/index.js";

export type PersonRecord = Person & { status?: PersonStatus };

export interface SessionUser { id: string; username: string; role: Role }

export interface Timeline {
  person: PersonRecord;
  incidents: Incident[];
  proceedings: Proceeding[];
  claims: (Claim & { source: Source | null })[];
}

export interface Candidate {
  person: PersonRecord;
  outcome: "same" | "possible" | "different";
  score: number;
  reasons: string[];
}

export type ListResult<T> = Page<T>;

// ---------- review queue and merge queue ----------
// Local types (not in src/contract yet, listed in web/NEEDS.md): mirrors of src/verify/schema.ts, src/extract/schema.ts,
// src/pipeline/ingest.ts and src/register/merge.ts, which the web app may not import (scripts/check-imports.ts).

export interface Evidence { start: number; end: number; text: string }

export interface ExtractedIncident {
  person: string;
  role: Person["roles"][number] | null;
  type: Incident["type"];
  date: string | null;
  date_precision: Incident["startPrecision"];
  place: string | null;
  place_id: string | null;
  perpetrator: string | null;
  detail: string | null;
  legal: {
    articles: string[];
    sentence: { kind: string; length: number | null; unit: string | null; amount: number | null; currency: string | null; suspended: boolean; text: string } | null;
  };
  confidence: number;
  evidence: Evidence;
}

export interface ExtractedStatistic {
  count: number;
  approximate: boolean;
  what: string;
  date: string | null;
  date_precision: Incident["startPrecision"];
  place: string | null;
  place_id: string | null;
  evidence: Evidence;
}

export interface PersonSuggestion { personId: string; outcome: "same" | "possible"; score: number; reasons: string[]; names?: string[] }
export interface PlaceSuggestion { placeId: string; name: string; adminLevel: string; score: number; matched: string }
export interface IncidentSuggestion { incidentId: string; personId: string; type: string; startDate: string | null }

interface ProposalBase {
  id: string;
  sourceId: string;
  captureId: string | null;
  status: "pending" | "accepted" | "rejected";
  evidence: Evidence | null;
  confidence: number;
  suggestions: { people: PersonSuggestion[]; place: PlaceSuggestion | null; incidents: IncidentSuggestion[] };
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  resultId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
export type Proposal = (ProposalBase & { kind: "incident"; item: ExtractedIncident }) | (ProposalBase & { kind: "statistic"; item: ExtractedStatistic });

export interface ProposalDetail {
  proposal: Proposal;
  source: Source;
  /** Text of the capture around the evidence (up to 400 characters each side). */
  context: { before: string; after: string } | null;
}

/** The incident fields a reviewer corrects in the queue (a subset of the server's zIncidentEdits). */
export type IncidentEdits = Partial<Pick<Incident, "type" | "startDate" | "startPrecision" | "placeId" | "placeText">>;

export interface AcceptBody {
  personId?: string;
  incidentId?: string;
  newPerson?: Partial<Person>;
  edits?: IncidentEdits;
  reason?: string;
}
export interface AcceptResult { proposal: Proposal; personId: string | null; resultId: string; claimId: string }

export type IngestBody =
  | { fileName: string; contentBase64: string; mediaType?: string; lang?: string; published?: string }
  | { text: string; title?: string; url?: string; lang?: string; published?: string };
export interface IngestResult {
  sources: { sourceId: string; status: "new" | "duplicate"; title: string | null; url: string | null; proposalIds: string[] }[];
  proposals: Proposal[];
  duplicates: number;
}

export interface MergeCandidate {
  id: string;
  /** Null when the reader may not see that person. */
  personA: PersonRecord | null;
  personB: PersonRecord | null;
  score: number;
  outcome: "same" | "possible" | "different";
  reasons: string[];
  status: "pending" | "merged" | "rejected";
  mergeId: string | null;
}

export interface MergeView {
  id: string;
  targetId: string;
  mergedId: string;
  moved: { names: { id: string; value: string }[]; incidents: string[]; proceedings: string[]; claims: string[] };
  score: number | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}
