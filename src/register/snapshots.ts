/**
 * What the audit log keeps of rows that are not register records but whose changes must still be tamper-evident:
 * review-queue proposals, decided merge-queue pairs and merges. `suggestions` are left out of proposals: they are
 * hints recomputed from the register, not facts. Pending merge-queue pairs are machine hints too and are not audited
 * until someone decides them.
 */
import type { Database } from "../store/index.js";

export function proposalSnapshot(r: Database["proposals"]) {
  return {
    id: r.id, sourceId: r.source_id, captureId: r.capture_id, kind: r.kind, payload: r.payload,
    evidenceStart: r.evidence_start === null ? null : Number(r.evidence_start), evidenceEnd: r.evidence_end === null ? null : Number(r.evidence_end),
    evidenceText: r.evidence_text, confidence: Number(r.confidence), status: r.status, decidedBy: r.decided_by, decidedAt: r.decided_at,
    decisionReason: r.decision_reason, resultId: r.result_id, version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function candidateSnapshot(r: Database["merge_candidates"]) {
  return {
    id: r.id, personA: r.person_a, personB: r.person_b, score: Number(r.score), outcome: r.outcome, reasons: r.reasons, status: r.status,
    decidedBy: r.decided_by, decidedAt: r.decided_at, decisionReason: r.decision_reason, mergeId: r.merge_id, version: Number(r.version),
    createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

export function mergeSnapshot(r: Database["merges"]) {
  return {
    id: r.id, targetId: r.target_id, mergedId: r.merged_id, moved: r.moved, score: r.score === null ? null : Number(r.score), reason: r.reason,
    decidedBy: r.decided_by, decidedAt: r.decided_at, undoneAt: r.undone_at, undoneBy: r.undone_by,
  };
}
