/** `vigil ingest FILE…` and `vigil feeds add|list|poll`: documents into sources, captures and the review queue. */
import { basename } from "node:path";
import type { Command } from "commander";
import { SYSTEM } from "../../auth/policy.js";
import { isIsoDate } from "../../core/dates.js";
import { VigilError } from "../../core/errors.js";
import { EXTRACT_LANGS, type ExtractLang } from "../../extract/index.js";
import { addFeed, httpFeedFetcher, ingestFile, listFeeds, pollDueFeeds, pollFeed, removeFeed, type PollResult } from "../../pipeline/index.js";
import { readBytesOrFail, withVigil } from "../shared.js";


function langOption(v: string | undefined): ExtractLang | undefined {
  if (v === undefined) return undefined;
  if (!(EXTRACT_LANGS as readonly string[]).includes(v)) throw new VigilError("bad_request", `--lang must be one of ${EXTRACT_LANGS.join(", ")}`);
  return v as ExtractLang;
}

function printPoll(r: PollResult): void {
  process.stdout.write(`${r.feedId}\t${r.message}\n`);
}

export function registerIngest(program: Command): void {
  program.command("ingest").argument("<files...>").description("store each file (text, HTML, Telegram result.json, RSS/Atom) as sources with hashed captures and queue what the extractor finds for review; files seen before create nothing")
    .option("--lang <lang>", `language of the text (${EXTRACT_LANGS.join(", ")}); detected when omitted`)
    .option("--published <date>", "publication date (YYYY-MM-DD) for documents that carry none")
    .action(withVigil(async (vigil, _config, files: string[], opts: { lang?: string; published?: string }) => {
      if (opts.published !== undefined && !isIsoDate(opts.published)) throw new VigilError("bad_request", "--published must be a date YYYY-MM-DD");
      const lang = langOption(opts.lang);
      // The command line acts as Vigil itself, like import: whoever can run it can open the database anyway.
      const ctx = vigil.ctx(SYSTEM);
      for (const file of files) {
        const r = await ingestFile(ctx, { fileName: basename(file), content: readBytesOrFail(file) }, { lang, published: opts.published ?? null });
        const fresh = r.sources.length - r.duplicates;
        const what = r.sources.length === 1
          ? `${r.sources[0]!.status}\t${r.sources[0]!.sourceId}`
          : `${fresh} new, ${r.duplicates} duplicate`;
        process.stdout.write(`${file}\t${what}\t${r.proposals.length} proposals\n`);
      }
    }));

  const feeds = program.command("feeds").description("RSS/Atom feeds polled by `vigil serve`");
  feeds.command("add").argument("<url>").description("add a feed to poll")
    .option("--interval <minutes>", "minutes between polls", "60")
    .option("--title <title>", "publisher name for the feed's sources (default: the feed's own title)")
    .option("--lang <lang>", "language of the feed")
    .action(withVigil(async (vigil, _config, url: string, opts: { interval: string; title?: string; lang?: string }) => {
      const interval = Number(opts.interval);
      if (!Number.isInteger(interval)) throw new VigilError("bad_request", "--interval must be a whole number of minutes");
      const f = await addFeed(vigil.ctx(SYSTEM), { url, intervalMinutes: interval, title: opts.title ?? null, language: opts.lang ?? null });
      process.stdout.write(`added ${f.id}\tevery ${f.intervalMinutes} min\t${f.url}\n`);
    }));
  feeds.command("list").description("list feeds with their last poll").action(withVigil(async (vigil) => {
    for (const f of await listFeeds(vigil.ctx(SYSTEM))) {
      process.stdout.write(`${f.id}\t${f.url}\tevery ${f.intervalMinutes} min\tlast ${f.lastPolledAt ?? "never"}\t${f.lastStatus ?? ""}\n`);
    }
  }));
  feeds.command("remove").argument("<id>").description("stop polling a feed; what it ingested stays")
    .action(withVigil(async (vigil, _config, id: string) => {
      await removeFeed(vigil.ctx(SYSTEM), id);
      process.stdout.write(`removed ${id}\n`);
    }));
  feeds.command("poll").argument("[id]").description("poll one feed now, the feeds that are due, or every feed with --all")
    .option("--all", "poll every feed, due or not")
    .action(withVigil(async (vigil, config, id: string | undefined, opts: { all?: boolean }) => {
      const ctx = vigil.ctx(SYSTEM);
      const fetch = { fetcher: httpFeedFetcher({ allowPrivate: config.feedsAllowPrivate }) };
      if (id) printPoll(await pollFeed(ctx, id, fetch));
      else if (opts.all) for (const f of await listFeeds(ctx)) printPoll(await pollFeed(ctx, f.id, fetch));
      else for (const r of await pollDueFeeds(ctx, fetch)) printPoll(r);
    }));
}
