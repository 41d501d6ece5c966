import { existsSync } from "node:fs";
import { sql, type Kysely, type Migration, type Transaction } from "kysely";
import { VigilError } from "../core/errors.js";
import { openPostgres } from "./dialects/postgres.js";
import { openSqlite } from "./dialects/sqlite.js";
import type { DialectFeatures, DialectName } from "./dialects/types.js";
import { postgresBulk, sqliteBulk, type Bulk } from "./bulk.js";
import * as pg0001 from "./migrations/postgres/0001_initial.js";
import * as pg0002 from "./migrations/postgres/0002_read_indexes.js";
import * as pg0003 from "./migrations/postgres/0003_list_indexes.js";
import * as pg0004 from "./migrations/postgres/0004_overview_counts.js";
import * as pg0005 from "./migrations/postgres/0005_search_facets.js";
import * as pg0006 from "./migrations/postgres/0006_search_terms.js";
import * as pg0007 from "./migrations/postgres/0007_search_months.js";
import * as pg0008 from "./migrations/postgres/0008_audit_hash_index.js";
import * as pg0009 from "./migrations/postgres/0009_places_path_c.js";
import * as sqlite0001 from "./migrations/sqlite/0001_initial.js";
import * as sqlite0002 from "./migrations/sqlite/0002_read_indexes.js";
import * as sqlite0003 from "./migrations/sqlite/0003_list_indexes.js";
import * as sqlite0004 from "./migrations/sqlite/0004_overview_counts.js";
import * as sqlite0005 from "./migrations/sqlite/0005_fts_date_keys.js";
import * as sqlite0006 from "./migrations/sqlite/0006_fts_facets.js";
import * as sqlite0007 from "./migrations/sqlite/0007_fts_type_place.js";
import * as sqlite0008 from "./migrations/sqlite/0008_audit_hash_index.js";
import * as sqlite0009 from "./migrations/sqlite/0009_fts_text_seen.js";
import type { Database } from "./schema.js";

export interface Store {
  readonly db: Kysely<Database>;
  readonly features: DialectFeatures;
  readonly dialect: DialectName;
  /** A human-readable location without credentials, safe for logs. */
  readonly location: string;
  /** PostgreSQL schema the store lives in, when not the default. */
  readonly schema: string | null;
  /** Driver-level bulk writes for the import (see bulk.ts). */
  readonly bulk: Bulk;
  transaction<T>(fn: (tx: Transaction<Database>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const MIGRATIONS: Record<DialectName, Record<string, Migration>> = {
  sqlite: { "0001_initial": sqlite0001, "0002_read_indexes": sqlite0002, "0003_list_indexes": sqlite0003, "0004_overview_counts": sqlite0004, "0005_fts_date_keys": sqlite0005, "0006_fts_facets": sqlite0006, "0007_fts_type_place": sqlite0007, "0008_audit_hash_index": sqlite0008, "0009_fts_text_seen": sqlite0009 },
  postgres: { "0001_initial": pg0001, "0002_read_indexes": pg0002, "0003_list_indexes": pg0003, "0004_overview_counts": pg0004, "0005_search_facets": pg0005, "0006_search_terms": pg0006, "0007_search_months": pg0007, "0008_audit_hash_index": pg0008, "0009_places_path_c": pg0009 },
};

export interface OpenOptions {
  /** PostgreSQL only: run inside this schema (created if missing); tests use one schema per suite. */
  schema?: string;
  /** SQLite only: refuse to create the file. A verb that reads (verify, export, backup) on a mistyped path would
   * otherwise make an empty register and report on it. */
  mustExist?: boolean;
}

export async function openStore(url: string, opts: OpenOptions = {}): Promise<Store> {
  if (url.startsWith("sqlite:")) {
    const path = url.slice("sqlite:".length);
    if (!path) throw new VigilError("bad_request", "VIGIL_DATABASE_URL sqlite: needs a file path, e.g. sqlite:./vigil-data/vigil.db");
    if (opts.mustExist && !existsSync(path)) throw new VigilError("not_found", `no database at ${path} (check VIGIL_DATABASE_URL)`);
    const { db, features, raw } = openSqlite(path);
    return makeStore(db, features, `sqlite:${path}`, null, sqliteBulk(raw));
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    if (opts.schema && !/^[a-z_][a-z0-9_]{0,62}$/.test(opts.schema)) throw new VigilError("bad_request", "schema name must be a plain identifier");
    if (opts.schema) {
      const boot = openPostgres(url, { max: 1 });
      try {
        await boot.pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
      } finally {
        await boot.db.destroy();
      }
    }
    const { db, features } = openPostgres(url, { schema: opts.schema });
    const u = new URL(url);
    return makeStore(db, features, `postgres://${u.host}${u.pathname}${opts.schema ? `#${opts.schema}` : ""}`, opts.schema ?? null, postgresBulk());
  }
  throw new VigilError("bad_request", "VIGIL_DATABASE_URL must start with sqlite: or postgres://");
}

function makeStore(db: Kysely<Database>, features: DialectFeatures, location: string, schema: string | null, bulk: Bulk): Store {
  return {
    db,
    features,
    dialect: features.name,
    location,
    schema,
    bulk,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

/**
 * Applies the frozen migrations in name order, each in its own transaction, under a lock. Kysely's Migrator is not
 * used: it introspects every schema of the database, which fails when another schema is being dropped at that moment
 * (parallel test suites share one PostgreSQL database, one schema each). `onApply` hears of each migration as it
 * starts: on a database of a million incidents one can take a minute, and the caller should say why it waits.
 */
export async function migrateStore(store: Store, onApply?: (name: string) => void): Promise<string[]> {
  const all = MIGRATIONS[store.dialect];
  await sql`CREATE TABLE IF NOT EXISTS vigil_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(store.db);
  const applied: string[] = [];
  try {
    for (const name of Object.keys(all).sort()) {
      await store.db.transaction().execute(async (tx) => {
        if (store.dialect === "postgres") await sql`SELECT pg_advisory_xact_lock(7317, hashtext(current_schema()))`.execute(tx);
        const done = await sql<{ name: string }>`SELECT name FROM vigil_migrations WHERE name = ${name}`.execute(tx);
        if (done.rows.length) return;
        onApply?.(name);
        await all[name]!.up(tx as unknown as Kysely<unknown>);
        await sql`INSERT INTO vigil_migrations (name, applied_at) VALUES (${name}, ${new Date().toISOString()})`.execute(tx);
        applied.push(name);
      });
    }
  } catch (e) {
    throw new VigilError("unavailable", `database migration failed: ${e instanceof Error ? e.message.split("\n")[0] : "unknown error"}`);
  }
  return applied;
}
