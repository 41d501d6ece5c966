import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { api } from "../../api/client.js";
import type { Claim } from "../../api/types.js";
import { History } from "../../components/History.js";
import { ErrorNote, QueryState } from "../../components/QueryState.js";
import { formatDate, formatInstant, formatNumber } from "../../i18n/format.js";
import { labelOf } from "../../i18n/labels.js";

export default function SourcePage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const source = useQuery({ queryKey: ["source", id], queryFn: () => api.source(id) });
  // Captures and claims of a source that cannot be read would only repeat its error three more times.
  const captures = useQuery({ queryKey: ["captures", id], queryFn: () => api.captures({ sourceId: id, limit: 100 }), enabled: source.isSuccess });
  const claims = useQuery({ queryKey: ["claims", id], queryFn: () => api.claims({ sourceId: id, limit: 200 }), enabled: source.isSuccess });
  const s = source.data;
  if (source.error) return <section className="page"><ErrorNote error={source.error} /></section>;
  return (
    <section className="page" aria-labelledby="source-title">
      <QueryState query={source}>
        {s && (
          <>
            <h1 id="source-title">{s.title ?? s.publisher ?? s.url ?? s.id}</h1>
            <dl className="facts card">
              <dt>{t("form.publisher")}</dt><dd>{s.publisher ?? "—"}</dd>
              <dt>{t("form.sourceUrl")}</dt><dd>{s.url ? <a href={s.url} rel="noreferrer noopener" target="_blank">{s.url}</a> : "—"}</dd>
              <dt>{t("form.publishedDate")}</dt><dd>{formatDate(s.publishedDate, "day", i18n.language)}</dd>
              <dt>{t("form.sourceKind")}</dt><dd>{labelOf(t, "sourceKind", s.kind)}</dd>
              <dt>{t("source.reliability")}</dt><dd>{s.reliability} — {t(`reliability.${s.reliability}`)}</dd>
              {s.protected && <><dt>{t("source.protected")}</dt><dd>{t("common.yes")}</dd></>}
            </dl>
          </>
        )}
      </QueryState>
      <h2>{t("source.captures")}</h2>
      <QueryState query={captures}>
        {captures.data?.items.length === 0 && <p className="muted">{t("source.noCaptures")}</p>}
        <ul className="captures">
          {captures.data?.items.map((c) => (
            <li key={c.id} className="card">
              <p><span className="muted">SHA-256</span> <code className="hash" data-testid="sha256">{c.sha256}</code></p>
              <p className="small muted">
                {c.mediaType} · {t("source.bytes", { count: c.size, formatted: formatNumber(c.size, i18n.language) })} · {t("source.capturedAt")} {formatInstant(c.capturedAt, i18n.language)}
                {" · "}<a href={api.captureContentUrl(c.id)} target="_blank" rel="noreferrer">{t("source.openCapture")}</a>
              </p>
            </li>
          ))}
        </ul>
      </QueryState>
      <h2>{t("source.claims")}</h2>
      <QueryState query={claims}>
        {claims.data?.items.length === 0 && <p className="muted">{t("source.noClaims")}</p>}
        <ul className="evidence">
          {claims.data?.items.map((c) => <ClaimItem key={c.id} claim={c} />)}
        </ul>
      </QueryState>
      <h2>{t("person.history")}</h2>
      <History plural="sources" id={id} />
    </section>
  );
}

function ClaimItem({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  // A claim about an incident is reached through the incident's victim, whose page shows it in context.
  const inc = useQuery({ queryKey: ["incident", claim.subjectId], queryFn: () => api.incident(claim.subjectId), enabled: claim.subjectType === "incident" });
  const victim = inc.data?.victimPersonId;
  return (
    <li className="card">
      {claim.quote && <blockquote>{claim.quote}</blockquote>}
      <p className="small">
        {labelOf(t, "entity", claim.subjectType)}
        {inc.data && <> · {t(`incidentType.${inc.data.type}`)}</>}
        {victim && <> · <Link to={`/people/${victim}`}>{t("source.openPerson")}</Link></>}
        {claim.field && <> · {claim.field}</>}
        {" · "}{t("source.credibility")}: {claim.credibility}
      </p>
    </li>
  );
}
