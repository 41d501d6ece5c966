import { describe, expect, it } from "vitest";
import { findDates } from "./dates.js";

const first = (text: string, lang: "en" | "ru", anchor = "2022-01-10", base: string | null = null) => {
  const d = findDates(text, lang, anchor, base)[0];
  return d ? [d.date, d.precision, d.since] : null;
};

describe("findDates", () => {
  it.each([
    ["Police detained her on January 7.", ["2022-01-07", "day", false]],
    ["She was detained on 7 January 2021.", ["2021-01-07", "day", false]],
    ["He has not been heard from since January 6.", ["2022-01-06", "day", true]],
    ["The court ruled on Monday.", ["2022-01-10", "day", false]],
    ["Officers searched the office last Tuesday.", ["2022-01-04", "day", false]],
    ["She was detained yesterday.", ["2022-01-09", "day", false]],
    ["They were released this evening.", ["2022-01-10", "day", false]],
    ["He was arrested in January.", ["2022-01-01", "month", false]],
    ["She was attacked last March.", ["2021-03-01", "month", false]],
    ["She was detained in 2019.", ["2019-01-01", "year", false]],
    ["He was detained on December 30.", ["2021-12-30", "day", false]],
    ["It happened on the night of January 6.", ["2022-01-06", "day", false]],
  ] as const)("en: %s", (text, want) => {
    expect(first(text, "en")).toEqual(want);
  });

  it.each([
    ["Её задержали 7 января.", ["2022-01-07", "day", false]],
    ["Он погиб в ночь на 5 января.", ["2022-01-05", "day", false]],
    ["С ним нет связи с 6 января.", ["2022-01-06", "day", true]],
    ["Суд в понедельник арестовал его.", ["2022-01-10", "day", false]],
    ["Во вторник его отпустили.", ["2022-01-04", "day", false]],
    ["В прошлый вторник прошёл обыск.", ["2022-01-04", "day", false]],
    ["Его задержали вчера.", ["2022-01-09", "day", false]],
    ["Его отпустили этим вечером.", ["2022-01-10", "day", false]],
    ["Его арестовали в январе.", ["2022-01-01", "month", false]],
    ["В 2019 году её уже задерживали.", ["2019-01-01", "year", false]],
    ["Его задержали 2 июля 2022 года.", ["2022-07-02", "day", false]],
    ["Задержан 12.01.2022.", ["2022-01-12", "day", false]],
  ] as const)("ru: %s", (text, want) => {
    expect(first(text, "ru")).toEqual(want);
  });

  it("reads relative days against the date before them", () => {
    const ds = findDates("He was detained on January 6 and shown on television two days later.", "en", "2022-01-11", null);
    expect(ds.map((d) => d.date)).toEqual(["2022-01-06", "2022-01-08"]);
    expect(findDates("Его отпустили через три дня.", "ru", "2022-01-25", "2022-01-06").map((d) => d.date)).toEqual(["2022-01-09"]);
  });

  it("reads a year named relative to publication or to the last date given", () => {
    const at = (text: string, lang: "en" | "ru") => findDates(text, lang, "2025-12-12", null).map((d) => [d.date, d.precision]);
    expect(at("В декабре прошлого года его задержали, а 5 марта этого года осудили.", "ru")).toEqual([["2024-12-01", "month"], ["2025-03-05", "day"]]);
    expect(at("В 2023 году её оштрафовали, а в июне того же года отпустили.", "ru")).toEqual([["2023-01-01", "year"], ["2023-06-01", "month"]]);
    expect(at("He was detained on December 3 last year and released in June of the following year.", "en")).toEqual([["2024-12-03", "day"], ["2025-06-01", "month"]]);
    expect(at("She was fined on 4 March this year.", "en")).toEqual([["2025-03-04", "day"]]);
  });

  it("never dates anything by the day a term ends", () => {
    expect(findDates("kept in custody until March 13", "en", "2022-03-01", null)).toEqual([]);
    expect(findDates("арестовали до 13 апреля", "ru", "2022-03-01", null)).toEqual([]);
  });

  it("gives no date without an anchor for a day without a year", () => {
    expect(findDates("detained on January 7", "en", null, null)).toEqual([]);
    expect(findDates("detained yesterday", "en", null, null)).toEqual([]);
  });
});

describe("spans of days", () => {
  it.each([
    ["between February 1 and February 6", "en"],
    ["between February 1 and 6", "en"],
    ["from 1 to 6 February", "en"],
    ["on February 1–6", "en"],
    ["с 1 по 6 февраля", "ru"],
    ["5–7 января", "ru"],
  ] as const)("%s is a range", (text, lang) => {
    const ds = findDates(text, lang, "2022-03-10", null);
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.every((d) => d.range)).toBe(true);
  });

  it("keeps two dated events apart", () => {
    expect(findDates("detained on January 6 and released on January 8", "en", "2022-03-10", null).some((d) => d.range)).toBe(false);
    expect(findDates("с 6 января его нет", "ru", "2022-03-10", null)[0]?.since).toBe(true);
  });
});
