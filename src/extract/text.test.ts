import { describe, expect, it } from "vitest";
import { splitSentences } from "./text.js";

describe("splitSentences", () => {
  it.each([
    ["Police detained Mr. Tulegenov. He was released.", ["Police detained Mr. Tulegenov.", "He was released."]],
    ["Suspect A. Serikova was held. Then freed!", ["Suspect A. Serikova was held.", "Then freed!"]],
    ["«Она работала», — сказал он. Суд начался в 10 ч. утра.", ["«Она работала», — сказал он.", "Суд начался в 10 ч. утра."]],
    ["Headline\n\nFirst paragraph. Second sentence.", ["Headline", "First paragraph.", "Second sentence."]],
    ["About 9,900 people were held. 1.5 million lost access.", ["About 9,900 people were held.", "1.5 million lost access."]],
  ])("%s", (text, want) => {
    const s = splitSentences(text);
    expect(s.map((x) => x.text)).toEqual(want);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("numbers paragraphs and keeps thousands separators inside one token", () => {
    const s = splitSentences("One.\n\nTwo has 40,000 followers.");
    expect(s.map((x) => x.paragraph)).toEqual([0, 2]);
    expect(s[1]?.tokens.map((t) => t.text)).toContain("40,000");
  });
});
