/**
 * `vigil verify`: re-walks the audit chain, checks that every record in the database is exactly its last audited
 * state (so a row changed, added or deleted outside Vigil is caught), and re-hashes every capture.
 */
import { sql } from "kysely";
import { ChainWalker, sha256Hex, type ChainProblem } from "../audit/index.js";
import { canonicalJson } from "../core/canonical.js";
import { KINDS, type RecordKind, type Store } from "../store/index.js";
import { rowToEntry } from "./audit-log.js";
import { rowsToRecords } from "./load.js";
import { candidateSnapshot, mergeSnapshot, proposalSnapshot } from "./snapshots.js";
import { userSnapshot } from "./users.js";

export interface IntegrityProblem {
  kind: "chain" | "record" | "capture";
  message: string;
  seq?: number;
  entityType?: string;
  entityId?: string;
}

export interface IntegrityReport {
  ok: boolean;
  auditEntries: number;
  recordsChecked: number;
  capturesChecked: number;
  problems: IntegrityProblem[];
}

const BATCH = 2000;
const RECORD_KINDS = Object.keys(KINDS) as RecordKind[];

export async function verifyIntegrity(store: Store, opts: { maxProblems?: number } = {}): Promise<IntegrityReport> {
  const max = opts.maxProblems ?? 50;
  const problems: IntegrityProblem[] = [];
  const add = (p: IntegrityProblem) => {
    if (problems.length < max) problems.push(p);
  };
  const db = store.db;

  // 1. The chain, and the last audited state of every entity.
  const walker = new ChainWalker();
  const lastState = new Map<string, { hash: string | null; seq: number }>();
  let chainBroken: ChainProblem | null = null;
  let lastSeq = 0;
  for (;;) {
    // Ordered by rowid-independent seq; a reordered or renumbered row shows up as a gap or a broken link.
    const rows = await db.selectFrom("audit_log").selectAll().where("seq", ">", lastSeq).orderBy("seq").limit(BATCH).execute();
    if (!rows.length) break;
    for (const r of rows) {
      const e = rowToEntry(r);
      if (!chainBroken) {
        chainBroken = walker.push(e);
        if (chainBroken) add({ kind: "chain", seq: chainBroken.seq, message: chainBroken.message });
      }
      lastState.set(`${e.entityType}:${e.entityId}`, { hash: e.after === null ? null : sha256Hex(e.after), seq: e.seq });
      lastSeq = e.seq;
    }
  }

  // 2. Every record equals its last audited state.
  let recordsChecked = 0;
  const seen = new Set<string>();
  const check = (entityType: string, id: string, snapshot: unknown) => {
    recordsChecked++;
    const key = `${entityType}:${id}`;
    seen.add(key);
    const last = lastState.get(key);
    if (!last || last.hash === null) {
      add({ kind: "record", entityType, entityId: id, message: `${entityType} ${id} has no history: it was written outside Vigil` });
    } else if (sha256Hex(canonicalJson(snapshot)) !== last.hash) {
      add({ kind: "record", entityType, entityId: id, seq: last.seq, message: `${entityType} ${id} differs from its last recorded state (audit entry ${last.seq}): it was changed outside Vigil` });
    }
  };
  for (const kind of RECORD_KINDS) {
    let after = "";
    for (;;) {
      const rows = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(KINDS[kind].table)} WHERE id > ${after} ORDER BY id LIMIT ${BATCH}`.execute(db);
      if (!rows.rows.length) break;
      const recs = await rowsToRecords(db, kind, rows.rows);
      for (const rec of recs) check(kind, rec.id as string, rec);
      after = rows.rows[rows.rows.length - 1]!.id as string;
    }
  }
  for (const u of await db.selectFrom("users").selectAll().orderBy("id").execute()) check("user", u.id, userSnapshot(u));
  for (let after = ""; ;) {
    const rows = await db.selectFrom("proposals").selectAll().where("id", ">", after).orderBy("id").limit(BATCH).execute();
    if (!rows.length) break;
    for (const p of rows) check("proposal", p.id, proposalSnapshot(p));
    after = rows[rows.length - 1]!.id;
  }
  for (const c of await db.selectFrom("merge_candidates").selectAll().where("status", "<>", "pending").orderBy("id").execute()) {
    check("merge_candidate", c.id, candidateSnapshot(c));
  }
  for (const m of await db.selectFrom("merges").selectAll().orderBy("id").execute()) check("merge_record", m.id, mergeSnapshot(m));
  for (const [key, last] of lastState) {
    if (last.hash !== null && !seen.has(key)) {
      const [entityType, entityId] = key.split(/:(.*)/s) as [string, string];
      add({ kind: "record", entityType, entityId, seq: last.seq, message: `${entityType} ${entityId} was deleted outside Vigil (last audit entry ${last.seq})` });
    }
  }

  // 3. Captures: content still hashes to its address.
  let capturesChecked = 0;
  let afterSha = "";
  for (;;) {
    const rows = await db.selectFrom("blobs").selectAll().where("sha256", ">", afterSha).orderBy("sha256").limit(200).execute();
    if (!rows.length) break;
    for (const b of rows) {
      capturesChecked++;
      if (sha256Hex(b.content) !== b.sha256 || b.content.byteLength !== Number(b.size)) {
        add({ kind: "capture", message: `captured content ${b.sha256.slice(0, 12)}… no longer matches its SHA-256: it was altered` });
      }
    }
    afterSha = rows[rows.length - 1]!.sha256;
  }
  const orphans = await sql<{ id: string }>`SELECT id FROM captures WHERE sha256 NOT IN (SELECT sha256 FROM blobs) LIMIT 10`.execute(db);
  for (const o of orphans.rows) add({ kind: "capture", entityType: "capture", entityId: o.id, message: `capture ${o.id} has lost its content` });

  // The first broken entry comes first: that is where an investigation starts.
  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  return { ok: problems.length === 0, auditEntries: walker.count, recordsChecked, capturesChecked, problems };
}
