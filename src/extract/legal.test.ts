import { describe, expect, it } from "vitest";
import { readLegal } from "./legal.js";

describe("readLegal", () => {
  it.each([
    ["en", "sentenced her to 15 days of administrative arrest under Article 488 of the Code of Administrative Offences", "administrative_arrest", 15, "days", ["CAO 488"]],
    ["en", "sentenced him to five years in prison", "imprisonment", 5, "years", []],
    ["en", "received suspended sentences of two years each", "suspended", 2, "years", []],
    ["en", "charged under Article 272 of the Criminal Code", null, null, null, ["CC 272"]],
    ["ru", "арестовал на 10 суток по статье 488 КоАП", "administrative_arrest", 10, "days", ["CAO 488"]],
    ["ru", "приговорил к пяти годам лишения свободы", "imprisonment", 5, "years", []],
    ["ru", "получили по два года условно", "suspended", 2, "years", []],
    ["ru", "обвинение по статье 274 УК", null, null, null, ["CC 274"]],
  ] as const)("%s: %s", (lang, text, kind, length, unit, articles) => {
    const l = readLegal(text, lang);
    expect(l.sentence?.kind ?? null).toBe(kind);
    expect(l.sentence?.length ?? null).toBe(length);
    expect(l.sentence?.unit ?? null).toBe(unit);
    expect(l.articles).toEqual(articles);
  });

  it.each([
    ["en", "a court fined blogger X 100 MCI", 100, "MCI"],
    ["ru", "оштрафовал блогера на 100 МРП", 100, "MCI"],
    ["ru", "штраф в размере 50 000 тенге", 50000, "KZT"],
  ] as const)("fine: %s", (lang, text, amount, currency) => {
    const s = readLegal(text, lang).sentence;
    expect(s?.kind).toBe("fine");
    expect(s?.currency).toBe(currency);
    expect(s?.amount).toBe(amount);
  });
});
