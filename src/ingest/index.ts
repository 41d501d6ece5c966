export * from "./parse.js";
