/**
 * The merge queue and merges of people entered twice. Candidates come from blocking on the stored name keys (the key
 * table is read once; people are paired only inside the blocks of keys they share, never all pairs), are judged by
 * `comparePeople` with reasons, and wait for a human: a person is never merged by the scan. A merge moves every
 * record that refers to the merged person onto the target and stores exactly what moved, so an undo puts back
 * exactly that and nothing else.
 */
import { sql } from "kysely";
import { z } from "zod";
import { accessLevel, assertCan, visibleVisibilities } from "../auth/policy.js";
import { PROTECTION_LEVELS, VISIBILITIES, type Protection, type Visibility } from "../contract/vocab.js";
import { matchReasonsFromText, type MatchReason } from "../contract/reason-codes.js";
import { VigilError, notFound } from "../core/errors.js";
import { newId } from "../core/ids.js";
import { comparePeople, type MatchOutcome, type NameContext } from "../match/index.js";
import type { Db, RecordKind } from "../store/index.js";
import type { AuditAppender } from "./audit-log.js";
import { nowIso, type Ctx } from "./context.js";
import { loadRecord, type Rec } from "./load.js";
import { getMany, getRecord, withWrite } from "./service.js";
import { candidateSnapshot, mergeSnapshot } from "./snapshots.js";
import { refreshStatus, updateRecordRow, type WriteEnv } from "./write.js";

// ---------- scanning for duplicates ----------

/**
 * Blocking. A key shared by at most SMALL_BLOCK people pairs all of them. In larger blocks a pair is kept only when
 * the two people share two independent keys (two words, not one word's stem and its consonant outline, so the 300
 * people called Nurlan are not all compared with one another), or when one of them is known by a single word (a
 * surname with initials: "Жұмабаев Н." must still meet every Жұмабаев, and "possible" is the most it can be). A key
 * shared by more than BLOCK_MAX people is too common to pair on at all; inside it, people are paired through a second
 * key that is not common within the block (Akhmetov Nurlan meets Ахметов Нұрлан through "nurlan", not every Akhmetov).
 */
const SMALL_BLOCK = 5;
const BLOCK_MAX = 200;
const PAIR_BATCH = 500;
const ID_CHUNK = 500;

export interface DuplicateScanReport {
  /** People not merged into anyone, i.e. the register being scanned. */
  people: number;
  /** Keys shared by at least two people; `commonKeys` of them were too frequent to pair on alone. */
  sharedKeys: number;
  commonKeys: number;
  /** Sub-blocks inside common keys still too large to pair (people with the same frequent name twice over). */
  oversizedBlocks: number;
  pairsCompared: number;
  /** New pending candidates, pending ones whose score changed, and pending ones no longer candidates. */
  proposed: number;
  refreshed: number;
  withdrawn: number;
  /** Pairs already merged or rejected: never proposed again. */
  alreadyDecided: number;
  same: number;
  possible: number;
  ms: number;
}

const pairKey = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);
const pairId = (x: string, y: string): string => pairKey(x, y).join("|");

const inList = (ids: readonly string[]) => sql.join(ids.map((i) => sql`${i}`));

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** A birth date says something about the year only when it is at least year-precise. */
function birthYearOf(date: string | null, precision: string): number | null {
  if (!date || !["day", "month", "year"].includes(precision)) return null;
  const y = Number(date.slice(0, 4));
  return Number.isInteger(y) ? y : null;
}

type Profile = NameContext & { names: string[]; merged: boolean };

/** Names and the context `comparePeople` weighs (sex, birth year), for a batch of people. */
async function profiles(db: Db, ids: readonly string[]): Promise<Map<string, Profile>> {
  const out = new Map<string, Profile>();
  for (const part of chunks(ids, ID_CHUNK)) {
    const people = await db.selectFrom("people").select(["id", "sex", "birth_date", "birth_date_precision", "merged_into"]).where("id", "in", part).execute();
    for (const p of people) {
      out.set(p.id, {
        names: [], merged: p.merged_into !== null,
        sex: p.sex === "female" || p.sex === "male" ? p.sex : null,
        birthYear: birthYearOf(p.birth_date, p.birth_date_precision),
      });
    }
    const names = await db.selectFrom("person_names").select(["person_id", "value"]).where("person_id", "in", part).orderBy("person_id").orderBy("position").execute();
    for (const n of names) out.get(n.person_id)?.names.push(n.value);
  }
  return out;
}

/**
 * The key table of the living register, read once in id order and interned (people and keys as numbers, each
 * person's keys sorted), so that blocks are walked and shared keys counted without a database round trip per pair.
 * About six keys a person: a few megabytes at 100,000 people.
 */
interface KeyIndex { people: string[]; keys: string[]; keysOf: Int32Array[]; postings: number[][]; oneWord: Map<number, boolean> }

async function loadKeyIndex(db: Db): Promise<KeyIndex> {
  const ix: KeyIndex = { people: [], keys: [], keysOf: [], postings: [], oneWord: new Map() };
  const keyNo = new Map<string, number>();
  let after = "";
  for (;;) {
    const page = await db.selectFrom("people").select("id").where("merged_into", "is", null).where("id", ">", after).orderBy("id").limit(5000).execute();
    if (!page.length) break;
    after = page[page.length - 1]!.id;
    for (const part of chunks(page.map((p) => p.id), ID_CHUNK)) {
      const byPerson = new Map<string, number[]>(part.map((id) => [id, []]));
      for (const r of await db.selectFrom("person_name_keys").select(["person_id", "key"]).where("person_id", "in", part).execute()) {
        let k = keyNo.get(r.key);
        if (k === undefined) {
          k = ix.keys.length;
          keyNo.set(r.key, k);
          ix.keys.push(r.key);
          ix.postings.push([]);
        }
        byPerson.get(r.person_id)!.push(k);
      }
      for (const [id, ks] of byPerson) {
        const n = ix.people.length;
        ix.people.push(id);
        ix.keysOf.push(Int32Array.from(ks).sort());
        for (const k of ks) ix.postings[k]!.push(n);
      }
    }
  }
  return ix;
}

/**
 * Whether two shared keys are one word: a stem and the consonant outline ("~…") its word always brings along. Decided
 * from the register itself: the outline is one with the stem when nearly every person with the stem also has it.
 */
function oneWord(ix: KeyIndex, k1: number, k2: number): boolean {
  const [outline, stem] = ix.keys[k1]!.startsWith("~") ? [k1, k2] : [k2, k1];
  if (!ix.keys[outline]!.startsWith("~") || ix.keys[stem]!.startsWith("~")) return false;
  const code = stem * ix.keys.length + outline;
  let same = ix.oneWord.get(code);
  if (same === undefined) {
    const x = ix.postings[stem]!;
    const y = ix.postings[outline]!;
    let both = 0;
    for (let i = 0, j = 0; i < x.length && j < y.length;) {
      if (x[i] === y[j]) {
        both++;
        i++;
        j++;
      } else if (x[i]! < y[j]!) i++;
      else j++;
    }
    same = both >= 0.8 * x.length;
    ix.oneWord.set(code, same);
  }
  return same;
}

/** A person known by one word only (a surname with initials): they can share no more than that word with anyone. */
function oneWordName(ix: KeyIndex, p: number): boolean {
  let stems = 0;
  for (const k of ix.keysOf[p]!) if (!ix.keys[k]!.startsWith("~") && ++stems > 1) return false;
  return true;
}

/** Whether two people share two independent keys: two words, not one word's stem and its consonant outline. */
function shareTwoWords(ix: KeyIndex, a: number, b: number): boolean {
  const x = ix.keysOf[a]!;
  const y = ix.keysOf[b]!;
  const shared: number[] = [];
  for (let i = 0, j = 0; i < x.length && j < y.length;) {
    if (x[i] === y[j]) {
      shared.push(x[i]!);
      if (shared.length > 2) return true;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return shared.length === 2 && !oneWord(ix, shared[0]!, shared[1]!);
}

function addPairs(ix: KeyIndex, members: readonly number[], all: boolean, into: Set<number>): void {
  const n = ix.people.length;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const [a, b] = members[i]! < members[j]! ? [members[i]!, members[j]!] : [members[j]!, members[i]!];
      const code = a * n + b;
      if (!into.has(code) && (all || shareTwoWords(ix, a, b) || oneWordName(ix, a) || oneWordName(ix, b))) into.add(code);
    }
  }
}

/** Candidate pairs of the register, as `a * people + b` with a < b; never all pairs. */
function blockPairs(ix: KeyIndex): { pairs: Set<number>; sharedKeys: number; commonKeys: number; oversizedBlocks: number } {
  const out = { pairs: new Set<number>(), sharedKeys: 0, commonKeys: 0, oversizedBlocks: 0 };
  ix.postings.forEach((members, key) => {
    if (members.length < 2) return;
    out.sharedKeys++;
    if (members.length <= SMALL_BLOCK) return addPairs(ix, members, true, out.pairs);
    if (members.length <= BLOCK_MAX) return addPairs(ix, members, false, out.pairs);
    out.commonKeys++;
    const sub = new Map<number, number[]>();
    for (const m of members) {
      for (const k of ix.keysOf[m]!) {
        if (k === key) continue;
        const list = sub.get(k);
        if (list) list.push(m);
        else sub.set(k, [m]);
      }
    }
    for (const list of sub.values()) {
      if (list.length > BLOCK_MAX) out.oversizedBlocks++;
      else if (list.length > 1) addPairs(ix, list, false, out.pairs);
    }
  });
  return out;
}

interface CandidateRow {
  id: string; person_a: string; person_b: string; score: number; outcome: string; reasons: string; status: string;
  decided_by: string | null; decided_at: string | null; decision_reason: string | null; merge_id: string | null;
  version: number; created_at: string; updated_at: string;
}

/**
 * Fills the merge queue: the pairs of living people that blocking keeps are compared; "same" and "possible" pairs
 * become (or stay) pending candidates, decided pairs are left alone, and pending pairs that no longer match are
 * withdrawn. Idempotent: a second scan of an unchanged register changes nothing.
 */
export async function findDuplicates(ctx: Ctx): Promise<DuplicateScanReport> {
  assertCan(ctx.actor, "review");
  const started = performance.now();
  const db = ctx.store.db;
  const at = nowIso(ctx);

  const ix = await loadKeyIndex(db);
  const blocks = blockPairs(ix);
  const pairs = new Set<string>();
  const n = ix.people.length;
  for (const code of blocks.pairs) pairs.add(pairId(ix.people[Math.floor(code / n)]!, ix.people[code % n]!));
  blocks.pairs.clear();

  // Pending candidates are judged again too: a name edited since the last scan may have made them different.
  const existing = new Map<string, CandidateRow>();
  let afterId = "";
  for (;;) {
    const rows = await db.selectFrom("merge_candidates").selectAll().where("id", ">", afterId).orderBy("id").limit(5000).execute();
    if (!rows.length) break;
    for (const r of rows) {
      existing.set(pairId(r.person_a, r.person_b), r);
      if (r.status === "pending") pairs.add(pairId(r.person_a, r.person_b));
    }
    afterId = rows[rows.length - 1]!.id;
  }

  const report: DuplicateScanReport = {
    people: n, sharedKeys: blocks.sharedKeys, commonKeys: blocks.commonKeys, oversizedBlocks: blocks.oversizedBlocks, pairsCompared: 0,
    proposed: 0, refreshed: 0, withdrawn: 0, alreadyDecided: 0, same: 0, possible: 0, ms: 0,
  };

  // Each person is read once for the whole scan (a person is in many pairs); about 200 bytes a person.
  const prof = new Map<string, Profile>();
  const ordered = [...pairs].sort();
  for (const batch of chunks(ordered, PAIR_BATCH)) {
    const split = batch.map((p) => p.split("|") as [string, string]);
    const missing = [...new Set(split.flat())].filter((id) => !prof.has(id));
    for (const [id, p] of await profiles(db, missing)) prof.set(id, p);
    const inserts: CandidateRow[] = [];
    const updates: { id: string; score: number; outcome: MatchOutcome; reasons: string }[] = [];
    const withdraw: string[] = [];
    for (const [a, b] of split) {
      const prev = existing.get(`${a}|${b}`);
      if (prev && prev.status !== "pending") {
        report.alreadyDecided++;
        continue;
      }
      const pa = prof.get(a);
      const pb = prof.get(b);
      if (!pa || !pb || pa.merged || pb.merged) {
        if (prev) withdraw.push(prev.id);
        continue;
      }
      report.pairsCompared++;
      const r = comparePeople(pa, pb);
      if (r.outcome === "different") {
        if (prev) withdraw.push(prev.id);
        continue;
      }
      report[r.outcome]++;
      const reasons = JSON.stringify(r.reasons);
      if (!prev) {
        inserts.push({
          id: newId("mergeCandidate"), person_a: a, person_b: b, score: r.score, outcome: r.outcome, reasons, status: "pending",
          decided_by: null, decided_at: null, decision_reason: null, merge_id: null, version: 1, created_at: at, updated_at: at,
        });
      } else if (prev.score !== r.score || prev.outcome !== r.outcome || prev.reasons !== reasons) {
        updates.push({ id: prev.id, score: r.score, outcome: r.outcome, reasons });
      }
    }
    if (!inserts.length && !updates.length && !withdraw.length) continue;
    await ctx.store.transaction(async (tx) => {
      for (const part of chunks(inserts, 100)) {
        // A scan running at the same time may have proposed the pair first; its row stands.
        const res = await tx.insertInto("merge_candidates").values(part).onConflict((oc) => oc.columns(["person_a", "person_b"]).doNothing()).executeTakeFirst();
        report.proposed += Number(res.numInsertedOrUpdatedRows ?? part.length);
      }
      for (const u of updates) {
        const res = await tx.updateTable("merge_candidates")
          .set((eb) => ({ score: u.score, outcome: u.outcome, reasons: u.reasons, updated_at: at, version: eb("version", "+", 1) }))
          .where("id", "=", u.id).where("status", "=", "pending").executeTakeFirst();
        report.refreshed += Number(res.numUpdatedRows);
      }
      for (const part of chunks(withdraw, ID_CHUNK)) {
        const res = await tx.deleteFrom("merge_candidates").where("id", "in", part).where("status", "=", "pending").executeTakeFirst();
        report.withdrawn += Number(res.numDeletedRows);
      }
    });
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}

// ---------- the queue ----------

export const CANDIDATE_STATUSES = ["pending", "merged", "rejected"] as const;
export type CandidateStatus = (typeof CANDIDATE_STATUSES)[number];

export interface MergeCandidateView {
  id: string;
  /** Both people presented for the reader; null when the reader may not see one of them. */
  personA: Rec | null;
  personB: Rec | null;
  score: number;
  outcome: MatchOutcome;
  reasons: string[];
  /** The reasons as codes to translate, read back from the English phrases the queue stores. */
  reasonCodes: MatchReason[];
  status: CandidateStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  mergeId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CandidateQuery {
  status?: CandidateStatus;
  outcome?: "same" | "possible";
  personId?: string;
  limit: number;
  offset: number;
}

/** People by id as the reader may see them; a merged person (hidden from lists) is read on its own. */
async function peopleFor(ctx: Ctx, ids: readonly string[]): Promise<Map<string, Rec>> {
  const found = new Map((await getMany(ctx, "person", ids)).map((p) => [p.id as string, p]));
  for (const id of ids) {
    if (found.has(id)) continue;
    try {
      found.set(id, await getRecord(ctx, "person", id));
    } catch (e) {
      if (!(e instanceof VigilError && e.code === "not_found")) throw e;
    }
  }
  return found;
}

function candidateView(r: CandidateRow, people: Map<string, Rec>): MergeCandidateView {
  const reasons = JSON.parse(r.reasons) as string[];
  return {
    id: r.id, personA: people.get(r.person_a) ?? null, personB: people.get(r.person_b) ?? null, score: Number(r.score),
    outcome: r.outcome as MatchOutcome, reasons, reasonCodes: matchReasonsFromText(reasons), status: r.status as CandidateStatus,
    decidedBy: r.decided_by, decidedAt: r.decided_at, decisionReason: r.decision_reason, mergeId: r.merge_id,
    version: Number(r.version), createdAt: r.created_at, updatedAt: r.updated_at,
  };
}

/**
 * The merge queue, best evidence first. Pending pairs where one person has since been merged are left out (the next
 * scan withdraws them), and so are pairs with a person the reader may not see.
 */
export async function listMergeCandidates(ctx: Ctx, query: CandidateQuery): Promise<{ items: MergeCandidateView[]; total: number; limit: number; offset: number }> {
  assertCan(ctx.actor, "review");
  const vis = visibleVisibilities(accessLevel(ctx.actor));
  const where = [
    sql<boolean>`pa.visibility IN (${inList(vis)})`,
    sql<boolean>`pb.visibility IN (${inList(vis)})`,
  ];
  if (query.status) where.push(sql<boolean>`mc.status = ${query.status}`);
  if (query.status === "pending" || !query.status) where.push(sql<boolean>`(mc.status <> 'pending' OR (pa.merged_into IS NULL AND pb.merged_into IS NULL))`);
  if (query.outcome) where.push(sql<boolean>`mc.outcome = ${query.outcome}`);
  if (query.personId) where.push(sql<boolean>`(mc.person_a = ${query.personId} OR mc.person_b = ${query.personId})`);
  const from = sql`FROM merge_candidates mc JOIN people pa ON pa.id = mc.person_a JOIN people pb ON pb.id = mc.person_b WHERE ${sql.join(where, sql` AND `)}`;
  const [rows, count] = await Promise.all([
    sql<CandidateRow>`SELECT mc.* ${from} ORDER BY mc.score DESC, mc.id LIMIT ${query.limit} OFFSET ${query.offset}`.execute(ctx.store.db),
    sql<{ n: number | string }>`SELECT count(*) AS n ${from}`.execute(ctx.store.db),
  ]);
  const people = await peopleFor(ctx, [...new Set(rows.rows.flatMap((r) => [r.person_a, r.person_b]))]);
  return { items: rows.rows.map((r) => candidateView(r, people)), total: Number(count.rows[0]?.n ?? 0), limit: query.limit, offset: query.offset };
}

async function candidateById(db: Db, id: string): Promise<CandidateRow | undefined> {
  return db.selectFrom("merge_candidates").selectAll().where("id", "=", id).executeTakeFirst();
}

/** "These are two people": the pair leaves the queue and is never proposed again. */
export async function rejectCandidate(ctx: Ctx, id: string, reason: string): Promise<MergeCandidateView> {
  assertCan(ctx.actor, "review");
  const row = await withWrite(ctx, async (env, audit) => {
    const r = await candidateById(env.tx, id);
    if (!r) throw notFound("merge candidate", id);
    if (r.status !== "pending") throw new VigilError("conflict", `merge candidate ${id} was already decided (${r.status})`);
    await env.tx.updateTable("merge_candidates")
      .set({ status: "rejected", decided_by: env.actorId, decided_at: env.at, decision_reason: reason, updated_at: env.at, version: Number(r.version) + 1 })
      .where("id", "=", id).where("version", "=", r.version).execute();
    const after = (await candidateById(env.tx, id))!;
    await audit.append({ action: "update", entityType: "merge_candidate", entityId: id, before: candidateSnapshot(r), after: candidateSnapshot(after), reason });
    return after;
  });
  return candidateView(row, await peopleFor(ctx, [row.person_a, row.person_b]));
}

// ---------- merge and unmerge ----------

/** What one merge moved, by id, so that the undo moves back exactly this. */
const zMoved = z.object({
  /** Copies of the merged person's names added to the target (the merged person keeps its own, for old links). */
  names: z.array(z.object({ id: z.string(), value: z.string() })),
  /** Roles the target did not have before. */
  roles: z.array(z.string()),
  incidents: z.array(z.string()),
  /** Incidents where the merged person was a perpetrator, with the position in the list. */
  perpetrators: z.array(z.object({ incidentId: z.string(), index: z.number().int() })),
  proceedings: z.array(z.string()),
  interventions: z.array(z.string()),
  claims: z.array(z.string()),
});
export type MergeMoved = z.infer<typeof zMoved>;

export interface MergeView {
  id: string;
  targetId: string;
  mergedId: string;
  moved: MergeMoved;
  score: number | null;
  reason: string | null;
  decidedBy: string | null;
  decidedAt: string;
  undoneAt: string | null;
  undoneBy: string | null;
}

type MergeRow = {
  id: string; target_id: string; merged_id: string; moved: string; score: number | null; reason: string | null; decided_by: string | null;
  decided_at: string; undone_at: string | null; undone_by: string | null;
};

function mergeView(r: MergeRow): MergeView {
  return {
    id: r.id, targetId: r.target_id, mergedId: r.merged_id, moved: zMoved.parse(JSON.parse(r.moved)), score: r.score === null ? null : Number(r.score),
    reason: r.reason, decidedBy: r.decided_by, decidedAt: r.decided_at, undoneAt: r.undone_at, undoneBy: r.undone_by,
  };
}

const META = ["id", "version", "createdAt", "updatedAt"];
/** A loaded record as write input: the same fields without the metadata the write path sets itself. */
function inputOf(rec: Rec, changes: Rec): Rec {
  const out: Rec = {};
  for (const [k, v] of Object.entries(rec)) if (!META.includes(k)) out[k] = v;
  return { ...out, ...changes };
}

const sameName = (a: unknown, b: unknown): boolean => String(a).normalize("NFC").trim() === String(b).normalize("NFC").trim();

async function moveRecord(env: WriteEnv, audit: AuditAppender, kind: RecordKind, before: Rec, changes: Rec, reason: string): Promise<void> {
  const after = await updateRecordRow(env, kind, before, inputOf(before, changes));
  await audit.append({ action: "update", entityType: kind, entityId: before.id as string, before, after, reason });
}

/** Ids of records that refer to a person, per kind of reference a merge moves. */
async function referencesTo(tx: Db, personId: string) {
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id);
  const victim = ids(await tx.selectFrom("incidents").select("id").where("victim_person_id", "=", personId).orderBy("id").execute());
  // Perpetrators are JSON: a LIKE on the (unique, 30-character) id narrows, the parsed list decides.
  const perpRows = await tx.selectFrom("incidents").select(["id", "perpetrators"]).where("perpetrators", "like", `%${personId}%`).orderBy("id").execute();
  const perpetrators: { incidentId: string; index: number }[] = [];
  for (const r of perpRows) {
    (JSON.parse(r.perpetrators) as Rec[]).forEach((p, index) => {
      if (p.personId === personId) perpetrators.push({ incidentId: r.id, index });
    });
  }
  return {
    incidents: victim,
    perpetrators,
    proceedings: ids(await tx.selectFrom("proceedings").select("id").where("person_id", "=", personId).orderBy("id").execute()),
    interventions: ids(await tx.selectFrom("interventions").select("id").where("person_id", "=", personId).orderBy("id").execute()),
    claims: ids(await tx.selectFrom("claims").select("id").where("subject_type", "=", "person").where("subject_id", "=", personId).orderBy("id").execute()),
  };
}

/** Moves incidents (as victim or perpetrator), proceedings, interventions and claims from one person to another. */
async function moveReferences(env: WriteEnv, audit: AuditAppender, refs: Omit<MergeMoved, "names" | "roles">, from: string, to: string, reason: string): Promise<void> {
  const incidentIds = [...new Set([...refs.incidents, ...refs.perpetrators.map((p) => p.incidentId)])];
  for (const id of incidentIds) {
    const before = (await loadRecord(env.tx, "incident", id))!;
    const changes: Rec = {};
    if (refs.incidents.includes(id)) changes.victimPersonId = to;
    const positions = refs.perpetrators.filter((p) => p.incidentId === id).map((p) => p.index);
    if (positions.length) {
      changes.perpetrators = (before.perpetrators as Rec[]).map((p, i) => (positions.includes(i) && p.personId === from ? { ...p, personId: to } : p));
    }
    await moveRecord(env, audit, "incident", before, changes, reason);
  }
  for (const id of refs.proceedings) await moveRecord(env, audit, "proceeding", (await loadRecord(env.tx, "proceeding", id))!, { personId: to }, reason);
  for (const id of refs.interventions) await moveRecord(env, audit, "intervention", (await loadRecord(env.tx, "intervention", id))!, { personId: to }, reason);
  for (const id of refs.claims) await moveRecord(env, audit, "claim", (await loadRecord(env.tx, "claim", id))!, { subjectId: to }, reason);
}

/** Sets or clears the tombstone link, as a new version of the person. */
async function setMergedInto(env: WriteEnv, person: Rec, into: string | null): Promise<void> {
  const res = await env.tx.updateTable("people")
    .set({ merged_into: into, version: (person.version as number) + 1, updated_at: env.at })
    .where("id", "=", person.id as string).where("version", "=", person.version as number).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new VigilError("stale_version", `person ${String(person.id)} was changed by someone else; reload and try again`);
}

/** Records a decision on a pair (creating the queue row when the pair was never proposed), audited. */
async function upsertDecision(
  env: WriteEnv, audit: AuditAppender, pair: [string, string], existing: CandidateRow | undefined,
  fields: { status: CandidateStatus; reason: string; mergeId: string | null; score: number; outcome: MatchOutcome; reasons: string[] },
): Promise<void> {
  const decided = { status: fields.status, decided_by: env.actorId, decided_at: env.at, decision_reason: fields.reason, merge_id: fields.mergeId, updated_at: env.at };
  if (existing) {
    await env.tx.updateTable("merge_candidates").set({ ...decided, version: Number(existing.version) + 1 }).where("id", "=", existing.id).execute();
  } else {
    await env.tx.insertInto("merge_candidates").values({
      id: newId("mergeCandidate"), person_a: pair[0], person_b: pair[1], score: fields.score, outcome: fields.outcome, reasons: JSON.stringify(fields.reasons),
      ...decided, version: 1, created_at: env.at,
    }).execute();
  }
  const after = (await candidateForPair(env.tx, pair))!;
  // A pending pair was never audited (it is a machine hint); its decision is recorded as the first state that counts.
  const before = existing && existing.status !== "pending" ? candidateSnapshot(existing) : null;
  await audit.append({ action: before ? "update" : "create", entityType: "merge_candidate", entityId: after.id, before, after: candidateSnapshot(after), reason: fields.reason });
}

async function candidateForPair(tx: Db, pair: [string, string]): Promise<CandidateRow | undefined> {
  return tx.selectFrom("merge_candidates").selectAll().where("person_a", "=", pair[0]).where("person_b", "=", pair[1]).executeTakeFirst();
}

export interface MergeInput { targetId: string; mergedId: string; reason: string; candidateId?: string | null }

/**
 * Merges `mergedId` into `targetId` in one audited transaction. The merged person stays as a tombstone (`mergedInto`)
 * with its own names, so ids in old links, exports and reports still resolve; its names are copied onto the target
 * (distinct by value) and everything that referred to it now refers to the target.
 */
export async function mergePeople(ctx: Ctx, input: MergeInput): Promise<{ merge: MergeView; target: Rec }> {
  assertCan(ctx.actor, "merge");
  const { targetId, mergedId, reason } = input;
  if (targetId === mergedId) throw new VigilError("bad_request", "a person cannot be merged into themselves");
  const merge = await withWrite(ctx, async (env, audit) => {
    const target = await loadRecord(env.tx, "person", targetId);
    if (!target) throw notFound("person", targetId);
    const merged = await loadRecord(env.tx, "person", mergedId);
    if (!merged) throw notFound("person", mergedId);
    if (target.mergedInto) throw new VigilError("conflict", `person ${targetId} was merged into ${String(target.mergedInto)}; merge into that person instead`);
    if (merged.mergedInto) throw new VigilError("conflict", `person ${mergedId} was already merged into ${String(merged.mergedInto)}`);
    // The merged person's names become the target's: a confidential or pseudonymised name must not surface on a
    // record shown more widely. The editor raises the target's protection first, or merges the other way round.
    if (VISIBILITIES.indexOf(merged.visibility as Visibility) > VISIBILITIES.indexOf(target.visibility as Visibility)
      || PROTECTION_LEVELS.indexOf(merged.protection as Protection) > PROTECTION_LEVELS.indexOf(target.protection as Protection)) {
      throw new VigilError("conflict", `person ${mergedId} is more protected than ${targetId}; give ${targetId} the same visibility and protection first, or merge the other way round`);
    }

    const pair = pairKey(targetId, mergedId);
    let candidate: CandidateRow | undefined;
    if (input.candidateId) {
      candidate = await candidateById(env.tx, input.candidateId);
      if (!candidate) throw notFound("merge candidate", input.candidateId);
      if (candidate.person_a !== pair[0] || candidate.person_b !== pair[1]) throw new VigilError("bad_request", `merge candidate ${input.candidateId} is about another pair of people`);
      if (candidate.status !== "pending") throw new VigilError("conflict", `merge candidate ${input.candidateId} was already decided (${candidate.status})`);
    } else {
      // An editor may merge a pair the queue never proposed, or one rejected before: the decision replaces the old one.
      candidate = await candidateForPair(env.tx, pair);
    }
    const prof = await profiles(env.tx, [targetId, mergedId]);
    const judged = comparePeople(prof.get(targetId)!, prof.get(mergedId)!);
    const score = candidate?.status === "pending" ? Number(candidate.score) : judged.score;

    const targetNames = target.names as Rec[];
    const newNames: Rec[] = [];
    for (const n of merged.names as Rec[]) {
      if ([...targetNames, ...newNames].some((t) => sameName(t.value, n.value))) continue;
      newNames.push({ ...n, id: newId("personName") });
    }
    const targetRoles = (target.roles as string[]) ?? [];
    const gained = ((merged.roles as string[]) ?? []).filter((r) => !targetRoles.includes(r));

    const refs = await referencesTo(env.tx, mergedId);
    await moveReferences(env, audit, refs, mergedId, targetId, reason);
    await updateRecordRow(env, "person", target, inputOf(target, { names: [...targetNames, ...newNames], roles: [...targetRoles, ...gained] }));
    await setMergedInto(env, merged, targetId);
    await refreshStatus(env, [targetId, mergedId]);

    const moved: MergeMoved = { names: newNames.map((n) => ({ id: n.id as string, value: n.value as string })), roles: gained, ...refs };
    const row: MergeRow = {
      id: newId("merge"), target_id: targetId, merged_id: mergedId, moved: JSON.stringify(moved), score, reason,
      decided_by: env.actorId, decided_at: env.at, undone_at: null, undone_by: null,
    };
    await env.tx.insertInto("merges").values(row).execute();
    await audit.append({ action: "create", entityType: "merge_record", entityId: row.id, before: null, after: mergeSnapshot(row), reason });
    await upsertDecision(env, audit, pair, candidate, { status: "merged", reason, mergeId: row.id, score, outcome: judged.outcome, reasons: judged.reasons });
    await audit.append({ action: "merge", entityType: "person", entityId: targetId, before: target, after: await loadRecord(env.tx, "person", targetId), reason });
    await audit.append({ action: "merge", entityType: "person", entityId: mergedId, before: merged, after: await loadRecord(env.tx, "person", mergedId), reason });
    return mergeView(row);
  });
  return { merge, target: await getRecord(ctx, "person", targetId) };
}

const unsafe = (mergeId: string, what: string) =>
  new VigilError("conflict", `merge ${mergeId} cannot be undone safely: ${what}`, { mergeId });

/**
 * Undoes one merge: the copied names and gained roles leave the target, every moved record goes back to the merged
 * person, and the tombstone is cleared. Refuses (conflict) when something moved has since been deleted, re-pointed
 * or renamed, or when the target was merged again: undo that later merge first. The pair is marked rejected, so the
 * scan does not propose it again.
 */
export async function unmergePeople(ctx: Ctx, mergeId: string, reason: string): Promise<{ merge: MergeView; person: Rec }> {
  assertCan(ctx.actor, "merge");
  const merge = await withWrite(ctx, async (env, audit) => {
    const row = await env.tx.selectFrom("merges").selectAll().where("id", "=", mergeId).executeTakeFirst();
    if (!row) throw notFound("merge", mergeId);
    if (row.undone_at) throw new VigilError("conflict", `merge ${mergeId} was already undone on ${row.undone_at}`);
    const moved = mergeView(row).moved;
    const { target_id: targetId, merged_id: mergedId } = row;
    const target = await loadRecord(env.tx, "person", targetId);
    const merged = await loadRecord(env.tx, "person", mergedId);
    if (!target || !merged) throw unsafe(mergeId, "one of the two people was deleted since");
    if (target.mergedInto) throw unsafe(mergeId, `person ${targetId} was since merged into ${String(target.mergedInto)}; undo that merge first`);
    if (merged.mergedInto !== targetId) throw unsafe(mergeId, `person ${mergedId} is no longer merged into ${targetId}`);

    // Every check before any write, so the refusal names the first problem and nothing is half undone.
    const targetNames = target.names as Rec[];
    for (const n of moved.names) {
      const now = targetNames.find((t) => t.id === n.id);
      if (!now) throw unsafe(mergeId, `a name it copied to ${targetId} was removed since`);
      if (now.value !== n.value) throw unsafe(mergeId, `a name it copied to ${targetId} was edited since`);
    }
    const pointsAt = async (kind: RecordKind, id: string, field: string): Promise<Rec> => {
      const rec = await loadRecord(env.tx, kind, id);
      if (!rec) throw unsafe(mergeId, `${kind} ${id} that it moved was deleted since`);
      if (rec[field] !== targetId) throw unsafe(mergeId, `${kind} ${id} that it moved now refers to someone else`);
      return rec;
    };
    for (const id of moved.incidents) await pointsAt("incident", id, "victimPersonId");
    for (const p of moved.perpetrators) {
      const rec = await loadRecord(env.tx, "incident", p.incidentId);
      if (!rec) throw unsafe(mergeId, `incident ${p.incidentId} that it moved was deleted since`);
      if ((rec.perpetrators as Rec[])[p.index]?.personId !== targetId) throw unsafe(mergeId, `the perpetrators of incident ${p.incidentId} were changed since`);
    }
    for (const id of moved.proceedings) await pointsAt("proceeding", id, "personId");
    for (const id of moved.interventions) await pointsAt("intervention", id, "personId");
    for (const id of moved.claims) await pointsAt("claim", id, "subjectId");

    // The tombstone goes first: records may only point at a person who is not merged away.
    await setMergedInto(env, merged, null);
    await moveReferences(env, audit, moved, targetId, mergedId, reason);
    const copied = new Set(moved.names.map((n) => n.id));
    await updateRecordRow(env, "person", target, inputOf(target, {
      names: targetNames.filter((n) => !copied.has(n.id as string)),
      roles: ((target.roles as string[]) ?? []).filter((r) => !moved.roles.includes(r)),
    }));
    await refreshStatus(env, [targetId, mergedId]);

    await env.tx.updateTable("merges").set({ undone_at: env.at, undone_by: env.actorId }).where("id", "=", mergeId).execute();
    const undone = await env.tx.selectFrom("merges").selectAll().where("id", "=", mergeId).executeTakeFirstOrThrow();
    await audit.append({ action: "update", entityType: "merge_record", entityId: mergeId, before: mergeSnapshot(row), after: mergeSnapshot(undone), reason });
    const pair = pairKey(targetId, mergedId);
    const candidate = await candidateForPair(env.tx, pair);
    await upsertDecision(env, audit, pair, candidate, { status: "rejected", reason, mergeId, score: Number(row.score ?? 0), outcome: (candidate?.outcome ?? "possible") as MatchOutcome, reasons: [] });
    await audit.append({ action: "unmerge", entityType: "person", entityId: targetId, before: target, after: await loadRecord(env.tx, "person", targetId), reason });
    await audit.append({ action: "unmerge", entityType: "person", entityId: mergedId, before: merged, after: await loadRecord(env.tx, "person", mergedId), reason });
    return mergeView((await env.tx.selectFrom("merges").selectAll().where("id", "=", mergeId).executeTakeFirstOrThrow()));
  });
  return { merge, person: await getRecord(ctx, "person", merge.mergedId) };
}

/** Merges that involve a person (as target or as merged), newest first; all merges without a person. */
export async function listMerges(ctx: Ctx, query: { personId?: string; limit: number; offset: number }): Promise<{ items: MergeView[]; total: number; limit: number; offset: number }> {
  assertCan(ctx.actor, "read_history");
  const where = query.personId ? sql`WHERE target_id = ${query.personId} OR merged_id = ${query.personId}` : sql``;
  const [rows, count] = await Promise.all([
    sql<MergeRow>`SELECT * FROM merges ${where} ORDER BY decided_at DESC, id DESC LIMIT ${query.limit} OFFSET ${query.offset}`.execute(ctx.store.db),
    sql<{ n: number | string }>`SELECT count(*) AS n FROM merges ${where}`.execute(ctx.store.db),
  ]);
  return { items: rows.rows.map(mergeView), total: Number(count.rows[0]?.n ?? 0), limit: query.limit, offset: query.offset };
}
