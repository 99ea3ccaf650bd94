/**
 * Answer equivalence under strict rules 4-8: sets in any order, ordered tuples/points/intervals with
 * matching endpoint types, unions, matrices, equations (`y = 2x+1` vs `2x+1`; an equation equals itself
 * times a non-zero constant), inequalities against interval forms, `\pm`, multiple choice, text answers,
 * units. Plain values go to `scalar.ts`.
 */
import type { Decision, Expr } from '../expr.js';
import { evalComplex, probeEqual } from '../expr.js';
import { canonicalUnit, cleanLatex, isMcReference, mcLetters, splitUnits, stripThousands } from './normalize.js';
import { nestingDepth, parseScalar, scalarDecision } from './scalar.js';
import { LIMITS } from './limits.js';

type Struct =
  | { k: 'scalar'; s: string }
  | { k: 'list'; items: Struct[] }
  | { k: 'set'; items: Struct[] }
  | { k: 'tuple'; open: string; close: string; items: Struct[] }
  | { k: 'union'; parts: Struct[] }
  | { k: 'matrix'; rows: Struct[][] }
  | { k: 'eq'; lhs: string; rhs: string }
  | { k: 'interval'; lo: string | null; hi: string | null; loClosed: boolean; hiClosed: boolean };

/** Split `s` at top-level occurrences of `sep`, outside (), [], {}, \{ \}. */
function splitTop(s: string, sep: RegExp): string[] {
  const re = new RegExp(sep.source, 'y');
  const out: string[] = [];
  let depth = 0;
  let last = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && (s[i + 1] === '{' || s[i + 1] === '}')) {
      depth += s[i + 1] === '{' ? 1 : -1;
      i++;
      continue;
    }
    if (depth === 0) {
      re.lastIndex = i;
      const mm = re.exec(s);
      if (mm && mm[0].length > 0) {
        out.push(s.slice(last, i));
        i += mm[0].length - 1;
        last = i + 1;
        continue;
      }
    }
    if (c === '\\') {
      // skip a command name so `\left(`, `\cdot` etc. are not split inside
      let j = i + 1;
      while (j < s.length && /[a-zA-Z]/.test(s[j])) j++;
      if (j > i + 1) i = j - 1;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth--;
  }
  out.push(s.slice(last));
  return out.map((x) => x.trim());
}

const LIST_SEP = /,|;|\\text\{\s*(?:or|and)\s*\}|\\(?:quad|qquad)\b|\s+or\s+|\s+and\s+|\\(?:lor|vee)(?![a-zA-Z])/;
const REL = /\\leq?(?![a-zA-Z])|\\geq?(?![a-zA-Z])|\\lt(?![a-zA-Z])|\\gt(?![a-zA-Z])|\\leqslant|\\geqslant|<=|>=|<|>/;

/** Is `s` a name (variable, subscripted symbol, f(x), greek letter) that an equation's side can be dropped for? */
function isName(s: string): boolean {
  const t = s.replace(/\s+/g, '');
  return /^(?:[a-zA-Z]|\\[a-zA-Z]+)(?:_\{?[\w\\,]+\}?)?(?:\^\{?-1\}?)?'*(?:\([a-z](?:,[a-z])*\))?$/.test(t) || /^[a-zA-Z](?:\^\{?-1\}?)?'*\((?:[^()=]|\\[a-z]+\{[^{}]*\}\{[^{}]*\}){1,30}\)$/.test(t) || /^[A-Z]{1,3}$/.test(t) || /^\\angle[A-Z]{1,3}$/.test(t);
}

/** Text with no variable in it (only digits, operators and commands such as `\binom`, `\frac`, `\pi`). */
function isConstantText(s: string): boolean {
  return /\d/.test(s) && !/[a-zA-Z]/.test(s.replace(/\\(?:binom|[dt]?frac|sqrt|pi|cdot|times|div|left|right|ldots|cdots|gcd|lcm|max|min|operatorname\{(?:gcd|lcm)\})(?![a-zA-Z])/g, ''));
}

function stripOuter(s: string, open: string, close: string): string | null {
  if (!s.startsWith(open) || !s.endsWith(close)) return null;
  const inner = s.slice(open.length, s.length - close.length);
  // The outer pair must enclose everything: check depth never drops below zero.
  let d = 0;
  for (const c of inner) {
    if (c === '(' || c === '[' || c === '{') d++;
    else if (c === ')' || c === ']' || c === '}') {
      d--;
      if (d < 0) return null;
    }
  }
  return d === 0 ? inner : null;
}

/**
 * A member of a set or list written with `\pm` (`\{1 \pm \sqrt5, -2\}`) stands for its two values: a
 * member parsed as a list can only come from a `\pm` (the separators were split already).
 */
function plusMinusMembers(m: Struct): Struct[] {
  return m.k === 'list' ? m.items : [m];
}

function parseStruct(s0: string, depth = 0): Struct {
  let s = s0.trim();
  if (depth > 6) return { k: 'scalar', s };
  if (/^(?:\\emptyset|\\varnothing|∅|\\\{\s*\\\})$/.test(s) || textKey(s) === 'emptyset') return { k: 'set', items: [] };
  const member = /^(?:[a-zA-Z]|\\(?:alpha|beta|gamma|delta|epsilon|varepsilon|theta|lambda|mu|nu|xi|rho|sigma|tau|phi|varphi|psi|omega|kappa|eta|zeta))(?:_\{?\w+\}?)?\s*\\in\s*(.+)$/.exec(s);
  if (member) s = member[1].trim();
  // `\left[\begin{array}...\end{array}\right]`: brackets around a matrix environment.
  const wrapped = /^[([]\s*(\\begin\{(?:[pbvBV]?matrix|array|smallmatrix)\}[\s\S]*\\end\{(?:[pbvBV]?matrix|array|smallmatrix)\})\s*[)\]]$/.exec(s);
  if (wrapped) s = wrapped[1];
  // A scalar factor in front of a matrix (`\frac{1}{49}\begin{pmatrix} 16 \\ 48 \end{pmatrix}`): scale every entry.
  const scaled = /^([^\\]*?|\\[dt]?frac\{[^{}]*\}\{[^{}]*\}|\\sqrt\{[^{}]*\})\s*(?:\\cdot\s*)?(\\begin\{([pbvBV]?matrix)\}([\s\S]*)\\end\{\3\})$/.exec(s);
  if (scaled && scaled[1].trim() !== '' && !/[a-zA-Z]/.test(scaled[1].replace(/\\(?:[dt]?frac|sqrt)/g, ''))) {
    const factor = scaled[1].trim();
    const rows = scaled[4].split(/\\\\/).map((r) => r.trim()).filter((r) => r !== '');
    return { k: 'matrix', rows: rows.map((r) => r.split('&').map((c) => parseStruct(`(${factor})\\cdot(${c.trim()})`, depth + 1))) };
  }
  const mat = /^\\begin\{([pbvBV]?matrix|array|smallmatrix)\}(?:\{[^{}]*\})?([\s\S]*)\\end\{\1\}$/.exec(s);
  if (mat) {
    const rows = mat[2]
      .split(/\\\\/)
      .map((r) => r.trim())
      .filter((r) => r !== '')
      .map((r) => r.split('&').map((c) => parseStruct(c, depth + 1)));
    return { k: 'matrix', rows };
  }
  const set = stripOuter(s, '\\{', '\\}');
  // Set-builder notation `\{x : 0 < x < 1\}`, `\{x \mid x > 2\}`: the condition.
  const builder = set === null ? null : /^\s*([a-zA-Z])\s*(?::|\\mid|\||\\vert)\s*([\s\S]+)$/.exec(set);
  if (builder && /\\[lg]eq?|[<>]|\\neq?|\\in/.test(builder[2])) return parseStruct(builder[2], depth + 1);
  if (set !== null) {
    const items = set.trim() === '' ? [] : splitTop(set, LIST_SEP).filter((x) => x !== '');
    // A set written with a repeated member (`\{1, 2, 2\}`) is the same set.
    const seen = new Set<string>();
    const members = items.flatMap((x) => plusMinusMembers(parseStruct(x, depth + 1))).filter((m) => {
      const key = structKey(m);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    return { k: 'set', items: members };
  }
  // `P(3, 4)`: a labelled point is the point.
  const labelled = /^[A-Z]\s*(\([^()]*,[^()]*\))$/.exec(s);
  if (labelled) s = labelled[1];
  // `\langle 1, 1, 1 \rangle`: a vector written with angle brackets is a tuple.
  const angle = /^\\langle\s*([^]*)\\rangle$/.exec(s);
  if (angle && !/\\[lr]angle/.test(angle[1])) s = `(${angle[1]})`;
  // `(\pm 3, \pm 2)`: a point with \pm coordinates stands for every sign combination (at most 16 points).
  const pmTuple = /^\(([^()]*\\pm[^()]*)\)$/.exec(s);
  if (pmTuple && depth < 4) {
    const coords = pmTuple[1].split(',').map((x) => x.trim());
    const pms = coords.filter((x) => /^\\pm\s*[^\\]+$/.test(x)).length;
    if (coords.length >= 2 && coords.length <= 4 && pms >= 1 && coords.every((x) => !/\\pm/.test(x) || /^\\pm\s*[^\\]+$/.test(x))) {
      let points: string[][] = [[]];
      for (const c of coords) {
        const v = c.replace(/^\\pm\s*/, '');
        points = c.startsWith('\\pm') ? points.flatMap((p) => [[...p, v], [...p, `-${v}`]]) : points.map((p) => [...p, c]);
      }
      return parseStruct(points.map((p) => `(${p.join(', ')})`).join(', '), depth + 1);
    }
  }
  // `(0,36) \setminus \{9\}`: an interval with points removed is the union of the pieces between them.
  const minus = /^([([])\s*([^,()[\]]+?)\s*,\s*([^,()[\]]+?)\s*([)\]])\s*(?:\\setminus|\\backslash|\\smallsetminus|-)\s*\\\{([^{}]*)\\\}$/.exec(s);
  if (minus && depth < 4) {
    const cuts = minus[5].split(',').map((x) => x.trim()).filter(Boolean);
    if (cuts.length >= 1 && cuts.length <= 10 && cuts.every((x) => /^-?\d+(?:\.\d+)?$/.test(x))) {
      const pts = cuts.map(Number).sort((a, b) => a - b).map(String);
      const bounds = [minus[2], ...pts, minus[3]];
      const pieces = bounds.slice(0, -1).map((lo, i) => `${i === 0 ? minus[1] : '('}${lo}, ${bounds[i + 1]}${i === bounds.length - 2 ? minus[4] : ')'}`);
      return parseStruct(pieces.join(' \\cup '), depth + 1);
    }
  }
  const unionParts = splitTop(s, /\\cup(?![a-zA-Z])|∪/);
  if (unionParts.length > 1) {
    const parts = unionParts.map((x) => parseStruct(x, depth + 1));
    // `\{1, 2\} \cup \{3\}`: a union of finite sets is the set of all their members.
    if (parts.every((p) => p.k === 'set')) {
      const seen = new Set<string>();
      const items = parts.flatMap((p) => (p.k === 'set' ? p.items : [])).filter((m) => {
        const key = structKey(m);
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (items.length <= LIMITS.maxItems) return { k: 'set', items };
    }
    return { k: 'union', parts };
  }
  const items = splitTop(s, LIST_SEP).filter((x) => x !== '');
  if (items.length > 1) {
    if (items.length > LIMITS.maxItems) return { k: 'list', items: [] };
    return { k: 'list', items: items.flatMap((x) => plusMinusMembers(parseStruct(x, depth + 1))) };
  }
  const pm = splitTop(s, /\\pm(?![a-zA-Z])|±/);
  // One `\pm` inside a group (`x = \frac{1 \pm \sqrt5}{2}`): the two values.
  if (pm.length === 1 && (s.match(/\\pm(?![a-zA-Z])|±/g) ?? []).length === 1) {
    return { k: 'list', items: [parseStruct(s.replace(/\\pm(?![a-zA-Z])|±/, '+'), depth + 1), parseStruct(s.replace(/\\pm(?![a-zA-Z])|±/, '-'), depth + 1)] };
  }
  if (pm.length === 2) {
    const eqPm = splitTop(pm[0], /=/);
    if (eqPm.length === 2 && isName(eqPm[0])) return parseStruct(`${eqPm[1] || '0'} + ${pm[1]}, ${eqPm[1] || '0'} - ${pm[1]}`, depth + 1);
    return { k: 'list', items: [parseStruct(`${pm[0] || '0'} + ${pm[1]}`, depth + 1), parseStruct(`${pm[0] || '0'} - (${pm[1]})`, depth + 1)] };
  }
  // `x \neq 0`: the real line without one point; `|x| < 2`: a symmetric interval.
  const ne = /^([a-zA-Z])\s*(?:\\neq?|≠|!=)(?![a-zA-Z])\s*([^<>=]+)$/.exec(s);
  if (ne && !/[a-zA-Z]/.test(ne[2].replace(/\\(?:frac|sqrt|pi)(?![a-zA-Z])/g, ''))) {
    return parseStruct(`(-\\infty, ${ne[2]}) \\cup (${ne[2]}, \\infty)`, depth + 1);
  }
  const absOut = /^\|\s*([a-zA-Z])\s*\|\s*(>|\\gt|\\ge|\\geq|>=)(?![a-zA-Z])\s*([^<>=|]+)$/.exec(s);
  if (absOut && !/[a-zA-Z]/.test(absOut[3].replace(/\\(?:frac|sqrt|pi)(?![a-zA-Z])/g, ''))) {
    const strict = absOut[2] === '>' || absOut[2] === '\\gt';
    return parseStruct(`(-\\infty, -(${absOut[3]})${strict ? ')' : ']'} \\cup ${strict ? '(' : '['}${absOut[3]}, \\infty)`, depth + 1);
  }
  const absRel = /^\|\s*([a-zA-Z])\s*\|\s*(<|\\lt|\\le|\\leq|<=)(?![a-zA-Z])\s*([^<>=|]+)$/.exec(s);
  if (absRel && !/[a-zA-Z]/.test(absRel[3].replace(/\\(?:frac|sqrt|pi)(?![a-zA-Z])/g, ''))) {
    const op = absRel[2] === '<' || absRel[2] === '\\lt' ? '<' : '\\le';
    return parseStruct(`-(${absRel[3]}) ${op} ${absRel[1]} ${op} ${absRel[3]}`, depth + 1);
  }
  const rel = splitRelations(s);
  if (rel) return rel;
  // `\frac16 \approx 0.167`: an exact value annotated with its decimal is the exact value;
  // `x \approx 0.167` is the decimal.
  const approx = splitTop(s, /\\approx(?![a-zA-Z])|≈/);
  if (approx.length === 2 && approx[0].trim() !== '' && /^\s*-?\d[\d.,]*\s*(?:(?:\\times|\\cdot)\s*10\s*\^\s*\{?\s*-?\d+\s*\}?\s*)?$/.test(approx[1])) {
    // `\pi \approx 3.14` and `e \approx 2.718` name constants: the exact value comes first.
    const variable = isName(approx[0]) && !/^(?:\\pi|e)$/.test(approx[0].replace(/\s+/g, ''));
    return parseStruct(variable ? approx[1] : approx[0], depth + 1);
  }
  const eq = splitTop(s, /=/);
  // `\binom{10}{3} = 120`: a chain of constant expressions is its last side.
  if (eq.length >= 2 && eq.every((x) => x.trim() !== '' && isConstantText(x))) return parseStruct(eq[eq.length - 1], depth + 1);
  // `(a, b, c) = (5, 12, 13)`: a tuple of names equal to a tuple of values is the values.
  if (eq.length === 2) {
    const names = stripOuter(eq[0].trim(), '(', ')') ?? stripOuter(eq[0].trim(), '\\langle', '\\rangle');
    if (names !== null && names.includes(',') && names.split(',').every((n) => isName(n)) && /^\s*(?:\(|\\langle)/.test(eq[1])) return parseStruct(eq[1], depth + 1);
  }
  if (eq.length >= 2 && !/\\[ln]eq?$/.test(eq[0])) {
    // a = b = c: keep the first and the last side.
    const lhs = eq[0];
    const rhs = eq[eq.length - 1];
    if (eq.length > 2 && isName(lhs)) return { k: 'eq', lhs, rhs };
    return { k: 'eq', lhs, rhs };
  }
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['(', ']'],
    ['[', ')'],
    ['\\langle', '\\rangle'],
  ]) {
    const inner = stripOuter(s, open, close);
    if (inner !== null) {
      let parts = splitTop(inner, /,/);
      if (parts.length < 2) parts = splitTop(inner, /;/);
      if (parts.length >= 2) return { k: 'tuple', open: open === '\\langle' ? '(' : open, close: close === '\\rangle' ? ')' : close, items: parts.map((x) => parseStruct(x, depth + 1)) };
    }
  }
  return { k: 'scalar', s };
}

/** `a < x \le b`, `x \ge 3`, `3 < x` as an interval; null when not a one-variable inequality. */
function splitRelations(s: string): Struct | null {
  const parts: string[] = [];
  const ops: string[] = [];
  let rest = s;
  for (let n = 0; n < 4; n++) {
    const m = REL.exec(rest);
    if (!m) break;
    parts.push(rest.slice(0, m.index).trim());
    ops.push(m[0]);
    rest = rest.slice(m.index + m[0].length);
  }
  if (ops.length === 0) return null;
  parts.push(rest.trim());
  const less = (op: string) => /^(?:<|<=|\\lt|\\le|\\leq|\\leqslant)$/.test(op);
  const closed = (op: string) => /=|\\le|\\ge/.test(op);
  if (ops.length === 1) {
    const [a, b] = parts;
    if (isName(a) && !isName(b)) return less(ops[0]) ? { k: 'interval', lo: null, hi: b, loClosed: false, hiClosed: closed(ops[0]) } : { k: 'interval', lo: b, hi: null, loClosed: closed(ops[0]), hiClosed: false };
    if (isName(b) && !isName(a)) return less(ops[0]) ? { k: 'interval', lo: a, hi: null, loClosed: closed(ops[0]), hiClosed: false } : { k: 'interval', lo: null, hi: a, loClosed: false, hiClosed: closed(ops[0]) };
    return null;
  }
  if (ops.length === 2 && isName(parts[1]) && less(ops[0]) === less(ops[1])) {
    const [a, , b] = parts;
    return less(ops[0]) ? { k: 'interval', lo: a, hi: b, loClosed: closed(ops[0]), hiClosed: closed(ops[1]) } : { k: 'interval', lo: b, hi: a, loClosed: closed(ops[1]), hiClosed: closed(ops[0]) };
  }
  return null;
}

/** Interval view of a tuple `(a, b]` / `[a, \infty)`; null for other shapes. */
function asInterval(x: Struct): { lo: string | null; hi: string | null; loClosed: boolean; hiClosed: boolean } | null {
  if (x.k === 'interval') return x;
  if (x.k === 'tuple' && x.items.length === 2 && x.items.every((i) => i.k === 'scalar')) {
    const lo = (x.items[0] as { s: string }).s;
    const hi = (x.items[1] as { s: string }).s;
    const inf = (t: string) => /^[+]?\\infty$|^\+?∞$|^\\infty$/.test(t.replace(/\s/g, ''));
    const ninf = (t: string) => /^-\\infty$|^-∞$/.test(t.replace(/\s/g, ''));
    return { lo: ninf(lo) ? null : lo, hi: inf(hi) ? null : hi, loClosed: x.open === '[', hiClosed: x.close === ']' };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------

/** Canonical text of a word answer (`\text{Monday}` = `monday`, `\emptyset` = `no solution`), or null for math. */
function textKey(s: string): string | null {
  let t = s.replace(/\\(?:text|textbf|mathrm|mbox|textit)\s*\{([^{}]*)\}/g, '$1').replace(/[{}$]/g, '').trim().toLowerCase();
  t = t.replace(/[.!]$/, '').replace(/\s+/g, ' ');
  if (/^(\\emptyset|\\varnothing|∅|no solutions?|none|no real solutions?|\\\{\s*\\\})$/.test(t)) return 'emptyset';
  if (/^[a-z][a-z '-]{2,}$/.test(t) && /[a-z]{3,}/.test(t)) return t;
  // Words in other scripts (五, Montag): any letters outside ASCII.
  if (/^[\p{L}][\p{L} '-]*$/u.test(t) && /[^\p{ASCII}]/u.test(t) && !/\\/.test(t)) return t;
  return null;
}

/** Compare two plain values given as LaTeX strings (units, percent and degrees already split off). */
/** Text without spaces, except between two digits (`10\,24` is not `1024`). */
const squeezeSpaces = (x: string): string => x.replace(/(?<!\d)\s+|\s+(?!\d)/g, '');

function scalarEq(a: string, r: string): Decision {
  const ta = textKey(a);
  const tr = textKey(r);
  if (tr !== null || ta !== null) return ta !== null && ta === tr ? 'equal' : 'different';
  const ca = stripThousands(a);
  const cr = stripThousands(r);
  if (squeezeSpaces(ca) === squeezeSpaces(cr)) return 'equal';
  const ea = parseScalar(ca);
  const er = parseScalar(cr);
  if (!ea || !er) return 'undecided';
  return scalarDecision(ea, er, cr);
}

function sideExpr(s: string): Expr | undefined {
  return parseScalar(stripThousands(s));
}

/** Two equations are the same when lhs-rhs of one is a non-zero constant times lhs-rhs of the other. */
function equationsEqual(a: { lhs: string; rhs: string }, r: { lhs: string; rhs: string }): Decision {
  if (isName(a.lhs) && isName(r.lhs) && a.lhs.replace(/\s/g, '') === r.lhs.replace(/\s/g, '')) return scalarEq(a.rhs, r.rhs);
  const al = sideExpr(a.lhs);
  const ar = sideExpr(a.rhs);
  const rl = sideExpr(r.lhs);
  const rr = sideExpr(r.rhs);
  if (!al || !ar || !rl || !rr) return 'undecided';
  const da: Expr = { k: 'add', a: [al, { k: 'neg', a: ar }] };
  const dr: Expr = { k: 'add', a: [rl, { k: 'neg', a: rr }] };
  if (probeEqual(da, dr) === 'equal') return 'equal';
  return constantOver({ k: 'div', a: da, b: dr }) !== null ? 'equal' : 'different';
}

/** The value of `e` when it is the same non-zero finite constant at every probe point, else null. */
function constantOver(e: Expr): number | null {
  const vals: Array<[number, number]> = [];
  const names: string[] = [];
  for (let p = 0; p < 6; p++) {
    const v = evalComplex(e, p, names);
    if (v.every(Number.isFinite)) vals.push(v);
  }
  if (vals.length < 3) return null;
  const [r0, i0] = vals[0];
  if (Math.hypot(r0, i0) < 1e-12) return null;
  for (const [r, i] of vals) if (Math.hypot(r - r0, i - i0) > 1e-9 * Math.max(1, Math.hypot(r0, i0))) return null;
  return r0;
}

const structKey = (x: Struct): string => JSON.stringify(x).replace(/\s+/g, '');

function matchSets(a: Struct[], r: Struct[]): Decision {
  if (a.length !== r.length) return 'different';
  const used = new Array<boolean>(r.length).fill(false);
  // Pair textually identical members first, then compare the rest by value.
  const rKeys = r.map(structKey);
  const rest: Struct[] = [];
  for (const x of a) {
    const k = structKey(x);
    const j = rKeys.findIndex((rk, idx) => !used[idx] && rk === k);
    if (j >= 0) used[j] = true;
    else rest.push(x);
  }
  for (const x of rest) {
    let found = false;
    for (let j = 0; j < r.length; j++) {
      if (used[j]) continue;
      if (structEq(x, r[j]) === 'equal') {
        used[j] = true;
        found = true;
        break;
      }
    }
    if (!found) return 'different';
  }
  return 'equal';
}

function matchOrdered(a: Struct[], r: Struct[]): Decision {
  if (a.length !== r.length) return 'different';
  for (let i = 0; i < a.length; i++) if (structEq(a[i], r[i]) !== 'equal') return 'different';
  return 'equal';
}

/** Solution-list item `x = 3` reduced to `3` (for comparing `x = 1, x = 2` with `1, 2`). */
/** Named values (`a=2, b=3`) on both sides with the same set of names: compare name by name; else null. */
function matchNamed(a: Struct[], r: Struct[]): Decision | null {
  const names = (xs: Struct[]) => xs.map((x) => (x.k === 'eq' && isName(x.lhs) ? x.lhs.replace(/\s+/g, '') : null));
  const na = names(a);
  const nr = names(r);
  if (na.some((n) => n === null) || nr.some((n) => n === null)) return null;
  if (new Set(na).size !== na.length || new Set(nr).size !== nr.length || na.length !== nr.length || !nr.every((n) => na.includes(n))) return null;
  for (let j = 0; j < r.length; j++) {
    const i = na.indexOf(nr[j]);
    if (structEq(dropName(a[i]), dropName(r[j])) !== 'equal') return 'different';
  }
  return 'equal';
}

function dropName(x: Struct): Struct {
  if (x.k === 'eq' && isName(x.lhs)) return parseStruct(x.rhs);
  return x;
}

function endpointEq(a: string | null, r: string | null): boolean {
  if (a === null || r === null) return a === r;
  return scalarEq(a, r) === 'equal';
}

function structEq(a: Struct, r: Struct): Decision {
  // Equations against values.
  if (r.k === 'eq' && a.k === 'eq') return equationsEqual(a, r);
  if (r.k === 'eq') {
    if (isName(r.lhs)) return structEq(a, parseStruct(r.rhs));
    if (isName(r.rhs)) return structEq(a, parseStruct(r.lhs));
    return 'different';
  }
  if (a.k === 'eq') {
    if (isName(a.lhs)) return structEq(parseStruct(a.rhs), r);
    // "a+b = 17" for the asked-for quantity a+b: a left side made only of names, a plain-number right side.
    if (r.k === 'scalar' && /^[A-Za-z][A-Za-z\s+-]*$/.test(a.lhs.trim()) && /^-?\d+(?:\.\d+)?$/.test(a.rhs.trim())) return scalarEq(a.rhs, r.s);
    return 'different';
  }
  const ia = asInterval(a);
  const ir = asInterval(r);
  if ((a.k === 'interval' || r.k === 'interval') && ia && ir) {
    return ia.loClosed === ir.loClosed && ia.hiClosed === ir.hiClosed && endpointEq(ia.lo, ir.lo) && endpointEq(ia.hi, ir.hi) ? 'equal' : 'different';
  }
  switch (r.k) {
    case 'scalar':
      if (a.k === 'scalar') return scalarEq(a.s, r.s);
      if ((a.k === 'list' || a.k === 'set') && a.items.length === 1) return structEq(a.items[0], r);
      return 'different';
    case 'set':
    case 'list': {
      if (a.k === 'list' || a.k === 'set') {
        // `a=2, b=3` vs `a=3, b=2`: named values are matched by name when both sides name the same things.
        const byName = matchNamed(a.items, r.items);
        if (byName !== null) return byName;
        // "a = 0.45, b = 1.68" for the bare list "1.68, 0.45": values named by distinct letters, written in
        // alphabetical order, stand in that order (the reference lists them in variable order).
        if (r.k === 'list' && a.items.length === r.items.length && a.items.length > 1) {
          const names = a.items.map((x) => (x.k === 'eq' && /^[a-zA-Z]$/.test(x.lhs.trim()) ? x.lhs.trim() : null));
          if (names.every((n) => n !== null) && new Set(names).size === names.length && names.every((n, i) => i === 0 || (names[i - 1] as string) < (n as string)) && r.items.every((x) => x.k !== 'eq')) {
            return matchOrdered(a.items.map(dropName), r.items);
          }
        }
        return matchSets(a.items.map(dropName), r.items.map(dropName));
      }
      if (r.items.length === 1) return structEq(a, r.items[0]);
      if (a.k === 'tuple' && r.k === 'list' && a.open === '(' && a.close === ')') return matchOrdered(a.items, r.items);
      return 'different';
    }
    case 'tuple': {
      if (a.k === 'tuple') return a.open === r.open && a.close === r.close ? matchOrdered(a.items, r.items) : 'different';
      if (a.k === 'list' && r.open === '(' && r.close === ')') {
        // "1, 2" for the point (1, 2); "x = 1, y = 2" for (1, 2).
        return matchOrdered(a.items.map(dropName), r.items);
      }
      if (a.k === 'matrix' && (a.rows.length === 1 || a.rows.every((row) => row.length === 1))) return matchOrdered(a.rows.flat(), r.items);
      return 'different';
    }
    case 'union':
      if (a.k === 'union') return matchSets(a.parts, r.parts);
      // `x \le 1 \text{ or } x \ge 3`: a list of one-variable inequalities is their union.
      if (a.k === 'list' && a.items.length === r.parts.length && a.items.every((x) => x.k === 'interval')) return matchSets(a.items, r.parts);
      return 'different';
    case 'matrix':
      if (a.k === 'matrix') {
        if (a.rows.length !== r.rows.length || a.rows.some((row, i) => row.length !== r.rows[i].length)) return 'different';
        return matchOrdered(a.rows.flat(), r.rows.flat());
      }
      if (a.k === 'tuple' && (r.rows.length === 1 || r.rows.every((row) => row.length === 1))) return matchOrdered(a.items, r.rows.flat());
      return 'different';
    case 'interval':
      return 'different';
  }
}

const INT = /^\s*-?\d{1,300}\s*$/;
/** A trailing modulus: `\pmod{7}`, `\pmod 7`, `(\bmod 7)`, `(mod 7)`, `\mod 7`; group 1 the residue part, 2-4 the modulus. */
const MODULUS = /^(.*?)\s*(?:\\pmod\s*\{\s*(\d{1,30})\s*\}|\\pmod\s*(\d{1,30})|\(?\s*\\?(?:bmod|mod)\s*\{?\s*(\d{1,30})\s*\}?\s*\)?)\s*$/;

/** Outcome of an equivalence check with a short reason. */
export interface Equivalence {
  equal: boolean;
  how: string;
}

/**
 * Is the answer `ans` equivalent to the reference `ref` (both LaTeX-ish strings)? Pure and bounded:
 * inputs over the size limits are not equivalent.
 */
export function equivalent(ans: string, ref: string): Equivalence {
  if (ans.length > LIMITS.maxAnswerChars || nestingDepth(ans) > LIMITS.maxNesting) return { equal: false, how: 'rejected:size' };
  // Fast path: two plain integers (AIME, AMC and much of MATH).
  if (INT.test(ans) && INT.test(ref)) return BigInt(ans.trim()) === BigInt(ref.trim()) ? { equal: true, how: 'equal:integer' } : { equal: false, how: 'different' };
  const a0 = cleanLatex(ans);
  const r0 = cleanLatex(ref);
  if (isMcReference(r0)) {
    const want = mcLetters(r0, false);
    const got = mcLetters(a0);
    return { equal: want !== null && got === want, how: got === null ? 'different:no_choice' : got === want ? 'equal:choice' : 'different:choice' };
  }
  // A residue with its modulus (`3 \pmod{7}`, `x \equiv 3 \pmod 7`, `3 (mod 7)`): the moduli must agree when
  // both sides name one, integers then compare as residues; otherwise the residue is the answer.
  const am = a0.includes('mod') ? MODULUS.exec(a0) : null;
  const rm = r0.includes('mod') ? MODULUS.exec(r0) : null;
  if (am || rm) {
    const mA = am ? (am[2] ?? am[3] ?? am[4]) : null;
    const mR = rm ? (rm[2] ?? rm[3] ?? rm[4]) : null;
    if (mA !== null && mR !== null && BigInt(mA) !== BigInt(mR)) return { equal: false, how: 'different:modulus' };
    // (cleanLatex has already written `\equiv` as `=`.)
    const residue = (m: RegExpExecArray | null, s: string): string => (m ? m[1] : s).replace(/^\s*[a-zA-Z]\s*=\s*/, '');
    const ra = residue(am, a0);
    const rr = residue(rm, r0);
    const mod = mA ?? mR;
    if (mA !== null && mR !== null && mod !== null && INT.test(ra) && INT.test(rr) && BigInt(mod) > 0n) {
      const k = BigInt(mod);
      return (((BigInt(ra.trim()) - BigInt(rr.trim())) % k) + k) % k === 0n ? { equal: true, how: 'equal:residue' } : { equal: false, how: 'different' };
    }
    if (ra.trim() && rr.trim()) return equivalent(ra, rr);
  }
  // A reference that is an option with its value (`\textbf{(A) }5`): the letter or the value.
  const refLabelled = /^(?:\\text(?:bf)?\{\s*)?\(([A-E])\)\s*\}?\s*(.+)$/.exec(r0);
  if (refLabelled) {
    const got = mcLetters(a0);
    if (got !== null) return got === refLabelled[1] ? { equal: true, how: 'equal:choice' } : { equal: false, how: 'different:choice' };
    return equivalent(ans, refLabelled[2]);
  }
  // "(C) 142" or "\textbf{(C) } 142" for a numeric reference: the value counts, not the option label.
  const labelled = /^(?:\\text(?:bf)?\{\s*)?\(([A-E])\)\s*\}?\s*(.+)$/.exec(a0);
  const ma = splitUnits(labelled ? labelled[2] : a0);
  const mr = splitUnits(r0);
  if (ma.unit && mr.unit && ma.unit !== mr.unit && canonicalUnit(ma.unit) !== canonicalUnit(mr.unit)) return { equal: false, how: 'different:unit' };
  // `28.71 \text{ rad}` for `28.71^\circ`: an explicit unit that is not the other side's degrees.
  if ((mr.degrees && ma.unit && !ma.degrees && !ma.unit.startsWith('deg')) || (ma.degrees && mr.unit && !mr.degrees && !mr.unit.startsWith('deg'))) return { equal: false, how: 'different:unit' };
  if (squeezeSpaces(a0) === squeezeSpaces(r0)) return { equal: true, how: 'equal:string' };
  // `\text{SRAC} = \text{LRAC}` for `SRAC=LRAC`: words in text wrappers are the words.
  const unwrapWords = (x: string) => squeezeSpaces(x.replace(/\\(?:text|mathrm|textrm|operatorname)\s*\{\s*([A-Za-z][A-Za-z ]*?)\s*\}/g, '$1'));
  if (/\\(?:text|mathrm|textrm|operatorname)\s*\{/.test(a0 + r0) && unwrapWords(a0) === unwrapWords(r0)) return { equal: true, how: 'equal:string' };
  // `\$32{,}348.37` for `\$32,\!348`: a whole-dollar reference is money rounded to the dollar (MATH's "to the
  // nearest dollar"), so dollars and cents that round to it match (rule 5); only with a dollar sign on both sides.
  if (mr.unit === 'usd' && ma.unit === 'usd') {
    const rb = stripThousands(mr.body).trim();
    const ab = stripThousands(ma.body).trim();
    if (/^\d+$/.test(rb) && /^\d+\.\d{2}$/.test(ab) && Math.abs(Number(ab) - Number(rb)) < 0.5) return { equal: true, how: 'equal:rounded_money' };
  }
  const d = structEq(parseStruct(stripThousands(ma.body)), parseStruct(stripThousands(mr.body)));
  if (d === 'equal') return { equal: true, how: 'equal' };
  // A unit word that is really part of a text answer ("5 apples" vs "5"): retry on the raw strings.
  return { equal: false, how: d };
}
