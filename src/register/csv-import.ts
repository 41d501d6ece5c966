/**
 * CSV import of incidents or people with a column mapping. All-or-nothing per file: every bad row is reported with
 * its line number and reason, and a file with any bad row writes nothing.
 */
import { parse } from "csv-parse/sync";
import { CsvError } from "csv-parse";
import { assertCan } from "../auth/policy.js";
import { zIncidentInput, zPersonInput } from "../contract/records.js";
import { VigilError } from "../core/errors.js";
import { resolvePlace } from "../places/index.js";
import type { Ctx } from "./context.js";
import { withWrite } from "./service.js";
import { insertRecord } from "./write.js";

export const INCIDENT_IMPORT_FIELDS = [
  "type", "person_id", "person_name", "victim_group", "victim_count", "start_date", "start_precision", "end_date", "end_precision",
  "place_id", "place", "description", "perpetrator", "legal_articles", "verification", "visibility",
] as const;
export const PERSON_IMPORT_FIELDS = ["name", "other_names", "sex", "birth_date", "roles", "occupation", "citizenship", "protection", "visibility"] as const;

export interface CsvRowError { line: number; message: string }
export interface CsvImportReport { created: number }

const list = (v: string | undefined, sep: RegExp = /[;|]/) => (v ? v.split(sep).map((s) => s.trim()).filter(Boolean) : []);
const orNull = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

type Row = Record<string, string>;

function readCsv(text: string, mapping: Record<string, string>, known: readonly string[]): { rows: { line: number; get: (f: string) => string | undefined }[]; errors: CsvRowError[] } {
  for (const target of Object.keys(mapping)) {
    if (!known.includes(target)) throw new VigilError("validation_failed", `mapping: unknown field ${target}; known fields: ${known.join(", ")}`);
  }
  let records: { record: Row; info: { lines: number; invalid_field_length: number } }[];
  try {
    records = parse(text, { columns: true, info: true, bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (e) {
    if (e instanceof CsvError) {
      const line = (e as CsvError & { lines?: number }).lines ?? 0;
      throw new VigilError("import_failed", `line ${line}: the file is not valid CSV (${e.code.toLowerCase().replace(/^csv_/, "").replace(/_/g, " ")}); nothing was imported`, { errors: [{ line, message: "not valid CSV" }] });
    }
    throw e;
  }
  const header = records.length ? Object.keys(records[0]!.record) : [];
  for (const [target, column] of Object.entries(mapping)) {
    if (records.length && !header.includes(column)) throw new VigilError("validation_failed", `mapping: the file has no column "${column}" (for ${target})`);
  }
  const errors: CsvRowError[] = [];
  // csv-parse counts rows of the wrong length cumulatively: a row is bad when the count goes up at it.
  let invalidSoFar = 0;
  const rows = records.map(({ record, info }) => {
    if (info.invalid_field_length > invalidSoFar) errors.push({ line: info.lines, message: `expected ${header.length} fields, found a different number` });
    invalidSoFar = info.invalid_field_length;
    return { line: info.lines, get: (f: string) => record[mapping[f] ?? f] };
  });
  return { rows, errors };
}

function failIfErrors(errors: CsvRowError[]): void {
  if (!errors.length) return;
  errors.sort((a, b) => a.line - b.line);
  const first = errors[0]!;
  throw new VigilError("import_failed", `${errors.length} bad row${errors.length > 1 ? "s" : ""}, first at line ${first.line}: ${first.message}; nothing was imported`, { errors });
}

function issueText(e: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return e.issues.map((i) => `${i.path.join(".") || "row"}: ${i.message}`).join("; ");
}

export async function importIncidentsCsv(ctx: Ctx, text: string, mapping: Record<string, string> = {}): Promise<CsvImportReport> {
  assertCan(ctx.actor, "import");
  const { rows, errors } = readCsv(text, mapping, INCIDENT_IMPORT_FIELDS);
  const planned: { line: number; input: Record<string, unknown>; personName: string | null }[] = [];
  for (const { line, get } of rows) {
    const placeName = orNull(get("place"));
    const place = placeName ? resolvePlace(placeName) : null;
    const personName = orNull(get("person_name"));
    const count = orNull(get("victim_count"));
    const raw = {
      type: orNull(get("type")),
      // A placeholder id keeps the schema's "needs a victim" rule meaningful; the person is created or found on write.
      victimPersonId: orNull(get("person_id")) ?? (personName ? "per_00000000000000000000000000" : null),
      victimGroup: orNull(get("victim_group")),
      victimCount: count === null ? null : Number(count),
      startDate: orNull(get("start_date")),
      startPrecision: orNull(get("start_precision")) ?? undefined,
      endDate: orNull(get("end_date")),
      endPrecision: orNull(get("end_precision")) ?? undefined,
      placeId: orNull(get("place_id")) ?? (place && place.score >= 0.8 ? place.place.id : null),
      placeText: placeName && !(place && place.score >= 0.8) ? placeName : null,
      description: orNull(get("description")),
      perpetrators: list(get("perpetrator")).map((label) => ({ label })),
      legal: { articles: list(get("legal_articles")), note: null },
      verification: orNull(get("verification")) ?? undefined,
      visibility: orNull(get("visibility")) ?? undefined,
    };
    const r = zIncidentInput.safeParse(raw);
    if (!r.success) errors.push({ line, message: issueText(r.error) });
    else planned.push({ line, input: r.data as Record<string, unknown>, personName });
  }
  failIfErrors(errors);
  return withWrite(ctx, async (env, audit) => {
    const peopleByName = new Map<string, string>();
    for (const p of planned) {
      try {
        if (p.personName && (p.input.victimPersonId === "per_00000000000000000000000000")) {
          // Only an exact, unique name reuses a person; anything fuzzier goes to the duplicate review, never merged here.
          let id = peopleByName.get(p.personName);
          if (!id) {
            const found = await env.tx.selectFrom("person_names").select("person_id").where("value", "=", p.personName).groupBy("person_id").limit(2).execute();
            if (found.length === 1) id = found[0]!.person_id;
            else {
              const person = await insertRecord(env, "person", zPersonInput.parse({ names: [{ value: p.personName }] }) as Record<string, unknown>);
              await audit.append({ action: "import", entityType: "person", entityId: person.id as string, before: null, after: person, reason: `CSV line ${p.line}` });
              id = person.id as string;
            }
            peopleByName.set(p.personName, id);
          }
          p.input.victimPersonId = id;
        }
        const rec = await insertRecord(env, "incident", p.input);
        await audit.append({ action: "import", entityType: "incident", entityId: rec.id as string, before: null, after: rec, reason: `CSV line ${p.line}` });
      } catch (e) {
        if (e instanceof VigilError) failIfErrors([{ line: p.line, message: e.message }]);
        throw e;
      }
    }
    return { created: planned.length };
  });
}

export async function importPeopleCsv(ctx: Ctx, text: string, mapping: Record<string, string> = {}): Promise<CsvImportReport> {
  assertCan(ctx.actor, "import");
  const { rows, errors } = readCsv(text, mapping, PERSON_IMPORT_FIELDS);
  const planned: { line: number; input: Record<string, unknown> }[] = [];
  for (const { line, get } of rows) {
    const names = [orNull(get("name")), ...list(get("other_names"), /\|/)].filter((n): n is string => Boolean(n));
    const raw = {
      names: names.map((value) => ({ value })),
      sex: orNull(get("sex")) ?? undefined,
      birthDate: orNull(get("birth_date")),
      birthDatePrecision: orNull(get("birth_date")) ? "day" : undefined,
      roles: list(get("roles")),
      occupation: orNull(get("occupation")),
      citizenship: list(get("citizenship")).map((c) => c.toUpperCase()),
      protection: orNull(get("protection")) ?? undefined,
      visibility: orNull(get("visibility")) ?? undefined,
    };
    const r = zPersonInput.safeParse(raw);
    if (!r.success) errors.push({ line, message: issueText(r.error) });
    else planned.push({ line, input: r.data as Record<string, unknown> });
  }
  failIfErrors(errors);
  return withWrite(ctx, async (env, audit) => {
    for (const p of planned) {
      const rec = await insertRecord(env, "person", p.input);
      await audit.append({ action: "import", entityType: "person", entityId: rec.id as string, before: null, after: rec, reason: `CSV line ${p.line}` });
    }
    return { created: planned.length };
  });
}
