/**
 * DeepScaleR-compatible grading (`--mode deepscaler`): reproduces `deepscaler_reward_fn` of the paper's
 * reference code (deepscaler/rewards/math_reward.py + deepscaler/rewards/math_utils/utils.py, fork
 * takagi97/Dissect-Long-Reason-Models fe466d7) verdict for verdict, quirks included, so paper numbers
 * and verl reward parity can be checked. Conformance: ../shared/conformance/deepscaler_verifier.json.
 *
 * Procedure: `</think>` required; answer = last `\boxed{...}` of the text between the first and the
 * second `</think>`; every ground truth is `str()`-ed (floats Python-style, `142.0`), boxed ground
 * truths are unboxed; correct when any ground truth passes the Hendrycks (mathd) string comparison or
 * the sympy path (`_normalize`, tuple split, integer rule, `simplify(a-b)==0`).
 */
import type { GradeResult, Reference } from '../types.js';
import { pyFloat, pyFloatStr, pyRound, pyStrip } from './python.js';
import { latexToText } from './latex2text.js';
import { sympyEqual } from './sympy-like.js';

class PyError extends Error {}

// ---- Hendrycks (mathd) normalisation -------------------------------------------------------------

function fixFracs(s: string): string {
  const parts = s.split('\\frac');
  let out = parts[0];
  for (const part of parts.slice(1)) {
    out += '\\frac';
    if (part.length === 0) throw new PyError('IndexError');
    if (part[0] === '{') {
      out += part;
      continue;
    }
    if (part.length < 2) return s;
    const a = part[0];
    const b = part[1];
    out += b !== '{' ? `{${a}}{${b}}${part.slice(2)}` : `{${a}}${b}${part.slice(2)}`;
  }
  return out;
}

function fixASlashB(s: string): string {
  const parts = s.split('/');
  if (parts.length !== 2) return s;
  const a = pyInt(parts[0]);
  const b = pyInt(parts[1]);
  if (a === undefined || b === undefined || s !== `${a}/${b}`) return s;
  return `\\frac{${a}}{${b}}`;
}

/** Python `int(str)`: optional sign, digits with single underscores, surrounding whitespace. */
function pyInt(s: string): bigint | undefined {
  const t = pyStrip(s);
  if (!/^[+-]?\d(?:_?\d)*$/.test(t)) return undefined;
  return BigInt(t.replace(/_/g, ''));
}

function removeRightUnits(s: string): string {
  if (s.includes('\\text{ ')) {
    const parts = s.split('\\text{ ');
    if (parts.length !== 2) throw new PyError('AssertionError');
    return parts[0];
  }
  return s;
}

function fixSqrt(s: string): string {
  if (!s.includes('\\sqrt')) return s;
  const parts = s.split('\\sqrt');
  let out = parts[0];
  for (const p of parts.slice(1)) {
    if (p.length === 0) throw new PyError('IndexError');
    out += p[0] !== '{' ? `\\sqrt{${p[0]}}${p.slice(1)}` : `\\sqrt${p}`;
  }
  return out;
}

function stripString(s: string): string {
  s = s.replaceAll('\n', '').replaceAll('\\!', '').replaceAll('\\\\', '\\');
  s = s.replaceAll('tfrac', 'frac').replaceAll('dfrac', 'frac');
  s = s.replaceAll('\\left', '').replaceAll('\\right', '');
  s = s.replaceAll('^{\\circ}', '').replaceAll('^\\circ', '');
  s = s.replaceAll('\\$', '');
  s = removeRightUnits(s);
  s = s.replaceAll('\\%', '');
  s = s.replaceAll(' .', ' 0.').replaceAll('{.', '{0.');
  if (s.length === 0) return s;
  if (s[0] === '.') s = `0${s}`;
  const eq = s.split('=');
  if (eq.length === 2 && [...eq[0]].length <= 2) s = eq[1];
  s = fixSqrt(s);
  s = s.replaceAll(' ', '');
  s = fixFracs(s);
  if (s === '0.5') s = '\\frac{1}{2}';
  return fixASlashB(s);
}

/** `re.search(r"^\\text\{(?P<text>.+?)\}$", s)`: Python's `$` also matches before a final newline. */
const TEXT_WRAP = /^\\text\{([^\n]+?)\}(?=\n?$)/;

/** `mathd_normalize_answer` (Hendrycks MATH normalisation). */
export function mathdNormalize(answer: string): string {
  answer = pyStrip(answer);
  try {
    const m = TEXT_WRAP.exec(answer);
    if (m) answer = pyStrip(m[1]);
    return stripString(answer);
  } catch (e) {
    if (e instanceof PyError) return answer;
    throw e;
  }
}

// ---- sympy-path normalisation --------------------------------------------------------------------

const UNITS = ['degree', 'cm', 'centimeter', 'meter', 'mile', 'second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'foot', 'feet', 'inch', 'yard'];
const UNIT_RES = UNITS.map((u) => new RegExp(`${u}(es)?(s)? *(\\^[0-9]+)?`, 'g'));

function nearInt(x: number): boolean {
  if (!Number.isFinite(x)) return false;
  return Math.abs(x - pyRound(x)) <= 1e-7;
}

function stripProperCommas(expr: string): string {
  const re = /(\d)(,)(\d\d\d)($|(?=\n$)|\D)/g;
  while (true) {
    const next = expr.replace(re, '$1$3$4');
    if (next === expr) return next;
    expr = next;
  }
}

function strIsInt(x: string): boolean {
  const v = pyFloat(stripProperCommas(x));
  return v !== undefined && nearInt(v);
}

function isFrac(expr: string): boolean {
  return /^-?[0-9]+[^\n]?\/0*[1-9][0-9]*[^\n]?(?=\n?$)/.test(expr);
}

function parseLatex(expr: string): string {
  expr = expr.replaceAll('\\tfrac', '\\frac').replaceAll('\\dfrac', '\\frac').replaceAll('\\frac', ' \\frac');
  expr = latexToText(expr);
  expr = expr.replaceAll('√', 'sqrt').replaceAll('π', 'pi').replaceAll('∞', 'inf').replaceAll('∪', 'U').replaceAll('·', '*').replaceAll('×', '*');
  return pyStrip(expr);
}

/** `_normalize` of the sympy path. */
export function sympyNormalize(expr: string): string {
  const m = TEXT_WRAP.exec(expr);
  if (m) expr = m[1];
  expr = expr.replaceAll('\\%', '%').replaceAll('\\$', '$').replaceAll('$', '').replaceAll('%', '');
  expr = expr.replaceAll(' or ', ' , ').replaceAll(' and ', ' , ');
  expr = expr.replaceAll('million', '*10^6').replaceAll('billion', '*10^9').replaceAll('trillion', '*10^12');
  for (const re of UNIT_RES) expr = expr.replace(re, '');
  expr = expr.replace(/\^ *\\circ/g, '');
  if (expr.length > 0 && expr[0] === '{' && expr[expr.length - 1] === '}') expr = expr.slice(1, -1);
  expr = expr.replace(/,\\! */g, '');
  const f = pyFloat(expr);
  if (f !== undefined && nearInt(f)) expr = BigInt(pyRound(f)).toString();
  if (expr.includes('\\')) {
    try {
      expr = parseLatex(expr);
    } catch {
      // pylatexenc raised: `_normalize` keeps the text unchanged.
    }
  }
  expr = expr.replace(/- */g, '-');
  expr = expr.replace(/([0-9]) +([0-9])/g, '$1+$2');
  expr = expr.replaceAll(' ', '').replaceAll('{', '').replaceAll('}', '').toLowerCase();
  if (strIsInt(expr)) {
    const v = pyFloat(expr.replaceAll(',', ''));
    if (v !== undefined && Number.isFinite(v)) expr = BigInt(Math.trunc(v)).toString();
  }
  return expr;
}

function allowEval(expr: string): boolean {
  const letters = new Set([...expr.replaceAll('sqrt', '').replaceAll('frac', '')].filter((c) => /\p{L}/u.test(c)));
  if (letters.size > 2) return false;
  if (expr.includes('^{') || expr.includes('^(')) return false;
  return !/\^[0-9]+\^/.test(expr) && !/\^[0-9][0-9]+/.test(expr);
}

function splitTuple(expr: string): string[] {
  expr = stripProperCommas(expr);
  if (expr.length === 0) return [];
  const T = '()[]';
  if (expr.length > 2 && T.includes(expr[0]) && T.includes(expr[expr.length - 1]) && ![...expr.slice(1, -1)].some((c) => T.includes(c))) {
    return expr.slice(1, -1).split(',').map(pyStrip);
  }
  return [expr];
}

/** `grade_answer_sympy(given, ground_truth)`. */
export function gradeSympy(given: string, gt: string): boolean {
  const gtN = sympyNormalize(gt);
  const givenN = sympyNormalize(given);
  if (gtN === givenN) return true;
  if (givenN.length === 0) return false;
  const gtE = splitTuple(gtN);
  const givenE = splitTuple(givenN);
  if (gtE.length > 1 && (gtN[0] !== givenN[0] || gtN[gtN.length - 1] !== givenN[givenN.length - 1])) return false;
  if (gtE.length !== givenE.length) return false;
  let ok = false;
  for (let i = 0; i < gtE.length; i++) {
    const a = gtE[i];
    const b = givenE[i];
    if (isFrac(a) && isFrac(b)) ok = a === b;
    else if (strIsInt(a) !== strIsInt(b)) ok = false;
    else ok = allowEval(`(${a})-(${b})`) && sympyEqual(a, b);
    if (!ok) break;
  }
  return ok;
}

/** `grade_answer_mathd(given, ground_truth)`. */
export function gradeMathd(given: string, gt: string): boolean {
  return mathdNormalize(gt) === mathdNormalize(given);
}

// ---- extraction ----------------------------------------------------------------------------------

function lastBoxedOnly(s: string): string | null {
  let idx = s.lastIndexOf('\\boxed');
  if (idx < 0) {
    idx = s.lastIndexOf('\\fbox');
    if (idx < 0) return null;
  }
  let depth = 0;
  for (let i = idx; i < s.length; i++) {
    const c = s[i];
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) return s.slice(idx, i + 1);
    }
  }
  return null;
}

function removeBoxed(s: string | null): string | null {
  if (s === null || !s.startsWith('\\boxed{') || !s.endsWith('}')) return null;
  return s.slice('\\boxed{'.length, -1);
}

/** `extract_answer`: content of the last `\boxed{...}`, or null. */
export function deepscalerExtract(passage: string): string | null {
  return passage.includes('\\boxed') ? removeBoxed(lastBoxedOnly(passage)) : null;
}

/** Python `str()` of a ground truth as the reference code sees it (JS numbers are Python floats). */
export function pyStr(v: string | number): string {
  return typeof v === 'number' ? pyFloatStr(v) : v;
}

/**
 * `deepscaler_reward_fn(solution, ground_truth)`. `reference` null/undefined counts as Python None.
 * JS numbers are treated as Python floats (`142` -> `"142.0"`), the AMC convention.
 */
export function gradeDeepscaler(solution: string, reference: Reference | null | undefined): GradeResult {
  if (!solution.includes('</think>')) return { correct: false, extracted: null, reason: 'no_answer:no_close_think' };
  const answer = deepscalerExtract(solution.split('</think>')[1]);
  if (answer === null) return { correct: false, extracted: null, reason: 'no_answer:no_boxed' };
  if (reference === null || reference === undefined) return { correct: false, extracted: answer, reason: 'bad_reference' };
  const truths = typeof reference === 'string' || typeof reference === 'number' ? [reference] : reference;
  const processed: string[] = [];
  for (const t0 of truths) {
    let t = pyStr(t0);
    if (t.includes('\\boxed')) {
      const x = deepscalerExtract(t);
      if (x === null) continue;
      t = x;
    }
    processed.push(t);
  }
  if (processed.length === 0) return { correct: false, extracted: answer, reason: 'bad_reference' };
  for (const gt of processed) {
    if (gradeMathd(answer, gt)) return { correct: true, extracted: answer, reason: 'equal:mathd' };
    if (gradeSympy(answer, gt)) return { correct: true, extracted: answer, reason: 'equal:sympy' };
  }
  return { correct: false, extracted: answer, reason: 'different' };
}
