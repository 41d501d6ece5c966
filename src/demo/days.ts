/**
 * Memoised calendar arithmetic for the generator. Demo dates fall within a few hundred days, and going through Date
 * objects for every step of a million-incident run would take more time than everything else together.
 */
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

const isoByDay = new Map<number, string>();
const dayByIso = new Map<string, number>();
const stamps = new Map<number, { iso: string; ms: number }>();

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
export function stamp(iso: string, hours: number): { iso: string; ms: number } {
  const key = dayNumber(iso) * 100 + hours;
  let s = stamps.get(key);
  if (s === undefined) {
    const ms = dayNumber(iso) * DAY_MS + hours * HOUR_MS;
    s = { iso: new Date(ms).toISOString(), ms };
    stamps.set(key, s);
  }
  return s;
}
