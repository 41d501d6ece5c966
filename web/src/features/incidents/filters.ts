/** The incidents view's state lives in the URL, so a filtered, sorted view is a link a colleague can open. */
import type { Query } from "../../api/client.js";
import { STATUS_FILTERS } from "../../api/vocab.js";
import { INCIDENT_TYPES, PERSON_ROLES, VERIFICATION_STATUSES } from "../../../../src/contract/vocab.js";
import { isIsoDate } from "../../../../src/core/dates.js";
import { ID_PATTERN } from "../../../../src/core/ids.js";

export const FILTER_KEYS = ["q", "type", "dateFrom", "dateTo", "placeId", "role", "verification", "status", "personId"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export const SORTS = ["startDate", "createdAt", "updatedAt", "type"] as const;
export type Sort = (typeof SORTS)[number];

export interface ViewState {
  filters: Partial<Record<FilterKey, string>>;
  sort: Sort;
  order: "asc" | "desc";
}

/** The server's limit on a search (zListQuery's q). */
export const SEARCH_MAX = 200;

const listOf = (known: readonly string[]) => (v: string) => v.split(",").filter((x) => known.includes(x)).join(",");
const whole = (ok: (v: string) => boolean) => (v: string) => (ok(v) ? v : "");
/**
 * A link from an older version, a typo or a hand-edited URL must still open the list: values the server would refuse
 * are dropped here instead of turning the whole view into a validation error.
 */
const CLEAN: Record<FilterKey, (v: string) => string> = {
  q: (v) => v.trim().slice(0, SEARCH_MAX),
  type: listOf(INCIDENT_TYPES), role: listOf(PERSON_ROLES), verification: listOf(VERIFICATION_STATUSES), status: listOf(STATUS_FILTERS),
  dateFrom: whole(isIsoDate), dateTo: whole(isIsoDate), placeId: whole((v) => ID_PATTERN.test(v)), personId: whole((v) => ID_PATTERN.test(v)),
};

export function readView(params: URLSearchParams): ViewState {
  const filters: Partial<Record<FilterKey, string>> = {};
  for (const k of FILTER_KEYS) {
    const v = CLEAN[k](params.get(k) ?? "");
    if (v) filters[k] = v;
  }
  const s = params.get("sort");
  const sort = (SORTS as readonly string[]).includes(s ?? "") ? (s as Sort) : "startDate";
  return { filters, sort, order: params.get("order") === "asc" ? "asc" : "desc" };
}

export function toQuery(view: ViewState): Query {
  return { ...view.filters, sort: view.sort, order: view.order };
}
