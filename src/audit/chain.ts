/**
 * The tamper-evident history. Each entry's hash covers its own fields and the previous entry's hash, so changing,
 * deleting or reordering any entry breaks the chain from that point on. `before`/`after` are stored as canonical JSON
 * text and hashed as stored, so re-encoding can never hide a change.
 */
import { hash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export const AUDIT_ACTIONS = ["create", "update", "delete", "merge", "unmerge", "import", "login", "user_create", "user_update", "password_change", "token_create", "token_revoke"] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  reason: string | null;
  prevHash: string;
  hash: string;
}

export function sha256Hex(data: string | Uint8Array): string {
  // One-shot hashing (Node ≥ 20.12) creates no Hash object: a bulk import hashes one entry per record.
  return hash("sha256", data, "hex");
}

/** JSON of one field of an entry (a missing value is null). Module level: a closure per call cost an import ~1 %. */
const j = (p: unknown) => JSON.stringify(p ?? null);

export function hashEntry(e: Omit<AuditEntry, "hash">): string {
  // A fixed field order with explicit separators; JSON.stringify of each value makes the encoding unambiguous.
  // One template instead of an array of parts: a bulk import hashes millions of entries.
  return sha256Hex(`${j(e.seq)}\n${j(e.at)}\n${j(e.actorId)}\n${j(e.action)}\n${j(e.entityType)}\n${j(e.entityId)}\n${j(e.before)}\n${j(e.after)}\n${j(e.reason)}\n${j(e.prevHash)}`);
}

export interface ChainProblem {
  seq: number;
  problem: "hash_mismatch" | "broken_link" | "sequence_gap";
  message: string;
}

/** Walks entries in seq order; returns the first problem, or null when the chain is intact. */
export class ChainWalker {
  private expectedSeq = 1;
  private prevHash = GENESIS_HASH;
  count = 0;

  push(e: AuditEntry): ChainProblem | null {
    if (e.seq !== this.expectedSeq) {
      return { seq: e.seq, problem: "sequence_gap", message: `audit entry ${this.expectedSeq} is missing or out of order (found ${e.seq})` };
    }
    if (e.prevHash !== this.prevHash) {
      return { seq: e.seq, problem: "broken_link", message: `audit entry ${e.seq} does not follow entry ${e.seq - 1} (previous hash differs)` };
    }
    const { hash, ...rest } = e;
    if (hashEntry(rest) !== hash) {
      return { seq: e.seq, problem: "hash_mismatch", message: `audit entry ${e.seq} was altered (its hash does not match its content)` };
    }
    this.prevHash = hash;
    this.expectedSeq++;
    this.count++;
    return null;
  }

  get headHash(): string {
    return this.prevHash;
  }
}
