// The small part of az (Russian morphology, OpenCorpora dictionaries) that the extractor calls.
declare module "az" {
  interface AzTag {
    toString(): string;
    [grammeme: string]: unknown;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    /** Where the parse came from: "Dictionary" for a known word, a guesser's name otherwise. */
    parser: string;
    normalize(keepPOS?: boolean): AzParse;
  }
  interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(callback: (err?: unknown) => void): void;
    init(path: string, callback: (err?: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
