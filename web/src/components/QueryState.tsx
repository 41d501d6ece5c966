import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { UseQueryResult } from "@tanstack/react-query";
import { ApiError } from "../api/client.js";

/** Loading and error states shown the same way on every screen. */
export function QueryState({ query, children }: { query: Pick<UseQueryResult<unknown>, "isPending" | "error">; children: ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending) return <p className="loading" role="status">{t("common.loading")}</p>;
  if (query.error) return <ErrorNote error={query.error} />;
  return <>{children}</>;
}

export function ErrorNote({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const msg = error instanceof ApiError
    ? error.status === 404 ? t("common.notFound") : `${t("common.error")} (${error.code}): ${error.message}`
    : t("common.networkError");
  return <p role="alert" className="error">{msg}</p>;
}
