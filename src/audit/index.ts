export { GENESIS_HASH, AUDIT_ACTIONS, hashEntry, sha256Hex, ChainWalker, type AuditEntry, type AuditAction, type ChainProblem } from "./chain.js";
