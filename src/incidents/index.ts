export { deriveStatus, PERSON_STATUSES, HELD_STATUSES, type DerivedStatus, type PersonStatus } from "./status.js";
