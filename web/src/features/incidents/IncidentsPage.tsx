import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { api } from "../../api/client.js";
import { ErrorNote } from "../../components/QueryState.js";
import { formatNumber } from "../../i18n/format.js";
import { Filters } from "./Filters.js";
import { readView, toQuery } from "./filters.js";
import { IncidentTable, PAGE } from "./IncidentTable.js";

export default function IncidentsPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  const query = useMemo(() => toQuery(view), [view]);
  const queryKey = JSON.stringify(query);
  // The same first page the table asks for: one request, shared through the query cache.
  const first = useQuery({
    queryKey: ["incidents", queryKey, 0],
    queryFn: ({ signal }) => api.incidents({ ...query, limit: PAGE, offset: 0 }, signal),
  });
  const total = first.data?.total ?? 0;
  // A search or filter over many incidents is counted only up to a cap: "1,000+", "10,000+".
  const formatted = `${formatNumber(total, i18n.language)}${first.data?.totalCapped ? "+" : ""}`;

  return (
    <section className="page incidents" aria-labelledby="incidents-title">
      <div className="page-head">
        <h1 id="incidents-title">{t("incidents.title")}</h1>
        <span className="muted" role="status" data-testid="incident-count">
          {first.data ? t("incidents.count", { count: total, formatted }) : ""}
        </span>
        <a className="button" href={api.incidentsCsvUrl(query)} download="incidents.csv">{t("incidents.exportCsv")}</a>
      </div>
      <Filters view={view} params={params} setParams={setParams} />
      {first.error && <ErrorNote error={first.error} />}
      <IncidentTable view={view} query={query} queryKey={queryKey} params={params} setParams={setParams} />
    </section>
  );
}
