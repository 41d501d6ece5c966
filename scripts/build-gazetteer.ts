/**
 * Builds src/places/data/gazetteer.json (and copies admin1.geojson beside it) from the geo data prepared in
 * ../shared/data/geo (see its README for provenance). Reproducible: the same input files give the same bytes.
 *
 *   npx tsx scripts/build-gazetteer.ts [geoDir]
 *
 * places-minor.json (villages) is deliberately not used: 24k homonym-rich localities would multiply false matches in
 * running text for little gain during a crisis whose reports name cities and regions.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { fixedId } from "../src/core/index.js";
import type { GazetteerPlace } from "../src/places/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const geoDir = resolve(process.argv[2] ?? join(root, "..", "shared", "data", "geo"));
const outDir = join(root, "src", "places", "data");

interface SourcePlace {
  geonameid: number;
  name: string;
  names: Record<string, string>;
  former_names?: string[];
  alt_names?: string[];
  lat: number;
  lon: number;
  population: number | null;
  feature_code: string;
  country: string;
  admin1: string;
  admin1_polygon: string;
  capital_of?: string[];
  national_capital?: boolean;
}

interface Admin1Props {
  iso_3166_2: string;
  country: string;
  type: string;
  name_en: string;
  name_ru: string;
  name_local: string;
  local_lang: string;
  name_kaa?: string;
  alt_names: string[];
  geonames_id: number;
  capital_geonameid: number | null;
}

type Ring = [number, number][];
interface Feature {
  properties: Admin1Props;
  geometry: { type: "Polygon"; coordinates: Ring[] } | { type: "MultiPolygon"; coordinates: Ring[][] };
}

/** Shape of one entry in gazetteer.json: GazetteerPlace plus the seat flags the resolver ranks by. */
interface OutPlace extends GazetteerPlace {
  seat?: "national" | "regional";
}

// Curated: names and centroids of the five countries (public facts), GeoNames ids as given in the brief.
const COUNTRIES: { code: string; geonameid: number; names: Record<string, string>; alt: string[]; lat: number; lon: number }[] = [
  { code: "KZ", geonameid: 1522867, names: { en: "Kazakhstan", ru: "Казахстан", kk: "Қазақстан", kk_latn: "Qazaqstan" },
    alt: ["Kazakstan", "Republic of Kazakhstan", "Республика Казахстан", "Қазақстан Республикасы"], lat: 48.0196, lon: 66.9237 },
  { code: "KG", geonameid: 1527747, names: { en: "Kyrgyzstan", ru: "Кыргызстан", ky: "Кыргызстан", kk: "Қырғызстан" },
    alt: ["Kirghizia", "Kyrgyz Republic", "Киргизия", "Кыргызская Республика", "Qyrgyzstan"], lat: 41.2044, lon: 74.7661 },
  { code: "UZ", geonameid: 1512440, names: { en: "Uzbekistan", ru: "Узбекистан", uz: "O‘zbekiston", kk: "Өзбекстан" },
    alt: ["Ozbekiston", "Республика Узбекистан", "Ўзбекистон", "Özbekstan"], lat: 41.3775, lon: 64.5853 },
  { code: "TJ", geonameid: 1220409, names: { en: "Tajikistan", ru: "Таджикистан", tg: "Тоҷикистон", kk: "Тәжікстан" },
    alt: ["Tadzhikistan", "Tojikiston", "Республика Таджикистан", "Täjikstan"], lat: 38.861, lon: 71.2761 },
  { code: "TM", geonameid: 1218197, names: { en: "Turkmenistan", ru: "Туркменистан", tk: "Türkmenistan", kk: "Түрікменстан" },
    alt: ["Туркмения", "Turkmenia", "Türkmenstan"], lat: 38.9697, lon: 59.5563 },
];

// Curated: alternative region names that are historical (Soviet or pre-2022) rather than spellings.
const FORMER_REGION_NAME = /tselinograd|целиноград|guryev|гурьев|uralsk|уральская|dzhambul|джамбул|south kazakhstan|ongt[uü]stik|yuzhno|южно|оңтүстік|nur-sultan|нур-султан|нұр-сұлтан|frunze|фрунзе|leninabad|ленинабад|krasnovodsk|chardzhou|чарджоу|tashauz|ташауз|stalinabad|сталинабад|alma-ata|алма-ата|chimkent|чимкент|mangyshlak|ashkhabad/i;

function uniq(values: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set<string>([...exclude].map((v) => v.toLowerCase()));
  const out: string[] = [];
  for (const v of values) {
    const t = v.trim();
    if (!t || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

/** Area-weighted centroid of the largest outer ring: a label point good enough for a region marker. */
function centroid(f: Feature): { lat: number; lon: number } {
  const rings: Ring[] = f.geometry.type === "Polygon" ? [f.geometry.coordinates[0]!] : f.geometry.coordinates.map((p) => p[0]!);
  let best = { a: 0, x: 0, y: 0 };
  for (const ring of rings) {
    let a = 0, x = 0, y = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x0, y0] = ring[j]!;
      const [x1, y1] = ring[i]!;
      const c = x0 * y1 - x1 * y0;
      a += c;
      x += (x0 + x1) * c;
      y += (y0 + y1) * c;
    }
    if (Math.abs(a) > Math.abs(best.a)) best = { a, x: x / (3 * a), y: y / (3 * a) };
  }
  return { lat: Math.round(best.y * 1e4) / 1e4, lon: Math.round(best.x * 1e4) / 1e4 };
}

const places = JSON.parse(readFileSync(join(geoDir, "places.json"), "utf8")) as SourcePlace[];
const admin1 = JSON.parse(readFileSync(join(geoDir, "admin1.geojson"), "utf8")) as { features: Feature[] };

const out: OutPlace[] = [];
const countryId = new Map<string, string>();
for (const c of COUNTRIES) {
  const id = fixedId("place", c.geonameid);
  countryId.set(c.code, id);
  out.push({
    id, geonameid: c.geonameid, name: c.names.en!, names: c.names, altNames: uniq(c.alt, Object.values(c.names)), formerNames: [],
    adminLevel: "country", parentId: null, country: c.code, code: c.code, lat: c.lat, lon: c.lon, population: null,
  });
}

const regionId = new Map<string, string>();
const countryOrder = COUNTRIES.map((c) => c.code);
const features = [...admin1.features].sort((a, b) =>
  countryOrder.indexOf(a.properties.country) - countryOrder.indexOf(b.properties.country)
  || a.properties.iso_3166_2.localeCompare(b.properties.iso_3166_2));
for (const f of features) {
  const p = f.properties;
  const id = fixedId("place", p.geonames_id);
  regionId.set(p.iso_3166_2, id);
  const names: Record<string, string> = { en: p.name_en, ru: p.name_ru, [p.local_lang]: p.name_local };
  if (p.name_kaa) names.kaa = p.name_kaa;
  const alts = uniq(p.alt_names, Object.values(names));
  out.push({
    id, geonameid: p.geonames_id, name: p.name_en, names,
    altNames: alts.filter((a) => !FORMER_REGION_NAME.test(a)), formerNames: alts.filter((a) => FORMER_REGION_NAME.test(a)),
    adminLevel: "region", parentId: countryId.get(p.country) ?? null, country: p.country, code: p.iso_3166_2,
    ...centroid(f), population: null,
  });
}

for (const p of places) {
  const parent = regionId.get(p.admin1) ?? regionId.get(p.admin1_polygon);
  if (!parent) throw new Error(`no admin-1 region for ${p.name} (${p.admin1})`);
  const level = p.feature_code === "PPLX" ? "district"
    : p.feature_code === "PPL" && (p.population ?? 0) < 10_000 ? "locality" : "city";
  const former = uniq(p.former_names ?? []);
  const seat = p.national_capital ? "national" : (p.capital_of?.length ?? 0) > 0 ? "regional" : undefined;
  out.push({
    id: fixedId("place", p.geonameid), geonameid: p.geonameid, name: p.name, names: p.names,
    altNames: uniq(p.alt_names ?? [], [p.name, ...Object.values(p.names), ...former]), formerNames: former,
    adminLevel: level, parentId: parent, country: p.country, code: null,
    lat: p.lat, lon: p.lon, population: p.population ?? null, ...(seat ? { seat } : {}),
  });
}

mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, "gazetteer.json"), `${JSON.stringify({ places: out })}\n`);
// Copied byte for byte (not with copyFile, which would keep the source's read-only mode).
writeFileSync(join(outDir, "admin1.geojson"), readFileSync(join(geoDir, "admin1.geojson")));
console.log(`gazetteer.json: ${out.length} places (${COUNTRIES.length} countries, ${features.length} regions, ${places.length} cities and towns)`);
