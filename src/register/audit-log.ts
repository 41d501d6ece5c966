/** Appends audit entries inside the caller's transaction, so a record and its history are written together or not at all. */
import { actorId, type Actor } from "../auth/policy.js";
import { GENESIS_HASH, hashEntry, type AuditAction, type AuditEntry } from "../audit/index.js";
import { canonicalJson } from "../core/canonical.js";
import type { Db, DialectFeatures } from "../store/index.js";

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
    const entry: Omit<AuditEntry, "hash"> = {
      seq: this.seq + 1,
      at: this.at,
      actorId: actorId(this.actor),
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: input.before === null || input.before === undefined ? null : canonicalJson(input.before),
      after: input.after === null || input.after === undefined ? null : canonicalJson(input.after),
      reason: input.reason ?? null,
      prevHash: this.prevHash,
    };
    const full: AuditEntry = { ...entry, hash: hashEntry(entry) };
    await this.tx.insertInto("audit_log").values({
      seq: full.seq, at: full.at, actor_id: full.actorId, action: full.action, entity_type: full.entityType, entity_id: full.entityId,
      before: full.before, after: full.after, reason: full.reason, prev_hash: full.prevHash, hash: full.hash,
    }).execute();
    this.seq = full.seq;
    this.prevHash = full.hash;
    return full;
  }
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

