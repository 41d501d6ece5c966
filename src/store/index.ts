export { openStore, migrateStore, type Store, type OpenOptions } from "./open.js";
export type { Database } from "./schema.js";
export { toBool } from "./schema.js";
export type { Db, DialectFeatures, DialectName, TextKeyFilters, TextQuery, TextSeen } from "./dialects/types.js";
export type { Bulk } from "./bulk.js";
export { KINDS, toRow, fromRow, columnOf, type RecordKind } from "./rows.js";
