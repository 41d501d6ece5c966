/**
 * Memoised calendar arithmetic for the generator. Demo dates fall within a few hundred days, and going through Date
 * objects for every step of a million-incident run would take more time than everything else together.
 */
import { idTimePart } from "./ids.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

// Indexed by day number + OFFSET (1943 to 2052): an array lookup is far cheaper than a Map's.
const OFFSET = 10_000;
const isoByDay: (string | undefined)[] = new Array(OFFSET + 30_000);
const dayByIso = new Map<string, number>();
export interface Stamp {
  iso: string;
  ms: number;
  /** The time part of ids made at this moment. */
  idTime: string;
}
const stamps = new Map<string, Stamp[]>();

export function dayNumber(iso: string): number {
  let n = dayByIso.get(iso);
  if (n === undefined) {
    n = Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
    dayByIso.set(iso, n);
    if (n + OFFSET >= 0 && n + OFFSET < isoByDay.length) isoByDay[n + OFFSET] = iso;
  }
  return n;
}

export function dayIso(n: number): string {
  let iso = isoByDay[n + OFFSET];
  if (iso === undefined) {
    iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
    if (n + OFFSET >= 0 && n + OFFSET < isoByDay.length) isoByDay[n + OFFSET] = iso;
    dayByIso.set(iso, n);
  }
  return iso;
}

export function plusDays(iso: string, days: number): string {
  return dayIso(dayNumber(iso) + days);
}

/** Timestamp `hours` (a whole number below 100) after midnight UTC of `iso`. */
export function stamp(iso: string, hours: number): Stamp {
  let byHour = stamps.get(iso);
  if (byHour === undefined) {
    byHour = [];
    stamps.set(iso, byHour);
  }
  let s = byHour[hours];
  if (s === undefined) {
    const ms = dayNumber(iso) * DAY_MS + hours * HOUR_MS;
    s = { iso: new Date(ms).toISOString(), ms, idTime: idTimePart(ms) };
    byHour[hours] = s;
  }
  return s;
}
