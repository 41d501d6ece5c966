import { describe, expect, it } from "vitest";
import { parseName } from "./parse.js";

type Row = [string, { given?: string; patronymic?: string; family?: string; order?: string; sex?: string | null; script?: string }];

describe("parseName reads the parts whatever the order and script", () => {
  const rows: Row[] = [
    ["Жұмабаев Нұрлан Серікұлы", { given: "Нұрлан", patronymic: "Серікұлы", family: "Жұмабаев", order: "family_first", sex: "male", script: "Cyrl" }],
    ["Нурлан Серикович Жумабаев", { given: "Нурлан", patronymic: "Серикович", family: "Жумабаев", order: "given_first", sex: "male" }],
    ["Nurlan Zhumabayev", { given: "Nurlan", family: "Zhumabayev", order: "given_first", sex: "male", script: "Latn" }],
    ["ZHUMABAYEV Nurlan", { given: "Nurlan", family: "ZHUMABAYEV", order: "family_first", sex: "male" }],
    ["N. Zhumabayev", { given: "N.", family: "Zhumabayev", order: "given_first", sex: "male" }],
    ["Жумабаев Н.С.", { given: "Н.", patronymic: "С.", family: "Жумабаев", order: "family_first", sex: "male" }],
    ["Aliya Nurlanovna Zhumabayeva", { given: "Aliya", patronymic: "Nurlanovna", family: "Zhumabayeva", sex: "female" }],
    ["Жумабаевой Алии Нурлановны", { given: "Алии", patronymic: "Нурлановны", family: "Жумабаевой", sex: "female" }],
    ["Asanbek uulu Bakyt", { given: "Bakyt", patronymic: "Asanbek uulu", sex: "male" }],
    ["Айзада Канатовна Мамытова", { given: "Айзада", patronymic: "Канатовна", family: "Мамытова", sex: "female" }],
    ["Sherzod Yo'ldoshev", { given: "Sherzod", family: "Yo'ldoshev", sex: "male" }],
    ["Арман Жәнібекұлы", { given: "Арман", family: "Жәнібекұлы", sex: "male" }],
    ["Saule Nurmagambetova-Omarova", { given: "Saule", family: "Nurmagambetova-Omarova", sex: "female" }],
    ["Maryja Lukjančyk", { given: "Maryja", family: "Lukjančyk", sex: "female" }],
    ["нурлан жумабаев", { given: "нурлан", family: "жумабаев", sex: "male" }],
    ["Aigerim Bolatkyzy", { given: "Aigerim", family: "Bolatkyzy", sex: "female" }],
    ["Raman Pratasevich", { given: "Raman", family: "Pratasevich", sex: "male" }],
    ["Роман Дмитриевич Протасевич", { given: "Роман", patronymic: "Дмитриевич", family: "Протасевич" }],
    ["Касым-Жомарт Кемелевич Токаев", { given: "Касым-Жомарт", patronymic: "Кемелевич", family: "Токаев" }],
  ];
  it.each(rows)("%s", (value, expected) => {
    const p = parseName(value);
    if (expected.given !== undefined) expect(p.given?.text).toBe(expected.given);
    if (expected.patronymic !== undefined) expect(p.patronymic?.text).toBe(expected.patronymic);
    if (expected.family !== undefined) expect(p.family?.text).toBe(expected.family);
    if (expected.order !== undefined) expect(p.order).toBe(expected.order);
    if (expected.sex !== undefined) expect(p.sex).toBe(expected.sex);
    if (expected.script !== undefined) expect(p.script).toBe(expected.script);
  });
});

describe("the -а rule: a woman's name or a man's genitive", () => {
  const rows: [string, "female" | "male" | null][] = [
    ["Нурлана Жумабаева", "male"], // masculine given name in the genitive → the man
    ["Жумабаева Нурлана Сериковича", "male"],
    ["Алия Жумабаева", "female"],
    ["Жумабаева", null], // alone in Cyrillic: either
    ["Жумабаева А.", null],
    ["Zhumabayeva", "female"], // English does not decline
    ["A. Zhumabayeva", "female"],
    ["Жумабаевой", "female"],
    ["Жумабаевым", "male"],
    ["Александра Шевченко", null], // Aleksandra, or Aleksandr in the genitive
    ["Шевченко Александра Олеговича", "male"],
    ["Шевченко Александра Олеговна", "female"],
    ["Aleksandra Shevchenko", "female"],
    ["Александром Шевченко", "male"],
    ["Александрой Шевченко", "female"],
  ];
  it.each(rows)("%s → %s", (value, sex) => {
    expect(parseName(value).sex).toBe(sex);
  });
});

describe("patronymic father's name", () => {
  it.each([
    ["Жумабаев Нурлан Серикович", "serik"],
    ["Жұмабаев Нұрлан Серікұлы", "serik"],
    ["Aliya Serikovna Zhumabayeva", "serik"],
    ["Aigerim Serikkyzy Zhumabayeva", "serik"],
    ["Otabek Serik o'g'li Zhumabayev", "serik"],
  ])("%s → %s", (value, father) => {
    expect(parseName(value).patronymic?.father).toBe(father);
  });
});
