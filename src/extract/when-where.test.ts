import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.

beforeAll(async () => {
  await initExtractor();
});

/** "type:person@date#place" for each incident, sorted (fictional people, our own sentences). */
const found = (text: string, lang: "en" | "ru", published = "2022-03-10"): string[] =>
  extractDocument({ text, lang, published }, { learned: false })
    .incidents.map((i) => `${i.type}:${i.person}@${i.date ?? "-"}#${i.place ?? "-"}`)
    .sort();

describe("when: the day each incident happened", () => {
  it.each([
    ["a span of days dates nothing (en)", "en", "In hearings between February 1 and February 6, a court rejected the appeals of blogger Aset Testov.", ["appeal:Aset Testov@-#-"]],
    ["a span of days dates nothing (ru)", "ru", "С 1 по 6 февраля суд отклонил апелляцию блогера Асета Тестова.", ["appeal:Асет Тестов@-#-"]],
    ["a report verb after the date dates the report (en)", "en", "On March 3, the outlet reported that blogger Aset Testov had been detained.", ["detention:Aset Testov@-#-"]],
    ["told an outlet on a date", "en", "His lawyer told RFE/RL on March 3 that Aset Testov had been charged.", ["charge:Aset Testov@-#-"]],
    ["a report verb after the date dates the report (ru)", "ru", "3 марта издание сообщило, что блогера Асета Тестова задержали.", ["detention:Асет Тестов@-#-"]],
    ["a date before the trigger with no report between still dates it", "en", "On March 3, police detained blogger Aset Testov, the outlet reported.", ["detention:Aset Testov@2022-03-03#-"]],
    ["a date opening a coordinated clause dates that clause (en)", "en", "Blogger Aset Testov was arrested, and on March 3, journalist Dana Demova was arrested.", ["detention:Aset Testov@-#-", "detention:Dana Demova@2022-03-03#-"]],
    ["a date opening a coordinated clause dates that clause (ru)", "ru", "Блогера Асета Тестова задержали 5 марта, а 8 марта отпустили.", ["detention:Асет Тестов@2022-03-05#-", "release:Асет Тестов@2022-03-08#-"]],
    ["a gapped clause keeps its own date", "ru", "5 марта был задержан блогер Асет Тестов, а 8 марта — журналистка Дана Демова.", ["detention:Асет Тестов@2022-03-05#-", "detention:Дана Демова@2022-03-08#-"]],
    ["a length of time is no relative date", "en", "Blogger Aset Testov was detained on March 3. A court jailed him for up to 10 days after a short hearing.", ["administrative_arrest:Aset Testov@-#-", "detention:Aset Testov@2022-03-03#-"]],
    ["hard-wrapped lines do not end an unnamed report's wait", "ru", "Сегодня, 7 марта, задержаны трое активистов.\nАктивисты движения\nпланировали провести\nакцию у здания\nакимата.\nОднако полицейские задержали всех участников: Асета Тестова, Марата Демова и Бекзата Самплова.", ["detention:Асет Тестов@2022-03-07#-", "detention:Бекзат Самплов@2022-03-07#-", "detention:Марат Демов@2022-03-07#-"]],
  ] as const)("%s", (_name, lang, text, want) => {
    expect(found(text, lang)).toEqual(want);
  });
});

describe("where: the town each incident happened in", () => {
  it.each([
    ["the town before the first verb is the scene of all it reports", "en", "A court in Aktobe sentenced blogger Aset Testov to 10 days of administrative arrest and handed a 7-day jail term to his colleague Marat Demov.", ["administrative_arrest:Aset Testov@-#Aktobe", "administrative_arrest:Marat Demov@-#Aktobe"]],
    ["a town in a topic is no scene", "en", "Blogger Aset Testov, known for his videos about corruption in Aktobe, says police detained him.", ["detention:Aset Testov@-#-"]],
    ["a release is not tied to the court's town", "en", "A court in Aktobe remanded Aset Testov for two months, while Marat Demov was released on bail.", ["criminal_arrest:Aset Testov@-#Aktobe", "release:Marat Demov@-#-"]],
    ["an earlier event in a relative clause is not tied to the court's town", "en", "A court in Aktobe sentenced blogger Aset Testov, who had been detained while covering a protest, to 10 days of administrative arrest.", ["administrative_arrest:Aset Testov@-#Aktobe", "detention:Aset Testov@-#-"]],
    ["two towns: no one scene", "en", "Blogger Aset Testov and activist Marat Demov were detained in Aktobe and Atyrau.", ["detention:Aset Testov@-#-", "detention:Marat Demov@-#-"]],
    ["a town qualifying a post is no scene", "en", "Police detained Aset Testov, a former Aktobe municipal deputy, on Monday.", ["detention:Aset Testov@2022-03-07#-"]],
    ["a town's possessive is the state, its court is a scene", "en", "Aset Testov was detained after protesting against Aktobe's new tax. Aktobe's city court sentenced Marat Demov to five years in prison.", ["detention:Aset Testov@-#-", "sentence:Marat Demov@-#Aktobe"]],
    ["a dateline is where the report was filed", "en", "AKTOBE, Kazakhstan -- Blogger Aset Testov has been jailed for 10 days.", ["administrative_arrest:Aset Testov@-#-"]],
    ["a town's adjective before a court", "ru", "Алматинский городской суд приговорил блогера Асета Тестова к пяти годам лишения свободы.", ["sentence:Асет Тестов@-#Алматы"]],
    ["a town's adjective before an airport", "ru", "Журналистку Дану Демову задержали в минском аэропорту.", ["detention:Дана Демова@-#Минск"]],
    ["the town opening a Russian sentence", "ru", "В Актобе полицейские задержали блогера Асета Тестова и провели обыск в его квартире.", ["detention:Асет Тестов@-#Актобе", "search:Асет Тестов@-#Актобе"]],
  ] as const)("%s", (_name, lang, text, want) => {
    expect(found(text, lang)).toEqual(want);
  });
});
