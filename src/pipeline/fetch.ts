/** Fetching a feed over HTTP: conditional (ETag, Last-Modified), bounded in time and size, with errors a monitor can read. */

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
}

export const DEFAULT_FEED_TIMEOUT_MS = 20_000;
export const DEFAULT_FEED_MAX_BYTES = 10 * 1024 * 1024;

const formatSize = (bytes: number): string => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`);
const formatDuration = (ms: number): string => (ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`);

async function readLimited(body: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FeedFetchError(`the response is larger than ${formatSize(maxBytes)}`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/** Network failures become a FeedFetchError with a reason; anything else is a bug and is thrown as it is. */
function translate(e: unknown, timeoutMs: number): unknown {
  if (e instanceof FeedFetchError) return e;
  const name = e instanceof Error ? e.name : "";
  if (name === "TimeoutError" || name === "AbortError") return new FeedFetchError(`no complete answer within ${formatDuration(timeoutMs)}`);
  // undici reports every network failure as TypeError("fetch failed") with the system error as its cause.
  if (e instanceof TypeError && e.cause !== undefined) {
    const code = (e.cause as { code?: unknown } | null)?.code;
    return new FeedFetchError(typeof code === "string" ? `cannot connect (${code})` : "cannot connect");
  }
  return e;
}

export function httpFeedFetcher(opts: FetcherOptions = {}): FeedFetcher {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_FEED_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_FEED_MAX_BYTES;
  return async (url, cache) => {
    const headers: Record<string, string> = { accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5", "user-agent": "Vigil feed poller" };
    if (cache.etag) headers["if-none-match"] = cache.etag;
    if (cache.lastModified) headers["if-modified-since"] = cache.lastModified;
    try {
      const res = await fetch(url, { headers, redirect: "follow", signal: AbortSignal.timeout(timeoutMs) });
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        return { notModified: true };
      }
      if (!res.ok) {
        await res.body?.cancel().catch(() => undefined);
        throw new FeedFetchError(`the server answered HTTP ${res.status}`);
      }
      const declared = Number(res.headers.get("content-length") ?? "0");
      if (declared > maxBytes) {
        await res.body?.cancel().catch(() => undefined);
        throw new FeedFetchError(`the response is larger than ${formatSize(maxBytes)}`);
      }
      const body = res.body ? await readLimited(res.body, maxBytes) : new Uint8Array();
      return { notModified: false, body, contentType: res.headers.get("content-type"), etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
    } catch (e) {
      throw translate(e, timeoutMs);
    }
  };
}
