/**
 * Inputs of `npm run bench:verify`: >= 5,000 responses built (seeded) from the reference answers of
 * ../shared/data/benchmarks/*.json (one correct, one equivalent-form, one wrong response per problem).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Rng } from '../../src/util/rng.js';
import type { Reference } from '../../src/verify/types.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const dataDir = path.resolve(here, '../../../shared/data/benchmarks');
/** Seed of the input generator. */
export const SEED = 20250604;

export interface Item {
  response: string;
  reference: Reference;
  kind: 'correct' | 'equivalent' | 'wrong';
}

export const REASONING =
  'Okay, let me set up the problem carefully. We are given the conditions and need to find the requested quantity.\n' +
  'First, expand everything and collect like terms. Then check the boundary cases one at a time.\n'.repeat(8) +
  'Wait, let me double-check the arithmetic. Yes, that works.\n';

function firstAlt(ref: Reference): string {
  const r = Array.isArray(ref) ? ref[0] : ref;
  return String(r).trim().replace(/^\$|\$$/g, '').replace(/\$\s*,\s*\$/g, ', ');
}

function equivalentForm(ans: string, rng: Rng): string {
  const forms: Array<(a: string) => string | null> = [
    (a) => (a.includes('\\frac') ? a.replace(/\\frac/g, '\\dfrac') : null),
    (a) => (/^\d+$/.test(a) && a.length < 3 ? a.padStart(3, '0') : null),
    (a) => (/^[A-J]$/.test(a) ? `(${a})` : null),
    (a) => (/^[A-J]$/.test(a) ? `\\text{${a}}` : null),
    (a) => {
      // A decimal only where it is exact (terminating): 3/8 -> 0.375, never 2/3 -> 0.666...
      const m = /^\\frac\{(\d+)\}\{(\d+)\}$/.exec(a);
      if (!m) return null;
      let d = Number(m[2]);
      while (d % 2 === 0) d /= 2;
      while (d % 5 === 0) d /= 5;
      return d === 1 ? String(Number(m[1]) / Number(m[2])) : null;
    },
    (a) => (/^-?\d+(\.\d+)?$/.test(a) ? `${a}\\text{ units}` : null),
    (a) => (/^\d{4,}$/.test(a) ? a.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : null),
    (a) => `\\displaystyle ${a}`,
    (a) => (/^[A-J]+$|=|,/.test(a) ? null : `x = ${a}`),
  ];
  const order = rng.shuffle([...forms.keys()]);
  for (const k of order) {
    const v = forms[k](ans);
    if (v !== null) return v;
  }
  return ans;
}

export function buildItems(): Item[] {
  const rng = new Rng(SEED);
  const refs: Reference[] = [];
  for (const f of ['math', 'minerva', 'olympiad_bench', 'aime', 'aime25', 'amc', 'gaokao_math_qa', 'gpqa_diamond', 'mmlu_stem']) {
    const rows = JSON.parse(readFileSync(path.join(dataDir, `${f}.json`), 'utf8')) as Array<{ answer: Reference }>;
    const take = f === 'mmlu_stem' ? rng.shuffle(rows.slice()).slice(0, 600) : rows;
    for (const r of take) refs.push(r.answer);
  }
  const items: Item[] = [];
  const wrap = (a: string, k: number) =>
    k % 3 === 2 ? `${REASONING}</think>\n\nFinal Answer: $${a}$` : `${REASONING}</think>\n\nThe answer is $\\boxed{${a}}$.`;
  refs.forEach((ref, i) => {
    const ans = firstAlt(ref);
    items.push({ response: wrap(ans, 0), reference: ref, kind: 'correct' });
    items.push({ response: wrap(equivalentForm(ans, rng), i), reference: ref, kind: 'equivalent' });
    const other = firstAlt(refs[(i + 1 + rng.int(refs.length - 1)) % refs.length]);
    items.push({ response: wrap(other, 1), reference: ref, kind: 'wrong' });
  });
  return items;
}

