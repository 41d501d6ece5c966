/** Locale-aware formatting of numbers, instants and dates that carry a precision. */
import type { DatePrecision } from "../../../src/core/dates.js";

const LOCALES: Record<string, string> = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };
export const localeOf = (lang: string) => LOCALES[lang] ?? "en-GB";

// Chromium ships a reduced ICU without Kazakh data ("2022 M01 6"), so Kazakh dates are spelled out here.
const KK_MONTHS = ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

function kkDate(d: Date, precision: string): string {
  const y = d.getUTCFullYear();
  const m = KK_MONTHS[d.getUTCMonth()]!;
  if (precision === "year") return `${y} ж.`;
  if (precision === "month") return `${y} ж. ${m}`;
  return `${d.getUTCDate()} ${m} ${y} ж.`;
}

export function formatNumber(n: number, lang: string): string {
  // Kazakh groups digits as Russian does: 10 000.
  return new Intl.NumberFormat(lang === "kk" ? "ru-RU" : localeOf(lang)).format(n);
}

export function formatInstant(iso: string, lang: string): string {
  const d = new Date(iso);
  if (lang === "kk") {
    const local = new Date(d.getTime() - d.getTimezoneOffset() * 60_000);
    return `${kkDate(local, "day")}, ${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
  }
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** A calendar date shown no finer than it is known: "January 2022", "≈ 5 Jan 2022". */
export function formatDate(date: string | null, precision: DatePrecision | string, lang: string): string {
  if (!date) return "—";
  const d = new Date(`${date}T00:00:00Z`);
  const prefix = precision === "approximate" ? "≈ " : "";
  if (lang === "kk") return prefix + kkDate(d, precision);
  const loc = localeOf(lang);
  switch (precision) {
    case "month": return new Intl.DateTimeFormat(loc, { year: "numeric", month: "long", timeZone: "UTC" }).format(d);
    case "year": return new Intl.DateTimeFormat(loc, { year: "numeric", timeZone: "UTC" }).format(d);
    default: return prefix + new Intl.DateTimeFormat(loc, { dateStyle: "medium", timeZone: "UTC" }).format(d);
  }
}

/**
 * The same date in as few characters as a table column allows: Russian and Kazakh spell months long
 * ("24 қыркүйек 2022 ж."), so there the usual numeric form is used (24.09.2022, 09.2022); English keeps "24 Sep 2022".
 */
export function formatShortDate(date: string | null, precision: DatePrecision | string, lang: string): string {
  if (!date || lang === "en" || !LOCALES[lang]) return formatDate(date, precision, lang);
  const [y, m, d] = date.split("-");
  const prefix = precision === "approximate" ? "≈ " : "";
  if (precision === "year") return y!;
  if (precision === "month") return `${m}.${y}`;
  return `${prefix}${d}.${m}.${y}`;
}
