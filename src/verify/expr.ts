/**
 * A small expression tree shared by both grading modes, with two bounded evaluators:
 * exact rational arithmetic on BigInt (integers, fractions, decimals, small integer powers) and
 * complex floating-point evaluation at fixed probe points (for symbols, radicals, pi, e).
 *
 * Nothing here evaluates model text as code: trees are built by the parsers in this folder, and every
 * operation is bounded (exponent sizes, factorial arguments, result sizes), so a power tower or a
 * 10^10^10 gives `undefined` ("undecided") instead of hanging.
 */

/** Exact rational number n/d with d > 0 and gcd(n, d) = 1. */
export interface Rational {
  n: bigint;
  d: bigint;
}

/** Expression node. `float` keeps decimal literals apart from exact numbers (rule 5: exact vs approximate). */
export type Expr =
  | { k: 'num'; v: Rational }
  | { k: 'float'; v: number; text: string }
  | { k: 'sym'; name: string }
  | { k: 'const'; name: 'pi' | 'e' | 'i' | 'inf' }
  | { k: 'add'; a: Expr[] }
  | { k: 'mul'; a: Expr[] }
  | { k: 'div'; a: Expr; b: Expr }
  | { k: 'neg'; a: Expr }
  | { k: 'pow'; b: Expr; e: Expr }
  | { k: 'fn'; name: string; a: Expr[] };

/** Largest result of an exact power or factorial, in bits, before the evaluator gives up (undecided). */
export const MAX_EXACT_BITS = 200_000;

export const num = (n: bigint, d: bigint = 1n): Expr => ({ k: 'num', v: rat(n, d) });

function gcd(a: bigint, b: bigint): bigint {
  if (a < 0n) a = -a;
  if (b < 0n) b = -b;
  while (b) [a, b] = [b, a % b];
  return a;
}

/** Normalised rational n/d (throws on d = 0: callers check first). */
export function rat(n: bigint, d: bigint = 1n): Rational {
  if (d === 0n) throw new RangeError('zero denominator');
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const g = gcd(n, d);
  return g > 1n ? { n: n / g, d: d / g } : { n, d };
}

/** Exact value of a decimal literal such as `-12.50`, `1e-3`, `.5`; undefined when it is not one. */
export function parseDecimal(text: string): Rational | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const frac = m[3] ?? '';
  let n = BigInt((m[2] || '0') + frac);
  let d = 10n ** BigInt(frac.length);
  const e = m[4] ? Number(m[4]) : 0;
  if (Math.abs(e) > 10_000) return undefined;
  if (e > 0) n *= 10n ** BigInt(e);
  else if (e < 0) d *= 10n ** BigInt(-e);
  if (m[1] === '-') n = -n;
  return rat(n, d);
}

const bitLen = (x: bigint): number => (x < 0n ? -x : x).toString(16).length * 4;

/** Sentinel for "too large to evaluate exactly": propagates and makes every comparison undecided. */
export const TOO_BIG = Symbol('too-big');
export type ExactResult = Rational | undefined | typeof TOO_BIG;

/**
 * Exact value of `e` when it is a rational number built from integers and decimal literals with
 * + - * / and integer powers (and `!` of small integers); undefined when it involves symbols,
 * irrational functions or floats (floats only when `allowFloat`), TOO_BIG when a bound is hit.
 */
export function evalExact(e: Expr, allowFloat = false): ExactResult {
  switch (e.k) {
    case 'num':
      return e.v;
    case 'float':
      return allowFloat ? parseDecimal(e.text) : undefined;
    case 'sym':
    case 'const':
      return undefined;
    case 'neg': {
      const a = evalExact(e.a, allowFloat);
      return a === undefined || a === TOO_BIG ? a : { n: -a.n, d: a.d };
    }
    case 'add':
    case 'mul': {
      let acc: Rational = e.k === 'add' ? { n: 0n, d: 1n } : { n: 1n, d: 1n };
      for (const t of e.a) {
        const v = evalExact(t, allowFloat);
        if (v === undefined || v === TOO_BIG) return v;
        acc = e.k === 'add' ? rat(acc.n * v.d + v.n * acc.d, acc.d * v.d) : rat(acc.n * v.n, acc.d * v.d);
        if (bitLen(acc.n) + bitLen(acc.d) > MAX_EXACT_BITS) return TOO_BIG;
      }
      return acc;
    }
    case 'div': {
      const a = evalExact(e.a, allowFloat);
      const b = evalExact(e.b, allowFloat);
      if (a === undefined || b === undefined) return undefined;
      if (a === TOO_BIG || b === TOO_BIG) return TOO_BIG;
      if (b.n === 0n) return undefined;
      return rat(a.n * b.d, a.d * b.n);
    }
    case 'pow': {
      const ex = evalExact(e.e, allowFloat);
      if (ex === TOO_BIG) return TOO_BIG;
      const b = evalExact(e.b, allowFloat);
      if (ex === undefined || b === undefined) return b === TOO_BIG ? TOO_BIG : undefined;
      if (b === TOO_BIG) return TOO_BIG;
      if (ex.d !== 1n) {
        // Exact rational roots of perfect powers: 8^(1/3) = 2, (9/4)^(1/2) = 3/2.
        if (ex.d > 64n || b.n < 0n) return undefined;
        const rn = iroot(b.n, Number(ex.d));
        const rd = iroot(b.d, Number(ex.d));
        if (rn === undefined || rd === undefined) return undefined;
        return evalExact({ k: 'pow', b: { k: 'num', v: { n: rn, d: rd } }, e: { k: 'num', v: { n: ex.n, d: 1n } } });
      }
      const k = ex.n;
      if (b.n === 0n) return k < 0n ? undefined : k === 0n ? { n: 1n, d: 1n } : { n: 0n, d: 1n };
      if ((b.n === 1n || b.n === -1n) && b.d === 1n) return { n: k % 2n === 0n ? 1n : b.n, d: 1n };
      const absK = k < 0n ? -k : k;
      if (absK * BigInt(bitLen(b.n) + bitLen(b.d)) > BigInt(MAX_EXACT_BITS)) return TOO_BIG;
      const n = b.n ** absK;
      const d = b.d ** absK;
      return k < 0n ? rat(d, n) : { n, d };
    }
    case 'fn': {
      if (e.name === 'factorial' && e.a.length === 1) {
        const v = evalExact(e.a[0], allowFloat);
        if (v === undefined || v === TOO_BIG) return v;
        if (v.d !== 1n || v.n < 0n) return undefined;
        if (v.n > 5000n) return TOO_BIG;
        let r = 1n;
        for (let i = 2n; i <= v.n; i++) r *= i;
        return { n: r, d: 1n };
      }
      if (e.name === 'binom' && e.a.length === 2) {
        const n = evalExact(e.a[0], allowFloat);
        const k = evalExact(e.a[1], allowFloat);
        if (n === undefined || n === TOO_BIG) return n;
        if (k === undefined || k === TOO_BIG) return k;
        if (n.d !== 1n || k.d !== 1n || n.n < 0n || k.n < 0n) return undefined;
        if (k.n > n.n) return { n: 0n, d: 1n };
        if (n.n > 5000n) return TOO_BIG;
        const kk = k.n < n.n - k.n ? k.n : n.n - k.n;
        let r = 1n;
        for (let i = 1n; i <= kk; i++) r = (r * (n.n - kk + i)) / i;
        return { n: r, d: 1n };
      }
      if (e.name === 'abs' && e.a.length === 1) {
        const v = evalExact(e.a[0], allowFloat);
        if (v === undefined || v === TOO_BIG) return v;
        return { n: v.n < 0n ? -v.n : v.n, d: v.d };
      }
      if (e.name === 'sqrt' && e.a.length === 1) {
        return evalExact({ k: 'pow', b: e.a[0], e: { k: 'num', v: { n: 1n, d: 2n } } }, allowFloat);
      }
      return undefined;
    }
  }
}

/** Integer k-th root of a non-negative bigint when it is exact. */
function iroot(x: bigint, k: number): bigint | undefined {
  if (x < 0n) return undefined;
  if (x < 2n) return x;
  const guess = BigInt(Math.round(Math.pow(Number(x), 1 / k)));
  for (const g of [guess - 1n, guess, guess + 1n]) if (g >= 0n && g ** BigInt(k) === x) return g;
  return undefined;
}

/** A complex number [re, im]. */
export type C = [number, number];

const cAdd = (a: C, b: C): C => [a[0] + b[0], a[1] + b[1]];
const cMul = (a: C, b: C): C => [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]];
function cDiv(a: C, b: C): C {
  const den = b[0] * b[0] + b[1] * b[1];
  return [(a[0] * b[0] + a[1] * b[1]) / den, (a[1] * b[0] - a[0] * b[1]) / den];
}
const cAbs = (a: C): number => Math.hypot(a[0], a[1]);
function cLog(a: C): C {
  return [Math.log(cAbs(a)), Math.atan2(a[1], a[0])];
}
function cExp(a: C): C {
  const r = Math.exp(a[0]);
  return a[1] === 0 ? [r, 0] : [r * Math.cos(a[1]), r * Math.sin(a[1])];
}
function cPow(b: C, e: C): C {
  if (e[1] === 0 && Number.isInteger(e[0]) && Math.abs(e[0]) <= 64) {
    let r: C = [1, 0];
    for (let i = 0; i < Math.abs(e[0]); i++) r = cMul(r, b);
    return e[0] < 0 ? cDiv([1, 0], r) : r;
  }
  if (b[1] === 0 && e[1] === 0 && b[0] >= 0) return [Math.pow(b[0], e[0]), 0];
  if (b[0] === 0 && b[1] === 0) return e[0] > 0 ? [0, 0] : [NaN, NaN];
  return cExp(cMul(e, cLog(b)));
}
function cSqrt(a: C): C {
  if (a[1] === 0) return a[0] >= 0 ? [Math.sqrt(a[0]), 0] : [0, Math.sqrt(-a[0])];
  const r = cAbs(a);
  const re = Math.sqrt((r + a[0]) / 2);
  const im = Math.sign(a[1]) * Math.sqrt((r - a[0]) / 2);
  return [re, im];
}

/** Complex functions the evaluator knows; anything else is undecided (NaN). */
const FUNCS: Record<string, (a: C[]) => C> = {
  sqrt: (a) => cSqrt(a[0]),
  exp: (a) => cExp(a[0]),
  ln: (a) => cLog(a[0]),
  log: (a) => (a.length === 2 ? cDiv(cLog(a[0]), cLog(a[1])) : cLog(a[0])),
  log2: (a) => cDiv(cLog(a[0]), [Math.LN2, 0]),
  log10: (a) => cDiv(cLog(a[0]), [Math.LN10, 0]),
  abs: (a) => [cAbs(a[0]), 0],
  sin: (a) => [Math.sin(a[0][0]) * Math.cosh(a[0][1]), Math.cos(a[0][0]) * Math.sinh(a[0][1])],
  cos: (a) => [Math.cos(a[0][0]) * Math.cosh(a[0][1]), -Math.sin(a[0][0]) * Math.sinh(a[0][1])],
  tan: (a) => cDiv(FUNCS.sin(a), FUNCS.cos(a)),
  cot: (a) => cDiv(FUNCS.cos(a), FUNCS.sin(a)),
  sec: (a) => cDiv([1, 0], FUNCS.cos(a)),
  csc: (a) => cDiv([1, 0], FUNCS.sin(a)),
  asin: (a) => real1(Math.asin, a),
  acos: (a) => real1(Math.acos, a),
  atan: (a) => real1(Math.atan, a),
  // sinh z = (e^z - e^-z)/2, cosh z = (e^z + e^-z)/2: entire functions, defined at the complex probe points.
  sinh: (a) => {
    const [p, q] = [cExp(a[0]), cExp([-a[0][0], -a[0][1]])];
    return [(p[0] - q[0]) / 2, (p[1] - q[1]) / 2];
  },
  cosh: (a) => {
    const [p, q] = [cExp(a[0]), cExp([-a[0][0], -a[0][1]])];
    return [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  },
  tanh: (a) => cDiv(FUNCS.sinh(a), FUNCS.cosh(a)),
  floor: (a) => real1(Math.floor, a),
  ceil: (a) => real1(Math.ceil, a),
  factorial: (a) => (a[0][1] === 0 && Number.isInteger(a[0][0]) && a[0][0] >= 0 && a[0][0] <= 170 ? [fact(a[0][0]), 0] : [NaN, NaN]),
  binom: (a) => {
    const [n, k] = [a[0][0], a[1]?.[0]];
    if (a[0][1] !== 0 || k === undefined || !Number.isInteger(n) || !Number.isInteger(k) || n > 170 || k < 0 || n < 0) return [NaN, NaN];
    return [Math.round(fact(n) / (fact(k) * fact(n - k))), 0];
  },
};
function real1(f: (x: number) => number, a: C[]): C {
  return a[0][1] === 0 ? [f(a[0][0]), 0] : [NaN, NaN];
}
function fact(n: number): number {
  let r = 1;
  for (let i = 2; i <= n; i++) r *= i;
  return r;
}

/** Fixed probe points (deterministic, no global RNG): complex values away from 0, 1 and the real axis. */
const PROBES: C[] = [
  [0.5377, 0.1834],
  [1.8339, -0.2258],
  [-2.2588, 0.8622],
  [0.3188, -1.3077],
  [-0.4336, 0.3426],
  [2.7694, 1.3499],
];

/** Value of a symbol at probe `p`: each distinct name gets its own point sequence. */
function probeValue(name: string, p: number, names: string[]): C {
  let idx = names.indexOf(name);
  if (idx < 0) {
    names.push(name);
    idx = names.length - 1;
  }
  if (p >= POSITIVE_PROBE_OFFSET) return [Math.abs(REAL_PROBES[(p - POSITIVE_PROBE_OFFSET + idx * 3) % REAL_PROBES.length]) + 0.1 * idx, 0];
  if (p >= REAL_PROBE_OFFSET) return [REAL_PROBES[(p - REAL_PROBE_OFFSET + idx * 3) % REAL_PROBES.length] + 0.1 * idx, 0];
  const base = PROBES[(p + idx * 2) % PROBES.length];
  return [base[0] + 0.1 * idx, base[1] - 0.07 * idx];
}

/** Real probe points (7 positive, 3 negative), used by `probeEqualReal`; probe index `REAL_PROBE_OFFSET + k`. */
const REAL_PROBES = [0.5377, 1.8339, -2.2588, 0.8622, 0.3188, -1.3077, 2.7694, 1.3499, -0.4336, 3.0349];
const REAL_PROBE_OFFSET = 1000;
/** Positive real probe points (the absolute values of REAL_PROBES), used by `probeEqualPositive`. */
const POSITIVE_PROBE_OFFSET = 2000;

/**
 * Equality on the real domain, for identities that hold only for real values (`\sqrt{x^2}` = `|x|`,
 * `\ln(xy)` = `\ln x + \ln y`): values at 10 real points (negative ones included, so `\sqrt{x^2}` is
 * still not `x`), counting only points where both sides are real and finite; `equal` needs at least 4
 * such points and agreement (relative `tol`) at every one. Never used by deepscaler mode.
 */
export function probeEqualReal(a: Expr, b: Expr, tol = 1e-9): Decision {
  return probeEqualAt(a, b, REAL_PROBE_OFFSET, tol);
}

/** `a` and `b` at the 10 real probe points starting at probe index `offset`: equal at 4 or more defined real points and different at none. */
function probeEqualAt(a: Expr, b: Expr, offset: number, tol: number): Decision {
  const names: string[] = [];
  let real = 0;
  for (let k = 0; k < REAL_PROBES.length; k++) {
    const va = evalComplex(a, offset + k, names);
    const vb = evalComplex(b, offset + k, names);
    if (![...va, ...vb].every(Number.isFinite)) continue;
    const scale = Math.max(1, cAbs(va), cAbs(vb));
    if (Math.abs(va[1]) > 1e-12 * scale || Math.abs(vb[1]) > 1e-12 * scale) continue;
    real++;
    if (Math.abs(va[0] - vb[0]) > tol * scale) return 'different';
  }
  return real >= 4 ? 'equal' : 'undecided';
}

/**
 * `a` and `b` at 10 positive real points: for quantities that are positive by nature (a radius `r_0`, a
 * density `\rho_0`, `G`), where `\sqrt{r_0^2} = r_0`. Only used for such symbols (see scalarDecision).
 */
export function probeEqualPositive(a: Expr, b: Expr, tol = 1e-9): Decision {
  return probeEqualAt(a, b, POSITIVE_PROBE_OFFSET, tol);
}

/** True when `e` uses an operation whose identities can hold on the reals only (abs, roots, logarithms, fractional powers). */
export function hasRealOnlyOps(e: Expr): boolean {
  if (e.k === 'pow' && ((e.e.k === 'num' && e.e.v.d !== 1n) || e.e.k === 'div')) return true;
  if (e.k === 'fn' && /^(?:abs|sqrt|ln|log|log10)$/.test(e.name)) return true;
  return children(e).some(hasRealOnlyOps);
}

/** The direct sub-expressions of `e` (none for leaves: numbers, decimals, symbols, constants). */
export function children(e: Expr): Expr[] {
  switch (e.k) {
    case 'neg':
      return [e.a];
    case 'add':
    case 'mul':
    case 'fn':
      return e.a;
    case 'div':
      return [e.a, e.b];
    case 'pow':
      return [e.b, e.e];
    default:
      return [];
  }
}

/** `e` with every leaf (a node without sub-expressions) replaced by `leaf(node)`; the structure is kept. */
export function mapLeaves(e: Expr, leaf: (x: Expr) => Expr): Expr {
  switch (e.k) {
    case 'neg':
      return { k: 'neg', a: mapLeaves(e.a, leaf) };
    case 'add':
    case 'mul':
      return { k: e.k, a: e.a.map((x) => mapLeaves(x, leaf)) };
    case 'fn':
      return { ...e, a: e.a.map((x) => mapLeaves(x, leaf)) };
    case 'div':
      return { k: 'div', a: mapLeaves(e.a, leaf), b: mapLeaves(e.b, leaf) };
    case 'pow':
      return { k: 'pow', b: mapLeaves(e.b, leaf), e: mapLeaves(e.e, leaf) };
    default:
      return leaf(e);
  }
}

/** Complex value of `e` at probe `p`. NaN/Infinity mean undecided. */
export function evalComplex(e: Expr, p: number, names: string[] = []): C {
  switch (e.k) {
    case 'num':
      return [Number(e.v.n) / Number(e.v.d), 0];
    case 'float':
      return [e.v, 0];
    case 'sym':
      return probeValue(e.name, p, names);
    case 'const':
      return e.name === 'pi' ? [Math.PI, 0] : e.name === 'e' ? [Math.E, 0] : e.name === 'i' ? [0, 1] : [Infinity, 0];
    case 'neg': {
      const a = evalComplex(e.a, p, names);
      return [-a[0], -a[1]];
    }
    case 'add':
      return e.a.reduce<C>((acc, t) => cAdd(acc, evalComplex(t, p, names)), [0, 0]);
    case 'mul':
      return e.a.reduce<C>((acc, t) => cMul(acc, evalComplex(t, p, names)), [1, 0]);
    case 'div':
      return cDiv(evalComplex(e.a, p, names), evalComplex(e.b, p, names));
    case 'pow': {
      const ex = evalComplex(e.e, p, names);
      if (!(cAbs(ex) < 1e6)) return [NaN, NaN];
      return cPow(evalComplex(e.b, p, names), ex);
    }
    case 'fn': {
      const args = e.a.map((x) => evalComplex(x, p, names));
      if (e.name.startsWith('uf:')) return opaque(e.name, args);
      const f = FUNCS[e.name];
      if (!f) return [NaN, NaN];
      return f(args);
    }
  }
}

/** A fixed smooth function per name (for unknown functions like `I(t)`): exp(sum h_k z_k + h_0). */
function opaque(name: string, args: C[]): C {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  let acc: C = [((h & 0xff) / 255) * 0.5 - 0.25, 0];
  args.forEach((z, k) => {
    const w = (((h >>> (8 + k)) & 0xff) / 255) * 0.8 + 0.2;
    acc = cAdd(acc, [w * z[0], w * z[1]]);
  });
  return cExp(acc);
}

/** Names of the free symbols of `e`. */
export function freeSymbols(e: Expr, out: Set<string> = new Set()): Set<string> {
  if (e.k === 'sym') out.add(e.name);
  for (const c of children(e)) freeSymbols(c, out);
  return out;
}

/** True when the tree contains a decimal literal. */
export function hasFloat(e: Expr): boolean {
  return e.k === 'float' || children(e).some(hasFloat);
}

/** Verdict of a numeric comparison: equal, different, or undecided (non-finite values, too few probes). */
export type Decision = 'equal' | 'different' | 'undecided';

/**
 * Compare `a` and `b` by value at the probe points with relative tolerance `tol`
 * (|a-b| <= tol * max(1, |a|, |b|) at every finite probe; at least 3 finite probes for symbolic input).
 */
export function probeEqual(a: Expr, b: Expr, tol = 1e-9): Decision {
  const names: string[] = [];
  const symbolic = freeSymbols(a).size + freeSymbols(b).size > 0;
  const n = symbolic ? PROBES.length : 1;
  let finite = 0;
  for (let p = 0; p < n; p++) {
    const va = evalComplex(a, p, names);
    const vb = evalComplex(b, p, names);
    if (![...va, ...vb].every(Number.isFinite)) continue;
    finite++;
    const scale = Math.max(1, cAbs(va), cAbs(vb));
    if (cAbs([va[0] - vb[0], va[1] - vb[1]]) > tol * scale) return 'different';
  }
  if (finite === 0 || (symbolic && finite < 3)) return 'undecided';
  return 'equal';
}

/** Compare two rationals. */
export const ratEq = (a: Rational, b: Rational): boolean => a.n === b.n && a.d === b.d;

/** Nearest double of a rational. */
export function ratToNumber(r: Rational): number {
  const n = Number(r.n);
  const d = Number(r.d);
  if (Number.isFinite(n) && Number.isFinite(d)) return n / d;
  const shift = BigInt(Math.max(bitLen(r.n), bitLen(r.d)) - 900);
  return Number(r.n >> shift) / Number(r.d >> shift);
}
