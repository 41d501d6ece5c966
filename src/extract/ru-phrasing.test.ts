import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";

// Fictional people and our own sentences, in the phrasing Russian-language rights reports use.
beforeAll(async () => {
  await initExtractor();
});

const found = (text: string, published = "2024-03-10"): string[] =>
  extractDocument({ text, lang: "ru", published }).incidents.map((i) => `${i.type}:${i.person}`).sort();

describe("Russian names in oblique cases and inside quotations", () => {
  it.each([
    ["a dative name the lexicon lacks in that form", "Утром силовики пришли с обыском к юристу Тимуру Семпловичу.", ["search:Тимур Семплович"]],
    ["a genitive surname of no known shape", "В Гомеле задержали редактора портала Игоря Тестчака.", ["detention:Игорь Тестчак"]],
    ["names inside a quotation of whole sentences", "«Утром задержали журналиста Виктора Тестова. Его увезли в отдел», — сообщили в центре.", ["detention:Виктор Тестов"]],
    ["«…» around a short outlet name is still no person", "Задержан корреспондент «Тест Ньюс» Арман Семплов.", ["detention:Арман Семплов"]],
    ["a genitive given name in -ги", "У правозащитницы Ольги Тестенко прошел обыск.", ["search:Ольга Тестенко"]],
    ["the case from a role noun past an outlet's Latin name", "Суд арестовал на два месяца руководителя платформы Test.info Тимура Семплова.", ["criminal_arrest:Тимур Семплов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("staff and heads of NGOs are not officials", () => {
  it.each([
    ["the director of a rights centre", "Силовики задержали директора правозащитного центра Тимура Тестова.", ["detention:Тимур Тестов"]],
    ["staff of a project", "Полицейские задержали сотрудника проекта Марата Семплова.", ["detention:Марат Семплов"]],
    ["an officer of the interior ministry stays an official", "Сотрудник МВД Марат Семплов сообщил, что задержан блогер Тимур Тестов.", ["detention:Тимур Тестов"]],
    ["a clause opened by 'кто' keeps to itself", "Власти должны освободить Тимура Тестова и всех, кто был задержан на акции.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
