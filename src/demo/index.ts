/** Fictional demo data for trying Vigil out and for benchmarks (see generate.ts). */
export { generateDemo, generateRecords, type DemoOptions, type DemoRecord, type DemoRecordKind } from "./generate.js";
