/** Locale-aware formatting of numbers, instants and dates that carry a precision. */
import type { DatePrecision } from "../../../src/core/dates.js";

const LOCALES: Record<string, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };
export const localeOf = (lang: string) => LOCALES[lang] ?? "en-GB";

export function formatNumber(n: number, lang: string): string {
  return new Intl.NumberFormat(localeOf(lang)).format(n);
}

export function formatInstant(iso: string, lang: string): string {
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short" }).format(new Date(iso));
}

/** A calendar date shown no finer than it is known: "January 2022", "≈ 5 Jan 2022". */
export function formatDate(date: string | null, precision: DatePrecision | string, lang: string): string {
  if (!date) return "—";
  const d = new Date(`${date}T00:00:00Z`);
  const loc = localeOf(lang);
  switch (precision) {
    case "month": return new Intl.DateTimeFormat(loc, { year: "numeric", month: "long", timeZone: "UTC" }).format(d);
    case "year": return new Intl.DateTimeFormat(loc, { year: "numeric", timeZone: "UTC" }).format(d);
    case "approximate": return `≈ ${new Intl.DateTimeFormat(loc, { dateStyle: "medium", timeZone: "UTC" }).format(d)}`;
    default: return new Intl.DateTimeFormat(loc, { dateStyle: "medium", timeZone: "UTC" }).format(d);
  }
}
