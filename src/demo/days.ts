/**
 * Memoised calendar arithmetic for the generator. Demo dates fall within a few hundred days, and going through Date
 * objects for every step of a million-incident run would take more time than everything else together.
 */
import { idTimePart } from "./ids.js";

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const isoByDay = new Map<number, string>();
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
    isoByDay.set(n, iso);
  }
  return n;
}

export function dayIso(n: number): string {
  let iso = isoByDay.get(n);
  if (iso === undefined) {
    iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
    isoByDay.set(n, iso);
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
