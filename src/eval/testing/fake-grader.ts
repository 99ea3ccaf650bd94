/**
 * A stand-in grader for tests of the runner: the last `\boxed{...}` compared as a string with the
 * reference (or any of a list). Not the verifier.
 */
import type { Grader } from '../grader.js';

/** The stand-in grader; `calls` lists every response it was asked to grade. */
export function fakeGrader(): Grader & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async grade(response, reference, mode) {
      calls.push(response);
      const m = [...response.matchAll(/\\boxed\{([^}]*)\}/g)].pop();
      const extracted = m ? m[1] : null;
      const refs = (Array.isArray(reference) ? reference : [reference]).map((r) => String(r).trim());
      const correct = extracted !== null && refs.includes(extracted.trim());
      return { correct, extracted, reason: `${mode}:${correct ? 'equal' : 'different'}` };
    },
    async close() {},
  };
}
