import { useQueryClient } from "@tanstack/react-query";
import { useRef, useState, type KeyboardEvent } from "react";
import { useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import type { DatePrecision } from "../../../../src/core/dates.js";
import { CLAIM_CREDIBILITY, NAME_LANGS, PERSON_ROLES, SOURCE_KINDS, VERIFICATION_STATUSES } from "../../../../src/contract/vocab.js";
import { ApiError } from "../../api/client.js";
import type { Place, PersonRecord } from "../../api/types.js";
import { PlacePicker } from "../../components/PlacePicker.js";
import { primaryName, StatusBadge, usePersonRecord } from "../../components/people.js";
import { labelOf } from "../../i18n/labels.js";
import { DuplicateWarning, PersonPicker } from "./PersonPicker.js";
import { sourceUrlOf } from "../../components/sourceUrl.js";
import { submitIncident, type FormValues } from "./submit.js";
import { IncidentTypeOptions } from "../../components/vocab.js";

const PRECISIONS = ["day", "month", "year", "approximate", "unknown"] as const satisfies readonly DatePrecision[];

export default function NewIncidentPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [params] = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);

  const [personId, setPersonId] = useState<string | null>(params.get("personId"));
  const picked = usePersonRecord(personId);
  const [personText, setPersonText] = useState("");
  const [place, setPlace] = useState<Place | null>(null);
  const [placeText, setPlaceText] = useState("");
  const [error, setError] = useState<string | null>(null);

  const { register, handleSubmit, watch, setValue, formState } = useForm<FormValues>({
    defaultValues: {
      victimMode: "person", newRole: "", nameLang: "", victimGroup: "", victimCount: "",
      type: "detention", date: new Date().toISOString().slice(0, 10), precision: "day", perpetrator: "",
      articles: "", legalNote: "", description: "", verification: "unverified",
      sourceUrl: "", publisher: "", sourceTitle: "", publishedDate: "", sourceLang: "", sourceKind: "news_article", sourceText: "", quote: "", credibility: "6",
    },
  });
  const precision = watch("precision");
  const victimMode = watch("victimMode");
  const sourceText = watch("sourceText");
  const quote = watch("quote");
  const quoteMissing = quote.trim() !== "" && sourceText.indexOf(quote) < 0;

  const pick = (p: PersonRecord) => {
    qc.setQueryData(["person", p.id], p);
    setPersonId(p.id);
    setPersonText("");
  };

  const takeSelection = () => {
    const area = formRef.current?.elements.namedItem("sourceText");
    if (!(area instanceof HTMLTextAreaElement) || area.selectionEnd <= area.selectionStart) return;
    setValue("quote", area.value.slice(area.selectionStart, area.selectionEnd), { shouldDirty: true });
  };

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    if (values.victimMode === "person" && !personId && !personText.trim()) { setError(t("form.needPerson")); return; }
    if (values.victimMode === "group" && !values.victimGroup.trim()) { setError(t("form.needGroup")); return; }
    if (sourceUrlOf(values.sourceUrl) === "invalid") { setError(t("form.badUrl")); return; }
    if (quoteMissing) { setError(t("form.quoteNotInText")); return; }
    try {
      const res = await submitIncident(values, { personId, newPersonName: personText.trim(), placeId: place?.id ?? null, placeText: place ? "" : placeText.trim() });
      await qc.invalidateQueries();
      navigate(res.personId ? `/people/${res.personId}` : "/incidents?sort=createdAt", { state: { created: res.incidentId } });
    } catch (e) {
      setError(e instanceof ApiError ? `${t("common.error")} (${e.code}): ${e.message}` : t("common.networkError"));
    }
  });

  // Ctrl+Enter saves from anywhere in the form: the fastest path for a monitor entering case after case.
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void onSubmit(); }
  };

  return (
    <section className="page" aria-labelledby="new-title">
      <h1 id="new-title">{t("form.title")}</h1>
      <form ref={formRef} className="incident-form" onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate>
        <fieldset>
          <legend>{t("form.victim")}</legend>
          <div className="radio-row" role="radiogroup" aria-label={t("form.victim")}>
            <label><input type="radio" value="person" {...register("victimMode")} /> {t("form.aPerson")}</label>
            <label><input type="radio" value="group" {...register("victimMode")} /> {t("form.aGroup")}</label>
          </div>
          {victimMode === "person" && (personId ? (
            <div className="picked" data-testid="picked-person">
              <span className="name-value">{picked.data ? primaryName(picked.data) : "…"}</span>
              <StatusBadge status={picked.data?.status} compact />
              <button type="button" className="link" onClick={() => setPersonId(null)}>{t("form.changePerson")}</button>
            </div>
          ) : (
            <>
              <PersonPicker text={personText} onTextChange={setPersonText} onPick={pick} />
              {personText.trim().length >= 3 && (
                <>
                  <DuplicateWarning name={personText} onUse={pick} />
                  <p className="muted small" data-testid="new-person-note">{t("form.willCreate", { name: personText.trim() })}</p>
                  <div className="row">
                    <label className="field">
                      <span>{t("form.role")}</span>
                      <select {...register("newRole")}>
                        <option value="">—</option>
                        {PERSON_ROLES.map((r) => <option key={r} value={r}>{t(`role.${r}`)}</option>)}
                      </select>
                    </label>
                    <label className="field">
                      <span>{t("form.nameLang")}</span>
                      <select {...register("nameLang")}>
                        <option value="">—</option>
                        {NAME_LANGS.map((l) => <option key={l} value={l}>{labelOf(t, "lang", l)}</option>)}
                      </select>
                    </label>
                  </div>
                </>
              )}
            </>
          ))}
          {victimMode === "group" && (
            <div className="row">
              <label className="field grow"><span>{t("form.groupLabel")}</span><input {...register("victimGroup")} /></label>
              <label className="field"><span>{t("form.groupCount")}</span><input type="number" min={1} inputMode="numeric" {...register("victimCount")} /></label>
            </div>
          )}
        </fieldset>

        <fieldset>
          <legend>{t("form.what")}</legend>
          <div className="row">
            <label className="field">
              <span>{t("form.type")}</span>
              <select {...register("type", { required: true })} data-testid="type-select">
                <IncidentTypeOptions />
              </select>
            </label>
            <label className="field">
              <span>{t("form.date")}</span>
              {precision === "month"
                ? <input type="month" {...register("date")} />
                : precision === "year"
                  ? <input type="number" min={1900} max={2100} {...register("date")} />
                  : <input type="date" disabled={precision === "unknown"} {...register("date")} />}
            </label>
            <label className="field">
              <span>{t("form.precision")}</span>
              <select {...register("precision", { onChange: () => setValue("date", "") })}>
                {PRECISIONS.map((p) => <option key={p} value={p}>{t(`precision.${p}`)}</option>)}
              </select>
            </label>
          </div>
          <PlacePicker label={t("form.place")} placeId={place?.id ?? null} onChange={setPlace} onTextChange={setPlaceText} testId="place-input" />
          <div className="row">
            <label className="field grow"><span>{t("form.perpetrator")}</span><input {...register("perpetrator")} placeholder={t("form.perpetratorHint")} /></label>
            <label className="field">
              <span>{t("incidents.col.verification")}</span>
              <select {...register("verification")}>
                {VERIFICATION_STATUSES.map((v) => <option key={v} value={v}>{t(`verification.${v}`)}</option>)}
              </select>
            </label>
          </div>
          <div className="row">
            <label className="field grow"><span>{t("form.articles")}</span><input {...register("articles")} placeholder={t("form.articlesHint")} /></label>
            <label className="field grow"><span>{t("form.legalNote")}</span><input {...register("legalNote")} /></label>
          </div>
          <label className="field"><span>{t("form.description")}</span><textarea rows={3} {...register("description")} /></label>
        </fieldset>

        <fieldset>
          <legend>{t("form.source")}</legend>
          <div className="row">
            <label className="field grow"><span>{t("form.sourceUrl")}</span><input type="url" inputMode="url" {...register("sourceUrl")} placeholder="https://" /></label>
            <label className="field"><span>{t("form.publisher")}</span><input {...register("publisher")} /></label>
          </div>
          <div className="row">
            <label className="field grow"><span>{t("form.sourceTitle")}</span><input {...register("sourceTitle")} /></label>
            <label className="field"><span>{t("form.publishedDate")}</span><input type="date" {...register("publishedDate")} /></label>
            <label className="field">
              <span>{t("form.sourceKind")}</span>
              <select {...register("sourceKind")}>{SOURCE_KINDS.map((k) => <option key={k} value={k}>{labelOf(t, "sourceKind", k)}</option>)}</select>
            </label>
            <label className="field">
              <span>{t("form.sourceLang")}</span>
              <select {...register("sourceLang")}>
                <option value="">—</option>
                {NAME_LANGS.map((l) => <option key={l} value={l}>{labelOf(t, "lang", l)}</option>)}
              </select>
            </label>
          </div>
          <label className="field"><span>{t("form.sourceText")}</span><textarea rows={6} {...register("sourceText")} data-testid="source-text" /></label>
          <div className="row align-end">
            <label className="field grow">
              <span>{t("form.quote")}</span>
              <input {...register("quote")} aria-invalid={quoteMissing} aria-describedby="quote-help" data-testid="quote-input" />
            </label>
            <button type="button" onClick={takeSelection}>{t("form.takeSelection")}</button>
            <label className="field">
              <span>{t("source.credibility")}</span>
              <select {...register("credibility")}>{CLAIM_CREDIBILITY.map((c) => <option key={c} value={String(c)}>{c} — {t(`credibility.${c}`)}</option>)}</select>
            </label>
          </div>
          <p id="quote-help" className={quoteMissing ? "error small" : "muted small"}>{quoteMissing ? t("form.quoteNotInText") : t("form.quoteHelp")}</p>
        </fieldset>

        {error && <p role="alert" className="error">{error}</p>}
        <div className="actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting} data-testid="save-incident">{t("form.save")}</button>
          <span className="muted small">{t("form.saveShortcut")}</span>
        </div>
      </form>
    </section>
  );
}

