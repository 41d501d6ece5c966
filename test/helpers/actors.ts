import type { Actor } from "../../src/auth/policy.js";

export const ADMIN: Actor = { kind: "user", id: "usr_00000000000000000000000001", username: "admin", role: "admin" };
export const EDITOR: Actor = { kind: "user", id: "usr_00000000000000000000000002", username: "editor", role: "editor" };
export const MONITOR: Actor = { kind: "user", id: "usr_00000000000000000000000003", username: "monitor", role: "monitor" };
export const VIEWER: Actor = { kind: "user", id: "usr_00000000000000000000000004", username: "viewer", role: "viewer" };
