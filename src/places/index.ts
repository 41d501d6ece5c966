/**
 * The gazetteer: Kazakhstan's regions and towns and the main places of Kyrgyzstan, Uzbekistan, Tajikistan and
 * Turkmenistan, with names in every script, former names and coordinates (data/gazetteer.json, built by
 * scripts/build-gazetteer.ts; provenance and licences in ATTRIBUTION.md). Pure: no I/O beyond the bundled JSON.
 */
import data from "./data/gazetteer.json" with { type: "json" };
import { buildIndex, resolveText, scanText, type PlaceIndex, type RawPlace } from "./matcher.js";

export type AdminLevel = "country" | "region" | "city" | "district" | "locality";

export interface GazetteerPlace {
  id: string;
  geonameid: number | null;
  name: string;
  names: Record<string, string>;
  altNames: string[];
  formerNames: string[];
  adminLevel: AdminLevel;
  parentId: string | null;
  country: string;
  /** ISO 3166-2 for regions, alpha-2 for countries. */
  code: string | null;
  lat: number | null;
  lon: number | null;
  population: number | null;
}

export interface PlaceMatch {
  place: GazetteerPlace;
  /** 0..1: 1 for an exact current name, less for alternates, inflected forms, shared names and misspellings. */
  score: number;
  /** The part of the input that named the place. */
  matched: string;
}

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  place: GazetteerPlace;
  score: number;
}

let index: PlaceIndex | undefined;
function getIndex(): PlaceIndex {
  index ??= buildIndex((data as unknown as { places: RawPlace[] }).places);
  return index;
}

/** Countries, then regions (admin-1), then towns; each town's parentId is its region, each region's its country. */
export function gazetteer(): readonly GazetteerPlace[] {
  return getIndex().places;
}

export function placeById(id: string): GazetteerPlace | undefined {
  return getIndex().byId.get(id);
}

/**
 * The place a short text names ("в Уральске", "Алматыда", "the western city of Aktobe", "ЗКО", "Alma-Ata"), in any
 * script and case, or a close misspelling of a long name. `country` (ISO alpha-2) prefers places in that country.
 */
export function resolvePlace(text: string, opts?: { country?: string }): PlaceMatch | null {
  return resolveText(getIndex(), text, opts?.country);
}

/**
 * Every place named in running text, with UTF-16 offsets. Only capitalised words start a name, and names that are
 * also common words or surnames (Oral, Mary, Сатпаев) need a cue such as "в", "in" or "city".
 */
export function findPlacesInText(text: string): PlaceMention[] {
  return scanText(getIndex(), text);
}
