/**
 * The audit chain's head, `max(seq)`: every audited write in any process (records, users, tokens) moves it, and the
 * chain lock makes it move in commit order. The caches of this server are valid for one head.
 */
import type { Store } from "../store/index.js";
import { auditHead } from "../register/index.js";

export class AuditHead {
  private next: Promise<number> | null = null;

  constructor(private readonly store: Store) {}

  /**
   * A head read that starts after this call, so a write committed before it is always seen. The read waits for the
   * end of the current turn of the event loop: every request parsed in that turn shares it, so under load one query
   * serves many requests.
   */
  current(): Promise<number> {
    this.next ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      this.next = null;
      return auditHead(this.store);
    });
    return this.next;
  }
}
