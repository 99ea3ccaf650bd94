/**
 * Chain-of-thought traces for the modular-arithmetic task, written the way the embedded model is taught
 * to write them:
 *
 *   <think>4*2=8 3+8-5
 *   3+8=7 7-5
 *   7-5=2
 *   wait, let me verify: 4*2=8 3+8-5
 *   3+8=1 1-5
 *   1-5=6
 *   </think>\boxed{6}
 *
 * One line per reduction: the step it computes (`a op b=v`, one fact token then the digit) and the
 * rewritten expression. A step may slip (a wrong digit carried forward, `slipRate`) or be written wrong
 * and corrected in place (`4*2=9 wait, no: 4*2=8 3+8-5`). Then come 0, 1 or 2 verification passes; in the
 * default `rederive` style each derives the reduction again without slips and the boxed answer is the
 * last pass's result, so a pass fixes slips (not a buggy procedure's error).
 *
 * Verification is *correlated with correctness* in the SFT data: correct-procedure traces verify more
 * often than buggy ones, and a pass repairs slips. So RL on correctness keeps it, and once slips are
 * gone it is redundant length that a length reward can remove on easy problems (design notes,
 * shared/docs/study-design-notes.md: in the prototype checks were uncorrelated noise and plain GRPO
 * stripped 90 % of them by itself). See docs/tasks.md.
 */
import type { Rng } from '../util/rng.js';
import { formatPrompt } from './format.js';
import { type Expr, type Procedure, PROCEDURES, answerOf, applyOp, nextOpIndex, parseProblem, reduceAt, renderExpr, stepValue } from './modarith.js';
import { THINK_CLOSE, THINK_OPEN, defaultTokenizer } from './tokenizer.js';

/** Header of a verification pass (one phrase token). */
export const VERIFY_HEADER = 'wait, let me verify: ';
/** Marker of an in-place corrected mistake (one phrase token). */
export const CORRECTION_MARKER = ' wait, no: ';

/** How traces are written. Every field has a default ({@link DEFAULT_TRACE_STYLE}). */
export interface TraceStyle {
  /**
   * Probabilities of writing 0, 1, 2 verification passes after a correct-procedure reduction.
   * Default [0.35, 0.5, 0.15] (mean 0.8 passes).
   */
  verifyPassesCorrect: readonly [number, number, number];
  /**
   * Probabilities of 0, 1, 2 verification passes after a buggy-procedure reduction. Default
   * [0.85, 0.15, 0] (mean 0.15): careful solvers check more often.
   */
  verifyPassesBuggy: readonly [number, number, number];
  /** Per-step probability that a step is first written with a wrong digit and corrected. Default 0.04. */
  correctedSlipRate: number;
  /**
   * Per-step probability of an *uncorrected* slip: a wrong digit (neither the correct value nor the
   * procedure's) that the rest of the trace carries forward, as in the design notes' prototype (10 %).
   * These are the random, low-probability errors that RL removes by sharpening. Default 0.1.
   */
  slipRate: number;
  /**
   * What a verification pass writes. `facts`: the main chain's facts again on one line, as written
   * (slips included), so a pass is pure repetition. `rederive`: the whole reduction again, line by line,
   * computed cleanly by the same procedure, and the boxed answer is the last pass's result: a pass fixes
   * the main chain's slips (but not a buggy procedure), so reflection is useful on hard problems and
   * redundant on easy ones. Default `rederive`.
   */
  verifyStyle: 'facts' | 'rederive';
  /**
   * Token budget of prompt + completion + EOS; verification passes that would exceed it are dropped.
   * Default 160 (the longest in-distribution trace with 2 passes is 115 tokens).
   */
  maxTokens: number;
}

/** Defaults of {@link TraceStyle}. */
export const DEFAULT_TRACE_STYLE: TraceStyle = {
  verifyPassesCorrect: [0.35, 0.5, 0.15],
  verifyPassesBuggy: [0.85, 0.15, 0],
  correctedSlipRate: 0.04,
  slipRate: 0.1,
  verifyStyle: 'rederive',
  maxTokens: 160,
};

/** A written trace and what produced it. */
export interface Trace {
  /** The completion text: `<think>...</think>\boxed{a}` (no EOS). */
  trace: string;
  /** The answer the trace boxes (a digit, as a string). */
  answer: string;
  /** The procedure that wrote it. */
  procedure: Procedure;
  /** Whether `answer` equals the correct answer. */
  correct: boolean;
  /** Number of verification passes written. */
  verifyPasses: number;
  /** Number of corrected slips written. */
  corrections: number;
  /** Number of uncorrected slips written. */
  slips: number;
}

function pick3(rng: Rng, p: readonly [number, number, number]): number {
  const u = rng.next() * (p[0] + p[1] + p[2]);
  return u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
}

/** A digit other than the ones in `avoid`, uniformly. */
function otherDigit(rng: Rng, avoid: readonly number[]): number {
  const choices = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => !avoid.includes(d));
  return choices[rng.int(choices.length)];
}

/**
 * Write a trace for `expr` with `procedure`, in `style`. Deterministic given the RNG state.
 * `problem` is the problem text (for the token budget).
 */
export function writeTrace(expr: Expr, procedure: Procedure, rng: Rng, style: TraceStyle = DEFAULT_TRACE_STYLE, problem?: string): Trace {
  const main = writeChain(expr, procedure, rng, style);
  const rederive = style.verifyStyle === 'rederive';
  const check = rederive ? writeChain(expr, procedure, rng, { ...style, slipRate: 0, correctedSlipRate: 0 }) : main;
  const verifyText = rederive ? `${VERIFY_HEADER}${check.lines.join('\n')}\n` : `${VERIFY_HEADER}${main.facts.join(' ')}\n`;
  let passes = pick3(rng, procedure === 'correct' && (rederive || main.slips === 0) ? style.verifyPassesCorrect : style.verifyPassesBuggy);
  const tok = defaultTokenizer();
  const prompt = formatPrompt(problem ?? `Compute ${renderExpr(expr)} mod 10.`);
  const answerAfter = (n: number): string => (n > 0 ? check.answer : main.answer);
  const build = (n: number): string => `${THINK_OPEN}${main.lines.join('\n')}\n${verifyText.repeat(n)}${THINK_CLOSE}\\boxed{${answerAfter(n)}}`;
  const promptTokens = tok.encode(prompt).length;
  let trace = build(passes);
  while (passes > 0 && promptTokens + tok.encode(trace).length + 1 > style.maxTokens) {
    passes--;
    trace = build(passes);
  }
  const answer = answerAfter(passes);
  const correct = answer === String(answerOf(expr, 'correct'));
  return { trace, answer, procedure, correct, verifyPasses: passes, corrections: main.corrections, slips: main.slips };
}

/** The reduction lines of one pass over `expr`, with slips and corrections drawn from `style`. */
function writeChain(expr: Expr, procedure: Procedure, rng: Rng, style: TraceStyle): { lines: string[]; facts: string[]; answer: string; corrections: number; slips: number } {
  const lines: string[] = [];
  const facts: string[] = [];
  let corrections = 0;
  let slips = 0;
  let cur = expr;
  while (cur.ops.length > 0) {
    const i = nextOpIndex(cur, procedure);
    const a = cur.digits[i];
    const op = cur.ops[i];
    const b = cur.digits[i + 1];
    const right = applyOp(a, op, b);
    let v = stepValue(a, op, b, procedure);
    let line = '';
    if (style.correctedSlipRate > 0 && rng.next() < style.correctedSlipRate) {
      // A wrong value that is neither this procedure's nor the correct one, then the correction.
      line = `${a}${op}${b}=${otherDigit(rng, [v, right])}${CORRECTION_MARKER}`;
      corrections++;
    } else if (style.slipRate > 0 && rng.next() < style.slipRate) {
      v = otherDigit(rng, [v, right]);
      slips++;
    }
    const fact = `${a}${op}${b}=${v}`;
    facts.push(fact);
    line += fact;
    cur = reduceAt(cur, i, v);
    if (cur.ops.length > 0) line += ` ${renderExpr(cur)}`;
    lines.push(line);
  }
  return { lines, facts, answer: String(cur.digits[0]), corrections, slips };
}

function exprOf(problem: string): Expr {
  const e = parseProblem(problem);
  if (!e) throw new Error(`not a modular-arithmetic problem: ${JSON.stringify(problem)}`);
  return e;
}

/**
 * The reference solver: a correct trace for `problem` with natural variation (0-2 verification passes,
 * occasional corrected slips). Its answer is always right; use it for correct offline solutions
 * (positive-sample injection) and for tests against the verifier.
 */
export function solve(problem: string, rng: Rng, style: TraceStyle = DEFAULT_TRACE_STYLE): { trace: string; answer: string } {
  // Uncorrected slips are SFT noise; a reference solution never carries one (corrected slips stay).
  const t = writeTrace(exprOf(problem), 'correct', rng, { ...style, slipRate: 0 }, problem);
  return { trace: t.trace, answer: t.answer };
}

/** Mixture of procedures in the SFT data (relative weights). */
export type ProcedureMix = Readonly<Record<Procedure, number>>;

/**
 * Default SFT mixture: 40 % correct, 30 % each of the two systematic bugs. The bugs change the answer on
 * about 25 % (left_to_right) and 29 % (drop_sign) of in-distribution problems, so a perfect imitation
 * of this data scores about 0.83 pass@1 and 0.5 on `trap`; the model's own slips bring it lower.
 */
export const DEFAULT_PROCEDURE_MIX: ProcedureMix = { correct: 0.4, left_to_right: 0.3, drop_sign: 0.3 };

/** One SFT trace for `problem`: a procedure drawn from `mix`, then written in `style`. */
export function sampleSftTrace(problem: string, rng: Rng, mix: ProcedureMix = DEFAULT_PROCEDURE_MIX, style: TraceStyle = DEFAULT_TRACE_STYLE): Trace {
  const total = PROCEDURES.reduce((s, p) => s + mix[p], 0);
  if (!(total > 0) || PROCEDURES.some((p) => !(mix[p] >= 0))) {
    throw new Error(`procedure mix must have non-negative weights with a positive sum, got ${JSON.stringify(mix)}`);
  }
  let u = rng.next() * total;
  let procedure: Procedure = PROCEDURES[PROCEDURES.length - 1];
  for (const p of PROCEDURES) {
    if (u < mix[p]) {
      procedure = p;
      break;
    }
    u -= mix[p];
  }
  return writeTrace(exprOf(problem), procedure, rng, style, problem);
}
