/**
 * Dataset splits of the modular-arithmetic task, in the shape of the paper's benchmarks (`problem`,
 * `answer`, plus `id`, `difficulty` = number of terms, `split`). Evaluation splits have fixed seeds, so
 * every study evaluates on the same problems; the training split never contains an evaluation problem.
 *
 * | split | terms | what it tests |
 * |---|---|---|
 * | `train` | 2-5 | in-distribution training prompts (SFT and RL), with replacement |
 * | `id_test` | 2-5 | in-distribution test (500) |
 * | `trap` | 3-5 | in-distribution problems on which *both* systematic bugs change the answer (500) |
 * | `ood_long` | 6-7 | out of distribution: longer chains than any training problem (500) |
 * | `ood_mult` | 4-5 | out of distribution: `*` four times as frequent, long runs of products (500) |
 * | `small` | 2-5 | a fixed 30-problem benchmark (AIME-sized) for run-to-run instability (30) |
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../util/errors.js';
import { readJsonOrJsonl } from '../util/jsonl.js';
import { Rng } from '../util/rng.js';
import { type Expr, type ExprDistribution, answerOf, bugFires, problemText, randomExpr } from './modarith.js';

/** One problem of a split. JSONL lines have exactly these fields. */
export interface TaskItem {
  /** `<split>-<index>`, e.g. `id_test-0007`. */
  id: string;
  /** Problem text, e.g. `Compute 3+4*2-5 mod 10.` */
  problem: string;
  /** Reference answer, a digit as a string. */
  answer: string;
  /** Number of terms k. */
  difficulty?: number;
  /** Name of the split it belongs to. */
  split: string;
}

/** Names of the built-in splits. */
export type SplitName = 'train' | 'id_test' | 'trap' | 'ood_long' | 'ood_mult' | 'small';
export const SPLIT_NAMES: readonly SplitName[] = ['train', 'id_test', 'trap', 'ood_long', 'ood_mult', 'small'];
/** The evaluation splits (everything but `train`). */
export const EVAL_SPLITS: readonly SplitName[] = ['id_test', 'trap', 'ood_long', 'ood_mult', 'small'];

/** How a split is drawn. */
export interface SplitSpec {
  /** One line for humans. */
  description: string;
  /** Problem distribution. */
  distribution: ExprDistribution;
  /** Default number of problems. */
  size: number;
  /** Default seed (fixed for evaluation splits). */
  seed: number;
  /** Keep only problems for which this holds. */
  filter?: (e: Expr) => boolean;
  /** Whether problems are distinct within the split (evaluation splits) or drawn with replacement (train). */
  distinct: boolean;
}

/** The in-distribution problem distribution: 2-5 terms, operators equally likely. */
export const ID_DISTRIBUTION: ExprDistribution = { minTerms: 2, maxTerms: 5 };

/** Specifications of the built-in splits. */
export const SPLITS: Readonly<Record<SplitName, SplitSpec>> = {
  train: { description: 'in-distribution training prompts (2-5 terms)', distribution: ID_DISTRIBUTION, size: 20000, seed: 0, distinct: false },
  id_test: { description: 'in-distribution test (2-5 terms)', distribution: ID_DISTRIBUTION, size: 500, seed: 101, distinct: true },
  trap: {
    description: 'in-distribution problems where both systematic bugs change the answer (3-5 terms)',
    distribution: { minTerms: 3, maxTerms: 5 },
    size: 500,
    seed: 102,
    filter: (e) => bugFires(e, 'left_to_right') && bugFires(e, 'drop_sign'),
    distinct: true,
  },
  ood_long: { description: 'out of distribution: longer chains (6-7 terms)', distribution: { minTerms: 6, maxTerms: 7 }, size: 500, seed: 103, distinct: true },
  ood_mult: {
    description: 'out of distribution: products four times as frequent (4-5 terms)',
    distribution: { minTerms: 4, maxTerms: 5, opWeights: [1, 1, 4] },
    size: 500,
    seed: 104,
    distinct: true,
  },
  small: { description: 'fixed 30-problem benchmark (2-5 terms), AIME-sized', distribution: ID_DISTRIBUTION, size: 30, seed: 105, distinct: true },
};

/** Options of {@link buildSplit}. */
export interface BuildSplitOptions {
  /** Number of problems (default: the split's size). */
  size?: number;
  /** Seed (default: the split's fixed seed). */
  seed?: number;
  /** Weights of the number of terms, one per k of the split's range (default equal); e.g. SFT data that favours short problems. */
  termWeights?: readonly number[];
}

function draw(name: SplitName, spec: SplitSpec, size: number, seed: number, exclude: ReadonlySet<string>): TaskItem[] {
  const rng = new Rng(seed);
  const seen = new Set<string>();
  const items: TaskItem[] = [];
  const maxTries = 1000 * size + 100000;
  for (let tries = 0; items.length < size; tries++) {
    if (tries > maxTries) throw new Error(`split ${name}: could not draw ${size} problems in ${maxTries} tries (only ${items.length})`);
    const e = randomExpr(rng, spec.distribution);
    if (spec.filter && !spec.filter(e)) continue;
    const problem = problemText(e);
    if (exclude.has(problem)) continue;
    if (spec.distinct) {
      if (seen.has(problem)) continue;
      seen.add(problem);
    }
    items.push({
      id: `${name}-${String(items.length).padStart(size > 9999 ? 5 : 4, '0')}`,
      problem,
      answer: String(answerOf(e)),
      difficulty: e.digits.length,
      split: name,
    });
  }
  return items;
}

let evalProblems: Set<string> | undefined;
/** Problem texts of every evaluation split at its default size and seed (excluded from `train` and `small`). */
export function evalProblemSet(): ReadonlySet<string> {
  if (!evalProblems) {
    const s = new Set<string>();
    for (const name of EVAL_SPLITS) {
      if (name === 'small') continue;
      for (const it of draw(name, SPLITS[name], SPLITS[name].size, SPLITS[name].seed, new Set())) s.add(it.problem);
    }
    evalProblems = s;
  }
  return evalProblems;
}

/**
 * Build one split. Deterministic in (name, size, seed). `train` excludes every evaluation problem (at
 * the default sizes and seeds) and draws with replacement; `small` is disjoint from the other evaluation
 * splits; other evaluation splits are distinct within themselves.
 */
export function buildSplit(name: SplitName, options: BuildSplitOptions = {}): TaskItem[] {
  const base = SPLITS[name];
  const spec = options.termWeights && base ? { ...base, distribution: { ...base.distribution, termWeights: options.termWeights } } : base;
  if (!spec) throw new InputError(`unknown split ${JSON.stringify(name)}; valid: ${SPLIT_NAMES.join(', ')}`);
  const size = options.size ?? spec.size;
  const seed = options.seed ?? spec.seed;
  if (!(Number.isInteger(size) && size >= 0)) throw new InputError(`split ${name}: size must be a non-negative integer, got ${size}`);
  if (name === 'train' || name === 'small') {
    const exclude = new Set(evalProblemSet());
    if (name === 'train') for (const it of draw('small', SPLITS.small, SPLITS.small.size, SPLITS.small.seed, evalProblemSet())) exclude.add(it.problem);
    return draw(name, spec, size, seed, exclude);
  }
  return draw(name, spec, size, seed, new Set());
}

/** Write items as JSON lines (`id`, `problem`, `answer`, `difficulty`, `split`), creating parent folders. */
export function writeItemsJsonl(file: string, items: readonly TaskItem[]): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, items.map((it) => JSON.stringify(it)).join('\n') + (items.length ? '\n' : ''));
}

/**
 * Read task items from JSON/JSONL. Needs string `problem`; `answer` may be a string or a number (AMC
 * style). Missing `id` becomes `<file basename>-<index>`. Errors name the file and line.
 */
export function readTaskItems(file: string): TaskItem[] {
  const rows = readJsonOrJsonl(file);
  return rows.map((r, i) => {
    const line = file.endsWith('.json') ? undefined : i + 1;
    if (typeof r !== 'object' || r === null) throw new InputError('expected an object with "problem" and "answer"', file, line);
    const o = r as Record<string, unknown>;
    if (typeof o.problem !== 'string') throw new InputError('"problem" must be a string', file, line);
    if (typeof o.answer !== 'string' && typeof o.answer !== 'number') throw new InputError('"answer" must be a string or a number', file, line);
    return {
      id: typeof o.id === 'string' ? o.id : `item-${i}`,
      problem: o.problem,
      answer: String(o.answer),
      difficulty: typeof o.difficulty === 'number' ? o.difficulty : undefined,
      split: typeof o.split === 'string' ? o.split : 'custom',
    };
  });
}
