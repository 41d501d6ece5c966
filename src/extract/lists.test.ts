import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.

beforeAll(async () => {
  await initExtractor();
});

const found = (text: string, lang: "en" | "ru", published = "2024-06-10"): string[] =>
  extractDocument({ text, lang, published }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}${i.date ? `@${i.date}` : ""}${i.place ? `#${i.place}` : ""}`).sort();

describe("a list of people one per line, after a line ending in a colon", () => {
  it("takes up a counted group reported sentences before, of the kind its participle names", () => {
    const text = [
      "Judge Nona Testadze has sentenced 3 participants in the rallies to two years in prison.",
      "",
      "The defence said it would appeal. The defendants spoke before the verdict.",
      "",
      "Those sentenced are:",
      "",
      "● Dato Samplishvili",
      "",
      "● Nika Demoshvili",
      "",
      "● Levan Fictauri",
      "",
      "The court also ordered them to pay costs.",
    ].join("\n");
    expect(found(text, "en")).toEqual(["sentence:Dato Samplishvili", "sentence:Levan Fictauri", "sentence:Nika Demoshvili"]);
  });

  it("names the people of a report made in the colon's own line, with trailing commas and notes", () => {
    const text = [
      "The ministry said the following journalists were brought to the City Police Department on June 6:",
      "",
      "Aynura Testova,",
      "Rauf Samplov,",
      "Qodir Fictumar (independent journalist)",
      "",
      "Their lawyers were not admitted.",
    ].join("\n");
    expect(found(text, "en")).toEqual(["detention:Aynura Testova@2024-06-06", "detention:Qodir Fictumar@2024-06-06", "detention:Rauf Samplov@2024-06-06"]);
  });

  it("'The names of the activists are:' takes every kind of the group, never a country as the place", () => {
    const text = "At least 3 activists have been deported from Kazakhstan in 2023.\n\nThe names of the activists are:\n\nFarhod Testov,\n\nDilshod Samplov.\n\nAll of them had criticised the government.";
    expect(found(text, "en")).toEqual(["deportation:Dilshod Samplov@2023-01-01", "deportation:Farhod Testov@2023-01-01"]);
  });

  it("stops at the first line that is not a name, and ignores a list after an unrelated colon", () => {
    const text = "Police detained 2 activists on June 3. Those detained are:\nAset Testov\nthe statement was signed by lawyers\nMarat Samplov";
    expect(found(text, "en")).toEqual(["detention:Aset Testov@2024-06-03"]);
    expect(found("The statement was signed by:\nAset Testov\nMarat Samplov", "en")).toEqual([]);
  });
});

describe("given names of the wider region", () => {
  it.each([
    ["Tajik", "Ahmadi Fictimov's colleague said Ahmadi Ibrahim was charged with extortion.", "charge:Ahmadi Ibrahim"],
    ["Georgian", "Police detained Giorgi Fictadze outside parliament.", "detention:Giorgi Fictadze"],
    ["Armenian", "Investigators arrested Taron Samplian on Thursday.", "detention:Taron Samplian@2024-06-06"],
    ["Azerbaijani", "A court fined Aytaj Testli for the post.", "fine:Aytaj Testli"],
  ])("%s", (_, text, expected) => {
    expect(found(text, "en")).toContain(expected);
  });
});

describe("phrasings of court reports", () => {
  it.each([
    ["a court's order to hold someone for months is a remand", "On March 9, a district court ordered journalist Rauf Testli to be detained for 4 months.", ["criminal_arrest:Rauf Testli@2024-03-09"]],
    ["an upheld conviction is the appeal decided, not a new sentence", "An appeal court upheld the conviction of activists Aigerim Testova and Kalas Samplov.", ["appeal:Aigerim Testova", "appeal:Kalas Samplov"]],
    ["an alias is the same person", "Adilet Testbek, known on social media as Alibek Samplai, was sentenced to five years in prison in November 2022.", ["sentence:Adilet Testbek@2022-11-01"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "en")).toEqual(expected);
  });
});

describe("Russian court reports", () => {
  it.each([
    ["a masculine past tense ends an official's noun phrase", "Судья оштрафовал Анатолия Тестова на 3 базовые величины.", ["fine:Анатолий Тестов"]],
    ["an adjective before its noun is no surname", "Суд приговорил правозащитника, лауреата Нобелевской премии мира Алеся Тестицкого к 10 годам колонии.", ["sentence:Алесь Тестицкий"]],
    ["a fine given to a person named before", "Суд приговорил Алеся Тестицкого к 10 годам колонии. Суд также назначил Тестицкому штраф в размере 185 тыс. рублей.", ["fine:Алесь Тестицкий", "sentence:Алесь Тестицкий"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "ru")).toEqual(expected);
  });
});

describe("groups and the people named in them (English)", () => {
  it.each([
    ["'including' past titles and commas", "Police detained dozens of protesters, including the director of the newspaper Kala, Mzia Testeli, and its cameraman, Guram Samplidze.", ["detention:Guram Samplidze", "detention:Mzia Testeli"]],
    ["'Among them was …' after a counted report", "On January 14, the city court imposed administrative imprisonment on 8 detainees for 5 to 12 days. Among them was the activist Temur Testadze.", ["administrative_arrest:Temur Testadze@2024-01-14"]],
    ["a hometown between the names and a long relative clause", "Jonibek Testiev and Davlat Samplov from Khorugh, who had posted video statements after the protests in the city and had recently been detained in Moscow, were deported to Tajikistan.", ["deportation:Davlat Samplov", "deportation:Jonibek Testiev", "detention:Davlat Samplov#Moscow", "detention:Jonibek Testiev#Moscow"]],
    ["the person a group belongs to is not one of its members", "Marat Testov was detained on Sunday. The police detained three associates of Testov - Aliya Samplova, Kira Demova and Georgy Fictov - for their posts.", ["detention:Aliya Samplova", "detention:Georgy Fictov", "detention:Kira Demova", "detention:Marat Testov@2024-06-09"]],
    ["'sentenced to pre-trial detention' is a remand", "Two people, Giorgi Testaia and Akaki Samplava, were charged with damaging a car and later sentenced to pre-trial detention.", ["charge:Akaki Samplava", "charge:Giorgi Testaia", "criminal_arrest:Akaki Samplava", "criminal_arrest:Giorgi Testaia"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "en")).toEqual(expected);
  });
});

describe("Russian phrasings of searches, cases and releases", () => {
  it.each([
    ["a home searched after an office, past a domain name", "Силовики пришли с обысками в редакцию издания Testa.kz и квартиру его главного редактора Гульнары Тестовой.", ["search:Гульнара Тестова"]],
    ["a criminal case 'в отношении' in any case", "К вечеру стало известно об уголовном деле в отношении сопредседателя организации Олега Тестова.", ["charge:Олег Тестов"]],
    ["out of the investigators' building", "Около 23:30 Ян Тестинский вышел из СК.", ["release:Ян Тестинский"]],
  ])("%s", (_, text, expected) => {
    expect(found(text, "ru")).toEqual(expected);
  });
});

it("an office searched before a comma gives no one a search", () => {
  const got = found("Марата Тестова задержали после обыска в офисе редакции, а Эльмира Самплова – у него дома.", "ru");
  expect(got.filter((x) => x.startsWith("search"))).toEqual([]);
  expect(got).toContain("detention:Марат Тестов");
});

describe("names with initials", () => {
  it.each([
    ["English, initial after the surname", "April 1, Astana, police confirmed that journalist Testbekov D. has been arrested in a criminal case.", "en", ["criminal_arrest:Testbekov D.@2024-04-01#Astana"]],
    ["English, initial before", "Police detained A. Testova in Aktobe.", "en", ["detention:A. Testova#Aktobe"]],
    ["Russian, two initials before, declined", "Журналистку А. Б. Тестову задержали в Актобе.", "ru", ["detention:А. Б. Тестова#Актобе"]],
    ["Russian, initial after", "Суд оштрафовал Тестовича В. на 8 базовых величин.", "ru", ["fine:Тестович В."]],
  ])("%s", (_, text, lang, expected) => {
    expect(found(text, lang as "en" | "ru")).toEqual(expected);
  });
});

describe("verdict list lines", () => {
  it("a term after a dash is the sentence of the name before it", () => {
    const text = "Суд вынес приговор.\n  • вице-президент FIDH (Международной федерации) Валентин Тестович – 9 лет колонии в условиях усиленного режима;\n  • юрист Владимир Самплович – 7 лет колонии;";
    expect(found(text, "ru")).toEqual(["sentence:Валентин Тестович", "sentence:Владимир Самплович"]);
    expect(found("The court handed down its verdict.\n• lawyer Uladzimir Samplovich – 7 years in prison.", "en")).toEqual(["sentence:Uladzimir Samplovich"]);
  });

  it("a term with no dash before it may be one requested, not given", () => {
    expect(found("Прокурор запросил для Марата Тестова 9 лет колонии.", "ru")).toEqual([]);
  });
});

describe("names written in capitals", () => {
  it.each([
    ["a full name in capitals", "KHOLOV ZULFIQAHOR BOYMAHMADOVICH, born in 1983, was detained yesterday in Moscow.", "en", ["detention:KHOLOV ZULFIQAHOR BOYMAHMADOVICH@2024-06-09#Moscow"]],
    ["a surname in capitals before the given name", "Задержан ТЕСТОВ Марат Ильясович, 1983 года рождения.", "ru", ["detention:ТЕСТОВ Марат Ильясович"]],
    ["acronyms are no names", "The OSCE ODIHR criticised the detention of Marat Testov.", "en", ["detention:Marat Testov"]],
    ["a headline in capitals names no one", "СРОЧНО: ЗАДЕРЖАН МАРАТ ТЕСТОВ", "ru", []],
  ])("%s", (_, text, lang, expected) => {
    expect(found(text, lang as "en" | "ru")).toEqual(expected);
  });
});

describe("a list introduced by the group", () => {
  it.each([
    ["Russian, past kin and party titles", "ru", "Среди задержанных также – бывший журналист Васил Тестов-Чиковани и его супруга Маико Тестерия, член партии «Федералисты» Тенго Самплидзе и другие.", ["detention:Васил Тестов-Чиковани", "detention:Маико Тестерия", "detention:Тенго Самплидзе"]],
    ["English", "en", "Among those detained were reporter Aset Testov, his wife Dana Testova and lawyer Marat Samplov.", ["detention:Aset Testov", "detention:Dana Testova", "detention:Marat Samplov"]],
    ["a country in the list is no person", "ru", "Среди задержанных есть и журналисты – Павел Тестов, а также оператор съемочной группы из Германии.", ["detention:Павел Тестов"]],
  ])("%s", (_, lang, text, expected) => {
    expect(found(text, lang as "en" | "ru")).toEqual(expected);
  });
});

it("a deportation centre is custody, not a deportation", () => {
  expect(found("Марата Тестова задержали. Затем его направили в депортационный центр.", "ru")).toEqual(["detention:Марат Тестов"]);
  expect(found("Vepa Testov was released from a deportation center after five months.", "en")).toEqual(["release:Vepa Testov"]);
  expect(found("Его депортировали в Туркменистан. Марата Тестова депортировали в Туркменистан.", "ru")).toEqual(["deportation:Марат Тестов"]);
});

it("denying the charges reports no charging", () => {
  expect(found("Марата Тестова приговорили к пяти годам. Сам Тестов отвергает предъявленные обвинения.", "ru")).toEqual(["sentence:Марат Тестов"]);
  expect(found("Marat Testov was sentenced to five years. Testov denied the charges against him.", "en")).toEqual(["sentence:Marat Testov"]);
  expect(found("Marat Testov was charged with fraud on Monday.", "en")).toEqual(["charge:Marat Testov@2024-06-10"]);
});

it("a charge against a group named in a list after it", () => {
  const text = "The police has accused the following individuals of violating the law:\n- Gela Testishvili – Journalist\n- Nino Sampladze – Musician\nThe hearing is on Monday.";
  expect(found(text, "en")).toEqual(["charge:Gela Testishvili", "charge:Nino Sampladze"]);
});

it("a Russian list keeps its case past a name the endings cannot place", () => {
  const got = found("Силовики задержали Джумасапара Тестаева, Энеджана Салыхову, Халназара Фиктипова и Гадама Самплназарова.", "ru");
  expect(got).toContain("detention:Халназар Фиктипов");
  expect(got).toContain("detention:Гадам Самплназаров");
});

it("days of arrest in the dative, and a Georgian surname in '-ая'", () => {
  expect(found("Тбилисский городской суд приговорил журналиста Вахо Тестая к шести суткам административного ареста.", "ru")).toEqual(["administrative_arrest:Вахо Тестая#Тбилиси"]);
  expect(found("Журналистка «Новая Газета» Анна Тестова задержана.", "ru")).toEqual(["detention:Анна Тестова"]);
});

it("'as were' and an adverb before the participle", () => {
  expect(found("She said that Ruslan Testov was brutally detained, as were party members Gulnara Samplova, Elchin Fictov, and Matanat Demova.", "en")).toEqual([
    "detention:Elchin Fictov", "detention:Gulnara Samplova", "detention:Matanat Demova", "detention:Ruslan Testov",
  ]);
});

it("a counted subject whose members are named before the verb", () => {
  expect(found("It became known that 15 political prisoners, including Yauhen Testau, Dzmitry Samplin and Ihar Fictau, had completed their sentences and had been released.", "en")).toEqual([
    "release:Dzmitry Samplin", "release:Ihar Fictau", "release:Yauhen Testau",
  ]);
});

it("a Russian list with maiden names or real names in brackets stays one list", () => {
  expect(found("В декабре по делу были задержаны журналисты Рамин Тестов (Самплзаде), Айнур Фиктова (Демова), Натиг Джавадлы и Айсель Умудова.", "ru")).toEqual([
    "detention:Айнур Фиктова@2023-12-01", "detention:Айсель Умудова@2023-12-01", "detention:Натиг Джавадлы@2023-12-01", "detention:Рамин Тестов@2023-12-01",
  ]);
});

describe("a group's pronoun and an administrative article", () => {
  it("'им' after a group is the group", () => {
    expect(found("По делу были задержаны журналисты Рамин Тестов и Айсель Умудова. В полиции им были предъявлены обвинения по статье 206 УК.", "ru")).toEqual([
      "charge:Айсель Умудова", "charge:Рамин Тестов", "detention:Айсель Умудова", "detention:Рамин Тестов",
    ]);
  });

  it("the article behind days of administrative arrest is no charge of its own", () => {
    expect(found("Суд арестовал Айгерим Тестову и Бекена Самплова на 15 суток. Им вменили нарушение порядка проведения собраний (статья 488 КоАП).", "ru")).toEqual([
      "administrative_arrest:Айгерим Тестова", "administrative_arrest:Бекен Самплов",
    ]);
  });
});

it("Russian gapped clauses without a verb of their own", () => {
  expect(found("В феврале были арестованы редактор Шамшад Тестага, а позже журналисты Фатима Самплы и Нурлан Фиктанлы.", "ru").map((x) => x.split("@")[0])).toEqual([
    "criminal_arrest:Нурлан Фиктанлы", "criminal_arrest:Фатима Самплы", "criminal_arrest:Шамшад Тестага",
  ]);
  expect(found("В марте была арестована журналистка Ульвия Тестали (Самплиева), в августе — фотокорреспондент Ахмед Самплар.", "ru")).toEqual([
    "criminal_arrest:Ахмед Самплар@2023-08-01", "criminal_arrest:Ульвия Тестали@2024-03-01",
  ]);
  expect(found("Был задержан Марат Тестов, в понедельник сообщила Айгуль Самплова.", "ru")).not.toContain("detention:Айгуль Самплова");
});

it("an English surname alone as the subject of a verb, never a town after a preposition", () => {
  expect(found("Testovich received a 19-year prison term, while Samplovich was sentenced to 18 years.", "en")).toEqual(["sentence:Samplovich", "sentence:Testovich"]);
  expect(found("Police in Pskov detained two activists on Monday.", "en")).toEqual([]);
});

describe("a counted report named by the sentence after it (English)", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2022-01-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}${i.date ? `@${i.date}` : ""}`).sort();
  it.each([
    ["a sentence opening with exactly as many names as were counted",
      "In October 2021, police detained four activists at the request of a neighbouring state. Aset Testov, Dana Demova, Marat Samplov and Olzhas Kuanov all stand accused of undermining the constitutional order.",
      ["charge:Aset Testov", "charge:Dana Demova", "charge:Marat Samplov", "charge:Olzhas Kuanov", "detention:Aset Testov@2021-10-01", "detention:Dana Demova@2021-10-01", "detention:Marat Samplov@2021-10-01", "detention:Olzhas Kuanov@2021-10-01"]],
    ["another number of names is not the group",
      "In October 2021, police detained four activists. Aset Testov and Dana Demova wrote about the case.",
      []],
    ["X, father of Y, is X",
      "The group says Aset Testov, father of Marat Testov, a member of the movement living abroad, was detained in Moscow.",
      ["detention:Aset Testov"]],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("names the lexicon does not know inside a list of names (English)", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2022-01-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["unknown two-word names after listed names, to the final and",
      "Aset Testov was detained, as were party members Dana Demova, Zorbek Quillan, Marat Samplov, and Ferhan Oltu.",
      ["detention:Aset Testov", "detention:Dana Demova", "detention:Ferhan Oltu", "detention:Marat Samplov", "detention:Zorbek Quillan"]],
    ["a joined list whose tail, with outlets in brackets, runs to the end of the sentence",
      "Police detained reporters Aset Testov, Dana Demova, as well as freelance journalist Marat Samplov, Aliya Nurova (Testov Media), Olzhas Kuanov (TASS).",
      ["detention:Aliya Nurova", "detention:Aset Testov", "detention:Dana Demova", "detention:Marat Samplov", "detention:Olzhas Kuanov"]],
    ["names joined by commas alone before a verb are still no list",
      "The sentences for Aset Testov, Dana Demova, the group's director, said, were unjust.",
      []],
  ])("%s", (_name, text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe("one count, one group (English)", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2022-01-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it("a list under 'Those sentenced are:' also takes the charge of the group with the same count", () => {
    const text = "Judge Dana Samplova has sentenced 11 participants in the rallies to two years in prison.\n\nProsecutors had charged all 11 detainees under Article 225 of the criminal code.\n\nThose sentenced are:\n\n● Aset Testov\n\n● Dana Demova\n";
    expect(found(text)).toEqual(["charge:Aset Testov", "charge:Dana Demova", "sentence:Aset Testov", "sentence:Dana Demova"]);
  });
  it("a group of another count keeps its report", () => {
    const text = "Judge Dana Samplova has sentenced 11 participants in the rallies to two years in prison.\n\nProsecutors had charged 12 others under Article 225 of the criminal code.\n\nThose sentenced are:\n\n● Aset Testov\n\n● Dana Demova\n";
    expect(found(text)).toEqual(["sentence:Aset Testov", "sentence:Dana Demova"]);
  });
});

describe("a counted group whose members are named in the sentences after it (English)", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-03-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}${i.date ? `@${i.date}` : ""}`).sort();
  it("names spread over two sentences, exactly as many as counted, get the group's custody", () => {
    const text = [
      "A city court on Monday ruled to keep five protesters in pretrial detention for two more months.",
      "Among them is the activist Aset Testov, who, along with Berik Demov, is accused of organising the clashes.",
      "Three others - Dana Samplova, Nurlan Fictov and Erlan Ospantest - are accused of taking part in them.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Dana Samplova", "Nurlan Fictov", "Erlan Ospantest"]) expect(got).toContain(`criminal_arrest:${name}@2025-03-10`);
  });
  it("a verdict on 'eight men' goes to the eight named after it, and a later report on the same count too", () => {
    const text = [
      "The city court on March 4 sentenced four men to two years in prison.",
      "Judge Tamar Testadze announced that Aset Testov, 20, and Berik Demov, 54, would each serve two and a half years, while Nurlan Fictov, 21, and Erlan Ospantest, 19, were sentenced to two years.",
      "Prosecutors had charged all four under Article 225.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Nurlan Fictov", "Erlan Ospantest"]) {
      expect(got).toContain(`sentence:${name}@2025-03-04`);
      expect(got).toContain(`charge:${name}`);
    }
    expect(got.some((x) => x.includes("Testadze"))).toBe(false);
  });
  it("'the four men' takes up the four people named just before it, past the leader of their party", () => {
    const text = [
      "A court on Tuesday allowed investigators to keep four opposition politicians in pretrial detention.",
      "Police also detained scores of people at the rally.",
      "Three of them -- Aset Testov, Berik Demov and Nurlan Fictov -- are members of the Testovka party headed by Timur Samplov.",
      "The fourth, Erlan Ospantest, is a former candidate.",
      "Investigators charged the four men with organising mass disturbances.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Nurlan Fictov", "Erlan Ospantest"]) {
      expect(got).toContain(`criminal_arrest:${name}@2025-03-04`);
      expect(got).toContain(`charge:${name}`);
    }
    expect(got.some((x) => x.includes("Samplov"))).toBe(false);
  });
  it("a quoted statement between the count and the names does not close the group", () => {
    const text = [
      "The union calls for the release of three reporters who were sentenced to prison terms in May.",
      "“These sentences are a disgrace.",
      "They punish reporting.",
      "The authorities must release these journalists,” the union said.",
      "The three reporters worked for the same site.",
      "Aset Testov and Berik Demov covered the courts, and Dana Samplova covered housing.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Dana Samplova"]) expect(got).toContain(`sentence:${name}`);
  });
  it("one name too many, or the names too far from the count, name no one", () => {
    const over = [
      "Police detained three journalists on Friday.",
      "Aset Testov and Berik Demov were covering the protest with Dana Samplova and Nurlan Fictov.",
    ].join("\n");
    expect(found(over)).toEqual([]);
    const far = [
      "Police detained three journalists on Friday.",
      "The union condemned the raid.",
      "The ministry declined to comment.",
      "Officials gave no reason.",
      "Aset Testov, Berik Demov and Dana Samplova worked for the same newspaper.",
    ].join("\n");
    expect(found(far)).toEqual([]);
  });
  it("the one who tells of the group, a byline and a lawyer are no members", () => {
    const text = [
      "By Dana Samplova",
      "Police detained three activists on Friday, the group's founder, Aset Testov, said.",
      "Berik Demov, Nurlan Fictov and Erlan Ospantest had joined the protest, said their lawyer Timur Testbek.",
    ].join("\n");
    const got = found(text);
    expect(got.filter((x) => x.startsWith("detention:")).sort()).toEqual(["detention:Berik Demov@2025-03-07", "detention:Erlan Ospantest@2025-03-07", "detention:Nurlan Fictov@2025-03-07"]);
  });
});

describe("members of a group named as such (English)", () => {
  const found = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-03-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it("'They include' after a report on an unnamed group names its people, past their titles and a note in brackets", () => {
    const text = [
      "Several of the bishop's associates, detained in the same criminal case, have also been arrested for two months.",
      "They include former deputy Aset Testov, retired colonel Berik Demov, Nurlan Fictov (assistant to Bishop Timur Samplov), activists Dana Samplova and Erlan Ospantest.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Nurlan Fictov", "Dana Samplova", "Erlan Ospantest"]) expect(got).toContain(`criminal_arrest:${name}`);
    expect(got.some((x) => x.includes("Timur"))).toBe(false);
  });
  it("'Among the seven employees detained were X and Y' gives them that detention and the reports on the seven", () => {
    const text = [
      "Seven journalists have been arrested on extortion charges, the outlet said.",
      "Police broke down the door and sealed the office during the raid.",
      "Among the seven employees forcibly detained and taken away were the outlet's director Aset Testov and editor Dana Samplova.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Dana Samplova"]) {
      expect(got).toContain(`detention:${name}`);
      expect(got).toContain(`charge:${name}`);
    }
  });
  it("the defendants listed by initials and surname are charged, and an initial finds the full name told before", () => {
    const text = [
      "The court sentenced Dauletmurat Testov, the organiser of the protest, to 16 years.",
      "On Monday the court said the defendants D. Testov, P. Samplov (deceased), S. Fictov and their lawyers filed appeals.",
    ].join("\n");
    const got = found(text);
    expect(got).toEqual(expect.arrayContaining(["charge:Dauletmurat Testov", "charge:P. Samplov", "charge:S. Fictov", "sentence:Dauletmurat Testov"]));
    expect(got.some((x) => x.includes("D. Testov"))).toBe(false);
  });
  it("a named part of a larger group of the same noun shares what the group went through", () => {
    const text = [
      "On 16 January, 11 journalists of the outlet were detained for questioning.",
      "On 30 January all 11 were transferred to the pretrial detention centre.",
      "In October the court convicted four journalists: Aset Testov was sentenced to six years in prison, Berik Demov to five years, while Dana Samplova and Aliya Fictova were sentenced to three years of probation.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Dana Samplova", "Aliya Fictova"]) {
      expect(got).toContain(`detention:${name}`);
      expect(got).toContain(`sentence:${name}`);
    }
  });
  it("a decision to uphold the detention of the counted group is each member's appeal", () => {
    const text = [
      "The union condemned a court's decision to uphold the two-month pretrial detention of three journalists.",
      "Police searched homes and detained three employees of the outlet on January 16.",
      "Aset Testov, Berik Demov and Dana Samplova will be kept in the pretrial detention centre until March 13.",
      "Half of the group were under 21 at the time of their arrest.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Dana Samplova"]) expect(got).toContain(`appeal:${name}`);
    expect(got.filter((x) => x.startsWith("criminal_arrest:")).length).toBeLessThanOrEqual(3);
  });
  it("a passive report on 'the activists' right after the counted group is the group's, active 'they' is not", () => {
    const text = [
      "A court in Almaty handed out four-year sentences on August 26 against three defendants accused of organising riots.",
      "The activists were detained days before the referendum.",
      "Aset Testov, Berik Demov and Dana Samplova had spoken out against the plant.",
    ].join("\n");
    const got = found(text);
    for (const name of ["Aset Testov", "Berik Demov", "Dana Samplova"]) {
      expect(got).toContain(`sentence:${name}`);
      expect(got).toContain(`detention:${name}`);
    }
    const active = [
      "A court on Tuesday allowed investigators to keep three opposition politicians in pretrial detention.",
      "They also detained scores of people.",
      "Aset Testov, Berik Demov and Dana Samplova are members of the party.",
    ].join("\n");
    expect(found(active).filter((x) => x.startsWith("detention:"))).toEqual([]);
  });
});

describe("a counted passive report and a dash names its people (session 7)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "en", published: "2025-04-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it("'three more people were detained — A, B and former deputy C'", () => {
    expect(people("Earlier, three more people were detained — Bekbo Tasmanov, Emilo Uzarov, and former deputy Kurma Dyikov.")).toEqual([
      "detention:Bekbo Tasmanov", "detention:Emilo Uzarov", "detention:Kurma Dyikov"]);
  });
  it("an uncounted passive before a dash names no list", () => {
    expect(people("Several people were detained — police said nothing about Bekbo Tasmanov or Emilo Uzarov.")).toEqual([]);
  });
});
