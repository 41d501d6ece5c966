/** i18next with the three bundled languages; the choice is remembered in localStorage and mirrored on <html lang>. */
import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en.json";
import kk from "./kk.json";
import ru from "./ru.json";

export const LANGUAGES = [
  { code: "en", label: "English" },
  { code: "ru", label: "Русский" },
  { code: "kk", label: "Қазақша" },
] as const;
export type Lang = (typeof LANGUAGES)[number]["code"];

const STORAGE_KEY = "vigil.lang";

function initialLang(): Lang {
  const stored = localStorage.getItem(STORAGE_KEY);
  const codes = LANGUAGES.map((l) => l.code) as readonly string[];
  if (stored && codes.includes(stored)) return stored as Lang;
  const nav = navigator.language.slice(0, 2);
  return codes.includes(nav) ? (nav as Lang) : "en";
}

declare module "i18next" {
  interface CustomTypeOptions {
    // Typed keys: a t("…") call with a key missing from en.json fails the typecheck.
    resources: { translation: typeof en };
  }
}

const lang = initialLang();
document.documentElement.lang = lang;

void i18n.use(initReactI18next).init({
  lng: lang,
  fallbackLng: false,
  resources: { en: { translation: en }, ru: { translation: ru }, kk: { translation: kk } },
  interpolation: { escapeValue: false },
  returnNull: false,
  // A key missing at run time shows itself loudly and is reported, so the e2e test can fail on it.
  saveMissing: true,
  missingKeyHandler: (lngs, _ns, key) => {
    const w = window as unknown as { __vigilMissingKeys?: string[] };
    (w.__vigilMissingKeys ??= []).push(`${lngs.join(",")}:${key}`);
  },
});

export function setLanguage(next: Lang): void {
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  void i18n.changeLanguage(next);
}

export default i18n;
