import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../../api/client.js";
import type { PersonRecord } from "../../api/types.js";
import { Combobox } from "../../components/Combobox.js";
import { primaryName } from "../../components/people.js";
import { useDebounced } from "../../components/useDebounced.js";
import { labelOf } from "../../i18n/labels.js";
import { NAME_MAX } from "./submit.js";
import { matchReasonLabels } from "../../components/reasons.js";

interface Props {
  text: string;
  onTextChange: (text: string) => void;
  onPick: (p: PersonRecord) => void;
}

/** Suggests people already in the register, found by any of their names in any script or spelling. */
export function PersonPicker({ text, onTextChange, onPick }: Props) {
  const { t } = useTranslation();
  const q = useDebounced(text.trim(), 150);
  const results = useQuery({
    queryKey: ["people-suggest", q],
    queryFn: ({ signal }) => api.people({ q, limit: 8 }, signal),
    enabled: q.length >= 2,
    placeholderData: keepPreviousData,
  });
  const people = results.data?.items ?? [];
  const options = people.map((p) => ({
    id: p.id,
    label: primaryName(p),
    detail: [
      p.names.filter((n) => n.value !== primaryName(p)).slice(0, 2).map((n) => n.value).join(", "),
      p.roles.map((r) => t(`role.${r}`)).join(", "),
      p.status ? labelOf(t, "status", p.status.status) : "",
    ].filter(Boolean).join(" · "),
  }));
  return (
    <Combobox
      label={t("form.person")}
      name="person"
      testId="person-input"
      maxLength={NAME_MAX}
      autoFocus
      value={text}
      onInputChange={onTextChange}
      options={options}
      loading={results.isFetching}
      emptyText={t("form.noPersonFound")}
      onSelect={(o) => { const p = people.find((x) => x.id === o.id); if (p) onPick(p); }}
      hint={<p className="muted small">{t("form.personHint")}</p>}
    />
  );
}

/** Before a new person is created: people who may be the same, with the matcher's reasons. */
export function DuplicateWarning({ name, onUse }: { name: string; onUse: (p: PersonRecord) => void }) {
  const { t } = useTranslation();
  const q = useDebounced(name.trim(), 300);
  const c = useQuery({
    queryKey: ["candidates", q],
    queryFn: ({ signal }) => api.candidates(q, signal),
    enabled: q.length >= 3,
  });
  const items = c.data?.items ?? [];
  if (!items.length) return null;
  return (
    <div className="warning" role="alert" data-testid="duplicate-warning">
      <p><strong>{t("form.possibleDuplicate")}</strong> {t("form.possibleDuplicateHelp")}</p>
      <ul>
        {items.map((cand) => (
          <li key={cand.person.id}>
            <span>{primaryName(cand.person)}</span>{" "}
            <span className="muted small">
              {cand.person.names.slice(1, 3).map((n) => n.value).join(", ")} · {cand.outcome === "same" ? t("form.sameOutcome") : t("form.possibleOutcome")} ({Math.round(cand.score * 100)}%)
              {cand.reasons.length > 0 && <> · {matchReasonLabels(t, cand.reasons, cand.reasonCodes).join("; ")}</>}
            </span>{" "}
            <button type="button" className="small-button" onClick={() => onUse(cand.person)}>{t("form.useThisPerson")}</button>
          </li>
        ))}
      </ul>
    </div>
  );
}
