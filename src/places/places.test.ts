import { describe, expect, it } from "vitest";
import { zPlaceInput } from "../contract/index.js";
import { fixedId, ID_PATTERN } from "../core/index.js";
import { findPlacesInText, gazetteer, placeById, resolvePlace } from "./index.js";

const byName = (name: string, level?: string) => {
  const p = gazetteer().find((x) => x.name === name && (!level || x.adminLevel === level));
  if (!p) throw new Error(`no ${name} in the gazetteer`);
  return p;
};

describe("gazetteer()", () => {
  const all = gazetteer();

  it("lists 5 countries, then regions, then towns, with Vigil ids from GeoNames ids", () => {
    expect(all.filter((p) => p.adminLevel === "country").map((p) => p.code)).toEqual(["KZ", "KG", "UZ", "TJ", "TM"]);
    expect(all.filter((p) => p.adminLevel === "region")).toHaveLength(52);
    const order = all.map((p) => ["country", "region"].indexOf(p.adminLevel)).map((n) => (n === -1 ? 2 : n));
    expect(order).toEqual([...order].sort());
    for (const p of all) {
      expect(p.id).toMatch(ID_PATTERN);
      if (p.geonameid !== null) expect(p.id).toBe(fixedId("place", p.geonameid));
    }
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(byName("Kazakhstan").id).toBe(fixedId("place", 1522867));
  });

  it("gives places that the record contract accepts, former names included among the alternates", () => {
    for (const p of all) {
      const r = zPlaceInput.safeParse({ ...p, altNames: [...new Set([...p.altNames, ...p.formerNames])] });
      expect(r.success, p.name).toBe(true);
    }
  });

  it("chains every town to a region of its country and every region to its country", () => {
    for (const p of all) {
      if (p.adminLevel === "country") {
        expect(p.parentId).toBeNull();
        continue;
      }
      const parent = placeById(p.parentId!)!;
      expect(parent.country).toBe(p.country);
      expect(parent.adminLevel).toBe(p.adminLevel === "region" ? "country" : "region");
    }
    expect(placeById(byName("Oral").parentId!)!.code).toBe("KZ-27");
    expect(placeById(byName("Semey").parentId!)!.code).toBe("KZ-10");
  });

  it("keeps names in every script, former names and coordinates", () => {
    const almaty = byName("Almaty", "city");
    expect(almaty.names).toMatchObject({ ru: "Алматы", kk: "Алматы" });
    expect(almaty.formerNames).toEqual(expect.arrayContaining(["Alma-Ata", "Алма-Ата"]));
    expect(almaty.lat).toBeCloseTo(43.25, 1);
    expect(byName("Astana", "city").formerNames).toContain("Nur-Sultan");
    expect(byName("Aktobe Region").code).toBe("KZ-15");
    expect(Object.isFrozen(almaty) && Object.isFrozen(almaty.names) && Object.isFrozen(almaty.altNames)).toBe(true);
  });
});

describe("resolvePlace", () => {
  const cases: [string, string, string | null][] = [
    // [input, expected English name, expected ISO code of the place's region or the region itself]
    ["Almaty", "Almaty", "KZ-75"],
    ["Алматы", "Almaty", "KZ-75"],
    ["из Алматы", "Almaty", "KZ-75"],
    ["в Уральске", "Oral", "KZ-27"],
    ["Уральск", "Oral", "KZ-27"],
    ["Oral", "Oral", "KZ-27"],
    ["Оралда", "Oral", "KZ-27"],
    ["в Актобе", "Aktobe", "KZ-15"],
    ["Ақтөбеде", "Aktobe", "KZ-15"],
    ["the western city of Aktobe", "Aktobe", "KZ-15"],
    ["Шымкентом", "Shymkent", "KZ-79"],
    ["в Усть-Каменогорске", "Oskemen", "KZ-63"],
    ["Ust-Kamenogorsk", "Oskemen", "KZ-63"],
    ["Өскемен", "Oskemen", "KZ-63"],
    ["Алматыда", "Almaty", "KZ-75"],
    ["Алматыдағы", "Almaty", "KZ-75"],
    ["Астанадан", "Astana", "KZ-71"],
    ["Nur-Sultan", "Astana", "KZ-71"],
    ["в Нур-Султане", "Astana", "KZ-71"],
    ["Alma-Ata", "Almaty", "KZ-75"],
    ["в Алма-Ате", "Almaty", "KZ-75"],
    ["Kapchagay", "Konaev", "KZ-19"],
    ["Жанаозене", "Zhanaozen", "KZ-47"],
    ["в Семее", "Semey", "KZ-10"],
    ["Semipalatinsk", "Semey", "KZ-10"],
    ["Костаная", "Kostanay", "KZ-39"],
    ["Талдықорғанда", "Taldykorgan", "KZ-33"],
    ["в Караганде", "Karaganda", "KZ-35"],
    ["Тараздан", "Taraz", "KZ-31"],
    ["Almaty's mayor", "Almaty", "KZ-75"],
    ["в Оше", "Osh", "KG-O"],
    ["Frunze", "Bishkek", "KG-GB"],
    ["Stalinabad", "Dushanbe", "TJ-DU"],
    ["Krasnovodsk", "Türkmenbaşy", "TM-B"],
    // regions in all their forms
    ["Алматинская область", "Almaty Region", "KZ-19"],
    ["Almaty region", "Almaty Region", "KZ-19"],
    ["в Карагандинской области", "Karaganda Region", "KZ-35"],
    ["Западно-Казахстанской области", "West Kazakhstan Region", "KZ-27"],
    ["ЗКО", "West Kazakhstan Region", "KZ-27"],
    ["Mangystau region", "Mangystau Region", "KZ-47"],
    ["Mangistau region", "Mangystau Region", "KZ-47"],
    ["Маңғыстау облысында", "Mangystau Region", "KZ-47"],
    ["South Kazakhstan region", "Turkistan Region", "KZ-61"],
    ["область Абай", "Abai Region", "KZ-10"],
    ["Жетісу облысы", "Jetisu Region", "KZ-33"],
    ["Алматинская обл.", "Almaty Region", "KZ-19"],
    ["Шығыс Қазақстан облысында", "East Kazakhstan Region", "KZ-63"],
    ["в ВКО", "East Kazakhstan Region", "KZ-63"],
    ["Жамбыл облысының", "Jambyl Region", "KZ-31"],
    // Latin-script Kazakh, Uzbek and Kyrgyz suffixes, and city words around a name
    ["Almatyda", "Almaty", "KZ-75"],
    ["Öskemende", "Oskemen", "KZ-63"],
    ["Toshkentda", "Tashkent", "UZ-TK"],
    ["Бішкекте", "Bishkek", "KG-GB"],
    ["г. Алматы", "Almaty", "KZ-75"],
    ["Алматы қаласында", "Almaty", "KZ-75"],
    // Soviet names, inflected
    ["Семипалатинске", "Semey", "KZ-10"],
    ["Гурьеве", "Atyrau", "KZ-23"],
    ["Целинограде", "Astana", "KZ-71"],
    ["Чимкенте", "Shymkent", "KZ-79"],
    ["Kzyl-Orda", "Kyzylorda", "KZ-43"],
    ["Ленинабаде", "Khujand", "TJ-SU"],
    // misspellings of long names
    ["Shymkentt", "Shymkent", "KZ-79"],
    ["Taldykorgn", "Taldykorgan", "KZ-33"],
    ["Karagamda", "Karaganda", "KZ-35"],
    ["Уральскк", "Oral", "KZ-27"],
  ];

  it.each(cases)("%s → %s", (input, name, code) => {
    const m = resolvePlace(input);
    expect(m, input).not.toBeNull();
    expect(m!.place.name).toBe(name);
    const regionCode = m!.place.adminLevel === "region" ? m!.place.code : placeById(m!.place.parentId!)?.code;
    expect(regionCode).toBe(code);
    expect(m!.score).toBeGreaterThan(0);
    expect(m!.score).toBeLessThanOrEqual(1);
    expect(input).toContain(m!.matched);
  });

  it("scores exact current names above former names, inflections and misspellings", () => {
    const exact = resolvePlace("Almaty")!.score;
    expect(exact).toBe(1);
    expect(resolvePlace("Alma-Ata")!.score).toBeLessThan(exact);
    expect(resolvePlace("Алматыда")!.score).toBeLessThan(exact);
    expect(resolvePlace("Almatty")!.score).toBeLessThan(resolvePlace("Алматыда")!.score);
  });

  it("finds countries and honours a preferred country", () => {
    expect(resolvePlace("в Кыргызстане")!.place.code).toBe("KG");
    expect(resolvePlace("Kazakhstan")!.place.adminLevel).toBe("country");
    expect(resolvePlace("Talas")!.place.country).toBe("KG");
    expect(resolvePlace("Leninsk")!.place.name).toBe("Baikonur");
    expect(resolvePlace("Leninsk", { country: "UZ" })!.place.name).toBe("Asaka");
    const elsewhere = resolvePlace("Talas", { country: "TM" })!;
    expect(elsewhere.place.country).toBe("KG");
    expect(elsewhere.score).toBeLessThan(resolvePlace("Talas")!.score);
  });

  it.each(["", "   ", "по решению суда", "the police said", "Ox", "Pap", "xyzzy", "Москва"])("finds nothing in %j", (input) => {
    expect(resolvePlace(input)).toBeNull();
  });

  it("does not correct short names into other places", () => {
    expect(resolvePlace("Almat")?.place.name ?? null).not.toBe("Aktau");
    expect(resolvePlace("Osk")).toBeNull();
  });
});

describe("findPlacesInText", () => {
  const found = (text: string) => findPlacesInText(text).map((h) => [h.text, h.place.name]);

  it.each<[string, [string, string][]]>([
    ["5 января в Алматы задержали журналиста.", [["Алматы", "Almaty"]]],
    ["Его доставили из Уральска в Актобе, затем в Усть-Каменогорск.", [["Уральска", "Oral"], ["Актобе", "Aktobe"], ["Усть-Каменогорск", "Oskemen"]]],
    ["Жанаозенде наразылық басталды, кейін Алматыға тарады.", [["Жанаозенде", "Zhanaozen"], ["Алматыға", "Almaty"]]],
    ["Police in the western city of Aktobe detained him; Almaty's airport was seized.", [["Aktobe", "Aktobe"], ["Almaty", "Almaty"]]],
    ["Protests spread across Mangystau region and the Карагандинской области.", [["Mangystau region", "Mangystau Region"], ["Карагандинской области", "Karaganda Region"]]],
    ["She moved from Nur-Sultan to Alma-Ata.", [["Nur-Sultan", "Astana"], ["Alma-Ata", "Almaty"]]],
    ["He was taken to Oral on Monday.", [["Oral", "Oral"]]],
    ["In Aral the police detained three men.", [["Aral", "Aral"]]],
    ["Задержан в Сатпаеве.", [["Сатпаеве", "Satpayev"]]],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "Oral arguments were heard on Monday.",
    "The Aral Sea has shrunk.",
    "Аральское море высохло.",
    "Mary said she was fine.",
    "Pop music played. Turn left at the corner.",
    "Сатпаев Ерлан Маратович задержан.",
    "Совет безопасности заседал. Массы вышли на улицы.",
    "Абай Кунанбаев — поэт.",
    "алматы and уральск in lower case are not taken from running text",
    "Nov. 5: nothing happened.",
    "Верный выбор сделали не все. Зафар Каримов и Juma Saidov were questioned.",
    "He wrote a letter to Mary. Показания из Сатпаева выбили под пытками, письмо к Сатпаеву не дошло.",
  ])("no place in %j", (text) => {
    expect(found(text)).toEqual([]);
  });

  it("returns UTF-16 offsets of the mention", () => {
    const text = "Қазақстанда 🇰🇿 Ақтөбеде ереуіл болды.";
    const hits = findPlacesInText(text);
    expect(hits.map((h) => h.place.name)).toEqual(["Kazakhstan", "Aktobe"]);
    for (const h of hits) expect(text.slice(h.start, h.end)).toBe(h.text);
  });
});
