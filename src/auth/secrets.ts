/** Password hashing (argon2id) and opaque bearer secrets (session cookies, API tokens), stored only as SHA-256. */
import { hash, verify } from "@node-rs/argon2";
import { createHash, randomBytes } from "node:crypto";

// OWASP's argon2id minimum (m=19 MiB, t=2, p=1): ~50 ms here, affordable on a 2-core server under rate limiting.
const ARGON2 = { algorithm: 2 as const, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 10;

export async function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash that is always computed for unknown users, so response time does not reveal which usernames exist. */
let dummyHash: Promise<string> | null = null;
export async function burnPasswordTime(password: string): Promise<void> {
  dummyHash ??= hashPassword("vigil-no-such-user-placeholder");
  await verifyPassword(await dummyHash, password);
}

export function newSecret(prefix: "vs" | "vt"): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
