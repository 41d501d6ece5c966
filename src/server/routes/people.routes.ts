/** The merge queue of people entered twice, merges and their undo. */
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { zId } from "../../contract/records.js";
import { CANDIDATE_STATUSES, findDuplicates, listMergeCandidates, listMerges, mergePeople, rejectCandidate, unmergePeople } from "../../register/index.js";
import type { Vigil } from "../../app.js";

const tags = ["People"];
const zParams = z.object({ id: zId });
const zReason = z.string().trim().min(1, "say why").max(2000);
const zPaging = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
};

export function peopleRoutes(app: FastifyInstance, vigil: Vigil): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/api/v1/people/duplicates/scan", {
    schema: { tags, summary: "Scan the register for people entered twice and fill the merge queue (never merges)" },
  }, async (req) => findDuplicates(vigil.ctx(req.actor)));

  r.get("/api/v1/people/duplicates", {
    schema: {
      tags, summary: "The merge queue, best evidence first: both people, the score and the reasons",
      querystring: z.object({
        status: z.enum(CANDIDATE_STATUSES).default("pending"),
        outcome: z.enum(["same", "possible"]).optional(),
        personId: zId.optional(),
        ...zPaging,
      }),
    },
  }, async (req) => listMergeCandidates(vigil.ctx(req.actor), req.query));

  r.post("/api/v1/people/duplicates/:id/reject", {
    schema: { tags, summary: "These are two people: the pair is never proposed again", params: zParams, body: z.object({ reason: zReason }) },
  }, async (req) => rejectCandidate(vigil.ctx(req.actor), req.params.id, req.body.reason));

  r.post("/api/v1/people/merge", {
    schema: {
      tags, summary: "Merge one person into another (editor, admin); everything that referred to the merged person moves",
      body: z.object({ targetId: zId, mergedId: zId, reason: zReason, candidateId: zId.optional() }),
    },
  }, async (req, reply) => reply.status(201).send(await mergePeople(vigil.ctx(req.actor), req.body)));

  r.post("/api/v1/merges/:id/undo", {
    schema: { tags, summary: "Undo a merge exactly (editor, admin); refused when something moved has changed since", params: zParams, body: z.object({ reason: zReason }) },
  }, async (req) => unmergePeople(vigil.ctx(req.actor), req.params.id, req.body.reason));

  r.get("/api/v1/merges", {
    schema: { tags, summary: "Merges, newest first: who merged whom, when, why, with what score, and what moved", querystring: z.object({ personId: zId.optional(), ...zPaging }) },
  }, async (req) => listMerges(vigil.ctx(req.actor), req.query));
}
