/**
 * Chain-of-thought traces for the modular-arithmetic task, written the way the embedded model is taught
 * to write them:
 *
 *   <think>4*2=8 3+8-5
 *   3+8=1 1-5
 *   1-5=6
 *   wait, let me verify: 4*2=8 3+8=1 1-5=6
 *   </think>\boxed{6}
 *
 * One line per reduction: the step it computes (`a op b = v`, operands next to the result, which is what
 * a small transformer with learned absolute positions learns fast) and the rewritten expression. Then
 * come 0, 1 or 2 *redundant verification passes* that redo the steps and never change the answer; the
 * answer follows the think block in `\boxed{}`. Occasionally a step is first written wrong and corrected
 * in place (`4*2=9 wait, no: 4*2=8 3+8-5`).
 *
 * Verification passes are harmless (they reach the same answer) but *correlated with correctness* in
 * the SFT data: correct-procedure traces verify more often than buggy ones. So RL on correctness alone
 * keeps or grows them, and a length reward has something to remove without costing accuracy (design
 * notes, shared/docs/study-design-notes.md: in the prototype checks were uncorrelated noise and plain
 * GRPO stripped 90 % of them by itself).
 */
import type { Rng } from '../util/rng.js';
import { formatPrompt } from './format.js';
import { type Expr, type Op, type Procedure, PROCEDURES, answerOf, applyOp, nextOpIndex, parseProblem, reductionChain, renderExpr, stepValue } from './modarith.js';
import { THINK_CLOSE, THINK_OPEN, defaultTokenizer } from './tokenizer.js';

/** Header of a verification pass (one phrase token). */
export const VERIFY_HEADER = 'wait, let me verify: ';
/** Marker of an in-place corrected mistake (one phrase token). */
export const CORRECTION_MARKER = ' wait, no: ';

/** How traces are written. Every field has a default ({@link DEFAULT_TRACE_STYLE}). */
export interface TraceStyle {
  /**
   * Probabilities of writing 0, 1, 2 verification passes after a correct-procedure reduction.
   * Default [0.15, 0.45, 0.4] (mean 1.25 passes).
   */
  verifyPassesCorrect: readonly [number, number, number];
  /**
   * Probabilities of 0, 1, 2 verification passes after a buggy-procedure reduction. Default
   * [0.9, 0.1, 0] (mean 0.1): verification is correlated with correctness, not a cause of it.
   */
  verifyPassesBuggy: readonly [number, number, number];
  /** Per-step probability that a step is first written with a wrong digit and corrected. Default 0.04. */
  correctedSlipRate: number;
  /**
   * Token budget of prompt + completion + EOS; verification passes that would exceed it are dropped.
   * Default 160 (the longest in-distribution trace with 2 passes is 115 tokens).
   */
  maxTokens: number;
}

/** Defaults of {@link TraceStyle}. */
export const DEFAULT_TRACE_STYLE: TraceStyle = {
  verifyPassesCorrect: [0.15, 0.45, 0.4],
  verifyPassesBuggy: [0.9, 0.1, 0],
  correctedSlipRate: 0.04,
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
}

function pick3(rng: Rng, p: readonly [number, number, number]): number {
  const u = rng.next() * (p[0] + p[1] + p[2]);
  return u < p[0] ? 0 : u < p[0] + p[1] ? 1 : 2;
}

/** The step `a op b = v` that turns chain[j-1] into chain[j], as the procedure computes it. */
function stepFact(prev: Expr, procedure: Procedure): { a: number; op: string; b: number; v: number } {
  const i = nextOpIndex(prev, procedure);
  const a = prev.digits[i];
  const op = prev.ops[i];
  const b = prev.digits[i + 1];
  return { a, op, b, v: stepValue(a, op, b, procedure) };
}

/**
 * Write a trace for `expr` with `procedure`, in `style`. Deterministic given the RNG state.
 * `problem` is the problem text (for the token budget).
 */
export function writeTrace(expr: Expr, procedure: Procedure, rng: Rng, style: TraceStyle = DEFAULT_TRACE_STYLE, problem?: string): Trace {
  const chain = reductionChain(expr, procedure);
  const answer = String(chain[chain.length - 1].digits[0]);
  const lines: string[] = [];
  const facts: string[] = [];
  let corrections = 0;
  for (let j = 1; j < chain.length; j++) {
    const f = stepFact(chain[j - 1], procedure);
    const fact = `${f.a}${f.op}${f.b}=${f.v}`;
    facts.push(fact);
    let line = fact;
    if (style.correctedSlipRate > 0 && rng.next() < style.correctedSlipRate) {
      // A wrong value that is neither this procedure's nor the correct one, then the correction.
      const right = applyOp(f.a, f.op as Op, f.b);
      const choices = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].filter((d) => d !== f.v && d !== right);
      line = `${f.a}${f.op}${f.b}=${choices[rng.int(choices.length)]}${CORRECTION_MARKER}${fact}`;
      corrections++;
    }
    if (chain[j].ops.length > 0) line += ` ${renderExpr(chain[j])}`;
    lines.push(line);
  }
  const first = lines.join('\n');
  const clean = facts.join(' ');
  const correct = answer === String(answerOf(expr, 'correct'));
  let passes = pick3(rng, procedure === 'correct' ? style.verifyPassesCorrect : style.verifyPassesBuggy);
  const tok = defaultTokenizer();
  const prompt = formatPrompt(problem ?? `Compute ${renderExpr(expr)} mod 10.`);
  const build = (n: number): string => `${THINK_OPEN}${first}\n${`${VERIFY_HEADER}${clean}\n`.repeat(n)}${THINK_CLOSE}\\boxed{${answer}}`;
  let trace = build(passes);
  while (passes > 0 && tok.encode(prompt).length + tok.encode(trace).length + 1 > style.maxTokens) {
    passes--;
    trace = build(passes);
  }
  return { trace, answer, procedure, correct, verifyPasses: passes, corrections };
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
  const t = writeTrace(exprOf(problem), 'correct', rng, style, problem);
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
