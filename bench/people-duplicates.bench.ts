/**
 * Duplicate-scan benchmark on generated names (no real people): a register of N people in which a share of the people
 * were entered a second time in another script or spelling, then `findDuplicates` fills the merge queue.
 *
 *   npx tsx bench/people-duplicates.bench.ts [--size=10k] [--backend=sqlite|postgres]
 *
 * People, names and name keys are written straight into the tables (no audit entries): the benchmark times the scan,
 * not the write path. PostgreSQL uses VIGIL_TEST_POSTGRES_URL in a throwaway schema. Results are printed and written
 * to bench/results/people-duplicates-<size>-<backend>-<date>.json with the machine and the command.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createVigil } from "../src/app.js";
import { SYSTEM } from "../src/auth/policy.js";
import { newId } from "../src/core/ids.js";
import { nameKeys, transliterate, type TransliterationSystem } from "../src/match/index.js";
import { findDuplicates } from "../src/register/index.js";
import { machine, parseSize, sizeLabel } from "./lib.js";
import { FEMALE, MALE, makeSurnames, rng, zipf } from "./names.js";

const args = process.argv.slice(2);
const opt = (name: string, dflt: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
const SIZE = parseSize(opt("size", "10k"));
const BACKEND = opt("backend", "sqlite");
/** Share of people entered twice (the second time in another script or spelling). */
const DUPLICATE_SHARE = 0.05;

const SUFFIX = ["ов", "ев", "ов", "ев", "ин", "баев"];
const SYSTEMS: TransliterationSystem[] = ["press", "bgn_pcgn", "icao", "kazakh_latin_2021"];

interface Made { id: string; names: string[]; sex: "female" | "male"; birthYear: number; twinOf: string | null }

function makeRegister(n: number): Made[] {
  const r = rng(7);
  const pool = makeSurnames(Math.max(500, Math.floor(n / 10)), r, SUFFIX);
  const out: Made[] = [];
  while (out.length < n) {
    const female = r() < 0.4;
    let family = zipf(pool, r);
    if (female && /(ов|ев|ин)$/.test(family)) family += "а";
    const given = zipf(female ? FEMALE : MALE, r);
    const p: Made = { id: newId("person"), names: [`${family} ${given}`], sex: female ? "female" : "male", birthYear: 1950 + Math.floor(r() * 55), twinOf: null };
    out.push(p);
    if (r() < DUPLICATE_SHARE && out.length < n) {
      const system = SYSTEMS[Math.floor(r() * SYSTEMS.length)]!;
      // The second entry: another script and the other word order.
      out.push({ id: newId("person"), names: [transliterate(`${given} ${family}`, system)], sex: p.sex, birthYear: p.birthYear, twinOf: p.id });
    }
  }
  return out;
}

async function main(): Promise<void> {
  const pgUrl = process.env.VIGIL_TEST_POSTGRES_URL;
  if (BACKEND === "postgres" && !pgUrl) throw new Error("set VIGIL_TEST_POSTGRES_URL for --backend=postgres");
  const dir = mkdtempSync(join(tmpdir(), "vigil-bench-"));
  const schema = `bench_${process.pid}`;
  const vigil = BACKEND === "postgres"
    ? await createVigil({ databaseUrl: pgUrl! }, { schema })
    : await createVigil({ databaseUrl: `sqlite:${join(dir, "vigil.db")}` });
  try {
    const people = makeRegister(SIZE);
    const at = new Date().toISOString();
    const t0 = performance.now();
    for (let i = 0; i < people.length; i += 1000) {
      const batch = people.slice(i, i + 1000);
      await vigil.store.transaction(async (tx) => {
        await tx.insertInto("people").values(batch.map((p) => ({
          id: p.id, sex: p.sex, birth_date: `${p.birthYear}-01-01`, birth_date_precision: "year", citizenship: "[]", occupation: null, roles: "[]",
          affiliations: "[]", protection: "named_with_consent", public_label: null, notes: null, visibility: "internal", confidential_fields: "[]",
          merged_into: null, version: 1, created_at: at, updated_at: at,
        })) as never).execute();
        await tx.insertInto("person_names").values(batch.flatMap((p) => p.names.map((value, position) => ({
          id: newId("personName"), person_id: p.id, position, value, script: /[a-z]/i.test(value) ? "Latn" : "Cyrl", lang: null, kind: "official",
          given: null, family: null, patronymic: null,
        })))).execute();
        const keys = batch.flatMap((p) => [...new Set(p.names.flatMap(nameKeys))].map((key) => ({ key, person_id: p.id })));
        for (let j = 0; j < keys.length; j += 2000) await tx.insertInto("person_name_keys").values(keys.slice(j, j + 2000)).execute();
      });
    }
    const loadSeconds = (performance.now() - t0) / 1000;

    const ctx = vigil.ctx(SYSTEM);
    const first = await findDuplicates(ctx);
    const rssAfterScan = Math.round(process.memoryUsage().rss / 2 ** 20);
    const second = await findDuplicates(ctx);

    const twins = people.filter((p) => p.twinOf);
    const queued = new Set<string>();
    const rows = await vigil.store.db.selectFrom("merge_candidates").select(["person_a", "person_b", "outcome"]).execute();
    for (const r of rows) queued.add(`${r.person_a}|${r.person_b}`);
    const found = twins.filter((p) => queued.has([p.id, p.twinOf!].sort().join("|"))).length;
    const outcomes = { same: rows.filter((r) => r.outcome === "same").length, possible: rows.filter((r) => r.outcome === "possible").length };

    const result = {
      date: new Date().toISOString(),
      command: `npx tsx bench/people-duplicates.bench.ts --size=${sizeLabel(SIZE)} --backend=${BACKEND}`,
      machine: machine(),
      note: "people written directly (no audit); scan = key frequencies + blocking queries + comparePeople + queue upserts; second scan on an unchanged register",
      people: SIZE,
      entered_twice: twins.length,
      load_seconds: Math.round(loadSeconds * 10) / 10,
      first_scan: first,
      second_scan: second,
      queue: { ...outcomes, total: rows.length },
      recall_of_entered_twice: twins.length ? Math.round((found / twins.length) * 1000) / 1000 : null,
      rss_mb_after_scan: rssAfterScan,
    };
    const outDir = join(fileURLToPath(new URL(".", import.meta.url)), "results");
    mkdirSync(outDir, { recursive: true });
    const file = join(outDir, `people-duplicates-${sizeLabel(SIZE)}-${BACKEND}-${result.date.slice(0, 10)}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\nwritten to ${file}\n`);
  } finally {
    await vigil.close();
    rmSync(dir, { recursive: true, force: true });
    if (BACKEND === "postgres") {
      const pg = (await import("pg")).default;
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    }
  }
}

await main();
