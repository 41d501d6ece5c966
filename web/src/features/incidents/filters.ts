/** The incidents view's state lives in the URL, so a filtered, sorted view is a link a colleague can open. */
import type { Query } from "../../api/client.js";

export const FILTER_KEYS = ["q", "type", "dateFrom", "dateTo", "placeId", "role", "verification", "status", "personId"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORTS = ["startDate", "createdAt", "updatedAt", "type"] as const;
export type Sort = (typeof SORTS)[number];

export interface ViewState {
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort;
  order: "asc" | "desc";
}

export function readView(params: URLSearchParams): ViewState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) filters[k] = v;
  }
  const s = params.get("sort");
  const sort = (SORTS as readonly string[]).includes(s ?? "") ? (s as Sort) : "startDate";
  return { filters, sort, order: params.get("order") === "asc" ? "asc" : "desc" };
}

export function toQuery(view: ViewState): Query {
  return { ...view.filters, sort: view.sort, order: view.order };
}
