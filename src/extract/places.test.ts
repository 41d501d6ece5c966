import { describe, expect, it } from "vitest";
import { findPlaces } from "./places.js";

const placesOf = (text: string, lang: "en" | "ru"): [string, boolean][] => findPlaces(text, lang).map((p) => [p.text, p.country]);

describe("places of incidents", () => {
  it("gives a Russian place in the nominative, keeping the name the text used", () => {
    expect(placesOf("Его задержали в Уральске, а её — в Нур-Султане и в Усть-Каменогорске.", "ru")).toEqual([
      ["Уральск", false], ["Нур-Султан", false], ["Усть-Каменогорск", false],
    ]);
  });

  it("reads a city that is also a region of its own as the city", () => {
    expect(placesOf("Суд в Бишкеке и суд в Алматы", "ru")).toEqual([["Бишкек", false], ["Алматы", false]]);
    expect(placesOf("a court in Tashkent", "en")).toEqual([["Tashkent", false]]);
  });

  it("keeps English names as written and countries as countries", () => {
    expect(placesOf("detained in Uralsk, Kazakhstan", "en")).toEqual([["Uralsk", false], ["Kazakhstan", true]]);
  });
});

describe("towns beyond the gazetteer", () => {
  it("reads the South Caucasus, Ukraine, Belarus's district towns and Russia's regional centres in any case", () => {
    expect(placesOf("Суд в Батуми, полиция Кутаиси, суд Астрахани и СИЗО Бобруйска", "ru").map(([p]) => p)).toEqual(["Батуми", "Кутаиси", "Астрахань", "Бобруйск"]);
    expect(placesOf("detained in Istanbul, tried in Rustavi and Kharkov", "en").map(([p]) => p)).toEqual(["Istanbul", "Rustavi", "Kharkiv"]);
  });

  it("reads '<town> region' as a region, too wide for a scene", () => {
    expect(placesOf("a porter from the Tver region, tried in Tver", "en")).toEqual([["Tver", true], ["Tver", false]]);
  });

  it("reads a town's adjective before a court as the town", () => {
    expect(placesOf("Тбилисский городской суд и Стамбульская полиция", "ru").map(([p]) => p)).toEqual(["Тбилиси", "Стамбул"]);
  });

  it("does not read a surname or a verb that looks like a town as a place", () => {
    expect(placesOf("Читайте также: Иван Борисов и Анна Львова", "ru")).toEqual([]);
  });
});
