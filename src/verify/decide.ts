/**
 * A reviewer's decision on a proposal. Accepting writes the victim (new or linked), the incident or statistic and the
 * claim quoting the evidence span, with their audit entries, and closes the proposal — one transaction, so a proposal
 * is never accepted without its records nor its records written twice.
 */
import { assertCan } from "../auth/policy.js";
import { zClaimInput, zIncidentInput, zPersonInput, zStatisticInput } from "../contract/records.js";
import type { PLACE_PRECISIONS } from "../contract/vocab.js";
import { VigilError, notFound } from "../core/errors.js";
import { foldText } from "../core/text.js";
import type { ExtractedIncident, ExtractedStatistic } from "../extract/index.js";
import { comparePeople } from "../match/index.js";
import {
  insertRecord, loadRecord, parseInput, proposalSnapshot, updateRecordRow, withWrite, type AuditAppender, type Ctx, type Rec, type WriteEnv,
} from "../register/index.js";
import { loadProposalRow, rowToProposal } from "./proposals.js";
import { zAcceptInput, zIncidentEdits, zRejectInput, zStatisticEdits, type AcceptResult, type PlaceSuggestion, type Proposal } from "../contract/review.js";
import { suggestPlace } from "./suggest.js";

const PLACE_PRECISION: Record<string, (typeof PLACE_PRECISIONS)[number]> = { country: "country", region: "region", city: "city", district: "district", locality: "city" };

function incidentFrom(item: ExtractedIncident, place: PlaceSuggestion | null): Rec {
  return {
    type: item.type,
    startDate: item.date,
    startPrecision: item.date ? item.date_precision : "unknown",
    placeId: place?.placeId ?? null,
    // Kept even when the gazetteer knows the place: it is what the source said. Without a placeId it flags an unknown place.
    placeText: item.place,
    placePrecision: place ? (PLACE_PRECISION[place.adminLevel] ?? "unknown") : "unknown",
    perpetrators: item.perpetrator ? [{ label: item.perpetrator }] : [],
    description: item.detail,
    legal: { articles: item.legal.articles, note: item.legal.sentence ? `sentence: ${item.legal.sentence.text}` : null },
  };
}

/** A short metric name for what was counted; the text's own words when no common one fits. */
const METRICS: [RegExp, string][] = [
  [/kill|dead|died|death|погиб|убит|умер|смерт|қаза|өлті/i, "killed"],
  [/injur|wound|hurt|ранен|пострадав|травм|жарақат/i, "injured"],
  [/missing|disappear|пропав|пропал|хабарсыз/i, "missing"],
  [/convict|sentenc|осужд|приговор|сотталды/i, "sentenced"],
  [/charge|accus|обвин|подозрева|айыпта/i, "charged"],
  [/releas|freed|освобожд|отпущ|босат/i, "released"],
  [/detain|arrest|held|custody|задерж|арест|ұстал|қамал/i, "detained"],
];
export function metricOf(what: string): string {
  return METRICS.find(([re]) => re.test(what))?.[1] ?? what.trim().slice(0, 120);
}

function statisticFrom(item: ExtractedStatistic, sourceId: string, place: PlaceSuggestion | null): Rec {
  return {
    metric: metricOf(item.what), count: item.count, approximate: item.approximate, asOfDate: item.date, placeId: place?.placeId ?? null,
    sourceId, description: item.what,
  };
}

async function createVictim(env: WriteEnv, audit: AuditAppender, item: ExtractedIncident, lang: unknown, overrides: Rec | undefined, reason: string): Promise<string> {
  const defaults: Rec = {
    // The spelling is the source's, not necessarily the person's own: a reviewer can mark an official form later.
    names: [{ value: item.person, kind: "press_spelling", lang: typeof lang === "string" ? lang : null }],
    roles: item.role ? [item.role] : [],
  };
  const input = parseInput(zPersonInput, { ...defaults, ...overrides }, "newPerson") as Rec;
  const rec = await insertRecord(env, "person", input);
  await audit.append({ action: "create", entityType: "person", entityId: rec.id as string, before: null, after: rec, reason });
  return rec.id as string;
}

const NOT_EDITABLE = ["id", "version", "createdAt", "updatedAt", "mergedInto", "status"];

async function linkVictim(env: WriteEnv, audit: AuditAppender, personId: string, item: ExtractedIncident, lang: unknown, addName: boolean, reason: string): Promise<string> {
  const before = await loadRecord(env.tx, "person", personId);
  if (!before) throw new VigilError("validation_failed", `personId: no person with id ${personId}`, { field: "personId", id: personId });
  if (typeof before.mergedInto === "string") {
    throw new VigilError("validation_failed", `personId: person ${personId} was merged into ${before.mergedInto}; link to that person`, { field: "personId", mergedInto: before.mergedInto });
  }
  const names = (before.names as Rec[]).map((n) => String(n.value));
  const known = names.some((n) => foldText(n) === foldText(item.person));
  // Only a spelling of the same name is added: an unnamed victim ("the brother of …") linked to a person is not a name.
  if (addName && !known && comparePeople({ names: [item.person] }, { names }).outcome !== "different") {
    const input: Rec = {};
    for (const [k, v] of Object.entries(before)) if (!NOT_EDITABLE.includes(k)) input[k] = v;
    input.names = [...(before.names as Rec[]), { value: item.person, kind: "press_spelling", lang: typeof lang === "string" ? lang : null }];
    const after = await updateRecordRow(env, "person", before, parseInput(zPersonInput, input, "person") as Rec);
    await audit.append({ action: "update", entityType: "person", entityId: personId, before, after, reason });
  }
  return personId;
}

function checkEdits(proposal: Proposal, edits: Rec): void {
  parseInput(proposal.kind === "incident" ? zIncidentEdits : zStatisticEdits, edits, `${proposal.kind} edits`);
}

export async function acceptProposal(ctx: Ctx, id: string, raw: unknown = {}): Promise<AcceptResult> {
  assertCan(ctx.actor, "review");
  const input = parseInput(zAcceptInput, raw, "decision");
  const edits = input.edits as Rec;
  const auditReason = `accepted proposal ${id}${input.reason ? `: ${input.reason}` : ""}`;
  return withWrite(ctx, async (env, audit) => {
    const row = await loadProposalRow(env.tx, id);
    if (!row) throw notFound("proposal", id);
    if (row.status !== "pending") throw new VigilError("conflict", `proposal ${id} was already ${row.status}`, { status: row.status, resultId: row.result_id });
    const proposal = rowToProposal(row);
    checkEdits(proposal, edits);
    const source = await loadRecord(env.tx, "source", proposal.sourceId);
    const place = suggestPlace(proposal.item);
    let personId: string | null = null;
    let resultId: string;
    if (input.incidentId) {
      if (proposal.kind !== "incident") throw new VigilError("validation_failed", "incidentId: a statistic does not report an incident", { field: "incidentId" });
      const target = await corroborate(env, audit, input.incidentId, proposal.sourceId, auditReason);
      personId = target.victimPersonId;
      resultId = input.incidentId;
    } else if (proposal.kind === "incident") {
      const groupOnly = typeof edits.victimGroup === "string" && edits.victimGroup.trim() !== "" && !input.personId && !input.newPerson;
      if (input.personId) personId = await linkVictim(env, audit, input.personId, proposal.item, source?.language, input.addName, auditReason);
      else if (!groupOnly) personId = await createVictim(env, audit, proposal.item, source?.language, input.newPerson, auditReason);
      const incident = parseInput(zIncidentInput, { ...incidentFrom(proposal.item, place), victimPersonId: personId, ...edits }, "incident") as Rec;
      const rec = await insertRecord(env, "incident", incident);
      await audit.append({ action: "create", entityType: "incident", entityId: rec.id as string, before: null, after: rec, reason: auditReason });
      resultId = rec.id as string;
    } else {
      if (input.personId || input.newPerson) throw new VigilError("validation_failed", "personId: a statistic is not about a named person", { field: "personId" });
      const statistic = parseInput(zStatisticInput, { ...statisticFrom(proposal.item, proposal.sourceId, place), ...edits }, "statistic") as Rec;
      const rec = await insertRecord(env, "statistic", statistic);
      await audit.append({ action: "create", entityType: "statistic", entityId: rec.id as string, before: null, after: rec, reason: auditReason });
      resultId = rec.id as string;
    }
    const ev = proposal.evidence;
    const claim = parseInput(zClaimInput, {
      sourceId: proposal.sourceId, captureId: ev ? proposal.captureId : null, subjectType: proposal.kind, subjectId: resultId,
      quote: ev?.text ?? null, spanStart: ev?.start ?? null, spanEnd: ev?.end ?? null, credibility: input.credibility,
    }, "claim") as Rec;
    const claimRec = await insertRecord(env, "claim", claim);
    await audit.append({ action: "create", entityType: "claim", entityId: claimRec.id as string, before: null, after: claimRec, reason: auditReason });
    await closeProposal(env, audit, row.id, row.version, { status: "accepted", reason: input.reason ?? null, resultId });
    return { proposal: rowToProposal((await loadProposalRow(env.tx, id))!), personId, resultId, claimId: claimRec.id as string };
  });
}

/**
 * The proposal's source reports an incident already in the register. Once sources of two different publishers
 * report it, an unverified incident becomes corroborated (a reviewer's "verified" is never lowered).
 */
async function corroborate(env: WriteEnv, audit: AuditAppender, incidentId: string, sourceId: string, reason: string): Promise<{ victimPersonId: string | null }> {
  const before = await loadRecord(env.tx, "incident", incidentId);
  if (!before) throw new VigilError("validation_failed", `incidentId: no incident with id ${incidentId}`, { field: "incidentId", id: incidentId });
  const cited = await env.tx.selectFrom("claims").innerJoin("sources", "sources.id", "claims.source_id")
    .select(["sources.id", "sources.publisher"]).where("claims.subject_type", "=", "incident").where("claims.subject_id", "=", incidentId).execute();
  const source = await env.tx.selectFrom("sources").select(["id", "publisher"]).where("id", "=", sourceId).executeTakeFirstOrThrow();
  // A source without a publisher counts as its own voice; two articles of one outlet are one voice.
  const voices = new Set([...cited, source].map((s) => (s.publisher ? `p:${s.publisher.trim().toLowerCase()}` : `s:${s.id}`)));
  if (before.verification === "unverified" && voices.size >= 2) {
    const input: Rec = {};
    for (const [k, v] of Object.entries(before)) if (!NOT_EDITABLE.includes(k)) input[k] = v;
    const after = await updateRecordRow(env, "incident", before, parseInput(zIncidentInput, { ...input, verification: "corroborated" }, "incident") as Rec);
    await audit.append({ action: "update", entityType: "incident", entityId: incidentId, before, after, reason });
  }
  return { victimPersonId: typeof before.victimPersonId === "string" ? before.victimPersonId : null };
}

async function closeProposal(
  env: WriteEnv, audit: AuditAppender, id: string, version: number, d: { status: "accepted" | "rejected"; reason: string | null; resultId: string | null },
): Promise<void> {
  const before = await loadProposalRow(env.tx, id);
  const res = await env.tx.updateTable("proposals")
    .set({ status: d.status, decided_by: env.actorId, decided_at: env.at, decision_reason: d.reason, result_id: d.resultId, version: Number(version) + 1, updated_at: env.at })
    .where("id", "=", id).where("status", "=", "pending").where("version", "=", version).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1 || !before) throw new VigilError("conflict", `proposal ${id} was decided by someone else meanwhile`);
  const after = (await loadProposalRow(env.tx, id))!;
  await audit.append({ action: "update", entityType: "proposal", entityId: id, before: proposalSnapshot(before), after: proposalSnapshot(after), reason: d.reason });
}

export async function rejectProposal(ctx: Ctx, id: string, raw: unknown): Promise<Proposal> {
  assertCan(ctx.actor, "review");
  const input = parseInput(zRejectInput, raw, "decision");
  // The chain lock of withWrite serialises this with a concurrent accept.
  return withWrite(ctx, async (env, audit) => {
    const row = await loadProposalRow(env.tx, id);
    if (!row) throw notFound("proposal", id);
    if (row.status !== "pending") throw new VigilError("conflict", `proposal ${id} was already ${row.status}`, { status: row.status, resultId: row.result_id });
    await closeProposal(env, audit, id, row.version, { status: "rejected", reason: input.reason, resultId: null });
    return rowToProposal((await loadProposalRow(env.tx, id))!);
  });
}
