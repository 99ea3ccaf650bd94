/**
 * A small, fast LaTeX parser for the common subset of answers (numbers, + - * / ^, \frac, \sqrt,
 * implicit multiplication, mixed numbers, single-letter and subscripted symbols, Greek letters,
 * \pi, e, i, \sin/\cos/\tan/\ln/\log/\exp, `!`), producing the same tree shapes as the Compute
 * Engine path in scalar.ts. Anything outside the subset throws, and the caller falls back to the
 * Compute Engine. Bounded: input length and depth are capped by the caller and here.
 */
import type { Expr } from '../expr.js';
import { parseDecimal } from '../expr.js';

class Unsupported extends Error {}

type Tok = { t: 'num'; s: string } | { t: 'letter'; s: string } | { t: 'cmd'; s: string } | { t: 'op'; s: string };

const GREEK = new Set(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'varepsilon', 'zeta', 'eta', 'theta', 'vartheta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'varphi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Sigma', 'Phi', 'Psi', 'Omega']);
const FUNCS: Record<string, string> = { sin: 'sin', cos: 'cos', tan: 'tan', cot: 'cot', sec: 'sec', csc: 'csc', ln: 'ln', exp: 'exp', arcsin: 'asin', arccos: 'acos', arctan: 'atan', sinh: 'sinh', cosh: 'cosh', tanh: 'tanh' };

function tokenize(s: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ') {
      i++;
      continue;
    }
    const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+(?![a-zA-Z]))?/.exec(s.slice(i, i + 400));
    if (num) {
      out.push({ t: 'num', s: num[0] });
      i += num[0].length;
      continue;
    }
    if (/[a-zA-Z]/.test(c)) {
      // `x'`, `y''`: a derivative written with primes is its own symbol.
      const primes = /^'{1,3}/.exec(s.slice(i + 1, i + 4));
      out.push({ t: 'letter', s: primes ? c + primes[0] : c });
      i += 1 + (primes ? primes[0].length : 0);
      continue;
    }
    if (c === '\\') {
      const m = /^\\([a-zA-Z]+)/.exec(s.slice(i, i + 40));
      if (!m) throw new Unsupported(`command ${s.slice(i, i + 2)}`);
      out.push({ t: 'cmd', s: m[1] });
      i += m[0].length;
      continue;
    }
    if ('+-*/^_(){}[]!'.includes(c)) {
      out.push({ t: 'op', s: c });
      i++;
      continue;
    }
    throw new Unsupported(`character ${c}`);
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
    const t = this.toks[this.i];
    return t !== undefined && t.t === 'op' && t.s === s;
  }
  isCmd(s: string): boolean {
    const t = this.toks[this.i];
    return t !== undefined && t.t === 'cmd' && t.s === s;
  }
  expect(s: string): void {
    if (!this.isOp(s)) throw new Unsupported(`expected ${s}`);
    this.i++;
  }
  enter(): void {
    if (++this.depth > 60) throw new Unsupported('too deep');
  }

  expr(): Expr {
    this.enter();
    const terms: Expr[] = [this.term()];
    while (this.isOp('+') || this.isOp('-')) {
      const neg = this.toks[this.i++].s === '-';
      const t = this.term();
      terms.push(neg ? { k: 'neg', a: t } : t);
    }
    this.depth--;
    return terms.length === 1 ? terms[0] : { k: 'add', a: terms };
  }

  startsFactor(): boolean {
    const t = this.peek();
    if (!t) return false;
    if (t.t === 'num' || t.t === 'letter') return true;
    if (t.t === 'op') return t.s === '(' || t.s === '{';
    return t.s !== 'cdot' && t.s !== 'times' && t.s !== 'div';
  }

  term(): Expr {
    let acc = this.unary();
    while (true) {
      if (this.isOp('*') || this.isCmd('cdot') || this.isCmd('times')) {
        this.i++;
        acc = { k: 'mul', a: [acc, this.unary()] };
      } else if (this.isOp('/') || this.isCmd('div')) {
        this.i++;
        acc = { k: 'div', a: acc, b: this.unary() };
      } else if (this.startsFactor()) {
        const next = this.power();
        // Mixed number: an integer literal followed by \frac{int}{int}.
        if (acc.k === 'num' && next.k === 'div' && next.a.k === 'num' && next.b.k === 'num' && this.lastWasFrac) acc = { k: 'add', a: [acc, next] };
        // Negative mixed number: -1\frac14 is -(1 + 1/4).
        else if (acc.k === 'neg' && acc.a.k === 'num' && next.k === 'div' && next.a.k === 'num' && next.b.k === 'num' && this.lastWasFrac) acc = { k: 'neg', a: { k: 'add', a: [acc.a, next] } };
        else acc = acc.k === 'mul' ? { k: 'mul', a: [...acc.a, next] } : { k: 'mul', a: [acc, next] };
      } else return acc;
    }
  }

  lastWasFrac = false;

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

  power(): Expr {
    let base = this.postfix();
    if (this.isOp('^')) {
      this.i++;
      const e = this.script();
      base = { k: 'pow', b: base, e };
    }
    return base;
  }

  /** Argument of ^ or _: a braced group or one token. */
  script(): Expr {
    if (this.isOp('{')) return this.group();
    const t = this.peek();
    if (!t) throw new Unsupported('missing exponent');
    if (t.t === 'num') {
      this.i++;
      // x^23 is x^2 3 in LaTeX: only the first digit is the exponent.
      if (t.s.length > 1) {
        this.toks.splice(this.i, 0, { t: 'num', s: t.s.slice(1) });
        return number(t.s[0]);
      }
      return number(t.s);
    }
    if (t.t === 'letter') {
      this.i++;
      return symbol(t.s);
    }
    if (t.t === 'op' && t.s === '-') {
      this.i++;
      return { k: 'neg', a: this.script() };
    }
    return this.atom();
  }

  postfix(): Expr {
    let e = this.atom();
    while (this.isOp('!')) {
      this.i++;
      e = { k: 'fn', name: 'factorial', a: [e] };
    }
    return e;
  }

  group(): Expr {
    this.expect('{');
    const e = this.expr();
    this.expect('}');
    return e;
  }

  /** A braced group, or a single digit/letter (for \frac12, \sqrt2). */
  arg(): Expr {
    if (this.isOp('{')) return this.group();
    const t = this.peek();
    if (t && t.t === 'num') {
      this.i++;
      if (t.s.length > 1 && /^\d+$/.test(t.s)) {
        this.toks.splice(this.i, 0, { t: 'num', s: t.s.slice(1) });
        return number(t.s[0]);
      }
      return number(t.s);
    }
    if (t && t.t === 'letter') {
      this.i++;
      return symbol(t.s);
    }
    return this.atom();
  }

  atom(): Expr {
    this.enter();
    this.lastWasFrac = false;
    const t = this.peek();
    if (!t) throw new Unsupported('unexpected end');
    this.i++;
    let out: Expr;
    if (t.t === 'num') out = number(t.s);
    else if (t.t === 'letter') {
      let name = t.s;
      if (this.isOp('_')) {
        this.i++;
        name += `_${this.subscript()}`;
      }
      out = name === 'e' ? { k: 'const', name: 'e' } : name === 'i' ? { k: 'const', name: 'i' } : symbol(name);
      if (this.isOp('(') && /^[a-zA-Z]$/.test(name) && !['e', 'i'].includes(name)) {
        // f(x) stays a product f*x, as the Compute Engine path reads it; `I(0)`, `f(2)` (a function at a
        // number) is one opaque symbol, never the product I*0.
        const [arg, close] = [this.toks[this.i + 1], this.toks[this.i + 2]];
        if (arg && close && arg.t === 'num' && close.t === 'op' && close.s === ')') {
          this.i += 3;
          out = symbol(`${name}(${arg.s})`);
        }
      }
    } else if (t.t === 'op') {
      if (t.s === '(') {
        const e = this.expr();
        this.expect(')');
        out = e;
      } else if (t.s === '{') {
        const e = this.expr();
        this.expect('}');
        out = e;
      } else if (t.s === '[') {
        const e = this.expr();
        this.expect(']');
        out = e;
      } else throw new Unsupported(`unexpected ${t.s}`);
    } else {
      const c = t.s;
      if (c === 'frac' || c === 'dfrac' || c === 'tfrac') {
        const a = this.arg();
        const b = this.arg();
        out = { k: 'div', a, b };
        this.depth--;
        this.lastWasFrac = true;
        return out;
      }
      if (c === 'sqrt') {
        let n: Expr | null = null;
        if (this.isOp('[')) {
          this.i++;
          n = this.expr();
          this.expect(']');
        }
        const x = this.arg();
        out = n ? { k: 'pow', b: x, e: { k: 'div', a: { k: 'num', v: { n: 1n, d: 1n } }, b: n } } : { k: 'fn', name: 'sqrt', a: [x] };
      } else if (c === 'pi') out = { k: 'const', name: 'pi' };
      else if (GREEK.has(c)) {
        let name = c;
        if (this.isOp('_')) {
          this.i++;
          name += `_${this.subscript()}`;
        }
        out = symbol(name);
      } else if (FUNCS[c] || c === 'log') {
        let pw: Expr | null = null;
        if (this.isOp('^')) {
          this.i++;
          pw = this.script();
        }
        let name = c === 'log' ? 'log10' : FUNCS[c];
        if (pw && pw.k === 'neg' && pw.a.k === 'num' && pw.a.v.n === 1n && pw.a.v.d === 1n) {
          // \sin^{-1} x is arcsin x.
          const inv: Record<string, string> = { sin: 'asin', cos: 'acos', tan: 'atan' };
          if (!inv[c]) throw new Unsupported('inverse function notation');
          name = inv[c];
          pw = null;
        } else if (pw && pw.k === 'neg') throw new Unsupported('negative power of a function');
        let base: Expr | null = null;
        if (c === 'log' && this.isOp('_')) {
          this.i++;
          base = this.script();
          name = 'log';
        }
        let x = this.isOp('(') ? this.atom() : this.power();
        if (base === null) {
          // \sin 2x, \cos 3\theta: an unparenthesised argument runs over the letters that follow
          // (stopping at operators, parentheses and other functions: \sin x \cos x is a product).
          for (let t = this.peek(); t && (t.t === 'letter' || (t.t === 'cmd' && (GREEK.has(t.s) || t.s === 'pi'))); t = this.peek()) {
            const next = this.power();
            x = x.k === 'mul' ? { k: 'mul', a: [...x.a, next] } : { k: 'mul', a: [x, next] };
          }
        }
        out = base ? { k: 'fn', name, a: [x, base] } : { k: 'fn', name, a: [x] };
        if (pw) out = { k: 'pow', b: out, e: pw };
      } else throw new Unsupported(`\\${c}`);
    }
    this.depth--;
    return out;
  }

  subscript(): string {
    if (this.isOp('{')) {
      this.i++;
      let s = '';
      while (this.peek() && !this.isOp('}')) {
        const t = this.toks[this.i++];
        if (t.t === 'cmd' || (t.t === 'op' && t.s !== ',')) throw new Unsupported('complex subscript');
        s += t.s;
      }
      this.expect('}');
      return s;
    }
    const t = this.toks[this.i++];
    if (!t || t.t === 'cmd' || t.t === 'op') throw new Unsupported('subscript');
    if (t.t === 'num' && t.s.length > 1) {
      this.toks.splice(this.i, 0, { t: 'num', s: t.s.slice(1) });
      return t.s[0];
    }
    return t.s;
  }
}

function number(s: string): Expr {
  if (/^\d+$/.test(s)) return { k: 'num', v: { n: BigInt(s), d: 1n } };
  const ex = parseDecimal(s);
  if (!ex) throw new Unsupported('number');
  return ex.d === 1n ? { k: 'num', v: ex } : { k: 'float', v: Number(s), text: s };
}

function symbol(name: string): Expr {
  return { k: 'sym', name };
}

/** Parse the common LaTeX subset; throws when the input is outside it (the caller then uses the Compute Engine). */
export function parseLatexFast(s: string): Expr {
  const p = new Parser(tokenize(s));
  const e = p.expr();
  if (p.i !== p.toks.length) throw new Unsupported('trailing input');
  return e;
}
