/**
 * What the audit log keeps of rows that are not register records but whose changes must still be tamper-evident:
 * review-queue proposals. `suggestions` are left out: they are hints recomputed from the register, not facts.
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
