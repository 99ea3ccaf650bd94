/**
 * The paper's claims (arXiv 2506.04913) as functions of the study's measurements. Each claim states
 * its test, computes intervals from the samples (paired bootstrap over problems, t-intervals over
 * training-step blocks), and gets its verdict from the rules in `verdicts.ts`. Pure: measurements in,
 * claims out; the same measurements always give the same findings.
 *
 * Intervals cover problem and sampling noise for fixed checkpoints. With several training seeds the
 * per-problem accuracies are averaged over seeds and each test is also run per seed; seeds that
 * disagree (one reproduces, another refutes) make the claim inconclusive ({@link seedGuard}).
 */
import { passAtK } from '../stats/pass-at-k.js';
import { bootstrap, pairedDifference, tInterval } from './resample.js';
import type { CheckpointName, ClaimParams, SetEval, SetName, StudyMeasurements, TrainingLog } from './measurements.js';
import { DEFAULT_CLAIM_PARAMS } from './measurements.js';
import type { Decision, Interval, Verdict } from './verdicts.js';
import { above, combine, effect, equivalent, exists, fmt, nonInferior, seedGuard, tooFew } from './verdicts.js';

/** The evidence behind one verdict. */
export interface Evidence {
  /** One-sentence reading of the numbers. */
  summary: string;
  /** Each part's test with its numbers and its verdict. */
  tests: Array<{ verdict: Verdict; test: string }>;
  /** The measured quantities (intervals, counts, thresholds) the tests used. */
  measurements: Record<string, unknown>;
}

/** One finding: `findings.json` holds `{ claims: Claim[] }`. */
export interface Claim {
  /** Stable identifier, e.g. `negative_only_matches_baseline`. */
  id: string;
  /** The claim as the paper makes it (scaled to the study). */
  claim: string;
  verdict: Verdict;
  evidence: Evidence;
}

/** Per-problem accuracy of one set: mean correctness of each problem's samples. */
export function problemAccuracy(set: SetEval): number[] {
  return set.correct.map((s) => (s.length === 0 ? NaN : s.filter(Boolean).length / s.length));
}

/** Per-problem unbiased pass@k (Chen et al. 2021); k is capped at each problem's sample count. */
export function problemPassAtK(set: SetEval, k: number): number[] {
  return set.correct.map((s) => passAtK(s.length, s.filter(Boolean).length, Math.min(k, s.length)));
}

function evalsOf(m: StudyMeasurements, cp: CheckpointName, set: SetName): Array<{ seed: number; set: SetEval }> {
  const out: Array<{ seed: number; set: SetEval }> = [];
  for (const c of m.checkpoints) {
    const s = c.sets[set];
    if (c.checkpoint === cp && s) out.push({ seed: c.seed, set: s });
  }
  return out.sort((a, b) => a.seed - b.seed);
}

/** Element-wise mean of equal-length arrays. */
function averageArrays(arrays: number[][]): number[] {
  if (arrays.length === 0) return [];
  const n = arrays[0].length;
  for (const a of arrays) if (a.length !== n) throw new Error(`problem sets differ in size across seeds: ${a.length} vs ${n}`);
  return Array.from({ length: n }, (_, i) => arrays.reduce((s, a) => s + a[i], 0) / arrays.length);
}

/** A per-problem statistic of one checkpoint on one set, averaged over seeds, and per seed. */
interface PerProblem {
  pooled: number[];
  perSeed: Map<number, number[]>;
}

function perProblem(m: StudyMeasurements, cp: CheckpointName, set: SetName, f: (s: SetEval) => number[]): PerProblem | null {
  const evals = evalsOf(m, cp, set);
  if (evals.length === 0) return null;
  const perSeed = new Map<number, number[]>();
  for (const e of evals) perSeed.set(e.seed, f(e.set));
  return { pooled: averageArrays([...perSeed.values()]), perSeed };
}

/** Paired comparison A - B with the per-seed guard: `test` builds the decision from an interval. */
function compare(a: PerProblem, b: PerProblem, p: ClaimParams, seedOffset: number, test: (ci: Interval) => Decision): { decision: Decision; ci: Interval; perSeed: Record<string, number> } {
  const opts = { resamples: p.resamples, level: p.level, seed: p.seed + seedOffset };
  const ci = pairedDifference(a.pooled, b.pooled, opts);
  const seedDecisions: Decision[] = [];
  const perSeed: Record<string, number> = {};
  for (const [seed, va] of a.perSeed) {
    // The start checkpoint has one seed and pairs with every seed of the other arm.
    const vb = b.perSeed.get(seed) ?? (b.perSeed.size === 1 ? [...b.perSeed.values()][0] : undefined);
    if (!vb) continue;
    const ciSeed = pairedDifference(va, vb, opts);
    perSeed[String(seed)] = ciSeed.estimate;
    seedDecisions.push(test(ciSeed));
  }
  return { decision: seedDecisions.length > 1 ? seedGuard(test(ci), seedDecisions) : test(ci), ci, perSeed };
}

function missing(id: string, claim: string, what: string): Claim {
  return { id, claim, verdict: 'inconclusive', evidence: { summary: `not measured: ${what}`, tests: [], measurements: {} } };
}

function maxSamples(m: StudyMeasurements, set: SetName): number {
  let n = 0;
  for (const c of m.checkpoints) for (const s of c.sets[set]?.correct ?? []) n = Math.max(n, s.length);
  return n;
}

function largestPowerOfTwo(n: number): number {
  let k = 1;
  while (k * 2 <= n) k *= 2;
  return k;
}

const acc = problemAccuracy;

/** Claim 1: negative-only reaches in-distribution accuracy comparable to GRPO (non-inferiority). */
export function claimNegativeMatchesBaseline(m: StudyMeasurements, p: ClaimParams): Claim {
  const id = 'negative_only_matches_baseline';
  const text = 'Training on negative samples alone reaches in-distribution accuracy comparable to standard GRPO.';
  const neg = perProblem(m, 'neg', 'id', acc);
  const base = perProblem(m, 'baseline', 'id', acc);
  const start = perProblem(m, 'start', 'id', acc);
  if (!neg || !base) return missing(id, text, 'in-distribution evaluation of neg and baseline');
  const few = tooFew('in-distribution problems', neg.pooled.length, 30);
  const r = compare(neg, base, p, 11, (ci) => nonInferior('ID avg accuracy, negative-only minus baseline', ci, p.margin));
  const decision = few ?? r.decision;
  const mean = (x: number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const startAcc = start ? mean(start.pooled) : NaN;
  const gain = (x: number) => x - startAcc;
  return {
    id,
    claim: text,
    verdict: decision.verdict,
    evidence: {
      summary:
        `ID accuracy: negative-only ${fmt(mean(neg.pooled))}, baseline ${fmt(mean(base.pooled))}, start ${fmt(startAcc)}; ` +
        `negative-only gains ${fmt(gain(mean(neg.pooled)))} vs baseline's ${fmt(gain(mean(base.pooled)))}.`,
      tests: [decision],
      measurements: { difference: r.ci, perSeedDifference: r.perSeed, margin: p.margin, problems: neg.pooled.length, seeds: neg.perSeed.size },
    },
  };
}

/** Claim 2: negative samples generalise; positive-only sharpens. Five parts, all must hold. */
export function claimNegativeGeneralises(m: StudyMeasurements, p: ClaimParams): Claim {
  const id = 'negative_samples_generalise';
  const text =
    'Negative samples improve generalisation: negative-only is at least as good as positive-only out of distribution and at ' +
    'large-k pass@k; positive-only sharpens (entropy falls, pass@1 in distribution rises, pass@k at large k falls).';
  const kId = largestPowerOfTwo(maxSamples(m, 'id'));
  const kOod = largestPowerOfTwo(maxSamples(m, 'ood'));
  const pk = (k: number) => (s: SetEval) => problemPassAtK(s, k);
  const negOod = perProblem(m, 'neg', 'ood', acc);
  const posOod = perProblem(m, 'pos', 'ood', acc);
  const negOodK = perProblem(m, 'neg', 'ood', pk(kOod));
  const posOodK = perProblem(m, 'pos', 'ood', pk(kOod));
  const negIdK = perProblem(m, 'neg', 'id', pk(kId));
  const posIdK = perProblem(m, 'pos', 'id', pk(kId));
  const posId = perProblem(m, 'pos', 'id', acc);
  const startId = perProblem(m, 'start', 'id', acc);
  const startIdK = perProblem(m, 'start', 'id', pk(kId));
  if (!negOod || !posOod || !negOodK || !posOodK || !negIdK || !posIdK || !posId || !startId || !startIdK) {
    return missing(id, text, 'ID and OOD evaluation of start, pos and neg');
  }
  const few = tooFew('ID problems', posId.pooled.length, 30) ?? tooFew('OOD problems', negOod.pooled.length, 30);
  if (few) {
    return { id, claim: text, verdict: few.verdict, evidence: { summary: 'too few problems to test', tests: [few], measurements: { idProblems: posId.pooled.length, oodProblems: negOod.pooled.length } } };
  }
  const parts: Decision[] = [];
  const meas: Record<string, unknown> = { kInDistribution: kId, kOutOfDistribution: kOod, margin: p.margin, minEffect: p.minEffect };
  const a = compare(negOod, posOod, p, 21, (ci) => nonInferior('OOD avg accuracy, negative-only minus positive-only', ci, p.margin));
  parts.push(a.decision);
  meas.oodAccuracyDifference = a.ci;
  const b = compare(negOodK, posOodK, p, 22, (ci) => nonInferior(`OOD pass@${kOod}, negative-only minus positive-only`, ci, p.margin));
  parts.push(b.decision);
  meas.oodPassAtKDifference = b.ci;
  const c = compare(negIdK, posIdK, p, 23, (ci) => nonInferior(`ID pass@${kId}, negative-only minus positive-only`, ci, p.margin));
  parts.push(c.decision);
  meas.idPassAtKDifference = c.ci;
  const d = compare(posId, startId, p, 24, (ci) => effect('ID pass@1, positive-only minus start', ci, 'increase', p.minEffect));
  parts.push(d.decision);
  meas.idPass1Change = d.ci;
  const e = compare(perProblem(m, 'pos', 'id', pk(kId)) as PerProblem, startIdK, p, 25, (ci) => effect(`ID pass@${kId}, positive-only minus start`, ci, 'decrease', p.minEffect));
  parts.push(e.decision);
  meas.idPassAtKChange = e.ci;
  const ent = entropyChange(m.training.filter((t) => t.variant === 'pos'), p);
  parts.push(ent.decision);
  meas.entropyChange = ent.ci;
  meas.entropyStart = ent.first;
  return {
    id,
    claim: text,
    verdict: combine(parts),
    evidence: {
      summary:
        `OOD accuracy neg-pos ${fmt(a.ci.estimate)}, OOD pass@${kOod} neg-pos ${fmt(b.ci.estimate)}, ID pass@${kId} neg-pos ${fmt(c.ci.estimate)}; ` +
        `positive-only vs start: ID pass@1 ${fmt(d.ci.estimate)}, ID pass@${kId} ${fmt(e.ci.estimate)}, entropy ${fmt(ent.ci.estimate)}.`,
      tests: parts,
      measurements: meas,
    },
  };
}

/**
 * Block means of a metric over training steps: the steps are cut into `blocks` consecutive blocks per
 * run and each block is averaged (batch means, which tames the autocorrelation of per-step values).
 */
export function blockMeans(logs: ReadonlyArray<TrainingLog>, metric: string, blocks: number, range: [number, number] = [0, 1]): number[] {
  const out: number[] = [];
  for (const log of logs) {
    const vals = log.steps.map((s) => s[metric]).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
    const from = Math.floor(range[0] * vals.length);
    const to = Math.floor(range[1] * vals.length);
    const span = vals.slice(from, to);
    if (span.length < blocks) continue;
    for (let b = 0; b < blocks; b++) {
      const chunk = span.slice(Math.floor((b * span.length) / blocks), Math.floor(((b + 1) * span.length) / blocks));
      out.push(chunk.reduce((s, v) => s + v, 0) / chunk.length);
    }
  }
  return out;
}

/** Entropy change of positive-only: mean over the last quarter of steps minus the first quarter. */
function entropyChange(logs: TrainingLog[], p: ClaimParams): { decision: Decision; ci: Interval; first: number } {
  const first = blockMeans(logs, 'actor/entropy', 2, [0, 0.25]);
  const last = blockMeans(logs, 'actor/entropy', 2, [0.75, 1]);
  const n = Math.min(first.length, last.length);
  const diffs = Array.from({ length: n }, (_, i) => last[i] - first[i]);
  const ci = tInterval(diffs, p.level);
  const firstMean = first.reduce((s, v) => s + v, 0) / Math.max(1, first.length);
  const few = tooFew('positive-only entropy blocks', n, 2);
  const decision = few ?? effect('positive-only entropy, last quarter minus first quarter (block-mean t-interval)', ci, 'decrease', Math.max(1e-9, p.minRelativeEffect * Math.abs(firstMean)));
  return { decision, ci, first: firstMean };
}

/** Claim 3: more than half of the sampled groups give zero advantage (baseline training), with the split. */
export function claimZeroAdvantage(m: StudyMeasurements, p: ClaimParams): Claim {
  const id = 'zero_advantage_majority';
  const text = 'More than half of the sampled groups give zero advantage (all correct or all wrong).';
  const logs = m.training.filter((t) => t.variant === 'baseline');
  const zero: TrainingLog[] = logs.map((l) => ({
    ...l,
    steps: l.steps.map((s) => ({ zero: (s['zero_adv/all_correct_frac'] ?? NaN) + (s['zero_adv/all_wrong_frac'] ?? NaN) })),
  }));
  const blocks = blockMeans(zero, 'zero', 5);
  const few = tooFew('baseline training blocks of zero-advantage share', blocks.length, 3);
  const ci = tInterval(blocks, p.level);
  const decision = few ?? above('zero-advantage group share over baseline training (5 block means per seed, t-interval)', ci, 0.5);
  const mean = (metric: string, range: [number, number] = [0, 1]) => {
    const v = blockMeans(logs, metric, 1, range);
    return v.length ? v.reduce((s, x) => s + x, 0) / v.length : NaN;
  };
  const split = {
    allCorrect: mean('zero_adv/all_correct_frac'),
    allWrong: mean('zero_adv/all_wrong_frac'),
    mixed: mean('zero_adv/mixed_frac'),
    firstTenthZero: mean('zero_adv/all_correct_frac', [0, 0.1]) + mean('zero_adv/all_wrong_frac', [0, 0.1]),
    lastTenthZero: mean('zero_adv/all_correct_frac', [0.9, 1]) + mean('zero_adv/all_wrong_frac', [0.9, 1]),
  };
  const perVariant: Record<string, number> = {};
  for (const v of new Set(m.training.map((t) => t.variant))) {
    const ls = m.training.filter((t) => t.variant === v);
    const z = blockMeans(ls, 'zero_adv/all_correct_frac', 1)[0] + blockMeans(ls, 'zero_adv/all_wrong_frac', 1)[0];
    perVariant[v] = z;
  }
  return {
    id,
    claim: text,
    verdict: decision.verdict,
    evidence: {
      summary:
        `Baseline: ${fmt(ci.estimate)} of groups have zero advantage (all correct ${fmt(split.allCorrect)}, all wrong ${fmt(split.allWrong)}, ` +
        `mixed ${fmt(split.mixed)}); from ${fmt(split.firstTenthZero)} in the first tenth of training to ${fmt(split.lastTenthZero)} in the last.`,
      tests: [decision],
      measurements: { share: ci, split, perVariant, steps: logs.map((l) => l.steps.length) },
    },
  };
}

/** Claim 4: RLR shortens responses on easy problems without lowering accuracy. */
export function claimRlr(m: StudyMeasurements, p: ClaimParams): Claim {
  const id = 'rlr_shortens_easy';
  const text = 'The relative length reward (RLR) shortens responses on easy problems without lowering accuracy.';
  const meanLen = (s: SetEval) => s.lengths.map((l) => (l.length ? l.reduce((a, b) => a + b, 0) / l.length : NaN));
  const rlrAcc = perProblem(m, 'rlr', 'id', acc);
  const baseAcc = perProblem(m, 'baseline', 'id', acc);
  const rlrLen = perProblem(m, 'rlr', 'id', meanLen);
  const baseLen = perProblem(m, 'baseline', 'id', meanLen);
  if (!rlrAcc || !baseAcc || !rlrLen || !baseLen) return missing(id, text, 'ID evaluation of rlr and baseline');
  // Easy: both arms solve the problem at least easyAccuracy of the time on average (symmetric selection).
  const easy: number[] = [];
  for (let i = 0; i < rlrAcc.pooled.length; i++) if ((rlrAcc.pooled[i] + baseAcc.pooled[i]) / 2 >= p.easyAccuracy) easy.push(i);
  const pick = (x: PerProblem): PerProblem => ({ pooled: easy.map((i) => x.pooled[i]), perSeed: new Map([...x.perSeed].map(([s, v]) => [s, easy.map((i) => v[i])])) });
  const baseEasyLen = pick(baseLen).pooled.reduce((s, v) => s + v, 0) / Math.max(1, easy.length);
  const lenCmp = compare(pick(rlrLen), pick(baseLen), p, 41, (ci) => effect('mean response length on easy ID problems, RLR minus baseline (tokens)', ci, 'decrease', Math.max(1e-9, p.minRelativeEffect * baseEasyLen || 0)));
  const accCmp = compare(rlrAcc, baseAcc, p, 42, (ci) => nonInferior('ID avg accuracy, RLR minus baseline', ci, p.margin));
  const few = tooFew('easy ID problems', easy.length, 20);
  const parts = [few ?? lenCmp.decision, accCmp.decision];
  return {
    id,
    claim: text,
    verdict: combine(parts),
    evidence: {
      summary:
        `${easy.length} easy ID problems (accuracy >= ${p.easyAccuracy}); length RLR minus baseline ${fmt(lenCmp.ci.estimate)} tokens ` +
        `(baseline ${fmt(baseEasyLen)}); accuracy RLR minus baseline ${fmt(accCmp.ci.estimate)}.`,
      tests: parts,
      measurements: { easyProblems: easy.length, baselineEasyLength: baseEasyLen, lengthDifference: lenCmp.ci, accuracyDifference: accCmp.ci, margin: p.margin },
    },
  };
}

/** Sum of the first metric whose name matches `pattern` over the steps of the given logs. */
function sumMetric(logs: ReadonlyArray<TrainingLog>, pattern: RegExp): { name: string | null; total: number } {
  let name: string | null = null;
  for (const l of logs) for (const s of l.steps) for (const k of Object.keys(s)) if (!name && pattern.test(k)) name = k;
  if (!name) return { name: null, total: 0 };
  let total = 0;
  for (const l of logs) for (const s of l.steps) total += Number.isFinite(s[name]) ? s[name] : 0;
  return { name, total };
}

/** Claim 5: offline injection rescues all-wrong groups, and raises accuracy on hard problems. */
export function claimInjection(m: StudyMeasurements, p: ClaimParams): Claim {
  const id = 'offline_injection_rescues';
  const text = 'Offline injection (LUFFY) rescues all-wrong groups and raises accuracy on hard problems.';
  const logs = m.training.filter((t) => t.variant === 'luffy');
  const rescued = sumMetric(logs, /rescued/);
  const injected = sumMetric(logs, /inject.*(groups|count|num)|injected/);
  const steps = logs.reduce((s, l) => s + l.steps.length, 0);
  const rescue = exists('groups rescued by injection (opportunities: luffy training steps)', Math.round(rescued.total), steps, 5);
  // Hard problems: ID and OOD problems the start solves at most hardAccuracy of the time.
  const startSets = (['id', 'ood'] as const).map((s) => perProblem(m, 'start', s, acc));
  const luffySets = (['id', 'ood'] as const).map((s) => perProblem(m, 'luffy', s, acc));
  const baseSets = (['id', 'ood'] as const).map((s) => perProblem(m, 'baseline', s, acc));
  if (logs.length === 0 || startSets.some((x) => !x) || luffySets.some((x) => !x) || baseSets.some((x) => !x)) {
    return missing(id, text, 'luffy training metrics and ID/OOD evaluation of start, luffy and baseline');
  }
  const hardIdx: Array<[number, number]> = [];
  startSets.forEach((s, j) => s!.pooled.forEach((a, i) => { if (a <= p.hardAccuracy) hardIdx.push([j, i]); }));
  const gather = (sets: Array<PerProblem | null>): PerProblem => {
    const seeds = [...sets[0]!.perSeed.keys()];
    return {
      pooled: hardIdx.map(([j, i]) => sets[j]!.pooled[i]),
      perSeed: new Map(seeds.map((sd) => [sd, hardIdx.map(([j, i]) => sets[j]!.perSeed.get(sd)![i])])),
    };
  };
  const hard = compare(gather(luffySets), gather(baseSets), p, 51, (ci) => effect('avg accuracy on hard problems, luffy minus baseline', ci, 'increase', p.minEffect));
  const few = tooFew('hard problems', hardIdx.length, 20);
  const parts = [rescue, few ?? hard.decision];
  return {
    id,
    claim: text,
    verdict: combine(parts),
    evidence: {
      summary:
        `Injection rescued ${Math.round(rescued.total)} groups (metric ${rescued.name ?? 'absent'}), injected ${Math.round(injected.total)}; ` +
        `on ${hardIdx.length} hard problems (start accuracy <= ${p.hardAccuracy}) luffy minus baseline ${fmt(hard.ci.estimate)}.`,
      tests: parts,
      measurements: { rescuedGroups: rescued.total, rescuedMetric: rescued.name, injected: injected.total, injectedMetric: injected.name, hardProblems: hardIdx.length, hardDifference: hard.ci },
    },
  };
}

/**
 * Plug-in standard deviation of a single-sample run score on a set of problems: a run draws one sample
 * per problem, so Var(score) = Σ p_i(1-p_i) / N², with the unbiased per-problem variance
 * p(1-p)·n/(n-1) from n samples.
 */
export function singleRunStd(correct: boolean[][], indices: Int32Array): number {
  let v = 0;
  for (let j = 0; j < indices.length; j++) {
    const s = correct[indices[j]];
    const n = s.length;
    if (n < 2) continue;
    const q = s.filter(Boolean).length / n;
    v += (q * (1 - q) * n) / (n - 1);
  }
  return Math.sqrt(v) / indices.length;
}

/**
 * Empirical standard deviation of the score averaged over r single-sample runs, for each r in `rs`:
 * each problem's samples (shuffled by `order`) are cut into floor(n/r) disjoint groups of r, the
 * score of group g averages the problem's group-g samples over problems, and the std (n-1) is taken
 * over groups. `order[i]` permutes problem i's samples.
 */
export function averagedRunStd(correct: boolean[][], problems: Int32Array, rs: number[], order: (i: number, n: number) => Int32Array): number[] {
  const n = Math.min(...Array.from(problems, (i) => correct[i].length));
  const perms = Array.from(problems, (i) => order(i, correct[i].length));
  return rs.map((r) => {
    const G = Math.floor(n / r);
    if (G < 2) return NaN;
    const scores = new Float64Array(G);
    for (let j = 0; j < problems.length; j++) {
      const s = correct[problems[j]];
      const perm = perms[j];
      for (let g = 0; g < G; g++) {
        let c = 0;
        for (let t = 0; t < r; t++) c += s[perm[g * r + t]] ? 1 : 0;
        scores[g] += c / r / problems.length;
      }
    }
    const mean = scores.reduce((a, b) => a + b, 0) / G;
    return Math.sqrt(scores.reduce((a, b) => a + (b - mean) * (b - mean), 0) / (G - 1));
  });
}

/** Least-squares slope of log(y) against log(x), skipping non-finite or non-positive points. */
export function logLogSlope(xs: number[], ys: number[]): number {
  const pts = xs.map((x, i) => [Math.log(x), Math.log(ys[i])]).filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b));
  if (pts.length < 2) return NaN;
  const mx = pts.reduce((s, q) => s + q[0], 0) / pts.length;
  const my = pts.reduce((s, q) => s + q[1], 0) / pts.length;
  let num = 0;
  let den = 0;
  for (const [a, b] of pts) {
    num += (a - mx) * (b - my);
    den += (a - mx) * (a - mx);
  }
  return den === 0 ? NaN : num / den;
}

/** Greedy flips: problems whose greedy correctness differs from the sampling majority (p >= 0.5). */
export function greedyFlips(set: SetEval): Array<{ index: number; p: number; greedy: boolean; majority: boolean }> {
  if (!set.greedy) return [];
  const out: Array<{ index: number; p: number; greedy: boolean; majority: boolean }> = [];
  problemAccuracy(set).forEach((q, i) => {
    const majority = q >= 0.5;
    if (set.greedy![i] !== majority) out.push({ index: i, p: q, greedy: set.greedy![i], majority });
  });
  return out;
}

/** Random partitions of the samples into runs averaged per bootstrap resample (claim 6, part c). */
const PARTITIONS = 8;

/** Claim 6: instability of small benchmarks, uncertain problems, averaging runs, greedy flips. */
export function claimInstability(m: StudyMeasurements, p: ClaimParams): Claim {
  const id = 'small_benchmark_instability';
  const text =
    'Scores on a 30-problem benchmark vary run to run far more than on a large one; uncertain problems account for most of ' +
    'that variance; averaging runs shrinks it as expected (std ∝ 1/√runs); greedy decoding flips the correctness of some uncertain problems.';
  const start = m.checkpoints.find((c) => c.checkpoint === 'start');
  const small = start?.sets.small;
  const large = start?.sets.id;
  if (!start || !small || !large) return missing(id, text, 'small-benchmark and ID evaluation of the start checkpoint');
  const opts = { resamples: p.resamples, level: p.level };
  // (a) Run-score spread ratio small / large.
  const ratio = bootstrap([small.correct.length, large.correct.length], ([a, b]) => singleRunStd(small.correct, a) / singleRunStd(large.correct, b), { ...opts, seed: p.seed + 61 });
  const partA = above(`single-run score std ratio, ${small.correct.length}-problem vs ${large.correct.length}-problem set (bootstrap over problems)`, ratio, p.spreadRatio);
  // (b) Share of the small set's run variance from uncertain problems.
  const [lo, hi] = p.uncertainBand;
  const share = bootstrap([small.correct.length], ([ix]) => {
    let tot = 0;
    let unc = 0;
    for (let j = 0; j < ix.length; j++) {
      const s = small.correct[ix[j]];
      const q = s.filter(Boolean).length / s.length;
      const v = q * (1 - q);
      tot += v;
      if (q >= lo && q <= hi) unc += v;
    }
    return tot === 0 ? NaN : unc / tot;
  }, { ...opts, seed: p.seed + 62 });
  const partB = above(`share of the small benchmark's run variance from problems with accuracy in [${lo}, ${hi}]`, share, 0.5);
  // (c) Averaging r runs: log-log slope of std against r, expected -1/2.
  const n = Math.min(...small.correct.map((s) => s.length));
  const rs: number[] = [];
  for (let r = 1; Math.floor(n / r) >= 8; r *= 2) rs.push(r);
  let slopeCi: Interval = { estimate: NaN, lo: NaN, hi: NaN, level: p.level };
  let stdByRuns: number[] = [];
  if (rs.length >= 2) {
    const identityOrder = (_i: number, len: number) => Int32Array.from({ length: len }, (_, t) => t);
    stdByRuns = averagedRunStd(small.correct, Int32Array.from(small.correct.map((_, i) => i)), rs, identityOrder);
    let call = 0;
    slopeCi = bootstrap([small.correct.length], ([ix]) => {
      // Resample problems and reshuffle each problem's samples into runs.
      let x = (p.seed * 7919 + ++call * 104729) >>> 0;
      const rnd = () => ((x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 4294967296);
      const shuffle = (_i: number, len: number) => {
        const a = Int32Array.from({ length: len }, (_, t) => t);
        for (let t = len - 1; t > 0; t--) {
          const u = Math.floor(rnd() * (t + 1));
          [a[t], a[u]] = [a[u], a[t]];
        }
        return a;
      };
      // Average the variance over several random partitions so the partition noise does not swamp the slope.
      const v = rs.map(() => 0);
      for (let k = 0; k < PARTITIONS; k++) averagedRunStd(small.correct, ix, rs, shuffle).forEach((sd, j) => (v[j] += (sd * sd) / PARTITIONS));
      return logLogSlope(rs, v.map(Math.sqrt));
    }, { ...opts, seed: p.seed + 63 });
    slopeCi = { ...slopeCi, estimate: logLogSlope(rs, stdByRuns) };
  }
  const partC = tooFew('samples per problem for averaging runs (need 8 groups of 2)', rs.length, 2) ?? equivalent('log-log slope of run-score std against runs averaged', slopeCi, -0.5, p.slopeTolerance);
  // (d) Greedy flips among uncertain problems (0 < p < 1), over every checkpoint and set with greedy.
  let flips = 0;
  let chances = 0;
  const flipRows: Array<{ checkpoint: string; seed: number; set: string; problem: string; p: number; greedy: boolean }> = [];
  for (const c of m.checkpoints) {
    for (const [setName, s] of Object.entries(c.sets) as Array<[SetName, SetEval]>) {
      if (!s.greedy) continue;
      const accs = problemAccuracy(s);
      chances += accs.filter((q) => q > 0 && q < 1).length;
      for (const f of greedyFlips(s)) {
        if (f.p > 0 && f.p < 1) {
          flips++;
          flipRows.push({ checkpoint: c.checkpoint, seed: c.seed, set: setName, problem: s.problemIds[f.index], p: f.p, greedy: f.greedy });
        }
      }
    }
  }
  const partD = exists('greedy flips: uncertain problems whose greedy correctness differs from the sampling majority (opportunities: uncertain problem evaluations)', flips, chances, p.minFlipChances);
  const parts = [partA, partB, partC, partD];
  const emp = (set: SetEval) => {
    const ix = Int32Array.from(set.correct.map((_, i) => i));
    return singleRunStd(set.correct, ix);
  };
  return {
    id,
    claim: text,
    verdict: combine(parts),
    evidence: {
      summary:
        `Start checkpoint: single-run std ${fmt(emp(small))} on ${small.correct.length} problems vs ${fmt(emp(large))} on ${large.correct.length} ` +
        `(ratio ${fmt(ratio.estimate)}); uncertain share of variance ${fmt(share.estimate)}; std-vs-runs slope ${fmt(slopeCi.estimate)} (expected -0.5); ` +
        `${flips} greedy flips among ${chances} uncertain problem evaluations.`,
      tests: parts,
      measurements: { stdRatio: ratio, uncertainShare: share, runsAveraged: rs, stdByRunsAveraged: stdByRuns, slope: slopeCi, flips, flipChances: chances, flipExamples: flipRows.slice(0, 50) },
    },
  };
}

/**
 * Precondition of every evaluation-based claim: the start policy must be neither at the floor nor at
 * the ceiling in distribution (ID avg accuracy in [0.05, 0.95]); otherwise accuracy differences and
 * uncertain problems cannot show up and those claims are inconclusive. Null when the start is usable.
 */
export function startPrecondition(m: StudyMeasurements): Decision | null {
  const start = m.checkpoints.find((c) => c.checkpoint === 'start')?.sets.id;
  if (!start) return null;
  const accs = problemAccuracy(start);
  const mean = accs.reduce((s, v) => s + v, 0) / Math.max(1, accs.length);
  if (mean >= 0.05 && mean <= 0.95) return null;
  return { verdict: 'inconclusive', test: `start policy ID avg accuracy ${fmt(mean)} is outside [0.05, 0.95]: evaluation-based tests cannot decide` };
}

/** Every claim of the study, in the order. `params` default to {@link DEFAULT_CLAIM_PARAMS}. */
export function computeClaims(m: StudyMeasurements, params: Partial<ClaimParams> = {}): Claim[] {
  const p = { ...DEFAULT_CLAIM_PARAMS, ...params };
  const claims = [claimNegativeMatchesBaseline(m, p), claimNegativeGeneralises(m, p), claimZeroAdvantage(m, p), claimRlr(m, p), claimInjection(m, p), claimInstability(m, p)];
  const pre = startPrecondition(m);
  if (!pre) return claims;
  // The zero-advantage claim is about training batches only; every other claim needs a usable start.
  return claims.map((c) => (c.id === 'zero_advantage_majority' ? c : { ...c, verdict: 'inconclusive', evidence: { ...c.evidence, tests: [pre, ...c.evidence.tests] } }));
}
