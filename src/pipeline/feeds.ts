/**
 * RSS/Atom feeds polled on a schedule: each new item goes through the same ingest as a file, so a second poll of an
 * unchanged item is recognised by its text and creates nothing. Feeds are configuration, not records: they are not
 * audited; what a poll ingests is.
 */
import { z } from "zod";
import { assertCan, SYSTEM, type Actor } from "../auth/policy.js";
import { NAME_LANGS } from "../contract/vocab.js";
import { VigilError, isVigilError, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { parseDocuments } from "../ingest/index.js";
import { parseInput, type Ctx } from "../register/index.js";
import type { Database } from "../store/index.js";
import { FeedFetchError, httpFeedFetcher, type FeedFetcher } from "./fetch.js";
import { asExtractLang, feedChannelTitle, ingestParsed, isFeed, type IngestResult } from "./ingest.js";

export const zFeedInput = z.object({
  url: z.string().trim().max(2000).url().refine((u) => /^https?:\/\//i.test(u), "must be an http or https URL"),
  intervalMinutes: z.number().int().min(5).max(7 * 24 * 60).default(60),
  title: z.string().trim().min(1).max(300).nullish().transform((v) => v ?? null),
  language: z.enum(NAME_LANGS).nullish().transform((v) => v ?? null),
});
export type FeedInput = z.input<typeof zFeedInput>;

export interface Feed {
  id: string;
  url: string;
  title: string | null;
  intervalMinutes: number;
  language: string | null;
  lastPolledAt: string | null;
  /** "ok: …", "not modified" or "error: …" from the last poll. */
  lastStatus: string | null;
  nextPollAt: string;
  createdAt: string;
  createdBy: string | null;
}

export interface PollResult {
  feedId: string;
  status: "ok" | "not_modified" | "error";
  message: string;
  ingest: IngestResult | null;
}

type FeedRow = Database["feeds"];

function nextPollAt(r: FeedRow): string {
  return r.last_polled_at ? new Date(Date.parse(r.last_polled_at) + Number(r.interval_minutes) * 60_000).toISOString() : r.created_at;
}

function toFeed(r: FeedRow): Feed {
  return {
    id: r.id, url: r.url, title: r.title, intervalMinutes: Number(r.interval_minutes), language: r.language, lastPolledAt: r.last_polled_at,
    lastStatus: r.last_status, nextPollAt: nextPollAt(r), createdAt: r.created_at, createdBy: r.created_by,
  };
}

export async function addFeed(ctx: Ctx, raw: unknown): Promise<Feed> {
  assertCan(ctx.actor, "create");
  const input = parseInput(zFeedInput, raw, "feed");
  const url = new URL(input.url).toString();
  const existing = await ctx.store.db.selectFrom("feeds").select("id").where("url", "=", url).executeTakeFirst();
  if (existing) throw new VigilError("duplicate", `the feed is already registered as ${existing.id}`, { id: existing.id });
  const row: FeedRow = {
    id: newId("feed"), url, title: input.title, interval_minutes: input.intervalMinutes, language: input.language, last_polled_at: null,
    last_status: null, etag: null, last_modified: null, created_at: ctx.now().toISOString(), created_by: ctx.actor.kind === "user" ? ctx.actor.id : null,
  };
  try {
    await ctx.store.db.insertInto("feeds").values(row).execute();
  } catch (e) {
    if (ctx.store.features.classifyError(e) === "unique") throw new VigilError("duplicate", "the feed is already registered");
    throw e;
  }
  return toFeed(row);
}

export async function listFeeds(ctx: Ctx): Promise<Feed[]> {
  assertCan(ctx.actor, "read_internal");
  return (await ctx.store.db.selectFrom("feeds").selectAll().orderBy("created_at").orderBy("id").execute()).map(toFeed);
}

/** Stops polling a feed; what it ingested stays. */
export async function removeFeed(ctx: Ctx, id: string): Promise<void> {
  assertCan(ctx.actor, "delete");
  const res = await ctx.store.db.deleteFrom("feeds").where("id", "=", id).executeTakeFirst();
  if (Number(res.numDeletedRows) !== 1) throw notFound("feed", id);
}

function fileNameOf(url: string): string {
  const last = new URL(url).pathname.split("/").filter(Boolean).pop();
  return last ? decodeURIComponent(last).slice(0, 200) : "feed";
}

export async function pollFeed(ctx: Ctx, id: string, opts: { fetcher?: FeedFetcher } = {}): Promise<PollResult> {
  assertCan(ctx.actor, "create");
  const db = ctx.store.db;
  const row = await db.selectFrom("feeds").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) throw notFound("feed", id);
  const fetcher = opts.fetcher ?? httpFeedFetcher();
  const polledAt = ctx.now().toISOString();
  let result: PollResult;
  let changes: Partial<FeedRow> = {};
  try {
    const res = await fetcher(row.url, { etag: row.etag, lastModified: row.last_modified });
    if (res.notModified) {
      result = { feedId: id, status: "not_modified", message: "not modified", ingest: null };
    } else {
      const file = { fileName: fileNameOf(row.url), content: res.body, mediaType: res.contentType };
      const docs = parseDocuments(file);
      if (!isFeed(docs[0]!.mediaType)) throw new FeedFetchError("the address does not serve an RSS or Atom feed");
      const title = row.title ?? feedChannelTitle(new TextDecoder().decode(res.body));
      const ingest = await ingestParsed(ctx, file, docs, { publisher: title, language: row.language, lang: asExtractLang(row.language) });
      const fresh = ingest.sources.length - ingest.duplicates;
      result = { feedId: id, status: "ok", message: `ok: ${fresh} new, ${ingest.duplicates} already ingested, ${ingest.proposals.length} proposals`, ingest };
      // Validators are kept only after a successful ingest, so a failed one is fetched again in full next time.
      changes = { etag: res.etag, last_modified: res.lastModified, title };
    }
  } catch (e) {
    if (isVigilError(e) && (e.code === "forbidden" || e.code === "unauthenticated")) throw e;
    const why = e instanceof FeedFetchError || isVigilError(e) ? e.message : `unexpected error (${e instanceof Error ? e.name : typeof e})`;
    result = { feedId: id, status: "error", message: `error: ${why}`, ingest: null };
  }
  await db.updateTable("feeds").set({ ...changes, last_polled_at: polledAt, last_status: result.message.slice(0, 1000) }).where("id", "=", id).execute();
  return result;
}

/** Polls every feed whose interval has passed since its last poll, one after another. */
export async function pollDueFeeds(ctx: Ctx, opts: { fetcher?: FeedFetcher } = {}): Promise<PollResult[]> {
  assertCan(ctx.actor, "create");
  const now = ctx.now().toISOString();
  const due = (await ctx.store.db.selectFrom("feeds").selectAll().orderBy("id").execute()).filter((r) => nextPollAt(r) <= now);
  const out: PollResult[] = [];
  for (const r of due) out.push(await pollFeed(ctx, r.id, opts));
  return out;
}

export interface SchedulerOptions {
  /** How often to look for due feeds; each feed still waits its own interval. */
  everyMs?: number;
  fetcher?: FeedFetcher;
  /** Who the ingested sources and captures are attributed to; Vigil itself by default. */
  actor?: Actor;
  onPoll?: (r: PollResult) => void;
  onError?: (e: unknown) => void;
}

/**
 * Polls due feeds now and then every `everyMs` until stopped. Runs never overlap; `stop()` resolves once a poll in
 * progress has finished, so the store can be closed after it.
 */
export function startFeedScheduler(vigil: { ctx(actor: Actor): Ctx }, opts: SchedulerOptions = {}): () => Promise<void> {
  const ctx = vigil.ctx(opts.actor ?? SYSTEM);
  let running: Promise<void> | null = null;
  let stopped = false;
  const tick = () => {
    if (running || stopped) return;
    running = pollDueFeeds(ctx, { fetcher: opts.fetcher })
      .then((rs) => rs.forEach((r) => opts.onPoll?.(r)), (e: unknown) => opts.onError?.(e))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, opts.everyMs ?? 60_000);
  timer.unref();
  tick();
  return async () => {
    stopped = true;
    clearInterval(timer);
    await running;
  };
}
