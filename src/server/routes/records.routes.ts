/** CRUD, list, history for every kind of record, all through the register's use cases. */
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import {
  zCaptureQuery, zClaimQuery, zEventQuery, zIncidentQuery, zInterventionQuery, zOrganisationQuery, zPersonQuery, zPlaceQuery,
  zProceedingQuery, zSourceQuery, zStatisticQuery,
} from "../../contract/query.js";
import { zCaseInput } from "../../contract/case.js";
import { zId } from "../../contract/records.js";
import { recordCase, createRecord, deleteRecord, findCandidates, getRecord, listRecords, personTimeline, PLURAL, recordHistory, updateRecord, captureContent } from "../../register/index.js";
import { INPUT_SCHEMAS } from "../../register/kinds.js";
import type { RecordKind } from "../../store/index.js";
import type { Vigil } from "../../app.js";

const LIST_QUERIES: Record<RecordKind, z.ZodObject> = {
  place: zPlaceQuery, organisation: zOrganisationQuery, person: zPersonQuery, event: zEventQuery, incident: zIncidentQuery,
  proceeding: zProceedingQuery, statistic: zStatisticQuery, intervention: zInterventionQuery, source: zSourceQuery, capture: zCaptureQuery, claim: zClaimQuery,
};

const TAGS: Record<RecordKind, string> = {
  place: "Places", organisation: "Organisations", person: "People", event: "Events", incident: "Incidents", proceeding: "Proceedings",
  statistic: "Statistics", intervention: "Interventions", source: "Sources", capture: "Captures", claim: "Claims",
};

const zParams = z.object({ id: zId });
export const zPatchBody = z.object({
  changes: z.record(z.string(), z.unknown()),
  expectedVersion: z.number().int().positive().optional(),
  reason: z.string().trim().max(2000).optional(),
});

export function recordRoutes(app: FastifyInstance, vigil: Vigil): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  for (const kind of Object.keys(LIST_QUERIES) as RecordKind[]) {
    const base = `/api/v1/${PLURAL[kind]}`;
    const tags = [TAGS[kind]];
    r.get(base, { schema: { tags, summary: `List ${PLURAL[kind]}`, querystring: LIST_QUERIES[kind] }, config: { readCache: true } },
      async (req) => listRecords(vigil.ctx(req.actor), kind, req.query as Record<string, unknown>));
    r.get(`${base}/:id`, { schema: { tags, summary: `Read one ${kind}`, params: zParams }, config: { readCache: true } },
      async (req) => getRecord(vigil.ctx(req.actor), kind, req.params.id));
    r.get(`${base}/:id/history`, { schema: { tags, summary: `Change history of one ${kind}`, params: zParams }, config: { readCache: true } },
      async (req) => ({ items: await recordHistory(vigil.ctx(req.actor), kind, req.params.id) }));
    r.post(base, { schema: { tags, summary: `Create a ${kind}`, body: INPUT_SCHEMAS[kind] }, bodyLimit: kind === "capture" ? 28 * 1024 * 1024 : 1024 * 1024 },
      async (req, reply) => reply.status(201).send(await createRecord(vigil.ctx(req.actor), kind, req.body)));
    if (kind !== "capture") {
      r.patch(`${base}/:id`, { schema: { tags, summary: `Change a ${kind}`, params: zParams, body: zPatchBody } },
        async (req) => updateRecord(vigil.ctx(req.actor), kind, req.params.id, req.body.changes, { expectedVersion: req.body.expectedVersion, reason: req.body.reason ?? null }));
    }
    r.delete(`${base}/:id`, { schema: { tags, summary: `Delete a ${kind}`, params: zParams, querystring: z.object({ reason: z.string().max(2000).optional() }) } },
      async (req, reply) => {
        await deleteRecord(vigil.ctx(req.actor), kind, req.params.id, { reason: req.query.reason ?? null });
        return reply.status(204).send();
      });
  }
  r.post("/api/v1/cases", {
    schema: { tags: ["Incidents"], summary: "Save a whole case — new or existing victim, incident, source, its text and the supporting quote — in one transaction", body: zCaseInput },
    bodyLimit: 8 * 1024 * 1024,
  }, async (req, reply) => reply.status(201).send(await recordCase(vigil.ctx(req.actor), req.body)));
  r.get("/api/v1/people/:id/timeline", { schema: { tags: ["People"], summary: "A person with their incidents, proceedings and the claims citing them", params: zParams }, config: { readCache: true } },
    async (req) => personTimeline(vigil.ctx(req.actor), req.params.id));
  r.get("/api/v1/people/candidates", {
    schema: { tags: ["People"], summary: "Existing people who may be the person with this name (any script or spelling), with a score and reasons",
      querystring: z.object({ name: z.string().trim().min(1).max(300), birthYear: z.coerce.number().int().min(1900).max(2100).optional(), limit: z.coerce.number().int().min(1).max(50).default(10) }) },
    config: { readCache: true },
  }, async (req) => ({ items: await findCandidates(vigil.ctx(req.actor), req.query.name, { birthYear: req.query.birthYear ?? null }, req.query.limit) }));
  r.get("/api/v1/captures/:id/content", { schema: { tags: ["Captures"], summary: "The captured bytes, as stored", params: zParams } }, async (req, reply) => {
    const c = await captureContent(vigil.ctx(req.actor), req.params.id);
    return reply
      .header("content-type", c.mediaType)
      .header("x-content-sha256", c.sha256)
      // Captured HTML is evidence, not a page: never let a browser run it in Vigil's origin.
      .header("content-security-policy", "sandbox; default-src 'none'")
      .header("x-content-type-options", "nosniff")
      .send(Buffer.from(c.bytes));
  });
}
