import { describe, expect, it } from "vitest";
import {
  INGEST_REJECTION_CODES, MATCH_REASON_CODES, ingestRejectionText, matchReasonText, matchReasonsFromText, zMatchReason, type MatchReason,
} from "./reasons.js";

describe("match reason codes", () => {
  it("keep the English phrases the API sent before the codes", () => {
    const cases: [MatchReason, string][] = [
      [{ code: "family_equal" }, "family name equal after transliteration"],
      [{ code: "family_letters_apart", params: { count: 1 } }, "family name one letter apart"],
      [{ code: "given_letters_apart", params: { count: 1 } }, "given name one letter apart"],
      [{ code: "birth_years_apart", params: { count: 1 } }, "birth years one apart"],
      [{ code: "birth_years_differ", params: { count: 13 } }, "birth years differ"],
      [{ code: "sex_ambiguous_a_form" }, "-a form may be a woman's name or a man's genitive"],
      [{ code: "no_names" }, "no names to compare"],
    ];
    for (const [r, text] of cases) expect(matchReasonText(r)).toBe(text);
  });

  it("give every code its own phrase, so a stored phrase reads back as its code", () => {
    const sample = MATCH_REASON_CODES.filter((c) => c !== "other").map((code): MatchReason => (code.endsWith("_apart") ? { code, params: { count: 1 } } : { code }));
    const texts = sample.map(matchReasonText);
    expect(new Set(texts).size).toBe(texts.length);
    const back = matchReasonsFromText(texts);
    // Only a conflict's count is not in its phrase; conflicts are never stored (the queues keep same/possible pairs).
    expect(back.filter((r) => r.code !== "other")).toEqual(sample.filter((r) => r.code !== "birth_years_differ"));
    expect(back.find((r) => r.code === "other")).toEqual({ code: "other", params: { text: "birth years differ" } });
    expect(matchReasonsFromText(["something new"])).toEqual([{ code: "other", params: { text: "something new" } }]);
    for (const r of back) expect(zMatchReason.parse(r)).toEqual(r);
  });
});

describe("ingest rejection codes", () => {
  it("each has its English phrase", () => {
    for (const code of INGEST_REJECTION_CODES) expect(ingestRejectionText({ code, params: { detail: "x" } })).toMatch(/\w/);
    expect(ingestRejectionText({ code: "feed_malformed", params: { detail: "unclosed tag" } })).toBe("feed is not well-formed XML (unclosed tag)");
  });
});
