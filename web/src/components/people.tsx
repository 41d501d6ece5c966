import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { PersonRecord, PersonStatus } from "../api/types.js";
import { formatDate } from "../i18n/format.js";
import { labelOf } from "../i18n/labels.js";

/** The name a person was first recorded under, exactly as written: never transliterated for display. */
export function primaryName(p: Pick<PersonRecord, "names">): string {
  return (p.names.find((n) => n.kind === "official") ?? p.names[0])?.value ?? "—";
}

export function usePersonRecord(id: string | null, enabled = true) {
  return useQuery({
    queryKey: ["person", id],
    queryFn: () => api.person(id!),
    enabled: Boolean(id) && enabled,
    staleTime: 5 * 60_000,
  });
}

export function usePlaceRecord(id: string | null, enabled = true) {
  return useQuery({
    queryKey: ["place", id],
    queryFn: () => api.place(id!),
    enabled: Boolean(id) && enabled,
    // The gazetteer changes rarely; a place fetched once serves the whole session.
    staleTime: Infinity,
  });
}

export function PlaceName({ id, text, enabled = true }: { id: string | null; text?: string | null; enabled?: boolean }) {
  const { i18n } = useTranslation();
  const q = usePlaceRecord(id, enabled);
  if (!id) return <>{text ?? "—"}</>;
  if (!q.data) return <span className="muted">…</span>;
  // Gazetteer names are per language; show the reader's language when the gazetteer has it.
  return <>{q.data.names[i18n.language] ?? q.data.name}</>;
}

export function StatusBadge({ status, compact = false }: { status: PersonStatus | undefined; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  if (!status) return null;
  const cls = `badge status-${status.status}${status.releaseOverdue ? " overdue" : ""}`;
  const parts = [labelOf(t, "status", status.status)];
  if (status.daysHeld !== null) parts.push(t("person.daysHeld", { count: status.daysHeld }));
  if (status.releaseOverdue) parts.push(t("person.releaseOverdue"));
  const until = status.until && !status.releaseOverdue && status.daysHeld !== null ? t("person.until", { date: formatDate(status.until, "day", i18n.language) }) : null;
  const full = [...parts, ...(until ? [until] : [])].join(" · ");
  // A narrow column cuts the compact badge short: the whole status stays readable on hover.
  return <span className={cls} title={full}>{compact ? parts.join(" · ") : full}</span>;
}

/** Every name of a person in every script, exactly as recorded (never transliterated), with its script, language and kind. */
export function NameList({ names }: { names: PersonRecord["names"] }) {
  const { t } = useTranslation();
  return (
    <ul className="names">
      {names.map((n) => (
        <li key={n.id}>
          <span lang={n.lang ?? undefined} className="name-value">{n.value}</span>{" "}
          <span className="muted small">{[n.script, n.lang, labelOf(t, "nameKind", n.kind)].filter(Boolean).join(" · ")}</span>
        </li>
      ))}
    </ul>
  );
}
