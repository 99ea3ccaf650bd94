/**
 * What the trainer needs from a task family, in one narrow interface: tokenised prompts with their
 * references, the ID/OOD test sets, decoding, stop tokens, and correct offline solutions for injection.
 * `src/train/task-adapter.ts` builds it from `src/tasks`; tests can build one by hand.
 */
import type { Reference } from '../verify/types.js';

/** One problem as the trainer sees it. */
export interface TrainProblem {
  /** Stable id (the GRPO group uid and the `prompt_id` of rollouts.jsonl). */
  id: string;
  /** The formatted prompt, tokenised (ends where the model starts answering). */
  prompt: Int32Array;
  /** Reference answer handed to the verifier. */
  answer: Reference;
}

export interface TaskSource {
  /** Vocabulary size of the tokenizer (must equal the model's). */
  vocabSize: number;
  train: TrainProblem[];
  /** In-distribution test problems. */
  idTest: TrainProblem[];
  /** Out-of-distribution test problems. */
  oodTest: TrainProblem[];
  /** Token ids -> text (the response text the verifier grades). */
  decode(tokens: Int32Array): string;
  /** Generation stops after any of these tokens (EOS). */
  stopTokens: number[];
  /**
   * `count` correct offline solutions (response tokens, stop token included) for a training problem,
   * drawn with `seed` (the solver writes varied traces). Used by offline injection.
   */
  offlineSolutions(problem: TrainProblem, count: number, seed: number): Int32Array[];
}
