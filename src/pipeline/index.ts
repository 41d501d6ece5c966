/** The one place that knows the order: ingest → extract → match → review queue; and the feeds that feed it. */
export {
  ingestFile, ingestDocuments, ingestText, TEXT_MEDIA_TYPE,
  type IngestOptions, type IngestFileInput, type IngestResult, type IngestedSource, type TextInput,
} from "./ingest.js";
export { addFeed, listFeeds, removeFeed, pollFeed, pollDueFeeds, startFeedScheduler, zFeedInput, type Feed, type FeedInput, type PollResult, type SchedulerOptions } from "./feeds.js";
export { httpFeedFetcher, FeedFetchError, type FeedFetcher, type FeedResponse, type FetcherOptions } from "./fetch.js";
