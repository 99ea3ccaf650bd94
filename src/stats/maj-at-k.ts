/**
 * maj@k (majority voting, "self-consistency", Wang et al. 2022, arXiv 2203.11171) over extracted final
 * answers. Answers are clustered with an equivalence function passed in by the caller (normally the
 * verifier's `answersEquivalent`), so this module stays pure and does not import the verifier.
 */

/** One sample as maj@k sees it: its extracted final answer (null: none) and its verdict (null: missing). */
export interface VoteSample {
  extracted: string | null;
  correct: boolean | null;
}

/** Decides whether two extracted answers are the same answer (e.g. `answersEquivalent` from src/verify). */
export type Equivalence = (a: string, b: string) => boolean;

/**
 * Majority vote over `samples`: answers are grouped greedily (each answer joins the first cluster whose
 * representative is equivalent, else starts one), the largest cluster wins, ties go to the cluster
 * whose first member came first. Samples with no extracted answer or a missing verdict do not vote.
 * Returns whether the winner is correct (the verdict of the winning cluster's first member), or
 * false when nobody voted, plus the winning answer and its vote count.
 */
export function majorityVote(
  samples: ReadonlyArray<VoteSample>,
  equivalent: Equivalence,
): { correct: boolean; answer: string | null; votes: number; clusters: number } {
  const reps: Array<{ answer: string; correct: boolean; votes: number }> = [];
  for (const s of samples) {
    if (s.extracted === null || s.correct === null) continue;
    let found = false;
    for (const r of reps) {
      if (r.answer === s.extracted || equivalent(r.answer, s.extracted)) {
        r.votes++;
        found = true;
        break;
      }
    }
    if (!found) reps.push({ answer: s.extracted, correct: s.correct, votes: 1 });
  }
  let best: (typeof reps)[number] | undefined;
  for (const r of reps) if (!best || r.votes > best.votes) best = r;
  if (!best) return { correct: false, answer: null, votes: 0, clusters: 0 };
  return { correct: best.correct, answer: best.answer, votes: best.votes, clusters: reps.length };
}

/**
 * maj@k of one problem: the n samples are cut into floor(n/k) consecutive disjoint groups of k, each
 * group votes, and the result is the share of groups whose vote is correct (lower variance than
 * voting on the first k only; equals it when k = n). NaN when n < k. `k >= 1` is required.
 */
export function majAtKProblem(samples: ReadonlyArray<VoteSample>, k: number, equivalent: Equivalence): number {
  if (!Number.isInteger(k) || k < 1) throw new Error(`maj@k needs an integer k >= 1, got k=${k}`);
  const groups = Math.floor(samples.length / k);
  if (groups === 0) return NaN;
  let ok = 0;
  for (let g = 0; g < groups; g++) if (majorityVote(samples.slice(g * k, (g + 1) * k), equivalent).correct) ok++;
  return ok / groups;
}

/** Mean maj@k over problems; problems with fewer than k samples are skipped; NaN when none counts. */
export function majAtK(problems: ReadonlyArray<ReadonlyArray<VoteSample>>, k: number, equivalent: Equivalence): number {
  let sum = 0;
  let m = 0;
  for (const p of problems) {
    const v = majAtKProblem(p, k, equivalent);
    if (Number.isNaN(v)) continue;
    sum += v;
    m++;
  }
  return m === 0 ? NaN : sum / m;
}
