/**
 * Time-ordered, URL-safe ids with a short type prefix (per_…, inc_…): readable in logs and exports, sortable by
 * creation, and generated without a database round trip so a whole import can be built before it is written.
 */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"; // Crockford base32, lower case

export const ID_PREFIXES = {
  person: "per",
  personName: "pnm",
  organisation: "org",
  place: "plc",
  incident: "inc",
  event: "evt",
  proceeding: "prc",
  statistic: "sta",
  intervention: "itv",
  source: "src",
  capture: "cap",
  claim: "clm",
  user: "usr",
  proposal: "prp",
  mergeCandidate: "mrc",
  merge: "mrg",
  feed: "fed",
  token: "tok",
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

let lastTime = 0;
let lastRandom = new Uint8Array(10);

function encodeTime(ms: number): string {
  let out = "";
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[ms % 32] + out;
    ms = Math.floor(ms / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}

/** Monotonic within one process: ids made in the same millisecond still sort in creation order. */
export function newId(kind: IdKind, now: number = Date.now()): string {
  if (now <= lastTime) {
    const next = new Uint8Array(lastRandom);
    for (let i = next.length - 1; i >= 0; i--) {
      next[i] = (next[i]! + 1) & 0xff;
      if (next[i] !== 0) break;
    }
    lastRandom = next;
  } else {
    lastTime = now;
    lastRandom = crypto.getRandomValues(new Uint8Array(10));
  }
  return `${ID_PREFIXES[kind]}_${encodeTime(lastTime)}${encodeRandom(lastRandom)}`;
}

export const ID_PATTERN = /^[a-z]{3}_[0-9a-hjkmnp-tv-z]{26}$/;

/**
 * A deterministic id for records that come from a shipped reference list (gazetteer places by GeoNames id), so
 * two databases, an export and its re-import all agree on them. The time part is zero, so they sort first.
 */
export function fixedId(kind: IdKind, n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError("fixedId needs a non-negative integer");
  let body = "";
  let v = n;
  for (let i = 0; i < 16; i++) {
    body = ALPHABET[v % 32] + body;
    v = Math.floor(v / 32);
  }
  return `${ID_PREFIXES[kind]}_0000000000${body}`;
}
