/**
 * Bulk writes for the import, straight to the driver inside the caller's transaction: a million-record import spends
 * its time in the database and in validation, not in building and preparing a query per batch.
 *   SQLite      one prepared single-row INSERT per table and column list, run once per row (what a raw loader does);
 *   PostgreSQL  multi-row INSERTs of up to 500 rows with bound values, their text built once per table and column list.
 * An import into tables that hold nothing yet drops their secondary indexes and builds them again after the load, as
 * pg_restore does: one sort per index instead of one random B-tree insert per row and index.
 */
import { totalmem } from "node:os";
import type BetterSqlite3 from "better-sqlite3";
import { CompiledQuery } from "kysely";
import type { Db } from "./dialects/types.js";

export interface Bulk {
  /** Inserts rows given as values in `columns` order; every column name comes from the application, never from input. */
  insert(tx: Db, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void>;
  /** The ids among `ids` that `table` already holds. */
  existing(tx: Db, table: string, ids: readonly string[]): Promise<Set<string>>;
  /**
   * Drops the non-unique secondary indexes of `tables` inside the caller's transaction and returns what builds them
   * again from their stored definitions (call it before the transaction ends: a rollback restores them anyway).
   * Primary keys and unique indexes stay, as they enforce what the import relies on, except those of DEFERRED_UNIQUE.
   */
  deferIndexes(tx: Db, tables: readonly string[]): Promise<() => Promise<void>>;
  /**
   * Connection settings for the length of one import; returns what restores the previous ones. SQLite: a page cache of
   * IMPORT_CACHE_KIB instead of the connection's own (see sqliteBulk).
   */
  tuneForImport(tx: Db): Promise<() => Promise<void>>;
}

/**
 * SQLite's page cache during an import, in KiB. The import inserts random keys into B-trees that stay live (name keys,
 * record ids; into a register in use also the audit hash, ~300 MB at a million incidents): with the connection's
 * 64 MiB every such insert reads a page back from the file and writes an evicted one to the WAL, where a page written
 * once per eviction is written many times over one long transaction. Index builds after the load sort within the same
 * budget. Pages are taken as they are used, and given back when the import ends. 1 GiB, or an eighth of the machine's
 * memory when that is less: a monitor's 4 GB laptop must still run the browser and the server beside an import.
 */
export const IMPORT_CACHE_KIB = Math.min(1_048_576, Math.floor(totalmem() / 8 / 1024));

/**
 * Unique indexes nothing in an import reads or relies on during the load, built after it like the others (ADR 0005,
 * amended). `audit_log_hash`: the import numbers and links its audit entries itself (`seq` is the key); the hash index
 * was half the cost of each audit row during the load. Built before the commit, it still refuses a duplicate hash.
 */
const DEFERRED_UNIQUE = ["audit_log_hash"] as const;

/** Drops the indexes named and returns what runs their definitions again. */
async function dropForRebuild(tx: Db, indexes: readonly { name: string; definition: string }[]): Promise<() => Promise<void>> {
  assertIdents(indexes.map((i) => i.name));
  for (const i of indexes) await tx.executeQuery(CompiledQuery.raw(`DROP INDEX ${i.name}`));
  return async () => {
    for (const i of indexes) await tx.executeQuery(CompiledQuery.raw(i.definition));
  };
}

const IDENT = /^[a-z_][a-z0-9_]*$/;
function assertIdents(names: readonly string[]): void {
  for (const n of names) if (!IDENT.test(n)) throw new Error(`bulk: not a plain identifier: ${n}`);
}

export function sqliteBulk(raw: BetterSqlite3.Database): Bulk {
  const inserts = new Map<string, BetterSqlite3.Statement>();
  const lookups = new Map<string, BetterSqlite3.Statement>();
  return {
    async insert(_tx, table, columns, rows) {
      const key = `${table}(${columns.join(",")})`;
      let stmt = inserts.get(key);
      if (!stmt) {
        assertIdents([table, ...columns]);
        stmt = raw.prepare(`INSERT INTO ${table} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`);
        inserts.set(key, stmt);
      }
      for (const row of rows) stmt.run(row);
    },
    async existing(_tx, table, ids) {
      let stmt = lookups.get(table);
      if (!stmt) {
        assertIdents([table]);
        stmt = raw.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck();
        lookups.set(table, stmt);
      }
      const found = new Set<string>();
      for (const id of ids) if (stmt.get(id) !== undefined) found.add(id);
      return found;
    },
    async deferIndexes(tx, tables) {
      assertIdents(tables);
      // An index a constraint created (UNIQUE, PRIMARY KEY) has no stored definition and cannot be dropped.
      const rows = await tx.executeQuery<{ name: string; definition: string }>(CompiledQuery.raw(
        `SELECT name, sql AS definition FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND (sql NOT LIKE 'CREATE UNIQUE%' OR name IN (${DEFERRED_UNIQUE.map(() => "?").join(", ")}))
         AND tbl_name IN (${tables.map(() => "?").join(", ")}) ORDER BY name`, [...DEFERRED_UNIQUE, ...tables]));
      return dropForRebuild(tx, rows.rows);
    },
    async tuneForImport() {
      const before = raw.pragma("cache_size", { simple: true }) as number;
      raw.pragma(`cache_size = -${IMPORT_CACHE_KIB}`);
      return async () => {
        raw.pragma(`cache_size = ${Math.trunc(before)}`);
      };
    },
  };
}

/** Bound values per statement: far below PostgreSQL's limit of 65,535 parameters, and at most 500 rows. */
const PG_VALUES = 30_000;

export function postgresBulk(): Bulk {
  // The statement text for a full chunk is built once per table and column list.
  const texts = new Map<string, string>();
  const textFor = (table: string, columns: readonly string[], n: number) => {
    const key = `${table}(${columns.join(",")})${n}`;
    let text = texts.get(key);
    if (!text) {
      assertIdents([table, ...columns]);
      const tuples: string[] = [];
      for (let r = 0; r < n; r++) tuples.push(`(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(", ")})`);
      text = `INSERT INTO ${table} (${columns.join(", ")}) VALUES ${tuples.join(", ")}`;
      texts.set(key, text);
    }
    return text;
  };
  return {
    async insert(tx, table, columns, rows) {
      const per = Math.max(1, Math.min(500, Math.floor(PG_VALUES / columns.length)));
      for (let i = 0; i < rows.length; i += per) {
        const chunk = rows.slice(i, i + per);
        const values: unknown[] = [];
        for (const row of chunk) for (let c = 0; c < columns.length; c++) values.push(row[c] ?? null);
        await tx.executeQuery(CompiledQuery.raw(textFor(table, columns, chunk.length), values));
      }
    },
    async existing(tx, table, ids) {
      assertIdents([table]);
      const found = new Set<string>();
      for (let i = 0; i < ids.length; i += 10_000) {
        const r = await tx.executeQuery<{ id: string }>(CompiledQuery.raw(`SELECT id FROM ${table} WHERE id = ANY($1::text[])`, [ids.slice(i, i + 10_000)]));
        for (const row of r.rows) found.add(row.id);
      }
      return found;
    },
    async deferIndexes(tx, tables) {
      assertIdents(tables);
      const rows = await tx.executeQuery<{ name: string; definition: string }>(CompiledQuery.raw(
        `SELECT ci.relname AS name, pg_get_indexdef(i.indexrelid) AS definition
           FROM pg_index i JOIN pg_class ci ON ci.oid = i.indexrelid JOIN pg_class ct ON ct.oid = i.indrelid
          WHERE ct.relnamespace = current_schema()::regnamespace AND ct.relname = ANY($1::text[])
            AND (NOT i.indisunique OR ci.relname = ANY($2::text[])) AND NOT i.indisprimary
            AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
          ORDER BY ci.relname`, [[...tables], [...DEFERRED_UNIQUE]]));
      return dropForRebuild(tx, rows.rows);
    },
    // Shared buffers are the server's; what a session can raise is the memory of the index builds after the load
    // (SET LOCAL ends with the transaction, so nothing needs restoring).
    async tuneForImport(tx) {
      await tx.executeQuery(CompiledQuery.raw(`SET LOCAL maintenance_work_mem = '256MB'`));
      return async () => {};
    },
  };
}
