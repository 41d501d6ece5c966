/**
 * A name search reads the index with queryIndexKeys, queryKeys without the stems whose outline is asked too: it must
 * find exactly the people queryKeys finds, for every stored name and every way of writing a query for it.
 */
import { describe, expect, it } from "vitest";
import { generateRecords } from "../src/demo/generate.js";
import { nameKeys, queryIndexKeys, queryKeys, transliterate } from "../src/match/index.js";

const finds = (tokens: string[][], keys: Set<string>) => tokens.length > 0 && tokens.every((alts) => alts.some((k) => keys.has(k)));

describe("queryIndexKeys", () => {
  const stored = new Set<string>([
    "Жұмабаев Нұрлан Серікұлы", "Saule Nurmagambetova-Omarova", "Rustem Karimov", "Улуғбек Қодиров", "Sviatlana Tsikhanouskaya",
    "Ан Ли", "Asanbek uulu Bakyt A. Zhumabayev-Kassymova-Seitkaliyevaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "Abdurakhmanovaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Ali", "Abdurakhmanovaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaxyz Ali",
  ]);
  for (const r of generateRecords({ incidents: 2000, seed: 5 })) {
    if (r.kind === "people") for (const n of r.record.names) stored.add(n.value);
  }
  const queries = new Set<string>(["Нурланом Жумабаевым", "Рустема", "Omarova", "Тихановская", "Ulug'bek Qodirov", "Ли", "Abdurakhmanovaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaqq"]);
  for (const name of [...stored].slice(0, 400)) {
    queries.add(name);
    queries.add(name.split(/\s+/).slice(0, 2).join(" "));
    queries.add(transliterate(name, "bgn_pcgn"));
    queries.add(transliterate(name, "press").split(/\s+/).reverse().join(" "));
  }

  it("finds the same stored names as queryKeys, with no more keys", () => {
    const keysOf = [...stored].map((name) => [name, new Set(nameKeys(name))] as const);
    const differ: string[] = [];
    let found = 0;
    for (const q of queries) {
      const all = queryKeys(q);
      const read = queryIndexKeys(q);
      expect(read.length).toBe(all.length);
      read.forEach((alts, i) => expect(alts.every((k) => all[i]!.includes(k)) && alts.length > 0).toBe(true));
      for (const [name, keys] of keysOf) {
        const a = finds(all, keys);
        if (a) found++;
        if (a !== finds(read, keys)) differ.push(`${q} → ${name}`);
      }
    }
    expect(differ).toEqual([]);
    expect(found).toBeGreaterThan(queries.size);
  });

  it("asks a long stem by its outline alone", () => {
    expect(queryIndexKeys("Kovalëv")).toEqual([queryKeys("Kovalëv")[0]!.filter((k) => k.startsWith("~"))]);
  });
});
