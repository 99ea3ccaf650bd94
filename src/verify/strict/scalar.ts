/**
 * One mathematical value (no lists, sets, equations): parse with the Compute Engine's LaTeX parser
 * (@cortex-js/compute-engine 0.140.0, non-canonical, so nothing is evaluated while parsing), convert
 * the MathJSON to dissect's bounded expression tree, and decide equality (strict rules 4 and 5):
 * exact BigInt rationals first, then numeric probing at complex points; non-finite values are
 * undecided; a decimal never equals an exact irrational reference; a reference written as a rounded
 * decimal accepts any value that rounds to it.
 */
import { ComputeEngine } from '@cortex-js/compute-engine';
import { children, evalExact, freeSymbols, hasFloat, hasRealOnlyOps, mapLeaves, parseDecimal, probeEqual, probeEqualPositive, probeEqualReal, ratToNumber, TOO_BIG, evalComplex, type Decision, type Expr, type Rational } from '../expr.js';
import { LIMITS } from './limits.js';
import { parseLatexFast } from './latex-expr.js';

let engine: ComputeEngine | undefined;
/** The parser instance, created on first use (parsing is stateless: non-canonical parses declare nothing). */
function ce(): ComputeEngine {
  engine ??= new ComputeEngine();
  return engine;
}

class Unsupported extends Error {}

/** Most terms of a finite `\sum`/`\prod` that is expanded (strict mode). */
const MAX_SERIES_TERMS = 200;
/** Most nodes of an expanded series (terms times the size of one term). */
const MAX_SERIES_NODES = 4000;

/** Number of nodes of `e`, counting stops past `cap`. */
function exprSize(e: Expr, cap: number): number {
  let n = 0;
  const stack: Expr[] = [e];
  while (stack.length > 0 && n <= cap) {
    const x = stack.pop() as Expr;
    n++;
    if (x.k === 'add' || x.k === 'mul' || x.k === 'fn') stack.push(...x.a);
    else if (x.k === 'neg') stack.push(x.a);
    else if (x.k === 'div') stack.push(x.a, x.b);
    else if (x.k === 'pow') stack.push(x.b, x.e);
  }
  return n;
}

const FN: Record<string, string> = {
  Sin: 'sin', Cos: 'cos', Tan: 'tan', Cot: 'cot', Sec: 'sec', Csc: 'csc', Arcsin: 'asin', Arccos: 'acos', Arctan: 'atan',
  Sinh: 'sinh', Cosh: 'cosh', Tanh: 'tanh', Exp: 'exp', Ln: 'ln', Lb: 'log2', Lg: 'log10', Abs: 'abs', Factorial: 'factorial',
  Binomial: 'binom', Floor: 'floor', Ceil: 'ceil', Sqrt: 'sqrt',
};

function isIntLiteral(j: unknown): boolean {
  return typeof j === 'number' && Number.isInteger(j);
}

function numberExpr(v: number): Expr {
  if (Number.isInteger(v) && Number.isSafeInteger(v)) return { k: 'num', v: { n: BigInt(v), d: 1n } };
  if (!Number.isFinite(v)) return v > 0 ? { k: 'const', name: 'inf' } : Number.isNaN(v) ? { k: 'fn', name: 'nan', a: [] } : { k: 'neg', a: { k: 'const', name: 'inf' } };
  const text = String(v);
  const exact = parseDecimal(text);
  if (exact && exact.d === 1n) return { k: 'num', v: exact };
  return { k: 'float', v, text };
}

/** MathJSON (non-canonical) to an expression tree; throws Unsupported for anything not a plain value. */
export function fromMathJson(j: unknown, depth = 0): Expr {
  if (depth > LIMITS.maxNesting * 2) throw new Unsupported('too deep');
  if (typeof j === 'number') return numberExpr(j);
  if (typeof j === 'string') {
    switch (j) {
      case 'Pi':
        return { k: 'const', name: 'pi' };
      case 'ExponentialE':
      case 'e':
        return { k: 'const', name: 'e' };
      case 'ImaginaryUnit':
      case 'i':
        return { k: 'const', name: 'i' };
      case 'PositiveInfinity':
      case 'ComplexInfinity':
        return { k: 'const', name: 'inf' };
      case 'NegativeInfinity':
        return { k: 'neg', a: { k: 'const', name: 'inf' } };
      case 'Half':
        return { k: 'num', v: { n: 1n, d: 2n } };
      case 'Nothing':
      case 'ContinuationPlaceholder':
        throw new Unsupported(j);
      default:
        if (j.startsWith("'")) throw new Unsupported('text');
        return { k: 'sym', name: j };
    }
  }
  if (j && typeof j === 'object' && !Array.isArray(j)) {
    const o = j as { num?: string; sym?: string; str?: string };
    if (typeof o.num === 'string') {
      const t = o.num.replace(/n$/, '');
      if (/^[+-]?\d+$/.test(t)) return { k: 'num', v: { n: BigInt(t), d: 1n } };
      const ex = parseDecimal(t);
      if (ex) return ex.d === 1n ? { k: 'num', v: ex } : { k: 'float', v: Number(t), text: t };
      throw new Unsupported(`number ${t}`);
    }
    if (typeof o.sym === 'string') return fromMathJson(o.sym, depth + 1);
    throw new Unsupported('object');
  }
  if (!Array.isArray(j) || typeof j[0] !== 'string') throw new Unsupported('shape');
  const [head, ...args] = j as [string, ...unknown[]];
  const sub = (x: unknown) => fromMathJson(x, depth + 1);
  switch (head) {
    case 'Add':
      return { k: 'add', a: args.map(sub) };
    case 'Subtract':
      return args.length === 1 ? { k: 'neg', a: sub(args[0]) } : { k: 'add', a: [sub(args[0]), ...args.slice(1).map((x) => ({ k: 'neg', a: sub(x) }) as Expr)] };
    case 'Negate':
      return { k: 'neg', a: sub(args[0]) };
    case 'Multiply':
      return { k: 'mul', a: args.map(sub) };
    case 'InvisibleOperator': {
      // Mixed number: 3\frac12 = 3 + 1/2.
      if (args.length === 2 && isIntLiteral(args[0]) && Array.isArray(args[1]) && (args[1][0] === 'Divide' || args[1][0] === 'Rational') && isIntLiteral(args[1][1]) && isIntLiteral(args[1][2])) {
        return { k: 'add', a: [sub(args[0]), sub(args[1])] };
      }
      return { k: 'mul', a: args.map(sub) };
    }
    case 'Divide':
    case 'Rational':
      return { k: 'div', a: sub(args[0]), b: sub(args[1]) };
    case 'Power':
      return { k: 'pow', b: sub(args[0]), e: sub(args[1]) };
    case 'Square':
      return { k: 'pow', b: sub(args[0]), e: { k: 'num', v: { n: 2n, d: 1n } } };
    case 'Root':
      return { k: 'pow', b: sub(args[0]), e: { k: 'div', a: { k: 'num', v: { n: 1n, d: 1n } }, b: sub(args[1]) } };
    case 'Delimiter':
      if (args.length >= 1 && !(Array.isArray(args[0]) && args[0][0] === 'Sequence') && (args.length === 1 || args[1] === "'(,)'")) return sub(args[0]);
      throw new Unsupported('delimiter');
    case 'Log':
      return args.length === 2 ? { k: 'fn', name: 'log', a: [sub(args[0]), sub(args[1])] } : { k: 'fn', name: 'log10', a: [sub(args[0])] };
    case 'Degrees':
    case 'Annotated':
    case 'BaseForm':
      return sub(args[0]);
    case 'Apply': {
      // \tan^{-1}(1): ["Apply", ["InverseFunction", "Tan"], 1]
      const f = args[0];
      const inv: Record<string, string> = { Sin: 'asin', Cos: 'acos', Tan: 'atan' };
      if (Array.isArray(f) && f[0] === 'InverseFunction' && typeof f[1] === 'string' && inv[f[1]]) return { k: 'fn', name: inv[f[1]], a: args.slice(1).map(sub) };
      throw new Unsupported('Apply');
    }
    case 'Complex':
      return { k: 'add', a: [sub(args[0]), { k: 'mul', a: [sub(args[1]), { k: 'const', name: 'i' }] }] };
    case 'Sum':
    case 'Product': {
      // `\sum_{k=1}^{10} k`: a finite sum/product with literal integer bounds, expanded term by term
      // (at most MAX_SERIES_TERMS terms; symbolic or larger ranges stay unsupported).
      const range = args[1];
      if (args.length !== 2 || !Array.isArray(range) || range[0] !== 'Tuple' || typeof range[1] !== 'string' || !isIntLiteral(range[2]) || !isIntLiteral(range[3])) throw new Unsupported(head);
      const [lo, hi] = [range[2] as number, range[3] as number];
      if (hi - lo + 1 > MAX_SERIES_TERMS) throw new Unsupported('long series');
      // An index named i or e is that index in the body, not the imaginary unit or Euler's number.
      const body = range[1] === 'i' || range[1] === 'e' ? constToSym(sub(args[0]), range[1]) : sub(args[0]);
      // Nested series multiply: bound the expanded tree, not just this range.
      if (Math.max(0, hi - lo + 1) * exprSize(body, MAX_SERIES_NODES) > MAX_SERIES_NODES) throw new Unsupported('large series');
      const terms: Expr[] = [];
      for (let v = lo; v <= hi; v++) terms.push(substitute(body, new Map([[range[1], { n: BigInt(v), d: 1n }]])));
      if (terms.length === 0) return { k: 'num', v: { n: head === 'Sum' ? 0n : 1n, d: 1n } };
      return terms.length === 1 ? terms[0] : { k: head === 'Sum' ? 'add' : 'mul', a: terms };
    }
    default: {
      const f = FN[head];
      if (f) return { k: 'fn', name: f, a: args.map(sub) };
      // An unknown function applied to values (`I(0)`, `g(t)`): an opaque but consistent function.
      if (/^[A-Za-z]\w*$/.test(head) && !/^[A-Z][a-z]{3,}/.test(head)) return { k: 'fn', name: `uf:${head}`, a: args.map(sub) };
      throw new Unsupported(head);
    }
  }
}

function hasError(j: unknown, depth = 0): boolean {
  if (depth > 200) return true;
  if (Array.isArray(j)) return j[0] === 'Error' || j.some((x) => hasError(x, depth + 1));
  return false;
}

/** Deepest bracket nesting of `s`. */
export function nestingDepth(s: string): number {
  let d = 0;
  let max = 0;
  for (const c of s) {
    if (c === '{' || c === '(' || c === '[') max = Math.max(max, ++d);
    else if (c === '}' || c === ')' || c === ']') d--;
  }
  return max;
}

/**
 * Memo of parsed values (bounded, least recently used first out). A pure cache: the same string always
 * parses to the same tree, so it changes speed, never results. RL batches grade many samples against
 * the same reference, and set answers compare every member with every other.
 */
const MEMO = new Map<string, Expr | null>();
const MEMO_SIZE = 4096;

/** Empty the parse memo (benchmarks measure without its help). */
export function clearParseMemo(): void {
  MEMO.clear();
}

/** Integers, decimals and plain fractions without the LaTeX parser (most benchmark answers). */
function quickParse(latex: string): Expr | null {
  const t = latex.trim();
  let m = /^([+-]?)(\d+)$/.exec(t);
  if (m) return signed(m[1], { k: 'num', v: { n: BigInt(m[2]), d: 1n } });
  m = /^([+-]?)(\d*\.\d+|\d+\.)$/.exec(t);
  if (m) return signed(m[1], numberFromDecimal(m[2]));
  m = /^([+-]?)\\frac\s*(?:\{\s*(\d+)\s*\}|(\d))\s*(?:\{\s*(\d+)\s*\}|(\d))$/.exec(t) ?? /^([+-]?)(\d+)\s*\/\s*(\d+)()$/.exec(t);
  if (m) {
    const num = m[2] ?? m[3];
    const den = m[4] || m[5] || m[3];
    const a = m[4] !== undefined || m[5] !== undefined ? num : m[2];
    const b = m[4] !== undefined || m[5] !== undefined ? den : m[3];
    return signed(m[1], { k: 'div', a: { k: 'num', v: { n: BigInt(a), d: 1n } }, b: { k: 'num', v: { n: BigInt(b), d: 1n } } });
  }
  return null;
}

function numberFromDecimal(text: string): Expr {
  const ex = parseDecimal(text);
  return ex && ex.d === 1n ? { k: 'num', v: ex } : { k: 'float', v: Number(text), text };
}

function signed(sign: string, e: Expr): Expr {
  return sign === '-' ? { k: 'neg', a: e } : e;
}

/** Parse one value; undefined when it is not a plain mathematical value (text, errors, structures). */
export function parseScalar(latex: string): Expr | undefined {
  if (latex.length > LIMITS.maxParseChars || nestingDepth(latex) > LIMITS.maxNesting) return undefined;
  if (!latex.trim()) return undefined;
  const hit = MEMO.get(latex);
  if (hit !== undefined) {
    MEMO.delete(latex);
    MEMO.set(latex, hit);
    return hit ?? undefined;
  }
  let out: Expr | null = quickParse(latex);
  if (out) return out;
  try {
    out = parseLatexFast(latex);
  } catch {
    out = null;
  }
  if (out) {
    MEMO.set(latex, out);
    if (MEMO.size > MEMO_SIZE) MEMO.delete(MEMO.keys().next().value as string);
    return out;
  }
  try {
    const json = ce().parse(latex, { form: 'raw' }).json;
    if (!hasError(json)) out = fromMathJson(json);
    if (out) out = expandBinomials(out);
  } catch {
    out = null;
  }
  MEMO.set(latex, out);
  if (MEMO.size > MEMO_SIZE) MEMO.delete(MEMO.keys().next().value as string);
  return out ?? undefined;
}

/**
 * `\binom{n}{k}` with a symbolic `n` and a literal `k <= 12`: the polynomial n(n-1)...(n-k+1)/k!, so
 * that `\binom{n}{2}` equals `\frac{n(n-1)}{2}` under probing (strict mode only).
 */
function expandBinomials(e: Expr, depth = 0): Expr {
  if (depth > 60) return e;
  const rec = (x: Expr) => expandBinomials(x, depth + 1);
  switch (e.k) {
    case 'fn': {
      const args = e.a.map(rec);
      const k = args[1];
      if (e.name === 'binom' && args.length === 2 && k.k === 'num' && k.v.d === 1n && k.v.n >= 0n && k.v.n <= 12n && args[0].k !== 'num') {
        const factors: Expr[] = [];
        let kf = 1n;
        for (let j = 0n; j < k.v.n; j++) {
          factors.push(j === 0n ? args[0] : { k: 'add', a: [args[0], { k: 'num', v: { n: -j, d: 1n } }] });
          kf *= j + 1n;
        }
        if (factors.length === 0) return { k: 'num', v: { n: 1n, d: 1n } };
        return { k: 'div', a: factors.length === 1 ? factors[0] : { k: 'mul', a: factors }, b: { k: 'num', v: { n: kf, d: 1n } } };
      }
      return { ...e, a: args };
    }
    case 'neg':
      return { k: 'neg', a: rec(e.a) };
    case 'add':
    case 'mul':
      return { k: e.k, a: e.a.map(rec) };
    case 'div':
      return { k: 'div', a: rec(e.a), b: rec(e.b) };
    case 'pow':
      return { k: 'pow', b: rec(e.b), e: rec(e.e) };
    default:
      return e;
  }
}

/**
 * How far a value may lie from a reference written as a rounded decimal (`9.6`, `0.006`, `3.21 \times 10^{13}`,
 * `1.6e-19`, `3.0 \times 10^8`), else null (the reference is exact: an integer, or a plain decimal whose
 * decimals are all zero like `4.0`, `142.0`). Rule 5 as the issue states it: "a more precise value that rounds to it is
 * correct" (`9.62` and `9.58` for `9.6`, `0.0058` for `0.006`, `\frac13` for `0.33`, `3.14159` for `3.14`),
 * never a value as or less precise (`9.5`, `3.1` for `3.14`). `step` is half a unit in the last place,
 * `sig` the reference's significant digits.
 */
export function roundingRule(raw: string): { step: number; sig: number; evenLast: boolean } | null {
  const m = /^\s*-?\s*(\d+)(?:\.(\d+))?\s*(?:(?:\\times|\\cdot|\*|×)\s*10\s*\^\s*\{?\s*([+-]?\d+)\s*\}?|[eE]\s*([+-]?\d+))?\s*$/.exec(raw);
  if (!m) return null;
  const decimals = m[2]?.length ?? 0;
  const k = Number(m[3] ?? m[4] ?? 0);
  if (decimals === 0 && m[3] === undefined && m[4] === undefined) return null; // a plain integer is exact
  if (decimals === 0 && m[1].length > 1 && /0$/.test(m[1])) return null;
  // `4.0`, `142.0`: an exact value; in scientific notation the zeros are significant digits (`3.0 \times 10^8`
  // is 3.0e8 to two digits, so `2.998 \times 10^8` rounds to it).
  if (m[2] !== undefined && /^0+$/.test(m[2]) && m[3] === undefined && m[4] === undefined) return null;
  const sig = (m[1] + (m[2] ?? '')).replace(/^0+/, '').length;
  const digits = m[1] + (m[2] ?? '');
  return { step: 0.5 * Math.pow(10, k - decimals), sig, evenLast: Number(digits[digits.length - 1]) % 2 === 0 };
}

/** Half a unit in the last place of a reference written as a rounded decimal that allows any tolerance, else null (see `roundingRule`). */
export function roundingStep(raw: string): number | null {
  return roundingRule(raw)?.step ?? null;
}

/**
 * Whether answer value `a` is accepted for rounded reference value `r` under `rule` (see `roundingRule`):
 * a more precise value (an exact one, or a decimal with more significant digits) that rounds to the
 * reference, i.e. lies within half a unit of its last digit (a tie rounds half to even, as Python's `round` and IEEE 754 do).
 */
function withinRounding(a: number, r: number, rule: { step: number; sig: number; evenLast: boolean }, ans: Expr): boolean {
  const answerSig = hasFloat(ans) ? decimalDigits(ans) : null;
  if (answerSig !== null && answerSig <= rule.sig) return false; // not more precise (equal values were decided exactly)
  const off = Math.abs(a - r);
  if (off < rule.step * (1 - 1e-9)) return true;
  // Exactly half a unit away: rounding half to even (`12.345` and `8.3145` round to 12.34 and 8.314; `1.35` to 1.4, not 1.3).
  return off <= rule.step * (1 + 1e-9) && rule.evenLast;
}

/** Significant digits of a decimal literal answer (`0.7071` → 4), else null. */
function decimalDigits(e: Expr): number | null {
  const x = e.k === 'neg' ? e.a : e;
  if (x.k !== 'float') return null;
  const m = /^[+-]?(\d*)(?:\.(\d*))?/.exec(x.text);
  if (!m) return null;
  return ((m[1] ?? '') + (m[2] ?? '')).replace(/^0+/, '').length;
}

/** Structural equality of two trees. */
function sameTree(a: Expr, b: Expr): boolean {
  if (a === b) return true;
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'num':
      return a.v.n === (b as typeof a).v.n && a.v.d === (b as typeof a).v.d;
    case 'float':
      return a.text === (b as typeof a).text;
    case 'sym':
      return a.name === (b as typeof a).name;
    case 'const':
      return a.name === (b as typeof a).name;
    case 'neg':
      return sameTree(a.a, (b as typeof a).a);
    case 'div':
      return sameTree(a.a, (b as typeof a).a) && sameTree(a.b, (b as typeof a).b);
    case 'pow':
      return sameTree(a.b, (b as typeof a).b) && sameTree(a.e, (b as typeof a).e);
    case 'add':
    case 'mul': {
      const bb = b as typeof a;
      return a.a.length === bb.a.length && a.a.every((x, i) => sameTree(x, bb.a[i]));
    }
    case 'fn': {
      const bb = b as typeof a;
      return a.name === bb.name && a.a.length === bb.a.length && a.a.every((x, i) => sameTree(x, bb.a[i]));
    }
  }
}

/** `e` with every decimal literal of at most 12 significant digits as an exact rational; null if a longer one remains. */
function floatsToRationals(e: Expr): Expr | null {
  switch (e.k) {
    case 'float': {
      const digits = decimalDigits(e);
      const v = digits !== null && digits <= 12 ? parseDecimal(e.text) : undefined;
      return v ? { k: 'num', v } : null;
    }
    case 'neg': {
      const a = floatsToRationals(e.a);
      return a && { k: 'neg', a };
    }
    case 'add':
    case 'mul':
    case 'fn': {
      const a = e.a.map(floatsToRationals);
      return a.every((x): x is Expr => x !== null) ? { ...e, a } : null;
    }
    case 'div': {
      const a = floatsToRationals(e.a);
      const b = floatsToRationals(e.b);
      return a && b && { k: 'div', a, b };
    }
    case 'pow': {
      const b = floatsToRationals(e.b);
      const x = floatsToRationals(e.e);
      return b && x && { k: 'pow', b, e: x };
    }
    default:
      return e;
  }
}

/** `e` with the constant `name` (i or e) read as a symbol of that name. */
function constToSym(e: Expr, name: 'i' | 'e'): Expr {
  return mapLeaves(e, (x) => (x.k === 'const' && x.name === name ? { k: 'sym', name } : x));
}

/** `e` with its free symbols replaced by rational values. */
function substitute(e: Expr, vals: Map<string, Rational>): Expr {
  return mapLeaves(e, (x) => {
    const v = x.k === 'sym' ? vals.get(x.name) : undefined;
    return v ? { k: 'num', v } : x;
  });
}

/**
 * True when both sides evaluate exactly (BigInt rationals) at one of 3 fixed rational points of their
 * free symbols and the values differ. Points where either side is not exactly computable (roots,
 * logs, poles) are skipped, so this only ever proves a difference.
 */
function differsAtRationalPoints(a: Expr, b: Expr): boolean {
  const names = [...new Set([...freeSymbols(a), ...freeSymbols(b)])].sort();
  if (names.length === 0 || names.length > 8) return false;
  for (let p = 0; p < 3; p++) {
    const vals = new Map<string, Rational>(names.map((n, i) => [n, { n: BigInt((7 + 4 * i + 5 * p) * (i % 2 === 1 ? -1 : 1)), d: BigInt(3 + i + 2 * p) }]));
    const va = evalExact(substitute(a, vals), true);
    const vb = evalExact(substitute(b, vals), true);
    if (va === undefined || vb === undefined || va === TOO_BIG || vb === TOO_BIG) continue;
    if (va.n * vb.d !== vb.n * va.d) return true;
  }
  return false;
}

/** A factorial or binomial whose argument holds a variable. */
function hasSymbolicCombinatorics(e: Expr, depth = 0): boolean {
  if (depth > 60) return false;
  if (e.k === 'fn' && (e.name === 'factorial' || e.name === 'binom') && e.a.some((x) => freeSymbols(x).size > 0)) return true;
  return children(e).some((x) => hasSymbolicCombinatorics(x, depth + 1));
}

/** Exact comparison of two one-variable expressions at the integers 1..8; null when fewer than 5 points are defined on both sides. */
function atIntegers(a: Expr, b: Expr): Decision | null {
  const names = [...new Set([...freeSymbols(a), ...freeSymbols(b)])];
  if (names.length !== 1) return null;
  let defined = 0;
  for (let v = 1n; v <= 8n; v++) {
    const vals = new Map<string, Rational>([[names[0], { n: v, d: 1n }]]);
    const va = evalExact(substitute(a, vals), true);
    const vb = evalExact(substitute(b, vals), true);
    if (va === undefined || vb === undefined || va === TOO_BIG || vb === TOO_BIG) continue;
    if (va.n * vb.d !== vb.n * va.d) return 'different';
    defined++;
  }
  return defined >= 5 ? 'equal' : null;
}

/** `b^e` on both sides with exactly equal bases and exponents (`10^{10^6}` = `10^{1000000}`, `2^{2^{2^{2^2}}}` = `2^{65536}`), too big to expand. */
function samePower(a: Expr, b: Expr): boolean {
  if (a.k !== 'pow' || b.k !== 'pow') return false;
  const eq = (x: Expr, y: Expr): boolean => {
    const vx = evalExact(x, true);
    const vy = evalExact(y, true);
    if (vx === undefined || vy === undefined || vx === TOO_BIG || vy === TOO_BIG) return sameTree(x, y) || samePower(x, y);
    return vx.n === vy.n && vx.d === vy.d;
  };
  return eq(a.b, b.b) && eq(a.e, b.e);
}

/** True when `e` divides by a literal zero or contains `0^0` somewhere. */
function dividesByZero(e: Expr): boolean {
  switch (e.k) {
    case 'div':
      return (e.b.k === 'num' && e.b.v.n === 0n) || dividesByZero(e.a) || dividesByZero(e.b);
    case 'neg':
      return dividesByZero(e.a);
    case 'pow':
      // 0^0 is indeterminate too.
      return (e.b.k === 'num' && e.b.v.n === 0n && e.e.k === 'num' && e.e.v.n === 0n) || dividesByZero(e.b) || dividesByZero(e.e);
    case 'add':
    case 'mul':
    case 'fn':
      return e.a.some(dividesByZero);
    default:
      return false;
  }
}

function hasInf(e: Expr): boolean {
  switch (e.k) {
    case 'const':
      return e.name === 'inf';
    case 'neg':
      return hasInf(e.a);
    case 'div':
      return hasInf(e.a) || hasInf(e.b);
    case 'pow':
      return hasInf(e.b) || hasInf(e.e);
    case 'add':
    case 'mul':
    case 'fn':
      return e.a.some(hasInf);
    default:
      return false;
  }
}

const exactOf = (e: Expr): Rational | undefined | typeof TOO_BIG => evalExact(e, true);

/**
 * Equality of two plain values under rules 4-5. `ansRaw`/`refRaw` are the cleaned LaTeX strings
 * (for the rounded-decimal rule). `equal`, `different` or `undecided` (counts as incorrect).
 */
export function scalarDecision(ans: Expr, ref: Expr, refRaw: string): Decision {
  // `\frac00`, `1/0`, `0^0`: undefined values are never equal, not even to themselves.
  if (dividesByZero(ans) || dividesByZero(ref)) return 'undecided';
  if (sameTree(ans, ref)) return 'equal';
  if (hasInf(ans) || hasInf(ref)) return 'different';
  const ea = exactOf(ans);
  const er = exactOf(ref);
  if (ea === TOO_BIG || er === TOO_BIG) return samePower(ans, ref) ? 'equal' : 'undecided';
  const rule = roundingRule(refRaw);
  if (ea !== undefined && er !== undefined) {
    if (ea.n === er.n && ea.d === er.d) return 'equal';
    if (rule !== null) return withinRounding(ratToNumber(ea), ratToNumber(er), rule, ans) ? 'equal' : 'different';
    return 'different';
  }
  if (rule !== null && er !== undefined) {
    // Rounded decimal reference, exact irrational answer (sqrt 3 for 1.732).
    const v = evalComplex(ans, 0);
    if (!Number.isFinite(v[0]) || Math.abs(v[1]) > 1e-12) return 'undecided';
    return withinRounding(v[0], ratToNumber(er), rule, ans) ? 'equal' : 'different';
  }
  // Exact irrational reference (pi, sqrt 3): a decimal approximation is not the answer. Short decimals
  // (at most 12 significant digits) are exact rationals, so an answer built from them is compared as
  // exact with a tolerance far below their precision: `0.5` for `\cos\frac{\pi}{3}`, `0.5x^2 + C` for
  // `\frac{x^2}{2}+C`, but never `3.14` for `\pi` or `1.73205080757` for `\sqrt3`.
  if (hasFloat(ans) && !hasFloat(ref)) {
    const exact = floatsToRationals(ans);
    if (exact === null || differsAtRationalPoints(exact, ref)) return 'different';
    return probeEqual(exact, ref, 1e-13) === 'equal' ? 'equal' : 'different';
  }
  // Factorials and binomials of a variable (`\frac{(2n)!}{(n!)^2}` vs `\binom{2n}{n}`): defined at
  // integers only, so both sides are compared exactly at n = 1..8 (one variable; at least 5 points defined).
  if (hasSymbolicCombinatorics(ans) || hasSymbolicCombinatorics(ref)) {
    const integerDecision = atIntegers(ans, ref);
    if (integerDecision !== null) return integerDecision;
  }
  // Rational functions are compared exactly at rational points first: differences far below the
  // float probes' tolerance (`x^2 + 10^{-12}` vs `x^2`) still count.
  if (differsAtRationalPoints(ans, ref)) return 'different';
  const complex = probeEqual(ans, ref, 1e-9);
  // \sqrt{x^2} = |x|, \ln(xy) = \ln x + \ln y: identities of real variables.
  if (complex === 'different' && (hasRealOnlyOps(ans) || hasRealOnlyOps(ref))) {
    if (probeEqualReal(ans, ref, 1e-9) === 'equal') return 'equal';
    // `2 r_0\sqrt{\pi G\rho_0}` = `\sqrt{4\pi G\rho_0 r_0^2}`: when every variable is a physical quantity
    // (subscripted `r_0`, Greek `\rho`, capital `G`), positive by nature, compare at positive points. Plain
    // letters (`x`, `t`, `a`) keep `\sqrt{x^2}` != `x`.
    const names = [...new Set([...freeSymbols(ans), ...freeSymbols(ref)])];
    if (names.length > 0 && names.every((n) => /_|^[A-Z]$|^\\?(?:alpha|beta|gamma|delta|epsilon|varepsilon|zeta|eta|theta|kappa|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|chi|psi|omega)/.test(n))) {
      return probeEqualPositive(ans, ref, 1e-9) === 'equal' ? 'equal' : 'different';
    }
    return 'different';
  }
  return complex;
}
