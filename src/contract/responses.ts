/** Shapes of API responses that are not records: shared by the server that builds them and the web app that reads them. */
import type { PERSON_STATUS_VALUES } from "./query.js";

export type PersonStatusValue = (typeof PERSON_STATUS_VALUES)[number];

/** The derived status the server attaches to every person it returns, for the reader's access level. */
export interface PersonStatus {
  status: PersonStatusValue;
  since: string | null;
  until: string | null;
  daysHeld: number | null;
  releaseOverdue: boolean;
}

export interface Overview {
  asOf: string;
  held: number;
  servingSentence: number;
  missing: number;
  dead: number;
  releaseOverdue: number;
  newIncidents24h: number;
  newIncidents7d: number;
  /** Present and true when that count stopped at its cap (10,000): there are more. */
  newIncidents24hCapped?: boolean;
  newIncidents7dCapped?: boolean;
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
  hash: string;
  prevHash: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}
