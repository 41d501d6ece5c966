import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.
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

describe("legal-process phrasings (fictional people, our own sentences)", () => {
  beforeAll(async () => {
    await initExtractor();
  });
  const found = (text: string, lang: "en" | "ru"): string[] =>
    extractDocument({ text, lang, published: "2024-06-01" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();

  it.each([
    ["an appeal court upholding the lower court's verdict sentencing X decides X's appeal", "en",
      "The regional Court of Appeals upheld the Riverton City Court's verdict sentencing journalist Anna Testova to two years in prison.",
      ["appeal:Anna Testova"]],
    ["'Sentences were confirmed for …, including X, Y and Z'", "en",
      "Sentences were confirmed for five media workers, including director Asan Demov, editor Bela Samplova and reporter Gulnar Testova.",
      ["appeal:Asan Demov", "appeal:Bela Samplova", "appeal:Gulnar Testova"]],
    ["a list runs on past a long aside in brackets after a name", "en",
      "Sentences were confirmed for four reporters, including economist Farid Demirov (also a correspondent for a foreign broadcaster), and reporters Dana Demova, Olga Samplina, and coordinator Aset Samplov.",
      ["appeal:Aset Samplov", "appeal:Dana Demova", "appeal:Farid Demirov", "appeal:Olga Samplina"]],
    ["the Court of Appeal denying X release decides X's complaint", "en",
      "Supporters gathered outside the Court of Appeal, which once again denied Kamran Testov release from custody.",
      ["appeal:Kamran Testov"]],
    ["'did not satisfy his complaint' is an appeal decided", "en",
      "Olzhas Samplov went on hunger strike after the regional court did not satisfy his complaint.",
      ["appeal:Olzhas Samplov"]],
    ["'detained as a suspect' is the custody and the charge", "en",
      "Reporters Nurlan Samplov and Dina Kusova were detained as suspects in the smuggling case.",
      ["charge:Dina Kusova", "charge:Nurlan Samplov", "detention:Dina Kusova", "detention:Nurlan Samplov"]],
    ["'charging her with' and 'brought … charges against'", "en",
      "Police took Olga Samplina to a police station, charging her with violating the law on rallies. Prosecutors later brought fraud charges against editor Rauf Demirov.",
      ["charge:Olga Samplina", "charge:Rauf Demirov", "detention:Olga Samplina"]],
    ["a criminal case initiated against X", "en",
      "A criminal case was initiated against blogger Petr Testin over his posts.",
      ["charge:Petr Testin"]],
    ["an arrest that ended in a prison term was the court's arrest; the term is the verdict's", "en",
      "Another reporter, Aliaksandr Testin, was arrested on 3 June 2021 and later sentenced to two years in prison.",
      ["criminal_arrest:Aliaksandr Testin", "sentence:Aliaksandr Testin"]],
    ["arrested during the rallies, then sentenced: the police's detention", "en",
      "Another activist, Saba Testadze, arrested during the rallies, was also sentenced to two years in prison.",
      ["detention:Saba Testadze", "sentence:Saba Testadze"]],
    ["a court taking X into custody, a court ordering X placed in custody", "en",
      "A city court on May 30 took Nika Testadze, one of the leaders of the opposition bloc, into custody. The next day, the court ordered Gia Samplidze to be placed in custody pending an investigation.",
      ["criminal_arrest:Gia Samplidze", "criminal_arrest:Nika Testadze"]],
    ["a border the protest was about is no border detention", "en",
      "Activist Rita Testova was detained after criticizing a draft border demarcation agreement.",
      ["detention:Rita Testova"]],
    ["detained at the border crossing stays a border detention", "en",
      "Journalist Aset Testov was detained at the border crossing on his way home.",
      ["border_detention:Aset Testov"]],
    ["'против делимитации границы' is what the picket was about", "ru",
      "Активиста Ишхана Тестяна задержали после пикета против делимитации границы.",
      ["detention:Ишхан Тестян"]],
    ["a criminal prosecution of X; the eight who had faced prosecution", "en",
      "The city prosecutor apologised for the unjustified criminal prosecution of activist Yermek Testov.",
      ["charge:Yermek Testov"]],
    ["'appealed to the authorities' is a plea, 'appealed to the Supreme Court' an appeal", "en",
      "Editor Kevin Testman appealed to the authorities to drop the case. Blogger Aset Testov appealed to the Supreme Court.",
      ["appeal:Aset Testov"]],
    ["'привлекли к ответственности' is a case brought", "ru",
      "Журналиста Майкла Тестова привлекли к ответственности за пост о войне.",
      ["charge:Майкл Тестов"]],
    ["a ministry confirming an arrest reports it; an appeals court confirming it decides an appeal", "en",
      "The Interior Ministry confirmed the arrest of journalist Aset Testov. The appeals court confirmed the arrest of journalist Dana Demova.",
      ["appeal:Dana Demova", "detention:Aset Testov"]],
    ["'оставил без изменений приговор X' is the appeal decided", "ru",
      "Областной суд оставил без изменений приговор Тимуру Тестову, бывшему депутату.",
      ["appeal:Тимур Тестов"]],
    ["a cassation complaint considered", "ru",
      "Кассационная жалоба защиты Айгуль Демовой на приговор суда первой инстанции была рассмотрена областным судом.",
      ["appeal:Айгуль Демова"]],
    ["a complaint being heard", "ru",
      "В апелляционном суде рассматривается жалоба основательницы издания Наны Самплидзе.",
      ["appeal:Нана Самплидзе"]],
    ["'находятся под арестом' is held on a court's order", "ru",
      "Блогеры Олег Тестович и Иван Демович уже находятся под арестом.",
      ["criminal_arrest:Иван Демович", "criminal_arrest:Олег Тестович"]],
    ["'содержится под стражей' after a police detention is the court's custody too", "ru",
      "Активист Марат Самплов был задержан полицией и в настоящее время содержится под стражей.",
      ["criminal_arrest:Марат Самплов", "detention:Марат Самплов"]],
    ["'провели почти год в СИЗО'", "ru",
      "Асет Тестов и Дана Демова были задержаны в сентябре и провели почти год в СИЗО.",
      ["criminal_arrest:Асет Тестов", "criminal_arrest:Дана Демова", "detention:Асет Тестов", "detention:Дана Демова"]],
    ["'находится под стражей' stays the custody the police report", "ru",
      "Иван Сафронович находится под стражей в СИЗО.",
      ["detention:Иван Сафронович"]],
  ] as const)("%s", (_name, lang, text, expected) => {
    expect(found(text, lang)).toEqual([...expected]);
  });
});
