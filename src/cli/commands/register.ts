/** Register verbs: migrate, user, import, export, verify, backup, restore. */
import { createReadStream, createWriteStream, openSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import { randomBytes } from "node:crypto";
import type { Command } from "commander";
import { SYSTEM } from "../../auth/policy.js";
import { ROLES } from "../../contract/vocab.js";
import { VigilError } from "../../core/errors.js";
import { decodeUtf8 } from "../../ingest/index.js";
import { incidentsToCsv, peopleToCsv } from "../../publish/index.js";
import {
  backupLines, createUser, exportAll, getMany, importIncidentsCsv, importPeopleCsv, importStream, listRecords, listUsers, restoreLines, updateUser,
  verifyIntegrity, type Rec,
} from "../../register/index.js";
import { migrateStore, openStore } from "../../store/index.js";
import { loadConfig } from "../../config.js";
import { readExportStream, utf8Chunks } from "../export-reader.js";
import { fail, readBytesOrFail, readStdin, readStreamOrFail, withExistingVigil, withVigil, writeWhole } from "../shared.js";

/** An import file as text, decoded as ingest decodes: a file saved in another encoding is named, not read as zero records. */
const readFileOrFail = (path: string): string => decodeUtf8({ fileName: path, content: readBytesOrFail(path) });

function parseMapping(spec: string | undefined): Record<string, string> {
  if (!spec) return {};
  const out: Record<string, string> = {};
  for (const pair of spec.split(",")) {
    const [target, column] = pair.split("=").map((s) => s.trim());
    if (!target || !column) throw new VigilError("bad_request", `--map: expected field=column pairs separated by commas, got "${pair}"`);
    out[target] = column;
  }
  return out;
}

const cli = () => ({ reason: "command line" });

export function registerRegisterVerbs(program: Command): void {
  program.command("migrate").description("create or upgrade the database schema (VIGIL_DATABASE_URL)")
    .action(async () => {
      try {
        const config = loadConfig();
        const store = await openStore(config.databaseUrl);
        try {
          const applied = await migrateStore(store);
          process.stdout.write(applied.length ? `applied: ${applied.join(", ")}\n` : "database is up to date\n");
        } finally {
          await store.close();
        }
      } catch (e) {
        fail(e);
      }
    });

  const user = program.command("user").description("manage accounts");
  user.command("add").argument("<username>").description("create an account; the password is read from stdin with --password-stdin, or generated and printed once")
    .requiredOption("--role <role>", `one of ${ROLES.join(", ")}`)
    .option("--name <display name>", "name shown in the app")
    .option("--password-stdin", "read the password from standard input")
    .action(withVigil(async (vigil, _config, username: string, opts: { role: string; name?: string; passwordStdin?: boolean }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) throw new VigilError("bad_request", `--role must be one of ${ROLES.join(", ")}`);
      const generated = !opts.passwordStdin;
      const password = opts.passwordStdin ? (await readStdin()).replace(/\r?\n$/, "") : randomBytes(15).toString("base64url");
      const u = await createUser(vigil.ctx(SYSTEM), { username, password, role: opts.role, displayName: opts.name ?? null });
      process.stdout.write(`created ${u.role} ${u.username} (${u.id})\n`);
      if (generated) process.stdout.write(`password (shown once, store it safely): ${password}\n`);
    }));
  user.command("list").description("list accounts").action(withVigil(async (vigil) => {
    for (const u of await listUsers(vigil.ctx(SYSTEM))) process.stdout.write(`${u.username}\t${u.role}${u.disabled ? "\tdisabled" : ""}\n`);
  }));
  user.command("update").argument("<username>").description("change an account's role, disable or enable it, or set a new password")
    .option("--role <role>").option("--disable").option("--enable").option("--password-stdin", "read a new password from standard input")
    .action(withVigil(async (vigil, _c, username: string, opts: { role?: string; disable?: boolean; enable?: boolean; passwordStdin?: boolean }) => {
      const u = (await listUsers(vigil.ctx(SYSTEM))).find((x) => x.username === username);
      if (!u) throw new VigilError("not_found", `no user named ${username}`);
      const patch: Record<string, unknown> = {};
      if (opts.role) patch.role = opts.role;
      if (opts.disable) patch.disabled = true;
      if (opts.enable) patch.disabled = false;
      if (opts.passwordStdin) patch.password = (await readStdin()).replace(/\r?\n$/, "");
      const after = await updateUser(vigil.ctx(SYSTEM), u.id, patch);
      process.stdout.write(`updated ${after.username}: ${after.role}${after.disabled ? ", disabled" : ""}\n`);
    }));

  program.command("import").argument("<file>").description("import a Vigil JSON export, or a CSV of incidents or people (all or nothing)")
    .option("--format <format>", "json or csv (default: from the file name)")
    .option("--kind <kind>", "for CSV: incidents or people", "incidents")
    .option("--map <pairs>", "for CSV: field=column pairs, e.g. start_date=Date,person_name=Name")
    .action(withVigil(async (vigil, _c, file: string, opts: { format?: string; kind: string; map?: string }) => {
      const format = opts.format ?? (file.toLowerCase().endsWith(".csv") ? "csv" : "json");
      if (format === "json") {
        // Streamed: an export of a million incidents never sits in memory whole (see export-reader.ts).
        const records = readExportStream(file, utf8Chunks(file, readStreamOrFail(file)));
        const r = await importStream(vigil.ctx(SYSTEM), records, cli());
        process.stdout.write(`imported: ${Object.entries(r.created).map(([k, n]) => `${n} ${k}`).join(", ") || "nothing new"}\n`);
        return;
      }
      const text = readFileOrFail(file);
      if (format === "csv") {
        if (opts.kind !== "incidents" && opts.kind !== "people") throw new VigilError("bad_request", "--kind must be incidents or people");
        const r = await (opts.kind === "incidents" ? importIncidentsCsv : importPeopleCsv)(vigil.ctx(SYSTEM), text, parseMapping(opts.map));
        process.stdout.write(`imported ${r.created} ${opts.kind}\n`);
      } else throw new VigilError("bad_request", "--format must be json or csv");
    }));

  program.command("export").description("export the whole database as JSON, or incidents or people as CSV")
    .option("--out <file>", "write to a file instead of standard output")
    .option("--format <format>", "json or csv", "json")
    .option("--kind <kind>", "for CSV: incidents or people", "incidents")
    .action(withExistingVigil(async (vigil, _c, opts: { out?: string; format: string; kind: string }) => {
      const ctx = vigil.ctx(SYSTEM);
      let text: string;
      if (opts.format === "json") text = `${JSON.stringify(await exportAll(ctx), null, 1)}\n`;
      else if (opts.format === "csv" && opts.kind === "people") text = peopleToCsv((await listRecords(ctx, "person", { limit: 10_000_000, offset: 0, order: "asc" })).items);
      else if (opts.format === "csv" && opts.kind === "incidents") {
        const items = (await listRecords(ctx, "incident", { limit: 10_000_000, offset: 0, order: "asc", sort: "startDate" })).items;
        const ids = [...new Set(items.map((i) => i.victimPersonId).filter((x): x is string => typeof x === "string"))];
        const names = new Map((await getMany(ctx, "person", ids)).map((p) => [p.id as string, String((p.names as Rec[])[0]?.value ?? "")]));
        const places = new Map((await vigil.store.db.selectFrom("places").select(["id", "name"]).execute()).map((p) => [p.id, p.name]));
        text = incidentsToCsv(items, { personName: (id) => names.get(id), placeName: (id) => places.get(id) });
      } else throw new VigilError("bad_request", "--format must be json or csv, --kind incidents or people");
      if (opts.out) await writeWhole(opts.out, async (tmp, mode) => writeFileSync(tmp, text, { mode }));
      else process.stdout.write(text);
    }));

  program.command("verify").description("re-walk the audit chain, compare every record with its history and re-hash every capture; exits 6 on tampering")
    .option("--json", "print the full report as JSON")
    .action(withExistingVigil(async (vigil, _c, opts: { json?: boolean }) => {
      const r = await verifyIntegrity(vigil.store);
      if (opts.json) process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
      if (!r.ok) {
        const first = r.problems[0]!;
        throw new VigilError("integrity_violation", `history broken: ${first.message}${r.problems.length > 1 ? ` (and ${r.problems.length - 1} more problems)` : ""}`);
      }
      if (!opts.json) process.stdout.write(`ok: ${r.auditEntries} audit entries, ${r.recordsChecked} records and ${r.capturesChecked} captures verified\n`);
    }));

  program.command("backup").argument("<file>").description("write a full backup (records, history, accounts, captures) as gzipped JSON Lines")
    .action(withExistingVigil(async (vigil, _c, file: string) => {
      async function* text() {
        for await (const line of backupLines(vigil.store, new Date())) yield `${JSON.stringify(line)}\n`;
      }
      await writeWhole(file, (tmp, mode) => pipeline(Readable.from(text()), createGzip(), createWriteStream(tmp, { mode })));
      process.stdout.write(`backup written to ${file}\n`);
    }));

  program.command("restore").argument("<file>").description("restore a backup into an empty database (either dialect), then verify it")
    .action(withVigil(async (vigil, _c, file: string) => {
      // Opened before anything else so a wrong path is named as such, not as a stream error mid-restore.
      const raw = createReadStream(file, { fd: openSync(file, "r") });
      const input = raw.pipe(createGunzip());
      raw.on("error", (e) => input.destroy(e));
      async function* parsed() {
        let n = 0;
        for await (const line of createInterface({ input, crlfDelay: Infinity })) {
          n++;
          if (!line.trim()) continue;
          try {
            yield JSON.parse(line) as unknown;
          } catch {
            throw new VigilError("validation_failed", `${file}: line ${n} is not JSON; not a Vigil backup`);
          }
        }
      }
      const counts = await restoreLines(vigil.store, parsed()).catch((e: unknown) => {
        // zlib's codes: the file is not gzip at all, or was cut short.
        const code = (e as NodeJS.ErrnoException | null)?.code;
        if (code === "Z_DATA_ERROR" || code === "Z_BUF_ERROR") throw new VigilError("validation_failed", `${file} is not a Vigil backup (not gzip, or cut short); nothing was restored`);
        throw e;
      });
      const r = await verifyIntegrity(vigil.store);
      if (!r.ok) throw new VigilError("integrity_violation", `restored, but the history does not verify: ${r.problems[0]!.message}`);
      process.stdout.write(`restored ${counts.audit_log ?? 0} audit entries and ${counts.incidents ?? 0} incidents; history verified\n`);
    }));
}
