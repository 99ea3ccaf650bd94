import { describe, expect, it } from 'vitest';
import { averagedRunStd, computeClaims, greedyFlips, logLogSlope, singleRunStd } from './claims.js';
import type { Claim } from './claims.js';
import { paperLikeSpec, syntheticMeasurements } from './synthetic.js';
import type { StudyMeasurements } from './measurements.js';

/** Fewer bootstrap resamples than a real run, to keep the suite fast; the rules are the same. */
const claims = (m: StudyMeasurements) => computeClaims(m, { resamples: 300 });

const byId = (claims: Claim[]) => Object.fromEntries(claims.map((c) => [c.id, c]));

describe('claims on synthetic measurements with known truth', () => {
  const paperLike = byId(claims(syntheticMeasurements(paperLikeSpec())));

  it('reproduces every claim when the data follow the paper', () => {
    for (const c of Object.values(paperLike)) expect([c.id, c.verdict, c.evidence.tests.map((t) => t.test)]).toEqual([c.id, 'reproduced', expect.anything()]);
  });

  it('every verdict follows from its tests (conjunction of the parts)', () => {
    for (const c of Object.values(paperLike)) {
      expect(c.evidence.tests.length).toBeGreaterThan(0);
      const v = c.evidence.tests.map((t) => t.verdict);
      const expected = v.includes('not reproduced') ? 'not reproduced' : v.every((x) => x === 'reproduced') ? 'reproduced' : 'inconclusive';
      expect(c.verdict).toBe(expected);
    }
  });

  it('refutes the claims when the data contradict them', () => {
    const base = paperLikeSpec();
    const spec = paperLikeSpec({
      problems: { id: 400, ood: 300, small: 400 },
      samples: { id: 16, ood: 16, small: 16 },
      checkpoints: base.checkpoints.map((c) => {
        if (c.checkpoint === 'neg') return { ...c, prob: (q: number) => q * 0.6 };
        if (c.checkpoint === 'pos') return { ...c, prob: (q: number) => Math.min(1, q + 0.5 * (1 - q)) };
        if (c.checkpoint === 'rlr') return { ...c, length: () => 110 };
        if (c.checkpoint === 'luffy') return { ...c, prob: (q: number) => (q < 0.2 ? 0 : Math.min(1, q + 0.5 * (1 - q))) };
        return c;
      }),
      training: (variant, t, rng) => {
        const m = base.training(variant, t, rng);
        return { ...m, 'zero_adv/all_correct_frac': 0.15, 'zero_adv/all_wrong_frac': 0.1 + 0.01 * rng.normal(), 'inject/rescued_groups': 0 };
      },
    });
    const c = byId(claims(syntheticMeasurements(spec)));
    expect(c.negative_only_matches_baseline.verdict).toBe('not reproduced');
    expect(c.negative_samples_generalise.verdict).toBe('not reproduced');
    expect(c.zero_advantage_majority.verdict).toBe('not reproduced');
    expect(c.rlr_shortens_easy.verdict).toBe('not reproduced');
    expect(c.offline_injection_rescues.verdict).toBe('not reproduced');
    // A "small" benchmark as large as the large one does not vary far more.
    expect(c.small_benchmark_instability.verdict).toBe('not reproduced');
    expect(c.small_benchmark_instability.evidence.tests[0].verdict).toBe('not reproduced');
  });

  it('says inconclusive when the data are too few to decide', () => {
    const spec = paperLikeSpec({ problems: { id: 12, ood: 12, small: 8 }, samples: { id: 2, ood: 2, small: 4 }, steps: 3, seeds: [1] });
    const c = claims(syntheticMeasurements(spec));
    for (const claim of c) expect([claim.id, claim.verdict]).toEqual([claim.id, 'inconclusive']);
  });

  it('is inconclusive, not refuted, when the difference straddles the margin', () => {
    const base = paperLikeSpec();
    // neg slightly below baseline, by about the margin, on few problems: the CI covers both sides.
    const spec = paperLikeSpec({
      problems: { id: 60, ood: 60, small: 30 },
      checkpoints: base.checkpoints.map((c) => (c.checkpoint === 'neg' ? { ...c, prob: (q: number) => Math.min(1, q + 0.5 * (1 - q)) - 0.03 } : c)),
    });
    const c = byId(claims(syntheticMeasurements(spec)));
    expect(c.negative_only_matches_baseline.verdict).toBe('inconclusive');
  });

  it('is deterministic', () => {
    const m = syntheticMeasurements(paperLikeSpec({ seed: 3 }));
    expect(JSON.stringify(claims(m))).toBe(JSON.stringify(claims(m)));
  });

  it('reports missing measurements as inconclusive instead of failing', () => {
    const c = claims({ checkpoints: [], training: [] });
    expect(c).toHaveLength(6);
    for (const claim of c) expect(claim.verdict).toBe('inconclusive');
  });
});

describe('instability helpers', () => {
  it('singleRunStd is sqrt(sum p(1-p) n/(n-1)) / N', () => {
    const correct = [
      [true, false, true, false],
      [true, true, true, true],
    ];
    // p = 0.5 (var 0.25·4/3), p = 1 (var 0): sqrt(1/3)/2
    expect(singleRunStd(correct, Int32Array.from([0, 1]))).toBeCloseTo(Math.sqrt(1 / 3) / 2, 12);
  });

  it('averagedRunStd groups samples into disjoint runs', () => {
    // One problem, samples alternate: groups of 2 always score 0.5 (std 0); singles alternate 1,0.
    const correct = [[true, false, true, false, true, false, true, false]];
    const id = (_i: number, n: number) => Int32Array.from({ length: n }, (_, t) => t);
    const [s1, s2] = averagedRunStd(correct, Int32Array.from([0]), [1, 2], id);
    expect(s1).toBeCloseTo(Math.sqrt((8 * 0.25) / 7), 12);
    expect(s2).toBe(0);
  });

  it('logLogSlope recovers a power law', () => {
    expect(logLogSlope([1, 2, 4, 8], [1, 1 / Math.SQRT2, 0.5, 1 / Math.sqrt(8)])).toBeCloseTo(-0.5, 12);
  });

  it('greedyFlips compares greedy with the sampling majority', () => {
    const f = greedyFlips({ problemIds: ['a', 'b', 'c'], correct: [[true, true], [false, false], [true, false]], lengths: [[], [], []], greedy: [false, false, false] });
    expect(f.map((x) => x.index)).toEqual([0, 2]);
  });
});

describe('start precondition', () => {
  it('makes evaluation-based claims inconclusive when the start policy is at the floor', () => {
    const base = paperLikeSpec({ problems: { id: 100, ood: 100, small: 30 } });
    const spec = paperLikeSpec({ problems: { id: 100, ood: 100, small: 30 }, checkpoints: base.checkpoints.map((c) => ({ ...c, prob: () => 0.01 })) });
    const c = byId(claims(syntheticMeasurements(spec)));
    expect(c.negative_only_matches_baseline.verdict).toBe('inconclusive');
    expect(c.negative_only_matches_baseline.evidence.tests[0].test).toMatch(/outside \[0.05, 0.95\]/);
    expect(c.small_benchmark_instability.verdict).toBe('inconclusive');
    // Training-only claim still decided.
    expect(c.zero_advantage_majority.verdict).toBe('reproduced');
  });
});
