/**
 * Every golden-vector file of the reference code that concerns the RL core (../shared/conformance,
 * produced by running the paper's verl fork): float64 outputs matched to 1e-6 relative with a 1e-9
 * absolute floor; exact zeros must be exact; random parts checked through their documented distribution.
 */
// eslint-disable-next-line no-restricted-imports -- the test (not the pure core) reads the shared golden vectors
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Rng } from '../util/rng.js';
import {
  actorLoss,
  applyKlPenalty,
  grpoAdvantage,
  klLoss,
  klPenalty,
  logProbsFromLogits,
  luffyLoss,
  microBatchWeight,
  planOfflineInjection,
  ppoClipLoss,
  pruneByPolarity,
  relativeLengthReward,
  repetitionPenalty,
  truncationMask,
  applyZeroMask,
  type LossAggMode,
} from './index.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON case tables */
function load(name: string): any {
  const file = fileURLToPath(new URL(`../../../shared/conformance/${name}`, import.meta.url));
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** |a - e| <= max(1e-9, 1e-6 |e|); an expected exact 0 must be exactly 0. */
function close(actual: number, expected: number, what: string): void {
  if (expected === 0) {
    expect(actual, `${what}: expected exactly 0`).toBe(0);
    return;
  }
  const tol = Math.max(1e-9, 1e-6 * Math.abs(expected));
  expect(Math.abs(actual - expected), `${what}: got ${actual}, expected ${expected}`).toBeLessThanOrEqual(tol);
}

function closeAll(actual: ArrayLike<number>, expected: number[], what: string): void {
  expect(actual.length, `${what}: length`).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) close(actual[i], expected[i], `${what}[${i}]`);
}

const flat = (m: number[][]) => m.flat();

describe('grpo_advantage.json (compute_grpo_outcome_advantage, apply_kl_penalty)', () => {
  const data = load('grpo_advantage.json');
  it('uses epsilon 1e-6', () => expect(data.epsilon).toBe(1e-6));
  for (const c of data.cases) {
    it(c.name, () => {
      const B = c.uid.length;
      const T = c.max_response_length;
      let score: ArrayLike<number> = c.scores;
      if (c.kl) {
        const mask = new Float64Array(B * T);
        const tls = new Float64Array(B * T);
        for (let b = 0; b < B; b++) {
          for (let t = 0; t < c.response_lengths[b]; t++) mask[b * T + t] = 1;
          tls[b * T + c.response_lengths[b] - 1] = c.outcome_scores[b];
        }
        const r = applyKlPenalty({
          tokenLevelScores: tls,
          oldLogp: flat(c.kl.old_log_probs),
          refLogp: flat(c.kl.ref_log_prob),
          mask,
          B,
          T,
          klCoef: c.kl.kl_coef,
          estimator: c.kl.kl_penalty,
        });
        closeAll(r.sequenceScores, c.outputs.summed_scores_float64, 'summed_scores');
        close(r.metrics['critic/kl'], c.outputs.critic_kl_float64, 'critic_kl');
        score = r.sequenceScores;
      }
      const adv = grpoAdvantage({ uid: c.uid, score });
      if (c.mask_truncated_samples) {
        const zero = truncationMask(
          { correct: c.correct, responseLength: c.response_lengths, maxResponseLength: T, repetitionFlag: c.repetition_flags },
          'reference',
        );
        applyZeroMask(adv, zero);
      }
      closeAll(adv, c.outputs.advantage_float64, 'advantage');
    });
  }
});

describe('policy_loss.json', () => {
  const data = load('policy_loss.json');
  const aggOf = (rtm: boolean): LossAggMode => (rtm ? 'seq-mean-token-sum-norm' : 'token-mean');
  for (const c of data.cases.filter((x: any) => x.kind === 'ppo_clip')) {
    it(`compute_policy_loss: ${c.name}`, () => {
      const x = c.inputs;
      const B = x.log_prob.length;
      const T = x.log_prob[0].length;
      const r = ppoClipLoss(
        { logp: flat(x.log_prob), oldLogp: flat(x.old_log_prob), advantages: flat(x.advantages), mask: flat(x.response_mask), B, T },
        { clipRatioLow: x.cliprange, clipRatioHigh: x.cliprange, clipRatioC: null, lossAggMode: aggOf(x.loss_remove_token_mean) },
      );
      const o = c.outputs.float64;
      close(r.loss, o.pg_loss, 'pg_loss');
      close(r.metrics['actor/pg_clipfrac'], o.pg_clipfrac, 'pg_clipfrac');
      close(r.metrics['actor/ppo_kl'], o.ppo_kl, 'ppo_kl');
      expect(c.outputs.float32_int64mask).toEqual(c.outputs.float32);
    });
  }
  for (const c of data.cases.filter((x: any) => x.kind === 'luffy')) {
    it(`compute_token_on_off_policy_loss: ${c.name}`, () => {
      const x = c.inputs;
      const B = x.log_prob.length;
      const T = x.log_prob[0].length;
      const r = luffyLoss(
        {
          logp: flat(x.log_prob),
          oldLogp: flat(x.old_log_prob),
          advantages: flat(x.advantages),
          mask: flat(x.response_mask),
          B,
          T,
          offPolicyRow: x.prefix_mask,
        },
        { clipRatioLow: x.cliprange, clipRatioHigh: x.cliprange, clipRatioC: null, lossAggMode: aggOf(x.loss_remove_token_mean) },
      );
      const o = c.outputs.float64;
      close(r.loss, o.pg_loss, 'pg_loss');
      const names: Record<string, string> = {
        off_pg_loss: 'actor/off_pg_loss',
        on_pg_loss: 'actor/on_pg_loss',
        off_pg_clipfrac: 'actor/off_pg_clipfrac',
        on_pg_clipfrac: 'actor/pg_clipfrac',
        ppo_kl: 'actor/ppo_kl',
        off_policy_prob: 'actor/off_policy_prob',
        on_policy_prob: 'actor/on_policy_prob',
        off_ratio_mean: 'actor/off_ratio_mean',
      };
      for (const [k, m] of Object.entries(names)) close(r.metrics[m], o[k], k);
    });
  }
  for (const c of data.cases.filter((x: any) => x.kind === 'actor_micro_batch_assembly')) {
    it(`dp_actor micro-batch: ${c.name}`, () => {
      const x = c.inputs;
      const cfg = x.config;
      const B = x.logits.length;
      const T = x.logits[0].length;
      const V = x.logits[0][0].length;
      const { logp, entropy } = logProbsFromLogits(x.logits.flat(2), flat(x.response_ids), B, T, V, cfg.temperature);
      const o = c.outputs.float64;
      closeAll(logp, flat(o.log_prob), 'log_prob');
      closeAll(entropy, flat(o.entropy), 'entropy');
      const weight = microBatchWeight(B, cfg.ppo_mini_batch_size, cfg.luffy, true);
      expect(weight * cfg.ppo_mini_batch_size).toBe(o.micro_batch_weight_numerator);
      const r = actorLoss(
        {
          logp,
          oldLogp: flat(x.old_log_prob),
          advantages: flat(x.advantages),
          mask: flat(x.response_mask),
          B,
          T,
          entropy,
          refLogp: flat(x.ref_log_prob),
          offPolicyRow: x.prefix_mask,
        },
        {
          policyLoss: cfg.luffy ? 'luffy' : 'vanilla',
          clipRatioLow: cfg.clip,
          clipRatioHigh: cfg.clip,
          clipRatioC: null,
          lossAggMode: aggOf(cfg.rtm),
          entropyCoeff: cfg.entropy_coeff,
          useKlLoss: cfg.use_kl_loss,
          klLossCoef: cfg.kl_coef,
          klLossType: cfg.kl_type,
        },
        weight,
      );
      close(r.metrics['actor/pg_loss'], o.pg_loss, 'pg_loss');
      close(r.metrics['actor/entropy_loss'], o.entropy_loss, 'entropy_loss');
      if ('kl_loss' in o) close(r.metrics['actor/kl_loss'], o.kl_loss, 'kl_loss');
      else expect(r.metrics['actor/kl_loss']).toBeUndefined();
      close(r.policyLoss, o.policy_loss, 'policy_loss');
      close(r.scaledLoss, o.scaled_loss, 'scaled_loss');
      // The fixed weighting (default) uses the micro-batch row count in both branches.
      expect(microBatchWeight(B, cfg.ppo_mini_batch_size, cfg.luffy, false)).toBe(B / cfg.ppo_mini_batch_size);
    });
  }
});

describe('kl_penalty.json (kl_penalty estimators, KL loss, apply_kl_penalty)', () => {
  const data = load('kl_penalty.json');
  for (const c of data.cases) {
    it(c.name, () => {
      if (c.outputs.raises) {
        expect(() => klPenalty(c.inputs.logprob, c.inputs.ref_logprob, c.estimator)).toThrow(/unknown KL estimator 'full'; valid: kl, abs, mse, low_var_kl/);
        return;
      }
      if (c.kind === 'estimator') {
        closeAll(klPenalty(c.inputs.logprob, c.inputs.ref_logprob, c.estimator).value, c.outputs.float64, c.estimator);
        return;
      }
      const x = c.inputs;
      const B = x.logprob.length;
      const T = x.logprob[0].length;
      const o = c.outputs.float64;
      close(klLoss(flat(x.logprob), flat(x.ref_logprob), flat(x.response_mask), c.estimator).loss, o.kl_loss_token_mean, 'kl_loss');
      const r = applyKlPenalty({
        tokenLevelScores: flat(x.token_level_scores),
        oldLogp: flat(x.logprob),
        refLogp: flat(x.ref_logprob),
        mask: flat(x.response_mask),
        B,
        T,
        klCoef: x.kl_coef,
        estimator: c.estimator,
      });
      closeAll(r.tokenLevelRewards, flat(o.token_level_rewards), 'token_level_rewards');
      close(r.metrics['critic/kl'], o.critic_kl, 'critic_kl');
      close(r.metrics['critic/kl_coeff'], o.critic_kl_coeff, 'critic_kl_coeff');
    });
  }
  it('k1/k2/k3 are aliases of kl/mse/low_var_kl', () => {
    const a = [-1, -2.5, -0.1];
    const b = [-1.2, -0.4, -3];
    expect(klPenalty(a, b, 'k1').value).toEqual(klPenalty(a, b, 'kl').value);
    expect(klPenalty(a, b, 'k2').value).toEqual(klPenalty(a, b, 'mse').value);
    expect(klPenalty(a, b, 'k3').value).toEqual(klPenalty(a, b, 'low_var_kl').value);
  });
});

describe('relative_length_reward.json (relative_length_reward)', () => {
  const data = load('relative_length_reward.json');
  for (const c of data.cases) {
    it(c.name, () => {
      const x = c.inputs;
      const bonus = relativeLengthReward(
        { uid: x.uid, correct: x.correct, responseLength: x.response_lengths },
        { corrRatio: x.corr_ratio, upperBound: x.upper_bound, lowerBound: x.lower_bound, lengthBase: x.length_base },
      );
      closeAll(bonus, c.outputs.bonus, 'bonus');
      // The full reward manager: correct + bonus in a float32 tensor.
      closeAll(
        Array.from(bonus, (b, i) => Math.fround((x.correct[i] ? 1 : 0) + b)),
        c.outputs.reward_float32,
        'reward_float32',
      );
    });
  }
});

describe('repetition_penalty.json (repetition_reward)', () => {
  const data = load('repetition_penalty.json');
  for (const c of data.cases) {
    it(c.name, () => {
      const x = c.inputs;
      const r = repetitionPenalty(x.text, x.correct, { ngramSize: x.ngram_size, maxPenalty: x.max_penalty });
      close(r.penalty, c.outputs.penalty, 'penalty');
      expect(r.flag).toBe(c.outputs.flag);
      expect(r.numWords).toBe(c.outputs.num_words);
      if ('reward_float32' in c.outputs) close(Math.fround((x.correct ? 1 : 0) + r.penalty), c.outputs.reward_float32, 'reward_float32');
    });
  }
});

describe('sample_pruning.json (_rm_neg_samples)', () => {
  const data = load('sample_pruning.json');
  const modeOf = (m: string) => (m === 'cut_down_negative_samples' ? 'positive_only' : 'negative_only');
  for (const c of data.cases) {
    const x = c.inputs;
    const opts = (seed: number) => ({
      mode: modeOf(x.mode) as 'positive_only' | 'negative_only',
      reserveRatio: x.reserve_ratio,
      reserveMinNum: x.reserve_min_num,
      worldSize: x.world_size,
      rng: new Rng(seed),
    });
    it(c.name, () => {
      const o = c.outputs;
      if (o.raises?.startsWith('ValueError')) {
        expect(() => pruneByPolarity(x.correct, opts(1))).toThrow(/reserve_min_num 9 exceeds the batch/);
        return;
      }
      if (o.raises?.startsWith('TypeError')) {
        // Python cannot sample 2.0 items; JSON/TypeScript cannot tell 4.0 from 4, so the integer top-up runs.
        const r = pruneByPolarity(x.correct, opts(1));
        expect(r.keep?.length).toBe(4);
        expect(Array.from(r.keep ?? [])).toEqual(expect.arrayContaining(o.kept_before_rounding));
        return;
      }
      for (let seed = 0; seed < 20; seed++) {
        const r = pruneByPolarity(x.correct, opts(seed));
        expect(Array.from(r.keptBeforeRounding)).toEqual(o.kept_before_rounding);
        expect(r.keep === null).toBe(o.returns_none);
        const kept = Array.from(r.keep ?? []);
        expect(kept.length).toBe(o.kept_count_after_rounding);
        expect(kept).toEqual([...kept].sort((a, b) => a - b));
        for (const i of kept) expect(o.kept_before_rounding).toContain(i);
      }
    });
  }
  it('rounding removes kept rows uniformly (neg_cut_16_mixed: each of 10 rows survives with p = 8/10)', () => {
    const c = data.cases.find((x: any) => x.name === 'neg_cut_16_mixed');
    const N = 4000;
    const counts = new Map<number, number>();
    const rng = new Rng(12345);
    for (let k = 0; k < N; k++) {
      const r = pruneByPolarity(c.inputs.correct, { mode: 'positive_only', reserveRatio: 0, reserveMinNum: 0, worldSize: 8, rng });
      for (const i of r.keep ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    }
    const sigma = Math.sqrt((0.8 * 0.2) / N);
    for (const i of c.outputs.kept_before_rounding) expect(Math.abs((counts.get(i) ?? 0) / N - 0.8)).toBeLessThan(5 * sigma);
  });
  it('reserve_ratio keeps each dropped-polarity row with that probability (binomial mean and variance)', () => {
    const correct = Array.from({ length: 64 }, (_, i) => i % 4 === 0); // 16 correct, 48 incorrect
    const rng = new Rng(7);
    const N = 2000;
    const extra: number[] = [];
    for (let k = 0; k < N; k++) {
      const r = pruneByPolarity(correct, { mode: 'positive_only', reserveRatio: 0.25, reserveMinNum: 0, worldSize: 1, rng });
      extra.push((r.keep?.length ?? 0) - 16);
    }
    const mean = extra.reduce((a, b) => a + b, 0) / N;
    const v = extra.reduce((a, b) => a + (b - mean) ** 2, 0) / (N - 1);
    expect(Math.abs(mean - 48 * 0.25)).toBeLessThan(5 * Math.sqrt((48 * 0.25 * 0.75) / N));
    expect(v).toBeGreaterThan(48 * 0.25 * 0.75 * 0.85);
    expect(v).toBeLessThan(48 * 0.25 * 0.75 * 1.15);
  });
  it('the same seed gives the same kept set', () => {
    const c = data.cases.find((x: any) => x.name === 'random_0_n256');
    const run = () => pruneByPolarity(c.inputs.correct, { mode: 'positive_only', reserveRatio: 0, reserveMinNum: 0, worldSize: 8, rng: new Rng(99) }).keep;
    expect(run()).toEqual(run());
  });

  for (const c of data.injection) {
    it(`_inject_offline_samples: ${c.name}`, () => {
      const x = c.inputs;
      const plan = planOfflineInjection(
        { uid: x.uid, correct: x.correct, offlineCount: (u) => x.num_offline_samples_per_uid[String(u)] ?? 0 },
        { alpha: x.offline_samples_alpha, maxInjectNum: x.max_inject_num, offlineMask: x.enable_luffy_loss },
      );
      expect(plan.replacements).toEqual(c.outputs.replacements.map((r: any) => ({ row: r.row, uid: r.uid, offlineIndex: r.offline_index })));
      expect(plan.offlineSampleMask).toEqual(c.outputs.offline_sample_mask);
      expect(plan.log).toEqual(c.outputs.printed);
      expect(plan.metrics['injection/low_accuracy_strict_lt']).toBe(c.outputs.count_low_accuracy_strict_lt);
    });
  }
});
