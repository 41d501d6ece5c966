/** Ingest, the review queue and feeds: thin handlers over src/pipeline and src/verify. */
import { z } from "zod";
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { zId } from "../../contract/records.js";
import { EXTRACT_LANGS } from "../../extract/index.js";
import { addFeed, httpFeedFetcher, ingestFile, ingestText, listFeeds, pollFeed, removeFeed, zFeedInput } from "../../pipeline/index.js";
import { acceptProposal, getProposal, listProposals, rejectProposal, zAcceptInput, zProposalQuery, zRejectInput } from "../../verify/index.js";
import type { Vigil } from "../../app.js";

const MAX_FILE_BYTES = 20 * 1024 * 1024;
const zPublished = z.string().trim().regex(/^\d{4}-\d{2}-\d{2}([T ][0-9:.+\-Z]+)?$/, "an ISO 8601 date such as 2022-01-08").optional();

export const zIngestBody = z.union([
  z.object({
    fileName: z.string().trim().min(1).max(300),
    contentBase64: z.string().min(1).max(Math.ceil(MAX_FILE_BYTES / 3) * 4),
    mediaType: z.string().max(200).optional(),
    lang: z.enum(EXTRACT_LANGS).optional(),
    published: zPublished,
  }),
  z.object({
    text: z.string().min(1).max(MAX_FILE_BYTES),
    title: z.string().trim().max(1000).optional(),
    url: z.string().trim().url().max(2000).optional(),
    lang: z.enum(EXTRACT_LANGS).optional(),
    published: zPublished,
  }),
]);

const zParams = z.object({ id: zId });
const tags = ["Review"];

export function reviewRoutes(app: FastifyInstance, vigil: Vigil, opts: { feedsAllowPrivate: boolean }): void {
  const fetcher = httpFeedFetcher({ allowPrivate: opts.feedsAllowPrivate });
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post("/api/v1/ingest", {
    schema: {
      tags, body: zIngestBody,
      summary: "Ingest a file (text, HTML, Telegram export, RSS/Atom; base64) or pasted text: sources, captures and proposals for review; content seen before is reported as duplicate and creates nothing",
    },
    bodyLimit: 28 * 1024 * 1024,
  }, async (req) => {
    const ctx = vigil.ctx(req.actor);
    const b = req.body;
    if ("contentBase64" in b) {
      return ingestFile(ctx, { fileName: b.fileName, content: Buffer.from(b.contentBase64, "base64"), mediaType: b.mediaType ?? null }, { lang: b.lang, published: b.published ?? null });
    }
    return ingestText(ctx, { text: b.text, title: b.title ?? null, url: b.url ?? null, published: b.published ?? null, lang: b.lang });
  });

  r.get("/api/v1/proposals", { schema: { tags, summary: "The review queue (pending by default), oldest first, with suggested people and places", querystring: zProposalQuery } },
    async (req) => listProposals(vigil.ctx(req.actor), req.query));
  r.get("/api/v1/proposals/:id", { schema: { tags, summary: "One proposal with its source and the text around its evidence", params: zParams } },
    async (req) => getProposal(vigil.ctx(req.actor), req.params.id));
  r.post("/api/v1/proposals/:id/accept", {
    schema: { tags, summary: "Accept (optionally with edits, a new person's details, or a link to an existing person): creates the incident or statistic and its claim", params: zParams, body: zAcceptInput },
  }, async (req) => acceptProposal(vigil.ctx(req.actor), req.params.id, req.body));
  r.post("/api/v1/proposals/:id/reject", { schema: { tags, summary: "Reject a proposal, saying why", params: zParams, body: zRejectInput } },
    async (req) => rejectProposal(vigil.ctx(req.actor), req.params.id, req.body));

  r.get("/api/v1/feeds", { schema: { tags: ["Feeds"], summary: "RSS/Atom feeds polled on a schedule, with the outcome of their last poll" } },
    async (req) => ({ items: await listFeeds(vigil.ctx(req.actor)) }));
  r.post("/api/v1/feeds", { schema: { tags: ["Feeds"], summary: "Add a feed to poll", body: zFeedInput } },
    async (req, reply) => reply.status(201).send(await addFeed(vigil.ctx(req.actor), req.body)));
  r.delete("/api/v1/feeds/:id", { schema: { tags: ["Feeds"], summary: "Stop polling a feed (editor, admin); what it ingested stays", params: zParams } },
    async (req, reply) => {
      await removeFeed(vigil.ctx(req.actor), req.params.id);
      return reply.status(204).send();
    });
  r.post("/api/v1/feeds/:id/poll", { schema: { tags: ["Feeds"], summary: "Poll a feed now", params: zParams } },
    async (req) => pollFeed(vigil.ctx(req.actor), req.params.id, { fetcher }));
}
