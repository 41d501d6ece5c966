import { beforeAll, describe, expect, it } from "vitest";
import { extractDocument as extractWith, readDocument } from "./extract.js";
import { extractDocument, initExtractor } from "./index.js";
import { trainLogistic, type Example } from "./learned-train.js";
import { candidateFeatures, learnedIncidents, type LearnedModel, type LearnedWeights, peopleOf, probability } from "./learned.js";

beforeAll(async () => {
  await initExtractor();
});

const none: LearnedModel = { types: [], threshold: {}, thresholdNew: {}, w: {} };
/** A hand-made model: a charge when "suspect" stands near the name, and (with `eager`) anything for anyone. */
const model = (eager = false): LearnedModel => ({
  types: ["charge", "detention", "search"],
  threshold: { charge: 0.5, detention: 0.5, search: 0.5 },
  thresholdNew: { charge: 0.5, detention: 0.5, search: 0.5 },
  w: { "charge|c:suspec": 6, "charge|bias": -3, "detention|bias": eager ? 3 : -3, "search|bias": eager ? 3 : -3 },
});
const withModel = (m: LearnedModel, lang: "en" | "ru" = "en"): LearnedWeights => (lang === "en" ? { en: m, ru: none } : { en: none, ru: m });

// The rules know no charge in "is a suspect".
const TEXT = "Police detained blogger Marat Testov in Aktobe on January 7. Testov is a suspect in a fraud case, his lawyer Dana Samplova said.";

describe("the learned layer", () => {
  it("adds a type the rules miss where the text around the person says it", () => {
    const rules = extractWith({ text: TEXT, lang: "en", published: "2022-01-10" }, null, null).incidents.map((i) => `${i.type}:${i.person}`);
    expect(rules).not.toContain("charge:Marat Testov");
    const got = extractWith({ text: TEXT, lang: "en", published: "2022-01-10" }, null, withModel(model())).incidents.map((i) => `${i.type}:${i.person}`);
    expect(got).toContain("charge:Marat Testov");
    expect(got).toContain("detention:Marat Testov");
    // Once per person: the lone surname is the same Marat Testov.
    expect(got.filter((x) => x.startsWith("charge:"))).toHaveLength(1);
  });

  it("adds nothing for an official or a commentator, whatever the model says", () => {
    const text = "Police spokesman Arman Demov said officers detained no one. Political analyst Saule Fictova called the protest peaceful.";
    const got = extractWith({ text, lang: "en", published: "2022-01-10" }, null, withModel(model(true))).incidents;
    expect(got.map((i) => i.person)).not.toContain("Arman Demov");
    expect(got.map((i) => i.person)).not.toContain("Saule Fictova");
  });

  it("adds nothing for someone who only speaks", () => {
    const text = "“The court ignored every argument,” lawyer Dana Samplova told reporters on Monday.";
    const got = extractWith({ text, lang: "en", published: "2022-01-10" }, null, withModel(model(true))).incidents;
    expect(got).toEqual([]);
  });

  it("cites a verbatim sentence that names the person, with its date where a trigger of that type dates it", () => {
    for (const [text, lang] of [
      [TEXT, "en"],
      ["Журналиста Марата Тестова задержали в Актобе 7 января. Тестова обвиняют в распространении ложной информации.\n\nЕго адвокат Дана Семплова отказалась от комментариев.", "ru"],
    ] as const) {
      const x = extractWith({ text, lang, published: "2022-01-10" }, null, withModel(model(true), lang));
      expect(x.incidents.length).toBeGreaterThan(0);
      for (const i of x.incidents) expect(text.slice(i.evidence.start, i.evidence.end)).toBe(i.evidence.text);
    }
  });

  it("is deterministic and scores the same pair the same in training and in use", () => {
    const input = { text: TEXT, lang: "en" as const, published: "2022-01-10" };
    expect(extractDocument(input)).toEqual(extractDocument(input));
    const r = readDocument(input, null);
    const people = peopleOf(r.doc, r.views, r.incidents);
    const testov = people.find((p) => p.name === "Marat Testov");
    expect(testov).toBeDefined();
    expect(probability(model(), candidateFeatures(testov!, "charge"))).toBeGreaterThan(0.9);
    expect(learnedIncidents(r.doc, r.views, r.incidents, withModel(model()))).toEqual(learnedIncidents(r.doc, r.views, r.incidents, withModel(model())));
  });

  it("never gives the type the rules already gave under a feature of its own", () => {
    const r = readDocument({ text: TEXT, lang: "en", published: "2022-01-10" }, null);
    const testov = peopleOf(r.doc, r.views, r.incidents).find((p) => p.name === "Marat Testov")!;
    expect(testov.ruled.has("detention")).toBe(true);
    expect(candidateFeatures(testov, "detention")).not.toContain("detention|r:detention");
    expect(candidateFeatures(testov, "charge")).toContain("charge|r:detention");
  });
});

/** A model that would add detention, a charge and a sentence for anyone: what stops it is a gate. */
const eager: LearnedModel = {
  types: ["detention", "charge", "sentence"],
  threshold: { detention: 0.5, charge: 0.5, sentence: 0.5 },
  thresholdNew: { detention: 0.5, charge: 0.5, sentence: 0.5 },
  w: { "detention|bias": 3, "charge|bias": 3, "sentence|bias": 3 },
};
const eagerly = (text: string): string[] =>
  extractWith({ text, lang: "ru", published: "2022-01-10" }, null, withModel(eager, "ru")).incidents.map((i) => `${i.type}:${i.person}`);

describe("the learned layer's gates (additions wrong by construction)", () => {
  it("adds nothing to someone whose custody the sentence denies, not even what custody would suggest", () => {
    expect(eagerly("Их коллегу Асета Тестова не задерживали.").filter((x) => x.endsWith(":Асет Тестов"))).toEqual([]);
    // The same sentence affirmed: the gate, not the model, made the difference.
    expect(eagerly("Их коллегу Асета Тестова задержали.")).toContain("charge:Асет Тестов");
  });

  it("adds no custody to the person whose relative the sentence says was detained", () => {
    const got = eagerly("Журналист Данияр Тестов пропал. В субботу задержали брата Данияра Тестова.");
    expect(got).toContain("detention:брат Данияра Тестова");
    expect(got).not.toContain("detention:Данияр Тестов");
  });

  it("adds nothing to someone named only as another's relative", () => {
    const got = eagerly("Полиция задержала активистку Дану Тестову. Её мужа Асета Тестова, который снимал задержание на видео, никто не трогал.");
    expect(got).toContain("detention:Дана Тестова");
    expect(got.filter((x) => x.endsWith(":Асет Тестов"))).toEqual([]);
  });

  it("adds no kind whose every trigger in the person's sentences the rules gave to someone else", () => {
    const got = eagerly("Блогер Арсен Демов пришёл на заседание, где суд приговорил Тимура Тестова к трём годам колонии.");
    expect(got).toContain("sentence:Тимур Тестов");
    expect(got).not.toContain("sentence:Арсен Демов");
  });
});

describe("the learned layer and Kazakh", () => {
  it("adds nothing to a Kazakh document, which the Russian model was never trained or scored on", () => {
    const text = "Алматыда журналист Марат Тестов 7 қаңтарда ұсталды.";
    const rules = extractWith({ text, lang: "kk", published: "2022-01-10" }, null, null).incidents;
    expect(rules.map((i) => i.type)).toEqual(["detention"]);
    expect(extractWith({ text, lang: "kk", published: "2022-01-10" }, null, withModel(eager, "ru")).incidents).toEqual(rules);
    // The same eager model adds to Russian text: the language, not the model, made the difference.
    expect(eagerly("В Алматы задержан журналист Марат Тестов.").length).toBeGreaterThan(1);
  });
});

describe("the date and place of an addition", () => {
  const added = (text: string, person: string, type: string) =>
    extractWith({ text, lang: "ru", published: "2022-01-10" }, null, withModel(eager, "ru")).incidents.find((i) => i.person === person && i.type === type);

  it("are those of the trigger of its kind in the person's sentence, as the rules would date and place it", () => {
    const text = "7 января в Актобе прошли задержания; журналист Марат Тестов снимал происходящее.";
    expect(extractWith({ text, lang: "ru", published: "2022-01-10" }, null, null).incidents).toEqual([]);
    expect(added(text, "Марат Тестов", "detention")).toMatchObject({ date: "2022-01-07", place: "Актобе", confidence: 0.95 });
  });

  it("are not those of another kind the rules gave the person: a charge is not dated by the detention", () => {
    const i = added("7 января в Актобе полицейские задержали журналиста Марата Тестова.", "Марат Тестов", "charge");
    expect(i).toMatchObject({ date: null, place: null });
  });

  it("are null when no trigger of its kind stands in the person's sentences, though the sentence has a date", () => {
    const i = added("Журналист Марат Тестов 7 января выступил в Актобе на митинге.", "Марат Тестов", "detention");
    expect(i).toMatchObject({ date: null, place: null });
  });
});

describe("training the learned layer", () => {
  // A synthetic set: "held" goes with the positive label, "spoke" with the negative, "noise" with both.
  const set: Example[] = Array.from({ length: 60 }, (_x, i) => ({
    x: ["t|bias", i % 2 ? "t|held" : "t|spoke", "t|noise", ...(i === 0 ? ["t|once"] : [])],
    y: i % 2 ? 1 : 0,
    doc: i % 10,
  }));

  it("learns the sign of a cue, drops features seen in too few documents, and is deterministic", () => {
    const w = trainLogistic(set, { l2: 0.01, epochs: 10, minDocs: 2 });
    expect(w["t|held"]).toBeGreaterThan(1);
    expect(w["t|spoke"]).toBeLessThan(-1);
    expect(Math.abs(w["t|noise"] ?? 0)).toBeLessThan(Math.abs(w["t|held"]!));
    expect(w["t|once"]).toBeUndefined();
    expect(trainLogistic(set, { l2: 0.01, epochs: 10, minDocs: 2 })).toEqual(w);
  });

  it("shrinks weights under a stronger penalty", () => {
    const weak = trainLogistic(set, { l2: 0.001, epochs: 10, minDocs: 2 });
    const strong = trainLogistic(set, { l2: 0.5, epochs: 10, minDocs: 2 });
    expect(Math.abs(strong["t|held"]!)).toBeLessThan(Math.abs(weak["t|held"]!));
  });
});
