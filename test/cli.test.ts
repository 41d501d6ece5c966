/** The command line as an operator uses it: real processes, a real SQLite file, exit codes and one-line errors. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "vigil-cli-"));
const db = join(dir, "v.db");
const run = (args: string[], input?: string, url = `sqlite:${db}`) => {
  const r = spawnSync(process.execPath, ["bin/vigil.js", ...args], {
    encoding: "utf8", input, env: { ...process.env, VIGIL_DATABASE_URL: url }, timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each step starts a real process (tsx loads the CLI): slow on a busy 2-core machine, so generous time limits.
describe("vigil command line", { timeout: 180_000 }, () => {
  it("documents every verb", () => {
    const help = run(["--help"]);
    expect(help.code).toBe(0);
    for (const verb of ["serve", "migrate", "user", "import", "export", "verify", "backup", "restore", "match-names"]) expect(help.out).toContain(verb);
    expect(run(["import", "--help"]).out).toMatch(/--map/);
  });

  it("migrates, adds users and refuses bad input with one line and a non-zero exit", () => {
    expect(run(["migrate"]).out).toMatch(/applied: 0001_initial|up to date/);
    const add = run(["user", "add", "amina", "--role", "admin", "--password-stdin"], "a long enough passphrase\n");
    expect(add.code).toBe(0);
    const bad = run(["user", "add", "bob", "--role", "wizard"]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split("\n")).toHaveLength(1);
    expect(bad.err).toMatch(/--role must be one of/);
    const dup = run(["user", "add", "amina", "--role", "viewer"]);
    expect(dup.code).toBe(5);
    const badUrl = run(["migrate"], undefined, "mysql://nowhere");
    expect(badUrl.code).toBe(2);
    expect(badUrl.err).toMatch(/VIGIL_DATABASE_URL/);
  });

  it("imports CSV all or nothing and reports bad lines", () => {
    const csv = join(dir, "people.csv");
    writeFileSync(csv, "name,roles\nСәуле Жандосова,journalist\nМарат,wizard\n");
    const r = run(["import", csv, "--kind", "people"]);
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/line 3/);
    writeFileSync(csv, "name,roles\nСәуле Жандосова,journalist\n");
    expect(run(["import", csv, "--kind", "people"]).out).toMatch(/imported 1 people/);
    expect(run(["import", join(dir, "missing.json")]).err).toMatch(/no such file/);
  });

  it("exports to JSON that imports into an empty database", () => {
    const out = join(dir, "export.json");
    expect(run(["export", "--out", out]).code).toBe(0);
    const data = JSON.parse(readFileSync(out, "utf8"));
    expect(data.records.people).toHaveLength(1);
    const other = `sqlite:${join(dir, "other.db")}`;
    expect(run(["import", out], undefined, other).out).toMatch(/1 person/);
    expect(run(["export", "--format", "csv", "--kind", "people"], undefined, other).out).toMatch(/Сәуле Жандосова/);
  });

  it("verifies the history, and names the first broken entry after tampering", () => {
    expect(run(["verify"]).out).toMatch(/^ok: \d+ audit entries/);
    const raw = new Database(db);
    raw.prepare("UPDATE person_names SET value = 'Someone Else'").run();
    raw.close();
    const r = run(["verify"]);
    expect(r.code).toBe(6);
    expect(r.err).toMatch(/history broken: person per_\w+ differs from its last recorded state \(audit entry \d+\)/);
  });

  it("backs up and restores into an empty database", () => {
    const file = join(dir, "backup.jsonl.gz");
    expect(run(["backup", file]).code).toBe(0);
    const fresh = `sqlite:${join(dir, "restored.db")}`;
    const r = run(["restore", file], undefined, fresh);
    // The source was tampered with in the previous test, so the restored copy must fail verification the same way.
    expect(r.code).toBe(6);
    expect(r.err).toMatch(/does not verify/);
  });
});
