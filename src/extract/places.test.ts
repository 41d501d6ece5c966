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
