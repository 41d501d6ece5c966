/**
 * Use cases of the register: create, read, update and delete every kind of record (lists and searches: list.ts), with
 * policy checks, presenters and the audit log. HTTP routes and CLI verbs call these and nothing below them.
 */
import { accessLevel, assertCan, actorId, visibleVisibilities, type AccessLevel } from "../auth/policy.js";
import { VigilError, notFound } from "../core/errors.js";
import { present } from "../publish/index.js";
import { zCaptureInput } from "../contract/records.js";
import type { HistoryEntry } from "../contract/responses.js";
import type { Db, RecordKind } from "../store/index.js";
import { AuditAppender, historyOf } from "./audit-log.js";
import { nowIso, todayOf, type Ctx } from "./context.js";
import { INPUT_SCHEMAS, parseInput } from "./kinds.js";
import { listRecords } from "./list.js";
import { loadRecord, type Rec } from "./load.js";
import { attachStatus, cutHiddenLinks } from "./presenting.js";
import { candidateSnapshot } from "./snapshots.js";
import { deleteRecordRow, insertCapture, insertRecord, updateRecordRow, type WriteEnv } from "./write.js";

/** Runs `fn` in one transaction with a write environment and an audit appender. */
export async function withWrite<T>(ctx: Ctx, fn: (env: WriteEnv, audit: AuditAppender) => Promise<T>): Promise<T> {
  const at = nowIso(ctx);
  return ctx.store.transaction(async (tx) => {
    const env: WriteEnv = { tx, features: ctx.store.features, at, today: todayOf(ctx), actorId: actorId(ctx.actor) };
    const audit = await AuditAppender.open(tx, ctx.store.features, ctx.actor, at);
    return fn(env, audit);
  });
}

const STRIP_ON_EDIT = ["id", "version", "createdAt", "updatedAt", "mergedInto", "geonameid", "status"];
function editableOf(rec: Rec): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(rec)) if (!STRIP_ON_EDIT.includes(k)) out[k] = v;
  return out;
}

export async function createRecord(ctx: Ctx, kind: RecordKind, raw: unknown, opts: { reason?: string | null } = {}): Promise<Rec> {
  assertCan(ctx.actor, "create");
  if (kind === "capture") return createCapture(ctx, raw);
  const input = parseInput(INPUT_SCHEMAS[kind], raw, kind) as Rec;
  const rec = await withWrite(ctx, async (env, audit) => {
    const rec = await insertRecord(env, kind, input);
    await audit.append({ action: "create", entityType: kind, entityId: rec.id as string, before: null, after: rec, reason: opts.reason ?? null });
    return rec;
  });
  return presentOne(ctx, kind, rec);
}

export async function updateRecord(
  ctx: Ctx, kind: RecordKind, id: string, patch: unknown, opts: { expectedVersion?: number; reason?: string | null } = {},
): Promise<Rec> {
  assertCan(ctx.actor, "update");
  if (typeof patch !== "object" || patch === null || Array.isArray(patch)) throw new VigilError("validation_failed", "the change must be a JSON object of fields");
  const rec = await withWrite(ctx, async (env, audit) => {
    const before = await loadRecord(env.tx, kind, id);
    if (!before) throw notFound(kind, id);
    if (kind === "person" && typeof before.mergedInto === "string") {
      throw new VigilError("conflict", `person ${id} was merged into ${before.mergedInto}; change that person, or undo the merge first`);
    }
    if (opts.expectedVersion !== undefined && opts.expectedVersion !== before.version) {
      throw new VigilError("stale_version", `${kind} ${id} is at version ${String(before.version)}, not ${opts.expectedVersion}; reload and try again`);
    }
    const merged = { ...editableOf(before), ...(patch as Rec) };
    for (const k of STRIP_ON_EDIT) delete merged[k];
    const input = parseInput(INPUT_SCHEMAS[kind], merged, kind) as Rec;
    const after = await updateRecordRow(env, kind, before, input);
    await audit.append({ action: "update", entityType: kind, entityId: id, before, after, reason: opts.reason ?? null });
    return after;
  });
  return presentOne(ctx, kind, rec);
}

export async function deleteRecord(ctx: Ctx, kind: RecordKind, id: string, opts: { reason?: string | null } = {}): Promise<void> {
  assertCan(ctx.actor, "delete");
  if (kind === "place") {
    const ref = await ctx.store.db.selectFrom("places").select("geonameid").where("id", "=", id).executeTakeFirst();
    if (ref?.geonameid !== null && ref?.geonameid !== undefined) throw new VigilError("conflict", "gazetteer places cannot be deleted");
  }
  await withWrite(ctx, async (env, audit) => {
    const before = await loadRecord(env.tx, kind, id);
    if (!before) throw notFound(kind, id);
    if (kind === "person") {
      // "These two are different people" loses its meaning once one of them is gone.
      const rejected = await env.tx.selectFrom("merge_candidates").selectAll().where("status", "=", "rejected")
        .where((eb) => eb.or([eb("person_a", "=", id), eb("person_b", "=", id)])).execute();
      for (const c of rejected) {
        await env.tx.deleteFrom("merge_candidates").where("id", "=", c.id).execute();
        await audit.append({ action: "delete", entityType: "merge_candidate", entityId: c.id, before: candidateSnapshot(c), after: null, reason: opts.reason ?? null });
      }
    }
    await deleteRecordRow(env, kind, before);
    await audit.append({ action: "delete", entityType: kind, entityId: id, before, after: null, reason: opts.reason ?? null });
  });
}

export async function createCapture(ctx: Ctx, raw: unknown): Promise<Rec> {
  assertCan(ctx.actor, "create");
  const input = parseInput(zCaptureInput, raw, "capture");
  const bytes = input.contentEncoding === "base64" ? Buffer.from(input.content, "base64") : Buffer.from(input.content, "utf8");
  const rec = await withWrite(ctx, async (env, audit) => {
    const rec = await insertCapture(env, { sourceId: input.sourceId, mediaType: input.mediaType, bytes });
    await audit.append({ action: "create", entityType: "capture", entityId: rec.id as string, before: null, after: rec });
    return rec;
  });
  return presentOne(ctx, "capture", rec);
}

// ---------- reading ----------
const levelOf = (ctx: Ctx): AccessLevel => accessLevel(ctx.actor);

async function isVisible(db: Db, kind: RecordKind, rec: Rec, level: AccessLevel): Promise<boolean> {
  if (level === "confidential" || kind === "place") return true;
  const allowed = visibleVisibilities(level) as string[];
  if (kind === "capture" || kind === "claim") {
    const src = await db.selectFrom("sources").select(["visibility", "protected"]).where("id", "=", rec.sourceId as string).executeTakeFirst();
    if (!src || !allowed.includes(src.visibility)) return false;
    if (level === "public" && (src.protected === true || src.protected === 1)) return false;
    if (kind === "capture") return true;
  }
  if (kind === "proceeding") {
    const p = await db.selectFrom("people").select("visibility").where("id", "=", rec.personId as string).executeTakeFirst();
    if (!p || !allowed.includes(p.visibility)) return false;
  }
  return allowed.includes(rec.visibility as string);
}

async function presentOne(ctx: Ctx, kind: RecordKind, rec: Rec): Promise<Rec> {
  const level = levelOf(ctx);
  if (kind === "person") await attachStatus(ctx.store.db, [rec], todayOf(ctx), level);
  await cutHiddenLinks(ctx.store.db, ctx.store.features, kind, [rec], level);
  return present(kind, rec, level);
}

export async function getRecord(ctx: Ctx, kind: RecordKind, id: string): Promise<Rec> {
  const level = levelOf(ctx);
  const rec = await loadRecord(ctx.store.db, kind, id);
  if (!rec || !(await isVisible(ctx.store.db, kind, rec, level))) throw notFound(kind, id);
  return presentOne(ctx, kind, rec);
}

/** Several records by id, presented for the reader; ids the reader may not see are left out. */
export async function getMany(ctx: Ctx, kind: RecordKind, ids: readonly string[]): Promise<Rec[]> {
  const out: Rec[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const page = await listRecords(ctx, kind, { ids: ids.slice(i, i + 500), limit: 500, offset: 0 }, { count: false });
    out.push(...page.items);
  }
  return out;
}

export async function captureContent(ctx: Ctx, id: string): Promise<{ mediaType: string; bytes: Uint8Array; sha256: string }> {
  // Captured text can name people whose names are withheld from public output, so it never leaves the team.
  assertCan(ctx.actor, "read_internal");
  const level = levelOf(ctx);
  const rec = await loadRecord(ctx.store.db, "capture", id);
  if (!rec || !(await isVisible(ctx.store.db, "capture", rec, level))) throw notFound("capture", id);
  const blob = await ctx.store.db.selectFrom("blobs").select(["content"]).where("sha256", "=", rec.sha256 as string).executeTakeFirstOrThrow();
  return { mediaType: rec.mediaType as string, bytes: blob.content, sha256: rec.sha256 as string };
}

export async function recordHistory(ctx: Ctx, kind: RecordKind, id: string): Promise<HistoryEntry[]> {
  assertCan(ctx.actor, "read_history");
  const entries = await historyOf(ctx.store.db, kind, id);
  if (!entries.length) throw notFound(kind, id);
  const actorIds = [...new Set(entries.map((e) => e.actorId).filter((a): a is string => a !== null))];
  const users = actorIds.length ? await ctx.store.db.selectFrom("users").select(["id", "username"]).where("id", "in", actorIds).execute() : [];
  const usernames = new Map(users.map((u) => [u.id, u.username]));
  return entries.map((e) => ({
    seq: e.seq, at: e.at, actorId: e.actorId, actor: e.actorId === null ? null : usernames.get(e.actorId) ?? null,
    action: e.action, reason: e.reason, hash: e.hash, prevHash: e.prevHash,
    before: e.before === null ? null : (JSON.parse(e.before) as Record<string, unknown>),
    after: e.after === null ? null : (JSON.parse(e.after) as Record<string, unknown>),
  }));
}

