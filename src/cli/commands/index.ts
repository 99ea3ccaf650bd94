import type { Command } from 'commander';
import { register as grade } from './grade.js';
import { register as sft } from './sft.js';
import { register as train } from './train.js';
import { register as analyzeRollouts } from './analyze-rollouts.js';
import { register as evaluate } from './eval.js';
import { register as stats } from './stats.js';
import { register as regrade } from './regrade.js';
import { register as serve } from './serve.js';
import { register as study } from './study.js';
import { register as report } from './report.js';
import { register as bench } from './bench.js';

/** Every command's registration function, in the order `dissect --help` lists them. */
export const commands: Array<(program: Command) => void> = [grade, sft, train, analyzeRollouts, evaluate, stats, regrade, serve, study, report, bench];
