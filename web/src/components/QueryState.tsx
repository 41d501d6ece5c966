import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { UseQueryResult } from "@tanstack/react-query";
import { ApiError } from "../api/client.js";
import { ingestRejectionLabel } from "./reasons.js";

/** Loading and error states shown the same way on every screen. */
export function QueryState({ query, children }: { query: Pick<UseQueryResult<unknown>, "isPending" | "error">; children: ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (query.error) return <ErrorNote error={query.error} />;
  return <>{children}</>;
}

export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const rejection = error instanceof ApiError ? ingestRejectionLabel(t, error.details) : null;
  const msg = error instanceof ApiError
    ? error.status === 404 || isMalformedId(error) ? t("common.notFound")
      : rejection ? `${t("common.error")}: ${rejection}` : `${t("common.error")} (${error.code}): ${error.message}`
    : t("common.networkError");
  return <p role="alert" className="error">{msg}</p>;
}

/** A link to /people/xyz names nothing that could exist: to the reader that is "not found", not a schema message. */
function isMalformedId(error: ApiError): boolean {
  const issues = (error.details as { issues?: { path?: unknown }[] } | null)?.issues;
  return error.code === "validation_failed" && Array.isArray(issues) && issues.length > 0 && issues.every((i) => i.path === "params.id");
}
