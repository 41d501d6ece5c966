import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client.js";
import type { IngestResult } from "../../api/types.js";
import { QueryState } from "../../components/QueryState.js";
import { formatNumber } from "../../i18n/format.js";
import { IngestForm } from "./IngestForm.js";
import { ProposalCard, type Decision } from "./ProposalCard.js";

const PAGE = 20;

/** Ingest at the top, the queue of pending proposals below; the source filter and page live in the URL. */
export default function ReviewPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const sourceId = params.get("sourceId");
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0);
  const [decisions, setDecisions] = useState<Decision[]>([]);
  const decisionsRef = useRef<HTMLUListElement>(null);
  // The decided card leaves the queue; focus moves to the note about it (with its link) so the keyboard is not lost.
  useEffect(() => { if (decisions.length) decisionsRef.current?.focus(); }, [decisions]);
  const q = useQuery({
    queryKey: ["proposals", sourceId, page],
    queryFn: () => api.proposals({ status: "pending", sourceId, limit: PAGE, offset: page * PAGE }),
    placeholderData: keepPreviousData,
  });
  const total = q.data?.total ?? 0;
  const go = (next: { sourceId?: string | null; page?: number }) => {
    const p = new URLSearchParams();
    const s = next.sourceId === undefined ? sourceId : next.sourceId;
    if (s) p.set("sourceId", s);
    if (next.page) p.set("page", String(next.page));
    setParams(p);
  };
  // After a paste, show just what it produced: the reviewer reads the new article's proposals first.
  const onIngested = (res: IngestResult) => {
    const only = res.sources.length === 1 ? res.sources[0]!.sourceId : null;
    go({ sourceId: only, page: 0 });
  };

  return (
    <section className="page review" aria-labelledby="review-title">
      <div className="page-head">
        <h1 id="review-title">{t("review.title")}</h1>
        <Link to="/duplicates" className="button">{t("nav.duplicates")}</Link>
      </div>
      <IngestForm onIngested={onIngested} />

      {decisions.length > 0 && (
        <ul ref={decisionsRef} tabIndex={-1} className="decisions" role="status" aria-label={t("review.recentDecisions")} data-testid="decisions">
          {decisions.map((d) => (
            <li key={d.proposalId}>
              {d.outcome === "accepted" ? t("review.acceptedNote", { label: d.label }) : t("review.rejectedNote", { label: d.label })}
              {d.result?.personId && <> — <Link to={`/people/${d.result.personId}`} data-testid="open-person">{t("review.openPerson")}</Link></>}
            </li>
          ))}
        </ul>
      )}

      <div className="page-head queue-head">
        <h2 id="queue-h">{t("review.queue")}</h2>
        <span className="muted" data-testid="queue-count">{q.data ? t("review.pendingCount", { count: total, formatted: formatNumber(total, i18n.language) }) : ""}</span>
        {sourceId && (
          <span className="filter-chip">
            {t("review.filteredBySource")} <Link to={`/sources/${sourceId}`}><SourceTitle id={sourceId} /></Link>{" "}
            <button type="button" className="link" onClick={() => go({ sourceId: null, page: 0 })}>{t("review.allSources")}</button>
          </span>
        )}
      </div>
      <QueryState query={q}>
        {q.data?.items.length === 0
          ? <p className="muted empty">{t("review.empty")}</p>
          : (
            <div className="proposals" aria-labelledby="queue-h">
              {q.data?.items.map((p) => <ProposalCard key={p.id} p={p} onDecided={(d) => setDecisions((old) => [d, ...old].slice(0, 5))} />)}
            </div>
          )}
        {total > PAGE && (
          <nav className="pager" aria-label={t("common.pages")}>
            <button type="button" disabled={page === 0} onClick={() => go({ page: page - 1 })}>{t("common.previous")}</button>
            <span className="muted">{t("common.pageOf", { page: page + 1, pages: Math.ceil(total / PAGE) })}</span>
            <button type="button" disabled={(page + 1) * PAGE >= total} onClick={() => go({ page: page + 1 })}>{t("common.next")}</button>
          </nav>
        )}
      </QueryState>
    </section>
  );
}

function SourceTitle({ id }: { id: string }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ["source", id], queryFn: () => api.source(id), staleTime: 5 * 60_000 });
  if (!q.data) return <>…</>;
  return <>{q.data.title ?? q.data.url ?? q.data.publisher ?? t("review.untitled")}</>;
}
