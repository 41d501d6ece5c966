/**
 * Who may do what. One declarative table, checked by every route and CLI verb through `can`/`assertCan`.
 * Access levels decide what a reader sees: public (published records through the redacting presenter), internal
 * (public + internal records, confidential fields removed) or confidential (everything).
 */
import { VigilError } from "../core/errors.js";
import type { Role } from "../contract/vocab.js";

export type Actor =
  | { kind: "anonymous" }
  | { kind: "user"; id: string; username: string; role: Role }
  /** Vigil itself: migrations, the gazetteer seed, the demo loader. */
  | { kind: "system" };

export const ANONYMOUS: Actor = { kind: "anonymous" };
export const SYSTEM: Actor = { kind: "system" };

export const ACTIONS = [
  "read_public", "read_internal", "read_confidential", "read_history",
  "create", "update", "delete", "merge", "review",
  "import", "export_full", "manage_users", "verify_integrity", "backup",
] as const;
export type Action = (typeof ACTIONS)[number];

const ALLOWED: Record<Role | "anonymous", readonly Action[]> = {
  anonymous: ["read_public"],
  viewer: ["read_public", "read_internal"],
  monitor: ["read_public", "read_internal", "read_confidential", "read_history", "create", "update", "review", "import"],
  editor: ["read_public", "read_internal", "read_confidential", "read_history", "create", "update", "delete", "merge", "review", "import", "export_full", "verify_integrity"],
  admin: ACTIONS,
};

export function can(actor: Actor, action: Action): boolean {
  if (actor.kind === "system") return true;
  return ALLOWED[actor.kind === "anonymous" ? "anonymous" : actor.role].includes(action);
}

const ACTION_WORDS: Record<Action, string> = {
  read_public: "read published records", read_internal: "read internal records", read_confidential: "read confidential records",
  read_history: "read the change history", create: "create records", update: "change records", delete: "delete records",
  merge: "merge people", review: "review proposals", import: "import data", export_full: "export the whole database",
  manage_users: "manage users", verify_integrity: "verify the history", backup: "back up or restore",
};

export function assertCan(actor: Actor, action: Action): void {
  if (can(actor, action)) return;
  if (actor.kind === "anonymous") throw new VigilError("unauthenticated", `sign in to ${ACTION_WORDS[action]}`);
  throw new VigilError("forbidden", `your role may not ${ACTION_WORDS[action]}`, { action });
}

export type AccessLevel = "public" | "internal" | "confidential";

export function accessLevel(actor: Actor): AccessLevel {
  if (can(actor, "read_confidential")) return "confidential";
  if (can(actor, "read_internal")) return "internal";
  return "public";
}

export function visibleVisibilities(level: AccessLevel): ("public" | "internal" | "confidential")[] {
  return level === "confidential" ? ["public", "internal", "confidential"] : level === "internal" ? ["public", "internal"] : ["public"];
}

export const actorId = (a: Actor): string | null => (a.kind === "user" ? a.id : null);
