import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { Place } from "../api/types.js";
import { labelOf } from "../i18n/labels.js";
import { Combobox } from "./Combobox.js";
import { usePlaceRecord } from "./people.js";
import { useDebounced } from "./useDebounced.js";

/** A place from the gazetteer, found by any of its names in any language. */
interface Props {
  label: string;
  placeId: string | null;
  onChange: (p: Place | null) => void;
  /** Told what was typed, so a place missing from the gazetteer can be kept as text. */
  onTextChange?: (text: string) => void;
  testId?: string;
}

export function PlacePicker({ label, placeId, onChange, onTextChange, testId }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const current = usePlaceRecord(placeId);
  const [text, setText] = useState<string | null>(null);
  const shown = text ?? (current.data ? current.data.names[i18n.language] ?? current.data.name : "");
  const q = useDebounced(text ?? "", 150);
  const results = useQuery({
    queryKey: ["places", q],
    queryFn: ({ signal }) => api.places({ q, limit: 8 }, signal),
    enabled: q.trim().length >= 2,
    placeholderData: keepPreviousData,
  });
  const options = (results.data?.items ?? []).map((p) => ({
    id: p.id,
    label: p.names[i18n.language] ?? p.name,
    detail: [p.name !== (p.names[i18n.language] ?? p.name) ? p.name : null, labelOf(t, "adminLevel", p.adminLevel), p.country].filter(Boolean).join(" · "),
  }));
  return (
    <Combobox
      label={label}
      value={shown}
      testId={testId}
      onInputChange={(v) => { setText(v); onTextChange?.(v); if (placeId) onChange(null); }}
      options={options}
      loading={results.isFetching}
      emptyText={t("form.noPlace")}
      onSelect={(o) => {
        const p = results.data?.items.find((x) => x.id === o.id) ?? null;
        if (p) qc.setQueryData(["place", p.id], p);
        setText(null);
        onChange(p);
      }}
    />
  );
}
