import type { Kysely, Transaction } from "kysely";
import type { Database } from "../schema.js";

export type DialectName = "sqlite" | "postgres";
export type Db = Kysely<Database> | Transaction<Database>;

/** Everything that differs between SQLite and PostgreSQL, behind one small interface. */
export interface DialectFeatures {
  readonly name: DialectName;
  /** Serialise writers of the audit chain inside the current transaction (SQLite already has one writer at a time). */
  lockAuditChain(tx: Db): Promise<void>;
  /** Keep the incident full-text index in step with incidents.search_text (PostgreSQL derives it in a generated column). */
  indexIncidentText(tx: Db, incidentId: string, body: string): Promise<void>;
  unindexIncidentText(tx: Db, incidentId: string): Promise<void>;
  /** Bulk form for incidents just inserted (never indexed before): one statement for many, from their stored search_text. */
  indexNewIncidentsText(tx: Db, incidentIds: readonly string[]): Promise<void>;
  /** SQL condition "this incident's folded text contains every term" (terms are already folded). */
  incidentTextMatch(terms: string[]): import("kysely").RawBuilder<boolean>;
  /** Store value for a boolean column. */
  bool(v: boolean): number | boolean;
  /** Translate a driver error to a coarse kind, by driver code, never by message text. */
  classifyError(e: unknown): "unique" | "foreign_key" | "not_null" | "check" | "busy" | null;
}
