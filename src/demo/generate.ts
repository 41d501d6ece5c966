/**
 * Fictional demo data shaped like the January 2022 crackdown in Kazakhstan: people with names in every script, chains
 * of incidents per person (detention → administrative arrest → release, criminal cases, disappearances), group
 * incidents, events, statistics, and sources whose captured text backs every claim with an exact quote.
 *
 * Deterministic for a seed (own PRNG, timestamps derived from the data). `generateRecords` streams records in
 * dependency order with memory bounded by one person's chain, for benchmarks at a million incidents; `generateDemo`
 * collects them into a VigilExport. People, outlets, NGOs and every sentence are invented; place names, dates and the
 * headline figures of the unrest are real.
 */
import { createHash } from "node:crypto";
import { EXPORT_FORMAT, EXPORT_VERSION, type IncidentType, type PersonRole, type VigilExport } from "../contract/index.js";
import type { DatePrecision } from "../core/index.js";
import { gazetteer, type GazetteerPlace } from "../places/index.js";
import { plusDays as addDays, stamp as at } from "./days.js";
import { DemoIds } from "./ids.js";
import { draftPerson, type DraftPerson, type Origin, type Sex } from "./names.js";
import { Prng, Weighted } from "./prng.js";
import {
  ADMIN_CHARGE, AGENCIES, AGENCY_PERP, CHAIN_BY_ROLE, CITY_TABLE, CRIMINAL_CHARGES, FILLERS, GROUP_TYPES, LAWYERS, NGOS, OUTLETS,
  ROLE_TEXT, ROLES, UNIDENTIFIED, type ChainKind,
} from "./tables.js";
import {
  groupSentence, introSentence, sentence, SUBJECT_FIRST, type ChargeText, type CityText, type Lang,
  type SentenceCtx,
} from "./texts.js";

type Records = VigilExport["records"];
export type DemoRecordKind = keyof Records;
/** One record of the stream; `kind` names the VigilExport collection it belongs to. */
export type DemoRecord = { [K in DemoRecordKind]: { kind: K; record: Records[K][number] } }[DemoRecordKind];

type Person = Records["people"][number];
type Organisation = Records["organisations"][number];
type EventRecord = Records["events"][number];
type Source = Records["sources"][number];
type Capture = Records["captures"][number];
type Incident = Records["incidents"][number];
type Proceeding = Records["proceedings"][number];
type Statistic = Records["statistics"][number];
type Intervention = Records["interventions"][number];
type Claim = Records["claims"][number];
type Perpetrator = Incident["perpetrators"][number];

export interface DemoOptions {
  seed?: number;
  /** Defaults to 30% of the number of incidents (300 for the default 1,000). */
  people?: number;
  incidents?: number;
  /** First day of the crisis window, ISO date. */
  start?: string;
  days?: number;
}

const DEFAULTS = { seed: 1, incidents: 1000, start: "2022-01-02", days: 30 };
const DAY_MS = 86_400_000;
/** Captures are taken late on the day of publication. */
const CAPTURE_HOUR = 23;

// ---------- places ----------
interface City extends CityText {
  place: GazetteerPlace;
  region: GazetteerPlace;
}

function loadCities(): { cities: Weighted<City>; byName: Map<string, City>; kazakhstan: GazetteerPlace } {
  const all = gazetteer();
  const byId = new Map(all.map((p) => [p.id, p]));
  const byName = new Map<string, City>();
  const entries: [City, number][] = [];
  for (const [gName, en, ruName, ruIn, w] of CITY_TABLE) {
    const place = all.find((p) => p.name === gName && p.adminLevel !== "region" && p.country === "KZ");
    if (!place) throw new Error(`demo city ${gName} is not in the gazetteer`);
    const city: City = { en, ru: ruName, ruIn, place, region: byId.get(place.parentId!)! };
    byName.set(gName, city);
    entries.push([city, w]);
  }
  const kazakhstan = all.find((p) => p.adminLevel === "country" && p.code === "KZ")!;
  return { cities: new Weighted(entries), byName, kazakhstan };
}

// ---------- the plan of one person's chain ----------
interface Step {
  type: IncidentType;
  date: string | null;
  precision: DatePrecision;
  perp: "police" | "knb" | "guard" | "army" | "unidentified" | null;
  /** Days of arrest, years of prison, MCI of a fine, days a release came late. */
  n: number;
  charge: (ChargeText & { category: string }) | null;
  endDate: string | null;
}

// ---------- the generator ----------

function sha256Hex(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}

interface Ctx {
  rng: Prng;
  ids: DemoIds;
  start: string;
  days: Weighted<number>;
  cities: Weighted<City>;
  byName: Map<string, City>;
  kazakhstan: GazetteerPlace;
  orgId: Map<string, string>;
  outlets: { id: string; name: string; lang: Lang; domain: string }[];
  ngos: { id: string; name: string; domain: string }[];
  events: { id: string; city: City | null; from: string; to: string }[];
  massDetentionsId: string;
  massDetentionsFrom: string;
}

const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");


export function* generateRecords(opts: DemoOptions = {}): Generator<DemoRecord> {
  const seed = opts.seed ?? DEFAULTS.seed;
  const incidentsTotal = Math.max(0, Math.floor(opts.incidents ?? DEFAULTS.incidents));
  const peopleTotal = Math.max(1, Math.floor(opts.people ?? Math.round(incidentsTotal * 0.3)));
  const start = opts.start ?? DEFAULTS.start;
  const days = Math.max(1, Math.floor(opts.days ?? DEFAULTS.days));
  const rng = new Prng(seed);
  const ids = new DemoIds(seed);
  const { cities, byName, kazakhstan } = loadCities();
  // Most arrests fell in the first week (the unrest peaked on days 3 to 7), then a long tail of follow-up arrests.
  const dayWeights = new Weighted(Array.from({ length: days }, (_, d) => [d, d < 2 ? 3 : d <= 6 ? 14 : Math.max(1, 8 - (d - 7) * 0.4)] as const));

  const ctx: Ctx = {
    rng, ids, start, days: dayWeights, cities, byName, kazakhstan, orgId: new Map(), outlets: [], ngos: [], events: [],
    massDetentionsId: "", massDetentionsFrom: "9999-12-31",
  };

  // Organisations
  const orgAt = at(start, 9);
  for (const a of AGENCIES) {
    const o: Organisation = { id: ids.next("organisation", orgAt), version: 1, createdAt: orgAt.iso, updatedAt: orgAt.iso, name: a.name, names: a.names, kind: a.kind, country: "KZ", visibility: "public", confidentialFields: [] };
    ctx.orgId.set(a.key, o.id);
    yield { kind: "organisations", record: o };
  }
  for (const [name, names, lang] of OUTLETS) {
    const o: Organisation = { id: ids.next("organisation", orgAt), version: 1, createdAt: orgAt.iso, updatedAt: orgAt.iso, name, names, kind: "media_outlet", country: "KZ", visibility: "public", confidentialFields: [] };
    // Fictional outlets live under the reserved .example domain.
    ctx.outlets.push({ id: o.id, name, lang, domain: `${slug(/[a-z]/i.test(name) ? name : names[0]!)}.example` });
    yield { kind: "organisations", record: o };
  }
  for (const [name, names] of NGOS) {
    const o: Organisation = { id: ids.next("organisation", orgAt), version: 1, createdAt: orgAt.iso, updatedAt: orgAt.iso, name, names, kind: "ngo", country: "KZ", visibility: "public", confidentialFields: [] };
    ctx.ngos.push({ id: o.id, name, domain: `${slug(name)}.example` });
    yield { kind: "organisations", record: o };
  }

  yield* events(ctx);
  yield* statistics(ctx);

  // People, their chains, and group incidents interleaved so that the stream stays in dependency order.
  const groupTotal = Math.round(incidentsTotal * 0.08);
  const individualTotal = incidentsTotal - groupTotal;
  let assigned = 0;
  let groupsDone = 0;
  let previous: DraftPerson | null = null;
  for (let i = 0; i < peopleTotal; i++) {
    const left = individualTotal - assigned;
    const out = personChain(ctx, i, { left, peopleLeft: peopleTotal - i }, previous);
    previous = out.draft;
    assigned += out.incidents;
    yield* out.records;
    const groupTarget = Math.round((groupTotal * (i + 1)) / peopleTotal);
    while (groupsDone < groupTarget) {
      yield* groupIncident(ctx, groupsDone);
      groupsDone++;
    }
  }
}

export function generateDemo(opts: DemoOptions = {}): VigilExport {
  const records: Records = {
    places: [], organisations: [], people: [], events: [], sources: [], captures: [], incidents: [], proceedings: [],
    statistics: [], interventions: [], claims: [],
  };
  // Follow-ups (sentences, appeals) come months after the crisis window: the export is dated after the last of them.
  let last = opts.start ?? DEFAULTS.start;
  for (const r of generateRecords(opts)) {
    (records[r.kind] as unknown[]).push(r.record);
    if (r.record.updatedAt > last) last = r.record.updatedAt;
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: at(addDays(last.slice(0, 10), 1), 12).iso, records };
}

// ---------- events and statistics ----------
function* events(ctx: Ctx): Generator<DemoRecord> {
  const { start, byName, ids } = ctx;
  // [title, city (null: nationwide), first day, last day, caused by index]
  const specs: [string, string | null, number, number, number | null, string][] = [
    ["Fuel price protests in Zhanaozen", "Zhanaozen", 0, 3, null, "Protests against the doubling of the price of liquefied gas began in Zhanaozen and spread across Mangystau."],
    ["Protests in Aktau", "Aktau", 1, 4, 0, "Demonstrators gathered on the main square of Aktau in solidarity with Zhanaozen."],
    ["January unrest in Almaty", "Almaty", 2, 9, 0, "Mass protests in Almaty turned violent on 5 January; the akimat building was set on fire and a state of emergency declared."],
    ["Protests in Aktobe", "Aktobe", 2, 5, 0, "Several thousand people rallied in front of the regional akimat in Aktobe."],
    ["Protests in Taldykorgan", "Taldykorgan", 3, 4, 0, "Protesters in Taldykorgan gathered near the regional administration."],
    ["Protests in Shymkent", "Shymkent", 3, 5, 0, "Rallies in Shymkent were dispersed by security forces."],
    ["Protests in Taraz", "Taraz", 3, 4, 0, "Protesters gathered in the centre of Taraz."],
    ["Nationwide internet shutdown", null, 3, 8, 2, "Mobile and fixed internet access was cut across most of Kazakhstan."],
    ["Mass detentions after the January unrest", null, 4, 29, 2, "Security forces carried out mass detentions in the weeks after the unrest."],
  ];
  const made: string[] = [];
  for (const [title, cityName, from, to, cause, description] of specs) {
    const city = cityName ? byName.get(cityName)! : null;
    const startDate = addDays(start, from);
    const endDate = addDays(start, to);
    const e: EventRecord = {
      id: ids.next("event", at(startDate, 20)), version: 1, createdAt: at(startDate, 20).iso, updatedAt: at(startDate, 20).iso,
      title, description, startDate, startPrecision: "day", endDate, endPrecision: "day",
      placeId: city ? city.place.id : ctx.kazakhstan.id,
      causedById: cause === null ? null : made[cause]!,
      visibility: "public", confidentialFields: [],
    };
    made.push(e.id);
    if (city) ctx.events.push({ id: e.id, city, from: startDate, to: endDate });
    else if (title.startsWith("Mass detentions")) {
      ctx.massDetentionsId = e.id;
      ctx.massDetentionsFrom = startDate;
    }
    yield { kind: "events", record: e };
  }
}

function* statistics(ctx: Ctx): Generator<DemoRecord> {
  const { start, ids, byName } = ctx;
  // Headline figures as reported in January 2022; the per-city and per-profession counts are invented.
  const specs: [string, number, boolean, number, City | null, string][] = [
    ["detained", 10000, true, 9, null, "By 11 January about 10,000 people had been detained across Kazakhstan, according to official figures."],
    ["killed", 225, false, 13, null, "Officials reported 225 deaths during the unrest, including members of the security forces."],
    ["detained", 4300, true, 7, byName.get("Almaty")!, "Monitors estimate that about 4,300 people were detained in Almaty alone."],
    ["injured", 4000, true, 10, null, "Monitors estimate that more than 4,000 people were injured."],
    ["journalists_detained", 23, false, 12, null, "Monitors counted 23 journalists and bloggers detained while covering the protests."],
    ["detained_at_border", 366, false, 10, null, "Monitors counted 366 people detained at the border while trying to leave or enter the country."],
  ];
  for (const [metric, count, approximate, day, city, text] of specs) {
    const ngo = ctx.ngos[0]!;
    const asOfDate = addDays(start, day);
    const published = addDays(asOfDate, 1);
    const title = "Weekly bulletin on the January events";
    const content = `${title}\n\n${text} The figures are preliminary and will be revised as relatives come forward.`;
    const { source, capture } = makeSource(ctx, {
      kind: "ngo_report", title, publisher: ngo.name, author: null, lang: "en", published, reliability: "B", protected: false,
      url: `https://${ngo.domain}/bulletins/${published}-${metric}`, visibility: "public", content,
    });
    yield { kind: "sources", record: source };
    yield { kind: "captures", record: capture };
    const s: Statistic = {
      id: ids.next("statistic", at(published, 15)), version: 1, createdAt: at(published, 15).iso, updatedAt: at(published, 15).iso,
      metric, count, approximate, asOfDate, placeId: city ? city.place.id : ctx.kazakhstan.id, sourceId: source.id,
      eventId: ctx.massDetentionsId || null, description: text, visibility: "public", confidentialFields: [],
    };
    yield { kind: "statistics", record: s };
    const from = content.indexOf(text);
    yield { kind: "claims", record: claim(ctx, source, capture, "statistic", s.id, content, from, from + text.length, 2, "count", count) };
  }
}

// ---------- sources, captures, claims ----------
interface SourceSpec {
  kind: Source["kind"];
  title: string;
  publisher: string | null;
  author: string | null;
  lang: Lang;
  published: string;
  reliability: Source["reliability"];
  protected: boolean;
  url: string | null;
  visibility: Source["visibility"];
  content: string;
}

function makeSource(ctx: Ctx, s: SourceSpec): { source: Source; capture: Capture } {
  const when = at(s.published, 10 + ctx.rng.int(0, 10));
  const source: Source = {
    id: ctx.ids.next("source", when), version: 1, createdAt: when.iso, updatedAt: when.iso,
    kind: s.kind, title: s.title, publisher: s.publisher, author: s.author, url: s.url, publishedDate: s.published,
    language: s.lang, reliability: s.reliability, protected: s.protected,
    notes: s.protected ? "Identity of the witness is held by the monitor who took the testimony." : null,
    visibility: s.visibility, confidentialFields: s.protected ? ["author", "notes"] : [],
  };
  const bytes = Buffer.from(s.content, "utf8");
  const capAt = at(s.published, CAPTURE_HOUR);
  const capture: Capture = {
    id: ctx.ids.next("capture", capAt), sourceId: source.id, sha256: sha256Hex(bytes), size: bytes.length,
    mediaType: "text/plain; charset=utf-8", capturedAt: capAt.iso, capturedBy: null, version: 1, createdAt: capAt.iso,
    updatedAt: capAt.iso, contentBase64: bytes.toString("base64"),
  };
  return { source, capture };
}

function claim(
  ctx: Ctx, source: Source, capture: Capture, subjectType: Claim["subjectType"], subjectId: string, content: string,
  spanStart: number, spanEnd: number, credibility: Claim["credibility"], field: string | null = null, value: Claim["value"] = null,
): Claim {
  return {
    id: ctx.ids.next("claim", at(source.publishedDate!, CAPTURE_HOUR)), version: 1, createdAt: capture.capturedAt, updatedAt: capture.capturedAt,
    sourceId: source.id, captureId: capture.id, subjectType, subjectId, field, value,
    quote: content.slice(spanStart, spanEnd), spanStart, spanEnd, credibility,
    visibility: source.visibility, confidentialFields: [],
  };
}

/** Joins sentences into an article body, remembering where each one starts. */
function compose(title: string, sentences: string[]): { content: string; offsets: number[] } {
  let content = `${title}\n\n`;
  const offsets: number[] = [];
  sentences.forEach((s, i) => {
    if (i > 0) content += " ";
    offsets.push(content.length);
    content += s;
  });
  return { content, offsets };
}

// ---------- one person ----------
function pickOrigin(rng: Prng): Origin {
  const x = rng.next();
  return x < 0.85 ? "kazakh" : x < 0.94 ? "russian" : "kyrgyz";
}

function dateOf(ctx: Ctx): string {
  return addDays(ctx.start, ctx.days.draw(ctx.rng));
}

function precisionFor(rng: Prng, type: IncidentType): DatePrecision {
  const x = rng.next();
  if (type === "missing" || type === "surveillance") return x < 0.8 ? "day" : "approximate";
  if (type === "torture_or_ill_treatment" || type === "enforced_disappearance") return x < 0.5 ? "approximate" : "day";
  return x < 0.86 ? "day" : x < 0.94 ? "approximate" : x < 0.98 ? "month" : "unknown";
}

function perpOf(rng: Prng): Step["perp"] {
  const x = rng.next();
  return x < 0.62 ? "police" : x < 0.75 ? "knb" : x < 0.85 ? "guard" : x < 0.9 ? "army" : "unidentified";
}

function step(type: IncidentType, date: string, extra?: Partial<Step>): Step {
  const s: Step = { type, date, precision: "day", perp: null, n: 0, charge: null, endDate: null };
  return extra ? Object.assign(s, extra) : s;
}

// Module-level helpers rather than closures: this runs once per person, a million times in a benchmark.
function planChain(ctx: Ctx, kind: ChainKind, role: PersonRole): Step[] {
  const { rng } = ctx;
  const d0 = dateOf(ctx);
  const steps: Step[] = [];
  function add(type: IncidentType, offset: number, extra?: Partial<Step>): void {
    steps.push(step(type, addDays(d0, offset), extra));
  }
  switch (kind) {
    case "admin":
    case "journalist": {
      if (kind === "journalist") add(rng.chance(0.5) ? "obstruction_of_reporting" : "equipment_seizure", 0, { perp: "police" });
      add("detention", 0, { perp: perpOf(rng) });
      const n = kind === "journalist" ? rng.int(10, 15) : rng.int(5, 15);
      const day = rng.chance(0.7) ? 1 : 0;
      add("administrative_arrest", day, { n, endDate: addDays(d0, day + n), charge: null });
      if (kind === "journalist" && rng.chance(0.3)) add("accreditation_withdrawn", day + n + rng.int(3, 20));
      const r = rng.next();
      // Most were let out on the day their term ended; some days late; for some no release is on record (overdue).
      if (r < 0.72) add("release", day + n);
      else if (r < 0.85) add("release", day + n + rng.int(1, 4), { n: -1 });
      break;
    }
    case "criminal": {
      add("detention", 0, { perp: perpOf(rng) });
      const charge = rng.pick(CRIMINAL_CHARGES);
      add("criminal_arrest", 2, { charge });
      if (rng.chance(0.35)) add("torture_or_ill_treatment", rng.int(2, 6));
      if (rng.chance(0.2)) add("coerced_confession", rng.int(3, 8));
      add("transfer", rng.int(3, 6));
      add("charge", rng.int(5, 12), { charge });
      const x = rng.next();
      if (x < 0.15) add("house_arrest", rng.int(20, 45));
      else if (x < 0.4) add("sentence", rng.int(60, 140), { n: rng.int(2, 8), charge });
      else if (x < 0.45) add("acquittal", rng.int(60, 140));
      if (x >= 0.15 && x < 0.45 && rng.chance(0.4)) add("appeal", rng.int(150, 170));
      break;
    }
    case "fine":
      add("detention", 0, { perp: perpOf(rng) });
      add("fine", rng.chance(0.6) ? 1 : 0, { n: rng.pick([10, 20, 30, 50, 100]) });
      add("release", 1);
      break;
    case "violence":
      add("detention", 0, { perp: perpOf(rng) });
      add("beating", 0);
      add("injury", rng.int(0, 2));
      add("release", rng.int(1, 4));
      break;
    case "missing":
      add("missing", 0);
      if (rng.chance(0.35)) {
        add("enforced_disappearance", rng.int(2, 5));
        if (rng.chance(0.6)) add("release", rng.int(8, 20));
      }
      break;
    case "abduction":
      add("abduction", 0, { perp: "unidentified" });
      add("enforced_disappearance", rng.int(1, 3));
      add(rng.chance(0.5) ? "release" : "transfer", rng.int(4, 12));
      break;
    case "killing":
      add("killing", 0, { perp: rng.chance(0.5) ? "army" : rng.chance(0.5) ? "guard" : "unidentified" });
      break;
    case "pressure": {
      add("summons", 0);
      add("interrogation", rng.int(1, 3));
      if (rng.chance(0.6)) add("search", rng.int(2, 5), { perp: rng.chance(0.5) ? "knb" : "police" });
      const last: IncidentType[] = role === "human_rights_defender" || role === "lawyer"
        ? ["foreign_agent_designation", "travel_ban", "surveillance", "threat"]
        : role === "civil_servant" ? ["dismissal", "threat"] : ["travel_ban", "surveillance", "threat", "dismissal"];
      add(rng.pick(last), rng.int(5, 20));
      break;
    }
    case "border":
      add("border_detention", 0, { perp: "knb" });
      if (rng.chance(0.4)) add("coerced_confession", rng.int(2, 5));
      add("deportation", rng.int(3, 12));
      break;
    case "online":
      add("publication_removed", 0);
      add("detention", rng.int(1, 3), { perp: "police" });
      add("administrative_arrest", rng.int(3, 4), { n: 10 });
      break;
  }
  // Plans add follow-ups at random offsets; a report tells them in the order they happened.
  steps.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
  for (const s of steps) {
    if (s.type === "administrative_arrest" && s.endDate === null && s.date) s.endDate = addDays(s.date, s.n);
    if (s.type !== "release" || s.n !== -1) s.precision = precisionFor(rng, s.type);
    if (s.type === "release" && s.n === -1) {
      // Days late: from the arrest's end to the release.
      const arrest = steps.find((x) => x.type === "administrative_arrest");
      s.n = arrest?.endDate && s.date ? Math.round((Date.parse(s.date) - Date.parse(arrest.endDate)) / DAY_MS) : 0;
      s.precision = "day";
    }
    if (s.precision === "unknown") s.date = null;
  }
  return steps;
}

/** The victim as the sentences of one chain need them. */
interface Who {
  sex: Sex;
  city: City;
  outlet: string;
}

function sentenceFor(who: Who, s: Step, subject: { en: string; ru: string }, lang: Lang): string {
  const sc: SentenceCtx = {
    sex: who.sex, subject, city: who.city, date: s.date, precision: s.precision,
    perp: s.perp === null ? null : s.perp === "unidentified" ? UNIDENTIFIED : AGENCY_PERP.get(s.perp) ?? null,
    n: s.type === "release" ? Math.max(0, s.n) : s.n, charge: s.charge, outlet: who.outlet,
  };
  return sentence(s.type, sc, lang);
}

const PRONOUN = { male: { en: "He", ru: "Он" }, female: { en: "She", ru: "Она" } } as const;

/** One sentence per covered step; an introduction first when the first step's sentence does not name the victim. */
function reportSentences(who: Who, steps: Step[], lang: Lang, covers: number[], subjectFirst: { en: string; ru: string }): string[] {
  const out: string[] = [];
  if (!SUBJECT_FIRST.has(steps[covers[0]!]!.type)) {
    out.push(introSentence(subjectFirst, who.city, lang));
  }
  for (let k = 0; k < covers.length; k++) out.push(sentenceFor(who, steps[covers[k]!]!, k === 0 ? subjectFirst : PRONOUN[who.sex], lang));
  return out;
}

/** The city's own event when the date falls in it, else the wave of mass detentions once it has begun. */
function eventFor(ctx: Ctx, city: City, date: string | null): string | null {
  if (!date) return null;
  for (const e of ctx.events) if (e.city === city && date >= e.from && date <= e.to) return e.id;
  return date >= ctx.massDetentionsFrom ? ctx.massDetentionsId : null;
}

interface ChainOut {
  draft: DraftPerson;
  records: DemoRecord[];
  incidents: number;
}

/** Mean length of a planned chain; the budget of incidents per person is steered towards the requested total around it. */
const MEAN_CHAIN = 3.3;

/**
 * How many of the planned steps to keep: chains keep their natural length while the budget allows it, are cut short
 * (keeping their beginning, so a release never comes without its arrest) when incidents run short, and are padded with
 * follow-up pressure when there are many incidents per person. The last person takes what is left.
 */
function quotaFor(rng: Prng, planned: number, budget: { left: number; peopleLeft: number }): number {
  const { left, peopleLeft } = budget;
  if (peopleLeft <= 1) return left;
  const avg = left / peopleLeft;
  if (avg < 1) return rng.chance(avg) ? 1 : 0;
  const ratio = avg / MEAN_CHAIN;
  let quota = planned;
  if (ratio < 1 && rng.next() > ratio) quota = rng.int(1, planned);
  else if (ratio > 1.2) quota = Math.round(planned * ratio);
  return Math.min(left, Math.max(1, quota), Math.max(1, Math.ceil(avg * 3)));
}

function personChain(ctx: Ctx, index: number, budget: { left: number; peopleLeft: number }, previous: DraftPerson | null): ChainOut {
  const { rng, ids } = ctx;
  const origin = pickOrigin(rng);
  const sex: Sex = rng.chance(0.28) ? "female" : "male";
  // Namesakes: now and then a second person with exactly the name of the one before (different birth date, city).
  const draft = previous && previous.origin === origin && rng.chance(0.02) ? { ...previous, names: previous.names.map((n) => ({ ...n })) } : draftPerson(rng, origin, sex);
  const personSex = draft.sex;
  const role: PersonRole = ROLES.draw(rng);
  const roles: PersonRole[] = [role];
  const citizenship = origin === "kyrgyz" ? ["KG"] : origin === "russian" && rng.chance(0.3) ? ["RU"] : ["KZ"];
  if (citizenship[0] !== "KZ") roles.push("foreign_citizen");
  if (role === "journalist" && rng.chance(0.2)) roles.push("blogger");
  const city = ctx.cities.draw(rng);

  const chainKind = (roles.includes("foreign_citizen") ? CHAIN_BY_ROLE.foreign
    : role === "journalist" || role === "blogger" ? CHAIN_BY_ROLE.journalist
      : role === "protester" || role === "other" || role === "artist" ? CHAIN_BY_ROLE.protester : CHAIN_BY_ROLE.civic).draw(rng);
  let steps = planChain(ctx, chainKind, role);
  const quota = quotaFor(rng, steps.length, budget);
  if (steps.length > quota) steps = steps.slice(0, quota);
  while (steps.length < quota) {
    const lastDate = [...steps].reverse().find((s) => s.date)?.date ?? dateOf(ctx);
    const type = rng.pick(FILLERS);
    steps.push({ type, date: addDays(lastDate, rng.int(1, 10)), precision: "day", perp: type === "search" ? "police" : null, n: 0, charge: null, endDate: null });
  }

  const protectionRoll = rng.next();
  const publicRole = role === "journalist" || role === "politician" || role === "human_rights_defender";
  const protection: Person["protection"] = publicRole && protectionRoll < 0.6 ? "public_figure"
    : protectionRoll < 0.62 ? "named_with_consent" : protectionRoll < 0.9 ? "pseudonymised" : "anonymous";
  const visRoll = rng.next();
  const visibility: Person["visibility"] = protection === "anonymous" || visRoll < 0.05 ? "confidential" : visRoll < 0.22 ? "public" : "internal";

  const firstDate = steps.find((s) => s.date)?.date ?? ctx.start;
  // Recorded the day of the first incident, before that incident's own record (from 18:00).
  const personAt = at(firstDate, 8 + rng.int(0, 9));
  const personId = ids.next("person", personAt);
  const names = protection === "anonymous"
    ? [{ value: `Unnamed detainee ${index + 1}`, script: "Latn" as const, lang: "en" as const, kind: "pseudonym" as const, given: null, family: null, patronymic: null }]
    : draft.names;
  const birthYear = rng.int(1962, 2003);
  const birthRoll = rng.next();
  const outlet = rng.pick(ctx.outlets);
  const person: Person = {
    id: personId, version: 1, createdAt: personAt.iso, updatedAt: personAt.iso, mergedInto: null,
    names: names.map((n) => ({
      id: ids.next("personName", personAt), value: n.value, script: n.script, lang: n.lang, kind: n.kind, given: n.given,
      family: n.family, patronymic: n.patronymic,
    })),
    sex: personSex,
    birthDate: birthRoll < 0.5 ? addDays(`${birthYear}-01-01`, rng.int(0, 364)) : birthRoll < 0.8 ? `${birthYear}-01-01` : null,
    birthDatePrecision: birthRoll < 0.5 ? "day" : birthRoll < 0.8 ? "year" : "unknown",
    citizenship,
    occupation: role === "journalist" ? `correspondent, ${outlet.name}` : role === "lawyer" ? "lawyer" : role === "civil_servant" ? "employee of a district akimat" : null,
    roles,
    affiliations: role === "journalist" ? [{ organisationId: outlet.id, organisationName: null, position: rng.chance(0.2) ? "editor" : "correspondent" }] : [],
    protection,
    publicLabel: protection === "pseudonymised" ? `Detainee ${index + 1}, ${city.en}` : protection === "anonymous" ? `Anonymous detainee, ${city.en}` : null,
    notes: visibility === "confidential" ? "Family asked that the home address and phone number not be shared." : null,
    visibility,
    confidentialFields: visibility === "confidential" ? ["birthDate", "notes"] : [],
  };
  const records: DemoRecord[] = [{ kind: "people", record: person }];
  if (steps.length === 0) return { draft, records, incidents: 0 };

  // Plan incident ids and sentences, then the sources that report them.
  const [enRole, enRoleF, ruRole, ruRoleF] = ROLE_TEXT[role];
  const female = personSex === "female";
  const roleEn = female ? enRoleF : enRole;
  const roleRu = female ? ruRoleF : ruRole;
  const anonymous = protection === "anonymous";
  const named = { en: anonymous ? (female ? "A woman" : "A man") : `${draft.en}, ${roleEn},`, ru: anonymous ? (female ? "Женщина" : "Мужчина") : `${draft.ru}, ${roleRu},` };
  const bare = anonymous ? named : { en: draft.en, ru: draft.ru };
  const describeAs = { en: roleEn.charAt(0).toUpperCase() + roleEn.slice(1), ru: roleRu.charAt(0).toUpperCase() + roleRu.slice(1) };

  const who: Who = { sex: personSex, city, outlet: outlet.name };

  const incidentIds = steps.map((s) => ids.next("incident", at(s.date ?? firstDate, 18)));
  const adminIdx = steps.findIndex((s) => s.type === "administrative_arrest" || s.type === "fine");
  const criminalIdx = steps.findIndex((s) => s.type === "criminal_arrest");

  // Sources: one main report, sometimes a second one (NGO report, testimony, post or court ruling) on part of the chain.
  interface Report { spec: SourceSpec; covers: number[]; credibility: Claim["credibility"] }
  const reports: Report[] = [];
  const lastDate = [...steps].reverse().find((s) => s.date)?.date ?? firstDate;
  const mainLang: Lang = anonymous ? "ru" : rng.chance(0.55) ? "en" : "ru";
  const all = steps.map((_, k) => k);
  if (anonymous) {
    reports.push({
      spec: { kind: "testimony", title: "Показания родственника", publisher: null, author: null, lang: "ru", published: addDays(lastDate, 1),
        reliability: "C", protected: true, url: null, visibility: "confidential", content: "" },
      covers: all, credibility: 3,
    });
  } else {
    const lang = mainLang;
    const pool = ctx.outlets.filter((o) => o.lang === lang);
    const o = rng.pick(pool);
    reports.push({
      spec: { kind: "news_article", title: "", publisher: o.name, author: rng.chance(0.6) ? `${o.name} correspondent` : null, lang,
        published: addDays(lastDate, rng.int(0, 2)), reliability: rng.pick(["A", "B", "B", "C"] as const), protected: false,
        url: `https://${o.domain}/news/${personId.slice(-10)}`, visibility: visibility === "confidential" ? "internal" : "public", content: "" },
      covers: all, credibility: rng.pick([2, 2, 3] as const),
    });
    const second = rng.next();
    if (second < 0.35) {
      const covers = all.filter((k) => k === 0 || rng.chance(0.6));
      const kind = rng.next();
      if (kind < 0.5) {
        const ngo = rng.pick(ctx.ngos);
        reports.push({
          spec: { kind: "ngo_report", title: `Case update: ${city.en}`, publisher: ngo.name, author: null, lang: "en",
            published: addDays(lastDate, rng.int(2, 9)), reliability: "B", protected: false, url: `https://${ngo.domain}/cases/${personId.slice(-8)}`,
            visibility: "internal", content: "" },
          covers, credibility: 2,
        });
      } else if (kind < 0.75) {
        reports.push({
          spec: { kind: "testimony", title: "Показания свидетеля", publisher: null, author: null, lang: "ru",
            published: addDays(lastDate, rng.int(1, 5)), reliability: "C", protected: true, url: null, visibility: "confidential", content: "" },
          covers, credibility: 3,
        });
      } else if (kind < 0.9 || adminIdx < 0) {
        reports.push({
          spec: { kind: "social_media_post", title: "Пост родственника", publisher: null, author: null, lang: "ru",
            published: addDays(firstDate, rng.int(0, 2)), reliability: rng.chance(0.5) ? "E" : "F", protected: false, url: null, visibility: "internal", content: "" },
          covers: [0], credibility: 4,
        });
      } else {
        reports.push({
          spec: { kind: "court_document", title: "Постановление суда (кратко)", publisher: `Court of ${city.en}`, author: null, lang: "ru",
            published: steps[adminIdx]!.date ?? firstDate, reliability: "A", protected: false, url: null, visibility: "internal", content: "" },
          covers: [adminIdx], credibility: 1,
        });
      }
    }
  }

  const claims: Claim[] = [];
  const coverage = new Array<number>(steps.length).fill(0);
  // Sentences of the main report that do not name the victim double as incident descriptions (same string, no copy).
  const reusable: (string | undefined)[] = new Array(steps.length);
  const emitted: DemoRecord[] = [];
  for (const r of reports) {
    const lang = r.spec.lang;
    const subjectFirst = r.spec.kind === "news_article" || r.spec.kind === "ngo_report" ? named
      : anonymous ? { en: female ? "My sister" : "My brother", ru: female ? "Моя сестра" : "Мой брат" } : bare;
    const sentences = reportSentences(who, steps, lang, r.covers, subjectFirst);
    const title = r.spec.title || headline(steps[r.covers[0]!]!, lang, anonymous ? (female ? "Женщина" : "Мужчина") : lang === "en" ? draft.en : draft.ru, city, female);
    const { content, offsets } = compose(title, sentences);
    const { source, capture } = makeSource(ctx, { ...r.spec, title, content });
    emitted.push({ kind: "sources", record: source }, { kind: "captures", record: capture });
    const shift = sentences.length - r.covers.length;
    r.covers.forEach((ci, k) => {
      const from = offsets[k + shift]!;
      const to = from + sentences[k + shift]!.length;
      if (r === reports[0] && !SUBJECT_FIRST.has(steps[ci]!.type)) reusable[ci] = sentences[k + shift];
      coverage[ci]!++;
      claims.push(claim(ctx, source, capture, "incident", incidentIds[ci]!, content, from, to, r.credibility));
      if (ci === adminIdx) {
        const s = steps[ci]!;
        const value: Claim["value"] = s.type === "fine" ? { kind: "fine", amount: s.n, currency: "MCI" } : { kind: "administrative_arrest", length: s.n, unit: "days" };
        claims.push(claim(ctx, source, capture, "proceeding", "", content, from, to, r.credibility, "sentence", value));
      }
    });
  }

  // Incidents
  const incidents: Incident[] = steps.map((s, k) => {
    const descLang: Lang = reusable[k] ? reports[0]!.spec.lang : rng.chance(0.6) ? "en" : "ru";
    const placeRoll = rng.next();
    const placePrecision: Incident["placePrecision"] = s.type === "missing" || s.type === "enforced_disappearance" ? "city"
      : placeRoll < 0.78 ? "city" : placeRoll < 0.88 ? "exact" : placeRoll < 0.95 ? "region" : placeRoll < 0.98 ? "district" : "unknown";
    const verification: Incident["verification"] = coverage[k]! >= 2 ? (rng.chance(0.4) ? "verified" : "corroborated")
      : rng.chance(0.04) ? "disputed" : rng.chance(0.01) ? "retracted" : "unverified";
    const visRoll = rng.next();
    const incVisibility: Incident["visibility"] = visibility === "confidential" || visRoll < 0.03 ? "confidential" : visRoll < 0.25 && visibility === "public" ? "public" : "internal";
    const perpetrators: Perpetrator[] = s.perp === null ? [] : s.perp === "unidentified"
      ? [{ organisationId: null, personId: null, label: UNIDENTIFIED.en }]
      : [{ organisationId: ctx.orgId.get(s.perp)!, personId: null, label: null }];
    const when = at(s.date ?? firstDate, 18 + rng.int(0, 30));
    return {
      id: incidentIds[k]!, version: 1, createdAt: when.iso, updatedAt: when.iso,
      type: s.type, victimPersonId: personId, victimGroup: null, victimCount: null,
      eventId: eventFor(ctx, city, s.date), perpetrators,
      startDate: s.date, startPrecision: s.precision, endDate: s.endDate, endPrecision: "day",
      placeId: placePrecision === "unknown" ? null : placePrecision === "region" ? city.region.id : city.place.id,
      placeText: placePrecision === "exact" ? (descLang === "en" ? `near the akimat building, ${city.en}` : `у здания акимата, ${city.ru}`)
        : placePrecision === "district" ? (descLang === "en" ? `a district of ${city.en}` : `один из районов города ${city.ru}`) : null,
      placePrecision,
      description: reusable[k] ?? sentenceFor(who, s, describeAs, descLang),
      legal: s.charge ? { articles: [`Criminal Code ${s.charge.article}`], note: null }
        : s.type === "administrative_arrest" || s.type === "fine" ? { articles: [`CAO ${ADMIN_CHARGE.article}`], note: null } : { articles: [], note: null },
      verification, visibility: incVisibility,
      confidentialFields: incVisibility === "confidential" ? ["placeText", "description"] : [],
    };
  });

  // Proceedings: one per administrative case, one per criminal case.
  const proceedings: Proceeding[] = [];
  if (adminIdx >= 0) {
    const s = steps[adminIdx]!;
    const rel = steps.find((x, k) => k > adminIdx && x.type === "release");
    const when = at(s.date ?? firstDate, 21);
    proceedings.push({
      id: ids.next("proceeding", when), version: 1, createdAt: when.iso, updatedAt: when.iso,
      personId, incidentId: incidentIds[adminIdx]!, caseNumber: `5-${rng.int(1000, 9999)}/2022`,
      court: `Specialised inter-district administrative court of ${city.en}`,
      charges: [{ ...ADMIN_CHARGE }], chargeStatus: "convicted",
      sentence: s.type === "fine"
        ? { kind: "fine", length: null, unit: null, amount: s.n, currency: "MCI", suspended: false }
        : { kind: "administrative_arrest", length: s.n, unit: "days", amount: null, currency: null, suspended: false },
      startDate: s.date, expectedReleaseDate: s.type === "fine" ? null : s.endDate,
      releasedDate: rel?.date ?? null,
      appeal: rng.chance(0.15) ? { filed: true, date: s.date ? addDays(s.date, 3) : null, outcome: "Ruling upheld" } : null,
      lawyer: rng.chance(0.5) ? rng.pick(LAWYERS) : null,
      visibility: incidents[adminIdx]!.visibility, confidentialFields: [],
    });
  }
  if (criminalIdx >= 0) {
    const s = steps[criminalIdx]!;
    const sentenced = steps.find((x) => x.type === "sentence");
    const acquitted = steps.some((x) => x.type === "acquittal");
    const appealed = steps.find((x) => x.type === "appeal");
    const when = at(s.date ?? firstDate, 22);
    proceedings.push({
      id: ids.next("proceeding", when), version: 1, createdAt: when.iso, updatedAt: when.iso,
      personId, incidentId: incidentIds[criminalIdx]!, caseNumber: `22${rng.int(1000000, 9999999)}`,
      court: `Investigative court of ${city.en}`,
      charges: [{ code: "Criminal Code", article: s.charge!.article, wording: s.charge!.en, category: s.charge!.category }],
      chargeStatus: appealed ? "on_appeal" : sentenced ? "convicted" : acquitted ? "acquitted" : "pending",
      sentence: sentenced ? { kind: "imprisonment", length: sentenced.n, unit: "years", amount: null, currency: null, suspended: rng.chance(0.2) } : null,
      startDate: s.date,
      expectedReleaseDate: sentenced?.date ? addDays(s.date ?? sentenced.date, sentenced.n * 365) : s.date ? addDays(s.date, 60) : null,
      releasedDate: acquitted ? steps.find((x) => x.type === "acquittal")!.date : null,
      appeal: appealed ? { filed: true, date: appealed.date, outcome: null } : null,
      lawyer: rng.pick(LAWYERS),
      visibility: incidents[criminalIdx]!.visibility, confidentialFields: [],
    });
  }
  const adminProceeding = adminIdx >= 0 ? proceedings[0]! : null;
  for (const c of claims) if (c.subjectType === "proceeding") c.subjectId = adminProceeding!.id;

  const interventions: Intervention[] = [];
  if (rng.chance(0.3)) {
    const ngo = rng.pick(ctx.ngos);
    const kind = rng.pick(["lawyer_assigned", "urgent_action", "release_demanded", "statement", "visit", "appeal_filed"] as const);
    const date = addDays(firstDate, rng.int(1, 6));
    interventions.push({
      id: ids.next("intervention", at(date, 16)), version: 1, createdAt: at(date, 16).iso, updatedAt: at(date, 16).iso,
      kind, byWhom: ngo.name, date, outcome: rng.chance(0.3) ? "No response from the authorities" : null,
      incidentId: incidentIds[0]!, personId, description: null, visibility: "internal", confidentialFields: [],
    });
  }

  for (const r of emitted) records.push(r);
  for (const r of incidents) records.push({ kind: "incidents", record: r });
  for (const r of proceedings) records.push({ kind: "proceedings", record: r });
  for (const r of interventions) records.push({ kind: "interventions", record: r });
  for (const r of claims) records.push({ kind: "claims", record: r });
  return { draft, records, incidents: steps.length };
}

function headline(s: Step, lang: Lang, name: string, city: City, female: boolean): string {
  if (lang === "en") {
    switch (s.type) {
      case "killing": return `${name} shot dead in ${city.en}`;
      case "missing": case "abduction": case "enforced_disappearance": return `Family of ${name} cannot find ${female ? "her" : "him"}`;
      case "border_detention": return `${name} detained at the border`;
      case "summons": case "interrogation": case "search": return `Pressure mounts on ${name}`;
      default: return `${name} detained in ${city.en}`;
    }
  }
  const a = female ? "а" : "";
  switch (s.type) {
    case "killing": return `${city.ruIn[0]!.toUpperCase()}${city.ruIn.slice(1)} погиб${female ? "ла" : ""} ${name}`;
    case "missing": case "abduction": case "enforced_disappearance": return `Родные не могут найти: ${name}`;
    case "border_detention": return `На границе задержан${a} ${name}`;
    case "summons": case "interrogation": case "search": return `Давление на активистов: ${name}`;
    default: return `${city.ruIn[0]!.toUpperCase()}${city.ruIn.slice(1)} задержан${a} ${name}`;
  }
}

// ---------- group incidents ----------

function* groupIncident(ctx: Ctx, index: number): Generator<DemoRecord> {
  const { rng, ids } = ctx;
  const type = GROUP_TYPES.draw(rng);
  const city = type === "border_detention" ? (rng.chance(0.5) ? ctx.byName.get("Shymkent")! : ctx.byName.get("Zharkent")!) : ctx.cities.draw(rng);
  const date = dateOf(ctx);
  const count = type === "killing" ? rng.int(2, 14) : type === "detention" ? rng.int(5, 320) : type === "border_detention" ? rng.int(8, 60) : rng.int(3, 40);
  const lang: Lang = rng.chance(0.5) ? "en" : "ru";
  const outlet = rng.pick(ctx.outlets.filter((o) => o.lang === lang));
  const blocked = rng.pick(ctx.outlets);
  const sc: SentenceCtx = { sex: "male", subject: { en: "", ru: "" }, city, date, precision: "day", perp: null, n: count, charge: null, outlet: blocked.name };
  const text = groupSentence(type, sc, lang);
  const censorship = type === "internet_shutdown" || type === "website_blocking";
  const title = lang === "en" ? `Crackdown continues in ${city.en}` : `${city.ruIn[0]!.toUpperCase()}${city.ruIn.slice(1)} продолжаются задержания`;
  const official = rng.chance(0.15);
  const { content, offsets } = compose(title, [text]);
  const { source, capture } = makeSource(ctx, {
    kind: official ? "official_statement" : "news_article", title, publisher: official ? `Police department of ${city.en} (press service)` : outlet.name,
    author: null, lang, published: addDays(date, rng.int(0, 2)), reliability: official ? "D" : rng.pick(["A", "B", "C"] as const), protected: false,
    url: official ? null : `https://${outlet.domain}/news/g${index + 1}`, visibility: "public", content,
  });
  yield { kind: "sources", record: source };
  yield { kind: "captures", record: capture };
  const when = at(date, 19);
  const victimGroup = type === "internet_shutdown" ? `Internet users in ${city.en}`
    : type === "website_blocking" ? `Readers and staff of ${blocked.name}`
      : type === "border_detention" ? "Citizens of Kyrgyzstan returning home"
        : type === "obstruction_of_reporting" ? `Reporters covering the protest in ${city.en}`
          : type === "deportation" ? "Foreign citizens detained during the unrest" : `Protesters in ${city.en}`;
  const incident: Incident = {
    id: ids.next("incident", when), version: 1, createdAt: when.iso, updatedAt: when.iso,
    type, victimPersonId: null, victimGroup, victimCount: censorship ? null : count,
    eventId: eventFor(ctx, city, date),
    perpetrators: censorship ? [] : [{ organisationId: ctx.orgId.get(type === "killing" ? "army" : type === "border_detention" ? "knb" : "police")!, personId: null, label: null }],
    startDate: date, startPrecision: "day", endDate: type === "internet_shutdown" ? addDays(date, rng.int(1, 5)) : null, endPrecision: "day",
    placeId: type === "internet_shutdown" && rng.chance(0.3) ? ctx.kazakhstan.id : city.place.id, placeText: null,
    placePrecision: type === "internet_shutdown" ? "region" : "city",
    description: text, legal: { articles: [], note: null },
    verification: rng.chance(0.3) ? "corroborated" : "unverified", visibility: rng.chance(0.7) ? "public" : "internal", confidentialFields: [],
  };
  yield { kind: "incidents", record: incident };
  yield { kind: "claims", record: claim(ctx, source, capture, "incident", incident.id, content, offsets[0]!, offsets[0]! + text.length, 2) };
}
