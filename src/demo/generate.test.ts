import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { zVigilExport, type VigilExport } from "../contract/export.js";
import { ID_PATTERN } from "../core/ids.js";
import { placeById } from "../places/index.js";
import { generateDemo, generateRecords } from "./generate.js";

const demo = generateDemo();
const r = demo.records;
const decode = (b64: string) => Buffer.from(b64, "base64").toString("utf8");

/** Every id a record points at, with the collection it must be found in. */
function references(kind: keyof VigilExport["records"], rec: Record<string, unknown>): [string, string][] {
  const out: [string, string][] = [];
  const add = (coll: string, id: unknown) => {
    if (typeof id === "string") out.push([coll, id]);
  };
  switch (kind) {
    case "people":
      for (const a of (rec as VigilExport["records"]["people"][number]).affiliations) add("organisations", a.organisationId);
      break;
    case "events": {
      const e = rec as VigilExport["records"]["events"][number];
      add("places", e.placeId);
      add("events", e.causedById);
      break;
    }
    case "captures":
      add("sources", rec.sourceId);
      break;
    case "incidents": {
      const i = rec as VigilExport["records"]["incidents"][number];
      add("people", i.victimPersonId);
      add("events", i.eventId);
      add("places", i.placeId);
      for (const p of i.perpetrators) {
        add("organisations", p.organisationId);
        add("people", p.personId);
      }
      break;
    }
    case "proceedings":
      add("people", rec.personId);
      add("incidents", rec.incidentId);
      break;
    case "statistics":
      add("places", rec.placeId);
      add("sources", rec.sourceId);
      add("events", rec.eventId);
      break;
    case "interventions":
      add("incidents", rec.incidentId);
      add("people", rec.personId);
      break;
    case "claims": {
      const c = rec as VigilExport["records"]["claims"][number];
      add("sources", c.sourceId);
      add("captures", c.captureId);
      const subject = { incident: "incidents", proceeding: "proceedings", person: "people", statistic: "statistics", event: "events", intervention: "interventions" }[c.subjectType];
      add(subject, c.subjectId);
      break;
    }
    default:
      break;
  }
  return out;
}

describe("generateDemo", () => {
  it("produces a valid export that parses to itself", () => {
    const parsed = zVigilExport.parse(JSON.parse(JSON.stringify(demo)));
    expect(parsed).toEqual(demo);
  });

  it("dates the export after every record it contains", () => {
    for (const list of Object.values(r)) for (const rec of list as { updatedAt: string }[]) expect(rec.updatedAt <= demo.exportedAt).toBe(true);
    const people = new Map(r.people.map((p) => [p.id, p]));
    for (const i of r.incidents) if (i.victimPersonId) expect(people.get(i.victimPersonId)!.createdAt <= i.createdAt, i.id).toBe(true);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    expect(JSON.stringify(generateDemo())).toBe(JSON.stringify(demo));
    const other = generateDemo({ seed: 2 });
    expect(other.records.incidents).toHaveLength(1000);
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(demo));
  });

  it("has the requested size and defaults", () => {
    expect(r.incidents).toHaveLength(1000);
    expect(r.people).toHaveLength(300);
    expect(r.places).toEqual([]);
    const small = generateDemo({ seed: 7, people: 20, incidents: 50, start: "2022-03-01", days: 5 });
    expect(small.records.incidents).toHaveLength(50);
    expect(small.records.people).toHaveLength(20);
    expect(zVigilExport.safeParse(small).success).toBe(true);
    const first = small.records.incidents.map((i) => i.startDate).filter(Boolean).sort()[0]!;
    expect(first >= "2022-03-01").toBe(true);
  });

  it("gives every record a unique Vigil id", () => {
    const ids: string[] = [];
    for (const list of Object.values(r)) for (const rec of list as { id: string; names?: { id: string }[] }[]) {
      ids.push(rec.id);
      for (const n of rec.names && typeof rec.names[0] === "object" ? rec.names : []) ids.push(n.id);
    }
    for (const id of ids) expect(id).toMatch(ID_PATTERN);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("references only records it contains, or gazetteer places, and streams them in dependency order", () => {
    const seen = new Map<string, Set<string>>();
    let checked = 0;
    for (const { kind, record } of generateRecords()) {
      for (const [coll, id] of references(kind, record as unknown as Record<string, unknown>)) {
        checked++;
        if (coll === "places") expect(placeById(id), id).toBeDefined();
        else expect(seen.get(coll)?.has(id), `${kind} → ${coll} ${id}`).toBe(true);
      }
      const set = seen.get(kind) ?? new Set<string>();
      set.add((record as { id: string }).id);
      seen.set(kind, set);
    }
    expect(checked).toBeGreaterThan(3000);
  });

  it("backs every claim with the exact text of its capture, and hashes captures correctly", () => {
    const captures = new Map(r.captures.map((c) => [c.id, c]));
    for (const c of r.captures) {
      const bytes = Buffer.from(c.contentBase64, "base64");
      expect(createHash("sha256").update(bytes).digest("hex")).toBe(c.sha256);
      expect(bytes.length).toBe(c.size);
    }
    expect(r.claims.length).toBeGreaterThan(r.incidents.length);
    for (const cl of r.claims) {
      const cap = captures.get(cl.captureId!)!;
      expect(cap.sourceId).toBe(cl.sourceId);
      expect(decode(cap.contentBase64).slice(cl.spanStart!, cl.spanEnd!)).toBe(cl.quote);
    }
    const claimed = new Set(r.claims.map((c) => c.subjectId));
    for (const i of r.incidents) expect(claimed.has(i.id), i.id).toBe(true);
  });
});

describe("realism of the demo data", () => {
  it("names people in Kazakh, Russian and Latin press spellings, with patronymics and female forms", () => {
    const names = r.people.flatMap((p) => p.names);
    expect(names.some((n) => n.lang === "kk" && /[әғқңөұүһі]/i.test(n.value))).toBe(true);
    expect(names.filter((n) => n.lang === "kk" && n.script === "Cyrl").some((n) => n.patronymic?.endsWith("ұлы"))).toBe(true);
    expect(names.some((n) => n.patronymic?.endsWith("қызы"))).toBe(true);
    expect(names.some((n) => n.lang === "ru" && n.patronymic?.endsWith("ович"))).toBe(true);
    expect(names.some((n) => n.lang === "ru" && n.patronymic?.endsWith("овна"))).toBe(true);
    expect(names.some((n) => n.kind === "press_spelling" && n.script === "Latn")).toBe(true);
    expect(names.some((n) => n.kind === "transliteration" && n.lang === "kk" && n.script === "Latn")).toBe(true);
    const female = r.people.filter((p) => p.sex === "female").length;
    expect(female / r.people.length).toBeGreaterThan(0.15);
    for (const p of r.people) {
      if (p.protection === "anonymous") continue;
      expect(p.names.filter((n) => n.script === "Latn").length, p.id).toBeGreaterThanOrEqual(1);
    }
    const families = new Map<string, number>();
    for (const p of r.people) {
      const fam = p.names.find((n) => n.lang === "ru")?.family;
      if (fam) families.set(fam, (families.get(fam) ?? 0) + 1);
    }
    expect(Math.max(...families.values())).toBeGreaterThan(3); // namesakes
  });

  it("mixes roles, protection levels and visibility", () => {
    const roles = new Set(r.people.flatMap((p) => p.roles));
    for (const role of ["journalist", "blogger", "activist", "protester", "lawyer", "foreign_citizen"]) expect(roles).toContain(role);
    const protections = new Set(r.people.map((p) => p.protection));
    expect(protections).toEqual(new Set(["public_figure", "named_with_consent", "pseudonymised", "anonymous"]));
    for (const p of r.people) if (p.protection === "pseudonymised" || p.protection === "anonymous") expect(p.publicLabel).toBeTruthy();
    const vis = r.people.map((p) => p.visibility);
    expect(vis.filter((v) => v === "internal").length).toBeGreaterThan(vis.length / 2);
    expect(vis).toContain("public");
    expect(vis).toContain("confidential");
    for (const p of r.people) if (p.visibility === "confidential") expect(p.confidentialFields.length).toBeGreaterThan(0);
    expect(r.people.some((p) => p.citizenship.includes("KG"))).toBe(true);
  });

  it("spreads incidents over many types, places and dates, Almaty first", () => {
    const types = new Set(r.incidents.map((i) => i.type));
    expect(types.size).toBeGreaterThanOrEqual(28);
    const byPlace = new Map<string, number>();
    for (const i of r.incidents) if (i.placeId) byPlace.set(i.placeId, (byPlace.get(i.placeId) ?? 0) + 1);
    const top = [...byPlace].sort((a, b) => b[1] - a[1])[0]!;
    expect(placeById(top[0])!.name).toBe("Almaty");
    expect(byPlace.size).toBeGreaterThan(15);
    const precisions = new Set(r.incidents.map((i) => i.startPrecision));
    for (const p of ["day", "approximate", "month", "unknown"]) expect(precisions).toContain(p);
    expect(new Set(r.incidents.map((i) => i.placePrecision)).size).toBeGreaterThanOrEqual(4);
    const perps = r.incidents.flatMap((i) => i.perpetrators);
    expect(perps.some((p) => p.label)).toBe(true);
    expect(new Set(perps.map((p) => p.organisationId).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
    const groups = r.incidents.filter((i) => i.victimGroup);
    expect(groups.length).toBeGreaterThan(50);
    expect(groups.some((i) => (i.victimCount ?? 0) > 10)).toBe(true);
    expect(r.incidents.some((i) => i.description && /[а-я]/.test(i.description))).toBe(true);
    expect(r.incidents.some((i) => i.description && /^[A-Z][a-z]/.test(i.description))).toBe(true);
    for (const i of r.incidents) {
      const start = i.startDate ?? "2022-01-02";
      expect(start >= "2022-01-02" && start <= "2022-12-31", start).toBe(true);
    }
  });

  it("follows arrests with proceedings whose sentences and release dates agree", () => {
    const admin = r.proceedings.filter((p) => p.sentence?.kind === "administrative_arrest");
    expect(admin.length).toBeGreaterThan(50);
    const incidents = new Map(r.incidents.map((i) => [i.id, i]));
    const days = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
    for (const p of admin) {
      expect(p.sentence!.unit).toBe("days");
      expect(p.sentence!.length).toBeGreaterThanOrEqual(5);
      expect(p.sentence!.length).toBeLessThanOrEqual(15);
      if (p.startDate && p.expectedReleaseDate) expect(days(p.startDate, p.expectedReleaseDate)).toBe(p.sentence!.length);
      expect(incidents.get(p.incidentId!)!.type).toBe("administrative_arrest");
    }
    const journalists = new Set(r.people.filter((p) => p.roles.includes("journalist")).map((p) => p.id));
    const jailedJournalists = admin.filter((p) => journalists.has(p.personId));
    expect(jailedJournalists.length).toBeGreaterThan(0);
    expect(admin.some((p) => p.releasedDate && p.expectedReleaseDate && p.releasedDate > p.expectedReleaseDate)).toBe(true);
    expect(admin.some((p) => !p.releasedDate)).toBe(true); // overdue: no release on record
    expect(r.proceedings.some((p) => p.sentence?.kind === "fine" && p.sentence.currency === "MCI")).toBe(true);
    expect(r.proceedings.some((p) => p.charges.some((c) => c.article.startsWith("272")))).toBe(true);
    for (const type of ["missing", "killing", "release", "enforced_disappearance"]) expect(r.incidents.some((i) => i.type === type)).toBe(true);
  });

  it("has events, statistics, interventions and sources of every kind", () => {
    expect(r.events.some((e) => e.title === "January unrest in Almaty")).toBe(true);
    expect(r.events.some((e) => e.causedById)).toBe(true);
    expect(r.statistics.some((s) => s.count === 10000 && s.approximate)).toBe(true);
    for (const s of r.statistics) expect(s.sourceId).toBeTruthy();
    expect(r.interventions.length).toBeGreaterThan(20);
    const kinds = new Set(r.sources.map((s) => s.kind));
    for (const k of ["news_article", "ngo_report", "official_statement", "testimony"]) expect(kinds).toContain(k);
    for (const s of r.sources) if (s.kind === "testimony") expect(s.protected).toBe(true);
    expect(new Set(r.sources.map((s) => s.reliability)).size).toBe(6);
    for (const s of r.sources) if (s.url) expect(new URL(s.url).hostname.endsWith(".example")).toBe(true);
    expect(r.captures).toHaveLength(r.sources.length);
  });
});

describe("generateRecords", () => {
  it("streams the exact number of incidents at larger sizes", () => {
    let incidents = 0;
    let people = 0;
    for (const rec of generateRecords({ seed: 3, incidents: 20_000 })) {
      if (rec.kind === "incidents") incidents++;
      if (rec.kind === "people") people++;
    }
    expect(incidents).toBe(20_000);
    expect(people).toBe(6000);
  });
});
