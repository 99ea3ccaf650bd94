/**
 * Strict grading (dissect's rules, the default mode). See docs/verifier.md for the rules and every
 * deliberate difference from the DeepScaleR grader.
 */
import type { GradeResult, Reference } from '../types.js';
import { equivalent } from './compare.js';
import { afterThink, extractStrict, sentenceNames, valueInSentence } from './extract.js';
import { LIMITS } from './limits.js';
import { canonicalUnit, cleanLatex, referenceAlternatives, splitUnits } from './normalize.js';

/** Program code in a final answer (rule 9): rejected, never evaluated. */
const CODE = /```|(?<![\\a-zA-Z])(?:import\s+[\w.]+|from\s+\w+\s+import|lambda\s*\w*\s*:|(?:eval|exec|print|require|system|popen|compile|open|getattr)\s*\(|return\s+\S|function\s*\w*\s*\(|console\.\w|subprocess|def\s+\w+\s*\()|__\w+__|=>|\bos\.\w|\bsys\.\w|;\s*[a-z_]\w*\s*=|\$\{|<script|\bprocess\.\w/i;

/** The answer a response gives under strict rules 1-3 (null when none, hedged, retracted or rejected). */
export function extractStrictAnswer(response: string): string | null {
  const ex = extractStrict(response);
  if (ex.reason !== 'ok' || ex.answer === null || ex.alternatives) return null;
  return ex.parts ? ex.parts.join(', ') : ex.answer;
}

/**
 * Rule 6 for a list of reference alternatives (Minerva): when any alternative carries a unit, an
 * answer with an explicit unit none of them has is incorrect, even if an alternative without a unit
 * has the same number (`6.43 \times 10^{16} \text{ m}^{-3}` for `6.43 \times 10^{16}` or
 * `6.43 \times 10^{16} \text{ cm}^{-3}`).
 */
function differentUnit(answer: string, alts: string[]): boolean {
  const unit = splitUnits(cleanLatex(answer)).unit;
  if (unit === null) return false;
  const units = alts.map((a) => splitUnits(cleanLatex(a)).unit).filter((u): u is string => u !== null);
  if (units.length === 0) return false;
  const c = canonicalUnit(unit);
  return !units.some((u) => u === unit || canonicalUnit(u) === c);
}

/** Grade `response` against `reference` under the strict rules. Pure, synchronous, bounded. */
export function gradeStrict(response: string, reference: Reference, unit?: string): GradeResult {
  const ex = extractStrict(response);
  if (ex.reason !== 'ok' || ex.answer === null) return { correct: false, extracted: ex.answer, reason: ex.reason };
  const answer = ex.answer;
  if (answer.length > LIMITS.maxAnswerChars) return { correct: false, extracted: answer.slice(0, 200), reason: 'rejected:too_long' };
  if (CODE.test(answer)) return { correct: false, extracted: answer, reason: 'rejected:code' };
  const alts = referenceAlternatives(reference);
  if (alts.length === 0 || alts.every((a) => a.trim() === '')) return { correct: false, extracted: answer, reason: 'bad_reference' };
  if (ex.parts) {
    // Several different boxes: correct only as the parts of one multi-part answer ("x = \boxed{2} or
    // x = \boxed{3}" lists the solutions 2, 3; against a single value the same text is a hedge).
    const joined = ex.parts.join(', ');
    for (const alt of alts) {
      if (equivalent(joined, alt).equal || (!ex.alternatives && equivalent(`(${joined})`, alt).equal)) return { correct: true, extracted: joined, reason: 'equal:multi_box' };
    }
    if (!ex.steps) return { correct: false, extracted: joined, reason: ex.alternatives ? 'hedged' : 'hedged:boxes' };
  }
  if (alts.length > 1 && differentUnit(answer, alts)) return { correct: false, extracted: answer, reason: 'different:unit' };
  if (unit !== undefined && unit.trim() !== '' && differentUnit(answer, [`1 ${/\\|\^/.test(unit) ? unit : `\\text{ ${unit}}`}`])) return { correct: false, extracted: answer, reason: 'different:unit' };
  let last = 'different';
  for (const alt of alts) {
    const e = equivalent(answer, alt);
    if (e.equal) return { correct: true, extracted: answer, reason: e.how };
    last = e.how;
  }
  // `2215` for `2215_6` in a response that says it writes the answer in base 6: the reference's digits.
  if (/^\s*[0-9A-Za-z]+\s*$/.test(answer)) {
    for (const alt of alts) {
      const based = /^\s*\$?\s*([0-9A-Za-z]+)\s*_\s*\{?\s*(\d{1,2})\s*\}?\s*\$?\s*$/.exec(alt);
      if (based && answer.trim().toLowerCase() === based[1].toLowerCase() && new RegExp(String.raw`\bbase[\s\-$]*\{?${based[2]}\b`, 'i').test(afterThink(response).slice(-4000))) return { correct: true, extracted: answer, reason: 'equal:base_digits' };
    }
  }
  // `\boxed{\text{The only solution is } x = 5.}`: a box holding a sentence that states one value.
  if (/[a-zA-Z]{2,}\s+[a-zA-Z]{2,}/.test(answer)) {
    const value = valueInSentence(answer);
    if (value !== null && !(alts.length > 1 && differentUnit(value, alts))) {
      for (const alt of alts) if (equivalent(value, alt).equal) return { correct: true, extracted: value, reason: 'equal:sentence' };
    }
    if (value === null) {
      for (const alt of alts) {
        const word = /^(?:\\text\{([^{}]*)\}|([a-zA-Z][a-zA-Z ]*))$/.exec(alt.trim());
        if (word && sentenceNames(answer, word[1] ?? word[2])) return { correct: true, extracted: answer, reason: 'equal:sentence' };
      }
    }
  }
  return { correct: false, extracted: answer, reason: last === 'undecided' ? 'undecided' : last.startsWith('different') || last.startsWith('rejected') ? last : 'different' };
}
