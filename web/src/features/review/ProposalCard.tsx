import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { DatePrecision } from "../../../../src/core/dates.js";
import type { IncidentType } from "../../../../src/contract/vocab.js";
import { api } from "../../api/client.js";
import type { AcceptBody, AcceptResult, IncidentEdits, Place, Proposal } from "../../api/types.js";
import { PlacePicker } from "../../components/PlacePicker.js";
import { matchReasonLabels } from "../../components/reasons.js";
import { PlaceName } from "../../components/people.js";
import { ErrorNote } from "../../components/QueryState.js";
import { formatDate } from "../../i18n/format.js";
import { labelOf } from "../../i18n/labels.js";
import { isoDateOf } from "../incident-form/submit.js";
import { IncidentTypeOptions } from "../../components/vocab.js";

const PRECISIONS = ["day", "month", "year", "approximate", "unknown"] as const satisfies readonly DatePrecision[];

export interface Decision {
  proposalId: string;
  outcome: "accepted" | "rejected";
  /** What the proposal was about, as written: the person's name or the statistic's words. */
  label: string;
  result: AcceptResult | null;
}

type Mode = "idle" | "edit" | "reject";

/** One proposal of the review queue: what was found, the sentence that says so in its paragraph, and the decisions. */
export function ProposalCard({ p, onDecided }: { p: Proposal; onDecided: (d: Decision) => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [mode, setMode] = useState<Mode>("idle");
  const label = p.kind === "incident" ? p.item.person : p.item.what;
  const detail = useQuery({ queryKey: ["proposal", p.id], queryFn: () => api.proposal(p.id), staleTime: 5 * 60_000 });

  const done = async (d: Decision) => {
    await qc.invalidateQueries({ queryKey: ["proposals"] });
    onDecided(d);
  };
  const accept = useMutation({
    mutationFn: (body: AcceptBody) => api.acceptProposal(p.id, body),
    onSuccess: async (result) => {
      // The register changed: lists, counts and the person's timeline must be read again.
      await qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "proposals" && q.queryKey[0] !== "proposal" });
      await done({ proposalId: p.id, outcome: "accepted", label, result });
    },
  });
  const reject = useMutation({
    mutationFn: (reason: string) => api.rejectProposal(p.id, reason),
    onSuccess: () => done({ proposalId: p.id, outcome: "rejected", label, result: null }),
  });
  const busy = accept.isPending || reject.isPending;
  const headingId = `prp-${p.id}`;
  const onEscape = (e: KeyboardEvent) => { if (e.key === "Escape") setMode("idle"); };

  return (
    <article className="card proposal" aria-labelledby={headingId} data-testid="proposal" onKeyDown={onEscape}>
      <header className="proposal-head">
        <h3 id={headingId} className="name-value">{label}</h3>
        <span className="badge">{p.kind === "incident" ? t(`incidentType.${p.item.type}`) : t("entity.statistic")}</span>
        <span className="muted small">{t("review.confidence", { value: Math.round(p.confidence * 100) })}</span>
      </header>
      {p.kind === "incident" ? <IncidentFacts p={p} /> : (
        <dl className="facts">
          <dt>{t("review.count")}</dt><dd>{p.item.approximate ? "≈ " : ""}{p.item.count}</dd>
          <dt>{t("form.date")}</dt><dd>{formatDate(p.item.date, p.item.date_precision, i18n.language)}</dd>
          <dt>{t("form.place")}</dt><dd>{p.item.place ?? "—"}</dd>
        </dl>
      )}

      <figure className="evidence-context">
        {detail.data?.context
          ? <p>{detail.data.context.before && "… "}{detail.data.context.before}<mark data-testid="evidence">{p.evidence?.text}</mark>{detail.data.context.after}{detail.data.context.after && " …"}</p>
          : <p><mark data-testid="evidence">{p.evidence?.text ?? p.item.evidence.text}</mark></p>}
        <figcaption className="muted small">
          {t("review.from")}{" "}
          <Link to={`/sources/${p.sourceId}`}>{detail.data ? detail.data.source.title ?? detail.data.source.url ?? detail.data.source.publisher ?? t("review.untitled") : "…"}</Link>
          {detail.data?.source.publishedDate && <> · {formatDate(detail.data.source.publishedDate, "day", i18n.language)}</>}
          {" · "}<Link to={`/review?sourceId=${p.sourceId}`}>{t("review.onlyThisSource")}</Link>
        </figcaption>
      </figure>

      {p.kind === "incident" && p.suggestions.people.length > 0 && (
        <section className="warning suggestions" aria-label={t("review.suggestedPeople")}>
          <strong>{t("review.suggestedPeople")}</strong>
          <ul>
            {p.suggestions.people.map((s) => (
              <li key={s.personId} data-testid="suggested-person">
                <Link to={`/people/${s.personId}`} className="name-value">{s.names?.join(" / ") ?? s.personId}</Link>{" "}
                <span className="badge">{s.outcome === "same" ? t("form.sameOutcome") : t("form.possibleOutcome")} · {Math.round(s.score * 100)}%</span>
                {s.reasons.length > 0 && <span className="muted small" data-testid="match-reasons"> · {matchReasonLabels(t, s.reasons, s.reasonCodes).join("; ")}</span>}{" "}
                <button type="button" className="small-button" disabled={busy} onClick={() => accept.mutate({ personId: s.personId })}>
                  {t("review.linkPerson")}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {p.kind === "incident" && p.suggestions.incidents.length > 0 && (
        <section className="warning suggestions" aria-label={t("review.knownIncidents")}>
          <strong>{t("review.knownIncidents")}</strong>
          <ul>
            {p.suggestions.incidents.map((s) => (
              <li key={s.incidentId}>
                <Link to={`/people/${s.personId}`}>{labelOf(t, "incidentType", s.type)} · {formatDate(s.startDate, "day", i18n.language)}</Link>{" "}
                <button type="button" className="small-button" disabled={busy} onClick={() => accept.mutate({ incidentId: s.incidentId })}>
                  {t("review.addAsSource")}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      {mode === "edit" && p.kind === "incident" && <EditForm p={p} busy={busy} onCancel={() => setMode("idle")} onAccept={(edits) => accept.mutate({ edits })} />}
      {mode === "reject" && <RejectForm busy={busy} onCancel={() => setMode("idle")} onReject={(reason) => reject.mutate(reason)} />}
      {(accept.error ?? reject.error) && <ErrorNote error={accept.error ?? reject.error} />}

      {mode === "idle" && (
        <div className="actions">
          <button type="button" className="primary" disabled={busy} onClick={() => accept.mutate({})} data-testid="accept-new">
            {p.kind === "incident" ? t("review.acceptNew") : t("review.accept")}
          </button>
          {p.kind === "incident" && <button type="button" disabled={busy} onClick={() => setMode("edit")}>{t("review.editAccept")}</button>}
          <button type="button" disabled={busy} onClick={() => setMode("reject")}>{t("review.reject")}</button>
        </div>
      )}
    </article>
  );
}

function IncidentFacts({ p }: { p: Extract<Proposal, { kind: "incident" }> }) {
  const { t, i18n } = useTranslation();
  const it = p.item;
  const place = p.suggestions.place;
  const sentence = it.legal.sentence;
  return (
    <dl className="facts">
      <dt>{t("review.asWritten")}</dt><dd>{it.person}{it.role && <span className="muted"> · {t(`role.${it.role}`)}</span>}</dd>
      <dt>{t("form.type")}</dt><dd>{t(`incidentType.${it.type}`)}</dd>
      <dt>{t("form.date")}</dt><dd>{formatDate(it.date, it.date_precision, i18n.language)}</dd>
      <dt>{t("form.place")}</dt>
      <dd>
        {it.place ?? "—"}
        {place && <span className="muted small"> → <PlaceName id={place.placeId} text={place.name} /> ({labelOf(t, "adminLevel", place.adminLevel)})</span>}
        {it.place && !place && <span className="muted small"> · {t("review.notInGazetteer")}</span>}
      </dd>
      <dt>{t("form.perpetrator")}</dt><dd>{it.perpetrator ? labelOf(t, "perpetratorKind", it.perpetrator) : "—"}</dd>
      <dt>{t("form.legal")}</dt>
      <dd>{[it.legal.articles.join(", "), sentence?.text].filter(Boolean).join(" — ") || "—"}</dd>
    </dl>
  );
}

function EditForm({ p, busy, onCancel, onAccept }: {
  p: Extract<Proposal, { kind: "incident" }>; busy: boolean; onCancel: () => void; onAccept: (edits: IncidentEdits) => void;
}) {
  const { t } = useTranslation();
  const it = p.item;
  const [type, setType] = useState<IncidentType>(it.type);
  const [precision, setPrecision] = useState<DatePrecision>(it.date_precision);
  const [date, setDate] = useState(it.date ?? "");
  const [place, setPlace] = useState<Place | null>(null);
  const [placeText, setPlaceText] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const edits: IncidentEdits = { type, startPrecision: precision, startDate: isoDateOf(date, precision) };
    // Only a place the reviewer touched is sent: otherwise the server keeps the gazetteer match it suggested.
    if (place) { edits.placeId = place.id; edits.placeText = null; }
    else if (placeText !== null) { edits.placeId = null; edits.placeText = placeText.trim() || null; }
    onAccept(edits);
  };
  return (
    <form className="edit-proposal" onSubmit={submit} aria-label={t("review.editAccept")}>
      <div className="row">
        <label className="field">
          <span>{t("form.type")}</span>
          <select value={type} onChange={(e) => setType(e.target.value as IncidentType)} autoFocus data-testid="edit-type">
            <IncidentTypeOptions />
          </select>
        </label>
        <label className="field">
          <span>{t("form.date")}</span>
          <input value={date} onChange={(e) => setDate(e.target.value)} disabled={precision === "unknown"} placeholder="YYYY-MM-DD" pattern="\d{4}(-\d{2}(-\d{2})?)?" />
        </label>
        <label className="field">
          <span>{t("form.precision")}</span>
          <select value={precision} onChange={(e) => setPrecision(e.target.value as DatePrecision)}>
            {PRECISIONS.map((x) => <option key={x} value={x}>{t(`precision.${x}`)}</option>)}
          </select>
        </label>
      </div>
      <PlacePicker label={t("form.place")} placeId={place?.id ?? p.suggestions.place?.placeId ?? null} onChange={setPlace} onTextChange={setPlaceText} />
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{t("review.acceptChanges")}</button>
        <button type="button" onClick={onCancel}>{t("review.cancel")}</button>
      </div>
    </form>
  );
}

function RejectForm({ busy, onCancel, onReject }: { busy: boolean; onCancel: () => void; onReject: (reason: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  return (
    <form className="row align-end" onSubmit={(e) => { e.preventDefault(); if (reason.trim()) onReject(reason.trim()); }}>
      <label className="field grow">
        <span>{t("review.reason")}</span>
        <input value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus placeholder={t("review.rejectHint")} data-testid="reject-reason" />
      </label>
      <button type="submit" disabled={busy || !reason.trim()}>{t("review.reject")}</button>
      <button type="button" onClick={onCancel}>{t("review.cancel")}</button>
    </form>
  );
}
