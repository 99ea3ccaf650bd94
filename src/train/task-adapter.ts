/**
 * The trainer's view ({@link TaskSource}) of the modular-arithmetic task family of `src/tasks`:
 * prompts in the chat format, the ID test split and the chosen OOD split, the default tokenizer, EOS as
 * the stop token, and the reference solver's correct traces as offline solutions.
 */
import { Rng } from '../util/rng.js';
import { buildSplit, defaultTokenizer, formatPrompt, solve, type TaskItem, type SplitName } from '../tasks/index.js';
import { EOS } from '../tasks/tokenizer.js';
import type { TrainConfig } from '../config/train-config.js';
import type { TaskSource, TrainProblem } from './task-source.js';

/** Default number of training problems drawn (the `train` split's size). */
const DEFAULT_TRAIN_SIZE = 20000;

/** Build the task source for a config (splits are deterministic in their names and sizes). */
export function createTaskSource(config: Pick<TrainConfig, 'data' | 'validation'>): TaskSource {
  const tok = defaultTokenizer();
  const eos = tok.idOf(EOS);
  const toProblem = (it: TaskItem): TrainProblem => ({ id: it.id, prompt: tok.encode(formatPrompt(it.problem)), answer: it.answer });
  const trainItems = buildSplit('train', { size: config.data.train_size > 0 ? config.data.train_size : DEFAULT_TRAIN_SIZE });
  const problemText = new Map(trainItems.map((it) => [it.id, it.problem]));
  const v = config.validation;
  return {
    vocabSize: tok.vocabSize,
    train: trainItems.map(toProblem),
    idTest: v.id_size > 0 ? buildSplit(v.id_split as SplitName, { size: v.id_size }).map(toProblem) : [],
    oodTest: v.ood_size > 0 ? buildSplit(v.ood_split as SplitName, { size: v.ood_size }).map(toProblem) : [],
    decode: (t) => tok.decode(t),
    stopTokens: [eos],
    offlineSolutions(problem, count, seed) {
      const text = problemText.get(problem.id);
      if (text === undefined) return [];
      const rng = new Rng(seed);
      const out: Int32Array[] = [];
      for (let i = 0; i < count; i++) {
        const enc = tok.encode(solve(text, rng).trace);
        const withEos = new Int32Array(enc.length + 1);
        withEos.set(enc);
        withEos[enc.length] = eos;
        out.push(withEos);
      }
      return out;
    },
  };
}
