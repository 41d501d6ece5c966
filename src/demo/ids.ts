/**
 * Deterministic Vigil ids for demo data. core's newId reads the clock and a CSPRNG; demo data must be identical for a
 * seed, so the time part comes from the record's own timestamp and the rest from the seed and a running counter,
 * which keeps ids unique within one run and shaped like real ones (ID_PATTERN).
 */
import { ID_PREFIXES, type IdKind } from "../core/index.js";

const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
// Every 10-bit value as two base-32 digits: ids are made a few million times in a benchmark run.
const PAIRS = Array.from({ length: 1024 }, (_, v) => ALPHABET[v >> 5]! + ALPHABET[v & 31]!);

/** `n` (below 2^50) as ten base-32 digits. */
function base32x10(n: number): string {
  const hi = Math.floor(n / 2 ** 30);
  const lo = n % 2 ** 30;
  return PAIRS[(hi >> 10) & 1023]! + PAIRS[hi & 1023]! + PAIRS[(lo >> 20) & 1023]! + PAIRS[(lo >> 10) & 1023]! + PAIRS[lo & 1023]!;
}

/** The time part of an id made at `ms`. */
export function idTimePart(ms: number): string {
  return base32x10(ms);
}

export class DemoIds {
  private counter = 0;
  private readonly seedPart: string;

  constructor(seed: number) {
    this.seedPart = base32x10((seed >>> 0) % 2 ** 30).slice(4);
  }

  /** `at.idTime` is the record's creation time, already encoded (timestamps are memoised, see days.ts). */
  next(kind: IdKind, at: { idTime: string }): string {
    this.counter++;
    return `${ID_PREFIXES[kind]}_${at.idTime}${this.seedPart}${base32x10(this.counter)}`;
  }
}
