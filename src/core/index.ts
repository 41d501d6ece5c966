export * from "./errors.js";
export * from "./ids.js";
export * from "./canonical.js";
export * from "./text.js";
export * from "./dates.js";
