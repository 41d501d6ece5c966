export { generateDemo, generateRecords, type DemoOptions, type DemoRecord, type DemoRecordKind } from "./generate.js";
