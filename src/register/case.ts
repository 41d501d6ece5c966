/** Saving one whole case (person, incident, source, capture, claim) in one transaction with its audit entries. */
import { assertCan } from "../auth/policy.js";
import { zCaseInput, type CaseResult } from "../contract/case.js";
import { zIncidentInput, zPersonInput, zSourceInput } from "../contract/records.js";
import { VigilError } from "../core/errors.js";
import type { Ctx } from "./context.js";
import { parseInput } from "./kinds.js";
import type { Rec } from "./load.js";
import { withWrite } from "./service.js";
import { insertCapture, insertRecord } from "./write.js";

export async function recordCase(ctx: Ctx, raw: unknown): Promise<CaseResult> {
  assertCan(ctx.actor, "create");
  const input = parseInput(zCaseInput, raw, "case");
  const person = input.person ? (parseInput(zPersonInput, input.person, "person") as Rec) : null;
  const source = input.source ? (parseInput(zSourceInput, input.source, "source") as Rec) : null;
  let span: { start: number; end: number } | null = null;
  if (input.quote && input.sourceText) {
    const start = input.sourceText.indexOf(input.quote);
    if (start < 0) throw new VigilError("validation_failed", "quote: not found in the source text; select or paste the exact words");
    span = { start, end: start + input.quote.length };
  }
  return withWrite(ctx, async (env, audit) => {
    const created = async (kind: Parameters<typeof insertRecord>[1], rec: Rec) => {
      await audit.append({ action: "create", entityType: kind, entityId: rec.id as string, before: null, after: rec });
      return rec.id as string;
    };
    const personId = person ? await created("person", await insertRecord(env, "person", person)) : null;
    const incidentInput = parseInput(zIncidentInput, personId ? { ...input.incident, victimPersonId: personId } : input.incident, "incident") as Rec;
    const incidentId = await created("incident", await insertRecord(env, "incident", incidentInput));
    const sourceId = source ? await created("source", await insertRecord(env, "source", source)) : input.sourceId ?? null;
    let captureId: string | null = null;
    let claimId: string | null = null;
    if (sourceId && input.sourceText) {
      const capture = await insertCapture(env, { sourceId, mediaType: "text/plain; charset=utf-8", bytes: new TextEncoder().encode(input.sourceText) });
      captureId = await created("capture", capture);
    }
    if (sourceId) {
      // Without text the claim still says "this source reports this incident"; with a quote it points at the words.
      const claim = await insertRecord(env, "claim", {
        sourceId, captureId, subjectType: "incident", subjectId: incidentId, field: null, value: null, quote: null,
        spanStart: span?.start ?? null, spanEnd: span?.end ?? null, credibility: input.credibility,
        visibility: (incidentInput.visibility as string) ?? "internal", confidentialFields: [],
      });
      claimId = await created("claim", claim);
    }
    return { personId: personId ?? ((incidentInput.victimPersonId as string | null) ?? null), incidentId, sourceId, captureId, claimId };
  });
}
