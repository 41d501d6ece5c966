import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor, zExtraction } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.

beforeAll(async () => {
  await initExtractor();
});

const found = (text: string, lang: "en" | "ru", published = "2022-01-10"): string[] =>
  extractDocument({ text, lang, published }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}${i.date ? `@${i.date}` : ""}`).sort();

describe("who did what to whom (English)", () => {
  it.each([
    ["active voice", "Police detained journalist Aidana Testova on January 7.", ["detention:Aidana Testova@2022-01-07"]],
    ["passive voice", "Blogger Marat Testov was detained on Monday in Aktobe.", ["detention:Marat Testov@2022-01-10"]],
    ["relative clause", "Activist Zhanna Testova, who was detained on January 5, said she was beaten in custody.", ["beating:Zhanna Testova", "detention:Zhanna Testova@2022-01-05"]],
    ["several people", "Activists Marat Testov, Aliya Demova and Olzhas Samplov were detained on January 5.", ["detention:Aliya Demova@2022-01-05", "detention:Marat Testov@2022-01-05", "detention:Olzhas Samplov@2022-01-05"]],
    ["negation", "Their colleague Aset Testov was not detained.", []],
    ["relative of a named person", "Reporter Daniyar Testov has been missing since January 6. The brother of Daniyar Testov was detained on Saturday.", ["detention:the brother of Daniyar Testov@2022-01-08", "missing:Daniyar Testov@2022-01-06"]],
    ["quoted official", "Police spokesman Arman Testov said officers acted within the law.", []],
    ["aggregate only", "About 10,000 people were detained across the country.", []],
    ["arrested and sentenced are two", "Yerlan Testov was detained on January 4 and sentenced to 10 days of administrative arrest on January 6.", ["administrative_arrest:Yerlan Testov@2022-01-06", "detention:Yerlan Testov@2022-01-04"]],
    ["demanded, not done", "Rights groups called for the release of journalist Dana Testova.", []],
    ["took … into custody", "Officers took poet Serik Testov into custody on Tuesday.", ["detention:Serik Testov@2022-01-04"]],
    ["handed days, a dash list", "▪️ Kanat Testov — handed 12 days\n▪️ Dana Testova (nurse) — fined 20 MCI", ["administrative_arrest:Kanat Testov", "fine:Dana Testova"]],
    ["faces charges is a charge", "Marat Testov remains in custody and faces charges of hooliganism.", ["charge:Marat Testov", "detention:Marat Testov"]],
    ["faces a future arrest is not", "Marat Testov faces arrest if he returns.", []],
    ["grabbed by unknown men", "Blogger Aliya Testova was grabbed by unknown men outside her office.", ["abduction:Aliya Testova"]],
    ["also: the same event", "Police detained blogger Aset Testov in Aktobe on Friday. His driver, Marat Demov, was also detained.", ["detention:Aset Testov@2022-01-07", "detention:Marat Demov@2022-01-07"]],
    ["also, restated date", "Police detained blogger Aset Testov on Friday. Marat Demov was also detained on January 4.", ["detention:Aset Testov@2022-01-07", "detention:Marat Demov@2022-01-04"]],
    ["ages between listed names", "Student activists Marat Testov, 22, and Dana Testova, 19, were detained.", ["detention:Dana Testova", "detention:Marat Testov"]],
    ["sent to jail for days", "Journalist Aset Testov was sent to jail for ten days.", ["administrative_arrest:Aset Testov"]],
    ["a rally held is no detention", "A rally was held in Almaty on Sunday.", []],
    ["all three", "Aset Testov was sentenced to five years. Dana Demova and Olzhas Samplov were each handed four years. All three were arrested on March 2 and remanded in custody.", ["criminal_arrest:Aset Testov@2021-03-02", "criminal_arrest:Dana Demova@2021-03-02", "criminal_arrest:Olzhas Samplov@2021-03-02", "sentence:Aset Testov", "sentence:Dana Demova", "sentence:Olzhas Samplov"]],
    ["must release is a demand", "Authorities must release reporter Aset Testov, the group said.", []],
    ["sentencing of", "In addition to the January 7 sentencing of journalist Marat Testov to 10 days' detention, two others were fined.", ["administrative_arrest:Marat Testov@2022-01-07"]],
    ["a jail term handed to the next person", "A court sentenced blogger Aset Testov to 10 days of administrative arrest, and handed a 7-day jail term to his colleague Marat Demov.", ["administrative_arrest:Aset Testov", "administrative_arrest:Marat Demov"]],
    ["titles before later names in a list", "Officers detained the outlet's general director Dana Testova and chief editors Aset Demov and Olzhas Samplov.", ["detention:Aset Demov", "detention:Dana Testova", "detention:Olzhas Samplov"]],
    ["placed all N under arrest", "Police detained Aset Testov, Dana Demova and Olzhas Samplov on Monday. Police placed all three under arrest for two months.", ["criminal_arrest:Aset Testov", "criminal_arrest:Dana Demova", "criminal_arrest:Olzhas Samplov", "detention:Aset Testov@2022-01-10", "detention:Dana Demova@2022-01-10", "detention:Olzhas Samplov@2022-01-10"]],
    ["the detainees include", "The detainees include Aset Testov and Dana Demova.", ["detention:Aset Testov", "detention:Dana Demova"]],
    ["the outlet after a role is no person", "Police detained Aset Testov, editor-in-chief of Uralskaya Zarya, on Monday.", ["detention:Aset Testov@2022-01-10"]],
    ["appeals rejected", "The city court rejected the appeals of reporters Aset Testov and Dana Demova.", ["appeal:Aset Testov", "appeal:Dana Demova"]],
    ["in custody awaiting trial", "Their colleague, Siarhei Testsenka, is in custody awaiting trial.", ["criminal_arrest:Siarhei Testsenka"]],
    ["a headline in title case", "Journalist Aliya Testova Detained For Covering Protests In Nukus", ["detention:Aliya Testova"]],
    ["months of pre-trial detention is a remand", "On Tuesday, Ulvi Testli and Sevinj Demgizi were sentenced to four months of pre-trial detention.", ["criminal_arrest:Sevinj Demgizi@2022-01-04", "criminal_arrest:Ulvi Testli@2022-01-04"]],
    ["names between dashes before a passive", "Two former staff — Aset Testov and cameraman Marat Demov — were placed in temporary detention for 48 hours.", ["detention:Aset Testov", "detention:Marat Demov"]],
    ["an appositive title closed inside quotes", "Olzhas Samplov, deputy director of “Testov Media,” was detained.", ["detention:Olzhas Samplov"]],
    ["a long list with titles of offices", "Activists Aset Testov, Dana Demova, Olzhas Samplov, ex-governor of Testov region Marat Demov and member of the Testov party council Aliya Samplova were placed in the remand centre for two months.", ["criminal_arrest:Aliya Samplova", "criminal_arrest:Aset Testov", "criminal_arrest:Dana Demova", "criminal_arrest:Marat Demov", "criminal_arrest:Olzhas Samplov"]],
    ["arrested in a criminal case story", "Reporter Aset Testov was arrested on January 6. A court later remanded him in custody pending a criminal case.", ["criminal_arrest:Aset Testov@2022-01-06"]],
    ["arrested at a rally is a detention", "Reporter Aset Testov was arrested on January 6 at a rally and released hours later.", ["detention:Aset Testov@2022-01-06", "release:Aset Testov@2022-01-06"]],
    ["a list resumed after the outlet's possessive", "The court rejected the appeals of current staff Aset Testov and Dana Demova, and the outlet’s former staff Olzhas Samplov.", ["appeal:Aset Testov", "appeal:Dana Demova", "appeal:Olzhas Samplov"]],
    ["a complaint rejected is an appeal", "On January 9, the city court of appeal rejected the complaint of journalist Aset Testov.", ["appeal:Aset Testov@2022-01-09"]],
    ["a demand further back than the verb", "RSF is calling on the authorities of Testovia to immediately release cameramen Aset Testov and Olzhas Samplov.", []],
    ["the grounds of a verdict are no charge", "Aset Testov was sentenced on October 4 to seven years in prison on charges of insulting officials.", ["sentence:Aset Testov@2021-10-04"]],
    ["sent to pre-trial detention centres", "Dana Testova and Aliya Demova have been sent to pre-trial detention centres.", ["criminal_arrest:Aliya Demova", "criminal_arrest:Dana Testova"]],
    ["a date opening the sentence dates each thing it reports", "On Monday, officers raided the office and detained director Aset Testov and editor Dana Demova.", ["detention:Aset Testov@2022-01-10", "detention:Dana Demova@2022-01-10"]],
    ["later that day", "Police detained Aset Testov on January 5. Dana Demova was detained later that day.", ["detention:Aset Testov@2022-01-05", "detention:Dana Demova@2022-01-05"]],
  ] as const)("%s", (_name, text, want) => {
    expect(found(text, "en")).toEqual([...want].sort());
  });
});

describe("who did what to whom (Russian)", () => {
  it.each([
    ["accusative after the verb", "Полицейские задержали журналистку Нургуль Тестову 7 января.", ["detention:Нургуль Тестова@2022-01-07"]],
    ["object first", "Активиста Марата Тестова задержали в Актобе.", ["detention:Марат Тестов"]],
    ["negation", "Их коллегу Асета Тестова не задерживали.", []],
    ["relative of a named person", "Журналист Данияр Тестов пропал. В субботу задержали брата Данияра Тестова.", ["detention:брат Данияра Тестова@2022-01-08", "missing:Данияр Тестов"]],
    ["lawyer is not the victim", "Адвокат Галия Тестова заявила, что её подзащитного Ерлана Семплова избили.", ["beating:Ерлан Семплов"]],
    ["days of arrest", "Суд арестовал на 10 суток блогера Каната Тестова.", ["administrative_arrest:Канат Тестов"]],
    ["aggregate only", "По данным МВД, задержаны около 9900 человек.", []],
    ["дали N суток", "Асету Тестову дали 15 суток.", ["administrative_arrest:Асет Тестов"]],
    ["term before the verb", "Пять лет колонии получил активист Марат Тестов.", ["sentence:Марат Тестов"]],
    ["list with dashes", "— Асет Тестов — 15 суток ареста\n— Дана Тестова — штраф 50 МРП", ["administrative_arrest:Асет Тестов", "fine:Дана Тестова"]],
    ["a role with its complement joins the list", "Были задержаны оператор Марат Тестов и водитель съёмочной группы Ерлан Семплов.", ["detention:Ерлан Семплов", "detention:Марат Тестов"]],
    ["kin word names the son", "Утром задержали Бахыта Тестова и его сына Ерасыла.", ["detention:Бахыт Тестов", "detention:Ерасыл"]],
    ["future deportation", "Суд назначил Фарруху Тестову три года с последующим выдворением.", ["sentence:Фаррух Тестов"]],
    ["a reported clause about the speaker", "8 января журналиста Асета Тестова вызвали на допрос. Вечером того же дня Тестов сообщил, что получил 10 суток ареста.", ["administrative_arrest:Асет Тестов@2022-01-08", "summons:Асет Тестов@2022-01-08"]],
    ["доставили в участок", "Полицейские доставили в участок фотографа Асета Тестова.", ["detention:Асет Тестов"]],
    ["возбуждено уголовное дело", "Против блогера Даны Тестовой возбуждено уголовное дело.", ["charge:Дана Тестова"]],
    ["whose appeal it is", "Активист Асет Тестов удалил свои публикации. Накануне суд отклонил его апелляцию на штраф в 30 тысяч рублей.", ["appeal:Асет Тестов@2022-01-09", "fine:Асет Тестов"]],
    ["протоколы, and a region adjective is no name", "В Омске полицейские составили два протокола на активиста из Тестовской области Асета Тестова.", ["charge:Асет Тестов"]],
    ["a counted list after a colon, Azerbaijani names", "Ранее суд арестовал троих сотрудников издания: директора издания Ульви Тестлы, главного редактора Севиндж Тестгызы и корреспондентку Нигяр Демову.", ["criminal_arrest:Нигяр Демова", "criminal_arrest:Севиндж Тестгызы", "criminal_arrest:Ульви Тестлы"]],
    ["a relative clause about the name before it", "Радио опубликовало письмо журналиста Асета Тестова, которого избили в изоляторе.", ["beating:Асет Тестов"]],
    ["the agent of a relative clause is no victim", "Её мужа Асета Тестова, который пытался снимать задержание на видео, никто не трогал.", []],
    ["officers before the verb do not make the object an official", "Сотрудники ГКНБ в среду задержали в Бишкеке Эрмека Тестова.", ["detention:Эрмек Тестов@2022-01-05"]],
    ["a role noun past the outlet's name sets the case", "Дело завели на корреспондента Toplum TV Фарида Тестова и видеоредактора Мушвига Демова.", ["charge:Мушвиг Демов", "charge:Фарид Тестов"]],
    ["a feminine role word points at the woman", "Полиция задержала журналистку Дану Тестову. По той же публикации в суд вызывали Асета Демова. Журналистку отпустили через час.", ["detention:Дана Тестова", "release:Дана Тестова", "summons:Асет Демов"]],
    ["a plural role noun in the genitive", "RSF призвала освободить видеооператоров Александра Тестова и Жоомарта Демова.", []],
    ["court adjectives are no name", "Дело рассматривали в Бакинском Апелляционном суде, где его освобождение сочли нецелесообразным.", []],
    ["a counted group before a dash, names in its case", "12 июня силовики убили двух лидеров — Хурсанда Тестова и Зоира Демова.", ["killing:Зоир Демов@2021-06-12", "killing:Хурсанд Тестов@2021-06-12"]],
    ["водворили в СИЗО", "Активиста Чынгыза Тестова водворили в СИЗО-1 на два месяца.", ["criminal_arrest:Чынгыз Тестов"]],
    ["иноагент, заведено дело", "7 января журналиста Аркадия Тестова объявили «иноагентом». На журналиста Романа Демова заведено три уголовных дела.", ["charge:Роман Демов", "foreign_agent_designation:Аркадий Тестов@2022-01-07"]],
    ["жалоба на арест", "Суд рассмотрел жалобу на арест журналиста Асета Тестова.", ["appeal:Асет Тестов"]],
    ["a dated heading line dates the lines under it", "4 января\nВ Таразе задержан журналист Асет Тестов. Отпущен через час.\n\n5 января\nВ Алматы задержана активистка Дана Демова.", ["detention:Асет Тестов@2022-01-04", "detention:Дана Демова@2022-01-05", "release:Асет Тестов@2022-01-04"]],
    ["a couple under one plural surname", "Суд назначил супругам Александру и Александре Тестовым по 50 тысяч рублей штрафа.", ["fine:Александр Тестов", "fine:Александра Тестова"]],
    ["brothers under one plural surname", "Полиция задержала братьев Асета и Марата Демовых.", ["detention:Асет Демов", "detention:Марат Демов"]],
    ["a time adverb opening the sentence is no part of a name", "Полиция вызвала на допрос журналистку Инну Тестову. Вечером Тестова сообщила, что получила 15 суток ареста.", ["administrative_arrest:Инна Тестова", "summons:Инна Тестова"]],
    ["staff named right after the outlet noun", "Силовики задержали директора издания Эльвина Тестова.", ["detention:Эльвин Тестов"]],
    ["повезли на допрос, час допроса", "Полиция задержала журналистку Дану Тестову и повезла на допрос. Журналистку отпустили спустя почти час допроса в отделении.", ["detention:Дана Тестова", "interrogation:Дана Тестова", "release:Дана Тестова"]],
    ["head of a newsroom is not an official", "В Таразе задержан руководитель бюро радио «Заря» Асет Тестов.", ["detention:Асет Тестов"]],
    ["a plural surname after two given names", "Суд назначил супругам Марату и Дане Тестовым по 50 тысяч рублей штрафа.", ["fine:Дана Тестова", "fine:Марат Тестов"]],
    ["завели дело на a list of staff", "Дело завели на корреспондента Ерлана Семплова и менеджера по социальным сетям Марата Тестова.", ["charge:Ерлан Семплов", "charge:Марат Тестов"]],
    ["names in a list share the case", "Полиция задержала всех участников акции: Павла Тестова, Егора Семплова, Александра Демова.", ["detention:Александр Демов", "detention:Павел Тестов", "detention:Егор Семплов"]],
    ["водворили в СИЗО", "Активиста Марата Тестова водворили в СИЗО на два месяца.", ["criminal_arrest:Марат Тестов"]],
    ["допрошен", "Редактор сайта Асет Тестов допрошен в качестве свидетеля.", ["interrogation:Асет Тестов"]],
    ["a killing participle before the name", "Она написала о погибшем в мае Марате Тестове и о крови погибшего Ерлана Семплова.", ["killing:Ерлан Семплов"]],
    ["a recorded apology on camera", "Журналиста Асета Тестова вынудили записать «извинения» на камеру.", ["coerced_confession:Асет Тестов"]],
    ["a parenthesis does not end the clause", "Журналисток Дану Тестову и Айгерим Семплову обвинили в \"хулиганстве\" (статья 342 УК) приговорили к двум годам лишения свободы.", ["charge:Айгерим Семплова", "charge:Дана Тестова", "sentence:Айгерим Семплова", "sentence:Дана Тестова"]],
    ["a counted group named after a dash (genitive)", "Силовики 12 июня убили двух местных лидеров — Хурсанда Тестова и Зоира Семплова.", ["killing:Зоир Семплов@2021-06-12", "killing:Хурсанд Тестов@2021-06-12"]],
    ["a counted group named after a dash (nominative)", "На следующий день были допрошены еще двое сотрудников – Асет Тестов и Сымбат Семплова.", ["interrogation:Асет Тестов", "interrogation:Сымбат Семплова"]],
    ["the source of a report is not its victim", "По словам жены Тестова, Дианы Семпловой, ее мужа задержали 30 мая.", []],
    ["after 'по словам X,' a name without its own closing comma is the object", "По словам её матери, Дану Тестову забрали прямо из общежития.", ["detention:Дана Тестова"]],
    ["a year in a date is no term", "Асет Тестов подал жалобу. Наказание ему назначили в декабре 2023 года.", []],
    ["'по словам пенсионера' is the teller, not the victim", "Активист Анатолий Тестов пожаловался в прокуратуру. По словам пенсионера, глава администрации Марат Семплов избил жителей села.", []],
    ["condemning is not convicting", "Организация осудила действия силовиков в отношении Асета Тестова.", []],
    ["a question about the charge", "В чем обвиняют Асета Тестова, власти не сообщают.", []],
    ["an elliptical clause after 'а' and a dash; 'они' is the names just listed", "В тот же день был задержан активист Акиф Тестов, а 8 марта - учредитель «Заря ТВ» Алескер Семплов и член правления \"Платформы\" Руслан Демли, они были отправлены под арест.", ["criminal_arrest:Алескер Семплов", "criminal_arrest:Руслан Демли", "detention:Акиф Тестов@2021-03-08", "detention:Алескер Семплов@2021-03-08", "detention:Руслан Демли@2021-03-08"]],
    ["names after a quoted group take the case of the event noun", "Штаб сообщил 11 мая об аресте «лидеров группировок города» Толиба Тестова и Мунаввара Семплова.", ["detention:Мунаввар Семплов", "detention:Толиб Тестов"]],
    ["refused exit", "Журналисту Нургельди Тестову девятый месяц отказывают в выезде за границу.", ["travel_ban:Нургельди Тестов"]],
    ["a refused transfer to house arrest", "Асету Тестову было отказано в переводе под домашний арест.", []],
    ["в его отношении заведено дело", "В Минске задержан блогер Игорь Тестов. Позже стало известно, что в его отношении заведено уголовное дело.", ["charge:Игорь Тестов", "detention:Игорь Тестов"]],
    ["вменяют статью", "Журналист Дмитрий Тестов находится в отделе полиции, ему вменяют статью о нарушении порядка проведения акции.", ["charge:Дмитрий Тестов"]],
    ["'мужчину' refers back to the man named", "Его зовут Петр Тестов. Мужчину в наручниках доставили в отдел полиции.", ["detention:Петр Тестов"]],
    ["a Latin look-alike letter in a Cyrillic name", "Журналистку Ирину Cлавникову задержали ночью 30 октября.", ["detention:Ирина Славникова@2021-10-30"]],
    ["an office search is no person's search", "Полицейские задержали Асета Тестова после обыска в офисе редакции.", ["detention:Асет Тестов"]],
    ["summoned to a police department", "30 ноября Наргиз Тестова была вызвана в главное управление полиции.", ["summons:Наргиз Тестова@2021-11-30"]],
    ["'как утверждает X' is the teller", "Во время задержания, как утверждает Дана Семплова, силовики жестоко обращались с мужчиной.", []],
    ["a sentence-opening adverb is no part of the name; 'вызвали на беседу'", "Журналист Нургельды Тестов переслал фото. Затем Тестова вызвали на беседу с сотрудниками полиции.", ["summons:Нургельды Тестов"]],
    ["whereabouts unknown for days", "Журналистка Лолагул Тестова опубликовала видео, после чего о её местонахождении несколько дней было неизвестно.", ["missing:Лолагул Тестова"]],
    ["police deleted footage", "Корреспондента Нурбола Тестова задержали, при этом полицейские удалили из его телефона фото и видео.", ["detention:Нурбол Тестов", "obstruction_of_reporting:Нурбол Тестов"]],
    ["a singular participle describes one name", "Власти обвинили в заговоре убитого в мае полковника Марата Семплова и активиста Ерлана Демова.", ["charge:Ерлан Демов", "charge:Марат Семплов", "killing:Марат Семплов@2021-05-01"]],
  ] as const)("%s", (_name, text, want) => {
    expect(found(text, "ru")).toEqual([...want].sort());
  });
});

describe("output", () => {
  const text = "Journalist held in Uralsk\n\nPolice in Uralsk detained reporter Aigerim Testova on Wednesday. A court fined her 100 MCI under Article 488. About 30 people were detained in the city.";

  it("validates against zExtraction and every evidence span is verbatim", () => {
    const x = zExtraction.parse(extractDocument({ text, published: "2022-02-04" }, { learned: false }));
    expect(x.language).toBe("en");
    expect(x.incidents.length).toBeGreaterThan(0);
    for (const e of [...x.incidents.map((i) => i.evidence), ...x.statistics.map((s) => s.evidence)]) {
      expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it("resolves places through the gazetteer and reads legal details", () => {
    const x = extractDocument({ text, published: "2022-02-04" }, { learned: false });
    const detention = x.incidents.find((i) => i.type === "detention");
    expect(detention?.place).toBe("Uralsk");
    expect(detention?.place_id).toMatch(/^plc_/);
    expect(detention?.role).toBe("journalist");
    expect(detention?.perpetrator).toBe("police");
    const fine = x.incidents.find((i) => i.type === "fine");
    expect(fine?.legal.sentence).toMatchObject({ kind: "fine", amount: 100, currency: "MCI" });
    expect(fine?.legal.articles).toEqual(["488"]);
    expect(x.statistics).toMatchObject([{ count: 30, approximate: true }]);
  });

  it("a list introduced by a place heading takes its place until a blank line", () => {
    const x = extractDocument({ text: "Also in Aktobe:\n▪️ Aset Testov — detained\n\n▪️ Dana Testova — detained", lang: "en", published: "2022-01-10" }, { learned: false });
    expect(x.incidents.map((i) => `${i.person}:${i.place}`).sort()).toEqual(["Aset Testov:Aktobe", "Dana Testova:null"]);
  });

  it("detects the language", () => {
    expect(extractDocument({ text: "Журналистку задержали в Уральске." }, { learned: false }).language).toBe("ru");
    expect(extractDocument({ text: "Журналисті Орал қаласында ұстады. Қазақстан." }, { learned: false }).language).toBe("kk");
  });
});

describe("places", () => {
  it("a country or region is not the scene, a town is", () => {
    const places = (text: string): (string | null)[] => extractDocument({ text, lang: "en", published: "2022-01-10" }, { learned: false }).incidents.map((i) => i.place);
    expect(places("Police in Kazakhstan detained blogger Aset Testov.")).toEqual([null]);
    expect(places("Police in Kazakhstan detained blogger Aset Testov in Aktobe.")).toEqual(["Aktobe"]);
  });

  it("cities of Belarus, Azerbaijan and Russia come back in the nominative, with no gazetteer id", () => {
    const x = extractDocument({ text: "В Минске 25 июня задержан блогер Асет Тестов. В Москве задержана активистка Дана Демова.", lang: "ru", published: "2022-06-26" }, { learned: false });
    expect(x.incidents.map((i) => [i.place, i.place_id])).toEqual([["Минск", null], ["Москва", null]]);
    expect(extractDocument({ text: "Police in Baku detained reporter Aset Testov.", lang: "en" }, { learned: false }).incidents.map((i) => i.place)).toEqual(["Baku"]);
  });
});

describe("lists of people one incident covers", () => {
  it.each([
    ["names, relative clauses and aliases between dashes", "en", "On Friday, the outlet’s staff — Dina Testova, who writes as Kokil, Arman Examplov, Saule Demova, also known as Aq, and freelancer Erlan Fakeov — were detained on charges of tax evasion.", ["charge:Arman Examplov@2022-01-07", "charge:Dina Testova@2022-01-07", "charge:Erlan Fakeov@2022-01-07", "charge:Saule Demova@2022-01-07", "detention:Arman Examplov@2022-01-07", "detention:Dina Testova@2022-01-07", "detention:Erlan Fakeov@2022-01-07", "detention:Saule Demova@2022-01-07"]],
    ["as well as in a subject list", "en", "Reporters Dina Testova, Arman Examplov, and Saule Demova, as well as former staff Bolat Samplov, also had their homes searched.", ["search:Arman Examplov", "search:Bolat Samplov", "search:Dina Testova", "search:Saule Demova"]],
    ["searches of the homes of", "en", "Officers carried out searches of the homes of Dina Testova, Arman Examplov and Saule Demova.", ["search:Arman Examplov", "search:Dina Testova", "search:Saule Demova"]],
    ["a list of names without a trigger", "en", "Dina Testova, Arman Examplov and Saule Demova met on Monday.", []],
    ["those detained … were, items split by semicolons", "en", "Police detained reporter Dina Testova on Monday. Besides her, those detained in connection with the case were photographer Nurlan Testov; deputy director Aigerim Examplova; Marat Samplov, who was detained with Testova; and a friend of Demov’s, Olzhas Fakeov.", ["detention:Aigerim Examplova", "detention:Dina Testova@2022-01-10", "detention:Marat Samplov", "detention:Nurlan Testov", "detention:Olzhas Fakeov"]],
    ["the imprisoned are", "en", "Four reporters were jailed for up to 10 days after being detained on Sunday. The imprisoned are: Dina Testova, Arman Examplov, Saule Demova and Bolat Samplov.", ["administrative_arrest:Arman Examplov", "administrative_arrest:Bolat Samplov", "administrative_arrest:Dina Testova", "administrative_arrest:Saule Demova", "detention:Arman Examplov@2022-01-09", "detention:Bolat Samplov@2022-01-09", "detention:Dina Testova@2022-01-09", "detention:Saule Demova@2022-01-09"]],
    ["N of them, after a counted detention", "en", "Police detained at least 28 journalists on Wednesday. Most were released by evening, but at least three of them – Dina Testova, Arman Examplov, and Saule Demova – were expected to appear in court.", ["detention:Arman Examplov@2022-01-05", "detention:Dina Testova@2022-01-05", "detention:Saule Demova@2022-01-05"]],
    ["N of them, without a detention reported", "en", "Dozens of journalists attended the forum on Wednesday, and three of them – Dina Testova, Arman Examplov, and Saule Demova – spoke on stage.", []],
    ["one name per line under a counted custody clause", "ru", "Вечером 8 января суд водворил под стражу на два месяца троих сотрудников редакции.\nСогласно решению суда, в СИЗО будут находиться:\nАйгерим Тестова – директор проектов;\nМахабат Тестбек кызы – журналист;\nБолат Демоулы.", ["criminal_arrest:Айгерим Тестова@2022-01-08", "criminal_arrest:Болат Демоулы@2022-01-08", "criminal_arrest:Махабат Тестбек кызы@2022-01-08"]],
    ["searches in the homes of counted staff, one per line", "ru", "7 января прошли обыски в домах троих сотрудников:\nАйгерим Тестова – директор;\nАрман Примеров – сотрудник редакции;\nБолат Демоулы – журналист.", ["search:Айгерим Тестова@2022-01-07", "search:Арман Примеров@2022-01-07", "search:Болат Демоулы@2022-01-07"]],
    ["lines under a colon with no custody reported", "ru", "В конференции участвовали трое сотрудников:\nАйгерим Тестова – директор;\nАрман Примеров – журналист.", []],
    ["a counted report, then the detained are named", "en", "Six journalists were detained on January 6, with courts ordering their pre-trial detention for four months on smuggling charges. Reporter Aset Testov was detained at a cafe. In addition to Testov, the detained journalists are Dina Testova and Olzhas Samplov. They are being held at the Testov Pre-Trial Detention Centre.", ["charge:Aset Testov", "charge:Dina Testova", "charge:Olzhas Samplov", "criminal_arrest:Aset Testov", "criminal_arrest:Dina Testova", "criminal_arrest:Olzhas Samplov", "detention:Aset Testov@2022-01-06", "detention:Dina Testova@2022-01-06", "detention:Olzhas Samplov@2022-01-06"]],
    ["grounds naming no one wait for a list", "en", "The court upheld the verdict on fabricated charges.", []],
    ["all freed except for", "en", "On March 6, police raided the office and took at least 10 of them to the city police department for questioning.\n\nAll of the journalists were freed at around midnight except for video editor Aset Testov and reporter Dina Demova, according to Olzhas Samplov.", ["detention:Aset Testov@2021-03-06", "detention:Dina Demova@2021-03-06"]],
    ["'three of them' is a part of the group, not all of it", "en", "Police detained reporters Aset Testov, Dina Demova, Marat Samplov and Olzhas Fakeov on Wednesday. By the evening, at least three of them had been sentenced to up to 12 days in jail. Some of them were fined.", ["detention:Aset Testov@2022-01-05", "detention:Dina Demova@2022-01-05", "detention:Marat Samplov@2022-01-05", "detention:Olzhas Fakeov@2022-01-05"]],
    ["'all of them' is the whole group", "en", "Police detained reporters Aset Testov and Dina Demova on Wednesday. All of them were sentenced to 10 days in jail.", ["administrative_arrest:Aset Testov", "administrative_arrest:Dina Demova", "detention:Aset Testov@2022-01-05", "detention:Dina Demova@2022-01-05"]],
    ["an owned thing takes its owner in the genitive", "ru", "6 января сотрудники ГКНБ обыскали дом Асета Тестова и Марата Демова.", ["search:Асет Тестов@2022-01-06", "search:Марат Демов@2022-01-06"]],
    ["an aggregate with named people: each is a victim, the count stays a statistic", "en", "About 20 people were detained on January 5, including journalist Dina Testova and activist Marat Demov.", ["detention:Dina Testova@2022-01-05", "detention:Marat Demov@2022-01-05"]],
    ["'в том числе' after an aggregate", "ru", "5 января задержано около 57 человек, в том числе журналистка Дина Тестова и правозащитник Марат Демов.", ["detention:Дина Тестова@2022-01-05", "detention:Марат Демов@2022-01-05"]],
    ["an aggregate naming no one gives no incident", "ru", "5 января задержано около 57 человек, в том числе иностранные наблюдатели.", []],
    ["state TV showed their 'confessions'", "ru", "5 января государственное телевидение показало «признания» активистки Дины Тестовой и её коллеги Марата Демова.", ["coerced_confession:Дина Тестова@2022-01-05", "coerced_confession:Марат Демов@2022-01-05"]],
    ["'получили по 9 лет' with digits", "ru", "Журналисты Асет Тестов и Дина Демова получили по 9 лет лишения свободы.", ["sentence:Асет Тестов", "sentence:Дина Демова"]],
    ["'sentences imposed on X'", "en", "Rights groups deplored the jail sentences imposed on journalists Aset Testov and Dina Demova.", ["sentence:Aset Testov", "sentence:Dina Demova"]],
    ["'stripped of foreign-media accreditation'", "en", "Journalist Aset Testov covered the rally. Testov, who was recently stripped of foreign-media accreditation, was detained on Monday.", ["accreditation_withdrawn:Aset Testov", "detention:Aset Testov@2022-01-10"]],
    ["a title-case headline's capitalised words are no name", "en", "Belarusian Journalists Sentenced to 3-Day Jail Terms Amid Crackdown on Protests", []],
    ["a known name in a title-case headline still counts", "en", "Kazakh Police Detain Journalist Aset Testov In Almaty", ["detention:Aset Testov"]],
    ["'raided the home of X' is a search", "en", "Police raided the home of journalist Aset Testov on Tuesday.", ["search:Aset Testov@2022-01-04"]],
    ["the owner of a searched flat", "en", "Aset Testov's apartment was searched by police on Tuesday.", ["search:Aset Testov@2022-01-04"]],
    ["the owner of a lawyer is no victim", "en", "Aset Testov's lawyer was detained on Tuesday.", []],
    ["'barred X from leaving'", "en", "Authorities barred Aset Testov from leaving the country.", ["travel_ban:Aset Testov"]],
    ["attacked by unknown men is a beating", "en", "Journalist Aset Testov was attacked by unknown men outside his home on January 5.", ["beating:Aset Testov@2022-01-05"]],
    ["a minister attacking someone in a speech is no beating", "en", "The minister attacked Aset Testov in a televised address.", []],
    ["'напали на X' is a beating", "ru", "Вечером 5 января неизвестные напали на журналиста Асета Тестова у его дома.", ["beating:Асет Тестов@2022-01-05"]],
    ["an attack on a newsroom is nobody's beating", "ru", "Неизвестные напали на редакцию газеты.", []],
    ["'трое из них' is a part of the group", "ru", "В среду полиция задержала журналистов Асета Тестова, Дину Демову и Марата Сэмплова. Трое из них получили по 10 суток ареста, двое из них были оштрафованы.", ["detention:Асет Тестов@2022-01-05", "detention:Дина Демова@2022-01-05", "detention:Марат Сэмплов@2022-01-05"]],
    ["'тегин' closes a Kyrgyz name, 'пятеро из них' is no pronoun", "ru", "8 января были допрошены двое сотрудников – Абдил Тестбай тегин и Сымбат Примерова. Пятеро из них позднее были освобождены.", ["interrogation:Абдил Тестбай тегин@2022-01-08", "interrogation:Сымбат Примерова@2022-01-08"]],
    ["a list of signatories after a counted detention", "ru", "Пятерых активистов задержали в понедельник.\nЗаявление подписали:\nАсет Тестов – председатель;\nДина Демова – юрист.", []],
    ["modifiers before a later role in a list", "en", "Police arrested reporters Dina Testova and Arman Examplov, and social media editors Saule Demova and Bolat Samplov. Nobody knows whether they have been charged.", ["detention:Arman Examplov", "detention:Bolat Samplov", "detention:Dina Testova", "detention:Saule Demova"]],
    ["a term before the noun, then both in custody", "en", "The court sentenced Aset Testov to three years in prison and gave a 2 1/2-year sentence to 43-year-old Dina Demova. Both have been in custody since their arrest in March.", ["criminal_arrest:Aset Testov@2021-03-01", "criminal_arrest:Dina Demova@2021-03-01", "sentence:Aset Testov", "sentence:Dina Demova"]],
    ["a capitalised appositive title", "en", "Aset Testov, Political prisoner and ex-deputy chair of the Testov City Council, was sentenced to seven years.", ["sentence:Aset Testov"]],
    ["offices and a named party inside a long subject list", "en", "Activists Aset Testov, Dina Demova, ex-representative of the President in Testov region Aibek Testkulov, leader of Testov party Zhenish Testmatov and ex-Secretary of the Security Council Keneshbek Samplov were placed in the remand centre for two months.", ["criminal_arrest:Aibek Testkulov", "criminal_arrest:Aset Testov", "criminal_arrest:Dina Demova", "criminal_arrest:Keneshbek Samplov", "criminal_arrest:Zhenish Testmatov"]],
    ["grave crimes make an arrest a court's", "ru", "Штаб сообщил об аресте Асета Тестова, Марата Демова и Олжаса Примерова, которые причастны к ряду тяжких преступлений.", ["criminal_arrest:Асет Тестов", "criminal_arrest:Марат Демов", "criminal_arrest:Олжас Примеров"]],
    ["an opening 'after questioning' is about the subject", "en", "After questioning, two former staff — Aset Testov and cameraman Marat Demov — were placed in temporary detention for 48 hours.", ["detention:Aset Testov", "detention:Marat Demov", "interrogation:Aset Testov", "interrogation:Marat Demov"]],
    ["a closing 'after questioning' is not counted", "en", "Aset Testov was placed in temporary detention after questioning.", ["detention:Aset Testov"]],
    ["'They are' after a counted detention", "en", "Police detained three journalists on Monday. They are Aset Testov, Dina Demova and Olzhas Samplov.", ["detention:Aset Testov@2022-01-10", "detention:Dina Demova@2022-01-10", "detention:Olzhas Samplov@2022-01-10"]],
    ["'They are' with nothing counted before", "en", "Police detained a man on Monday. They are Aset Testov and Dina Demova, his neighbours.", []],
    ["'Это' after a counted detention", "ru", "Задержаны трое журналистов. Это Асет Тестов, Дина Демова и Олжас Примеров.", ["detention:Асет Тестов", "detention:Дина Демова", "detention:Олжас Примеров"]],
    ["'the following' announces one name per line", "en", "The following journalists are facing charges after being arrested while covering protests:\n- Aset Testov\n- Dina Demova", ["charge:Aset Testov", "charge:Dina Demova", "detention:Aset Testov", "detention:Dina Demova"]],
    ["'Следующие' announces one name per line", "ru", "Следующие журналисты были задержаны 5 января:\n— Асет Тестов;\n— Дина Демова.", ["detention:Асет Тестов@2022-01-05", "detention:Дина Демова@2022-01-05"]],
    ["задержаны по обвинению", "ru", "Сотрудники издания — Айгерим Тестова, Арман Примеров и фрилансер Болат Демоулы — задержаны по обвинению в контрабанде.", ["charge:Айгерим Тестова", "charge:Арман Примеров", "charge:Болат Демоулы", "detention:Айгерим Тестова", "detention:Арман Примеров", "detention:Болат Демоулы"]],
  ] as const)("%s", (_name, lang, text, want) => {
    expect(found(text, lang)).toEqual([...want].sort());
  });
});
