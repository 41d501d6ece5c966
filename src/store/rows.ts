/**
 * Mapping between records (camelCase, parsed JSON, real booleans) and rows (snake_case, JSON text, dialect booleans),
 * declared once per record kind. Columns the application derives (search_text, path, n, search_tsv) never reach a record.
 */
import type { Database } from "./schema.js";

export type RecordKind =
  | "place" | "organisation" | "person" | "event" | "incident" | "proceeding" | "statistic" | "intervention" | "source" | "capture" | "claim";

export interface KindDef {
  table: keyof Database & string;
  json: readonly string[];
  bool: readonly string[];
  derived: readonly string[];
}

export const KINDS: Record<RecordKind, KindDef> = {
  place: { table: "places", json: ["names", "alt_names"], bool: [], derived: ["path", "search_text"] },
  organisation: { table: "organisations", json: ["names", "confidential_fields"], bool: [], derived: ["search_text"] },
  person: { table: "people", json: ["citizenship", "roles", "affiliations", "confidential_fields"], bool: [], derived: ["status", "status_since", "status_until", "istatus", "istatus_since", "istatus_until", "pstatus", "pstatus_since", "pstatus_until"] },
  event: { table: "events", json: ["confidential_fields"], bool: [], derived: [] },
  incident: { table: "incidents", json: ["perpetrators", "legal", "confidential_fields"], bool: [], derived: ["search_text", "n", "search_tsv"] },
  proceeding: { table: "proceedings", json: ["charges", "sentence", "appeal", "confidential_fields"], bool: [], derived: [] },
  statistic: { table: "statistics", json: ["confidential_fields"], bool: ["approximate"], derived: [] },
  intervention: { table: "interventions", json: ["confidential_fields"], bool: [], derived: [] },
  source: { table: "sources", json: ["confidential_fields"], bool: ["protected"], derived: [] },
  capture: { table: "captures", json: [], bool: [], derived: [] },
  claim: { table: "claims", json: ["value", "confidential_fields"], bool: [], derived: [] },
};

// Every row of every list and import passes through these; a regex replace per column was half of fromRow's time.
const memo = (f: (k: string) => string): ((k: string) => string) => {
  const seen = new Map<string, string>();
  return (k) => {
    let v = seen.get(k);
    if (v === undefined) seen.set(k, (v = f(k)));
    return v;
  };
};
const snake = memo((k) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
const camel = memo((k) => k.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()));

/** How a field is mapped: 0 as is, 1 JSON text, 2 dialect boolean, 3 derived column (never part of a record). */
type Way = 0 | 1 | 2 | 3;
interface Field { name: string; way: Way }
/**
 * Per kind, each key's column (or each column's key) and way, worked out once: an import maps every field of millions
 * of records, where entry pairs and two list scans per field were ~3 % of its CPU.
 */
function plans(pick: (def: KindDef, name: string) => Field): (kind: RecordKind, name: string) => Field {
  const byKind = new Map<RecordKind, Map<string, Field>>();
  return (kind, name) => {
    let plan = byKind.get(kind);
    if (!plan) byKind.set(kind, (plan = new Map()));
    let f = plan.get(name);
    if (!f) plan.set(name, (f = pick(KINDS[kind], name)));
    return f;
  };
}
const toColumn = plans((def, key) => {
  const col = snake(key);
  return { name: col, way: def.json.includes(col) ? 1 : def.bool.includes(col) ? 2 : 0 };
});
const toKey = plans((def, col) => ({ name: camel(col), way: def.derived.includes(col) ? 3 : def.json.includes(col) ? 1 : def.bool.includes(col) ? 2 : 0 }));

export function toRow(kind: RecordKind, record: Record<string, unknown>, bool: (v: boolean) => number | boolean): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const k of Object.keys(record)) {
    const f = toColumn(kind, k);
    const v = record[k];
    if (f.way === 1) row[f.name] = v === null || v === undefined ? null : JSON.stringify(v);
    else if (f.way === 2) row[f.name] = bool(Boolean(v));
    else row[f.name] = v === undefined ? null : v;
  }
  return row;
}

export function fromRow<T>(kind: RecordKind, row: Record<string, unknown>): T {
  const out: Record<string, unknown> = {};
  for (const col of Object.keys(row)) {
    const f = toKey(kind, col);
    if (f.way === 3) continue;
    const v = row[col];
    if (f.way === 1) out[f.name] = typeof v === "string" ? JSON.parse(v) : v ?? null;
    else if (f.way === 2) out[f.name] = v === true || v === 1;
    else out[f.name] = v;
  }
  return out as T;
}

export const columnOf = snake;
