export { NAMED_IN_PUBLIC, present, SHIELDED } from "./presenters.js";
export { incidentsToCsv, peopleToCsv, INCIDENT_CSV_COLUMNS, PERSON_CSV_COLUMNS } from "./csv.js";
