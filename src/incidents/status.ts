/**
 * A person's current status, derived from what happened to them (incidents) and their legal track (proceedings).
 * Never typed in: a monitor records "administrative arrest, 15 days, from 7 January" and Vigil works out
 * "serving sentence until 21 January", the days held, and whether the release is overdue.
 */
import { addDays, addMonths, daysBetweenInclusive } from "../core/dates.js";
import type { Incident, Proceeding } from "../contract/records.js";

export const PERSON_STATUSES = [
  "unknown", "at_large", "detained", "awaiting_trial", "serving_sentence", "house_arrest", "released", "missing", "dead",
] as const;
export type PersonStatus = (typeof PERSON_STATUSES)[number];

export const HELD_STATUSES: readonly PersonStatus[] = ["detained", "awaiting_trial", "serving_sentence", "house_arrest"];

export interface DerivedStatus {
  status: PersonStatus;
  /** When the current status began (for held people: the start of the current custody). */
  since: string | null;
  /** Expected release for people serving a sentence. */
  until: string | null;
  daysHeld: number | null;
  releaseOverdue: boolean;
}

type StatusIncident = Pick<Incident, "type" | "startDate" | "endDate">;
type StatusProceeding = Pick<Proceeding, "sentence" | "startDate" | "expectedReleaseDate" | "releasedDate" | "chargeStatus">;

interface Step { date: string; order: number; apply: (s: DerivedStatus) => DerivedStatus }

const held = (status: PersonStatus, date: string, until: string | null = null) => (s: DerivedStatus): DerivedStatus => ({
  status,
  // Custody continues across detention → arrest → sentence: keep the first day.
  since: HELD_STATUSES.includes(s.status) && s.since ? s.since : date,
  until: until ?? (status === s.status ? s.until : null),
  daysHeld: null,
  releaseOverdue: false,
});
const simple = (status: PersonStatus, date: string) => (): DerivedStatus => ({ status, since: date, until: null, daysHeld: null, releaseOverdue: false });

function sentenceEnd(p: StatusProceeding): string | null {
  if (p.expectedReleaseDate) return p.expectedReleaseDate;
  const s = p.sentence;
  if (!s || !p.startDate || s.length === null || s.unit === null) return null;
  // The day of arrest counts as the first day served.
  if (s.unit === "days") return addDays(p.startDate, s.length - 1);
  if (s.unit === "months") return addDays(addMonths(p.startDate, s.length), -1);
  return addDays(addMonths(p.startDate, s.length * 12), -1);
}

export function deriveStatus(incidents: readonly StatusIncident[], proceedings: readonly StatusProceeding[], today: string): DerivedStatus {
  const steps: Step[] = [];
  for (const i of incidents) {
    const d = i.startDate;
    if (!d || d > today) continue;
    switch (i.type) {
      case "detention":
      case "border_detention":
        steps.push({ date: d, order: 1, apply: held("detained", d) });
        if (i.endDate && i.endDate <= today) steps.push({ date: i.endDate, order: 5, apply: simple("released", i.endDate) });
        break;
      case "criminal_arrest":
        steps.push({ date: d, order: 2, apply: held("awaiting_trial", d) });
        break;
      case "administrative_arrest":
        steps.push({ date: d, order: 3, apply: held("serving_sentence", d, i.endDate) });
        break;
      case "house_arrest":
        steps.push({ date: d, order: 3, apply: held("house_arrest", d, i.endDate) });
        break;
      case "release":
      case "acquittal":
        steps.push({ date: d, order: 6, apply: simple("released", d) });
        break;
      case "missing":
      case "enforced_disappearance":
      case "abduction":
        steps.push({ date: d, order: 4, apply: simple("missing", d) });
        break;
      case "killing":
        steps.push({ date: d, order: 9, apply: simple("dead", d) });
        break;
      default:
        break;
    }
  }
  for (const p of proceedings) {
    const s = p.sentence;
    if (s && p.startDate && !s.suspended && (s.kind === "imprisonment" || s.kind === "administrative_arrest") && p.startDate <= today) {
      steps.push({ date: p.startDate, order: 3, apply: held("serving_sentence", p.startDate, sentenceEnd(p)) });
    }
    if (p.releasedDate && p.releasedDate <= today) steps.push({ date: p.releasedDate, order: 6, apply: simple("released", p.releasedDate) });
    if (p.chargeStatus === "acquitted" || p.chargeStatus === "dropped") {
      // Dropped charges free a person held awaiting trial, but only a recorded release date says when.
      if (p.releasedDate === null && p.startDate) steps.push({ date: p.startDate, order: 0, apply: (st) => st });
    }
  }
  steps.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.order - b.order));

  let st: DerivedStatus = { status: incidents.length || proceedings.length ? "at_large" : "unknown", since: null, until: null, daysHeld: null, releaseOverdue: false };
  for (const step of steps) {
    if (st.status === "dead") break;
    st = step.apply(st);
  }
  if (HELD_STATUSES.includes(st.status) && st.since) {
    st.daysHeld = daysBetweenInclusive(st.since, today);
    st.releaseOverdue = st.until !== null && st.until < today;
  }
  return st;
}
