/**
 * Emulation of DeepScaleR's `are_equal_under_sympy`: parse `(gt)-(given)` the way
 * `sympy_parser.parse_expr(..., standard_transformations + (implicit_multiplication_application,))`
 * does (sympy 1.11: auto symbols, multi-letter names split into letters, implicit multiplication,
 * `!` factorial, `**` power) and decide whether `simplify(diff) == 0`.
 *
 * The decision is made with dissect's bounded evaluators instead of sympy: exact rational arithmetic
 * when the difference is rational, IEEE doubles when decimal literals are involved (sympy Floats are
 * 53-bit), numeric probing at complex points for symbols and radicals. A power tower that sympy would
 * hang on (`x**9**9**9`) exceeds the exact-size bound and counts as not equal.
 */
import { evalExact, freeSymbols, hasFloat, probeEqual, ratToNumber, TOO_BIG, type Expr, parseDecimal } from '../expr.js';

type Tok = { t: 'num'; s: string } | { t: 'name'; s: string } | { t: 'op'; s: string };

/** sympy names a lowercase answer can produce, with what they become. */
const CONSTANTS: Record<string, Expr> = {
  pi: { k: 'const', name: 'pi' },
  oo: { k: 'const', name: 'inf' },
  zoo: { k: 'const', name: 'inf' },
  nan: { k: 'const', name: 'inf' },
};
const FUNCTIONS = new Set(['sqrt', 'ln', 'log', 'exp', 'sin', 'cos', 'tan', 'cot', 'sec', 'csc', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'factorial', 'binomial', 'floor', 'ceiling']);
/** Other names bound in sympy's namespace or Python keywords: using them makes parse_expr fail or produce non-numbers. */
const UNSUPPORTED = new Set(['re', 'im', 'ff', 'rf', 'li', 'gf', 'if', 'in', 'is', 'or', 'as', 'and', 'not', 'lambda', 'frac', 'gamma', 'beta', 'zeta', 'eta', 'lerchphi', 'true', 'false']);
const GREEK = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lamda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega']);

class ParseError extends Error {}

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s+|(\d(?:_?\d)*\.?(?:\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?|\.\d(?:_?\d)*(?:[eE][+-]?\d(?:_?\d)*)?[jJ]?)|([\p{L}_][\p{L}\p{N}_]*)|(\*\*|[-+*/(),!])/uy;
  let i = 0;
  while (i < s.length) {
    re.lastIndex = i;
    const m = re.exec(s);
    if (!m) throw new ParseError(`bad character ${s[i]}`);
    i = re.lastIndex;
    if (m[1]) out.push({ t: 'num', s: m[1] });
    else if (m[2]) {
      const name = m[2];
      if (CONSTANTS[name] || FUNCTIONS.has(name) || UNSUPPORTED.has(name) || name.includes('_') || GREEK.has(name) || [...name].length === 1) {
        out.push({ t: 'name', s: name });
      } else {
        // split_symbols: `xy` -> x*y, `x2` -> x*2.
        for (const ch of name) out.push(/\p{N}/u.test(ch) ? { t: 'num', s: ch } : { t: 'name', s: ch });
      }
    } else if (m[3]) out.push({ t: 'op', s: m[3] });
  }
  return out;
}

class Parser {
  i = 0;
  depth = 0;
  constructor(readonly toks: Tok[]) {}
  peek(): Tok | undefined {
    return this.toks[this.i];
  }
  isOp(s: string): boolean {
    const t = this.peek();
    return t !== undefined && t.t === 'op' && t.s === s;
  }
  expect(s: string): void {
    if (!this.isOp(s)) throw new ParseError(`expected ${s}`);
    this.i++;
  }
  /** sum := term (('+'|'-') term)* */
  sum(): Expr {
    if (++this.depth > 300) throw new ParseError('too deep');
    const terms: Expr[] = [this.term()];
    while (this.isOp('+') || this.isOp('-')) {
      const op = this.toks[this.i++].s;
      const t = this.term();
      terms.push(op === '-' ? { k: 'neg', a: t } : t);
    }
    this.depth--;
    return terms.length === 1 ? terms[0] : { k: 'add', a: terms };
  }
  startsOperand(): boolean {
    const t = this.peek();
    return t !== undefined && (t.t === 'num' || t.t === 'name' || (t.t === 'op' && t.s === '('));
  }
  /** term := unary (('*'|'/'|juxtaposition) unary)*  — implicit multiplication has the precedence of `*`. */
  term(): Expr {
    let acc = this.unary();
    while (true) {
      if (this.isOp('*')) {
        this.i++;
        acc = { k: 'mul', a: [acc, this.unary()] };
      } else if (this.isOp('/')) {
        this.i++;
        acc = { k: 'div', a: acc, b: this.unary() };
      } else if (this.startsOperand()) {
        acc = { k: 'mul', a: [acc, this.unary()] };
      } else return acc;
    }
  }
  unary(): Expr {
    if (this.isOp('-')) {
      this.i++;
      return { k: 'neg', a: this.unary() };
    }
    if (this.isOp('+')) {
      this.i++;
      return this.unary();
    }
    return this.power();
  }
  /** power := postfix ('**' unary)?  (right associative, binds tighter than unary minus on its left) */
  power(): Expr {
    const base = this.postfix();
    if (this.isOp('**')) {
      this.i++;
      return { k: 'pow', b: base, e: this.unary() };
    }
    return base;
  }
  postfix(): Expr {
    let e = this.atom();
    while (this.isOp('!')) {
      this.i++;
      e = { k: 'fn', name: 'factorial', a: [e] };
    }
    return e;
  }
  atom(): Expr {
    const t = this.peek();
    if (!t) throw new ParseError('unexpected end');
    this.i++;
    if (t.t === 'num') return number(t.s);
    if (t.t === 'name') {
      if (CONSTANTS[t.s]) return CONSTANTS[t.s];
      if (UNSUPPORTED.has(t.s)) throw new ParseError(`unsupported name ${t.s}`);
      if (FUNCTIONS.has(t.s)) {
        this.expect('(');
        const args = [this.sum()];
        while (this.isOp(',')) {
          this.i++;
          args.push(this.sum());
        }
        this.expect(')');
        return { k: 'fn', name: t.s === 'ceiling' ? 'ceil' : t.s === 'binomial' ? 'binom' : t.s, a: args };
      }
      return { k: 'sym', name: t.s };
    }
    if (t.s === '(') {
      const e = this.sum();
      if (this.isOp(',')) throw new ParseError('tuple');
      this.expect(')');
      return e;
    }
    throw new ParseError(`unexpected ${t.s}`);
  }
}

function number(s: string): Expr {
  const imag = /[jJ]$/.test(s);
  const body = s.replace(/[jJ]$/, '').replace(/_/g, '');
  let e: Expr;
  if (/^\d+$/.test(body)) e = { k: 'num', v: { n: BigInt(body), d: 1n } };
  else {
    if (parseDecimal(body) === undefined) throw new ParseError('bad number');
    e = { k: 'float', v: Number(body), text: body };
  }
  return imag ? { k: 'mul', a: [e, { k: 'const', name: 'i' }] } : e;
}

/** Parse a Python/sympy expression string (with `^` already replaced by `**`). Throws on syntax errors. */
export function parseSympyLike(s: string): Expr {
  const p = new Parser(tokenize(s));
  const e = p.sum();
  if (p.i !== p.toks.length) throw new ParseError('trailing tokens');
  return e;
}

function hasConst(e: Expr, name: string): boolean {
  switch (e.k) {
    case 'const':
      return e.name === name;
    case 'neg':
      return hasConst(e.a, name);
    case 'add':
    case 'mul':
    case 'fn':
      return e.a.some((x) => hasConst(x, name));
    case 'div':
      return hasConst(e.a, name) || hasConst(e.b, name);
    case 'pow':
      return hasConst(e.b, name) || hasConst(e.e, name);
    default:
      return false;
  }
}

/** Value in doubles with exact rational sub-results, mimicking sympy Float (53-bit) arithmetic. */
function floatValue(e: Expr): number {
  const ex = evalExact(e);
  if (ex === TOO_BIG) return NaN;
  if (ex !== undefined) return ratToNumber(ex);
  switch (e.k) {
    case 'float':
      return e.v;
    case 'neg':
      return -floatValue(e.a);
    case 'add':
      return e.a.reduce((s, t) => s + floatValue(t), 0);
    case 'mul':
      return e.a.reduce((s, t) => s * floatValue(t), 1);
    case 'div':
      // sympy stores a/b as a*b**-1, so a Float quotient is rounded twice.
      return floatValue(e.a) * (1 / floatValue(e.b));
    case 'pow':
      return Math.pow(floatValue(e.b), floatValue(e.e));
    default:
      return NaN;
  }
}

/** Most significant digits of any decimal literal in `e` (sympy's Float precision follows them). */
function maxFloatDigits(e: Expr): number {
  switch (e.k) {
    case 'float':
      return e.text.replace(/[eE].*$/, '').replace(/[^0-9]/g, '').replace(/^0+/, '').length;
    case 'neg':
      return maxFloatDigits(e.a);
    case 'add':
    case 'mul':
    case 'fn':
      return Math.max(0, ...e.a.map(maxFloatDigits));
    case 'div':
      return Math.max(maxFloatDigits(e.a), maxFloatDigits(e.b));
    case 'pow':
      return Math.max(maxFloatDigits(e.b), maxFloatDigits(e.e));
    default:
      return 0;
  }
}

function isRationalWithFloats(e: Expr): boolean {
  switch (e.k) {
    case 'num':
    case 'float':
      return true;
    case 'neg':
      return isRationalWithFloats(e.a);
    case 'add':
    case 'mul':
      return e.a.every(isRationalWithFloats);
    case 'div':
      return isRationalWithFloats(e.a) && isRationalWithFloats(e.b);
    case 'pow': {
      const ex = evalExact(e.e);
      return isRationalWithFloats(e.b) && ex !== undefined && ex !== TOO_BIG && ex.d === 1n;
    }
    default:
      return false;
  }
}

/** `sympy.simplify(parse_expr(f"({gt})-({given})")) == 0`, bounded; false on any parse problem. */
export function sympyEqual(gt: string, given: string): boolean {
  let a: Expr;
  let b: Expr;
  try {
    a = parseSympyLike(gt.replace(/\^/g, '**'));
    b = parseSympyLike(given.replace(/\^/g, '**'));
  } catch {
    return false;
  }
  if (hasConst(a, 'inf') || hasConst(b, 'inf')) return false;
  if (!hasFloat(a) && !hasFloat(b)) {
    const ea = evalExact(a);
    const eb = evalExact(b);
    if (ea === TOO_BIG || eb === TOO_BIG) return false;
    if (ea !== undefined && eb !== undefined) return ea.n === eb.n && ea.d === eb.d;
  } else if (isRationalWithFloats(a) && isRationalWithFloats(b)) {
    if (maxFloatDigits(a) > 15 || maxFloatDigits(b) > 15) {
      // sympy gives a literal with more than 15 significant digits that many digits of precision, so
      // it no longer rounds like a double: compare the exact decimal values.
      const ea = evalExact(a, true);
      const eb = evalExact(b, true);
      if (ea === undefined || eb === undefined || ea === TOO_BIG || eb === TOO_BIG) return false;
      return ea.n === eb.n && ea.d === eb.d;
    }
    const d = floatValue(a) - floatValue(b);
    return d === 0;
  }
  if (evalExact(a) === TOO_BIG || evalExact(b) === TOO_BIG || tooBigInside(a) || tooBigInside(b)) return false;
  // sympy keeps x**2.0 and x**2 apart (a Float exponent never combines with an Integer one).
  if (floatExponentOnSymbol(a) !== floatExponentOnSymbol(b)) return false;
  return probeEqual(a, b, 1e-10) === 'equal';
}

function floatExponentOnSymbol(e: Expr): boolean {
  switch (e.k) {
    case 'pow':
      return (hasFloat(e.e) && freeSymbols(e.b).size > 0) || floatExponentOnSymbol(e.b) || floatExponentOnSymbol(e.e);
    case 'neg':
      return floatExponentOnSymbol(e.a);
    case 'add':
    case 'mul':
    case 'fn':
      return e.a.some(floatExponentOnSymbol);
    case 'div':
      return floatExponentOnSymbol(e.a) || floatExponentOnSymbol(e.b);
    default:
      return false;
  }
}

/** True when some power inside `e` has an exponent that is exactly known and huge. */
function tooBigInside(e: Expr): boolean {
  switch (e.k) {
    case 'pow': {
      const ex = evalExact(e.e);
      if (ex === TOO_BIG) return true;
      if (ex !== undefined && (ex.n > 100_000n || ex.n < -100_000n)) return true;
      return tooBigInside(e.b) || tooBigInside(e.e);
    }
    case 'neg':
      return tooBigInside(e.a);
    case 'add':
    case 'mul':
    case 'fn':
      return e.a.some(tooBigInside);
    case 'div':
      return tooBigInside(e.a) || tooBigInside(e.b);
    default:
      return false;
  }
}
