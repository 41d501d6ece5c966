import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { api } from "../../api/client.js";
import type { Claim, Incident, Proceeding, Source, Timeline } from "../../api/types.js";
import { History } from "../../components/History.js";
import { NameList, PlaceName, primaryName, StatusBadge } from "../../components/people.js";
import { QueryState } from "../../components/QueryState.js";
import { formatDate } from "../../i18n/format.js";
import { labelOf } from "../../i18n/labels.js";

type Entry = { kind: "incident"; date: string | null; rec: Incident } | { kind: "proceeding"; date: string | null; rec: Proceeding };
type CitedClaim = Claim & { source: Source | null };

export default function PersonPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const location = useLocation();
  const created = (location.state as { created?: string } | null)?.created;
  const q = useQuery({ queryKey: ["timeline", id], queryFn: () => api.timeline(id) });
  return (
    <section className="page person" aria-labelledby="person-title">
      {created && <p role="status" className="notice" data-testid="saved-notice">{t("form.saved")}</p>}
      <QueryState query={q}>{q.data && <PersonView data={q.data} />}</QueryState>
      {q.data && (
        <>
          <h2>{t("person.history")}</h2>
          <History plural="people" id={id} />
        </>
      )}
    </section>
  );
}

function PersonView({ data }: { data: Timeline }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const p = data.person;
  const claimsBy = new Map<string, CitedClaim[]>();
  for (const c of data.claims) claimsBy.set(c.subjectId, [...(claimsBy.get(c.subjectId) ?? []), c]);
  const entries: Entry[] = [
    ...data.incidents.map((rec) => ({ kind: "incident" as const, date: rec.startDate, rec })),
    ...data.proceedings.map((rec) => ({ kind: "proceeding" as const, date: rec.startDate, rec })),
  ].sort((a, b) => (a.date ?? "9999").localeCompare(b.date ?? "9999"));
  const status = p.status;

  return (
    <>
      <div className="page-head">
        <h1 id="person-title" data-testid="person-name">{primaryName(p)}</h1>
        <StatusBadge status={status} />
        <Link className="button" to={`/incidents/new?personId=${p.id}`}>{t("person.addIncident")}</Link>
      </div>
      <div className="person-grid">
        <section className="card" aria-labelledby="names-h">
          <h2 id="names-h">{t("person.names")}</h2>
          <NameList names={p.names} />
        </section>
        <section className="card" aria-labelledby="status-h">
          <h2 id="status-h">{t("person.status")}</h2>
          <dl className="facts">
            <dt>{t("person.currentStatus")}</dt><dd>{status ? labelOf(t, "status", status.status) : "—"}</dd>
            <dt>{t("person.since")}</dt><dd>{formatDate(status?.since ?? null, "day", lang)}</dd>
            {status?.daysHeld != null && <><dt>{t("person.daysHeldLabel")}</dt><dd data-testid="days-held">{status.daysHeld.toLocaleString(lang)}</dd></>}
            <dt>{t("person.expectedRelease")}</dt><dd>{formatDate(status?.until ?? null, "day", lang)}{status?.releaseOverdue && <strong className="overdue-text"> · {t("person.releaseOverdue")}</strong>}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="about-h">
          <h2 id="about-h">{t("person.about")}</h2>
          <dl className="facts">
            <dt>{t("person.roles")}</dt><dd>{p.roles.length ? p.roles.map((r) => t(`role.${r}`)).join(", ") : "—"}</dd>
            <dt>{t("person.affiliations")}</dt><dd>{p.affiliations.length ? p.affiliations.map((a) => [a.position, a.organisationName].filter(Boolean).join(", ")).join("; ") : "—"}</dd>
            <dt>{t("person.occupation")}</dt><dd>{p.occupation ?? "—"}</dd>
            <dt>{t("person.sex")}</dt><dd>{labelOf(t, "sex", p.sex)}</dd>
            <dt>{t("person.birthDate")}</dt><dd>{formatDate(p.birthDate, p.birthDatePrecision, lang)}</dd>
            <dt>{t("person.citizenship")}</dt><dd>{p.citizenship.join(", ") || "—"}</dd>
            <dt>{t("person.protection")}</dt><dd>{labelOf(t, "protection", p.protection)}</dd>
          </dl>
        </section>
      </div>

      <h2>{t("person.timeline")}</h2>
      {entries.length === 0 ? <p className="muted">{t("person.noIncidents")}</p> : (
        <ol className="timeline" data-testid="timeline">
          {entries.map((e) => e.kind === "incident"
            ? <IncidentEntry key={e.rec.id} inc={e.rec} claims={claimsBy.get(e.rec.id) ?? []} />
            : <ProceedingEntry key={e.rec.id} pr={e.rec} claims={claimsBy.get(e.rec.id) ?? []} />)}
        </ol>
      )}
    </>
  );
}

function IncidentEntry({ inc, claims }: { inc: Incident; claims: CitedClaim[] }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card timeline-item" data-testid="timeline-incident">
      <div className="timeline-head">
        <time dateTime={inc.startDate ?? undefined}>{formatDate(inc.startDate, inc.startPrecision, i18n.language)}</time>
        {inc.endDate && <> – <time dateTime={inc.endDate}>{formatDate(inc.endDate, inc.endPrecision, i18n.language)}</time></>}
        <strong>{t(`incidentType.${inc.type}`)}</strong>
        <span className={`badge v-${inc.verification}`}>{t(`verification.${inc.verification}`)}</span>
      </div>
      <p className="muted"><PlaceName id={inc.placeId} text={inc.placeText} /></p>
      {inc.perpetrators.length > 0 && (
        <p><span className="muted">{t("form.perpetrator")}:</span> {inc.perpetrators.map((p, i) => <span key={i}>{i > 0 && ", "}{p.label ?? (p.organisationId ? <OrganisationName id={p.organisationId} /> : p.personId)}</span>)}</p>
      )}
      {inc.description && <p className="description">{inc.description}</p>}
      {(inc.legal.articles.length > 0 || inc.legal.note) && (
        <p><span className="muted">{t("form.legal")}:</span> {[inc.legal.articles.join(", "), inc.legal.note].filter(Boolean).join(" — ")}</p>
      )}
      <Evidence claims={claims} />
    </li>
  );
}

function OrganisationName({ id }: { id: string }) {
  const q = useQuery({ queryKey: ["organisation", id], queryFn: () => api.organisation(id), staleTime: Infinity });
  return <>{q.data?.name ?? "…"}</>;
}

function ProceedingEntry({ pr, claims }: { pr: Proceeding; claims: CitedClaim[] }) {
  const { t, i18n } = useTranslation();
  const s = pr.sentence;
  return (
    <li className="card timeline-item proceeding">
      <div className="timeline-head">
        <time>{formatDate(pr.startDate, "day", i18n.language)}</time>
        <strong>{t("person.proceeding")}</strong>
        <span className="badge">{labelOf(t, "chargeStatus", pr.chargeStatus)}</span>
      </div>
      <dl className="facts">
        {pr.caseNumber && <><dt>{t("person.caseNumber")}</dt><dd>{pr.caseNumber}</dd></>}
        {pr.court && <><dt>{t("person.court")}</dt><dd>{pr.court}</dd></>}
        {pr.charges.length > 0 && <><dt>{t("person.charges")}</dt><dd>{pr.charges.map((c) => [c.code, c.article, c.wording].filter(Boolean).join(" ")).join("; ")}</dd></>}
        {s && <><dt>{t("person.sentence")}</dt><dd>{labelOf(t, "sentenceKind", s.kind)}{s.length ? ` · ${s.length} ${labelOf(t, "unit", s.unit ?? "")}` : ""}{s.amount ? ` · ${s.amount} ${s.currency ?? ""}` : ""}</dd></>}
        {pr.expectedReleaseDate && <><dt>{t("person.expectedRelease")}</dt><dd>{formatDate(pr.expectedReleaseDate, "day", i18n.language)}</dd></>}
        {pr.lawyer && <><dt>{t("person.lawyer")}</dt><dd>{pr.lawyer}</dd></>}
      </dl>
      <Evidence claims={claims} />
    </li>
  );
}

function Evidence({ claims }: { claims: CitedClaim[] }) {
  const { t, i18n } = useTranslation();
  if (!claims.length) return <p className="muted small">{t("person.noSources")}</p>;
  return (
    <ul className="evidence">
      {claims.map((c) => (
        <li key={c.id}>
          {c.quote && <blockquote data-testid="quote">{c.quote}</blockquote>}
          <p className="small">
            {c.source ? <Link to={`/sources/${c.source.id}`}>{c.source.title ?? c.source.publisher ?? c.source.url ?? c.source.id}</Link> : t("person.hiddenSource")}
            {c.source?.publisher && c.source.title && <> · {c.source.publisher}</>}
            {c.source?.publishedDate && <> · {formatDate(c.source.publishedDate, "day", i18n.language)}</>}
            {" · "}{t("source.credibility")}: {c.credibility}
          </p>
        </li>
      ))}
    </ul>
  );
}
