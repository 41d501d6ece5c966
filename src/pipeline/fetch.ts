/**
 * Fetching a feed over HTTP: conditional (ETag, Last-Modified), bounded in time and size, only from public addresses
 * unless allowed (feed-guard.ts), with errors a monitor can read.
 */
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { checkFeedUrl, guardedLookup, publicAddressesOnly, type AddressCheck } from "./feed-guard.js";

export type FeedResponse =
  | { notModified: true }
  | { notModified: false; body: Uint8Array; contentType: string | null; etag: string | null; lastModified: string | null };

/** The port the poller calls; tests and other transports (a proxy, Tor) can supply their own. */
export type FeedFetcher = (url: string, cache: { etag: string | null; lastModified: string | null }) => Promise<FeedResponse>;

/** A failure worth telling the user about in `feeds.last_status`; the message carries no content of the feed. */
export class FeedFetchError extends Error {
  override name = "FeedFetchError";
}

export interface FetcherOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Fetch from loopback, private and link-local addresses too (VIGIL_FEEDS_ALLOW_PRIVATE): tests, a feed on the local network. */
  allowPrivate?: boolean;
  /** Which resolved addresses are refused; tests replace it to pose as a public host on 127.0.0.1. */
  addressCheck?: AddressCheck;
}

export const DEFAULT_FEED_TIMEOUT_MS = 20_000;
export const DEFAULT_FEED_MAX_BYTES = 10 * 1024 * 1024;
const MAX_REDIRECTS = 5;

const formatSize = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`);
const formatDuration = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

async function readLimited(body: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      body.destroy();
      throw new FeedFetchError(`the response is larger than ${formatSize(maxBytes)}`);
    }
    chunks.push(chunk);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/** Network failures become a FeedFetchError with a reason; anything else is a bug and is thrown as it is. */
function translate(e: unknown, timeoutMs: number): unknown {
  if (e instanceof FeedFetchError) return e;
  const name = e instanceof Error ? e.name : "";
  if (name === "TimeoutError" || name === "AbortError") return new FeedFetchError(`no complete answer within ${formatDuration(timeoutMs)}`);
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === "string" && /^E[A-Z_]+$/.test(code)) return new FeedFetchError(`cannot connect (${code})`);
  return e;
}

function get(url: URL, headers: Record<string, string>, signal: AbortSignal, lookup: ReturnType<typeof guardedLookup> | undefined): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(url, { method: "GET", headers, signal, ...(lookup ? { lookup } : {}) }, resolve);
    req.once("error", reject);
    req.end();
  });
}

/**
 * Fetches over node:http(s) rather than fetch(): the connection's DNS lookup is where addresses are checked, and each
 * redirect is followed by hand so that its target is checked the same way.
 */
export function httpFeedFetcher(opts: FetcherOptions = {}): FeedFetcher {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_FEED_MAX_BYTES;
  const check = opts.allowPrivate ? null : opts.addressCheck ?? publicAddressesOnly;
  const lookup = check ? guardedLookup(check) : undefined;
  return async (url, cache) => {
    const headers: Record<string, string> = { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", "user-agent": "Vigil feed poller" };
    if (cache.etag) headers["if-none-match"] = cache.etag;
    if (cache.lastModified) headers["if-modified-since"] = cache.lastModified;
    const signal = AbortSignal.timeout(timeoutMs);
    try {
      let target = new URL(url);
      for (let hops = 0; ; hops++) {
        checkFeedUrl(target, check);
        const res = await get(target, headers, signal, lookup);
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (status >= 300 && status < 400 && status !== 304 && location) {
          res.resume();
          if (hops >= MAX_REDIRECTS) throw new FeedFetchError(`more than ${MAX_REDIRECTS} redirects`);
          target = new URL(location, target);
          continue;
        }
        if (status === 304) {
          res.resume();
          return { notModified: true };
        }
        if (status < 200 || status > 299) {
          res.resume();
          throw new FeedFetchError(`the server answered HTTP ${status}`);
        }
        const declared = Number(res.headers["content-length"] ?? "0");
        if (declared > maxBytes) {
          res.destroy();
          throw new FeedFetchError(`the response is larger than ${formatSize(maxBytes)}`);
        }
        const body = await readLimited(res, maxBytes);
        const header = (name: string) => {
          const v = res.headers[name];
          return typeof v === "string" ? v : null;
        };
        return { notModified: false, body, contentType: header("content-type"), etag: header("etag"), lastModified: header("last-modified") };
      }
    } catch (e) {
      throw translate(e, timeoutMs);
    }
  };
}
