export type { Ctx } from "./context.js";
export { createRecord, updateRecord, deleteRecord, getRecord, listRecords, createCapture, captureContent, recordHistory, withWrite } from "./service.js";
export { verifyIntegrity, type IntegrityReport, type IntegrityProblem } from "./integrity.js";
export { exportAll, importAll, type ImportReport } from "./transfer.js";
export { createUser, updateUser, listUsers, login, logout, resolveActor, createApiToken, countUsers, type PublicUser, SESSION_DAYS } from "./users.js";
export { seedGazetteer } from "./seed.js";
export { PLURAL } from "./kinds.js";
export type { Rec } from "./load.js";
