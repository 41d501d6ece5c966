import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument, initExtractor } from "./index.js";
// The rules alone ({ learned: false }): these tests pin what the rules read; learned.test.ts tests the layer after them.
import { casesFromContext, nominativeKin, nominativeName } from "./ru-names.js";

describe("nominativeName", () => {
  it.each([
    ["Жанну Бектурову", "задержали", "Жанна Бектурова"],
    ["Марата Есенова", "активистов", "Марат Есенов"],
    ["Нургуль Абенову", "журналистку", "Нургуль Абенова"],
    ["Айгерим Жаксылыкову", "портала", "Айгерим Жаксылыкова"],
    ["Хуршеда Давлатзоду", "журналиста", "Хуршед Давлатзода"],
    ["Алеся Козловского", "корреспондента", "Алесь Козловский"],
    ["Анну Демидович", "фотографа", "Анна Демидович"],
    ["Павла Яромича", "журналиста", "Павел Яромич"],
    ["Елену Коваленко", "правозащитницу", "Елена Коваленко"],
    ["Динары Султанбековой", "фотографа", "Динара Султанбекова"],
    ["Арману Кульжанову", "активисту", "Арман Кульжанов"],
    ["Мадину Жунусову", "коллегу", "Мадина Жунусова"],
    ["Нурбек Асанбек уулу", undefined, "Нурбек Асанбек уулу"],
    ["Ивана Петровича Сидорова", undefined, "Иван Петрович Сидоров"],
    ["Сауле Ибраева", undefined, "Сауле Ибраева"],
    // Armenian "-ян" declines for a man; a man's name in "-а" declines as a woman's does.
    ["Жору Тестисяна", "задержали", "Жора Тестисян"],
    ["Жоре Тестисяну", "приговор", "Жора Тестисян"],
    ["Фозилходжу Тестходжаева", "блогера", "Фозилходжа Тестходжаев"],
    ["Анаит Тестисян", "журналистку", "Анаит Тестисян"],
    // Georgian "-ани", "-ури" stay as written; "-ия" declines, or is left as written by the press.
    ["Васил Тестов-Чиковани", undefined, "Васил Тестов-Чиковани"],
    ["Левану Тестиаури", "активисту", "Леван Тестиаури"],
    ["Циру Тестария", "задержали", "Цира Тестария"],
    ["Айсулу Бекмуратова", "учительница", "Айсулу Бекмуратова"],
    ["Кацярыне Лысенко", "журналистке", "Кацярына Лысенко"],
    ["Оксане Ткаченко", "активистке", "Оксана Ткаченко"],
    ["Джамилю Тестову", undefined, "Джамиля Тестова"],
    ["Юрия Тестя", "журналиста", "Юрий Тесть"],
    ["Абдусаттора Тестзода", "журналиста", "Абдусаттор Тестзода"],
    ["Севиндж Тестгызы", "редактора", "Севиндж Тестгызы"],
    ["Ульви Тестлы", "директора", "Ульви Тестлы"],
    ["Дане Тестовым", undefined, "Дана Тестова"],
    ["Асета Тестовых", "братьев", "Асет Тестов"],
    ["Марата Тестова", "видеооператоров", "Марат Тестов"],
    ["Дану Тестову", "освободить", "Дана Тестова"],
    // Kazakh "-бай" declines as "Николай"; Azerbaijani "-лу" stays as written.
    ["Жаната Тестбая", "активиста", "Жанат Тестбай"],
    ["Жанатом Тестбаем", undefined, "Жанат Тестбай"],
    ["Тофига Тестлу", "задержали", "Тофиг Тестлу"],
    ["Нурлана Тестова", "признал", "Нурлан Тестов"],
    // Armenian, Tajik and Kyrgyz given names the lexicon now knows.
    ["Овсепа Тестяна", "задержали", "Овсеп Тестян"],
    ["Жанылсын Тестову", "задержали", "Жанылсын Тестова"],
  ])("%s (after %s) → %s", (name, before, want) => {
    expect(nominativeName(name.split(" "), casesFromContext(before)).words.join(" ")).toBe(want);
  });

  it.each([
    ["брата", "брат"],
    ["жену", "жена"],
    ["сестру", "сестра"],
    ["отца", "отец"],
  ])("nominativeKin(%s) = %s", (w, want) => {
    expect(nominativeKin(w)).toBe(want);
  });
});

describe("a woman's given name in the instrumental", () => {
  it.each([
    ["Анной Тестовой", "Анна Тестова"],
    ["Дианой Семпловой", "Диана Семплова"],
    ["Макой Тестелия", "Мака Тестелия"],
    ["Сергеем Тестовым", "Сергей Тестов"],
    ["Тошбой Тестов", "Тошбой Тестов"],
    ["Никитой Тестовым", "Никита Тестов"],
    ["Ильей Тестовым", "Илья Тестов"],
  ])("%s → %s", (name, want) => {
    expect(nominativeName(name.split(" "), ["ins", "nom"]).words.join(" ")).toBe(want);
  });
});

describe("names back to the nominative: declined men's names in -а/-я, -ай surnames, undeclined -и/-е", () => {
  it.each([
    // A man's "-я"/"-а" name declines as a woman's does; the lexicon says it is a man's.
    ["Ильи Тестова", "журналиста", "Илья Тестов"],
    ["Илье Тестову", "журналисту", "Илья Тестов"],
    ["Илью Тестова", "задержали", "Илья Тестов"],
    ["Фозилходжи Тестходжаева", "блогера", "Фозилходжа Тестходжаев"],
    ["Фозилходжей Тестходжаевым", "с", "Фозилходжа Тестходжаев"],
    ["Никиты Тестова", "активиста", "Никита Тестов"],
    // "-ием", "-аем", "-оем" are the instrumental of "-ий", "-ай", "-ой".
    ["Валерием Тестиным", "с", "Валерий Тестин"],
    ["Николаем Тестьевым", "с", "Николай Тестьев"],
    ["Уринбоем Тестоновым", "с", "Уринбой Тестонов"],
    ["Джамилей Тестовой", "с", "Джамиля Тестова"],
    // Surnames in "-ай" decline; a Georgian "-лая", "-ная", "-чая" does not.
    ["Валерия Тестгая", "блогера", "Валерий Тестгай"],
    ["Жанболата Тесмая", "задержали", "Жанболат Тесмай"],
    ["Жанболату Тесмаю", "активисту", "Жанболат Тесмай"],
    ["Вахо Тестная", "задержали", "Вахо Тестная"],
    ["Джано Тестчая", "задержали", "Джано Тестчая"],
    // After a given name an unknown "-и"/"-е" word is a surname that does not decline.
    ["Нигяр Тестази", undefined, "Нигяр Тестази"],
    ["Нурлану Тестре", "активисту", "Нурлан Тестре"],
    // An unknown man's name in "-е" does not decline either ("Чоршанбе").
    ["Тестанбе Тестанбиева", "бойца", "Тестанбе Тестанбиев"],
    // No "-ьй": "Грачья" is a man's name the press leaves undeclined.
    ["Грачья Тестосяна", "жалобу", "Грачья Тестосян"],
  ])("%s (after %s) → %s", (name, before, want) => {
    expect(nominativeName(name.split(" "), casesFromContext(before)).words.join(" ")).toBe(want);
  });

});

describe("what follows a name tells its case when nothing before it does", () => {
  it.each([
    ["Халида Тестмова, вдова погибшего активиста, была задержана 3 мая.", "Халида Тестмова"],
    ["Рашида Тесткова задержали в Бишкеке 3 мая.", "Рашид Тестков"],
    ["Гулбахора Тестоева была задержана 3 мая.", "Гулбахора Тестоева"],
  ])("%s → %s", (text, want) => {
    expect(extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => i.person)).toEqual([want]);
  });
});

describe("a surname alone takes the full name the document gives elsewhere", () => {
  it("reads a headline's lone surname in an oblique case as the person named in full below it", () => {
    const text = "На экс-адвоката Тестикова завели уголовное дело\nСледственный комитет возбудил дело в отношении Ильи Тестикова. Он живёт за границей.";
    expect(extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`)).toEqual(["charge:Илья Тестиков"]);
  });

  it("does not lend an official's full name to the lone surname (the insulted president is no victim)", () => {
    const text = "Блогера, написавшего комментарий в адрес Тестиева, приговорили к двум годам\nВ Самарканде блогера Дильшода Семплова, написавшего пост о президенте Шавкате Тестиеве, приговорили к двум годам.";
    expect(extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => i.person)).not.toContain("Шавкат Тестиев");
  });

  it("reads a family's plural surname in English as each one's own", () => {
    const text = "The Supreme Court acquitted journalists Seitkazy and Asset Testayevs on Monday.";
    expect(extractDocument({ text, lang: "en", published: "2024-05-10" }, { learned: false }).incidents.map((i) => i.person).sort()).toEqual(["Asset Testayev", "Seitkazy Testayev"]);
    expect(extractDocument({ text: "Police detained Marat and Aliya Testovs in Almaty.", lang: "en", published: "2024-05-10" }, { learned: false }).incidents.map((i) => i.person).sort()).toEqual(["Aliya Testova", "Marat Testov"]);
  });
});

describe("'пригласили на допрос/беседу' is a summons, like 'вызвали'", () => {
  it.each([
    ["Затем на допрос пригласили журналистку Айдай Тестбаеву и бывшую сотрудницу издания Зару Семплову.", ["summons:Айдай Тестбаева", "summons:Зара Семплова"]],
    ["ГКНБ пригласил на беседу активиста Марата Тестова.", ["summons:Марат Тестов"]],
    ["Марат Тестов пригласил гостей на праздник.", []],
  ])("%s", (text, want) => {
    expect(extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort()).toEqual(want);
  });
});

describe("initials glued to a surname, and a lone surname whose given name the lexicon does not know", () => {
  it("reads 'А.Тестли' as an initial and a surname, the person named in full before", () => {
    const text = "Суд арестовал журналиста Алескера Тестли на четыре месяца. По словам брата, у А.Тестли обнаружили болезнь.";
    const people = extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => i.person);
    expect(people).toContain("Алескер Тестли");
    expect(people.every((p) => p === "Алескер Тестли")).toBe(true);
  });

  it("reads a headline's lone surname in the instrumental as the person named in full below, an unknown given name and all", () => {
    const text = "Суд над Тестоновым завершился приговором\nСуд в Душанбе приговорил журналиста Уринбоя Тестонова к трём годам колонии.";
    expect(extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`)).toEqual(["sentence:Уринбой Тестонов"]);
  });
});

describe("name forms a sentence's opening word, a role noun or a double surname used to spoil", () => {
  beforeAll(async () => {
    await initExtractor();
  });
  const found = (text: string): string[] => extractDocument({ text, lang: "ru", published: "2024-05-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();

  it.each([
    // An adverb or a common noun that opens the sentence is no given name; the lone surname is the person named before.
    ["an adverb opening the sentence", "Суд в Бишкеке арестовал активиста Тимура Тестова. Первоначально Тестова обвинили в хулиганстве.", ["charge:Тимур Тестов", "criminal_arrest:Тимур Тестов"]],
    ["a title opening the sentence", "Суд арестовал епископа Вардана Тестяна. Архиепископ Вардан был задержан на два месяца.", ["criminal_arrest:Вардан Тестян", "detention:Вардан Тестян"]],
    // A feminine role noun in "-шу" is an accusative: the woman, not a man in the dative.
    ["'блогершу' before the name", "Блогершу Шахиду Тестову забрали из ее дома 18 декабря.", ["detention:Шахида Тестова"]],
    // An outlet's quoted name between the role noun and the name does not set the name's case.
    ["a role noun before an outlet's quoted name", "Блогерше и администратору Telegram-канала «Тест» Шахиде Тестовой предъявлены обвинения.", ["charge:Шахида Тестова"]],
    // A man's surname in "-а" declines as a woman's word.
    ["a man's surname in '-а'", "Полиция задержала журналиста Александра Тестуты.", ["detention:Александр Тестута"]],
    // A double surname declines its first part only.
    ["a double surname", "Полиция задержала бывшего сотрудника Василия Тестова-Чиковани.", ["detention:Василий Тестов-Чиковани"]],
  ])("%s", (_label, text, want) => {
    expect(found(text)).toEqual(want);
  });

  it("keeps a given name that is a dictionary verb or adjective ('Нарек', 'Парен') and a name that is also a noun ('Роза')", () => {
    expect(found("Нарек Тестян был задержан 5 мая.")).toEqual(["detention:Нарек Тестян"]);
    expect(found("Парен Тестян был задержан 5 мая.")).toEqual(["detention:Парен Тестян"]);
    expect(found("Роза Тестова была задержана 5 мая.")).toEqual(["detention:Роза Тестова"]);
  });
});

describe("'Валерию' is Валерий in the dative or Валерия in the accusative, as the verb and the surname say (x-fix)", () => {
  const people = (text: string): string[] =>
    extractDocument({ text, lang: "ru", published: "2024-03-10" }, { learned: false }).incidents.map((i) => `${i.type}:${i.person}`).sort();
  it.each([
    ["a verb that gives a term takes the dative", "Суд назначил Валерию Тестало пять лет колонии.", ["sentence:Валерий Тестало"]],
    ["the same verb after the name", "Валерию Тестало назначили пять лет колонии.", ["sentence:Валерий Тестало"]],
    ["a verb of custody takes the accusative", "Полиция задержала Валерию Тестало.", ["detention:Валерия Тестало"]],
    ["a charge brought to him", "Следователи предъявили Валерию Тестову обвинение.", ["charge:Валерий Тестов"]],
    ["a woman held", "Полиция задержала Валерию Тестову.", ["detention:Валерия Тестова"]],
  ])("%s", (_label, text, want) => {
    expect(people(text)).toEqual(want);
  });
  it("a dative verb asks for the dative", () => {
    expect(casesFromContext("назначили")).toEqual(["dat"]);
    expect(casesFromContext("предъявил")).toEqual(["dat"]);
  });
});
