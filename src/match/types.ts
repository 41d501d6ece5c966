import type { MatchReason } from "../contract/reason-codes.js";

export type NameContext = {
  birthYear?: number | null;
  region?: string | null;
  role?: string | null;
  outlet?: string | null;
  sex?: "female" | "male" | null;
};
export type Mention = NameContext & { name: string };
export type MatchOutcome = "same" | "possible" | "different";
export type MatchResult = {
  outcome: MatchOutcome;
  /** 0..1; "same" ≥ 0.8, "possible" 0.4–0.79, "different" ≤ 0.3. */
  score: number;
  /** Short English phrases, safe to show a reviewer (no names): the text of `reasonCodes`, kept for API clients. */
  reasons: string[];
  /** The same reasons as codes with parameters, for clients to say in their reader's language. */
  reasonCodes: MatchReason[];
};
export type TransliterationSystem = "bgn_pcgn" | "iso9" | "icao" | "kazakh_latin_2021" | "press";
