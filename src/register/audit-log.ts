/** Appends audit entries inside the caller's transaction, so a record and its history are written together or not at all. */
import { actorId, type Actor } from "../auth/policy.js";
import { GENESIS_HASH, hashEntry, type AuditAction, type AuditEntry } from "../audit/index.js";
import { canonicalJson } from "../core/canonical.js";
import type { Bulk, Db, DialectFeatures } from "../store/index.js";

export interface AuditInput {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown | null;
  after: unknown | null;
  reason?: string | null;
}

export class AuditAppender {
  private constructor(
    private readonly tx: Db,
    private seq: number,
    private prevHash: string,
    private readonly actor: Actor,
    private readonly at: string,
  ) {}

  /** Takes the chain lock for the rest of the transaction and reads the head once. */
  static async open(tx: Db, features: DialectFeatures, actor: Actor, at: string): Promise<AuditAppender> {
    await features.lockAuditChain(tx);
    const head = await tx.selectFrom("audit_log").select(["seq", "hash"]).orderBy("seq", "desc").limit(1).executeTakeFirst();
    return new AuditAppender(tx, head?.seq ?? 0, head?.hash ?? GENESIS_HASH, actor, at);
  }

  async append(input: AuditInput): Promise<AuditEntry> {
    const full = this.next(input);
    await this.tx.insertInto("audit_log").values(auditRow(full)).execute();
    return full;
  }

  /**
   * Appends entries in order through the driver's bulk path: a bulk import writes one entry per record. `before` and
   * `after` arrive already as canonical JSON (the import encodes each snapshot once); they are stored and hashed as given.
   */
  async appendEncoded(bulk: Bulk, inputs: readonly EncodedAuditInput[]): Promise<void> {
    const actor = actorId(this.actor);
    // The same numbering and linking as chain(), without its intermediate objects: one entry and one row per record.
    const rows = new Array<unknown[]>(inputs.length);
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i]!;
      const entry: Omit<AuditEntry, "hash"> = {
        seq: this.seq + 1, at: this.at, actorId: actor, action: input.action, entityType: input.entityType, entityId: input.entityId,
        before: input.before, after: input.after, reason: input.reason ?? null, prevHash: this.prevHash,
      };
      const hash = hashEntry(entry);
      rows[i] = [entry.seq, entry.at, entry.actorId, entry.action, entry.entityType, entry.entityId, entry.before, entry.after, entry.reason, entry.prevHash, hash];
      this.seq = entry.seq;
      this.prevHash = hash;
    }
    await bulk.insert(this.tx, "audit_log", AUDIT_COLUMNS, rows);
  }

  private next(input: AuditInput): AuditEntry {
    return this.chain({
      at: this.at,
      actorId: actorId(this.actor),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before === null || input.before === undefined ? null : canonicalJson(input.before),
      after: input.after === null || input.after === undefined ? null : canonicalJson(input.after),
      reason: input.reason ?? null,
    });
  }

  /** Numbers the entry and links it to the previous one. */
  private chain(fields: Omit<AuditEntry, "seq" | "prevHash" | "hash">): AuditEntry {
    const entry: Omit<AuditEntry, "hash"> = { seq: this.seq + 1, ...fields, prevHash: this.prevHash };
    const full: AuditEntry = { ...entry, hash: hashEntry(entry) };
    this.seq = full.seq;
    this.prevHash = full.hash;
    return full;
  }
}

/** An audit input whose snapshots are already canonical JSON text. */
export interface EncodedAuditInput {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: string | null;
  after: string | null;
  reason?: string | null;
}

const AUDIT_COLUMNS = ["seq", "at", "actor_id", "action", "entity_type", "entity_id", "before", "after", "reason", "prev_hash", "hash"] as const;

function auditRow(e: AuditEntry) {
  return {
    seq: e.seq, at: e.at, actor_id: e.actorId, action: e.action, entity_type: e.entityType, entity_id: e.entityId,
    before: e.before, after: e.after, reason: e.reason, prev_hash: e.prevHash, hash: e.hash,
  };
}

export async function historyOf(db: Db, entityType: string, entityId: string): Promise<AuditEntry[]> {
  const rows = await db.selectFrom("audit_log").selectAll()
    .where("entity_type", "=", entityType).where("entity_id", "=", entityId).orderBy("seq").execute();
  return rows.map(rowToEntry);
}

export function rowToEntry(r: {
  seq: number; at: string; actor_id: string | null; action: string; entity_type: string; entity_id: string;
  before: string | null; after: string | null; reason: string | null; prev_hash: string; hash: string;
}): AuditEntry {
  return {
    seq: Number(r.seq), at: r.at, actorId: r.actor_id, action: r.action, entityType: r.entity_type, entityId: r.entity_id,
    before: r.before, after: r.after, reason: r.reason, prevHash: r.prev_hash, hash: r.hash,
  };
}

