/**
 * The one write path of the register. Every create, update and delete validates, checks references, writes the
 * record's rows and its derived rows (name keys, full-text index, cached status), and appends the audit entry — all in
 * the caller's transaction.
 */
import { sql } from "kysely";
import { detectScript, foldText } from "../core/text.js";
import { newId, type IdKind } from "../core/ids.js";
import { VigilError } from "../core/errors.js";
import { sha256Hex } from "../audit/index.js";
import { deriveStatus } from "../incidents/index.js";
import type { Incident, Proceeding } from "../contract/records.js";
import { nameKeys } from "../match/index.js";
import { KINDS, toRow, type Database, type Db, type DialectFeatures, type RecordKind } from "../store/index.js";
import { loadRecord, type Rec } from "./load.js";
import { REFERENCES } from "./kinds.js";

export interface WriteEnv {
  tx: Db;
  features: DialectFeatures;
  at: string;
  today: string;
  actorId: string | null;
}

const ID_KIND: Record<RecordKind, IdKind> = {
  place: "place", organisation: "organisation", person: "person", event: "event", incident: "incident", proceeding: "proceeding",
  statistic: "statistic", intervention: "intervention", source: "source", capture: "capture", claim: "claim",
};

export interface RecordMeta { id?: string; version?: number; createdAt?: string; updatedAt?: string }

async function exists(tx: Db, kind: RecordKind, id: string): Promise<boolean> {
  const row = await tx.selectFrom(KINDS[kind].table as "people").select("id").where("id", "=", id).executeTakeFirst();
  return row !== undefined;
}

async function checkReferences(env: WriteEnv, kind: RecordKind, input: Rec): Promise<void> {
  for (const [field, target] of Object.entries(REFERENCES[kind])) {
    const value = input[field];
    if (typeof value === "string" && !(await exists(env.tx, target, value))) {
      throw new VigilError("validation_failed", `${field}: no ${target} with id ${value}`, { field, id: value });
    }
    if (typeof value === "string" && target === "person") {
      // A merged record is a tombstone: new facts go to the person it was merged into.
      const p = await env.tx.selectFrom("people").select("merged_into").where("id", "=", value).executeTakeFirst();
      if (p?.merged_into) throw new VigilError("validation_failed", `${field}: person ${value} was merged into ${p.merged_into}; use that id`, { field, id: value, mergedInto: p.merged_into });
    }
  }
  if (kind === "incident" || kind === "event") {
    for (const p of (input.perpetrators as Rec[] | undefined) ?? []) {
      if (typeof p.organisationId === "string" && !(await exists(env.tx, "organisation", p.organisationId))) {
        throw new VigilError("validation_failed", `perpetrators: no organisation with id ${p.organisationId}`);
      }
      if (typeof p.personId === "string" && !(await exists(env.tx, "person", p.personId))) {
        throw new VigilError("validation_failed", `perpetrators: no person with id ${p.personId}`);
      }
    }
  }
  if (kind === "claim") await checkClaim(env, input);
}

/** A claim's quote must be exactly the capture's text between its offsets: that is what makes it evidence. */
async function checkClaim(env: WriteEnv, input: Rec): Promise<void> {
  const subjectKind = input.subjectType as RecordKind;
  if (!(await exists(env.tx, subjectKind, input.subjectId as string))) {
    throw new VigilError("validation_failed", `subjectId: no ${subjectKind} with id ${String(input.subjectId)}`);
  }
  if (typeof input.captureId !== "string") return;
  const cap = await env.tx.selectFrom("captures").innerJoin("blobs", "blobs.sha256", "captures.sha256")
    .select(["captures.source_id", "captures.media_type", "blobs.content"]).where("captures.id", "=", input.captureId).executeTakeFirstOrThrow();
  if (cap.source_id !== input.sourceId) throw new VigilError("validation_failed", "captureId: the capture belongs to another source");
  if (input.spanStart === null || !cap.media_type.startsWith("text/plain")) return;
  const text = new TextDecoder().decode(cap.content);
  const start = input.spanStart as number;
  const end = input.spanEnd as number;
  if (end > text.length) throw new VigilError("validation_failed", `spanEnd: the capture text has only ${text.length} characters`);
  const slice = text.slice(start, end);
  if (input.quote === null) input.quote = slice;
  else if (input.quote !== slice) throw new VigilError("validation_failed", "quote: differs from the capture text at spanStart..spanEnd");
}

// ---------- derived rows ----------
export interface PersonNameRows {
  /** The names as the record carries them (ids and scripts filled in). */
  stored: Rec[];
  names: Database["person_names"][];
  keys: Database["person_name_keys"][];
  roles: Database["person_roles"][];
}

/** A person's names, name keys and roles as rows; shared by the single-record write and the bulk import. */
export function personNameRows(personId: string, names: Rec[], roles: string[]): PersonNameRows {
  const stored: Rec[] = names.map((n) => ({
    id: typeof n.id === "string" ? n.id : newId("personName"),
    value: n.value,
    script: n.script ?? detectScript(String(n.value)),
    lang: n.lang ?? null,
    kind: n.kind,
    given: n.given ?? null,
    family: n.family ?? null,
    patronymic: n.patronymic ?? null,
  }));
  const keys = new Set<string>();
  for (const n of stored) for (const k of nameKeys(String(n.value))) keys.add(k);
  return {
    stored,
    names: stored.map((n, position) => ({
      id: n.id as string, person_id: personId, position, value: n.value as string, script: n.script as string, lang: n.lang as string | null,
      kind: n.kind as string, given: n.given as string | null, family: n.family as string | null, patronymic: n.patronymic as string | null,
    })),
    keys: [...keys].map((key) => ({ key, person_id: personId })),
    roles: [...new Set(roles)].map((role) => ({ role, person_id: personId })),
  };
}

async function writePersonNames(env: WriteEnv, personId: string, names: Rec[], roles: string[]): Promise<Rec[]> {
  const { tx } = env;
  await tx.deleteFrom("person_names").where("person_id", "=", personId).execute();
  await tx.deleteFrom("person_name_keys").where("person_id", "=", personId).execute();
  await tx.deleteFrom("person_roles").where("person_id", "=", personId).execute();
  const rows = personNameRows(personId, names, roles);
  if (rows.names.length) await tx.insertInto("person_names").values(rows.names).execute();
  if (rows.keys.length) await tx.insertInto("person_name_keys").values(rows.keys).execute();
  if (rows.roles.length) await tx.insertInto("person_roles").values(rows.roles).execute();
  return rows.stored;
}

/** The incident fields whose words incidentSearchText indexes (a search below confidential must not find hidden ones). */
export const INCIDENT_SEARCHED_FIELDS = ["description", "victimGroup", "placeText", "legal", "perpetrators"] as const;

function incidentSearchText(rec: Rec): string {
  const legal = (rec.legal as { articles?: string[]; note?: string | null } | null) ?? {};
  const parts = [rec.description, rec.victimGroup, rec.placeText, legal.note, ...(legal.articles ?? []),
    ...((rec.perpetrators as Rec[] | undefined) ?? []).map((p) => p.label)];
  return foldText(parts.filter((p): p is string => typeof p === "string").join(" "));
}

async function placePath(env: WriteEnv, parentId: unknown, id: string): Promise<string> {
  if (typeof parentId !== "string") return `/${id}/`;
  const parent = await env.tx.selectFrom("places").select("path").where("id", "=", parentId).executeTakeFirst();
  if (!parent) throw new VigilError("validation_failed", `parentId: no place with id ${parentId}`);
  if (parent.path.includes(`/${id}/`)) throw new VigilError("validation_failed", "parentId: a place cannot be inside itself");
  return `${parent.path}${id}/`;
}

function placeSearchText(rec: Rec): string {
  const names = Object.values((rec.names as Record<string, string>) ?? {});
  return foldText([rec.name, ...names, ...((rec.altNames as string[]) ?? [])].join(" | "));
}

/**
 * Recompute the cached statuses of people whose incidents or proceedings changed, once per access level. Works on
 * 500 people at a time (two reads and one UPDATE … FROM a VALUES list), so that a bulk import pays three statements
 * per 500 people rather than three per person.
 */
export async function refreshStatus(env: WriteEnv, personIds: Iterable<string | null | undefined>): Promise<void> {
  const ids = [...new Set([...personIds].filter((p): p is string => typeof p === "string"))];
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const incidents = await env.tx.selectFrom("incidents").select(["victim_person_id", "type", "start_date", "end_date", "visibility"])
      .where("victim_person_id", "in", chunk).execute();
    const proceedings = await env.tx.selectFrom("proceedings")
      .select(["person_id", "sentence", "start_date", "expected_release_date", "released_date", "charge_status", "visibility"])
      .where("person_id", "in", chunk).execute();
    const incidentsOf = new Map<string, typeof incidents>();
    for (const r of incidents) incidentsOf.set(r.victim_person_id!, [...(incidentsOf.get(r.victim_person_id!) ?? []), r]);
    const proceedingsOf = new Map<string, typeof proceedings>();
    for (const r of proceedings) proceedingsOf.set(r.person_id, [...(proceedingsOf.get(r.person_id) ?? []), r]);
    const values = chunk.map((personId) => {
      const inc = incidentsOf.get(personId) ?? [];
      const pro = proceedingsOf.get(personId) ?? [];
      const derive = (allowed: readonly string[]) => deriveStatus(
        inc.filter((r) => allowed.includes(r.visibility)).map((r) => ({ type: r.type as Incident["type"], startDate: r.start_date, endDate: r.end_date })),
        pro.filter((p) => allowed.includes(p.visibility)).map((p) => ({
          sentence: p.sentence ? (JSON.parse(p.sentence) as Proceeding["sentence"]) : null, startDate: p.start_date,
          expectedReleaseDate: p.expected_release_date, releasedDate: p.released_date, chargeStatus: p.charge_status as Proceeding["chargeStatus"],
        })),
        env.today,
      );
      const all = derive(["public", "internal", "confidential"]);
      const internal = derive(["public", "internal"]);
      const pub = derive(["public"]);
      return sql`(${personId}, ${all.status}, ${all.since}, ${all.until}, ${internal.status}, ${internal.since}, ${internal.until}, ${pub.status}, ${pub.since}, ${pub.until})`;
    });
    await sql`WITH v (id, s, s_since, s_until, i, i_since, i_until, p, p_since, p_until) AS (VALUES ${sql.join(values)})
      UPDATE people SET status = v.s, status_since = v.s_since, status_until = v.s_until,
        istatus = v.i, istatus_since = v.i_since, istatus_until = v.i_until, pstatus = v.p, pstatus_since = v.p_since, pstatus_until = v.p_until
      FROM v WHERE people.id = v.id`.execute(env.tx);
  }
}

// ---------- insert / update / delete ----------
/** The table row of a record, with its derived search text. */
export function rowFor(env: WriteEnv, kind: RecordKind, rec: Rec): Record<string, unknown> {
  const { names: _names, ...rest } = rec;
  const row = toRow(kind, kind === "person" ? rest : rec, env.features.bool);
  if (kind === "incident") row.search_text = incidentSearchText(rec);
  if (kind === "place") row.search_text = placeSearchText(rec);
  if (kind === "organisation") row.search_text = foldText([rec.name, ...((rec.names as string[]) ?? [])].join(" | "));
  return row;
}

async function afterWrite(env: WriteEnv, kind: RecordKind, rec: Rec, before: Rec | null): Promise<void> {
  if (kind === "incident") {
    await env.features.indexIncidentText(env.tx, rec.id as string, incidentSearchText(rec), before ? incidentSearchText(before) : undefined);
    await refreshStatus(env, [rec.victimPersonId as string | null, before?.victimPersonId as string | null]);
  }
  if (kind === "proceeding") await refreshStatus(env, [rec.personId as string, before?.personId as string | null]);
}

/** Inserts a validated record. `meta` carries id, version and timestamps on import; otherwise they are new. */
export async function insertRecord(env: WriteEnv, kind: RecordKind, input: Rec, meta: RecordMeta = {}): Promise<Rec> {
  if (kind === "capture") throw new VigilError("bad_request", "captures are created from content (see createCapture)");
  await checkReferences(env, kind, input);
  const id = meta.id ?? newId(ID_KIND[kind]);
  const rec: Rec = { ...input, id, version: meta.version ?? 1, createdAt: meta.createdAt ?? env.at, updatedAt: meta.updatedAt ?? env.at };
  if (kind === "person") rec.mergedInto = (input.mergedInto as string | null | undefined) ?? null;
  const row = rowFor(env, kind, rec);
  if (kind === "place") row.path = await placePath(env, rec.parentId, id);
  if (kind === "place" && !("geonameid" in rec)) row.geonameid = null;
  await env.tx.insertInto(KINDS[kind].table as "people").values(row as never).execute();
  if (kind === "person") await writePersonNames(env, id, input.names as Rec[], (input.roles as string[]) ?? []);
  await afterWrite(env, kind, rec, null);
  return (await loadRecord(env.tx, kind, id))!;
}

export async function updateRecordRow(env: WriteEnv, kind: RecordKind, before: Rec, input: Rec): Promise<Rec> {
  if (kind === "capture") throw new VigilError("conflict", "captures are immutable evidence and cannot be changed");
  await checkReferences(env, kind, input);
  const id = before.id as string;
  const rec: Rec = { ...input, id, version: (before.version as number) + 1, createdAt: before.createdAt, updatedAt: env.at };
  if (kind === "person") rec.mergedInto = before.mergedInto ?? null;
  if (kind === "place") rec.geonameid = before.geonameid ?? null;
  const { id: _id, createdAt: _c, ...row } = rowFor(env, kind, rec);
  if (kind === "place") {
    row.path = await placePath(env, rec.parentId, id);
    const oldPath = await env.tx.selectFrom("places").select("path").where("id", "=", id).executeTakeFirstOrThrow();
    if (oldPath.path !== row.path) {
      // Moving a place moves everything under it: the paths its path starts, a range of places_path in code point order
      // (queries.ts insideRegion), where LIKE took '_' for any character and, on SQLite, ignored case.
      await sql`UPDATE places SET path = ${row.path as string} || substr(path, ${oldPath.path.length + 1})
        WHERE path >= ${oldPath.path} AND path < ${`${oldPath.path.slice(0, -1)}0`} AND id <> ${id}`.execute(env.tx);
    }
  }
  const res = await env.tx.updateTable(KINDS[kind].table as "people").set(row as never)
    .where("id", "=", id).where("version", "=", before.version as number).executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) throw new VigilError("stale_version", `${kind} ${id} was changed by someone else; reload and try again`);
  if (kind === "person") await writePersonNames(env, id, input.names as Rec[], (input.roles as string[]) ?? []);
  await afterWrite(env, kind, rec, before);
  return (await loadRecord(env.tx, kind, id))!;
}

/** Dependents are never deleted silently: a record still referenced cannot be deleted. */
export async function deleteRecordRow(env: WriteEnv, kind: RecordKind, before: Rec): Promise<void> {
  const id = before.id as string;
  const claims = await env.tx.selectFrom("claims").select("id").where("subject_type", "=", kind).where("subject_id", "=", id).limit(1).execute();
  if (claims.length) throw new VigilError("conflict", `${kind} ${id} is cited by claims; delete or move those first`, { dependents: "claims" });
  // A pair waiting in the merge queue dies with the person (decided pairs are removed, audited, by the caller);
  // a merge is provenance and blocks the delete.
  if (kind === "person") await env.tx.deleteFrom("merge_candidates").where((eb) => eb.or([eb("person_a", "=", id), eb("person_b", "=", id)])).where("status", "=", "pending").execute();
  if (kind === "incident") await env.features.unindexIncidentText(env.tx, id);
  try {
    await env.tx.deleteFrom(KINDS[kind].table as "people").where("id", "=", id).execute();
  } catch (e) {
    if (env.features.classifyError(e) === "foreign_key") {
      throw new VigilError("conflict", `${kind} ${id} is still referenced by other records; remove those links first`);
    }
    throw e;
  }
  if (kind === "capture") {
    const still = await env.tx.selectFrom("captures").select("id").where("sha256", "=", before.sha256 as string).limit(1).execute();
    // Purge content nobody references any more (e.g. something captured by mistake that endangers a person).
    if (!still.length) await env.tx.deleteFrom("blobs").where("sha256", "=", before.sha256 as string).execute();
  }
  if (kind === "incident") await refreshStatus(env, [before.victimPersonId as string | null]);
  if (kind === "proceeding") await refreshStatus(env, [before.personId as string]);
}

export async function insertCapture(
  env: WriteEnv, input: { sourceId: string; mediaType: string; bytes: Uint8Array }, meta: RecordMeta & { capturedAt?: string; capturedBy?: string | null; sha256?: string } = {},
): Promise<Rec> {
  if (!(await exists(env.tx, "source", input.sourceId))) throw new VigilError("validation_failed", `sourceId: no source with id ${input.sourceId}`);
  const sha = sha256Hex(input.bytes);
  if (meta.sha256 && meta.sha256 !== sha) throw new VigilError("integrity_violation", "capture content does not match its sha256");
  await env.tx.insertInto("blobs").values({ sha256: sha, size: input.bytes.byteLength, content: input.bytes })
    .onConflict((oc) => oc.column("sha256").doNothing()).execute();
  const id = meta.id ?? newId("capture");
  await env.tx.insertInto("captures").values({
    id, source_id: input.sourceId, sha256: sha, size: input.bytes.byteLength, media_type: input.mediaType,
    captured_at: meta.capturedAt ?? env.at, captured_by: meta.capturedBy === undefined ? env.actorId : meta.capturedBy,
    version: meta.version ?? 1, created_at: meta.createdAt ?? env.at, updated_at: meta.updatedAt ?? env.at,
  }).execute();
  return (await loadRecord(env.tx, "capture", id))!;
}
