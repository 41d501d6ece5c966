import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("module graph", () => {
  it("keeps pure modules pure, pipeline stages in order, the web app on the contract, and no cycles", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/check-imports.ts"], { encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
  });
});
