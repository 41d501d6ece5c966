/** Labels for values that arrive from the server as plain strings (audit actions, record kinds). */
import type { TFunction } from "i18next";
import i18n from "./index.js";

/** Translates `prefix.value` when that key exists, else shows the raw value: the server may add values first. */
export function labelOf(t: TFunction, prefix: string, value: string): string {
  const key = `${prefix}.${value}`;
  return i18n.exists(key) ? (t as unknown as (k: string) => string)(key) : value;
}
