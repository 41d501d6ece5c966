import { describe, expect, it } from "vitest";
import { transliterate } from "./transliterate.js";
import { skeleton, stemOf } from "./skeleton.js";
import type { TransliterationSystem } from "./types.js";

describe("transliterate", () => {
  const cases: [TransliterationSystem, string, string][] = [
    ["bgn_pcgn", "Жумабаев Ерлан", "Zhumabayev Yerlan"],
    ["bgn_pcgn", "Фёдор Щукин", "Fëdor Shchukin"],
    ["bgn_pcgn", "Әлия Қасымова", "Äliya Qasymova"],
    ["bgn_pcgn", "Ғалым Нұрпейісов", "Ghalym Nūrpeyisov"],
    ["iso9", "Жумабаев Ерлан", "Žumabaev Erlan"],
    ["iso9", "Щукин Юрий", "Ŝukin Ûrij"],
    ["icao", "Жумабаев Ерлан", "Zhumabaev Erlan"],
    ["icao", "Юлия Ильина", "Iuliia Ilina"],
    ["icao", "Нұрлан Серікұлы", "Nurlan Serikuly"],
    ["kazakh_latin_2021", "Жұмабаев Нұрлан", "Jūmabaev Nūrlan"],
    ["kazakh_latin_2021", "Шолпан Сәрсенбаева", "Şolpan Särsenbaeva"],
    ["kazakh_latin_2021", "Ілияс Қайыров", "Iliias Qaiyrov"],
    ["kazakh_latin_2021", "Ыбырай Іңкәр", "Ybyrai Iñkär"],
    ["press", "Жұмабаев Нұрлан Серікұлы", "Zhumabayev Nurlan Serikuly"],
    ["press", "Дмитрий Белый", "Dmitriy Bely"],
    ["press", "Фёдор Ерлан", "Fyodor Yerlan"],
    ["press", "ЖУМАБАЕВ", "ZHUMABAYEV"],
  ];
  it.each(cases)("%s: %s → %s", (system, input, expected) => {
    expect(transliterate(input, system)).toBe(expected);
  });

  it("leaves Latin and punctuation alone", () => {
    expect(transliterate("N. Zhumabayev (b. 1984)", "iso9")).toBe("N. Zhumabayev (b. 1984)");
  });

  it("every system's output has the same skeleton as the Cyrillic", () => {
    const names = ["Жұмабаев", "Нұрлан", "Сәрсенбаева", "Қасымов", "Дмитрий", "Ерлан", "Шолпан", "Холматов"];
    const systems: TransliterationSystem[] = ["bgn_pcgn", "iso9", "icao", "kazakh_latin_2021", "press"];
    for (const name of names) {
      const expected = stemOf(skeleton(name));
      for (const system of systems) expect(stemOf(skeleton(transliterate(name, system))), `${name} in ${system}`).toBe(expected);
    }
  });
});
