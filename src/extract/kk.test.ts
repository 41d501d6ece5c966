import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.
import { kazakhNominative } from "./kk.js";

beforeAll(async () => {
  await initExtractor();
});

describe("kazakhNominative", () => {
  it.each([
    ["Тестовты", "Тестов"],
    ["Тестованың", "Тестова"],
    ["Тестоваға", "Тестова"],
    ["Тестұлына", "Тестұлы"],
    ["Тестқызын", "Тестқызы"],
    ["Ерланды", "Ерлан"],
    ["Тестов", "Тестов"],
    ["Тестова", "Тестова"],
    ["Алматыда", "Алматыда"],
  ])("%s → %s", (word, want) => {
    expect(kazakhNominative(word)).toBe(want);
  });
});

describe("Kazakh-language reports", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "kk", published: "2022-01-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}${i.date ? `@${i.date}` : ""}`).sort();

  it.each([
    ["detained, with a Kazakh date", "5 қаңтарда журналист Асет Тестұлы ұсталды.", ["detention:Асет Тестұлы@2022-01-05"]],
    ["days of arrest", "Сот белсенді Айгүл Тестованы 10 тәулікке қамауға алды.", ["administrative_arrest:Айгүл Тестова"]],
    ["a fine", "Белсенді Ерлан Тестовке айыппұл салынды.", ["fine:Ерлан Тестов"]],
    ["a search", "Полиция блогер Дана Демованың үйінде тінту жүргізді.", ["search:Дана Демова"]],
    ["sentenced", "Журналист Марат Тестов бес жылға сотталды.", ["sentence:Марат Тестов"]],
  ] as const)("%s", (_name, text, want) => {
    expect(found(text)).toEqual([...want].sort());
  });
});
