import { describe, expect, it } from "vitest";
import { findStatistics } from "./statistics.js";

describe("findStatistics", () => {
  it.each([
    ["en", "According to the ministry, about 10,000 people were detained in a week.", 10000, true],
    ["en", "At least 25 people were killed, local activists said.", 25, true],
    ["en", "The prosecutor said 1,013 criminal cases had been opened.", 1013, false],
    ["ru", "По данным МВД, задержаны около 9900 человек.", 9900, true],
    ["ru", "Во время событий погибли 225 человек.", 225, false],
    ["ru", "С начала беспорядков задержаны 4404 человека.", 4404, false],
    ["ru", "Сотрудники задержали одиннадцать сотрудников издания.", 11, false],
    // Defendants, political prisoners and human rights defenders are counted as people too.
    ["en", "The court convicted 28 defendants in the riots case.", 28, false],
    ["en", "There are now 1,412 political prisoners in the country.", 1412, false],
    ["ru", "Суд осудил 39 подсудимых по делу о беспорядках.", 39, false],
    // The main clause's passive after a qualifier set off by commas.
    ["en", "On Tuesday, 11 journalists and staff associated with the two channels, were detained by police.", 11, false],
  ] as const)("%s: %s", (lang, text, count, approximate) => {
    const [s, ...rest] = findStatistics(text, lang);
    expect(rest).toEqual([]);
    expect(s?.count).toBe(count);
    expect(s?.approximate).toBe(approximate);
  });

  it.each([
    ["en", "Two reporters were detained in Uralsk."],
    ["en", "She was sentenced to 15 days under Article 488."],
    ["en", "He has 40,000 followers on Instagram."],
    ["ru", "Ему грозит до 15 суток ареста."],
    ["en", "The group interviewed 12 people, some of them detained earlier."],
  ] as const)("no aggregate in %s: %s", (lang, text) => {
    expect(findStatistics(text, lang)).toEqual([]);
  });
});
