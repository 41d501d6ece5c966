import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.
import { casesFromContext } from "./ru-names.js";

// Fictional people and our own sentences, in the phrasing Russian-language rights reports use.
beforeAll(async () => {
  await initExtractor();
});

const found = (text: string, published = "2024-03-10"): string[] =>
  extractDocument({ text, lang: "ru", published }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();

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

describe("Russian lists of people", () => {
  it.each([
    ["appositions with former posts between listed names", "Обыскам подверглись экс-депутат Тимур Тестов, экс-судья Верховного суда Дана Семплова и правозащитница Мира Демова.", ["search:Дана Семплова", "search:Мира Демова", "search:Тимур Тестов"]],
    ["a feminine role noun in the nominative sets the case", "Задержана правозащитница Мира Демова.", ["detention:Мира Демова"]],
    ["'в том числе' past unnamed categories, each name with its own title", "Задержано около 40 человек, в том числе наблюдатели и представители СМИ, как Дана Семплова из Test Watch, а также председатель Тестового комитета Тимур Тестов.", ["detention:Дана Семплова", "detention:Тимур Тестов"]],
    ["an election observer is no commentator", "Среди задержанных Тимур Тестов, наблюдатель.", ["detention:Тимур Тестов"]],
    ["'В частности' singles out members of a counted group", "Утром прошли обыски в домах пяти активистов. В частности, силовики пришли в дом поэта Тимура Тестова и журналистки Даны Семпловой.", ["search:Дана Семплова", "search:Тимур Тестов"]],
    ["'некоторых из них' is part of the group, no one in particular", "У активистов Тимура Тестова и Даны Семпловой прошли обыски. Некоторых из них позже доставили в милицию.", ["search:Дана Семплова", "search:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("Russian phrasing of custody", () => {
  it.each([
    ["taken to a named state body, the verb after it", "Также в Главное управление МВД доставили журналистку Дану Семплову и оператора проекта Тимура Тестова.", ["detention:Дана Семплова", "detention:Тимур Тестов"]],
    ["taken to the ministry, the verb first", "Блогера Тимура Тестова доставили в областное управление ГКНБ.", ["detention:Тимур Тестов"]],
    ["brought in for questioning, the verb after it", "Позже на допрос доставлен журналист издания «Тест» Тимур Тестов.", ["detention:Тимур Тестов", "interrogation:Тимур Тестов"]],
    ["a role word heading a name is no anaphor", "У активиста Марата Демова прошел обыск. На допрос доставлен журналист независимого издания «Тест» Тимур Тестов.", ["detention:Тимур Тестов", "interrogation:Тимур Тестов", "search:Марат Демов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("Russian verdicts and what the same verb covers", () => {
  it.each([
    ["gapped terms after a dash", "Суд приговорил журналистов: Тимур Тестов получил 9 лет, Дана Семплова и Мира Демова - по 8 лет, а Марат Демов – 7,5 лет.", ["sentence:Дана Семплова", "sentence:Марат Демов", "sentence:Мира Демова", "sentence:Тимур Тестов"]],
    ["'вместе с' a colleague past a dash", "Журналистку Миру Демову задержали вместе с коллегой — оператором Дарьей Семпловой.", ["detention:Дарья Семплова", "detention:Мира Демова"]],
    ["the instrumental of a name in -ья", "Мира Демова вышла на связь вместе с Марией Тестовой.", []],
    ["'срок получила' in that order", "Срок тогда получила и оператор Дана Семплова.", ["sentence:Дана Семплова"]],
    ["'приговор … вынесли' names the pair just named", "Мира Демова и Дана Семплова свою вину не признали. Приговор журналисткам вынесли 18 февраля.", ["sentence:Дана Семплова", "sentence:Мира Демова"]],
    ["'осудил продление' is condemning, not convicting", "Комитет защиты журналистов осудил продление ареста Тимуру Тестову.", []],
    ["a byline is not the person a headline's role word means", "Суд вынес приговор главному обвиняемому\n\nДана Семплова\n\n31 января 2023 года\n\nТимур Тестов приговорен к 16 годам лишения свободы.", ["sentence:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("Russian releases and searches", () => {
  it.each([
    ["'всех задержанных отпустили' covers everyone reported detained", "Всех задержанных в офисе отпустили\n\nВ офис ворвались силовики. Задержаны правозащитники Тимур Тестов и Дана Семплова.", ["detention:Дана Семплова", "detention:Тимур Тестов", "release:Дана Семплова", "release:Тимур Тестов"]],
    ["… except the one named", "Полиция задержала активистов Тимура Тестова и Дану Семплову. Позже всех задержанных, кроме Тимура Тестова, отпустили.", ["detention:Дана Семплова", "detention:Тимур Тестов", "release:Дана Семплова"]],
    ["'кроме того' is 'besides', no exception", "Кроме того, Тимур Тестов был задержан.", ["detention:Тимур Тестов"]],
    ["'всех отпустили, кроме X' with the pronoun", "Полиция задержала активистов Тимура Тестова и Дану Семплову. Позже всех отпустили, кроме Тимура Тестова.", ["detention:Дана Семплова", "detention:Тимур Тестов", "release:Дана Семплова"]],
    ["a search is an event: 'началось с обыска в доме X'", "Все началось с обыска в доме журналистки Даны Семпловой.", ["search:Дана Семплова"]],
    ["'Саму X' is no part of the name", "Мира Тестова пришла в суд. Саму Миру не задерживали, но вызвали на допрос.", ["summons:Мира Тестова"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("Russian ill-treatment, confessions and kin", () => {
  it.each([
    ["a bag over the head", "Блогера Тимура Тестова задержали, силовики надели ему на голову мешок.", ["detention:Тимур Тестов", "torture_or_ill_treatment:Тимур Тестов"]],
    ["cruel treatment", "В отделе с журналистом Тимуром Тестовым жестоко обращались.", ["torture_or_ill_treatment:Тимур Тестов"]],
    ["forced to record a confession", "Следователи принудили журналиста Тимура Тестова записать видео с признанием.", ["coerced_confession:Тимур Тестов"]],
    ["confessing in a state film", "В показанном на госканале фильме Мира Демова и ее бывший муж Тимур Тестов признали свою вину.", ["coerced_confession:Мира Демова", "coerced_confession:Тимур Тестов"]],
    ["'ее бывшего мужа X' is X himself", "Телевидение показало «признания» активистки Миры Демовой и ее бывшего мужа Тимура Тестова.", ["coerced_confession:Мира Демова", "coerced_confession:Тимур Тестов"]],
    ["'ее мужа' after 'жены X' is X", "Журналист Тимур Тестов пропал. По словам жены Тестова, Даны Семпловой, ее мужа задержали 30 мая.", ["detention:Тимур Тестов", "missing:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("Russian kinds read from the verb and its setting", () => {
  it.each([
    ["'были арестованы' is a court's arrest", "В ноябре 2020 года журналистки Мира Демова и Дана Семплова были арестованы за трансляцию.", ["criminal_arrest:Дана Семплова", "criminal_arrest:Мира Демова"]],
    ["'арестованный в январе' reports custody in passing", "Тимур Тестов, арестованный в январе, вину не признал.", ["detention:Тимур Тестов"]],
    ["'полицейские арестовали' is police custody", "Полицейские арестовали блогера Тимура Тестова у дома.", ["detention:Тимур Тестов"]],
    ["a call for an immediate release is a demand", "Мы призываем власти принять меры для немедленного освобождения Тимура Тестова.", []],
    ["killed during a detention is one killing", "Силовики убили при задержании активиста Тимура Тестова.", ["killing:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("lists of names in one case (unseen-text classes)", () => {
  it.each([
    ["a nominative-looking member in the middle of an accusative list", "Полиция задержала Тимура Тестова, Камила Семплова и Арсена Демова.", ["detention:Арсен Демов", "detention:Камил Семплов", "detention:Тимур Тестов"]],
    ["a woman's consonant name declined like a man's inside the list", "Силовики задержали Тимура Тестова, Энеджана Семплову и Арсена Демова.", ["detention:Арсен Демов", "detention:Тимур Тестов", "detention:Энеджан Семплова"]],
    ["an object-first list across kin and acquaintances", "Тренера Олега Тестова и его знакомых, Сергея Семплова и Арсена Демова, осудили на три года колонии.", ["sentence:Арсен Демов", "sentence:Олег Тестов", "sentence:Сергей Семплов"]],
    ["'Среди осуждённых —' names the people after the dash", "Закрытые процессы закончились длинными сроками. Среди осуждённых — Тимур Тестов, Дана Семплова и Арсен Демов.", ["sentence:Арсен Демов", "sentence:Дана Семплова", "sentence:Тимур Тестов"]],
    ["a known given name that cannot decline is the surname after another given name", "В марте была арестована журналистка Ульвия Али.", ["criminal_arrest:Ульвия Али"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("names after plural role nouns and run-on sentences", () => {
  it.each([
    ["a plural dative role noun before an outlet's quoted name sets the case", "Суд освободил из-под стражи бывших операторов издания «Тест» Александра Семплова и Жоомарта Тестова. Апелляция заменила бывшим операторам издания «Тест» Александру Семплову и Жоомарту Тестову срок на пробацию.", ["release:Александр Семплов", "release:Жоомарт Тестов"]],
    ["a sentence that lost the space after its full stop", "Обвинителем был Арсен Демов.Суд приговорил Тимура Тестова к трём годам колонии.", ["sentence:Тимур Тестов"]],
    ["after a closing quote too", "Об этом сообщил центр «Тест».Суд приговорил Тимура Тестова к трём годам колонии.", ["sentence:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it.each([
    ["операторам", ["dat"]],
    ["журналистам", ["dat"]],
    ["сетям", []],
    ["активистами", ["ins"]],
  ])("casesFromContext(%s)", (w, want) => {
    expect(casesFromContext(w)).toEqual(want);
  });
});

describe("custody words and institutions", () => {
  it.each([
    ["'был взят под стражу' at a protest is the police's detention", "Тимур Тестов был взят под стражу 1 августа при попытке провести митинг.", ["detention:Тимур Тестов"]],
    ["a court's remand is still a criminal arrest", "Суд взял под стражу Тимура Тестова на два месяца.", ["criminal_arrest:Тимур Тестов"]],
    ["'Власти <country>' opening a sentence is no person", "Власти Молдовы задержали его в аэропорту.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("suspects and the accused are charged", () => {
  it.each([
    ["'подозревается в'", "Вечером МВД сообщило, что блогер Тимур Тестов подозревается в распространении ложной информации.", ["charge:Тимур Тестов"]],
    ["'проходит подозреваемым по делу'", "Арсен Демов проходит подозреваемым по делу о госизмене.", ["charge:Арсен Демов"]],
    ["'с 2015 года проходит обвиняемым по делу'", "Тимур Тестов с 2015 года проходит обвиняемым по делу о беспорядках.", ["charge:Тимур Тестов"]],
    ["'Его обвиняли в' after the name", "Тимура Тестова судили в Гродно. Его обвиняли в оскорблении судьи.", ["charge:Тимур Тестов"]],
    ["'привлечена по тому же делу'", "Журналистка Дана Семплова привлечена по тому же делу, что и её коллеги.", ["charge:Дана Семплова"]],
    ["'подозревают, что' is no charge", "Родственники подозревают, что Тимура Тестова вывезли из страны.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("taken in for questioning", () => {
  it.each([
    ["'забрала на допрос' is a detention", "Полиция забрала на допрос шеф-редактора Тимура Тестова.", ["detention:Тимур Тестов"]],
    ["'увезли его на допрос' is a detention and the questioning", "Силовики пришли к блогеру Тимуру Тестову и увезли его на допрос.", ["detention:Тимур Тестов", "interrogation:Тимур Тестов"]],
    ["'на допрос доставлен'", "Позже на допрос доставлен журналист Арсен Демов.", ["detention:Арсен Демов", "interrogation:Арсен Демов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("summonses, appeal courts, days under guard, a relative before a role noun", () => {
  it.each([
    ["'вызвали в миграционную службу'", "Дану Семплову 21 октября вызвали в миграционную службу.", ["summons:Дана Семплова"]],
    ["'вызвали на следственные действия'", "Вечером Тимура Тестова вызвали на следственные действия в районный отдел.", ["summons:Тимур Тестов"]],
    ["'на допрос в … вызвали мать активиста X' is the mother's summons", "16 октября на допрос в министерство вызвали мать активиста Азата Тестова.", ["summons:мать Азата Тестова"]],
    ["an apposition 'Y – мать журналиста X' keeps X the one reported on", "Дана Семплова – мать журналиста Тимура Тестова: он был арестован в июне.", ["criminal_arrest:Тимур Тестов"]],
    ["'заключил под стражу на пять суток' is an administrative arrest", "Суд заключил активистку Дану Семплову под стражу на пять суток.", ["administrative_arrest:Дана Семплова"]],
    ["'заключил под стражу на два месяца' stays the court's remand", "Суд заключил активистку Дану Семплову под стражу на два месяца.", ["criminal_arrest:Дана Семплова"]],
    ["'апелляционная инстанция заменила' is an appeal", "Апелляционная инстанция заменила журналисту Тимуру Тестову пятилетний срок на пробацию.", ["appeal:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("the accused named with a participle", () => {
  it.each([
    ["'обвиняемого в' after the name", "Прошло два года с момента задержания журналиста Ивана Тестова, обвиняемого в госизмене.", ["charge:Иван Тестов", "detention:Иван Тестов"]],
    ["'обвиняемого по ст.' after the name", "Открылись слушания по делу Жеткербая Тестова, обвиняемого по ст.159 ч.1.", ["charge:Жеткербай Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("threatened and prevented things are no incidents", () => {
  it.each([
    ["'могут грозить пытки и жестокое обращение'", "Власти должны отказаться от экстрадиции блогера Тимура Тестова, где ему могут грозить пытки и жестокое обращение.", []],
    ["'не допустить … пыток и жестокого обращения'", "Суд должен не допустить высылки Тимура Тестова, его пыток и жестокого обращения с ним.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("who did it is not whom it was done to", () => {
  it.each([
    ["a nominative name agreeing with a transitive verb after it", "В ноябре Тимур Тестов освободил указом 63 человека.", []],
    ["a woman agreeing with the verb", "Судья Дана Семплова приговорила блогера Арсена Демова к трём годам колонии.", ["sentence:Арсен Демов"]],
    ["an accusative name before the verb is still the victim", "Тимура Тестова освободил суд.", ["release:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("trades and callings name a person", () => {
  it.each([
    ["a student with a Georgian surname in -ая", "В пятницу вечером в Тбилиси была задержана студентка Нене Тестелая.", ["detention:Нене Тестелая"]],
    ["a coach heading a list before the verb", "Тренера Олега Тестова и его знакомых, Сергея Семплова и Арсена Демова, задержали в Солигорске.", ["detention:Арсен Демов", "detention:Олег Тестов", "detention:Сергей Семплов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("Azerbaijani and Uzbek names with a patronymic particle", () => {
  it.each([
    ["surname first, 'оглу' last", "Полиция задержала Тестова Игбала Семпл оглу.", ["detention:Тестов Игбал Семпл оглу"]],
    ["'гызы' after the father's name", "Суд арестовал журналистку Севиндж Тестгыз гызы.", ["criminal_arrest:Севиндж Тестгыз гызы"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("guesses and rumours are no reports", () => {
  it.each([
    ["'предполагают, что … был задержан'", "Родственники предполагают, что Тимур Тестов был задержан по запросу властей.", []],
    ["'опасаются, что его похитили'", "Коллеги блогера Тимура Тестова опасаются, что его похитили.", []],
    ["'слухи о его задержании'", "Блогер Тимур Тестов пропал. Власти не прокомментировали слухи о его задержании.", ["missing:Тимур Тестов"]],
    ["'сообщили, что … задержан' is still a report", "Родственники сообщили, что Тимур Тестов был задержан.", ["detention:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("places and days named after people", () => {
  it.each([
    ["a district named after someone is no person", "14 мая суд района Исмоили Сомони в Душанбе приговорил бойца Рустама Тестова к семи годам.", ["sentence:Рустам Тестов"]],
    ["a street is no person", "Полиция задержала Асета Тестова на улице Абая Кунанбаева.", ["detention:Асет Тестов"]],
    ["'Среди них – X, Y, а также Z' after a counted group named as case figures, past an outlet's quoted name",
      "Уже несколько журналистов стали фигурантами уголовных дел о фейках. Среди них – экс-издатель «Тест Ньюс» Илья Тестовщик, политик Владимир Самплов-Мурза, а также корреспондент Андрей Демов.",
      ["charge:Андрей Демов", "charge:Владимир Самплов-Мурза", "charge:Илья Тестовщик"]],
    ["'оставила под стражей N участников. Под арестом останутся: X, Y, Z. Им предъявлены обвинения'",
      "Судья оставила под стражей ещё трёх участников акции. Под арестом останутся: Геннадий Тестов, Дато Самплия и Рамаз Демошвили. Им предъявлены обвинения в групповом насилии.",
      ["charge:Геннадий Тестов", "charge:Дато Самплия", "charge:Рамаз Демошвили", "criminal_arrest:Геннадий Тестов", "criminal_arrest:Дато Самплия", "criminal_arrest:Рамаз Демошвили"]],
    ["a sentence opening with as many names as a custody counted just before names its people (as in English)",
      "В Алматы задержали пятерых активистов. Им грозит арест. Асет Тестов, Дана Демова, Олжас Семплов, Алия Куанова и Марат Демов выступали против строительства станции.",
      ["detention:Алия Куанова", "detention:Асет Тестов", "detention:Дана Демова", "detention:Марат Демов", "detention:Олжас Семплов"]],
    ["a count that differs names no one",
      "В Алматы задержали шестерых активистов. Асет Тестов, Дана Демова, Олжас Семплов, Алия Куанова и Марат Демов выступали против строительства станции.",
      []],
    ["a day's name is no person", "День Воли в Гродно начался с обыска у журналиста Анджея Тестовича.", ["search:Анджей Тестович"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("groups counted, then named elsewhere in a sentence", () => {
  it.each([
    ["a term before a plural role noun is no count of people ('к 5 годам колонии журналистов X, Y и Z')",
      "Суд приговорил к 5 годам колонии журналистов Тимура Тестова, Марата Семплова и Дану Демову.",
      ["sentence:Дана Демова", "sentence:Марат Семплов", "sentence:Тимур Тестов"]],
    ["'на 15 суток активистов X, Y и Z'",
      "Суд отправил под административный арест на 15 суток активистов Асета Тестова, Олжаса Семплова и Марата Демова.",
      ["administrative_arrest:Асет Тестов", "administrative_arrest:Марат Демов", "administrative_arrest:Олжас Семплов"]],
    ["the one the report cites ('со ссылкой на') is its source, not a victim",
      "Суд арестовал на 15 суток троих активистов, пишет «Тест» со ссылкой на их соратницу Дану Демову.",
      []],
    ["a judge named after a capitalised court adjective is an official; the counted remand goes to the list of as many names after it",
      "Судья Тестовского городского суда Арсен Семплишвили заключил под стражу трёх демонстрантов. Судья рассматривал меру пресечения в отношении Гурама Тестишвили, Ники Демидзе и Зураба Семплия.",
      ["criminal_arrest:Гурам Тестишвили", "criminal_arrest:Зураб Семплия", "criminal_arrest:Ника Демидзе"]],
    ["a list inside a sentence with another count names no one",
      "Судья заключил под стражу четырёх демонстрантов. Судья рассматривал меру пресечения в отношении Гурама Тестишвили, Ники Демидзе и Зураба Семплия.",
      []],
    ["'приговорил 5 человек, в том числе X' and later a list of all five; a two-word name between listed names",
      "Суд приговорил 5 человек, в том числе актера Гурама Тестишвили, к двум годам. Обвиняемые – актер Гурам Тестишвили, а также Лука Демидзе, Джано Семплая, Реваз Тестадзе и Зураб Демишвили – не признали вину.",
      ["sentence:Гурам Тестишвили", "sentence:Джано Семплая", "sentence:Зураб Демишвили", "sentence:Лука Демидзе", "sentence:Реваз Тестадзе"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("grounds and groups of Russian custody and verdicts", () => {
  it.each([
    ["'арестованы на два месяца по обвинению в …' charges the people held",
      "Тимур Тестов и Дана Демова арестованы на два месяца по обвинению в клевете.",
      ["charge:Дана Демова", "charge:Тимур Тестов", "criminal_arrest:Дана Демова", "criminal_arrest:Тимур Тестов"]],
    ["a verdict's grounds stay no charge", "Тимур Тестов приговорен к двум годам по обвинению в клевете.", ["sentence:Тимур Тестов"]],
    ["'член правления этой партии Y': a party already named leaves Y a person",
      "Активист Тимур Тестов и член правления этой партии Овсеп Семплян арестованы на два месяца.",
      ["criminal_arrest:Овсеп Семплян", "criminal_arrest:Тимур Тестов"]],
    ["a dative counted group named after a dash ('двум местным жителям — X и Y')",
      "Суд вынес приговор двум местным жителям — Тимуру Тестову и Дане Демовой.",
      ["sentence:Дана Демова", "sentence:Тимур Тестов"]],
    ["'Их обвиняли по уголовной статье' charges the people just named",
      "Тимур Тестов и Дана Демова задержаны. Их обвиняли по уголовной статье о клевете.",
      ["charge:Дана Демова", "charge:Тимур Тестов", "detention:Дана Демова", "detention:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("counted groups named in a quoted verdict", () => {
  it.each([
    ["a day or a term is no count ('26 августа … по делу пяти активистов'); the names of a list share the oblique case of the last ones; 'Семерых из них' is not the five",
      "Дата: 26 августа 2024. 26 августа суд вынес приговор по делу пяти активистов. «Нурлана Тестова, Жаната Тестбая, Айдара Демова, Олжаса Семплова и Марата Куанова признать виновными», — зачитал судья. Семерых из них отпустили под подписку о невыезде.",
      ["sentence:Айдар Демов", "sentence:Жанат Тестбай", "sentence:Марат Куанов", "sentence:Нурлан Тестов", "sentence:Олжас Семплов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("titles between listed Russian names", () => {
  it.each([
    ["an adjective before the role and an outlet's Latin name in a title keep the list going",
      "Стало известно об обысках у орловского журналиста Тимура Тестова, администратора Telegram-канала Testov Марата Демова и московского фотографа Олжаса Семплова.",
      ["search:Марат Демов", "search:Олжас Семплов", "search:Тимур Тестов"]],
    ["a clause between names still ends the list",
      "Стало известно об обыске у журналиста Тимура Тестова, который защищал активиста Марата Демова.",
      ["search:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("searches of the people just reported", () => {
  it.each([
    ["'В их случае также прошли обыски, в ходе которых были изъяты телефоны' after a list",
      "Силовики задержали журналистку Дану Тестову и оператора Марата Демова. В их случае также прошли обыски, в ходе которых были изъяты ноутбуки и телефоны.",
      ["detention:Дана Тестова", "detention:Марат Демов", "equipment_seizure:Дана Тестова", "equipment_seizure:Марат Демов", "search:Дана Тестова", "search:Марат Демов"]],
    ["'В их домах прошли обыски'", "Полиция задержала Марата Демова и Дану Семплову. В их домах прошли обыски.",
      ["detention:Дана Семплова", "detention:Марат Демов", "search:Дана Семплова", "search:Марат Демов"]],
    ["an office is no one's home", "Полиция задержала редактора Марата Демова. В их офисе прошли обыски.", ["detention:Марат Демов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("verdict terms in brackets", () => {
  it.each([
    ["a list of names with their terms in brackets",
      "Суды вынесли пять приговоров. Среди пострадавших — правозащитник Тимур Тестов (три года), журналист Марат Демов (восемь лет) и активист Олжас Семплов (шесть лет и шесть месяцев).",
      ["sentence:Марат Демов", "sentence:Олжас Семплов", "sentence:Тимур Тестов"]],
    ["an age in brackets is no verdict", "Задержан Марат Демов (25 лет).", ["detention:Марат Демов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("couples under a plural surname in '-ей'", () => {
  it.each([
    ["'супругов Олега и Татьяну Бирулей' → Бируля", "Суд осудил супругов Олега и Татьяну Тестулей на три года.",
      ["sentence:Олег Тестуля", "sentence:Татьяна Тестуля"]],
    ["a man's surname in '-ей' alone stays", "Задержан журналист Иван Тестолей.", ["detention:Иван Тестолей"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a plural participle with its circumstances reports a detention", () => {
  it.each([
    ["'дело пяти человек, задержанных на акции' and a list of five after it",
      "Горсуд начал рассматривать дело пяти человек, задержанных на месте акций протеста. Обвиняемые – Гурам Тестишвили, Ника Демидзе, Джано Семплая, Реваз Тестадзе и Зураб Демишвили – не признали вину.",
      ["detention:Гурам Тестишвили", "detention:Джано Семплая", "detention:Зураб Демишвили", "detention:Ника Демидзе", "detention:Реваз Тестадзе"]],
    ["'адвокат задержанных' is a noun", "Адвокат задержанных Тимур Тестов сообщил о жалобе.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("names and what they were held for, after an unnamed report", () => {
  it.each([
    ["'Задержали ещё двух пикетчиков. Александра X — за пикет … . Антона Y — за пикет …'",
      "Днём у собора задержали ещё двух пикетчиков. Александра Тестова — за пикет с плакатом «Мир». Антона Семплова — за пикет с чистым листом.",
      ["detention:Александр Тестов", "detention:Антон Семплов"]],
    ["without a report before it, nothing", "Погода была хорошей. Александра Тестова — за пикет с плакатом «Мир».", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("violence where the state holds them", () => {
  it.each([
    ["'пожаловались на примененное к ним в СИЗО насилие'",
      "Журналистки Дана Тестова и Айсель Демова пожаловались на примененное к ним в СИЗО насилие.",
      ["torture_or_ill_treatment:Айсель Демова", "torture_or_ill_treatment:Дана Тестова"]],
    ["violence in prisons in general names no one", "Правозащитник Тимур Тестов рассказал о насилии в тюрьмах страны.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("the time since a custody told elsewhere", () => {
  it.each([
    ["'спустя 9 месяцев после задержания' dates nothing",
      "Тимур Тестов и Марат Демов были задержаны в сентябре 2023 года. 10 июля, спустя 9 месяцев после задержания, начался судебный процесс над активистами Тимуром Тестовым и Маратом Демовым.",
      ["detention:Марат Демов:2023-09-01", "detention:Тимур Тестов:2023-09-01"]],
  ])("%s", (_label, text, want) => {
    expect(extractDocument({ text, lang: "ru", published: "2024-07-20" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}:${i.date}`).sort()).toEqual(want);
  });
});

describe("what the detained got as a group (e2)", () => {
  it.each([
    ["'задержанным вменяют' charges everyone held",
      "Полиция задержала Ашота Тестова и Артура Семплова. Как пишет издание со ссылкой на МВД, задержанным вменяют статью о неподчинении полицейским.",
      ["charge:Артур Семплов", "charge:Ашот Тестов", "detention:Артур Семплов", "detention:Ашот Тестов"]],
    ["'в отношении задержанных составляют протоколы'",
      "В Петербурге задержали активистку Нику Тестову. В отношении задержанных составляют протоколы.",
      ["charge:Ника Тестова", "detention:Ника Тестова"]],
    ["a request to release the detained is no release",
      "Полиция задержала Ашота Тестова. Адвокаты просили отпустить задержанных.",
      ["detention:Ашот Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("the judge is not the one fined, and a case opened against someone (e2)", () => {
  it.each([
    ["'Судья X признал его нарушителем и оштрафовал' is about the defendant",
      "Полиция задержала Рината Тестова. Судья Звиад Семплов признал его нарушителем и оштрафовал на 3000 рублей.",
      ["detention:Ринат Тестов", "fine:Ринат Тестов"]],
    ["a former official the sentence is about stays the victim",
      "Полиция задержала Марата Семплова. Бывшему генпрокурору Рашиду Тестову вынесли приговор, но его освободили по амнистии.",
      ["detention:Марат Семплов", "release:Рашид Тестов", "sentence:Рашид Тестов"]],
    ["'Дело против X завели'",
      "Полиция задержала Айгуль Тестову. Дело против Тестовой завели в мае.",
      ["charge:Айгуль Тестова", "detention:Айгуль Тестова"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("house arrest that is a release (e2)", () => {
  it.each([
    ["'отпустил под домашний арест' is a release", "Суд отпустил Айгуль Тестову под домашний арест.", ["release:Айгуль Тестова"]],
    ["'поместили под домашний арест' stays", "Айгуль Тестову поместили под домашний арест.", ["house_arrest:Айгуль Тестова"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("men's given names in -а/-я declined as women's (e1)", () => {
  it.each([
    ["genitive 'Ильи'", "Возбудили уголовное дело в отношении экс-адвоката Ильи Тестова.", ["charge:Илья Тестов"]],
    ["accusative 'Илью'", "Суд арестовал блогера Илью Семплова.", ["criminal_arrest:Илья Семплов"]],
    ["genitive 'Никиты' in a list", "Задержаны активисты Никиты Тестова и Мусы Демова.", ["detention:Муса Демов", "detention:Никита Тестов"]],
    ["genitive in -жи of a known name", "Дело возбудили против блогера Фозилходжи Тестова.", ["charge:Фозилходжа Тестов"]],
    ["an unknown name in -ды stays as written", "Суд приговорил журналиста Нургельды Тестова к двум годам колонии.", ["sentence:Нургельды Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("common given names with surnames of no known shape (e1)", () => {
  it.each([
    ["'Веронику' before an undeclined surname", "В Минске задержали Веронику Баран.", ["detention:Вероника Баран"]],
    ["'Матвея' before a short surname", "Суд арестовал Матвея Коха.", ["criminal_arrest:Матвей Кох"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("names of no known shape in a victim's place (e1)", () => {
  it.each([
    ["the object right after 'задержали'", "В понедельник в городе задержали Зората Брелика.", ["detention:Зорат Брелик"]],
    ["after a passive participle opening the sentence", "Задержан Зорат Брелик.", ["detention:Зорат Брелик"]],
    ["before 'был задержан'", "Вечером Зорат Брелик был задержан у своего дома.", ["detention:Зорат Брелик"]],
    ["a headline's capitalised noun and its town is no name", "Жителя Тестограда приговорили к 11 годам колонии.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a charge asked about is not told (e2)", () => {
  it.each([
    ["'Какую статью ему вменяют, неизвестно'", "Полиция задержала Егора Тестова. Какую статью ему вменяют, неизвестно.", ["detention:Егор Тестов"]],
    ["'неизвестно, в чем именно следствие обвиняет активистов'",
      "Полиция задержала Егора Тестова. Адвокат сказала, что неизвестно, в чем именно следствие обвиняет активиста.", ["detention:Егор Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("'задержанных' before a role noun and the names (e1)", () => {
  it.each([
    ["'в защиту задержанных правозащитницы X и политика Y'",
      "Сообщество выступило в защиту задержанных правозащитницы Айгуль Тестовой и политика Марата Демова.",
      ["detention:Айгуль Тестова", "detention:Марат Демов"]],
    ["a lawyer of the detained is not one of them", "Адвокат Иван Тестов, защищающий задержанных активистов движения, заявил о давлении.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("two verbs before the names they share (e2)", () => {
  const dated = (text: string): string[] => extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}:${i.date}`).sort();
  it.each([
    ["', а на следующий день арестованы X и Y'",
      "3 мая были задержаны, а на следующий день арестованы журналист Ринат Тестов и редактор Айгуль Семплова.",
      ["criminal_arrest:Айгуль Семплова:2024-05-04", "criminal_arrest:Ринат Тестов:2024-05-04", "detention:Айгуль Семплова:2024-05-03", "detention:Ринат Тестов:2024-05-03"]],
    ["an unnamed group before the comma keeps its own people",
      "Полиция задержала двух журналистов, а на следующий день арестовала Рината Тестова.",
      ["criminal_arrest:Ринат Тестов:null"]],
  ])("%s", (_label, text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe("a town gapped after a comma (e1)", () => {
  it.each([
    ["'в Астане задержаны A и B, в Кызылорде — C'",
      "По её данным, в Астане были задержаны активисты Асет Тестов и Нуржан Демов, в Кызылорде — Марат Семплов.",
      ["detention:Асет Тестов", "detention:Марат Семплов", "detention:Нуржан Демов"]],
    ["a speaker after the dash is no one gapped", "В Москве задержали Ивана Тестова, в Казани — по словам Марата Демова, никого.", ["detention:Иван Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("defendants, the accused and suspects held are charged (GUIDELINES, settled session 7)", () => {
  it.each([
    ["'Подсудимые X, Y и Z' before a verdict", "Подсудимые Звиад Тестадзе и Васил Семплишвили были приговорены к двум годам лишения свободы.",
      ["charge:Васил Семплишвили", "charge:Звиад Тестадзе", "sentence:Васил Семплишвили", "sentence:Звиад Тестадзе"]],
    ["a defendant in apposition who speaks", "Руслан Тестли, подсудимый и член правления платформы, заявил отвод составу суда.", ["charge:Руслан Тестли"]],
    ["'обвиняемая X сообщила'", "На заседании обвиняемая Хаяля Тестова сообщила, что не признает вину.", ["charge:Хаяля Тестова"]],
    ["'фигурантом которого является X'", "Обыск связан с уголовным делом, фигурантом которого является бывший чиновник Рамиз Тестиев.", ["charge:Рамиз Тестиев"]],
    ["'по аналогичному обвинению' before the custody", "Ранее по аналогичному обвинению была арестована журналистка Антонина Тестова.", ["charge:Антонина Тестова", "criminal_arrest:Антонина Тестова"]],
    ["'задержали по подозрению в'", "Давида Тестяна задержали по подозрению в хулиганстве.", ["charge:Давид Тестян", "detention:Давид Тестян"]],
    ["the accused as a group named by no one is no charge", "Все обвиняемые не признали вину, сообщил адвокат Марат Тестов.", []],
    ["the lawyer of the accused is not charged", "Адвокат подсудимого рассказал, что Марат Тестов уехал.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a religious group's name is no person (x-fix)", () => {
  it.each([
    ["a plural noun and its genitive, after a count", "Полиция задержала двух Свидетелей Иеговы в Алматы.", []],
    ["the group's name as the object", "Суд оштрафовал Хранителей Радуги.", []],
    ["members named after the group's name", "Задержаны представители Свидетелей Иеговы Тимур Тестов и Дана Семплова.", ["detention:Дана Семплова", "detention:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("groups reported with their members named after them", () => {
  it.each([
    ["'В числе задержанных X, Y, Z'", "В числе задержанных Каро Тестян, Вардан Семплян и Арег Тестикян.",
      ["detention:Арег Тестикян", "detention:Вардан Семплян", "detention:Каро Тестян"]],
    ["'Среди арестованных – X и Y, они взяты под стражу на два месяца'", "Среди арестованных – член совета старейшин Геворк Тестян и адвокат Рубен Семплян, они взяты под стражу на два месяца.",
      ["criminal_arrest:Геворк Тестян", "criminal_arrest:Рубен Семплян"]],
    ["a conviction counted in a cardinal, then 'Это X — N лет, Y — N'", "Виновными признаны все десять человек, проходящих по делу. Это Сергей Тестов — 14 лет, Владимир Семплов — 15, Андрей Тестенко — 14.",
      ["charge:Андрей Тестенко", "charge:Владимир Семплов", "charge:Сергей Тестов", "sentence:Андрей Тестенко", "sentence:Владимир Семплов", "sentence:Сергей Тестов"]],
    ["a witness in a case is not charged", "Марат Тестов проходит по делу свидетелем.", []],
    ["a cardinal before a term counts no one", "Марата Тестова арестовали на два месяца. Это Марат Тестов — блогер из Алматы.", ["criminal_arrest:Марат Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a counted group with a participle's clause before the dash that names it", () => {
  it.each([
    ["the list after ', обвиняемым в …, —'", "Суд вынес приговор четырем журналистам, обвиняемым в участии в сообществе, — Анне Тестовой, Артему Тестеру, Сергею Семплину и Константину Тестову.",
      ["charge:Анна Тестова", "charge:Артем Тестер", "charge:Константин Тестов", "charge:Сергей Семплин", "sentence:Анна Тестова", "sentence:Артем Тестер", "sentence:Константин Тестов", "sentence:Сергей Семплин"]],
    ["a quotation's speaker after ', —' is still no victim", "«Задержания в городе продолжаются», — сказала Анна Тестова.", []],
    ["the judge named in brackets after a dash is an official", "Суд (судья — Александр Тестов) огласил приговор Марату Семплову: пять лет колонии.", ["sentence:Марат Семплов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a counted group of the detained (x-fix)", () => {
  it.each([
    ["two named, two charged", "В Москве задержаны Тимур Тестов и Дана Семплова. Двоим задержанным вменяют статью 20.3 КоАП.",
      ["charge:Дана Семплова", "charge:Тимур Тестов", "detention:Дана Семплова", "detention:Тимур Тестов"]],
    ["one named, two counted: nobody is charged", "В Москве задержан Тимур Тестов. Двоим задержанным вменяют статью 20.3 КоАП.", ["detention:Тимур Тестов"]],
    ["three named, two counted: nobody is charged", "В Москве задержаны Тимур Тестов, Дана Семплова и Мира Демова. Двоим задержанным вменяют статью 20.3 КоАП.",
      ["detention:Дана Семплова", "detention:Мира Демова", "detention:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("gapped terms with the term before the dash (x-fix)", () => {
  it.each([
    ["'и на 6 суток — Y'", "На 10 суток арестован Тимур Тестов и на 6 суток — Дана Семплова.", ["administrative_arrest:Дана Семплова", "administrative_arrest:Тимур Тестов"]],
    ["', а на 6 суток — Y'", "Суд арестовал на 10 суток Тимура Тестова, а на 6 суток — Дану Семплову.", ["administrative_arrest:Дана Семплова", "administrative_arrest:Тимур Тестов"]],
    ["', а к 3 годам — Y'", "Тимура Тестова приговорили к 5 годам колонии, а к 3 годам — Дану Семплову.", ["sentence:Дана Семплова", "sentence:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("a ruling that an arrest was unlawful (x-fix)", () => {
  const dated = (text: string): string[] =>
    extractDocument({ text, lang: "ru", published: "2024-06-20" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}@${i.date ?? "-"}`).sort();
  it.each([
    ["the arrest happened, on a day the ruling does not give", "14 июня суд признал неправомерным арест Тимура Тестова и Даны Семпловой.",
      ["appeal:Дана Семплова@2024-06-14", "appeal:Тимур Тестов@2024-06-14", "criminal_arrest:Дана Семплова@-", "criminal_arrest:Тимур Тестов@-"]],
    ["the arrest told before keeps its own day", "15 мая Тимур Тестов был арестован судом на два месяца. 14 июня суд признал незаконным арест Тимура Тестова.",
      ["appeal:Тимур Тестов@2024-06-14", "criminal_arrest:Тимур Тестов@2024-05-15"]],
    ["an extension is no new arrest", "Суд продлил арест Тимура Тестова.", []],
  ])("%s", (_label, text, want) => {
    expect(dated(text)).toEqual(want);
  });
});

describe("a former official in a victim's place (x-fix)", () => {
  it.each([
    ["a former prosecutor general in the dative", "Бывшему генпрокурору Тимуру Тестову назначили пять лет колонии.", ["sentence:Тимур Тестов"]],
    ["a former minister in the accusative", "Бывшего министра Тимура Тестова приговорили к пяти годам колонии.", ["sentence:Тимур Тестов"]],
    ["a former official who only speaks is no victim", "Бывший генпрокурор Тимур Тестов заявил, что активиста Марата Демова задержали.", ["detention:Марат Демов"]],
    ["a serving prosecutor who demands a term is no victim", "Прокурор Тимур Тестов потребовал для Марата Демова пять лет.", []],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("moved to house arrest is a release (x-fix)", () => {
  it.each([
    ["from the remand centre", "Суд перевел активиста Тимура Тестова из СИЗО под домашний арест.", ["release:Тимур Тестов"]],
    ["the preventive measure changed", "Суд изменил Тимуру Тестову меру пресечения на домашний арест.", ["release:Тимур Тестов"]],
    ["placed under house arrest stays house arrest", "Суд поместил Тимура Тестова под домашний арест.", ["house_arrest:Тимур Тестов"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});

describe("release from prison, extradition and a denied appeal", () => {
  it.each([
    ["'покинул исправительное учреждение'", "Политик Гиви Тестадзе покинул исправительное учреждение спустя семь месяцев заключения.", ["release:Гиви Тестадзе"]],
    ["leaving the country is no release", "Гиви Тестадзе покинул страну в мае.", []],
    ["'экстрадировали'", "В мае Алексея Тестова задержали в Бишкеке и экстрадировали в Россию.", ["deportation:Алексей Тестов", "detention:Алексей Тестов"]],
    ["an extradition asked for is none", "Прокуратура требует экстрадировать Алексея Тестова.", []],
    ["an extradition guessed, past a long clause, is none", "Родственники предполагают, что Эхсон Тестов был задержан российскими властями по запросу другой стороны и экстрадирован.", []],
    ["'не удовлетворил апелляцию' is an appeal heard", "Суд не удовлетворил апелляцию адвокатов журналистки Асии Тестовой.", ["appeal:Асия Тестова"]],
    ["'рассмотрение апелляционной жалобы'", "В городском суде началось рассмотрение апелляционной жалобы журналистки Канышай Тестовой.", ["appeal:Канышай Тестова"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });
});
