/**
 * Shapes of API responses. Records come from src/contract (the schemas the server validates with); the few
 * responses that have no schema in src/contract yet are described here and listed in web/NEEDS.md.
 */
import type { Claim, Incident, Page, Person, PERSON_STATUS_VALUES, Proceeding, Role, Source } from "../../../src/contract/index.js";

export type { Capture, Claim, Incident, Organisation, Page, Person, Place, Proceeding, Source } from "../../../src/contract/index.js";

export type PersonStatusValue = (typeof PERSON_STATUS_VALUES)[number];

/** The derived status the server attaches to every person it returns. */
export interface PersonStatus {
  status: PersonStatusValue;
  since: string | null;
  until: string | null;
  daysHeld: number | null;
  releaseOverdue: boolean;
}
export type PersonRecord = Person & { status?: PersonStatus };

export interface SessionUser { id: string; username: string; role: Role }

export interface Overview {
  asOf: string;
  held: number;
  servingSentence: number;
  missing: number;
  dead: number;
  releaseOverdue: number;
  newIncidents24h: number;
  newIncidents7d: number;
  incidentsTotal: number;
  recentChanges: { seq: number; at: string; action: string; entityType: string; entityId: string; actor: string | null }[];
}

export interface HistoryEntry {
  seq: number;
  at: string;
  actorId: string | null;
  /** The account's username; null for Vigil itself (imports, the gazetteer) and for deleted accounts. */
  actor: string | null;
  action: string;
  reason: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

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
