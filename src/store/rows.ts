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

export function toRow(kind: RecordKind, record: Record<string, unknown>, bool: (v: boolean) => number | boolean): Record<string, unknown> {
  const def = KINDS[kind];
  const row: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    const col = snake(k);
    if (def.json.includes(col)) row[col] = v === null || v === undefined ? null : JSON.stringify(v);
    else if (def.bool.includes(col)) row[col] = bool(Boolean(v));
    else row[col] = v === undefined ? null : v;
  }
  return row;
}

export function fromRow<T>(kind: RecordKind, row: Record<string, unknown>): T {
  const def = KINDS[kind];
  const out: Record<string, unknown> = {};
  for (const [col, v] of Object.entries(row)) {
    if (def.derived.includes(col)) continue;
    if (def.json.includes(col)) out[camel(col)] = typeof v === "string" ? JSON.parse(v) : v ?? null;
    else if (def.bool.includes(col)) out[camel(col)] = v === true || v === 1;
    else out[camel(col)] = v;
  }
  return out as T;
}

export const columnOf = snake;
