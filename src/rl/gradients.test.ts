/**
 * Every analytic gradient of the RL core against central finite differences: dLoss/dlogp of the policy
 * losses (all aggregation modes, clip-higher, dual clip, LUFFY on/off-policy), of the KL loss for each
 * estimator, of the assembled actor loss, dLoss/dentropy of the entropy bonus, and the logits backward.
 */
import { describe, expect, it } from 'vitest';
import { Rng } from '../util/rng.js';
import {
  actorLoss,
  entropyBonus,
  klLoss,
  LOSS_AGG_MODES,
  logitsBackward,
  logProbsFromLogits,
  luffyLoss,
  ppoClipLoss,
  type PolicyLossInput,
  type PolicyLossOptions,
} from './index.js';

const H = 1e-6;

/** Central difference of f at x along coordinate i (x is copied). */
function fd(f: (x: Float64Array) => number, x: Float64Array, i: number): number {
  const a = Float64Array.from(x);
  const b = Float64Array.from(x);
  a[i] += H;
  b[i] -= H;
  return (f(a) - f(b)) / (2 * H);
}

function checkGrad(f: (x: Float64Array) => number, x: Float64Array, grad: ArrayLike<number>): void {
  for (let i = 0; i < x.length; i++) {
    const num = fd(f, x, i);
    expect(Math.abs(num - grad[i]), `coordinate ${i}: numeric ${num}, analytic ${grad[i]}`).toBeLessThanOrEqual(1e-8 + 1e-6 * Math.abs(grad[i]));
  }
}

/** A random batch with ragged masks; ratios spread over roughly [0.5, 2] so clips bind on some tokens. */
function batch(seed: number, B = 4, T = 6): PolicyLossInput & { refLogp: Float64Array; entropy: Float64Array } {
  const rng = new Rng(seed);
  const n = B * T;
  const oldLogp = Float64Array.from({ length: n }, () => -0.05 - 3 * rng.next());
  const logp = Float64Array.from(oldLogp, (o) => Math.min(-1e-3, o + 0.7 * (rng.next() - 0.5) * 2));
  const refLogp = Float64Array.from(oldLogp, (o) => o + (rng.next() - 0.5));
  const entropy = Float64Array.from({ length: n }, () => 2 * rng.next());
  const mask = new Float64Array(n);
  const advantages = new Float64Array(n);
  for (let b = 0; b < B; b++) {
    const len = 1 + rng.int(T);
    const a = rng.normal();
    for (let t = 0; t < len; t++) {
      mask[b * T + t] = 1;
      advantages[b * T + t] = a;
    }
  }
  return { logp, oldLogp, advantages, mask, B, T, refLogp, entropy, offPolicyRow: Array.from({ length: B }, (_, b) => b % 2 === 0) };
}

const base: PolicyLossOptions = { clipRatioLow: 0.2, clipRatioHigh: 0.28, clipRatioC: null, lossAggMode: 'token-mean' };

describe('policy-loss gradients match finite differences', () => {
  for (const mode of LOSS_AGG_MODES) {
    it(`ppoClipLoss, clip-higher, ${mode}`, () => {
      for (const seed of [1, 2, 3]) {
        const x = batch(seed);
        const opts = { ...base, lossAggMode: mode, lossScaleConstant: mode === 'seq-mean-token-sum-norm' ? 8 : undefined };
        const r = ppoClipLoss(x, opts);
        checkGrad((logp) => ppoClipLoss({ ...x, logp }, opts).loss, Float64Array.from(x.logp), r.grad);
      }
    });
  }
  it('ppoClipLoss with dual clip (some tokens capped at -A*c)', () => {
    const x = batch(4);
    // Push the ratio of negative-advantage tokens far up so the dual clip binds somewhere.
    const logp = Float64Array.from(x.logp, (v, i) => (x.advantages[i] < 0 && i % 2 === 0 ? Math.min(-1e-3, x.oldLogp[i] + 1.5) : v));
    const opts = { ...base, clipRatioC: 3 };
    const r = ppoClipLoss({ ...x, logp }, opts);
    expect(r.metrics['actor/pg_clipfrac_lower']).toBeGreaterThan(0);
    checkGrad((lp) => ppoClipLoss({ ...x, logp: lp }, opts).loss, logp, r.grad);
  });
  it('clipped tokens have zero gradient and unclipped ones -A*ratio*w', () => {
    const x = batch(5);
    const r = ppoClipLoss(x, base);
    let clipped = 0;
    for (let i = 0; i < x.mask.length; i++) {
      if (!x.mask[i]) {
        expect(r.grad[i]).toBe(0);
        continue;
      }
      const ratio = Math.exp(x.logp[i] - x.oldLogp[i]);
      const a = x.advantages[i];
      const bind = (a > 0 && ratio > 1.28) || (a < 0 && ratio < 0.8);
      if (bind) {
        clipped++;
        expect(r.grad[i]).toBe(0);
      } else expect(r.grad[i]).not.toBe(0);
    }
    expect(clipped).toBeGreaterThan(0);
  });
  for (const clipOnPolicy of [false, true]) {
    it(`luffyLoss (clip_on_policy ${clipOnPolicy})`, () => {
      for (const seed of [6, 7]) {
        const x = batch(seed);
        const opts = { ...base, luffyClipOnPolicy: clipOnPolicy };
        const r = luffyLoss(x, opts);
        checkGrad((logp) => luffyLoss({ ...x, logp }, opts).loss, Float64Array.from(x.logp), r.grad);
      }
    });
  }
  it('luffy off-policy gradient is -A p gamma/(p+gamma)^2 times the weight', () => {
    const x = batch(8, 1, 3);
    x.offPolicyRow = [true];
    x.mask = Float64Array.of(1, 1, 1);
    const r = luffyLoss(x, base);
    for (let i = 0; i < 3; i++) {
      const p = Math.exp(x.logp[i]);
      expect(r.grad[i]).toBeCloseTo(((-x.advantages[i] * p * 0.1) / (p + 0.1) ** 2) / (3 + 1e-8), 12);
    }
  });
});

describe('KL-loss gradients', () => {
  for (const est of ['kl', 'abs', 'mse', 'low_var_kl']) {
    it(est, () => {
      const x = batch(9);
      const r = klLoss(x.logp, x.refLogp, x.mask, est);
      checkGrad((logp) => klLoss(logp, x.refLogp, x.mask, est).loss, Float64Array.from(x.logp), r.grad);
    });
  }
  it('low_var_kl clamps at 10 with zero gradient there', () => {
    const r = klLoss([-30, -1], [0, -1.5], [1, 1], 'low_var_kl');
    expect(r.grad[0]).toBe(0);
    expect(r.grad[1]).not.toBe(0);
  });
});

describe('assembled actor loss', () => {
  for (const policyLoss of ['vanilla', 'luffy'] as const) {
    it(`${policyLoss}: d(scaled loss)/dlogp and d/dentropy`, () => {
      const x = batch(10);
      const opts = { ...base, policyLoss, entropyCoeff: 0.01, useKlLoss: true, klLossCoef: 0.05, klLossType: 'low_var_kl' };
      const w = 3 / 64;
      const r = actorLoss(x, opts, w);
      expect(r.scaledLoss).toBeCloseTo(r.policyLoss * w, 15);
      checkGrad((logp) => actorLoss({ ...x, logp }, opts, w).scaledLoss, Float64Array.from(x.logp), r.dLogp);
      checkGrad((entropy) => actorLoss({ ...x, entropy }, opts, w).scaledLoss, Float64Array.from(x.entropy), r.dEntropy);
    });
  }
  it('entropyBonus: dEntropy = -coeff * m/(sum m + 1e-8)', () => {
    const x = batch(11);
    const e = entropyBonus(x.entropy, x.mask, 0.002);
    checkGrad((h) => -0.002 * entropyBonus(h, x.mask, 0.002).entropyLoss, Float64Array.from(x.entropy), e.dEntropy);
  });
});

describe('logits backward (temperature-scaled log-softmax and entropy)', () => {
  it('matches finite differences through logp and entropy', () => {
    const rng = new Rng(12);
    const B = 2;
    const T = 3;
    const V = 5;
    const tau = 0.6;
    const logits = Float64Array.from({ length: B * T * V }, () => 3 * rng.normal());
    const ids = Int32Array.from({ length: B * T }, () => rng.int(V));
    const gl = Float64Array.from({ length: B * T }, () => rng.normal());
    const ge = Float64Array.from({ length: B * T }, () => rng.normal());
    const f = (z: Float64Array) => {
      const { logp, entropy } = logProbsFromLogits(z, ids, B, T, V, tau);
      let s = 0;
      for (let i = 0; i < B * T; i++) s += gl[i] * logp[i] + ge[i] * entropy[i];
      return s;
    };
    checkGrad(f, logits, logitsBackward(logits, ids, B, T, V, tau, gl, ge));
  });
  it('is stable for extreme logits and matches the closed form at temperature 1', () => {
    const logits = [1e4, -1e4, 0, 1e4 - 1];
    const { logp, entropy } = logProbsFromLogits(logits, [3], 1, 1, 4, 1);
    const lse = 1e4 + Math.log(1 + Math.exp(-1));
    expect(logp[0]).toBeCloseTo(1e4 - 1 - lse, 9);
    expect(Number.isFinite(entropy[0])).toBe(true);
    const p0 = 1 / (1 + Math.exp(-1));
    expect(entropy[0]).toBeCloseTo(-(p0 * Math.log(p0) + (1 - p0) * Math.log(1 - p0)), 9);
  });
});
