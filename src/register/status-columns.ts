/** Which cached status columns a reader may see: status derived only from records visible at their access level. */
import type { AccessLevel } from "../auth/policy.js";

export interface StatusColumns { status: "status" | "istatus" | "pstatus"; since: "status_since" | "istatus_since" | "pstatus_since"; until: "status_until" | "istatus_until" | "pstatus_until" }

const COLUMNS: Record<AccessLevel, StatusColumns> = {
  confidential: { status: "status", since: "status_since", until: "status_until" },
  internal: { status: "istatus", since: "istatus_since", until: "istatus_until" },
  public: { status: "pstatus", since: "pstatus_since", until: "pstatus_until" },
};

export const statusColumns = (level: AccessLevel): StatusColumns => COLUMNS[level];
