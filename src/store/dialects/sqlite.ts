import BetterSqlite3 from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { Kysely, SqliteDialect, sql } from "kysely";
import type { Database } from "../schema.js";
import type { DialectFeatures } from "./types.js";

export function openSqlite(path: string): { db: Kysely<Database>; features: DialectFeatures; raw: BetterSqlite3.Database } {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const raw = new BetterSqlite3(path);
  raw.pragma("journal_mode = WAL");
  raw.pragma("foreign_keys = ON");
  raw.pragma("busy_timeout = 5000");
  // NORMAL is durable across application crashes in WAL mode; only a power loss may drop the last commits.
  raw.pragma("synchronous = NORMAL");
  // 64 MiB of page cache instead of 2: a search at a million incidents reads thousands of rows by rowid, and every
  // page that falls out of this cache is read again through the operating system.
  raw.pragma("cache_size = -65536");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) });
  return { db, features: sqliteFeatures, raw };
}

/** FTS5 query syntax treats quotes and operators specially; every term is passed as a quoted prefix. */
const ftsQuery = (terms: string[]): string => terms.map((t) => `"${t.replace(/"/g, "")}"*`).join(" ");
/** Every term as a whole word: a subset of ftsQuery's matches that FTS5 reads as a stream. */
const wordQuery = (terms: string[]): string => terms.map((t) => `"${t.replace(/"/g, "")}"`).join(" ");

export const sqliteFeatures: DialectFeatures = {
  name: "sqlite",
  async lockAuditChain() {},
  async indexIncidentText(tx, incidentId, body) {
    const n = sql<number>`(SELECT n FROM incidents WHERE id = ${incidentId})`;
    await sql`DELETE FROM incidents_fts WHERE rowid = ${n}`.execute(tx);
    await sql`INSERT INTO incidents_fts (rowid, body) VALUES (${n}, ${body})`.execute(tx);
  },
  async indexNewIncidentsText(tx, incidentIds) {
    if (!incidentIds.length) return;
    await sql`INSERT INTO incidents_fts (rowid, body) SELECT n, search_text FROM incidents WHERE id IN (${sql.join(incidentIds.map((id) => sql`${id}`))})`.execute(tx);
  },
  async unindexIncidentText(tx, incidentId) {
    await sql`DELETE FROM incidents_fts WHERE rowid = (SELECT n FROM incidents WHERE id = ${incidentId})`.execute(tx);
  },
  incidentKey: "n",
  incidentSearch(terms, victims, lead) {
    // Without text matches (a name in another script) the victims' incidents lead: their index, with date, id and
    // visibility, counts and sorts them without reading rows. Not leading (thousands of people sharing a name), they
    // are a test on each row reached through the sort order's index, a few hundred of them for a page.
    if (!terms.length) return victims ? sql<boolean>`${lead ? sql`incidents.victim_person_id` : sql`+incidents.victim_person_id`} IN (${victims})` : sql<boolean>`1 = 0`;
    // One set of rowids, the text matches united with the victims' incidents, each read from its own index: an OR of
    // the two made the planner test every row against both.
    const sides = [
      sql`SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${ftsQuery(terms)}`,
      ...(victims ? [sql`SELECT n FROM incidents WHERE victim_person_id IN (${victims})`] : []),
    ];
    // Unary plus keeps the planner from reading the set by rowid: the set is then a test (a Bloom filter) on entries
    // of the index the query is led by.
    return sql<boolean>`${lead ? sql`incidents.n` : sql`+incidents.n`} IN (${sql.join(sides, sql` UNION `)})`;
  },
  async countTextHits(db, terms, cap) {
    if (!terms.length) return 0;
    // FTS5 expands a prefix into the union of every term it starts, in full, before the first row: 40 ms for a word in
    // half of a million incidents. The whole words stream, so when they alone reach the cap the prefixes are not read.
    const count = async (query: string) => {
      const r = await sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ${query} LIMIT ${cap})`.execute(db);
      return Number(r.rows[0]?.n ?? 0);
    };
    const words = await count(wordQuery(terms));
    return words >= cap ? words : count(ftsQuery(terms));
  },
  async countVisibleWordHits(db, terms, visibilities, cap) {
    if (!terms.length) return 0;
    const match = sql`incidents_fts MATCH ${wordQuery(terms)}`;
    // INDEXED BY: the planner would read each match's table row by its key; the index holds the key and visibility.
    const q = visibilities
      ? sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents_fts JOIN incidents INDEXED BY incidents_n_vis ON incidents.n = incidents_fts.rowid
          WHERE ${match} AND incidents.visibility IN (${sql.join(visibilities.map((v) => sql`${v}`))}) LIMIT ${cap})`
      : sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT 1 FROM incidents_fts WHERE ${match} LIMIT ${cap})`;
    const r = await q.execute(db);
    return Number(r.rows[0]?.n ?? 0);
  },
  unindexed: (column) => sql`+${column}`,
  idSet: (ids) => sql`SELECT value FROM json_each(${JSON.stringify(ids)})`,
  bool: (v) => (v ? 1 : 0),
  classifyError(e) {
    const code = (e as { code?: unknown })?.code;
    switch (code) {
      case "SQLITE_CONSTRAINT_UNIQUE":
      case "SQLITE_CONSTRAINT_PRIMARYKEY":
        return "unique";
      case "SQLITE_CONSTRAINT_FOREIGNKEY":
        return "foreign_key";
      case "SQLITE_CONSTRAINT_NOTNULL":
        return "not_null";
      case "SQLITE_CONSTRAINT_CHECK":
        return "check";
      case "SQLITE_BUSY":
        return "busy";
      default:
        return null;
    }
  },
};
