/**
 * The paper's evaluation prompts: `prompt = attack_prefix + problem + suffix`, stripped
 * (`eval_vllm_multi_ports_passk.py` and the robustness scripts of the reference code; texts in
 * `data/prompts.json`). Custom templates replace the whole construction.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { InputError } from '../util/errors.js';
import { dataDir } from './benchmarks.js';
import type { PromptKind } from './benchmarks.js';

/** The contents of `data/prompts.json`. */
export interface PromptTexts {
  suffix_math: string;
  suffix_multiple_choice: string;
  attack_1: string;
  attack_2: string;
}

let cached: PromptTexts | undefined;
/** Load `data/prompts.json` (cached). */
export function promptTexts(): PromptTexts {
  if (!cached) cached = JSON.parse(readFileSync(path.join(dataDir(), 'prompts.json'), 'utf8')) as PromptTexts;
  return cached;
}

/** How prompts are built. */
export interface PromptOptions {
  /** Suffix: the benchmark's kind, or `none` for no suffix. */
  suffix: PromptKind | 'none';
  /** Robustness attack prefix 1 or 2 (the paper's misleading "add 1" / "multiply by 7" blocks); 0 = none. */
  attack: 0 | 1 | 2;
  /**
   * Custom template; replaces prefix + problem + suffix. Placeholders: `{problem}`, `{suffix}` (the
   * kind's suffix) and `{attack}` (the prefix). Not stripped.
   */
  template?: string;
}

/** Build one prompt. Without a template: `(attack + problem + suffix).trim()`, as the reference code. */
export function buildPrompt(problem: string, opts: PromptOptions): string {
  const t = promptTexts();
  const suffix = opts.suffix === 'none' ? '' : opts.suffix === 'math' ? t.suffix_math : t.suffix_multiple_choice;
  const attack = opts.attack === 1 ? t.attack_1 : opts.attack === 2 ? t.attack_2 : '';
  if (opts.template !== undefined) {
    if (!opts.template.includes('{problem}')) throw new InputError('a prompt template must contain {problem}');
    return opts.template.replaceAll('{attack}', attack).replaceAll('{suffix}', suffix).replaceAll('{problem}', problem);
  }
  return (attack + problem + suffix).trim();
}

/** First 16 hex digits of sha256 of a prompt: recorded with every sample so prompt changes are visible. */
export function promptHash(prompt: string): string {
  return createHash('sha256').update(prompt).digest('hex').slice(0, 16);
}
