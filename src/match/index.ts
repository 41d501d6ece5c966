/**
 * Names across scripts: index keys, candidate comparison with reasons, clustering of mentions, transliteration.
 * Pure functions only (no I/O): the store indexes `nameKeys`, the search box sends `queryKeys`, and the few
 * candidates an index query returns are judged with `compareNames` / `comparePeople`.
 */
export type { MatchOutcome, MatchResult, Mention, NameContext, TransliterationSystem } from "./types.js";
export type { FamilyForm, NamePart, ParsedName, Patronymic } from "./parse.js";
export { parseName } from "./parse.js";
export { NAME_KEY_VERSION, nameKeys, queryIndexKeys, queryKeys } from "./keys.js";
export { compareNames, comparePeople } from "./compare.js";
export { clusterMentions } from "./cluster.js";
export { transliterate } from "./transliterate.js";
