import { memo, useEffect, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { SetURLSearchParams } from "react-router";
import { PERSON_ROLES, VERIFICATION_STATUSES } from "../../../../src/contract/vocab.js";
import { PlacePicker } from "../../components/PlacePicker.js";
import { useDebounced } from "../../components/useDebounced.js";
import { useMediaQuery } from "../../components/useMediaQuery.js";
import { STATUS_FILTERS } from "../../api/vocab.js";
import { FILTER_KEYS, SEARCH_MAX, type FilterKey, type ViewState } from "./filters.js";
import { IncidentTypeOptions } from "../../components/vocab.js";

// Memoised: the filters change with the URL only, not with every render of the page around them.
export const Filters = memo(function Filters({ view, params, setParams }: { view: ViewState; params: URLSearchParams; setParams: SetURLSearchParams }) {
  const { t } = useTranslation();
  const set = (key: FilterKey, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const [text, setText] = useState(view.filters.q ?? "");
  const debounced = useDebounced(text, 250);
  useEffect(() => {
    if ((view.filters.q ?? "") !== debounced.trim()) set("q", debounced.trim() || null);
    // Only a settled search box writes the URL; the URL changing for other reasons must not retrigger this.
  }, [debounced]);
  const active = FILTER_KEYS.some((k) => view.filters[k]);
  const activeCount = FILTER_KEYS.filter((k) => k !== "q" && view.filters[k]).length;
  // On a phone the filters would fill the screen: they fold behind one button, the search box stays.
  const narrow = useMediaQuery("(max-width: 720px)");
  const [open, setOpen] = useState(false);
  const moreId = useId();

  return (
    <form className="filters" role="search" aria-label={t("incidents.filters")} onSubmit={(e) => { e.preventDefault(); set("q", text.trim() || null); }}>
      <label className="field grow">
        <span>{t("incidents.search")}</span>
        <input type="search" value={text} maxLength={SEARCH_MAX} onChange={(e) => setText(e.target.value)} placeholder={t("incidents.searchHint")} data-testid="incident-search" />
      </label>
      {narrow && (
        <button type="button" aria-expanded={open} aria-controls={moreId} onClick={() => setOpen(!open)}>
          {t("incidents.moreFilters", { count: activeCount })}
        </button>
      )}
      {(!narrow || open) && (
      <div id={moreId} className="filters-more">
      <label className="field">
        <span>{t("incidents.col.type")}</span>
        <select value={view.filters.type ?? ""} onChange={(e) => set("type", e.target.value || null)}>
          <option value="">{t("common.any")}</option>
          <IncidentTypeOptions />
        </select>
      </label>
      <label className="field">
        <span>{t("incidents.dateFrom")}</span>
        <input type="date" value={view.filters.dateFrom ?? ""} onChange={(e) => set("dateFrom", e.target.value || null)} />
      </label>
      <label className="field">
        <span>{t("incidents.dateTo")}</span>
        <input type="date" value={view.filters.dateTo ?? ""} onChange={(e) => set("dateTo", e.target.value || null)} />
      </label>
      <PlacePicker label={t("incidents.place")} placeId={view.filters.placeId ?? null} onChange={(p) => set("placeId", p?.id ?? null)} />
      <label className="field">
        <span>{t("incidents.role")}</span>
        <select value={view.filters.role ?? ""} onChange={(e) => set("role", e.target.value || null)}>
          <option value="">{t("common.any")}</option>
          {PERSON_ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t("incidents.col.verification")}</span>
        <select value={view.filters.verification ?? ""} onChange={(e) => set("verification", e.target.value || null)}>
          <option value="">{t("common.any")}</option>
          {VERIFICATION_STATUSES.map((v) => <option key={v} value={v}>{t(`verification.${v}`)}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t("incidents.col.status")}</span>
        <select value={view.filters.status ?? ""} onChange={(e) => set("status", e.target.value || null)} data-testid="status-filter">
          <option value="">{t("common.any")}</option>
          {STATUS_FILTERS.map((s) => <option key={s} value={s}>{t(`status.${s}`)}</option>)}
        </select>
      </label>
      </div>
      )}
      {active && (
        <button type="button" className="link" onClick={() => { setText(""); setParams(new URLSearchParams(view.sort !== "startDate" ? { sort: view.sort, order: view.order } : {}), { replace: true }); }}>
          {t("incidents.clearFilters")}
        </button>
      )}
    </form>
  );
});
