/**
 * Remembers who a bearer secret (session cookie or API token) belongs to, so that a request does not pay a database
 * lookup. An entry is trusted only while the audit head it was read under is still the head: disabling a user,
 * changing a role or a password (which ends sessions) are audited writes, so they move the head and the next request
 * looks the secret up again. A sign-out, which deletes a session without an audit entry, is forgotten at once by the
 * process that handled it; in another process, and for a session's expiry, `ttlMs` is the bound (docs/adr/0004).
 */
import type { Actor } from "./policy.js";

interface Entry { actor: Actor; head: number; storedAt: number }

export class ActorCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly opts: { ttlMs: number; maxEntries: number }) {}

  /** The actor behind a secret's hash, or undefined when it must be looked up. */
  get(secretHash: string, head: number, nowMs: number): Actor | undefined {
    const e = this.entries.get(secretHash);
    if (!e) return undefined;
    if (e.head !== head || nowMs - e.storedAt >= this.opts.ttlMs) {
      this.entries.delete(secretHash);
      return undefined;
    }
    return e.actor;
  }

  /** `head` must have been read before the lookup that found `actor`, so that a write between them is never hidden. */
  set(secretHash: string, head: number, nowMs: number, actor: Actor): void {
    this.entries.delete(secretHash);
    // Oldest first in a Map's order: past the bound, the entry stored longest ago goes.
    if (this.entries.size >= this.opts.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(secretHash, { actor, head, storedAt: nowMs });
  }

  forget(secretHash: string): void {
    this.entries.delete(secretHash);
  }
}
