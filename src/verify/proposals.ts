/**
 * The review queue: proposals stored by the pipeline and read by reviewers. Proposals are not records of the register
 * (nothing is published until a reviewer accepts), so they live in their own table, written inside the same
 * transaction as the source and captures they point into; their creation and decision are audited like any change.
 */
import { assertCan } from "../auth/policy.js";
import { notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import type { Evidence, ExtractedIncident, ExtractedStatistic } from "../extract/index.js";
import type { Page } from "../contract/query.js";
import { getRecord, proposalSnapshot, type AuditAppender, type Ctx, type Rec, type WriteEnv } from "../register/index.js";
import type { Database, Db } from "../store/index.js";
import { zProposalQuery, type Proposal, type ProposalQuery, type Suggestions } from "../contract/review.js";
import { attachSuggestedNames, suggestIncidents, suggestPeople } from "./suggest.js";

type ProposalRow = Database["proposals"];

/** The extractor rates incidents but not statistics; a statistic proposal gets this neutral value. */
export const UNRATED_CONFIDENCE = 0.5;

export type ProposalDraft = { sourceId: string; captureId: string } & (
  | { kind: "incident"; item: ExtractedIncident; suggestions: Suggestions }
  | { kind: "statistic"; item: ExtractedStatistic; suggestions: Suggestions }
);

export function rowToProposal(r: ProposalRow): Proposal {
  const evidence: Evidence | null = r.evidence_start === null || r.evidence_end === null || r.evidence_text === null
    ? null : { start: Number(r.evidence_start), end: Number(r.evidence_end), text: r.evidence_text };
  const base = {
    id: r.id, sourceId: r.source_id, captureId: r.capture_id, status: r.status as Proposal["status"], evidence,
    confidence: Number(r.confidence), suggestions: JSON.parse(r.suggestions) as Suggestions, decidedBy: r.decided_by, decidedAt: r.decided_at,
    decisionReason: r.decision_reason, resultId: r.result_id, version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
  };
  return r.kind === "statistic"
    ? { ...base, kind: "statistic", item: JSON.parse(r.payload) as ExtractedStatistic }
    : { ...base, kind: "incident", item: JSON.parse(r.payload) as ExtractedIncident };
}

export async function insertProposals(env: WriteEnv, audit: AuditAppender, drafts: readonly ProposalDraft[]): Promise<Proposal[]> {
  if (!drafts.length) return [];
  const rows: ProposalRow[] = drafts.map((d) => ({
    id: newId("proposal"), source_id: d.sourceId, capture_id: d.captureId, kind: d.kind, payload: JSON.stringify(d.item),
    evidence_start: d.item.evidence.start, evidence_end: d.item.evidence.end, evidence_text: d.item.evidence.text,
    confidence: d.kind === "incident" ? d.item.confidence : UNRATED_CONFIDENCE, suggestions: JSON.stringify(d.suggestions), status: "pending",
    decided_by: null, decided_at: null, decision_reason: null, result_id: null, version: 1, created_at: env.at, updated_at: env.at,
  }));
  await env.tx.insertInto("proposals").values(rows).execute();
  for (const r of rows) await audit.append({ action: "create", entityType: "proposal", entityId: r.id, before: null, after: proposalSnapshot(r), reason: "extracted" });
  return rows.map(rowToProposal);
}

export async function loadProposalRow(db: Db, id: string): Promise<ProposalRow | undefined> {
  return db.selectFrom("proposals").selectAll().where("id", "=", id).executeTakeFirst();
}

/**
 * People are suggested again when a pending proposal is read: a person accepted from another proposal since the
 * ingest (often the same person in the next paragraph) should be offered for linking.
 */
async function refreshSuggestions(ctx: Ctx, proposals: Proposal[]): Promise<void> {
  for (const p of proposals) {
    if (p.status === "pending" && p.kind === "incident") {
      p.suggestions.people = await suggestPeople(ctx, p.item);
      p.suggestions.incidents = await suggestIncidents(ctx, p.item, p.suggestions.people);
    }
  }
  await attachSuggestedNames(ctx, proposals.map((p) => p.suggestions));
}

export async function listProposals(ctx: Ctx, query: ProposalQuery = {}): Promise<Page<Proposal>> {
  assertCan(ctx.actor, "review");
  const q = zProposalQuery.parse(query);
  let base = ctx.store.db.selectFrom("proposals");
  if (q.status !== "all") base = base.where("status", "=", q.status);
  if (q.kind) base = base.where("kind", "=", q.kind);
  if (q.sourceId) base = base.where("source_id", "=", q.sourceId);
  const [rows, count] = await Promise.all([
    base.selectAll().orderBy("created_at").orderBy("id").limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow(),
  ]);
  const items = rows.map(rowToProposal);
  await refreshSuggestions(ctx, items);
  return { items, total: Number(count.n), limit: q.limit, offset: q.offset };
}

export interface ProposalDetail {
  proposal: Proposal;
  /** The source as the reader may see it. */
  source: Rec;
  /** Text of the capture around the evidence, so a reviewer can judge the quote in its paragraph. */
  context: { before: string; after: string } | null;
}

const CONTEXT_CHARS = 400;

export async function getProposal(ctx: Ctx, id: string): Promise<ProposalDetail> {
  assertCan(ctx.actor, "review");
  const row = await loadProposalRow(ctx.store.db, id);
  if (!row) throw notFound("proposal", id);
  const proposal = rowToProposal(row);
  await refreshSuggestions(ctx, [proposal]);
  const source = await getRecord(ctx, "source", proposal.sourceId);
  let context: ProposalDetail["context"] = null;
  if (proposal.captureId && proposal.evidence) {
    const blob = await ctx.store.db.selectFrom("captures").innerJoin("blobs", "blobs.sha256", "captures.sha256").select("blobs.content")
      .where("captures.id", "=", proposal.captureId).executeTakeFirst();
    if (blob) {
      const text = new TextDecoder().decode(blob.content);
      const { start, end } = proposal.evidence;
      context = { before: text.slice(Math.max(0, start - CONTEXT_CHARS), start), after: text.slice(end, end + CONTEXT_CHARS) };
    }
  }
  return { proposal, source, context };
}
