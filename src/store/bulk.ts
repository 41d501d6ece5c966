/**
 * Bulk writes for the import, straight to the driver inside the caller's transaction: a million-record import spends
 * its time in the database and in validation, not in building and preparing a query per batch.
 *   SQLite      one prepared single-row INSERT per table and column list, run once per row (what a raw loader does);
 *   PostgreSQL  one INSERT … SELECT FROM unnest($1::type[], …) per chunk: a column array per parameter, so the
 *               statement text is the same for every chunk and the number of bound values does not grow with the rows.
 */
import type BetterSqlite3 from "better-sqlite3";
import { CompiledQuery } from "kysely";
import type { Db } from "./dialects/types.js";

export interface Bulk {
  /** Inserts rows given as values in `columns` order; every column name comes from the application, never from input. */
  insert(tx: Db, table: string, columns: readonly string[], rows: readonly (readonly unknown[])[]): Promise<void>;
  /** The ids among `ids` that `table` already holds. */
  existing(tx: Db, table: string, ids: readonly string[]): Promise<Set<string>>;
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
  };
}

/** Rows per unnest statement: big enough to amortise a round trip, small enough to bound one message's size. */
const PG_CHUNK = 2000;

export function postgresBulk(): Bulk {
  // Column types per table, read once per schema from the catalogue: unnest needs a typed array per column.
  const types = new Map<string, Promise<Map<string, string>>>();
  const typesOf = (tx: Db, table: string) => {
    let t = types.get(table);
    if (!t) {
      t = tx.executeQuery<{ column_name: string; udt_name: string }>(CompiledQuery.raw(
        "SELECT column_name, udt_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = $1",
        [table],
      )).then((r) => new Map(r.rows.map((c) => [c.column_name, c.udt_name])));
      types.set(table, t);
    }
    return t;
  };
  return {
    async insert(tx, table, columns, rows) {
      if (!rows.length) return;
      assertIdents([table, ...columns]);
      const udt = await typesOf(tx, table);
      const casts = columns.map((c, i) => {
        const t = udt.get(c);
        if (!t) throw new Error(`bulk: ${table} has no column ${c}`);
        return `$${i + 1}::${t}[]`;
      });
      const text = `INSERT INTO ${table} (${columns.join(", ")}) SELECT * FROM unnest(${casts.join(", ")})`;
      for (let i = 0; i < rows.length; i += PG_CHUNK) {
        const chunk = rows.slice(i, i + PG_CHUNK);
        const arrays = columns.map((_, c) => chunk.map((r) => r[c] ?? null));
        await tx.executeQuery(CompiledQuery.raw(text, arrays));
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
  };
}
