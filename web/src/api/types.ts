/**
 * Shapes of API responses. Records come from src/contract (the schemas the server validates with); the few
 * responses that have no schema in src/contract yet are described here and listed in web/NEEDS.md.
 */
import type { Claim, Incident, Page, Person, PersonStatus, Proceeding, Role, Source } from "../../../src/contract/index.js";
import type { Proposal } from "../../../src/contract/review.js";
import type { MatchReason } from "../../../src/contract/reason-codes.js";

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
  /** The reasons as codes to translate (web/src/components/reasons.ts). */
  reasonCodes: MatchReason[];
}

export type ListResult<T> = Page<T>;

// ---------- review queue and merge queue ----------
// Proposals, suggestions and decisions come from the server's schemas in src/contract. ProposalDetail, IngestResult and
// the merge-queue views are built in src/pipeline and src/register, which the web app may not import: they are
// described here by hand until they move to src/contract (web/NEEDS.md).
export type {
  AcceptResult, IncidentSuggestion, PersonSuggestion, PlaceSuggestion, Proposal,
} from "../../../src/contract/review.js";
export type { Evidence, ExtractedIncident, ExtractedStatistic } from "../../../src/contract/extraction.js";

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
  reasonCodes: MatchReason[];
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
