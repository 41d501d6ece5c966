/**
 * Vocabularies the web needs at run time. src/contract/query.ts holds them next to zod schemas, which would pull
 * zod into the bundle; `satisfies` keeps this list checked against the contract's type.
 */
import type { PersonStatusValue } from "./types.js";

export const STATUS_FILTERS = [
  "held", "detained", "awaiting_trial", "serving_sentence", "house_arrest", "release_overdue", "missing", "dead", "released", "at_large", "unknown",
] as const satisfies readonly PersonStatusValue[];
