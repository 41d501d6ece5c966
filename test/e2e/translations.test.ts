/**
 * Every string of the web app exists in English, Russian and Kazakh: a key missing in any language, a plural form
 * a language needs, a vocabulary value without a label, or a key used in web/src but absent from en.json fails.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  ADMIN_LEVELS, CHARGE_STATUSES, CLAIM_CREDIBILITY, INCIDENT_TYPE_GROUPS, INCIDENT_TYPES, LENGTH_UNITS, NAME_KINDS, NAME_LANGS,
  PERSON_ROLES, PROTECTION_LEVELS, SENTENCE_KINDS, SEXES, SOURCE_KINDS, SOURCE_RELIABILITY, VERIFICATION_STATUSES,
} from "../../src/contract/vocab.js";
import { PERSON_STATUS_VALUES } from "../../src/contract/query.js";
import { INGEST_REJECTION_CODES, MATCH_REASON_CODES } from "../../src/contract/reason-codes.js";
import { DATE_PRECISIONS } from "../../src/core/dates.js";

const I18N = resolve(import.meta.dirname, "../../web/src/i18n");
const WEB_SRC = resolve(import.meta.dirname, "../../web/src");
const LANGS = ["en", "ru", "kk"] as const;
const PLURAL = /_(zero|one|two|few|many|other)$/;

type Tree = { [k: string]: string | Tree };
function flatten(t: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(t)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}
const dict = Object.fromEntries(LANGS.map((l) => [l, flatten(JSON.parse(readFileSync(join(I18N, `${l}.json`), "utf8")) as Tree)])) as Record<(typeof LANGS)[number], Map<string, string>>;
const baseKeys = (m: Map<string, string>) => new Set([...m.keys()].map((k) => k.replace(PLURAL, "")));

describe("translations", () => {
  it.each(["ru", "kk"] as const)("%s has exactly the keys of en", (lang) => {
    const en = baseKeys(dict.en);
    const other = baseKeys(dict[lang]);
    expect([...en].filter((k) => !other.has(k)), `missing in ${lang}`).toEqual([]);
    expect([...other].filter((k) => !en.has(k)), `not in en`).toEqual([]);
  });

  it.each(LANGS)("%s has every plural form its grammar needs, and no empty string", (lang) => {
    const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    const plurals = new Set([...dict.en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, "")));
    for (const base of plurals) for (const c of categories) expect(dict[lang].has(`${base}_${c}`), `${lang}: ${base}_${c}`).toBe(true);
    expect([...dict[lang]].filter(([, v]) => !v.trim()).map(([k]) => k)).toEqual([]);
  });

  it("Kazakh is Kazakh, not a copy of Russian", () => {
    const kkLetters = /[әғқңөұүһі]/i;
    const values = [...dict.kk.values()];
    expect(values.filter((v) => kkLetters.test(v)).length / values.length).toBeGreaterThan(0.3);
    const same = [...dict.kk].filter(([k, v]) => dict.ru.get(k) === v && v.replace(/\{\{\w+\}\}/g, "").trim().length > 16);
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it("labels every value of the vocabularies the screens show", () => {
    const vocab: Record<string, readonly (string | number)[]> = {
      incidentType: INCIDENT_TYPES, incidentGroup: Object.keys(INCIDENT_TYPE_GROUPS), role: PERSON_ROLES, status: PERSON_STATUS_VALUES,
      verification: VERIFICATION_STATUSES, precision: DATE_PRECISIONS, credibility: CLAIM_CREDIBILITY, reliability: SOURCE_RELIABILITY,
      adminLevel: ADMIN_LEVELS, chargeStatus: CHARGE_STATUSES, sentenceKind: SENTENCE_KINDS, unit: LENGTH_UNITS, sex: SEXES,
      protection: PROTECTION_LEVELS, nameKind: NAME_KINDS, sourceKind: SOURCE_KINDS, lang: NAME_LANGS,
      // The server's reasons, said by code (web/src/components/reasons.ts); a code with a count has plural forms.
      matchReason: MATCH_REASON_CODES, ingestRejection: INGEST_REJECTION_CODES,
    };
    const en = baseKeys(dict.en);
    const missing = Object.entries(vocab).flatMap(([prefix, values]) => values.map((v) => `${prefix}.${v}`)).filter((k) => !en.has(k));
    expect(missing).toEqual([]);
  });

  it("has every key that web/src uses literally", () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    walk(WEB_SRC);
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, "utf8").matchAll(/\bt\(\s*"([a-zA-Z0-9_.]+)"/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(50);
    const en = baseKeys(dict.en);
    expect([...used].filter((k) => !en.has(k))).toEqual([]);
  });
});
