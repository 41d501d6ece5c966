/** What every register verb shares: configuration, opening Vigil, and turning errors into one line and an exit code. */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, rmSync, renameSync } from "node:fs";
import { dirname, join, basename } from "node:path";
import { randomBytes } from "node:crypto";
import { createVigil, type Vigil } from "../app.js";
import { loadConfig, type VigilConfig } from "../config.js";
import { isVigilError, VigilError, type ErrorCode } from "../core/errors.js";

const EXIT: Partial<Record<ErrorCode, number>> = {
  bad_request: 2, validation_failed: 2, import_failed: 3, not_found: 4, conflict: 5, duplicate: 5, stale_version: 5,
  integrity_violation: 6, forbidden: 7, unauthenticated: 7, unavailable: 8,
};

export function fail(e: unknown): never {
  if (isVigilError(e)) {
    process.stderr.write(`vigil: ${e.message}\n`);
    const errors = (e.details as { errors?: { line?: number; path?: string; message: string }[] } | null)?.errors;
    if (Array.isArray(errors) && errors.length > 1) {
      for (const x of errors.slice(0, 50)) process.stderr.write(`  ${x.line !== undefined ? `line ${x.line}` : x.path ?? ""}: ${x.message}\n`);
      if (errors.length > 50) process.stderr.write(`  … and ${errors.length - 50} more\n`);
    }
    process.exit(EXIT[e.code] ?? 1);
  }
  const problem = systemProblem(e);
  if (problem) {
    process.stderr.write(`vigil: ${problem.message}\n`);
    process.exit(problem.exit);
  }
  // Unknown errors: name only, never a message that could quote record content.
  process.stderr.write(`vigil: unexpected error (${e instanceof Error ? e.name : typeof e}); please report it with the command you ran\n`);
  process.exit(1);
}

const FILE_CODES: Record<string, string> = {
  ENOENT: "no such file or directory", ENOTDIR: "part of the path is not a directory", EISDIR: "is a directory",
  EACCES: "permission denied", EPERM: "permission denied", EROFS: "read-only file system", ENOSPC: "no space left on the device",
  EEXIST: "already exists",
};
const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused", ENOTFOUND: "no such host", EAI_AGAIN: "host name lookup failed", ETIMEDOUT: "timed out",
  EHOSTUNREACH: "host unreachable", ECONNRESET: "connection reset",
};
// PostgreSQL SQLSTATEs and SQLite result codes an operator can act on; drivers' own messages may quote values, so
// only the code is read.
const DATABASE_CODES: Record<string, string> = {
  "28P01": "the database refused the user name or password in VIGIL_DATABASE_URL",
  "28000": "the database refused the user in VIGIL_DATABASE_URL",
  "3D000": "the database named in VIGIL_DATABASE_URL does not exist",
  "42501": "the database user in VIGIL_DATABASE_URL lacks a permission Vigil needs",
  "57P03": "the database is starting up; try again shortly",
  "53100": "the database server's disk is full",
  SQLITE_NOTADB: "the file in VIGIL_DATABASE_URL is not a SQLite database",
  SQLITE_CANTOPEN: "cannot open the SQLite file in VIGIL_DATABASE_URL",
  SQLITE_READONLY: "the SQLite file in VIGIL_DATABASE_URL is read-only",
  SQLITE_BUSY: "the database is locked by another process; try again",
  SQLITE_FULL: "no space left for the database",
  SQLITE_CORRUPT: "the SQLite file in VIGIL_DATABASE_URL is damaged; restore it from a backup",
};

/** A file's bytes, or one line naming why they cannot be read. */
export function readBytesOrFail(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new VigilError("bad_request", `cannot read ${path}: ${FILE_CODES[code] ?? "read error"}`);
  }
}

/**
 * A file's bytes as a stream, opened (and checked to be a file) before anything reads it, so a wrong path is named as
 * `readBytesOrFail` names it rather than as a stream error part-way through.
 */
export function readStreamOrFail(path: string): AsyncIterable<Uint8Array> {
  let fd: number;
  try {
    fd = openSync(path, "r");
    if (fstatSync(fd).isDirectory()) {
      closeSync(fd);
      throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    throw new VigilError("bad_request", `cannot read ${path}: ${FILE_CODES[code] ?? "read error"}`);
  }
  // Large chunks: a record's text is scanned again each time a chunk ends inside it (a capture's content can be megabytes).
  return createReadStream(path, { fd, highWaterMark: 1 << 20 });
}

/** A file, network or database failure named by its code, in one line: the path and address are the caller's own. */
function systemProblem(e: unknown): { message: string; exit: number } | null {
  if (!(e instanceof Error)) return null;
  const x = e as NodeJS.ErrnoException & { address?: string; port?: number; hostname?: string };
  const code = typeof x.code === "string" ? x.code : "";
  const line = (message: string, exit: number) => ({ message, exit });
  if (FILE_CODES[code] && typeof x.path === "string") return line(`cannot ${x.syscall === "rename" ? "write" : x.syscall ?? "open"} ${x.path}: ${FILE_CODES[code]}`, 2);
  if (NETWORK_CODES[code]) {
    const where = x.address ? `${x.address}${x.port ? `:${x.port}` : ""}` : x.hostname ?? "the database";
    return line(`cannot connect to ${where}: ${NETWORK_CODES[code]} (check VIGIL_DATABASE_URL and that the database is running)`, 8);
  }
  if (DATABASE_CODES[code]) return line(DATABASE_CODES[code], 8);
  return null;
}

/**
 * Runs a verb with an open Vigil, closing it afterwards, mapping every failure to one line on stderr. `existing`: the
 * verb only reads, so a SQLite file that is not there is an error, not a new register.
 */
export function withVigil<A extends unknown[]>(fn: (vigil: Vigil, config: VigilConfig, ...args: A) => Promise<void>, opts: { existing?: boolean } = {}) {
  return async (...args: A): Promise<void> => {
    let vigil: Vigil | null = null;
    try {
      const config = loadConfig();
      vigil = await createVigil(config, opts.existing ? { mustExist: true } : {});
      await fn(vigil, config, ...args);
    } catch (e) {
      await vigil?.close().catch(() => undefined);
      fail(e);
    }
    await vigil?.close();
  };
}

/** withVigil for a verb that only reads: a SQLite path with no file is an error, not a new register. */
export const withExistingVigil = <A extends unknown[]>(fn: (vigil: Vigil, config: VigilConfig, ...args: A) => Promise<void>) => withVigil(fn, { existing: true });

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Writes FILE through a temporary file beside it, renamed into place only when complete: a failure (disk full, a
 * broken database read) never leaves a truncated export or backup that looks whole. Owner-only, since these files
 * carry confidential records.
 */
export async function writeWhole(file: string, write: (tmp: string, mode: number) => Promise<void>): Promise<void> {
  const tmp = join(dirname(file), `.${basename(file)}.${randomBytes(4).toString("hex")}.partial`);
  try {
    await write(tmp, 0o600);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    // The temporary name means nothing to the caller: name the file they asked for.
    if (e instanceof Error && (e as NodeJS.ErrnoException).path === tmp) (e as NodeJS.ErrnoException).path = file;
    throw e;
  }
}
