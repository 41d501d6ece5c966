import { describe, expect, it } from "vitest";
import { clusterMentions } from "./cluster.js";
import type { Mention } from "./types.js";

type Row = Mention & { id: string };

function groups(rows: Row[]): string[][] {
  const clusters = clusterMentions(rows);
  const by = new Map<string, string[]>();
  for (const r of rows) by.set(clusters.get(r.id)!, [...(by.get(clusters.get(r.id)!) ?? []), r.id]);
  return [...by.values()].map((g) => g.sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

const rows = (names: (string | Mention)[]): Row[] =>
  names.map((n, i) => (typeof n === "string" ? { id: `m${i}`, name: n } : { id: `m${i}`, ...n }));

describe("clusterMentions", () => {
  it("puts every spelling of one person together", () => {
    const input = rows(["Жұмабаев Нұрлан Серікұлы", "Nurlan Zhumabayev", "Нурлана Жумабаева", "Jumabaev Nurlan", "N. Zhumabayev", "Жумабаеву Н.С.", "Zhumabayev"]);
    expect(groups(input)).toEqual([["m0", "m1", "m2", "m3", "m4", "m5", "m6"]]);
  });

  it("keeps brothers apart and leaves a bare surname unattached", () => {
    const input = rows(["Nurlan Zhumabayev", "Yerlan Zhumabayev", "Zhumabayev", "N. Zhumabayev", "Ерлан Жумабаев"]);
    expect(groups(input)).toEqual([["m0", "m3"], ["m1", "m4"], ["m2"]]);
  });

  it("keeps father and daughter apart, with their own partial mentions", () => {
    const input = rows(["Nurlan Zhumabayev", "Aliya Zhumabayeva", "Zhumabayev", "Zhumabayeva", "Жумабаевой Алии", "Жумабаева"]);
    // "Жумабаева" alone may be the daughter or her father in the genitive: it stays alone.
    expect(groups(input)).toEqual([["m0", "m2"], ["m1", "m3", "m4"], ["m5"]]);
  });

  it("never chains two full names through a partial one", () => {
    const input = rows(["N. Zhumabayev", "Nurlan Serikovich Zhumabayev", "Nurlan Amangeldiyevich Zhumabayev", "Nurlan Zhumabayev"]);
    const g = groups(input);
    expect(g.find((x) => x.includes("m1"))).not.toContain("m2");
    expect(g).toContainEqual(["m0"]);
    expect(g).toContainEqual(["m3"]);
  });

  it("separates namesakes by context and attaches context-free mentions only when unambiguous", () => {
    const input = rows([
      { name: "Timur Ospanov", birthYear: 1989, region: "Almaty" },
      { name: "Тимур Оспанов", birthYear: 2001, region: "Kyzylorda" },
      { name: "Оспанов Тимур", birthYear: 1989 },
      { name: "Timur Ospanov" },
    ]);
    expect(groups(input)).toEqual([["m0", "m2"], ["m1"], ["m3"]]);
  });

  it("returns a cluster for every id and handles empty input", () => {
    expect(clusterMentions([]).size).toBe(0);
    const r = clusterMentions(rows(["—", "Nurlan"]));
    expect(r.size).toBe(2);
  });
});
