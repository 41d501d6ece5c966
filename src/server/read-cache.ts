/**
 * A cache of GET responses for the routes that opt in (`config: { readCache: true }`), keyed by the reader's role and
 * the URL, valid for one audit head and at most `maxAgeMs`, bounded in bytes. Why it cannot hand one access level's
 * response to another, and what it never caches: docs/adr/0004-http-read-cache.md.
 */
import { createHash } from "node:crypto";
import { constants, gzipSync } from "node:zlib";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Actor } from "../auth/policy.js";

declare module "fastify" {
  interface FastifyContextConfig {
    /**
     * The response depends only on the reader's role, the URL and records whose every change is audited: it may be
     * served from the read cache. Never set it on a route that answers per user (me, tokens, sessions) or reads
     * tables written without an audit entry (feeds, proposals, the merge queue).
     */
    readCache?: boolean;
  }
  interface FastifyRequest {
    readCacheSlot: Slot | null;
  }
}

export interface ReadCacheOptions {
  maxBytes: number;
  /** Responses also depend on the clock (statuses as of today, "new in the last 24 hours"): they age out. */
  maxAgeMs: number;
}

interface Variant { body: Buffer; etag: string }
/** A miss this request is computing: others of the same key and head wait on `done`, which `settle` resolves. */
interface Slot { key: string; head: number; done: Promise<Entry | null>; settle: (e: Entry | null) => void }
/** The body as sent, and gzipped once when that is smaller: most readers are browsers, which accept gzip. */
interface Entry { head: number; storedAt: number; identity: Variant; gzip: Variant | null; contentType: string; bytes: number }

/** Below this, gzip saves too little to be worth its headers. */
const GZIP_MIN_BYTES = 1024;

/** Least recently used first out, counted in bytes of body and key. */
class ByteLru {
  private readonly map = new Map<string, Entry>();
  private bytes = 0;

  constructor(private readonly maxBytes: number) {}

  get(key: string): Entry | undefined {
    const e = this.map.get(key);
    if (e) {
      this.map.delete(key);
      this.map.set(key, e);
    }
    return e;
  }

  set(key: string, e: Entry): void {
    this.delete(key);
    if (e.bytes > this.maxBytes / 8) return;
    this.map.set(key, e);
    this.bytes += e.bytes;
    for (const [k, old] of this.map) {
      if (this.bytes <= this.maxBytes) break;
      this.map.delete(k);
      this.bytes -= old.bytes;
    }
  }

  delete(key: string): void {
    const e = this.map.get(key);
    if (!e) return;
    this.map.delete(key);
    this.bytes -= e.bytes;
  }
}

/**
 * Who the response is for: the role decides the access level (which records and fields), the presenter and the
 * capabilities a read route checks (history, recent changes). Users of one role see the same thing on these routes.
 */
function profileOf(actor: Actor): string {
  return actor.kind === "user" ? `role:${actor.role}` : actor.kind;
}

/**
 * The path and the query with its parameters in a canonical order. Only the order of different names changes: the
 * text of each parameter and the order of a repeated one stay as sent, so two URLs share a key only when every
 * query parser reads them alike.
 */
export function normaliseUrl(url: string): string {
  const q = url.indexOf("?");
  if (q < 0) return url;
  const parts = url.slice(q + 1).split("&").filter(Boolean);
  const name = (p: string) => {
    const eq = p.indexOf("=");
    return eq < 0 ? p : p.slice(0, eq);
  };
  // Array.prototype.sort is stable: a repeated name keeps its order.
  parts.sort((a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0));
  return `${url.slice(0, q)}?${parts.join("&")}`;
}

const etagOf = (body: Buffer) => `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;

function entryOf(head: number, key: string, payload: string, contentType: string): Entry {
  const body = Buffer.from(payload);
  const identity = { body, etag: etagOf(body) };
  let gzip: Variant | null = null;
  if (body.byteLength >= GZIP_MIN_BYTES) {
    const z = gzipSync(body, { level: constants.Z_BEST_SPEED });
    // The encoding is part of the validator: a gzipped body is a different representation.
    if (z.byteLength < body.byteLength) gzip = { body: z, etag: `${identity.etag.slice(0, -1)}-gz"` };
  }
  return { head, storedAt: Date.now(), identity, gzip, contentType, bytes: body.byteLength + (gzip?.body.byteLength ?? 0) + key.length * 2 + 200 };
}

/** gzip unless the client did not offer it or refused it (q=0). */
function acceptsGzip(req: FastifyRequest): boolean {
  const ae = req.headers["accept-encoding"];
  if (typeof ae !== "string") return false;
  return ae.split(",").some((part) => {
    const [coding, ...params] = part.split(";").map((x) => x.trim().toLowerCase());
    const q = params.find((p) => p.startsWith("q="));
    return (coding === "gzip" || coding === "*") && (q === undefined || Number(q.slice(2)) > 0);
  });
}

const matches = (req: FastifyRequest, etag: string) => {
  const inm = req.headers["if-none-match"];
  return inm !== undefined && inm.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
};

/**
 * Installs the lookup (after the caller is known) and the store (on a 200 JSON answer). `headOf` must return the audit
 * head read before the route's queries run, so an entry is never labelled with a head newer than its data.
 */
export function installReadCache(app: FastifyInstance, opts: ReadCacheOptions & { headOf: (req: FastifyRequest) => Promise<number> }): void {
  const lru = new ByteLru(opts.maxBytes);
  /** Answers being computed: readers of the same key and head wait for the first instead of running the same queries. */
  const pending = new Map<string, Slot>();
  app.decorateRequest("readCacheSlot", null);

  const settle = (req: FastifyRequest, e: Entry | null) => {
    const slot = req.readCacheSlot;
    if (!slot) return;
    req.readCacheSlot = null;
    // A later miss under a newer head may have taken the key's place: only this slot's own entry is removed.
    if (pending.get(slot.key) === slot) pending.delete(slot.key);
    slot.settle(e);
  };

  const serve = (req: FastifyRequest, reply: FastifyReply, e: Entry) => {
    const v = e.gzip && acceptsGzip(req) ? e.gzip : e.identity;
    headers(reply, v.etag);
    if (matches(req, v.etag)) return reply.code(304).send();
    if (v === e.gzip) reply.header("content-encoding", "gzip");
    return reply.type(e.contentType).send(v.body);
  };

  app.addHook("onRequest", async (req, reply) => {
    if (req.method !== "GET" || req.routeOptions.config?.readCache !== true) return;
    const key = `${profileOf(req.actor)}\n${normaliseUrl(req.url)}`;
    const head = await opts.headOf(req);
    const e = lru.get(key);
    const same = e !== undefined && e.head === head;
    if (same && Date.now() - e.storedAt < opts.maxAgeMs) return serve(req, reply, e);
    const inflight = pending.get(key);
    if (inflight?.head === head) {
      // Past its age but of this head, the entry holds the same records a fresher copy is being computed from: others
      // get it at once instead of waiting, so an entry ageing out under load costs one reader's wait, not every one's.
      if (same) return serve(req, reply, e);
      const first = await inflight.done;
      if (first) return serve(req, reply, first);
      return;
    }
    let resolve!: (e: Entry | null) => void;
    const done = new Promise<Entry | null>((r) => (resolve = r));
    const slot: Slot = { key, head, done, settle: resolve };
    pending.set(key, slot);
    req.readCacheSlot = slot;
  });

  app.addHook("onSend", async (req, reply, payload) => {
    const slot = req.readCacheSlot;
    if (!slot) return payload;
    if (reply.statusCode !== 200 || typeof payload !== "string") {
      settle(req, null);
      return payload;
    }
    const entry = entryOf(slot.head, slot.key, payload, String(reply.getHeader("content-type") ?? "application/json; charset=utf-8"));
    lru.set(slot.key, entry);
    settle(req, entry);
    const v = entry.gzip && acceptsGzip(req) ? entry.gzip : entry.identity;
    headers(reply, v.etag);
    if (matches(req, v.etag)) {
      reply.code(304);
      return "";
    }
    if (v === entry.gzip) reply.header("content-encoding", "gzip");
    return v.body;
  });
  // A request that ends without an answer (the client went away) must not leave others waiting.
  app.addHook("onResponse", async (req) => settle(req, null));
  app.addHook("onRequestAbort", async (req) => settle(req, null));
}

function headers(reply: FastifyReply, etag: string): void {
  // Private: the answer depends on who asks. no-cache: a browser may keep it but must ask again, cheaply, with the ETag.
  reply.header("etag", etag).header("cache-control", "private, no-cache").header("vary", "authorization, cookie, accept-encoding");
}
