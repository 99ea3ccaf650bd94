/**
 * The GRPO training loop (`dissect train`), the embedded counterpart of verl's `RayPPOTrainer.fit` in
 * the paper's fork. Per step:
 *
 *   1. draw `data.train_batch_size` prompts (seeded, checkpointable cursor);
 *   2. sample `rollout.n` responses each with the current policy (KV-cached, temperature-scaled);
 *   3. grade them with the verifier (binary correctness, the outcome score);
 *   4. optionally inject correct offline solutions into low-accuracy groups;
 *   5. shape rewards (RLR, repetition penalty, DAPO overlong) and optionally subtract KL in the reward;
 *   6. compute advantages (GRPO / Dr.GRPO / RLOO / PSR / NSR / W-REINFORCE), truncation masking,
 *      polarity pruning; log the zero-advantage diagnostics;
 *   7. update: mini-batches x ppo_epochs, micro-batch gradient accumulation, clipped (or LUFFY) loss,
 *      loss aggregation, entropy bonus, KL loss, gradient clipping, AdamW;
 *   8. validate every `trainer.test_freq` steps and checkpoint every `trainer.save_freq` steps.
 *
 * Every algorithmic quantity comes from the pure RL core (`src/rl`) through `./algorithm.ts`; this file
 * owns sampling, batching, I/O, determinism and resume.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import type { PolicyModel } from '../model/types.js';
import { DivergenceError, InputError } from '../util/errors.js';
import { Rng } from '../util/rng.js';
import { createManifest } from '../util/manifest.js';
import { createProgress } from '../util/progress.js';
import type { TrainConfig } from '../config/train-config.js';
import { configToYaml } from '../config/load.js';
import { createAlgorithm, type Algorithm } from './algorithm.js';
import { gatherResponse, packRows, responseMask, scatterResponse, selectRows, type RolloutRow } from './batch.js';
import { latestCheckpoint, saveCheckpoint, TRAINER_STATE_VERSION, type TrainerState } from './checkpoint.js';
import { drawBatch, type DataCursor } from './data-cursor.js';
import { appendJsonl, appendJsonlMany, truncateJsonlAfterStep } from './metrics-log.js';
import { learningRate } from '../model/schedule.js';
import type { TaskSource, TrainProblem } from './task-source.js';
import { createGrader, type Grader } from './grader.js';
import { startPolicy, loadCheckpointModel } from './policy.js';
import { mean, summarize } from './stats.js';
import { GroupAccumulator } from '../rl/dynamic-sampling.js';

/** Options of {@link runTraining} besides the config. */
export interface RunOptions {
  /** Output directory (created). */
  out: string;
  /** No progress bar. */
  quiet?: boolean;
  /** Continue the run in `out` from its latest checkpoint (the config must match the stored one except trainer.total_steps). */
  resume?: boolean;
  /** Called after every step with that step's metrics line (validation and checkpoint included). */
  onStep?: (metrics: StepMetrics) => void;
  /** Task source override (tests); default: the task family of `src/tasks` sized by the config. */
  task?: TaskSource;
  /** Grader override (tests); default: the verifier configured in `verifier`. */
  grader?: Grader;
  /** Stop after this many steps of this invocation (tests simulate an interruption with it). */
  stopAfter?: number;
}

/** One line of metrics.jsonl: `step` plus verl-named and `zero_adv/*` metrics. */
export type StepMetrics = { step: number } & Record<string, number>;

/** What {@link runTraining} returns. */
export interface TrainResult {
  out: string;
  /** Completed steps. */
  steps: number;
  /** Directory of the last checkpoint (the trained policy). */
  checkpoint: string;
  /** Directory of the start policy (SFT checkpoint or --init). */
  initCheckpoint: string;
  /** The last metrics line that carried validation results, if any. */
  lastValidation: Record<string, number> | null;
  /** All metric lines of the run (including those written before a resume). */
  history: StepMetrics[];
}

const SAMPLE_CHUNK = 256;
/** Rows per log-prob pass (reference and old log-probs). */
const LOGP_CHUNK = 64;

/** Keys allowed to differ between the stored and the resumed config. */
function configHash(config: TrainConfig): string {
  const c = structuredClone(config) as TrainConfig;
  c.trainer.total_steps = 0;
  return createHash('sha256').update(JSON.stringify(c)).digest('hex').slice(0, 16);
}

/**
 * Run (or resume) GRPO training as configured and write metrics, rollouts and checkpoints to
 * `options.out`. The study calls this once per variant; `dissect train` is a thin shell over it.
 * Throws InputError on a bad config or out directory, DivergenceError on a NaN/Inf loss or gradient
 * (the last good checkpoint stays in place).
 */
export async function runTraining(config: TrainConfig, options: RunOptions): Promise<TrainResult> {
  const out = resolve(options.out);
  mkdirSync(out, { recursive: true });
  const metricsFile = join(out, 'metrics.jsonl');
  const rolloutsFile = join(out, 'rollouts.jsonl');
  const hash = configHash(config);

  let resumeFrom: { dir: string; state: TrainerState } | null = null;
  if (options.resume) {
    resumeFrom = latestCheckpoint(out);
    const stored = join(out, 'config.json');
    if (existsSync(stored)) {
      const prev = JSON.parse(readFileSync(stored, 'utf8')) as TrainConfig;
      if (configHash(prev) !== hash) {
        throw new InputError(`--resume: the config differs from the one this run started with (${stored}); only trainer.total_steps may change`);
      }
    }
  } else if (existsSync(metricsFile) && readFileSync(metricsFile, 'utf8').trim() !== '') {
    throw new InputError(`${out} already holds a run (metrics.jsonl); use --resume to continue it or choose another --out`);
  }

  const task = options.task ?? (await (await import('./task-adapter.js')).createTaskSource(config));
  if (task.train.length === 0) throw new InputError('the task has no training problems');
  const start = await startPolicy(config, task, out, options.quiet ?? false);
  const algo: Algorithm = createAlgorithm(config);

  let model: PolicyModel;
  let state: TrainerState;
  if (resumeFrom) {
    model = await loadCheckpointModel(resumeFrom.dir, config.model.engine);
    state = resumeFrom.state;
    truncateJsonlAfterStep(metricsFile, state.step);
    truncateJsonlAfterStep(rolloutsFile, state.step);
  } else {
    model = await loadCheckpointModel(start.dir, config.model.engine);
    state = {
      version: TRAINER_STATE_VERSION,
      step: 0,
      optimizerSteps: 0,
      rng: new Rng(config.seed).state(),
      cursor: { epoch: 0, index: 0 },
      configHash: hash,
    };
    if (options.resume) {
      // Killed before the first checkpoint: start over cleanly.
      truncateJsonlAfterStep(metricsFile, -1);
      truncateJsonlAfterStep(rolloutsFile, -1);
    }
  }
  if (model.config.vocabSize !== task.vocabSize) {
    throw new InputError(`start policy vocabulary ${model.config.vocabSize} != task tokenizer vocabulary ${task.vocabSize} (${start.dir})`);
  }
  // Frozen reference policy for KL: always the start policy, also after a resume.
  const ref: PolicyModel | null = algo.needsReference ? await loadCheckpointModel(start.dir, config.model.engine) : null;

  writeFileSync(join(out, 'config.json'), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(join(out, 'config.yaml'), configToYaml(config, 'Resolved dissect train config (all defaults filled in).'));
  const manifest = { ...createManifest({ train: config.seed }), init: start.dir, resumedFrom: resumeFrom ? resumeFrom.dir : null };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  const grader = options.grader ?? (await createGrader(config.verifier));
  const rng = Rng.fromState(state.rng);
  const total = config.trainer.total_steps;
  const progress = createProgress({
    label: 'train',
    total,
    quiet: options.quiet,
    fields: ['score', 'zero_adv', 'tok_s'],
  });
  progress.update(state.step);
  let lastCheckpoint = resumeFrom ? resumeFrom.dir : start.dir;
  let lastValidation: Record<string, number> | null = null;

  try {
    if (state.step === 0 && config.trainer.val_before_train && !resumeFrom) {
      const val = await validate(model, task, config, grader);
      lastValidation = val;
      const line: StepMetrics = { step: 0, ...val };
      appendJsonl(metricsFile, line);
      options.onStep?.(line);
    }
    let ran = 0;
    while (state.step < total) {
      if (options.stopAfter !== undefined && ran >= options.stopAfter) break;
      const step = state.step + 1;
      const tStep = performance.now();
      const { metrics, rows } = await trainStep(model, ref, task, config, algo, grader, rng, state, step, lastCheckpoint);
      state.step = step;
      ran++;
      const isLast = step === total;
      if ((config.trainer.test_freq > 0 && step % config.trainer.test_freq === 0) || isLast) {
        const t0 = performance.now();
        const val = await validate(model, task, config, grader);
        Object.assign(metrics, val, { 'timing_s/testing': (performance.now() - t0) / 1000 });
        lastValidation = val;
      }
      metrics['timing_s/step'] = (performance.now() - tStep) / 1000;
      const line: StepMetrics = { step, ...metrics };
      // Logs first, checkpoint second: a kill in between resumes from the previous checkpoint and
      // re-writes this step's lines, so the logs never miss a step that a checkpoint covers.
      appendJsonl(metricsFile, line);
      if (config.logging.save_rollouts) appendJsonlMany(rolloutsFile, rows);
      if ((config.trainer.save_freq > 0 && step % config.trainer.save_freq === 0) || isLast) {
        state.rng = rng.state();
        lastCheckpoint = await saveCheckpoint(out, model, state, config.trainer.keep_checkpoints);
      }
      options.onStep?.(line);
      progress.update(step, {
        score: (metrics['critic/score/mean'] ?? 0).toFixed(3),
        zero_adv: (1 - (metrics['zero_adv/mixed_frac'] ?? 0)).toFixed(2),
        tok_s: Math.round(metrics['perf/throughput'] ?? 0),
      });
    }
  } finally {
    progress.stop();
    if (!options.grader) await grader.close();
  }
  const endManifest = { ...manifest, endedAt: new Date().toISOString() };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(endManifest, null, 2)}\n`);
  const history = readFileSync(metricsFile, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as StepMetrics);
  const lastVal = [...history].reverse().find((h) => Object.keys(h).some((k) => k.startsWith('val/')));
  if (lastVal) lastValidation = Object.fromEntries(Object.entries(lastVal).filter(([k]) => k.startsWith('val/')));
  model.dispose();
  ref?.dispose();
  return {
    out,
    steps: state.step,
    checkpoint: state.step === 0 ? start.dir : lastCheckpoint,
    initCheckpoint: start.dir,
    lastValidation,
    history,
  };
}

/** Sample in chunks of SAMPLE_CHUNK sequences; each chunk gets its own seed from `rng`. */
function sampleChunked(
  model: PolicyModel,
  prompts: Int32Array[],
  opts: { maxNewTokens: number; temperature: number; topP: number; topK: number; stopTokens: number[]; greedy?: boolean },
  rng: Rng,
): { tokens: Int32Array[]; finish: Array<'stop' | 'length'> } {
  const tokens: Int32Array[] = [];
  const finish: Array<'stop' | 'length'> = [];
  for (let s = 0; s < prompts.length; s += SAMPLE_CHUNK) {
    const chunk = prompts.slice(s, s + SAMPLE_CHUNK);
    const maxPrompt = Math.max(...chunk.map((p) => p.length));
    const maxNew = Math.max(1, Math.min(opts.maxNewTokens, model.config.contextLength - maxPrompt));
    const r = model.sample(chunk, {
      maxNewTokens: maxNew,
      temperature: opts.temperature,
      topP: opts.topP,
      topK: opts.topK,
      greedy: opts.greedy,
      seed: rng.nextU32(),
      stopTokens: opts.stopTokens,
    });
    tokens.push(...r.tokens);
    finish.push(...r.finishReason);
  }
  return { tokens, finish };
}

function checkFinite(what: string, v: number, step: number, lastCheckpoint: string): void {
  if (!Number.isFinite(v)) {
    throw new DivergenceError(
      `training diverged at step ${step}: ${what} is ${v}. The last good checkpoint is kept (${lastCheckpoint || 'none yet'}); ` +
        'lower optim.lr or raise optim.grad_clip, then --resume or start again.',
    );
  }
}

/** One training step: rollouts, rewards, advantages, update. Returns the step's metrics and rollout records. */
async function trainStep(
  model: PolicyModel,
  ref: PolicyModel | null,
  task: TaskSource,
  config: TrainConfig,
  algo: Algorithm,
  grader: Grader,
  rng: Rng,
  state: TrainerState,
  step: number,
  lastCheckpoint: string,
): Promise<{ metrics: Record<string, number>; rows: object[] }> {
  const m: Record<string, number> = {};
  const Tr = config.rollout.max_response_length;
  const n = config.rollout.n;

  // 1-5. prompts -> samples -> verdicts -> injection -> shaped rewards, per generation batch. With
  // dynamic sampling, zero-variance groups are dropped and more prompts drawn until the batch is full.
  const target = config.data.train_batch_size;
  const ds = config.rl.dynamic_sampling;
  const acc = new GroupAccumulator<GeneratedRow>(target, ds.enable ? ds.max_num_gen_batches : 1);
  let genSeconds = 0;
  let gradeSeconds = 0;
  let genTokens = 0;
  let slot = 0;
  const online: number[] = [];
  const genMetrics: Array<Record<string, number>> = [];
  let plain: GeneratedRow[] | null = null;
  while (true) {
    const drawn = drawBatch(state.cursor, target, trainSize(task, config), config.seed, config.data.shuffle);
    state.cursor = drawn.cursor as DataCursor;
    const problems: TrainProblem[] = drawn.indices.map((i) => task.train[i]);
    const uids = problems.map(() => `${step}:${slot++}`);
    const g = await generate(model, task, config, algo, grader, rng, problems, uids, step);
    genSeconds += g.genSeconds;
    gradeSeconds += g.gradeSeconds;
    genTokens += g.genTokens;
    online.push(...g.onlineScores);
    genMetrics.push(g.metrics);
    if (!ds.enable) {
      plain = g.rows;
      break;
    }
    const values = ds.metric === 'acc' ? g.rows.map((r) => r.row.correct) : g.rows.map((r) => r.reward);
    acc.add(g.rows.map((r) => r.row.uid), g.rows, values);
    if (acc.full || acc.exhausted) break;
  }
  const taken = plain ?? acc.take().rows;
  m['timing_s/gen'] = genSeconds;
  m['timing_s/reward'] = gradeSeconds;
  m['rollout/accuracy'] = mean(online);
  for (const k of new Set(genMetrics.flatMap((x) => Object.keys(x)))) m[k] = genMetrics.reduce((a, x) => a + (x[k] ?? 0), 0) / genMetrics.length;
  if (ds.enable) {
    m['dynamic_sampling/gen_batches'] = acc.generationBatches;
    m['dynamic_sampling/dropped_groups'] = acc.droppedGroups;
    m['dynamic_sampling/kept_groups'] = Math.min(acc.size, target);
  }
  const rows = taken.map((t) => t.row);
  const reward = Float64Array.from(taken, (t) => t.reward);
  const shaped = { repetitionFlag: taken.map((t) => t.repetitionFlag) };
  const inj = { correctBefore: taken.map((t) => t.correctBefore) };
  const lengths = Int32Array.from(rows.map((r) => Math.min(r.response.length, Tr)));
  if (rows.length === 0) {
    m['actor/skipped_update'] = 1;
    m['perf/total_num_tokens'] = genTokens;
    return { metrics: m, rows: [] };
  }

  const mask = responseMask(lengths, Tr);
  let t0 = performance.now();

  // Reference log-probs (KL) and old log-probs (when the update is not a single on-policy pass).
  const temperature = config.rollout.temperature;
  let refLogp: Float64Array | null = null;
  if (ref) {
    t0 = performance.now();
    refLogp = logProbsChunked(ref, rows, temperature, lengths, Tr);
    m['timing_s/ref'] = (performance.now() - t0) / 1000;
  }
  const miniRows = config.actor.ppo_mini_batch_size * n;
  const singlePass = config.actor.ppo_epochs === 1 && miniRows >= rows.length;
  let oldLogp: Float64Array | null = null;
  if (!singlePass || algo.klInReward) {
    t0 = performance.now();
    oldLogp = logProbsChunked(model, rows, temperature, lengths, Tr);
    m['timing_s/old_log_prob'] = (performance.now() - t0) / 1000;
  }

  // KL in the reward: r_t -= beta * kl_t, summed per sample (verl apply_kl_penalty).
  let score = reward;
  if (algo.klInReward && refLogp && oldLogp) {
    const k = algo.klRewardPenalty(oldLogp, refLogp, mask, rows.length, Tr);
    score = Float64Array.from(reward, (r, i) => r - k.perSample[i]);
    Object.assign(m, k.metrics);
  }

  // 6. advantages, truncation masking, polarity pruning, diagnostics
  t0 = performance.now();
  const adv = algo.advantages(rows, score, lengths, Tr, rng, { repetitionFlag: shaped.repetitionFlag, correctBefore: inj.correctBefore });
  Object.assign(m, adv.metrics);
  m['timing_s/adv'] = (performance.now() - t0) / 1000;

  // Batch-level verl metrics (over the whole sampled/injected batch).
  const respLen = Array.from(lengths);
  Object.assign(m, summarize('critic/score', rows.map((r) => r.score)));
  Object.assign(m, summarize('critic/rewards', Array.from(score)));
  Object.assign(m, summarize('critic/advantages', Array.from(adv.advantage)));
  Object.assign(m, summarize('response_length', respLen));
  m['response_length/clip_ratio'] = mean(rows.map((r) => (r.finish === 'length' ? 1 : 0)));
  Object.assign(m, summarize('prompt_length', rows.map((r) => r.prompt.length)));

  // 7. update
  t0 = performance.now();
  const keep = adv.keep;
  if (keep.length === 0) {
    m['actor/skipped_update'] = 1;
  } else {
    m['actor/skipped_update'] = 0;
    const upd = updatePolicy(model, config, algo, {
      rows,
      keep,
      advantage: adv.advantage,
      lengths,
      Tr,
      oldLogp,
      refLogp,
      state,
      step,
      lastCheckpoint,
    });
    Object.assign(m, upd);
  }
  m['timing_s/update_actor'] = (performance.now() - t0) / 1000;

  m['perf/total_num_tokens'] = genTokens;
  const stepSeconds = m['timing_s/gen'] + m['timing_s/reward'] + (m['timing_s/ref'] ?? 0) + (m['timing_s/old_log_prob'] ?? 0) + m['timing_s/adv'] + m['timing_s/update_actor'];
  m['perf/throughput'] = genTokens / Math.max(1e-9, stepSeconds);
  m['perf/gen_tokens_per_s'] = genTokens / Math.max(1e-9, genSeconds);
  m['data/epoch'] = state.cursor.epoch;

  const records = config.logging.save_rollouts
    ? rows.map((r, i) => ({
        step,
        prompt_id: r.problemId,
        uid: r.uid,
        response: r.text,
        correct: r.correct,
        score: r.score,
        reward: score[i],
        advantage: adv.advantage[i],
        kept: adv.keepMask[i] === 1,
        injected: r.injected,
        response_length: lengths[i],
        finish_reason: r.finish,
      }))
    : [];
  return { metrics: m, rows: records };
}

/** One sampled row with what the step computed about it before advantages. */
interface GeneratedRow {
  row: RolloutRow;
  /** Shaped reward (score + RLR + repetition + overlong), before any KL. */
  reward: number;
  repetitionFlag: boolean;
  /** Online correctness before offline injection. */
  correctBefore: boolean;
}

/** A stable 32-bit hash of a string (FNV-1a), for per-problem seeds. */
function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** Sample n responses per problem, grade, inject, shape (one generation batch). */
async function generate(
  model: PolicyModel,
  task: TaskSource,
  config: TrainConfig,
  algo: Algorithm,
  grader: Grader,
  rng: Rng,
  problems: TrainProblem[],
  uids: string[],
  step: number,
): Promise<{ rows: GeneratedRow[]; genSeconds: number; gradeSeconds: number; genTokens: number; onlineScores: number[]; metrics: Record<string, number> }> {
  const n = config.rollout.n;
  const Tr = config.rollout.max_response_length;
  let t0 = performance.now();
  const prompts: Int32Array[] = [];
  for (const p of problems) for (let k = 0; k < n; k++) prompts.push(p.prompt);
  const sampled = sampleChunked(
    model,
    prompts,
    { maxNewTokens: Tr, temperature: config.rollout.temperature, topP: config.rollout.top_p, topK: config.rollout.top_k, stopTokens: task.stopTokens },
    rng,
  );
  const genSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  let rows: RolloutRow[] = sampled.tokens.map((resp, i) => {
    const pi = Math.floor(i / n);
    return {
      uid: uids[pi],
      problemId: problems[pi].id,
      prompt: problems[pi].prompt,
      response: resp,
      finish: sampled.finish[i],
      text: task.decode(resp),
      correct: false,
      score: 0,
      injected: false,
    };
  });
  const verdicts = await grader.gradeMany(rows.map((r, i) => ({ response: r.text, reference: problems[Math.floor(i / n)].answer })));
  rows.forEach((r, i) => {
    r.correct = verdicts[i];
    r.score = verdicts[i] ? 1 : 0;
  });
  const onlineScores = rows.map((r) => r.score);
  let genTokens = 0;
  for (const r of rows) genTokens += r.response.length;
  const m: Record<string, number> = {};

  // Offline injection (the solver's correct traces), re-graded as the reference recomputes rewards.
  const byUid = new Map(uids.map((u, i) => [u, problems[i]]));
  const inj = algo.inject(rows, (uid, count) => {
    const p = byUid.get(uid);
    if (!p) return [];
    // A solution that does not fit the response limit (or the context) would be truncated and no
    // longer correct, so it is not offered.
    const limit = Math.min(Tr, model.config.contextLength - p.prompt.length);
    const seed = (hash32(p.id) ^ Math.imul(config.seed + 1, 0x9e3779b1) ^ Math.imul(step, 0x85ebca6b)) >>> 0;
    return task.offlineSolutions(p, count, seed).filter((sol) => sol.length <= limit);
  });
  rows = inj.rows;
  Object.assign(m, inj.metrics);
  const injectedIdx = rows.flatMap((r, i) => (r.injected ? [i] : []));
  if (injectedIdx.length > 0) {
    for (const i of injectedIdx) rows[i].text = task.decode(rows[i].response);
    const v = await grader.gradeMany(injectedIdx.map((i) => ({ response: rows[i].text, reference: problems[Math.floor(i / n)].answer })));
    injectedIdx.forEach((i, k) => {
      rows[i].correct = v[k];
      rows[i].score = v[k] ? 1 : 0;
    });
    m['injection/injected_incorrect'] = v.filter((x) => !x).length;
  }
  const gradeSeconds = (performance.now() - t0) / 1000;

  const lengths = Int32Array.from(rows.map((r) => Math.min(r.response.length, Tr)));
  const shaped = algo.shapeRewards(rows, lengths, Tr);
  Object.assign(m, shaped.metrics);
  return {
    rows: rows.map((row, i) => ({ row, reward: shaped.reward[i], repetitionFlag: shaped.repetitionFlag[i], correctBefore: inj.correctBefore[i] })),
    genSeconds,
    gradeSeconds,
    genTokens,
    onlineScores,
    metrics: m,
  };
}

function trainSize(task: TaskSource, config: TrainConfig): number {
  const n = config.data.train_size;
  return n > 0 ? Math.min(n, task.train.length) : task.train.length;
}

/** Response-aligned log-probs [B,Tr] of rows under `model` (no activations kept). */
function logProbsChunked(model: PolicyModel, rows: RolloutRow[], temperature: number, lengths: Int32Array, Tr: number): Float64Array {
  const out = new Float64Array(rows.length * Tr);
  // Rows sorted by length into chunks of LOGP_CHUNK, so a chunk pads to a similar length (per-row
  // log-probs do not depend on which rows share a pass).
  const order = byLength(rows, Array.from(rows.keys()));
  for (let s = 0; s < order.length; s += LOGP_CHUNK) {
    const idx = order.slice(s, s + LOGP_CHUNK);
    const { batch, offsets } = packRows(idx.map((i) => rows[i]));
    const r = model.logProbs(batch, { temperature });
    const g = gatherResponse(r.logp, batch.time, offsets, idx.map((i) => lengths[i]), Tr);
    idx.forEach((i, k) => out.set(g.subarray(k * Tr, (k + 1) * Tr), i * Tr));
  }
  return out;
}

/** Indices `idx` stably sorted by prompt+response length (shortest first). */
function byLength(rows: RolloutRow[], idx: number[]): number[] {
  return idx
    .map((i, k) => ({ i, k, len: rows[i].prompt.length + rows[i].response.length }))
    .sort((x, y) => x.len - y.len || x.k - y.k)
    .map((x) => x.i);
}

interface UpdateInput {
  rows: RolloutRow[];
  keep: number[];
  advantage: Float64Array;
  lengths: Int32Array;
  Tr: number;
  oldLogp: Float64Array | null;
  refLogp: Float64Array | null;
  state: TrainerState;
  step: number;
  lastCheckpoint: string;
}

/**
 * verl `dp_actor.update_policy`: for each epoch, split the kept samples into mini-batches of
 * ppo_mini_batch_size*n rows; each mini-batch is split into micro-batches whose losses are scaled by
 * micro_rows/mini_rows and accumulated; one AdamW step per mini-batch. Metrics are the mean over
 * micro-batches (verl appends per micro-batch and averages).
 */
function updatePolicy(model: PolicyModel, config: TrainConfig, algo: Algorithm, u: UpdateInput): Record<string, number> {
  const { rows, keep, Tr } = u;
  const miniRows = Math.max(1, config.actor.ppo_mini_batch_size * config.rollout.n);
  const microRows = Math.max(1, config.actor.ppo_micro_batch_size);
  const collected: Record<string, number[]> = {};
  const push = (k: string, v: number) => (collected[k] ??= []).push(v);
  const shuffleRng = new Rng((config.seed ^ Math.imul(u.step, 0x85ebca6b)) >>> 0);
  for (let epoch = 0; epoch < config.actor.ppo_epochs; epoch++) {
    const order = config.actor.shuffle ? shuffleRng.shuffle(keep.slice()) : keep.slice();
    for (let ms = 0; ms < order.length; ms += miniRows) {
      const mini = order.slice(ms, ms + miniRows);
      // Micro-batches of similar lengths pad less (verl's use_dynamic_bsz serves the same purpose);
      // only which rows share a micro-batch token-mean changes, not the mini-batch's rows.
      const microOrder = config.actor.length_grouped_micro_batches ? byLength(rows, mini) : mini;
      for (let us = 0; us < mini.length; us += microRows) {
        const micro = microOrder.slice(us, us + microRows);
        const microSet = micro.map((i) => rows[i]);
        const { batch, offsets } = packRows(microSet);
        const microLengths = Int32Array.from(micro.map((i) => u.lengths[i]));
        const fwd = model.forward(batch, { temperature: config.rollout.temperature, entropy: true });
        const logp = gatherResponse(fwd.logp, batch.time, offsets, microLengths, Tr);
        const entropy = gatherResponse(fwd.entropy ?? new Float32Array(fwd.logp.length), batch.time, offsets, microLengths, Tr);
        const old = u.oldLogp ? selectRows(u.oldLogp, Tr, micro) : logp.slice();
        const refl = u.refLogp ? selectRows(u.refLogp, Tr, micro) : null;
        const res = algo.loss({
          logp,
          oldLogp: old,
          refLogp: refl,
          entropy,
          advantage: Float64Array.from(micro.map((i) => u.advantage[i])),
          mask: responseMask(microLengths, Tr),
          offPolicy: micro.map((i) => rows[i].injected),
          B: micro.length,
          Tr,
          miniRows: mini.length,
        });
        checkFinite('the loss', res.loss, u.step, u.lastCheckpoint);
        model.backward({
          dLogp: scatterResponse(res.dLogp, Tr, offsets, microLengths, batch.time),
          dEntropy: scatterResponse(res.dEntropy, Tr, offsets, microLengths, batch.time),
        });
        for (const [k, v] of Object.entries(res.metrics)) push(k, v);
      }
      const lr = learningRate(
        {
          lr: config.optim.lr,
          warmupSteps: config.optim.warmup_steps,
          decaySteps: config.optim.lr_schedule === 'cosine' ? totalOptimizerSteps(config) : 0,
          minLr: config.optim.lr * config.optim.min_lr_ratio,
        },
        u.state.optimizerSteps,
      );
      let st: { gradNorm: number };
      try {
        st = model.step({
        lr,
        beta1: config.optim.beta1,
        beta2: config.optim.beta2,
        eps: config.optim.eps,
        weightDecay: config.optim.weight_decay,
        gradClip: config.optim.grad_clip,
        });
      } catch (e) {
        if (e instanceof DivergenceError) checkFinite(`the gradient norm (${e.message})`, NaN, u.step, u.lastCheckpoint);
        throw e;
      }
      u.state.optimizerSteps++;
      checkFinite('the gradient norm', st.gradNorm, u.step, u.lastCheckpoint);
      push('actor/grad_norm', st.gradNorm);
      push('actor/lr', lr);
    }
  }
  const outm: Record<string, number> = {};
  for (const [k, v] of Object.entries(collected)) outm[k] = mean(v);
  outm['actor/num_updated_samples'] = keep.length;
  return outm;
}

/** Optimizer steps of the whole run (for the cosine schedule), assuming no skipped batches. */
function totalOptimizerSteps(config: TrainConfig): number {
  const perStep = Math.ceil(config.data.train_batch_size / config.actor.ppo_mini_batch_size) * config.actor.ppo_epochs;
  return config.trainer.total_steps * perStep;
}

/**
 * avg@n and pass@n on the in-distribution and out-of-distribution test problems, plus mean response
 * length. Sampling uses a fixed seed, so validations of the same policy agree across runs and resumes.
 */
export async function validate(model: PolicyModel, task: TaskSource, config: TrainConfig, grader: Grader): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const v = config.validation;
  const sets: Array<[string, TrainProblem[]]> = [
    ['id', task.idTest.slice(0, v.id_size)],
    ['ood', task.oodTest.slice(0, v.ood_size)],
  ];
  for (const [name, problems] of sets) {
    if (problems.length === 0) continue;
    const prompts: Int32Array[] = [];
    for (const p of problems) for (let k = 0; k < v.n; k++) prompts.push(p.prompt);
    const rng = new Rng((config.seed * 31 + (name === 'id' ? 1 : 2)) >>> 0);
    const s = sampleChunked(
      model,
      prompts,
      { maxNewTokens: config.rollout.max_response_length, temperature: v.temperature, topP: v.top_p, topK: 0, stopTokens: task.stopTokens },
      rng,
    );
    const verdicts = await grader.gradeMany(s.tokens.map((t, i) => ({ response: task.decode(t), reference: problems[Math.floor(i / v.n)].answer })));
    let correct = 0;
    let solved = 0;
    for (let p = 0; p < problems.length; p++) {
      let c = 0;
      for (let k = 0; k < v.n; k++) c += verdicts[p * v.n + k] ? 1 : 0;
      correct += c;
      if (c > 0) solved++;
    }
    out[`val/${name}/avg@${v.n}`] = correct / prompts.length;
    out[`val/${name}/pass@${v.n}`] = solved / problems.length;
    out[`val/${name}/response_length`] = mean(s.tokens.map((t) => t.length));
  }
  return out;
}

