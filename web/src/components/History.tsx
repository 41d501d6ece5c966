import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { api } from "../api/client.js";
import type { HistoryEntry } from "../api/types.js";
import { formatInstant } from "../i18n/format.js";
import { labelOf } from "../i18n/labels.js";
import { QueryState } from "./QueryState.js";

/** Fields whose value differs between the before and after images of an audit entry. */
function changedFields(e: HistoryEntry): string[] {
  const keys = new Set([...Object.keys(e.before ?? {}), ...Object.keys(e.after ?? {})]);
  return [...keys].filter((k) => !["version", "updatedAt", "createdAt"].includes(k) && JSON.stringify(e.before?.[k]) !== JSON.stringify(e.after?.[k]));
}

export function History({ plural, id }: { plural: string; id: string }) {
  const { t, i18n } = useTranslation();
  const q = useQuery({ queryKey: ["history", plural, id], queryFn: () => api.history(plural, id) });
  return (
    <QueryState query={q}>
      {q.data && q.data.items.length === 0 && <p className="muted">{t("history.none")}</p>}
      {q.data && q.data.items.length > 0 && (
        <div className="table-scroll">
          <table className="simple">
            <thead><tr><th scope="col">{t("history.when")}</th><th scope="col">{t("history.who")}</th><th scope="col">{t("history.action")}</th><th scope="col">{t("history.fields")}</th><th scope="col">{t("history.reason")}</th></tr></thead>
            <tbody>
              {q.data.items.map((e) => (
                <tr key={e.seq}>
                  <td>{formatInstant(e.at, i18n.language)}</td>
                  <td>{e.actor ?? (e.actorId ? <code>{e.actorId.slice(-6)}</code> : t("history.system"))}</td>
                  <td>{labelOf(t, "history.actions", e.action)}</td>
                  <td>{e.before ? changedFields(e).join(", ") : ""}</td>
                  <td>{e.reason ?? ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </QueryState>
  );
}
