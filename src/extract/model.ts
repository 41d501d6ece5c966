/**
 * What the extraction stages pass each other: people (entities and their mentions), triggers, the victims a trigger
 * reaches, reports waiting for names; the sets of incident kinds and the closed word classes more than one stage reads.
 */
import type { Legal } from "../contract/extraction.js";
import type { IncidentType, PersonRole } from "../contract/vocab.js";
import type { DateMention } from "./dates.js";
import type { NameMention } from "./names.js";
import type { PlaceSpan } from "./places.js";
import type { TriggerDef } from "./triggers.js";

export interface Entity {
  id: number;
  words: string[];
  lower: string[];
  gender: "m" | "f" | null;
  role: PersonRole | null;
  official: boolean;
  relative: boolean;
  last: number;
}

export interface Mention extends NameMention {
  entity: Entity;
  speaker: boolean;
  /** Named as the source of what the sentence reports ("по словам жены X, Y, …"): never its victim, kin or not. */
  source: boolean;
}

export interface Trigger {
  def: TriggerDef;
  start: number;
  end: number;
  first: number;
  last: number;
}

export interface Victims {
  entities: Entity[];
  confidence: number;
  /** "…был задержан X, а 8 марта — Y и Z": the names after the dash, and where the gapped clause's date may stand. */
  gapped?: { entities: Entity[]; start: number; end: number };
}

/** A trigger with the people it reaches. */
export interface Attached {
  tr: Trigger;
  victims: Victims;
  coordinated: boolean;
  attributive: boolean;
  /** "Суд приговорил 11 человек, в том числе X и Y": the report names only some of the group it counted. */
  partial?: boolean;
}

export const AUX = new Set(["was", "were", "been", "being", "is", "are", "be", "got", "get", "gets", "getting"]);
export const ADVERBS = new Set([
  "also", "later", "then", "reportedly", "allegedly", "subsequently", "briefly", "first", "again", "finally", "eventually",
  "already", "still", "recently", "initially", "previously", "immediately", "both", "all", "each", "themselves", "had",
  "has", "have", "once", "twice", "repeatedly", "forcibly", "illegally", "violently", "severely", "badly", "officially",
  "brutally", "arbitrarily", "unlawfully", "wrongfully", "secretly", "temporarily", "formally", "abruptly", "quietly",
  "now", "just", "since",
]);
export const PRON_SG_EN: Record<string, "m" | "f"> = { he: "m", him: "m", his: "m", himself: "m", she: "f", her: "f", herself: "f" };
export const PRON_PL_EN = new Set(["they", "them", "their", "both", "themselves"]);
export const PRON_SG_RU: Record<string, "m" | "f"> = { он: "m", его: "m", ему: "m", него: "m", нему: "m", им: "m", нём: "m", она: "f", её: "f", ее: "f", ей: "f", неё: "f", нее: "f", ней: "f" };
export const PRON_PL_RU = new Set(["они", "их", "них", "обоих", "оба", "обе", "всех", "троих", "двоих", "им", "ними"]);

/** What an unnamed report ("police detained two reporters on Wednesday") said, for the sentence that names them. */
export interface Pending {
  type: TriggerDef["type"];
  date: DateMention | undefined;
  place: PlaceSpan | undefined;
  until: number;
  /** The sentence that reported it, the kind its clause settles, and whether it counted the people ("five staff"). */
  si: number;
  refined: IncidentType;
  legal: Legal;
  counted: boolean;
}
export const isInitial = (w: string): boolean => /^\p{L}\.$/u.test(w);

export const LEGAL_TYPES = new Set<IncidentType>(["charge", "sentence", "fine", "administrative_arrest", "criminal_arrest", "appeal", "acquittal"]);
export const CUSTODY = new Set<string>(["detention", "arrest", "administrative_arrest", "criminal_arrest"]);
export const VERDICT = new Set<string>(["sentence", "administrative_arrest", "fine"]);
/** Kinds a later list of names ("The detained are: …", one name per line after a colon) can report for each. */
export const LISTABLE = new Set<IncidentType>(["detention", "administrative_arrest", "criminal_arrest", "house_arrest", "search", "charge", "sentence", "fine", "release"]);

export const eligible = (m: Mention): boolean => !m.possessor && !m.speaker && !m.entity.official && !m.commentator && !m.entity.relative;

export const pointDate = (d: DateMention | undefined): DateMention | undefined => (d?.range ? undefined : d);

export const spanDistance = (tr: { start: number; end: number }, pos: number): number => (pos < tr.start ? tr.start - pos : pos >= tr.end ? pos - tr.end : 0);

export function nearestOf<T extends { start: number }>(xs: T[], tr: { start: number; end: number }): T | undefined {
  return [...xs].sort((a, b) => spanDistance(tr, a.start) - spanDistance(tr, b.start))[0];
}

export const dedupe = <T>(xs: T[]): T[] => [...new Set(xs)];

/** What the document has said so far, beyond the current focus: for "all three" and for a pronoun whose gender rules the focus out. */
export interface Seen {
  /** Everyone named, most recently mentioned first. */
  people: Entity[];
  /** Everyone something happened to, most recent first. */
  victims: Entity[];
  /** Everyone something happened to in the latest paragraph that reported anything. */
  paragraph: Entity[];
  /** The relative of a person named only by kinship ("X and his son", "X's husband"): "X's son", one per document. */
  kin: (e: Entity, word: string) => Entity;
}

export const TERM_TYPES = new Set<string>(["sentence", "arrest", "administrative_arrest", "criminal_arrest", "fine"]);
