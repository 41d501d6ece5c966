import { ingestRejectionText, zIngestRejectionDetails } from "../contract/reasons.js";
import { describe, expect, it } from "vitest";
import { VigilError } from "../core/errors.js";
import { detectFormat, normalizeText, parseDocuments, toIsoDateTime } from "./parse.js";

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

const ARTICLE = `<!doctype html><html lang="en"><head><title>Reporter held | Example News</title>
<meta property="article:published_time" content="2022-01-08T10:00:00+06:00"></head><body>
<nav><a href="/">Home</a> <a href="/w">World</a></nav><header>Example News header</header>
<article><h1>Reporter held in Aktobe</h1>
<p>Police in Aktobe held the reporter Dina Testova on January 7 while she was filming a rally near the regional akimat.</p>
<p>Her lawyer said she was questioned for six hours.<br>She was released at night.</p>
<p>The outlet said it would complain to the prosecutor and demanded an explanation from the police department.</p></article>
<footer>Copyright Example News</footer><script>var tracking = 1;</script></body></html>`;

describe("parseDocuments", () => {
  it("keeps the main text of an HTML article and drops navigation, footer and scripts", () => {
    const [doc, ...rest] = parseDocuments({ fileName: "a.html", content: enc(ARTICLE) });
    expect(rest).toHaveLength(0);
    expect(doc?.title).toBe("Reporter held in Aktobe");
    expect(doc?.text.startsWith("Reporter held in Aktobe\n\nPolice in Aktobe held")).toBe(true);
    expect(doc?.text).toContain("questioned for six hours.\nShe was released");
    expect(doc?.text).not.toMatch(/Home|Copyright|tracking/);
    expect(doc?.published).toBe("2022-01-08T10:00:00+06:00");
    expect(doc?.lang).toBe("en");
  });

  it("gives the same text for the same bytes", () => {
    const a = parseDocuments({ fileName: "a.html", content: enc(ARTICLE) });
    const b = parseDocuments({ fileName: "a.html", content: enc(ARTICLE) });
    expect(a).toEqual(b);
  });

  it("reads each RSS item and Atom entry as a document", () => {
    const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>
<item><title>Blogger fined</title><link>https://example.org/1</link><pubDate>Mon, 10 Jan 2022 01:00:00 +0600</pubDate>
<description>&lt;p&gt;A blogger was fined.&lt;/p&gt;</description></item>
<item><title>Second</title><description>Plain body</description></item></channel></rss>`;
    const docs = parseDocuments({ fileName: "feed.xml", content: enc(rss) });
    expect(docs.map((d) => d.text)).toEqual(["Blogger fined\n\nA blogger was fined.", "Second\n\nPlain body"]);
    expect(docs[0]?.published).toBe("2022-01-10T01:00:00+06:00");
    expect(docs[0]?.url).toBe("https://example.org/1");
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title>T</title>
<link rel="alternate" href="https://example.org/2"/><published>2022-01-09T08:00:00Z</published>
<content type="html">&lt;p&gt;Body.&lt;/p&gt;</content></entry></feed>`;
    expect(parseDocuments({ fileName: "f.atom", content: enc(atom) })).toEqual([
      { title: "T", text: "T\n\nBody.", url: "https://example.org/2", published: "2022-01-09T08:00:00Z", mediaType: "application/atom+xml" },
    ]);
  });

  it("reads each Telegram message with text, skipping service messages", () => {
    const tg = JSON.stringify({
      name: "Channel", type: "public_channel", id: 1,
      messages: [
        { id: 1, type: "service", date: "2022-01-05T10:00:00", action: "pin_message" },
        { id: 2, type: "message", date: "2022-01-06T11:00:00", text: ["Задержан ", { type: "bold", text: "Тест Тестов" }, " в Уральске."] },
        { id: 3, type: "message", date: "2022-01-06T12:00:00", text: "" },
      ],
    });
    expect(parseDocuments({ fileName: "result.json", content: enc(tg) })).toEqual([
      { title: "Channel", text: "Задержан Тест Тестов в Уральске.", url: null, published: "2022-01-06T11:00:00", mediaType: "application/vnd.telegram.export+json" },
    ]);
  });

  it("normalises plain text", () => {
    const [doc] = parseDocuments({ fileName: "a.txt", content: enc("\ufeffLine one  \r\n\r\n\r\n\r\nLine\u00a0two\n") });
    expect(doc?.text).toBe("Line one\n\nLine two");
  });

  it.each([
    ["empty file", "a.txt", new Uint8Array(), "file is empty", "file_empty"],
    ["not UTF-8", "a.txt", new Uint8Array([0xff, 0xfe, 0x41]), "not UTF-8", "not_utf8"],
    ["binary", "a.txt", new Uint8Array([0x41, 0x00, 0x42]), "binary", "binary"],
    ["broken JSON", "result.json", enc("{ nope"), "not valid JSON", "not_json"],
    ["JSON without messages", "result.json", enc('{"name":"x"}'), "not a Telegram channel export", "not_telegram_export"],
    ["broken XML", "feed.rss", enc("<rss><channel><item><title>x</title></rss>"), "not well-formed XML", "feed_malformed"],
    ["XML that is no feed", "a.xml", enc("<?xml version=\"1.0\"?><note>x</note>"), "neither an RSS nor an Atom feed", "not_a_feed"],
    ["whitespace only", "a.txt", enc(" \n \n"), "no text", "no_text"],
  ])("rejects %s with validation_failed and a code the web app translates", (_name, fileName, content, message, code) => {
    let err: unknown;
    try {
      parseDocuments({ fileName, content });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(VigilError);
    expect((err as VigilError).code).toBe("validation_failed");
    expect((err as VigilError).message).toContain(message);
    // The details say the same as the message, as a code: the English message is the code's English text.
    const details = zIngestRejectionDetails.parse((err as VigilError).details);
    expect(details).toMatchObject({ fileName, rejection: { code } });
    expect((err as VigilError).message).toBe(`${fileName}: ${ingestRejectionText(details.rejection)}`);
  });
});

describe("helpers", () => {
  it.each([
    ["a.txt", "hello", null, "text"],
    ["a.html", "hello", null, "html"],
    ["page", "<!DOCTYPE html><html>", null, "html"],
    ["x", "<?xml version='1.0'?><rss>", null, "feed"],
    ["x", "<feed xmlns='http://www.w3.org/2005/Atom'>", null, "feed"],
    ["x", "{\"messages\":[]}", null, "telegram"],
    ["x", "plain", "text/html", "html"],
  ] as const)("detectFormat(%s, %s, %s) = %s", (file, text, mt, want) => {
    expect(detectFormat(file, text, mt)).toBe(want);
  });

  it.each([
    ["2022-01-07", "2022-01-07"],
    ["2022-01-07 10:00:00", "2022-01-07T10:00:00"],
    ["Fri, 07 Jan 2022 23:30:00 +0600", "2022-01-07T23:30:00+06:00"],
    ["Fri, 07 Jan 2022 23:30:00 GMT", "2022-01-07T23:30:00.000Z"],
    ["not a date", null],
  ])("toIsoDateTime(%s) = %s", (input, want) => {
    expect(toIsoDateTime(input)).toBe(want);
  });

  it("normalizeText collapses blank lines and trims", () => {
    expect(normalizeText("  a \t b \n\n\n\n c  ")).toBe("a b\n\nc");
  });
});
