export * from "./vocab.js";
export * from "./records.js";
export * from "./export.js";
export * from "./query.js";
export * from "./case.js";
export * from "./responses.js";
export * from "./reasons.js";
