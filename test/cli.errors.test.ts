/**
 * The command line given wrong paths, wrong files and an unreachable database: one line naming the problem, the
 * documented exit code, no stack trace, and nothing half-written.
 */
import { spawnSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "vigil-cli-errors-"));
const db = join(dir, "v.db");
const run = (args: string[], url = `sqlite:${db}`) => {
  const r = spawnSync(process.execPath, ["bin/vigil.js", ...args], { encoding: "utf8", env: { ...process.env, VIGIL_DATABASE_URL: url }, timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const oneLine = (err: string) => {
  expect(err.trim().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/unexpected error|\n\s+at |node:internal/);
};

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vigil command line on bad paths and files", { timeout: 180_000 }, () => {
  it("names an export or backup path it cannot write, and leaves no partial file", () => {
    expect(run(["migrate"]).code).toBe(0);
    const out = join(dir, "out");
    mkdirSync(out);
    for (const args of [["export", "--out", join(dir, "missing", "x.json")], ["backup", join(dir, "missing", "x.gz")], ["export", "--out", out]]) {
      const r = run(args);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toMatch(/^vigil: cannot (open|write) .*: (no such file or directory|is a directory)$/m);
    }
    expect(readdirSync(out)).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.includes("partial"))).toEqual([]);
  });

  it("writes an export readable by its owner only: it holds confidential records", () => {
    const file = join(dir, "export.json");
    expect(run(["export", "--out", file]).code).toBe(0);
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it("refuses a missing file, a non-gzip file and a gzip of something else as a backup, restoring nothing", () => {
    const empty = join(dir, "empty.db");
    expect(run(["migrate"], `sqlite:${empty}`).code).toBe(0);
    const html = join(dir, "page.html");
    writeFileSync(html, "<html><body>not a backup</body></html>");
    const gz = join(dir, "page.gz");
    writeFileSync(gz, gzipSync("<html><body>not a backup</body></html>\n"));
    const cut = join(dir, "cut.gz");
    writeFileSync(cut, gzipSync(`{"format":"vigil-backup"}\n`.repeat(50)).subarray(0, 20));
    const cases: [string, RegExp][] = [
      [join(dir, "nope.gz"), /cannot open .*nope\.gz: no such file or directory/],
      [html, /page\.html is not a Vigil backup/],
      [gz, /page\.gz: line 1 is not JSON/],
      [cut, /cut\.gz is not a Vigil backup/],
    ];
    for (const [file, message] of cases) {
      const r = run(["restore", file], `sqlite:${empty}`);
      expect(r.code).toBe(2);
      oneLine(r.err);
      expect(r.err).toMatch(message);
    }
    const check = new Database(empty, { readonly: true });
    // The fresh database's gazetteer is still there: the failed restores rolled back.
    expect((check.prepare("select count(*) n from places").get() as { n: number }).n).toBeGreaterThan(0);
    expect((check.prepare("select count(*) n from users").get() as { n: number }).n).toBe(0);
    check.close();
  });

  it("names a directory or a missing file given to extract or ingest", () => {
    for (const verb of ["extract", "ingest"]) {
      const folder = run([verb, dir]);
      expect(folder.code).toBe(2);
      oneLine(folder.err);
      expect(folder.err).toMatch(/cannot read .*: is a directory$/m);
      const missing = run([verb, join(dir, "nope.txt")]);
      expect(missing.code).toBe(2);
      expect(missing.err).toMatch(/cannot read .*nope\.txt: no such file or directory$/m);
    }
  });

  it("refuses to verify, export or back up a SQLite register that is not there, and creates none", () => {
    const typo = join(dir, "no-such-dir", "vigli.db");
    for (const args of [["verify"], ["export"], ["backup", join(dir, "b.gz")]]) {
      const r = run(args, `sqlite:${typo}`);
      expect(r.code, args.join(" ")).not.toBe(0);
      oneLine(r.err);
      expect(r.err).toMatch(/no database at .*vigli\.db \(check VIGIL_DATABASE_URL\)$/m);
    }
    expect(readdirSync(dir)).not.toContain("no-such-dir");
    expect(readdirSync(dir)).not.toContain("b.gz");
  });

  it("blames --port, not VIGIL_PORT, for a port that is no number", () => {
    const r = run(["serve", "--port", "abc"]);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/--port must be a number from 0 to 65535, not "abc"/);
  });

  it("names an import file that is not UTF-8 instead of importing nothing", () => {
    expect(run(["migrate"]).code).toBe(0);
    const csv = join(dir, "people-cp1251.csv");
    // "name\nТестов Тимур" in Windows-1251, as a spreadsheet saves it.
    writeFileSync(csv, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xd2, 0xe5, 0xf1, 0xf2, 0xee, 0xe2, 0x20, 0xd2, 0xe8, 0xec, 0xf3, 0xf0, 0x0a]));
    const r = run(["import", csv, "--format", "csv", "--kind", "people"]);
    expect(r.code).toBe(2);
    oneLine(r.err);
    expect(r.err).toMatch(/people-cp1251\.csv: file is not UTF-8 text/);
  });

  it("says the database is not a database, or not reachable, without a driver's message", () => {
    const html = join(dir, "page.html");
    const notDb = run(["verify"], `sqlite:${html}`);
    expect(notDb.code).toBe(8);
    oneLine(notDb.err);
    expect(notDb.err).toMatch(/not a SQLite database/);
    const refused = run(["verify"], "postgres://vigil:secret-password@127.0.0.1:1/vigil");
    expect(refused.code).toBe(8);
    oneLine(refused.err);
    expect(refused.err).toMatch(/cannot connect to 127\.0\.0\.1:1: connection refused/);
    expect(refused.err).not.toContain("secret-password");
  });
});
