import { describe, expect, it } from 'vitest';
import { resolveTrainConfig } from '../config/train-config.js';
import { Rng } from '../util/rng.js';
import { createAlgorithm } from './algorithm.js';
import type { RolloutRow } from './batch.js';

/** Rows of a hand-made batch: uid, correct, response length (tokens), text. */
function rows(spec: Array<[string, boolean, number]>): RolloutRow[] {
  return spec.map(([uid, correct, len]) => ({
    uid,
    problemId: uid,
    prompt: Int32Array.of(1, 2),
    response: new Int32Array(len).fill(9),
    finish: 'stop',
    text: `answer ${uid} ${len}`,
    correct,
    score: correct ? 1 : 0,
    injected: false,
  }));
}

// Group a: all correct; b: all wrong; c: 2 of 4 correct. Lengths differ within a and c.
const batch: Array<[string, boolean, number]> = [
  ['a', true, 10],
  ['a', true, 20],
  ['a', true, 30],
  ['a', true, 40],
  ['b', false, 5],
  ['b', false, 5],
  ['b', false, 5],
  ['b', false, 5],
  ['c', true, 10],
  ['c', false, 10],
  ['c', true, 30],
  ['c', false, 10],
];
const lengths = Int32Array.from(batch.map((b) => b[2]));
const noExtra = { repetitionFlag: batch.map(() => false), correctBefore: null };

function run(preset: string, set: string[] = []) {
  const config = resolveTrainConfig({ preset, set: ['rl.polarity.world_size=1', ...set] });
  const algo = createAlgorithm(config);
  const r = rows(batch);
  const shaped = algo.shapeRewards(r, lengths, 64);
  const adv = algo.advantages(r, shaped.reward, lengths, 64, new Rng(1), noExtra);
  return { algo, shaped, adv };
}

describe('algorithm wiring', () => {
  it('baseline: GRPO advantages, zero-advantage diagnostics of the hand-computed batch', () => {
    const { adv } = run('baseline');
    // Group c: scores 1,0,1,0 -> mean 0.5, unbiased std sqrt(1/3) -> A = +-0.5/(0.57735+1e-6).
    const a = 0.5 / (Math.sqrt(1 / 3) + 1e-6);
    expect(Array.from(adv.advantage)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, a, -a, a, -a].map((x) => expect.closeTo(x, 12)));
    expect(adv.metrics['zero_adv/all_correct_frac']).toBeCloseTo(1 / 3, 12);
    expect(adv.metrics['zero_adv/all_wrong_frac']).toBeCloseTo(1 / 3, 12);
    expect(adv.metrics['zero_adv/mixed_frac']).toBeCloseTo(1 / 3, 12);
    expect(adv.metrics['zero_adv/sample_frac']).toBeCloseTo(8 / 12, 12);
    // Tokens: a 100, b 20, c 60 -> zero-advantage tokens 120 of 180.
    expect(adv.metrics['zero_adv/token_frac']).toBeCloseTo(120 / 180, 12);
    expect(adv.keep).toHaveLength(12);
  });

  it('pos / neg: advantages on the full group, then one polarity removed', () => {
    const pos = run('pos').adv;
    expect(pos.keep).toEqual([0, 1, 2, 3, 8, 10]);
    expect(pos.advantage[8]).toBeGreaterThan(0);
    expect(pos.metrics['pruning/pruned_samples']).toBe(6);
    const neg = run('neg').adv;
    expect(neg.keep).toEqual([4, 5, 6, 7, 9, 11]);
    expect(neg.advantage[9]).toBeLessThan(0);
  });

  it('rlr: bonus only for correct samples of groups with accuracy >= 0.75, clipped, added to the reward', () => {
    const { shaped, adv } = run('rlr');
    // Group a: mean correct length 25, base 10 -> (25-L)/10 clipped to [-0.5, 1]: 1, 0.5, -0.5, -0.5.
    expect(Array.from(shaped.reward.slice(0, 4))).toEqual([2, 1.5, 0.5, 0.5]);
    // Group c has accuracy 0.5 < 0.75: no bonus; group b is wrong: no bonus.
    expect(Array.from(shaped.reward.slice(4))).toEqual([0, 0, 0, 0, 1, 0, 1, 0]);
    expect(shaped.metrics['rlr/nonzero_frac']).toBeCloseTo(4 / 12, 12);
    // The shaped reward revives the all-correct group: its samples get non-zero advantages.
    expect(adv.metrics['zero_adv/revived_sample_frac']).toBeCloseTo(4 / 12, 12);
    expect(adv.metrics['zero_adv/all_correct_frac']).toBeCloseTo(1 / 3, 12);
  });

  it('psr / nsr / w-reinforce: +-1 rewards without group normalisation', () => {
    expect(Array.from(run('psr').adv.advantage)).toEqual(batch.map((b) => (b[1] ? 1 : 0)));
    expect(Array.from(run('nsr').adv.advantage)).toEqual(batch.map((b) => (b[1] ? 0 : -1)));
    expect(Array.from(run('w-reinforce').adv.advantage)).toEqual(batch.map((b) => (b[1] ? 0.1 : -1)));
  });

  it('drgrpo: advantages are s - mean (no std division)', () => {
    expect(Array.from(run('drgrpo').adv.advantage.slice(8))).toEqual([0.5, -0.5, 0.5, -0.5]);
  });

  it('luffy: injects offline solutions into low-accuracy groups and marks them off-policy', () => {
    const config = resolveTrainConfig({ preset: 'luffy', set: ['data.offline_solutions=2'] });
    const algo = createAlgorithm(config);
    const r = rows(batch);
    const asked: string[] = [];
    const inj = algo.inject(r, (uid, count) => {
      asked.push(uid);
      return Array.from({ length: count }, () => Int32Array.of(7, 7, 7));
    });
    // Only group b (accuracy 0 <= 0.125) is eligible; 2 offline solutions -> 2 of its 4 rows replaced.
    expect(asked).toEqual(['b']);
    expect(inj.rows.map((x) => x.injected)).toEqual([false, false, false, false, true, true, false, false, false, false, false, false]);
    expect(inj.metrics['injection/injected_samples']).toBe(2);
    expect(inj.metrics['injection/rescued_groups']).toBe(1);
    expect(inj.correctBefore.slice(4, 8)).toEqual([false, false, false, false]);
    // LUFFY loss: injected rows take the p/(p+gamma) branch.
    const B = 2;
    const Tr = 3;
    const logp = Float64Array.of(-1, -1, -1, -1, -1, -1);
    const l = algo.loss({
      logp,
      oldLogp: logp.slice(),
      refLogp: null,
      entropy: new Float64Array(6).fill(1),
      advantage: Float64Array.of(1, 1),
      mask: new Float64Array(6).fill(1),
      offPolicy: [true, false],
      B,
      Tr,
      miniRows: 2,
    });
    expect(l.metrics['actor/off_policy_prob']).toBeCloseTo(Math.exp(-1), 8);
    expect(l.metrics['actor/entropy']).toBe(1);
  });

  it('kl in reward: the per-sample penalty is kl_coef times the summed k1 estimate', () => {
    const config = resolveTrainConfig({ preset: 'rlr' });
    const algo = createAlgorithm(config);
    expect(algo.klInReward).toBe(true);
    expect(algo.needsReference).toBe(true);
    const k = algo.klRewardPenalty(Float64Array.of(-1, -2, 0), Float64Array.of(-1.5, -2, 0), Float64Array.of(1, 1, 0), 1, 3);
    expect(k.perSample[0]).toBeCloseTo(0.001 * 0.5, 15);
  });
});
