export type { Ctx } from "./context.js";
export { createRecord, updateRecord, deleteRecord, getRecord, getMany, listRecords, createCapture, captureContent, recordHistory, withWrite } from "./service.js";
export { verifyIntegrity, type IntegrityReport, type IntegrityProblem } from "./integrity.js";
export { exportAll, importAll, type ImportReport } from "./transfer.js";
export { createUser, updateUser, listUsers, login, logout, resolveActor, createApiToken, countUsers, type PublicUser, SESSION_DAYS } from "./users.js";
export { seedGazetteer } from "./seed.js";
export { PLURAL } from "./kinds.js";
export type { Rec } from "./load.js";
export { overview, type Overview } from "./overview.js";
export { importIncidentsCsv, importPeopleCsv, INCIDENT_IMPORT_FIELDS, PERSON_IMPORT_FIELDS, type CsvRowError } from "./csv-import.js";
export { backupLines, restoreLines, BACKUP_FORMAT } from "./backup.js";
export { personTimeline, findCandidates, type Timeline, type Candidate } from "./people.js";
// Write helpers for use cases outside the register that compose several records in one audited transaction (verify, pipeline).
export { insertRecord, insertCapture, updateRecordRow, type WriteEnv } from "./write.js";
export { loadRecord } from "./load.js";
export { parseInput, INPUT_SCHEMAS } from "./kinds.js";
export type { AuditAppender } from "./audit-log.js";
export { findDuplicates, listMergeCandidates, rejectCandidate, mergePeople, unmergePeople, listMerges, CANDIDATE_STATUSES, type DuplicateScanReport, type MergeCandidateView, type MergeView } from "./merge.js";
export { proposalSnapshot } from "./snapshots.js";
