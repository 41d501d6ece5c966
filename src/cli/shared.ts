/** What every register verb shares: configuration, opening Vigil, and turning errors into one line and an exit code. */
import { createVigil, type Vigil } from "../app.js";
import { loadConfig, type VigilConfig } from "../config.js";
import { isVigilError, type ErrorCode } from "../core/errors.js";

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
  // Unknown errors: name only, never a message that could quote record content.
  process.stderr.write(`vigil: unexpected error (${e instanceof Error ? e.name : typeof e}); please report it with the command you ran\n`);
  process.exit(1);
}

/** Runs a verb with an open Vigil, closing it afterwards, mapping every failure to one line on stderr. */
export function withVigil<A extends unknown[]>(fn: (vigil: Vigil, config: VigilConfig, ...args: A) => Promise<void>) {
  return async (...args: A): Promise<void> => {
    let vigil: Vigil | null = null;
    try {
      const config = loadConfig();
      vigil = await createVigil(config);
      await fn(vigil, config, ...args);
    } catch (e) {
      await vigil?.close().catch(() => undefined);
      fail(e);
    }
    await vigil?.close();
  };
}

export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
