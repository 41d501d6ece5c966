import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client.js";
import { QueryState } from "../../components/QueryState.js";
import { formatDate, formatNumber } from "../../i18n/format.js";
import { labelOf } from "../../i18n/labels.js";

const PAGE = 50;

export default function SourcesPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0);
  const q = useQuery({
    queryKey: ["sources", page],
    queryFn: () => api.sources({ limit: PAGE, offset: page * PAGE }),
    placeholderData: keepPreviousData,
  });
  const total = q.data?.total ?? 0;
  const go = (p: number) => setParams(p ? { page: String(p) } : {});
  return (
    <section className="page" aria-labelledby="sources-title">
      <div className="page-head">
        <h1 id="sources-title">{t("source.listTitle")}</h1>
        <span className="muted">{q.data ? t("source.count", { count: total, formatted: formatNumber(total, i18n.language) }) : ""}</span>
      </div>
      <QueryState query={q}>
        <div className="table-scroll">
          <table className="simple">
            <thead><tr><th scope="col">{t("form.sourceTitle")}</th><th scope="col">{t("form.publisher")}</th><th scope="col">{t("form.publishedDate")}</th><th scope="col">{t("form.sourceKind")}</th><th scope="col">{t("source.reliability")}</th></tr></thead>
            <tbody>
              {q.data?.items.map((s) => (
                <tr key={s.id}>
                  <td><Link to={`/sources/${s.id}`}>{s.title ?? s.url ?? s.id}</Link></td>
                  <td>{s.publisher ?? "—"}</td>
                  <td>{formatDate(s.publishedDate, "day", i18n.language)}</td>
                  <td>{labelOf(t, "sourceKind", s.kind)}</td>
                  <td>{s.reliability}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <nav className="pager" aria-label={t("common.pages")}>
          <button type="button" disabled={page === 0} onClick={() => go(page - 1)}>{t("common.previous")}</button>
          <span className="muted">{t("common.pageOf", { page: page + 1, pages: Math.max(1, Math.ceil(total / PAGE)) })}</span>
          <button type="button" disabled={(page + 1) * PAGE >= total} onClick={() => go(page + 1)}>{t("common.next")}</button>
        </nav>
      </QueryState>
    </section>
  );
}
