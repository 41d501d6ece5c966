import { useTranslation } from "react-i18next";
import { LANGUAGES, setLanguage, type Lang } from "../i18n/index.js";

export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <label className="lang-switch">
      <span className="visually-hidden">{t("nav.language")}</span>
      <select value={i18n.language} onChange={(e) => setLanguage(e.target.value as Lang)} data-testid="language">
        {LANGUAGES.map((l) => <option key={l.code} value={l.code} lang={l.code}>{l.label}</option>)}
      </select>
    </label>
  );
}
