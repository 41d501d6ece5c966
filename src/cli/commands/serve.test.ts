import { describe, expect, it } from "vitest";
import { migrationNotes } from "./serve.js";

describe("serve's migration notes", () => {
  it("says once that a new database is being created, without a warning per migration", () => {
    const note = migrationNotes();
    expect(["0001_initial", "0002_read_indexes", "0003_list_indexes"].map(note)).toEqual(["creating a new database", null, null]);
  });

  it("warns on each migration of an existing database, which may be large", () => {
    const note = migrationNotes();
    expect(note("0008_audit_hash_index")).toMatch(/updating the database \(0008_audit_hash_index\); on a large database/);
  });
});
