/**
 * Canonical JSON (the subset of RFC 8785 that Vigil's records use): object keys sorted by UTF-16 code units,
 * no whitespace, numbers in JavaScript's shortest form, `undefined` members dropped. Two equal records always
 * encode to the same bytes, which is what the audit chain hashes.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "boolean":
      return value ? "true" : "false";
    case "number":
      if (!Number.isFinite(value)) throw new TypeError("canonical JSON cannot encode a non-finite number");
      return JSON.stringify(value);
    case "bigint":
      return value.toString();
    case "object": {
      // Loops rather than entries/filter/sort/map/join: an import and `verify` encode every record (fewer temporaries).
      if (Array.isArray(value)) {
        let out = "[";
        for (let i = 0; i < value.length; i++) out += `${i ? "," : ""}${canonicalJson(value[i] === undefined ? null : value[i])}`;
        return `${out}]`;
      }
      if (value instanceof Date) return JSON.stringify(value.toISOString());
      const obj = value as Record<string, unknown>;
      // sort() without a comparator orders strings by UTF-16 code units, as required; keys are distinct.
      const keys = Object.keys(obj).sort();
      let out = "{";
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue;
        out += `${out.length > 1 ? "," : ""}${JSON.stringify(k)}:${canonicalJson(v)}`;
      }
      return `${out}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot encode a ${typeof value}`);
  }
}
