import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { api } from "../../api/client.js";
import { QueryState } from "../../components/QueryState.js";
import { formatInstant, formatNumber } from "../../i18n/format.js";
import { labelOf } from "../../i18n/labels.js";

export function OverviewPage() {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ["overview"], queryFn: api.overview, refetchInterval: 60_000 });
  const n = (v: number) => formatNumber(v, i18n.language);
  const o = q.data;
  // Each figure links to the incidents view that explains it.
  const tiles = o ? [
    { key: "held", label: t("overview.held"), value: o.held, to: "/incidents?status=held" },
    { key: "serving", label: t("overview.servingSentence"), value: o.servingSentence, to: "/incidents?status=serving_sentence" },
    { key: "missing", label: t("overview.missing"), value: o.missing, to: "/incidents?status=missing" },
    { key: "dead", label: t("overview.dead"), value: o.dead, to: "/incidents?status=dead" },
    { key: "overdue", label: t("overview.releaseOverdue"), value: o.releaseOverdue, to: "/incidents?status=release_overdue", alert: o.releaseOverdue > 0 },
    // Counted up to a cap (after a bulk import every incident is new): "10,000+".
    { key: "new24", label: t("overview.new24h"), value: o.newIncidents24h, capped: o.newIncidents24hCapped, to: "/incidents?sort=createdAt" },
    { key: "new7", label: t("overview.new7d"), value: o.newIncidents7d, capped: o.newIncidents7dCapped, to: "/incidents?sort=createdAt" },
    { key: "total", label: t("overview.incidentsTotal"), value: o.incidentsTotal, to: "/incidents" },
  ] : [];
  return (
    <section aria-labelledby="overview-title" className="page">
      <div className="page-head">
        <h1 id="overview-title">{t("overview.title")}</h1>
        <Link className="button primary" to="/incidents/new">{t("nav.newIncident")}</Link>
      </div>
      <QueryState query={q}>
        {o && (
          <>
            <ul className="tiles" aria-label={t("overview.figures")}>
              {tiles.map((tile) => (
                <li key={tile.key} className={tile.alert ? "tile alert" : "tile"}>
                  <Link to={tile.to} data-testid={`tile-${tile.key}`}>
                    <span className="tile-value">{n(tile.value)}{"capped" in tile && tile.capped ? "+" : ""}</span>
                    <span className="tile-label">{tile.label}</span>
                  </Link>
                </li>
              ))}
            </ul>
            <p className="muted small">{t("overview.asOf", { when: formatInstant(o.asOf, i18n.language) })}</p>
            <h2>{t("overview.recentChanges")}</h2>
            {o.recentChanges.length === 0 ? <p className="muted">{t("overview.noChanges")}</p> : (
              <div className="table-scroll">
                <table className="simple">
                  <thead><tr><th scope="col">{t("history.when")}</th><th scope="col">{t("history.who")}</th><th scope="col">{t("history.action")}</th><th scope="col">{t("history.record")}</th></tr></thead>
                  <tbody>
                    {o.recentChanges.map((c) => (
                      <tr key={c.seq}>
                        <td>{formatInstant(c.at, i18n.language)}</td>
                        <td>{c.actor ?? t("history.system")}</td>
                        <td>{labelOf(t, "history.actions", c.action)}</td>
                        <td>{c.entityType === "person" ? <Link to={`/people/${c.entityId}`}>{t("entity.person")} {c.entityId.slice(-6)}</Link>
                          : c.entityType === "source" ? <Link to={`/sources/${c.entityId}`}>{t("entity.source")} {c.entityId.slice(-6)}</Link>
                          : <span>{labelOf(t, "entity", c.entityType)} <code>{c.entityId.slice(-6)}</code></span>}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </>
        )}
      </QueryState>
    </section>
  );
}
