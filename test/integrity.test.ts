/** Tamper detection: any change made outside Vigil — to history, records or captured content — is caught and named. */
import { sql } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SYSTEM } from "../src/auth/policy.js";
import { createRecord, updateRecord, verifyIntegrity, type Rec } from "../src/register/index.js";
import { BACKENDS, CRISIS_NOW, type TestVigil } from "./helpers/backends.js";
import { MONITOR } from "./helpers/actors.js";

describe.each(BACKENDS)("vigil verify on $name", (backend) => {
  let v: TestVigil;
  let incident: Rec;
  let capture: Rec;
  beforeEach(async () => {
    v = await backend.open(CRISIS_NOW);
    const m = v.ctx(MONITOR);
    const person = await createRecord(m, "person", { names: [{ value: "Данияр Кенжебеков" }] });
    const source = await createRecord(m, "source", { publisher: "Channel 9" });
    capture = await createRecord(m, "capture", { sourceId: source.id, mediaType: "text/plain", content: "Danijar was taken from his flat at night." });
    incident = await createRecord(m, "incident", { type: "abduction", victimPersonId: person.id, startDate: "2022-01-06", description: "Taken from his flat" });
    await updateRecord(m, "incident", incident.id as string, { verification: "corroborated" });
  });
  afterEach(async () => v?.dispose());

  const firstProblem = async () => {
    const r = await verifyIntegrity(v.store);
    expect(r.ok).toBe(false);
    return r.problems[0]!;
  };

  it("passes on an untouched database", async () => {
    const r = await verifyIntegrity(v.store);
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.capturesChecked).toBe(1);
  });

  it("catches a changed audit entry and names it", async () => {
    const last = await v.store.db.selectFrom("audit_log").select("seq").orderBy("seq", "desc").executeTakeFirstOrThrow();
    await sql`UPDATE audit_log SET reason = 'nothing happened' WHERE seq = ${last.seq - 1}`.execute(v.store.db);
    const p = await firstProblem();
    expect(p.seq).toBe(last.seq - 1);
    expect(p.message).toMatch(/altered/);
  });

  it("catches a deleted audit entry", async () => {
    await sql`DELETE FROM audit_log WHERE seq = 5`.execute(v.store.db);
    const p = await firstProblem();
    expect(p.message).toMatch(/entry 5 is missing/);
  });

  it("catches the last audit entry being deleted", async () => {
    await sql`DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)`.execute(v.store.db);
    const p = await firstProblem();
    expect(p.entityId).toBe(incident.id);
  });

  it("catches reordered audit entries", async () => {
    const rows = await v.store.db.selectFrom("audit_log").select(["seq"]).orderBy("seq", "desc").limit(2).execute();
    const [a, b] = [rows[1]!.seq, rows[0]!.seq];
    await sql`UPDATE audit_log SET seq = -1 WHERE seq = ${a}`.execute(v.store.db);
    await sql`UPDATE audit_log SET seq = ${a} WHERE seq = ${b}`.execute(v.store.db);
    await sql`UPDATE audit_log SET seq = ${b} WHERE seq = -1`.execute(v.store.db);
    const p = await firstProblem();
    expect(p.seq).toBe(a);
  });

  it("catches a record changed outside Vigil", async () => {
    await sql`UPDATE incidents SET description = 'Left voluntarily' WHERE id = ${incident.id as string}`.execute(v.store.db);
    const p = await firstProblem();
    expect(p.entityId).toBe(incident.id);
    expect(p.message).toMatch(/changed outside Vigil/);
  });

  it("catches a record deleted or inserted outside Vigil", async () => {
    await sql`DELETE FROM claims`.execute(v.store.db);
    await sql`DELETE FROM incidents WHERE id = ${incident.id as string}`.execute(v.store.db);
    expect((await firstProblem()).message).toMatch(/deleted outside Vigil/);
  });

  it("catches an account whose password was swapped", async () => {
    const { createUser } = await import("../src/register/index.js");
    const u = await createUser(v.ctx(SYSTEM), { username: "lead", password: "a long password here", role: "admin" });
    await sql`UPDATE users SET password_hash = 'attacker-chosen' WHERE id = ${u.id}`.execute(v.store.db);
    expect((await firstProblem()).entityId).toBe(u.id);
  });

  it("catches altered captured content", async () => {
    await sql`UPDATE blobs SET content = ${Buffer.from("Danijar left home on his own.")} WHERE sha256 = ${capture.sha256 as string}`.execute(v.store.db);
    const r = await verifyIntegrity(v.store);
    expect(r.ok).toBe(false);
    expect(r.problems.some((p) => p.kind === "capture")).toBe(true);
  });
});
