import { describe, expect, it } from "vitest";
import { compareNames, comparePeople } from "./compare.js";
import { matchReasonText } from "../contract/reasons.js";
import type { MatchOutcome, Mention } from "./types.js";

const m = (name: string, ctx: Omit<Mention, "name"> = {}): Mention => ({ name, ...ctx });

describe("compareNames", () => {
  const rows: [string, Mention, Mention, MatchOutcome][] = [
    // One person across scripts, systems, order and inflection.
    ["Kazakh Cyrillic vs press Latin", m("Жұмабаев Нұрлан Серікұлы"), m("Nurlan Zhumabayev"), "same"],
    ["press Latin vs Kazakh Cyrillic", m("Nurlan Jumabaev"), m("Жұмабаев Нұрлан"), "same"],
    ["Russified vs Kazakh patronymic", m("Жумабаев Нурлан Серикович"), m("Жұмабаев Нұрлан Серікұлы"), "same"],
    ["genitive of a man", m("Нурлана Жумабаева"), m("Nurlan Zhumabayev"), "same"],
    ["instrumental of a woman", m("Алией Жумабаевой"), m("Aliya Zhumabayeva"), "same"],
    ["family name first", m("ZHUMABAYEV Nurlan"), m("Nurlan Zhumabayev"), "same"],
    ["Kyrgyz uulu both orders", m("Asanbek uulu Bakyt"), m("Бакыт Асанбек уулу"), "same"],
    ["Belarusian Latin vs Russian", m("Maryia Kalesnikava"), m("Мария Колесникова"), "same"],
    ["Łacinka vs passport", m("Volha Kavaleŭskaja"), m("Volha Kavaleuskaya"), "same"],
    ["Uzbek Latin vs Cyrillic", m("Ulug'bek Qodirov"), m("Улуғбек Қодиров"), "same"],
    ["diminutive", m("Dima Volkov"), m("Дмитрий Волков"), "same"],
    ["Belarusian given name", m("Siarhei Kavaleuski"), m("Сергей Ковалевский"), "same"],
    ["compound family name", m("Saule Nurmagambetova-Omarova"), m("Saule Nurmagambetova"), "same"],
    // Partial mentions: compatible, for review.
    ["Latin initial before", m("N. Zhumabayev"), m("Жұмабаев Нұрлан Серікұлы"), "possible"],
    ["Cyrillic initials after", m("Жумабаев Н.С."), m("Nurlan Serikovich Zhumabayev"), "possible"],
    ["digraph initial", m("Zh. Temirkhanova"), m("Жанар Темирханова"), "possible"],
    ["short digraph initial", m("K. Mirzoev"), m("Хуршед Мирзоев"), "possible"],
    ["Y. for Е", m("Y. Zhumabayev"), m("Ерлан Жумабаев"), "possible"],
    ["surname only", m("Zhumabayev"), m("Nurlan Zhumabayev"), "possible"],
    ["bare Cyrillic -а form, either sex", m("Жумабаева"), m("Nurlan Zhumabayev"), "possible"],
    ["one-consonant typo in the family name", m("Nurlan Zhumabayef"), m("Nurlan Zhumabayev"), "possible"],
    ["vowel slip in the family name", m("Nurlan Zhumabaeyv"), m("Nurlan Zhumabayev"), "same"],
    // Different people.
    ["brothers", m("Nurlan Zhumabayev"), m("Yerlan Zhumabayev"), "different"],
    ["father and daughter", m("Nurlan Zhumabayev"), m("Aliya Zhumabayeva"), "different"],
    ["same name, other patronymic", m("Жумабаев Нурлан Серикович"), m("Zhumabayev Nurlan Amangeldiyevich"), "different"],
    ["brother and sister, one given stem", m("Aleksandr Shevchenko"), m("Aleksandra Shevchenko"), "different"],
    ["man vs woman's form of the surname", m("Zhumabayev"), m("Zhumabayeva"), "different"],
    ["one letter apart, both known names", m("Marat Ospanov"), m("Murat Ospanov"), "different"],
    ["similar surnames", m("Olzhas Temirbekov"), m("Olzhas Temirbayev"), "different"],
    ["initial disagrees", m("A. Zhumabayev"), m("Nurlan Zhumabayev"), "different"],
    ["Cyrillic initial disagrees", m("Жумабаев Н.А."), m("Жумабаев Нурлан Серикович"), "different"],
    ["namesakes by birth year", m("Nurlan Zhumabayev", { birthYear: 1984 }), m("Нурлан Жумабаев", { birthYear: 1971 }), "different"],
    ["namesakes by region", m("Timur Ospanov", { region: "Almaty" }), m("Тимур Оспанов", { region: "Kyzylorda region" }), "different"],
    ["context sex", m("Жумабаева", { sex: "female" }), m("Nurlan Zhumabayev"), "different"],
  ];
  it.each(rows)("%s", (_label, a, b, outcome) => {
    const ab = compareNames(a, b);
    const ba = compareNames(b, a);
    expect(ab.outcome).toBe(outcome);
    expect(ba.outcome).toBe(outcome);
    expect(ab.score).toBeGreaterThanOrEqual(0);
    expect(ab.score).toBeLessThanOrEqual(1);
    expect(ab.reasons.length).toBeGreaterThan(0);
  });

  it("explains itself", () => {
    const r = compareNames(m("N. Zhumabayev"), m("Жұмабаев Нұрлан Серікұлы"));
    expect(r.reasons).toEqual(["family name equal after transliteration", "given name initial agrees", "patronymic missing"]);
    const d = compareNames(m("Nurlan Zhumabayev", { birthYear: 1984 }), m("Nurlan Zhumabayev", { birthYear: 1971 }));
    expect(d.reasons).toContain("birth years differ");
  });

  it("gives its reasons as codes with parameters, the English phrases being their text", () => {
    const r = compareNames(m("N. Zhumabayev"), m("Жұмабаев Нұрлан Серікұлы"));
    expect(r.reasonCodes).toEqual([{ code: "family_equal" }, { code: "given_initial" }, { code: "patronymic_missing" }]);
    const d = compareNames(m("Nurlan Zhumabayev", { birthYear: 1984 }), m("Nurlan Zhumabayev", { birthYear: 1971 }));
    expect(d.reasonCodes).toContainEqual({ code: "birth_years_differ", params: { count: 13 } });
    const near = compareNames(m("Nurlan Zhumabayev", { birthYear: 1984 }), m("Nurlan Zhumabaev", { birthYear: 1985 }));
    expect(near.reasonCodes).toContainEqual({ code: "birth_years_apart", params: { count: 1 } });
    expect(comparePeople({ names: [] }, { names: ["Nurlan Zhumabayev"] }).reasonCodes).toEqual([{ code: "no_names" }]);
    for (const x of [r, d, near]) expect(x.reasons).toEqual(x.reasonCodes.map(matchReasonText));
  });

  it("agreeing context raises the score", () => {
    const plain = compareNames(m("Nurlan Zhumabayev"), m("Нурлан Жумабаев"));
    const dated = compareNames(m("Nurlan Zhumabayev", { birthYear: 1984 }), m("Нурлан Жумабаев", { birthYear: 1984 }));
    expect(dated.score).toBeGreaterThan(plain.score);
  });
});

describe("comparePeople", () => {
  it("takes the best evidence over the names", () => {
    const a = { names: ["Жұмабаев Нұрлан Серікұлы", "Nurlan Zhumabayev"] };
    const b = { names: ["Zhumabaev", "Jumabaev Nurlan"] };
    expect(comparePeople(a, b).outcome).toBe("same");
  });
  it("lets disagreeing context separate namesakes", () => {
    const a = { names: ["Nurlan Zhumabayev"], birthYear: 1984, region: "Almaty" };
    const b = { names: ["Nurlan Zhumabayev"], birthYear: 1971, region: "Aktobe" };
    expect(comparePeople(a, b).outcome).toBe("different");
  });
  it("says different when a side has no names", () => {
    expect(comparePeople({ names: [] }, { names: ["Nurlan Zhumabayev"] }).outcome).toBe("different");
  });
});
