/**
 * Property tests over random batches (seeded): the invariants the paper's analysis relies on, and
 * the degenerate inputs each function documents.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Rng } from '../util/rng.js';
import {
  ADV_ESTIMATOR_NAMES,
  aggregationWeights,
  defaultRlConfig,
  filterZeroVarianceGroups,
  getAdvantageEstimator,
  getPolicyLoss,
  GroupAccumulator,
  grpoAdvantage,
  LOSS_AGG_MODES,
  nsrAdvantage,
  overlongPenalty,
  planOfflineInjection,
  pruneByPolarity,
  psrAdvantage,
  pySplit,
  reinforceAdvantage,
  reinforceBaselineAdvantage,
  relativeLengthReward,
  repetitionPenalty,
  rlConfigSchema,
  rlooAdvantage,
  tokenAdvantages,
  truncationMask,
  wReinforceAdvantage,
  zeroAdvantageDiagnostics,
} from './index.js';

interface RandomBatch {
  uid: string[];
  correct: boolean[];
  score: number[];
  responseLength: number[];
}

/** G groups of n samples; each group's accuracy is drawn so that all-correct, all-wrong and mixed all occur. */
function randomBatch(rng: Rng, G: number, n: number, maxLen = 50): RandomBatch {
  const out: RandomBatch = { uid: [], correct: [], score: [], responseLength: [] };
  for (let g = 0; g < G; g++) {
    const kind = rng.int(3);
    const p = kind === 0 ? 1 : kind === 1 ? 0 : rng.next();
    for (let k = 0; k < n; k++) {
      const c = rng.next() < p;
      out.uid.push(`q${g}`);
      out.correct.push(c);
      out.score.push(c ? 1 : 0);
      out.responseLength.push(1 + rng.int(maxLen));
    }
  }
  // Interleave groups, as rollouts may arrive in any order.
  const order = rng.shuffle(Array.from({ length: out.uid.length }, (_, i) => i));
  return {
    uid: order.map((i) => out.uid[i]),
    correct: order.map((i) => out.correct[i]),
    score: order.map((i) => out.score[i]),
    responseLength: order.map((i) => out.responseLength[i]),
  };
}

describe('advantages', () => {
  it('zero-variance groups (n >= 2) give exactly zero advantage, for any repeated score', () => {
    const rng = new Rng(1);
    for (let trial = 0; trial < 200; trial++) {
      const n = 2 + rng.int(15);
      const s = [0.1, 1 / 3, -0.7, 1e-3 * rng.normal(), rng.normal()][trial % 5];
      const uid = Array.from({ length: n }, () => 'g');
      const score = Array.from({ length: n }, () => s);
      for (const adv of [grpoAdvantage({ uid, score }), grpoAdvantage({ uid, score }, { normAdvByStd: false }), rlooAdvantage({ uid, score })]) {
        for (const a of adv) expect(Object.is(a, 0)).toBe(true);
      }
    }
  });
  it('GRPO advantages of a mixed group have mean 0 and unbiased std 1/(1+eps/std)', () => {
    const rng = new Rng(2);
    for (let trial = 0; trial < 50; trial++) {
      const n = 2 + rng.int(14);
      const score = Array.from({ length: n }, () => rng.normal());
      const adv = grpoAdvantage({ uid: score.map(() => 0), score });
      const mean = adv.reduce((a, b) => a + b, 0) / n;
      const sm = score.reduce((a, b) => a + b, 0) / n;
      const std = Math.sqrt(score.reduce((a, b) => a + (b - sm) ** 2, 0) / (n - 1));
      const astd = Math.sqrt(adv.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
      expect(Math.abs(mean)).toBeLessThan(1e-12);
      expect(astd).toBeCloseTo(std / (std + 1e-6), 10);
    }
  });
  it('group statistics do not depend on the order of samples or groups', () => {
    const rng = new Rng(3);
    const b = randomBatch(rng, 6, 5);
    b.score = b.score.map((s) => s + 0.1 * rng.normal());
    const adv = grpoAdvantage(b);
    const perm = rng.shuffle(b.uid.map((_, i) => i));
    const adv2 = grpoAdvantage({ uid: perm.map((i) => b.uid[i]), score: perm.map((i) => b.score[i]) });
    perm.forEach((i, j) => expect(adv2[j]).toBeCloseTo(adv[i], 14));
  });
  it('singleton groups: GRPO s/(1+1e-6), Dr.GRPO s, RLOO s', () => {
    expect(grpoAdvantage({ uid: ['a'], score: [0.5] })[0]).toBe(0.5 / (1 + 1e-6));
    expect(grpoAdvantage({ uid: ['a'], score: [0.5] }, { normAdvByStd: false })[0]).toBe(0.5);
    expect(rlooAdvantage({ uid: ['a'], score: [0.5] })[0]).toBe(0.5);
  });
  it('RLOO equals s_i minus the mean of the other samples', () => {
    const score = [1, 0, 0.5, 2];
    const adv = rlooAdvantage({ uid: [1, 1, 1, 1], score });
    score.forEach((s, i) => expect(adv[i]).toBeCloseTo(s - (3.5 - s) / 3, 14));
  });
  it('REINFORCE: no baseline / batch-mean baseline', () => {
    expect(Array.from(reinforceAdvantage({ uid: [1, 2], score: [1, 0] }))).toEqual([1, 0]);
    expect(Array.from(reinforceBaselineAdvantage({ uid: [1, 2, 2], score: [1, 0, 0.5] }))).toEqual([0.5, -0.5, 0]);
  });
  it('PSR / NSR / W-REINFORCE use +1 / -1 / lambda on correctness only', () => {
    const input = { uid: [1, 1, 2], score: [7, 7, 7], correct: [true, false, true] };
    expect(Array.from(psrAdvantage(input))).toEqual([1, 0, 1]);
    expect(Array.from(nsrAdvantage(input))).toEqual([0, -1, 0]);
    expect(Array.from(wReinforceAdvantage(input))).toEqual([0.1, -1, 0.1]);
    expect(Array.from(wReinforceAdvantage(input, { wReinforceLambda: 0.5 }))).toEqual([0.5, -1, 0.5]);
    expect(() => psrAdvantage({ uid: [1], score: [1] })).toThrow(/needs per-sample 'correct'/);
  });
  it('registries raise on unknown names listing the valid ones', () => {
    expect(() => getAdvantageEstimator('gae')).toThrow(`unknown adv_estimator 'gae'; valid: ${ADV_ESTIMATOR_NAMES.join(', ')}`);
    expect(() => getPolicyLoss('cispo')).toThrow(/unknown policy_loss 'cispo'; valid: vanilla, luffy/);
    expect(() => aggregationWeights([1], 1, 1, 'sum')).toThrow(/valid: token-mean, seq-mean-token-mean/);
  });
  it('tokenAdvantages puts A_i on valid tokens and 0 on padding', () => {
    expect(Array.from(tokenAdvantages([2, -1], [1, 1, 0, 1, 0, 0], 2, 3))).toEqual([2, 2, 0, -1, 0, 0]);
  });
});

describe('polarity pruning', () => {
  it('never keeps a sample of the dropped polarity when reserve_ratio is 0', () => {
    const rng = new Rng(4);
    for (let trial = 0; trial < 300; trial++) {
      const b = randomBatch(rng, 1 + rng.int(8), 1 + rng.int(16));
      const mode = trial % 2 ? 'positive_only' : 'negative_only';
      const worldSize = 1 + rng.int(8);
      const r = pruneByPolarity(b.correct, { mode, reserveRatio: 0, reserveMinNum: 0, worldSize, rng });
      const kept = Array.from(r.keep ?? []);
      for (const i of kept) expect(b.correct[i]).toBe(mode === 'positive_only');
      expect(kept.length % worldSize).toBe(0);
      const available = b.correct.filter((c) => c === (mode === 'positive_only')).length;
      expect(kept.length).toBe(worldSize * Math.floor(available / worldSize));
      expect(r.keep === null).toBe(kept.length === 0);
    }
  });
  it('reserve_min_num tops up from the dropped polarity; mode both keeps everything', () => {
    const correct = [true, false, false, false, false, false];
    const r = pruneByPolarity(correct, { mode: 'positive_only', reserveRatio: 0, reserveMinNum: 4, worldSize: 2, rng: new Rng(5) });
    expect(r.keep?.length).toBe(4);
    expect(r.keep).toContain(0);
    const all = pruneByPolarity(correct, { mode: 'both', reserveRatio: 0, reserveMinNum: 0, worldSize: 8, rng: new Rng(5) });
    expect(Array.from(all.keep ?? [])).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('shaping', () => {
  it('RLR never touches incorrect samples, and stays within its bounds', () => {
    const rng = new Rng(6);
    for (let trial = 0; trial < 200; trial++) {
      const b = randomBatch(rng, 1 + rng.int(6), 1 + rng.int(16), 4000);
      const opts = { corrRatio: rng.next(), upperBound: rng.next(), lowerBound: -rng.next(), lengthBase: 100 + 900 * rng.next() };
      const bonus = relativeLengthReward(b, opts);
      bonus.forEach((x, i) => {
        if (!b.correct[i]) expect(Object.is(x, 0)).toBe(true);
        expect(x).toBeLessThanOrEqual(opts.upperBound);
        expect(x).toBeGreaterThanOrEqual(opts.lowerBound);
      });
    }
  });
  it('repetition penalty counts distinct n-grams exactly (against the naive join)', () => {
    const rng = new Rng(9);
    for (let trial = 0; trial < 300; trial++) {
      const len = rng.int(60);
      const vocab = 1 + rng.int(4);
      const words = Array.from({ length: len }, () => `w${rng.int(vocab)}`);
      const n = 1 + rng.int(12);
      const total = Math.max(0, len - n + 1);
      const naive = new Set(Array.from({ length: total }, (_, i) => words.slice(i, i + n).join(' '))).size;
      const expected = total === 0 ? 0 : (1 - naive / total) * -2;
      expect(repetitionPenalty(words.join(' '), false, { ngramSize: n, maxPenalty: -2 }).penalty).toBeCloseTo(expected, 14);
    }
  });
  it('pySplit follows Python str.split() whitespace, not JavaScript \\s', () => {
    expect(pySplit('a\u00a0b\u001cc\u0085d\u3000e')).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(pySplit('a\ufeffb')).toEqual(['a\ufeffb']); // U+FEFF is \s in JS but not whitespace to Python
    expect(pySplit('  ')).toEqual([]);
  });
  it('DAPO overlong penalty: 0, linear in the buffer, -factor at the limit', () => {
    const o = { maxResponseLength: 100, bufferLen: 20, penaltyFactor: 1 };
    expect(overlongPenalty(80, o)).toBe(0);
    expect(overlongPenalty(90, o)).toBeCloseTo(-0.5, 15);
    expect(overlongPenalty(100, o)).toBe(-1);
    expect(overlongPenalty(130, o)).toBe(-1);
  });
  it('truncation masks: the reference needs incorrect AND max length AND repetition flag; plain needs truncation only', () => {
    const input = {
      correct: [false, false, true, false],
      responseLength: [10, 10, 10, 9],
      maxResponseLength: 10,
      repetitionFlag: [true, false, true, true],
    };
    expect(truncationMask(input, 'reference')).toEqual([true, false, false, false]);
    expect(truncationMask(input, 'plain')).toEqual([true, true, true, false]);
    expect(truncationMask({ ...input, truncated: [false, false, false, true] }, 'plain')).toEqual([false, false, false, true]);
    expect(truncationMask(input, 'off')).toEqual([false, false, false, false]);
  });
});

describe('zero-advantage diagnostics', () => {
  it('group fractions sum to 1 and binary GRPO zeroes exactly the samples of all-correct/all-wrong groups', () => {
    const rng = new Rng(7);
    for (let trial = 0; trial < 200; trial++) {
      const b = randomBatch(rng, 1 + rng.int(10), 2 + rng.int(15));
      const advantage = grpoAdvantage(b);
      const m = zeroAdvantageDiagnostics({ ...b, advantage });
      expect(m['zero_adv/all_correct_frac'] + m['zero_adv/all_wrong_frac'] + m['zero_adv/mixed_frac']).toBeCloseTo(1, 12);
      expect(m['zero_adv/sample_frac']).toBe(m['zero_adv/binary_sample_frac']);
      expect(m['zero_adv/revived_sample_frac']).toBe(0);
      expect(m['zero_adv/zeroed_sample_frac']).toBe(0);
      const zeroTokens = b.responseLength.reduce((s, L, i) => s + (advantage[i] === 0 ? L : 0), 0);
      expect(m['zero_adv/token_frac']).toBeCloseTo(zeroTokens / b.responseLength.reduce((s, L) => s + L, 0), 12);
    }
  });
  it('RLR revives all-correct groups; the report says by how much', () => {
    const uid = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const correct = [true, true, true, true, true, false, false, false];
    const responseLength = [100, 200, 300, 400, 100, 100, 100, 100];
    const bonus = relativeLengthReward({ uid, correct, responseLength }, { corrRatio: 0.75, upperBound: 1, lowerBound: -0.5, lengthBase: 500 });
    const score = correct.map((c, i) => (c ? 1 : 0) + bonus[i]);
    const plain = zeroAdvantageDiagnostics({ uid, correct, responseLength, advantage: grpoAdvantage({ uid, score: correct.map(Number) }) });
    const rlr = zeroAdvantageDiagnostics({ uid, correct, responseLength, advantage: grpoAdvantage({ uid, score }) });
    expect(plain['zero_adv/sample_frac']).toBe(0.5);
    expect(rlr['zero_adv/sample_frac']).toBe(0);
    expect(rlr['zero_adv/revived_sample_frac']).toBe(0.5);
    expect(rlr['zero_adv/all_correct_frac']).toBe(0.5); // still decided on binary correctness
  });
  it('injection: pre-injection fractions and rescued groups', () => {
    const uid = ['a', 'a', 'a', 'a', 'b', 'b', 'b', 'b'];
    const before = [false, false, false, false, false, false, false, false];
    const plan = planOfflineInjection({ uid, correct: before, offlineCount: (u) => (u === 'a' ? 2 : 4) }, { alpha: 0.125, maxInjectNum: -1, offlineMask: true });
    expect(plan.metrics['injection/rescued_groups']).toBe(1); // a: 2 of 4 replaced -> mixed
    expect(plan.metrics['injection/saturated_groups']).toBe(1); // b: all replaced -> all correct
    const after = before.map((c, i) => c || !!plan.offlineSampleMask?.[i]);
    const m = zeroAdvantageDiagnostics({ uid, correct: after, correctBeforeInjection: before, responseLength: uid.map(() => 5), advantage: grpoAdvantage({ uid, score: after.map(Number) }) });
    expect(m['zero_adv/pre_injection/all_wrong_frac']).toBe(1);
    expect(m['zero_adv/injection_rescued_frac']).toBe(0.5);
    expect(m['zero_adv/all_correct_frac']).toBe(0.5);
  });
  it('an empty batch gives zeros, not NaN', () => {
    const m = zeroAdvantageDiagnostics({ uid: [], correct: [], advantage: [], responseLength: [] });
    for (const v of Object.values(m)) expect(v).toBe(0);
  });
});

describe('dynamic sampling', () => {
  it('keeps only groups with varying correctness (and singletons)', () => {
    const rng = new Rng(8);
    const b = randomBatch(rng, 12, 4);
    const r = filterZeroVarianceGroups(b.uid, b.correct);
    for (const u of r.keptUids) {
      const c = b.correct.filter((_, i) => b.uid[i] === u);
      expect(c.some(Boolean) && !c.every(Boolean)).toBe(true);
    }
    expect(r.keptUids.length + r.droppedGroups).toBe(12);
    expect(filterZeroVarianceGroups(['x'], [true]).keptUids).toEqual(['x']);
  });
  it('GroupAccumulator refills to the target, then stops; bounded by max batches', () => {
    const acc = new GroupAccumulator<number>(3, 10);
    acc.add(['a', 'a', 'b', 'b'], [0, 1, 2, 3], [1, 0, 1, 1]);
    expect(acc.size).toBe(1);
    expect(acc.full).toBe(false);
    acc.add(['c', 'c', 'd', 'd', 'e', 'e'], [4, 5, 6, 7, 8, 9], [0, 1, 1, 0, 0, 1]);
    expect(acc.full).toBe(true);
    expect(acc.take()).toEqual({ uid: ['a', 'a', 'c', 'c', 'd', 'd'], rows: [0, 1, 4, 5, 6, 7] });
    const bounded = new GroupAccumulator<number>(5, 2);
    bounded.add(['a', 'a'], [0, 1], [1, 1]);
    bounded.add(['b', 'b'], [0, 1], [0, 1]);
    expect(bounded.exhausted).toBe(true);
    expect(bounded.droppedGroups).toBe(1);
  });
});

describe('aggregation', () => {
  it('each mode weights tokens as documented', () => {
    const mask = [1, 1, 0, 1, 0, 0];
    const w = (mode: string, c?: number) => Array.from(aggregationWeights(mask, 2, 3, mode, c));
    expect(w('token-mean').map((x) => x * (3 + 1e-8))).toEqual([1, 1, 0, 1, 0, 0]);
    expect(w('seq-mean-token-mean')).toEqual([0.25, 0.25, 0, 0.5, 0, 0]);
    expect(w('seq-mean-token-sum')).toEqual([0.5, 0.5, 0, 0.5, 0, 0]);
    expect(w('seq-mean-token-sum-norm')).toEqual([1 / 3, 1 / 3, 0, 1 / 3, 0, 0]);
    expect(w('seq-mean-token-sum-norm', 10)).toEqual([0.1, 0.1, 0, 0.1, 0, 0]);
    expect(LOSS_AGG_MODES.length).toBe(4);
  });
});

type Def = { type: string; innerType?: unknown; shape?: Record<string, unknown>; in?: unknown };
const defOf = (s: unknown) => (s as { _zod: { def: Def } })._zod.def;
function unwrap(s: unknown): unknown {
  const d = defOf(s);
  return d.innerType ? unwrap(d.innerType) : d.type === 'pipe' ? unwrap(d.in) : s;
}
/** Leaf fields of an object schema without a description (nested objects are walked). */
function undocumentedFields(schema: unknown, path = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(defOf(unwrap(schema)).shape ?? {})) {
    if (defOf(unwrap(v)).type === 'object') out.push(...undocumentedFields(v, `${path}${k}.`));
    else if (!(v as { description?: string }).description) out.push(`${path}${k}`);
  }
  return out;
}

describe('config and pipeline', () => {
  it('defaults are the paper baseline and every field is documented', () => {
    const c = defaultRlConfig();
    expect(c.adv_estimator).toBe('grpo');
    expect(c.clip_ratio).toBe(0.2);
    expect(c.kl_loss_type).toBe('low_var_kl');
    expect(c.rlr).toEqual({ enable: false, corr_ratio: 0.75, upper_bound: 1, lower_bound: -0.5, length_base: 500 });
    expect(c.polarity.world_size).toBe(8);
    expect(undocumentedFields(rlConfigSchema)).toEqual([]);
    expect(undocumentedFields(z.strictObject({ a: z.number().default(1), b: z.number().describe('b') }))).toEqual(['a']);
  });
  it('rejects unknown keys and contradictory settings', () => {
    expect(() => rlConfigSchema.parse({ clip_ratio_hi: 0.3 })).toThrow();
    expect(() => rlConfigSchema.parse({ adv_estimator: 'psr', polarity: { mode: 'positive_only' } })).toThrow(/does not combine/);
    expect(() => rlConfigSchema.parse({ policy_loss: 'luffy' })).toThrow(/needs injection.enable/);
    expect(() => rlConfigSchema.parse({ use_kl_in_reward: true })).toThrow(/exclusive/);
    expect(rlConfigSchema.parse({ use_kl_in_reward: true, use_kl_loss: false }).use_kl_in_reward).toBe(true);
  });
  it('negative-only: advantages on the full group, then only incorrect samples kept', () => {
    const uid = ['a', 'a', 'a', 'a'];
    const correct = [true, false, false, true];
    const adv = grpoAdvantage({ uid, score: correct.map(Number) });
    const r = pruneByPolarity(correct, { mode: 'negative_only', reserveRatio: 0, reserveMinNum: 0, worldSize: 1, rng: new Rng(1) });
    expect(Array.from(r.keep ?? [])).toEqual([1, 2]);
    // group statistics include the dropped correct samples
    expect(adv[1]).toBeCloseTo(-0.5 / (Math.sqrt(1 / 3) + 1e-6), 12);
    expect(r.metrics).toMatchObject({ original_bsz: 4, original_corr_samples: 2, cut_down_positive_reserve_samples: 2, cut_down_positive_corr_samples: 0 });
  });
});
