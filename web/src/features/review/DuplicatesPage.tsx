import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { api } from "../../api/client.js";
import type { MergeCandidate, MergeView, PersonRecord } from "../../api/types.js";
import { NameList, primaryName, StatusBadge, usePersonRecord } from "../../components/people.js";
import { ErrorNote, QueryState } from "../../components/QueryState.js";
import { matchReasonLabels } from "../../components/reasons.js";
import { formatDate, formatInstant, formatNumber } from "../../i18n/format.js";
import { labelOf } from "../../i18n/labels.js";

const PAGE = 20;

/** The merge queue: pairs that may be one person, side by side, merged or told apart by a human with a reason. */
export default function DuplicatesPage() {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get("page") ?? 0) || 0);
  const q = useQuery({
    queryKey: ["duplicates", page],
    queryFn: () => api.duplicates({ status: "pending", limit: PAGE, offset: page * PAGE }),
    placeholderData: keepPreviousData,
  });
  const scan = useMutation({
    mutationFn: api.scanDuplicates,
    onSuccess: () => qc.invalidateQueries({ queryKey: ["duplicates"] }),
  });
  const total = q.data?.total ?? 0;
  const go = (p: number) => setParams(p ? { page: String(p) } : {});
  return (
    <section className="page duplicates" aria-labelledby="dup-title">
      <div className="page-head">
        <h1 id="dup-title">{t("duplicates.title")}</h1>
        <span className="muted" data-testid="pair-count">{q.data ? t("duplicates.count", { count: total, formatted: formatNumber(total, i18n.language) }) : ""}</span>
        <Link to="/review" className="button">{t("nav.review")}</Link>
        <button type="button" onClick={() => scan.mutate()} disabled={scan.isPending}>{scan.isPending ? t("duplicates.scanning") : t("duplicates.scan")}</button>
      </div>
      {scan.data && <p role="status" className="muted">{t("duplicates.scanned", { count: scan.data.proposed })}</p>}
      {scan.error && <ErrorNote error={scan.error} />}
      <QueryState query={q}>
        {q.data?.items.length === 0 ? <p className="muted empty">{t("duplicates.empty")}</p> : (
          <div className="pairs">{q.data?.items.map((c) => <PairCard key={c.id} c={c} />)}</div>
        )}
        {total > PAGE && (
          <nav className="pager" aria-label={t("common.pages")}>
            <button type="button" disabled={page === 0} onClick={() => go(page - 1)}>{t("common.previous")}</button>
            <span className="muted">{t("common.pageOf", { page: page + 1, pages: Math.ceil(total / PAGE) })}</span>
            <button type="button" disabled={(page + 1) * PAGE >= total} onClick={() => go(page + 1)}>{t("common.next")}</button>
          </nav>
        )}
      </QueryState>
      <h2 id="merges-h">{t("duplicates.recentMerges")}</h2>
      <RecentMerges />
    </section>
  );
}

function PairCard({ c }: { c: MergeCandidate }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const a = c.personA;
  const b = c.personB;
  // The record with more names (usually the older, richer one) stays by default; the reviewer can choose the other.
  const [keep, setKeep] = useState<"a" | "b">(a && b && b.names.length > a.names.length ? "b" : "a");
  const [reason, setReason] = useState("");
  const refresh = () => qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "me" });
  const merge = useMutation({
    mutationFn: () => {
      const [target, merged] = keep === "a" ? [a!, b!] : [b!, a!];
      return api.merge({ targetId: target.id, mergedId: merged.id, reason: reason.trim(), candidateId: c.id });
    },
    onSuccess: refresh,
  });
  const apart = useMutation({ mutationFn: () => api.rejectDuplicate(c.id, reason.trim()), onSuccess: refresh });
  const busy = merge.isPending || apart.isPending;
  if (!a || !b) return null;
  const headingId = `pair-${c.id}`;
  const onSubmit = (e: FormEvent) => { e.preventDefault(); if (reason.trim()) merge.mutate(); };
  return (
    <article className="card pair" aria-labelledby={headingId} data-testid="pair">
      <header className="proposal-head">
        <h3 id={headingId}>{primaryName(a)} · {primaryName(b)}</h3>
        <span className="badge">{c.outcome === "same" ? t("form.sameOutcome") : t("form.possibleOutcome")}</span>
        <span className="muted small">{t("duplicates.score", { value: Math.round(c.score * 100) })}</span>
      </header>
      {c.reasons.length > 0 && <p className="small" data-testid="match-reasons"><span className="muted">{t("duplicates.reasons")}:</span> {matchReasonLabels(t, c.reasons, c.reasonCodes).join("; ")}</p>}
      <form onSubmit={onSubmit}>
        <fieldset className="pair-grid">
          <legend className="visually-hidden">{t("duplicates.keep")}</legend>
          <PersonColumn p={a} name={`keep-${c.id}`} checked={keep === "a"} onCheck={() => setKeep("a")} />
          <PersonColumn p={b} name={`keep-${c.id}`} checked={keep === "b"} onCheck={() => setKeep("b")} />
        </fieldset>
        <div className="row align-end">
          <label className="field grow">
            <span>{t("review.reason")}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required placeholder={t("duplicates.reasonHint")} data-testid="pair-reason" />
          </label>
          <button type="submit" className="primary" disabled={busy || !reason.trim()} data-testid="merge">{t("duplicates.merge")}</button>
          <button type="button" disabled={busy || !reason.trim()} onClick={() => apart.mutate()}>{t("duplicates.different")}</button>
        </div>
        {(merge.error ?? apart.error) && <ErrorNote error={merge.error ?? apart.error} />}
      </form>
    </article>
  );
}

function PersonColumn({ p, name, checked, onCheck }: { p: PersonRecord; name: string; checked: boolean; onCheck: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`pair-person${checked ? " keep" : ""}`} data-testid="pair-person">
      <label className="keep-choice">
        <input type="radio" name={name} checked={checked} onChange={onCheck} /> {t("duplicates.keepThis")}
      </label>
      <NameList names={p.names} />
      <dl className="facts small">
        <dt>{t("person.roles")}</dt><dd>{p.roles.length ? p.roles.map((r) => t(`role.${r}`)).join(", ") : "—"}</dd>
        <dt>{t("person.birthDate")}</dt><dd>{formatDate(p.birthDate, p.birthDatePrecision, i18n.language)}</dd>
        <dt>{t("person.status")}</dt><dd><StatusBadge status={p.status} compact /></dd>
        <dt>{t("duplicates.added")}</dt><dd>{formatInstant(p.createdAt, i18n.language)}</dd>
      </dl>
      <Link to={`/people/${p.id}`}>{t("duplicates.openPerson")}</Link>
    </div>
  );
}

function RecentMerges() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ["merges"], queryFn: () => api.merges({ limit: 20 }) });
  return (
    <QueryState query={q}>
      {q.data?.items.length === 0 ? <p className="muted">{t("duplicates.noMerges")}</p> : (
        <ul className="merges" aria-labelledby="merges-h" data-testid="merges">
          {q.data?.items.map((m) => <MergeRow key={m.id} m={m} />)}
        </ul>
      )}
    </QueryState>
  );
}

function MergeRow({ m }: { m: MergeView }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const target = usePersonRecord(m.targetId);
  const merged = usePersonRecord(m.mergedId);
  const [undoing, setUndoing] = useState(false);
  const [reason, setReason] = useState("");
  const undo = useMutation({
    mutationFn: () => api.undoMerge(m.id, reason.trim()),
    onSuccess: () => qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== "me" }),
  });
  const nameOf = (rec: typeof target) => (rec.data ? primaryName(rec.data) : "…");
  return (
    <li className="card merge-row" data-testid="merge-row">
      <p>
        <Link to={`/people/${m.mergedId}`}>{nameOf(merged)}</Link> → <Link to={`/people/${m.targetId}`} className="name-value">{nameOf(target)}</Link>
        <span className="muted small"> · {formatInstant(m.decidedAt, i18n.language)} · {t("duplicates.moved", { count: m.moved.incidents.length + m.moved.proceedings.length + m.moved.claims.length })}</span>
        {m.reason && <span className="small"> · {m.reason}</span>}
        {m.undoneAt && <span className="badge"> {t("duplicates.undone")}</span>}
      </p>
      {!m.undoneAt && (undoing ? (
        <form className="row align-end" onSubmit={(e) => { e.preventDefault(); if (reason.trim()) undo.mutate(); }}>
          <label className="field grow">
            <span>{t("review.reason")}</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} required autoFocus data-testid="undo-reason" />
          </label>
          <button type="submit" disabled={undo.isPending || !reason.trim()}>{t("duplicates.undo")}</button>
          <button type="button" onClick={() => setUndoing(false)}>{t("review.cancel")}</button>
        </form>
      ) : <button type="button" className="small-button" onClick={() => setUndoing(true)}>{t("duplicates.undo")}</button>)}
      {undo.error && <ErrorNote error={undo.error} />}
    </li>
  );
}
