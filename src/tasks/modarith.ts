/**
 * The synthetic task family: evaluate a chain of single digits joined by `+ - *` with the usual operator
 * precedence, modulo 10. Example: `Compute 3+4*2-5 mod 10.` → 4*2 = 8, 3+8 = 1, 1-5 = 6 → `6`.
 *
 * Difficulty is the number of terms k (k-1 operators). Every value stays a single digit, which the
 * PyTorch prototype (shared/docs/study-design-notes.md) found learnable by a 0.6M-parameter model in
 * minutes, while two-digit arithmetic was not.
 *
 * Besides the correct procedure this file defines the systematic, plausible *buggy* procedures the
 * cold-start SFT data mixes in (design notes: "the paper's mechanism needs systematic, high-probability
 * wrong paths ... that fire on some inputs"):
 * - `left_to_right`: ignores precedence and always reduces the leftmost operator. It changes the answer
 *   only when a `*` follows a `+` or `-`.
 * - `drop_sign`: computes `a-b` as |a-b| (forgets to wrap a negative difference). It changes the answer
 *   only when some subtraction has a smaller left operand.
 * On other inputs a buggy procedure gives the right answer, so whether a wrong path is punished depends on
 * the problem, as with real reasoning errors.
 */
import type { Rng } from '../util/rng.js';

/** The operators of the task. */
export type Op = '+' | '-' | '*';
export const OPS: readonly Op[] = ['+', '-', '*'];

/** A problem: k digits and k-1 operators. */
export interface Expr {
  /** Digits 0..9, length k >= 1. */
  digits: number[];
  /** Operators, length k-1. */
  ops: Op[];
}

/** Procedures that reduce an expression step by step: the correct one and the systematic bugs. */
export type Procedure = 'correct' | 'left_to_right' | 'drop_sign';
export const PROCEDURES: readonly Procedure[] = ['correct', 'left_to_right', 'drop_sign'];

/** The modulus of the task (answers are 0..9). */
export const MODULUS = 10;

/** Render an expression compactly: `3+4*2-5`. */
export function renderExpr(e: Expr): string {
  let s = String(e.digits[0]);
  for (let i = 0; i < e.ops.length; i++) s += e.ops[i] + String(e.digits[i + 1]);
  return s;
}

/** The problem text of an expression: `Compute 3+4*2-5 mod 10.` (phrase tokens of the tokenizer). */
export function problemText(e: Expr): string {
  return `Compute ${renderExpr(e)} mod 10.`;
}

const PROBLEM_RE = /^Compute ([0-9](?:[-+*][0-9])*) mod 10\.$/;
const EXPR_RE = /^[0-9](?:[-+*][0-9])*$/;

/**
 * Parse a problem (`Compute 3+4*2-5 mod 10.`) or a bare expression (`3+4*2-5`). Returns null when the
 * text is not of this task family.
 */
export function parseProblem(text: string): Expr | null {
  const t = text.trim();
  const m = PROBLEM_RE.exec(t);
  const body = m ? m[1] : EXPR_RE.test(t) ? t : null;
  if (body === null) return null;
  const digits: number[] = [];
  const ops: Op[] = [];
  for (let i = 0; i < body.length; i++) {
    if (i % 2 === 0) digits.push(body.charCodeAt(i) - 48);
    else ops.push(body[i] as Op);
  }
  return { digits, ops };
}

/** a op b modulo 10 as the correct procedure computes it. */
export function applyOp(a: number, op: Op, b: number): number {
  switch (op) {
    case '+':
      return (a + b) % MODULUS;
    case '-':
      return (((a - b) % MODULUS) + MODULUS) % MODULUS;
    case '*':
      return (a * b) % MODULUS;
    default: {
      const never: never = op;
      throw new Error(`unknown operator ${String(never)}`);
    }
  }
}

/** Index of the operator a procedure reduces next: the leftmost `*` if any (precedence), else the leftmost. */
export function nextOpIndex(e: Expr, procedure: Procedure): number {
  if (e.ops.length === 0) throw new Error('nextOpIndex: expression has no operator left');
  if (procedure === 'left_to_right') return 0;
  const star = e.ops.indexOf('*');
  return star >= 0 ? star : 0;
}

/** The value a procedure writes for `a op b`. */
export function stepValue(a: number, op: Op, b: number, procedure: Procedure): number {
  if (procedure === 'drop_sign' && op === '-') return Math.abs(a - b);
  return applyOp(a, op, b);
}

/** One reduction: the operator at `index` and its operands replaced by `value`. */
export function reduceAt(e: Expr, index: number, value: number): Expr {
  const digits = e.digits.slice();
  const ops = e.ops.slice();
  digits.splice(index, 2, value);
  ops.splice(index, 1);
  return { digits, ops };
}

/**
 * The chain of expressions a procedure writes, from the problem to a single digit:
 * [`3+4*2-5`, `3+8-5`, `1-5`, `6`] for the correct procedure.
 */
export function reductionChain(e: Expr, procedure: Procedure): Expr[] {
  const chain: Expr[] = [e];
  let cur = e;
  while (cur.ops.length > 0) {
    const i = nextOpIndex(cur, procedure);
    cur = reduceAt(cur, i, stepValue(cur.digits[i], cur.ops[i], cur.digits[i + 1], procedure));
    chain.push(cur);
  }
  return chain;
}

/** The answer a procedure reaches (a digit 0..9). */
export function answerOf(e: Expr, procedure: Procedure = 'correct'): number {
  const chain = reductionChain(e, procedure);
  return chain[chain.length - 1].digits[0];
}

/** Whether a buggy procedure reaches a wrong answer on this problem ("the bug fires"). */
export function bugFires(e: Expr, procedure: Procedure): boolean {
  return answerOf(e, procedure) !== answerOf(e, 'correct');
}

/** Options of {@link randomExpr}. */
export interface ExprDistribution {
  /** Smallest number of terms (>= 2). */
  minTerms: number;
  /** Largest number of terms. */
  maxTerms: number;
  /** Relative weights of `+`, `-`, `*`. Default equal. */
  opWeights?: readonly [number, number, number];
  /** Relative weights of k = minTerms..maxTerms (one per k). Default equal. */
  termWeights?: readonly number[];
}

/** A random problem: k uniform in [minTerms, maxTerms], digits uniform 0..9, operators by weight. */
export function randomExpr(rng: Rng, dist: ExprDistribution): Expr {
  const { minTerms, maxTerms } = dist;
  if (!(Number.isInteger(minTerms) && Number.isInteger(maxTerms) && minTerms >= 1 && maxTerms >= minTerms)) {
    throw new Error(`randomExpr: need integers 1 <= minTerms <= maxTerms, got ${minTerms}..${maxTerms}`);
  }
  const w = dist.opWeights ?? [1, 1, 1];
  const total = w[0] + w[1] + w[2];
  if (!(total > 0) || w.some((x) => x < 0)) throw new Error(`randomExpr: bad operator weights ${w.join(',')}`);
  let k = minTerms + rng.int(maxTerms - minTerms + 1);
  const tw = dist.termWeights;
  if (tw) {
    if (tw.length !== maxTerms - minTerms + 1 || tw.some((x) => !(x >= 0)) || !(tw.reduce((a, b) => a + b, 0) > 0)) {
      throw new Error(`randomExpr: termWeights needs ${maxTerms - minTerms + 1} non-negative weights with a positive sum, got ${tw.join(',')}`);
    }
    let u = rng.next() * tw.reduce((a, b) => a + b, 0);
    k = maxTerms;
    for (let i = 0; i < tw.length; i++) {
      if (u < tw[i]) {
        k = minTerms + i;
        break;
      }
      u -= tw[i];
    }
  }
  const digits: number[] = [];
  const ops: Op[] = [];
  for (let i = 0; i < k; i++) {
    digits.push(rng.int(10));
    if (i < k - 1) {
      const u = rng.next() * total;
      ops.push(u < w[0] ? '+' : u < w[0] + w[1] ? '-' : '*');
    }
  }
  return { digits, ops };
}
