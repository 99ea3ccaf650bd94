/**
 * Size limits of strict grading (rule 9): inputs beyond them are rejected before anything is parsed,
 * so no input can make a parser recurse deeply or run long. Chosen well above real answers: the longest
 * reference in ../shared/data is under 400 characters and R1-style responses of 32k tokens are ~130 kB.
 */
export const LIMITS = {
  /** Longest response graded at all (characters); longer ones are rejected as adversarial. */
  maxResponseChars: 400_000,
  /** Longest final answer handed to the equivalence check (characters). */
  maxAnswerChars: 1_000,
  /** Longest single value handed to the LaTeX parser (characters); parse time grows with length. */
  maxParseChars: 600,
  /** Deepest `{}`/`()`/`[]` nesting accepted inside an answer. */
  maxNesting: 40,
  /** Most `\boxed` occurrences in the answer part before the response counts as an enumeration of candidates. */
  maxBoxes: 8,
  /** Most members of a list/set/tuple answer. */
  maxItems: 64,
  /**
   * Longest text after (or between) final answers examined for hedges, retractions and corrections,
   * in characters after whitespace runs are compacted. The sentence rules are regular expressions; a
   * bounded, compacted tail keeps each grade linear in the response (a box followed by 100,000 newlines
   * took 39 s before this bound).
   */
  maxTailChars: 4_000,
} as const;
