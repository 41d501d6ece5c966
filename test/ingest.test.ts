/** Ingest: documents become sources with hashed captures and proposals whose evidence is a slice of the captured text. */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { lookup } from "node:dns/promises";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ANONYMOUS } from "../src/auth/policy.js";
import { captureContent, getRecord, listRecords, verifyIntegrity } from "../src/register/index.js";
import { addFeed, httpFeedFetcher, ingestFile, ingestText, listFeeds, pollDueFeeds, pollFeed, startFeedScheduler, TEXT_MEDIA_TYPE } from "../src/pipeline/index.js";
import { publicAddressesOnly } from "../src/pipeline/feed-guard.js";
import { listProposals } from "../src/verify/index.js";
import { BACKENDS, type TestVigil } from "./helpers/backends.js";
import { MONITOR, VIEWER } from "./helpers/actors.js";

const FIXTURES = join(import.meta.dirname, "fixtures/ingest");
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const sha256 = (b: Uint8Array | string) => createHash("sha256").update(b).digest("hex");

const AKTOBE = "plc_0000000000000000000000jm9k";

/** A feed on 127.0.0.1 whose body, ETag and status the test sets; it answers 304 to a matching If-None-Match. */
class FeedServer {
  body = "";
  etag: string | null = null;
  status = 200;
  /** Paths answered with a redirect to the given address. */
  redirects: Record<string, string> = {};
  requests: { ifNoneMatch: string | undefined }[] = [];
  private server: Server | null = null;
  url = "";
  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      this.requests.push({ ifNoneMatch: req.headers["if-none-match"] });
      if (req.url === "/hang") return; // never answers: the poller must time out
      const to = this.redirects[req.url ?? ""];
      if (to) {
        res.writeHead(302, { location: to }).end();
        return;
      }
      if (this.status !== 200) {
        res.writeHead(this.status).end("unavailable");
        return;
      }
      if (this.etag && req.headers["if-none-match"] === this.etag) {
        res.writeHead(304).end();
        return;
      }
      res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", ...(this.etag ? { etag: this.etag } : {}) }).end(this.body);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }
  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

async function counts(v: TestVigil) {
  const n = async (table: "sources" | "captures" | "proposals" | "audit_log" | "blobs") =>
    Number((await v.store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n);
  return { sources: await n("sources"), captures: await n("captures"), proposals: await n("proposals"), audit: await n("audit_log"), blobs: await n("blobs") };
}

// Every test opens a fresh database (with the gazetteer) and runs the extractor: slow on a busy 2-core machine.
describe.each(BACKENDS)("ingest on $name", { timeout: 120_000 }, (backend) => {
  let v: TestVigil;
  let now: Date;
  beforeEach(async () => {
    now = new Date("2022-01-20T12:00:00Z");
    v = await backend.open(() => now);
  }, 120_000);
  afterEach(async () => v?.dispose());

  it("stores a text article as a source with a hashed text capture and proposals whose evidence is a slice of it", async () => {
    const ctx = v.ctx(MONITOR);
    const r = await ingestFile(ctx, { fileName: "article-en.txt", content: fixture("article-en.txt") }, { published: "2022-01-12" });
    expect(r.duplicates).toBe(0);
    expect(r.sources).toHaveLength(1);
    const s = r.sources[0]!;
    expect(s.status).toBe("new");
    expect(s.originalCaptureId).toBeNull(); // plain text: the text capture is the original

    const source = await getRecord(ctx, "source", s.sourceId);
    expect(source).toMatchObject({ kind: "news_article", language: "en", publishedDate: "2022-01-12" });

    const captures = (await listRecords(ctx, "capture", { sourceId: s.sourceId, limit: 10, offset: 0 })).items;
    expect(captures).toHaveLength(1);
    const content = await captureContent(ctx, s.textCaptureId);
    expect(content.mediaType).toBe(TEXT_MEDIA_TYPE);
    expect(content.sha256).toBe(sha256(content.bytes));
    const text = new TextDecoder().decode(content.bytes);
    expect(text.startsWith("Blogger detained in Aktobe")).toBe(true);

    expect(r.proposals.length).toBeGreaterThanOrEqual(3);
    for (const p of r.proposals) {
      expect(p.sourceId).toBe(s.sourceId);
      expect(p.captureId).toBe(s.textCaptureId);
      expect(p.status).toBe("pending");
      expect(text.slice(p.evidence!.start, p.evidence!.end)).toBe(p.evidence!.text);
    }
    expect(s.proposalIds).toEqual(r.proposals.map((p) => p.id));
    const detention = r.proposals.find((p) => p.kind === "incident" && p.item.type === "detention");
    expect(detention?.item).toMatchObject({ person: "Nurlan Zhaksybekov", date: "2022-01-06" });
    expect(detention?.suggestions.place?.placeId).toBe(AKTOBE);
    expect(r.proposals.some((p) => p.kind === "statistic" && p.item.count === 9900)).toBe(true);
    expect((await verifyIntegrity(v.store)).ok).toBe(true);
  });

  it("recognises the same document a second time and creates nothing", async () => {
    const ctx = v.ctx(MONITOR);
    const first = await ingestFile(ctx, { fileName: "article-en.txt", content: fixture("article-en.txt") });
    const before = await counts(v);
    const again = await ingestFile(ctx, { fileName: "copy.txt", content: fixture("article-en.txt") });
    expect(again.duplicates).toBe(1);
    expect(again.proposals).toEqual([]);
    expect(again.sources[0]).toMatchObject({ status: "duplicate", sourceId: first.sources[0]!.sourceId, textCaptureId: first.sources[0]!.textCaptureId });
    expect(await counts(v)).toEqual(before);
    // The same text typed in is the same evidence, too.
    const typed = await ingestText(ctx, { text: new TextDecoder().decode(fixture("article-en.txt")) });
    expect(typed.duplicates).toBe(1);
    expect(await counts(v)).toEqual(before);
  });

  it("captures an HTML article's text and its original bytes, with url, title, date and language", async () => {
    const ctx = v.ctx(MONITOR);
    const html = fixture("article.html");
    const r = await ingestFile(ctx, { fileName: "article.html", content: html });
    const s = r.sources[0]!;
    expect(s.originalCaptureId).not.toBeNull();
    const original = await captureContent(ctx, s.originalCaptureId!);
    expect(original.sha256).toBe(sha256(html));
    expect(original.mediaType).toBe("text/html; charset=utf-8");
    const source = await getRecord(ctx, "source", s.sourceId);
    expect(source).toMatchObject({
      kind: "news_article", url: "https://steppe-news.example/2022/01/08/zaderzhanie", title: "Журналистку задержали в Уральске", publishedDate: "2022-01-08", language: "ru",
    });
    const text = new TextDecoder().decode((await captureContent(ctx, s.textCaptureId)).bytes);
    for (const p of r.proposals) expect(text.slice(p.evidence!.start, p.evidence!.end)).toBe(p.evidence!.text);
    expect(r.proposals.some((p) => p.kind === "incident" && p.item.person === "Айгерим Тулегенова")).toBe(true);
    const before = await counts(v);
    expect((await ingestFile(ctx, { fileName: "again.html", content: html })).duplicates).toBe(1);
    expect(await counts(v)).toEqual(before);
  });

  it("takes each message of a Telegram export as a social-media source of the channel", async () => {
    const ctx = v.ctx(MONITOR);
    const r = await ingestFile(ctx, { fileName: "result.json", content: fixture("channel.json") });
    expect(r.sources).toHaveLength(2);
    for (const s of r.sources) {
      const source = await getRecord(ctx, "source", s.sourceId);
      expect(source).toMatchObject({ kind: "social_media_post", publisher: "Хроника задержаний", title: null });
      const text = new TextDecoder().decode((await captureContent(ctx, s.textCaptureId)).bytes);
      for (const id of s.proposalIds) {
        const p = r.proposals.find((x) => x.id === id)!;
        expect(text.slice(p.evidence!.start, p.evidence!.end)).toBe(p.evidence!.text);
      }
    }
    expect((await captureContent(ctx, r.sources[0]!.originalCaptureId!)).sha256).toBe(sha256(fixture("channel.json")));
    expect(r.proposals.map((p) => p.kind === "incident" && p.item.person)).toEqual(expect.arrayContaining(["Ерболат Сапаров", "Динара Абилова"]));
    const again = await ingestFile(ctx, { fileName: "result.json", content: fixture("channel.json") });
    expect(again.duplicates).toBe(2);
  });

  it("takes each item of an RSS file as a news source of the feed, and only new items the second time", async () => {
    const ctx = v.ctx(MONITOR);
    const r = await ingestFile(ctx, { fileName: "bulletins.rss", content: fixture("feed-1.rss") });
    expect(r.sources).toHaveLength(2);
    const source = await getRecord(ctx, "source", r.sources[0]!.sourceId);
    expect(source).toMatchObject({ kind: "news_article", publisher: "Steppe Watch", url: "https://steppe-watch.example/bulletin/1", publishedDate: "2022-01-09" });
    const r2 = await ingestFile(ctx, { fileName: "bulletins.rss", content: fixture("feed-2.rss") });
    expect(r2.sources.map((s) => s.status).sort()).toEqual(["duplicate", "duplicate", "new"]);
    expect(r2.proposals.every((p) => p.kind === "incident" && p.item.person === "Gulnara Seitkali")).toBe(true);
  });

  it("refuses ingest to viewers and anonymous callers, and refuses unreadable files", async () => {
    await expect(ingestFile(v.ctx(VIEWER), { fileName: "a.txt", content: fixture("article-en.txt") })).rejects.toMatchObject({ code: "forbidden" });
    await expect(ingestText(v.ctx(ANONYMOUS), { text: "Some text" })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(addFeed(v.ctx(VIEWER), { url: "http://127.0.0.1:9/feed" })).rejects.toMatchObject({ code: "forbidden" });
    await expect(ingestFile(v.ctx(MONITOR), { fileName: "x.bin", content: new Uint8Array([0xff, 0xfe, 0x00, 0x01]) })).rejects.toMatchObject({ code: "validation_failed" });
    await expect(listProposals(v.ctx(VIEWER))).rejects.toMatchObject({ code: "forbidden" });
    expect((await counts(v)).sources).toBe(0);
  });

  describe("feeds", () => {
    const server = new FeedServer();
    // The feed server runs on 127.0.0.1: these tests opt in to private addresses, as VIGIL_FEEDS_ALLOW_PRIVATE does.
    const local = { fetcher: httpFeedFetcher({ allowPrivate: true }) };
    beforeAll(() => server.start());
    afterAll(() => server.stop());
    beforeEach(() => {
      server.body = new TextDecoder().decode(fixture("feed-1.rss"));
      server.etag = '"v1"';
      server.status = 200;
      server.redirects = {};
      server.requests = [];
    });

    it("polls new items, answers 304 with nothing new, then takes only the new item of a changed feed", async () => {
      const ctx = v.ctx(MONITOR);
      const feed = await addFeed(ctx, { url: `${server.url}/feed.rss`, intervalMinutes: 30 });
      await expect(addFeed(ctx, { url: `${server.url}/feed.rss` })).rejects.toMatchObject({ code: "duplicate" });

      const p1 = await pollFeed(ctx, feed.id, local);
      expect(p1.status).toBe("ok");
      expect(p1.ingest!.sources.map((s) => s.status)).toEqual(["new", "new"]);
      const afterFirst = await counts(v);

      const p2 = await pollFeed(ctx, feed.id, local);
      expect(server.requests.at(-1)!.ifNoneMatch).toBe('"v1"');
      expect(p2).toMatchObject({ status: "not_modified", ingest: null });
      expect(await counts(v)).toEqual(afterFirst);

      server.body = new TextDecoder().decode(fixture("feed-2.rss"));
      server.etag = '"v2"';
      const p3 = await pollFeed(ctx, feed.id, local);
      expect(p3.ingest!.sources.map((s) => s.status).sort()).toEqual(["duplicate", "duplicate", "new"]);
      expect(p3.message).toBe(`ok: 1 new, 2 already ingested, ${p3.ingest!.proposals.length} proposals`);

      const [listed] = await listFeeds(ctx);
      expect(listed).toMatchObject({ id: feed.id, title: "Steppe Watch", lastPolledAt: now.toISOString(), lastStatus: p3.message });
      const src = await getRecord(ctx, "source", p1.ingest!.sources[0]!.sourceId);
      expect(src.publisher).toBe("Steppe Watch");
      expect((await verifyIntegrity(v.store)).ok).toBe(true);
    });

    it("keeps a readable error in last_status and retries the next time", async () => {
      const ctx = v.ctx(MONITOR);
      const feed = await addFeed(ctx, { url: `${server.url}/feed.rss` });
      server.status = 503;
      const p = await pollFeed(ctx, feed.id, local);
      expect(p).toMatchObject({ status: "error", message: "error: the server answered HTTP 503" });
      expect((await listFeeds(ctx))[0]!.lastStatus).toBe("error: the server answered HTTP 503");

      server.status = 200;
      server.body = "<html><body><p>Not a feed at all, just a page.</p></body></html>";
      expect((await pollFeed(ctx, feed.id, local)).message).toMatch(/^error: .*RSS (n)?or (an )?Atom feed$/);

      server.body = new TextDecoder().decode(fixture("feed-1.rss"));
      const small = await pollFeed(ctx, feed.id, { fetcher: httpFeedFetcher({ maxBytes: 100, allowPrivate: true }) });
      expect(small.message).toBe("error: the response is larger than 100 bytes");
      expect((await counts(v)).sources).toBe(0);
      // No validators were kept from the failed polls: the feed is fetched in full.
      expect((await pollFeed(ctx, feed.id, local)).ingest!.sources).toHaveLength(2);

      const hang = await addFeed(ctx, { url: `${server.url}/hang` });
      const timedOut = await pollFeed(ctx, hang.id, { fetcher: httpFeedFetcher({ timeoutMs: 200, allowPrivate: true }) });
      expect(timedOut.message).toBe("error: no complete answer within 200 ms");
      const closed = await addFeed(ctx, { url: "http://127.0.0.1:9/feed.rss" });
      expect((await pollFeed(ctx, closed.id, local)).message).toMatch(/^error: cannot connect/);
    });

    it("polls only feeds whose interval has passed, and on a schedule until stopped", async () => {
      const ctx = v.ctx(MONITOR);
      const feed = await addFeed(ctx, { url: `${server.url}/feed.rss`, intervalMinutes: 60 });
      expect((await pollDueFeeds(ctx, local)).map((r) => r.feedId)).toEqual([feed.id]);
      now = new Date(now.getTime() + 30 * 60_000);
      expect(await pollDueFeeds(ctx, local)).toEqual([]);
      now = new Date(now.getTime() + 31 * 60_000);
      expect((await pollDueFeeds(ctx, local))[0]).toMatchObject({ feedId: feed.id, status: "not_modified" });

      now = new Date(now.getTime() + 61 * 60_000);
      server.body = new TextDecoder().decode(fixture("feed-2.rss"));
      server.etag = '"v2"';
      const polled: string[] = [];
      const stop = startFeedScheduler(v, { ...local, everyMs: 60_000, onPoll: (r) => polled.push(r.message) });
      await stop(); // the first poll starts at once; stop waits for it
      expect(polled).toHaveLength(1);
      expect(polled[0]).toMatch(/^ok: 1 new, 2 already ingested/);
    });

    it("refuses loopback, private, link-local and metadata addresses and other schemes unless allowed, without connecting", async () => {
      const ctx = v.ctx(MONITOR);
      const feed = await addFeed(ctx, { url: `${server.url}/feed.rss` });
      const p = await pollFeed(ctx, feed.id);
      expect(p.message).toMatch(/^error: refused to fetch from 127\.0\.0\.1: it is a loopback address; set VIGIL_FEEDS_ALLOW_PRIVATE=1/);
      expect(server.requests).toEqual([]);

      const fetch = httpFeedFetcher({ timeoutMs: 2000 });
      const refused = (url: string) => fetch(url, { etag: null, lastModified: null }).then(() => "fetched", (e: Error) => `${e.name}: ${e.message}`);
      expect(await refused("http://169.254.169.254/latest/meta-data/")).toMatch(/^FeedFetchError: refused to fetch from 169\.254\.169\.254: it is a link-local address/);
      expect(await refused("http://10.20.30.40/feed")).toMatch(/from 10\.20\.30\.40: it is a private address/);
      expect(await refused("http://192.168.1.1/feed")).toMatch(/a private address/);
      expect(await refused("http://172.20.0.1/feed")).toMatch(/a private address/);
      expect(await refused("http://0.0.0.0:9/feed")).toMatch(/a 'this network' address/);
      expect(await refused("http://[::1]:9/feed")).toMatch(/from ::1: it is a loopback address/);
      expect(await refused("http://[::ffff:127.0.0.1]:9/feed")).toMatch(/a loopback address/);
      expect(await refused("http://[fd00:ec2::254]/latest/meta-data/")).toMatch(/a unique-local address/);
      expect(await refused("http://[fe80::1]/feed")).toMatch(/a link-local address/);
      // A decimal IPv4 is read by the URL parser as the address it stands for.
      expect(await refused("http://2130706433:9/feed")).toMatch(/from 127\.0\.0\.1: it is a loopback address/);
      // A name is checked by the addresses it resolves to, at the moment of connecting.
      expect(await refused(`http://localhost:${new URL(server.url).port}/feed.rss`)).toMatch(/^FeedFetchError: refused to fetch from localhost: the name resolves to a loopback address/);
      expect(await refused("file:///etc/passwd")).toMatch(/refused to fetch a file: address; feeds must be http or https/);
      expect(await refused("ftp://198.51.100.7/feed")).toMatch(/refused to fetch a ftp: address/);
      expect(server.requests).toEqual([]);
    });

    it("checks every redirect's target again", async () => {
      // Poses 127.0.0.1 as a public host so the first hop is fetched; everything else is judged as in production.
      const fetch = httpFeedFetcher({ timeoutMs: 2000, addressCheck: (a, family) => (a === "127.0.0.1" ? null : publicAddressesOnly(a, family)) });
      const get = (path: string) => fetch(`${server.url}${path}`, { etag: null, lastModified: null }).then(() => "fetched", (e: Error) => e.message);
      server.redirects = {
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-localhost": `http://localhost:${new URL(server.url).port}/feed.rss`,
        "/to-file": "file:///etc/passwd",
        "/to-feed": "/feed.rss",
        "/loop": "/loop",
      };
      expect(await get("/to-metadata")).toMatch(/^refused to fetch from 169\.254\.169\.254: it is a link-local address/);
      expect(await get("/to-file")).toMatch(/^refused to fetch a file: address/);
      expect(await get("/to-feed")).toBe("fetched");
      expect(await get("/loop")).toBe("more than 5 redirects");
      // localhost resolves to loopback addresses other than the one this check lets through.
      if ((await lookup("localhost", { all: true })).some((a) => a.address !== "127.0.0.1")) expect(await get("/to-localhost")).toMatch(/the name resolves to a loopback address/);
    });
  });
});

// Real processes (tsx loads the CLI): slow on a busy machine, so a generous limit. Asynchronous, so the feed server
// in this process can answer while the CLI runs.
describe("vigil ingest and vigil feeds on the command line", { timeout: 180_000 }, () => {
  const server = new FeedServer();
  const dir = mkdtempSync(join(tmpdir(), "vigil-ingest-cli-"));
  const run = (args: string[]) => new Promise<{ code: number; out: string; err: string }>((resolve) => {
    execFile(process.execPath, ["bin/vigil.js", ...args], { env: { ...process.env, VIGIL_DATABASE_URL: `sqlite:${join(dir, "v.db")}`, VIGIL_FEEDS_ALLOW_PRIVATE: "1" }, timeout: 60_000 },
      (e, out, err) => resolve({ code: e ? Number((e as { code?: unknown }).code ?? 1) : 0, out, err }));
  });
  beforeAll(async () => {
    await server.start();
    server.body = new TextDecoder().decode(fixture("feed-1.rss"));
    server.etag = '"v1"';
  });
  afterAll(async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("ingests files, recognises them the second time, and adds, lists and polls feeds", async () => {
    const files = [join(FIXTURES, "article-en.txt"), join(FIXTURES, "channel.json")];
    const first = await run(["ingest", ...files, "--published", "2022-01-12"]);
    expect(first.code).toBe(0);
    const lines = first.out.trim().split("\n");
    expect(lines[0]).toMatch(/article-en\.txt\tnew\tsrc_\w+\t[1-9]\d* proposals$/);
    // Two posts: a detention and a taking "to an unknown destination" in the first, a detention in the second, and
    // the learned layer's proposal of a charge beside that detention (src/extract/learned.ts, confidence 0.4).
    expect(lines[1]).toMatch(/channel\.json\t2 new, 0 duplicate\t4 proposals$/);
    const again = await run(["ingest", ...files]);
    expect(again.out).toMatch(/article-en\.txt\tduplicate\tsrc_\w+\t0 proposals/);
    expect(again.out).toMatch(/channel\.json\t0 new, 2 duplicate\t0 proposals/);
    const bad = await run(["ingest", files[0]!, "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--lang must be one of en, ru, kk/);

    const added = await run(["feeds", "add", `${server.url}/feed.rss`, "--interval", "15"]);
    expect(added.out).toMatch(/^added fed_\w+\tevery 15 min/);
    const polled = await run(["feeds", "poll"]);
    expect(polled.out).toMatch(/fed_\w+\tok: 2 new, 0 already ingested, 2 proposals/);
    expect((await run(["feeds", "poll", "--all"])).out).toMatch(/\tnot modified$/m);
    expect((await run(["feeds", "list"])).out).toMatch(/every 15 min\tlast \S+\tnot modified/);
  });
});
