import { describe, expect, it } from 'vitest';
import { benchModel } from './bench.js';
import { buildProgram } from '../cli/main.js';

const tiny = { vocabSize: 9, contextLength: 16, dModel: 8, nLayers: 1, nHeads: 2, dMlp: 16 };

describe('bench model', () => {
  it('reports throughput fields for the requested engine', () => {
    const r = benchModel({ config: tiny, batch: 2, prompts: 3, promptLength: 4, newTokens: 5, trainSteps: 1, repeats: 1, engine: 'ts', seed: 1 });
    expect(r.engine).toBe('ts');
    expect(r.parameters).toBeGreaterThan(0);
    for (const k of ['train_tokens_per_s', 'sample_tokens_per_s', 'logprob_ms', 'train_step_cpu_ms', 'sample_tokens_per_cpu_s'] as const) {
      expect(r[k], k).toBeGreaterThan(0);
    }
  });

  it('the CLI prints one JSON object and rejects bad flags with exit code 2', async () => {
    const out: string[] = [];
    const write = process.stdout.write.bind(process.stdout);
    process.stdout.write = ((s: string) => (out.push(s), true)) as typeof process.stdout.write;
    try {
      await buildProgram().parseAsync(['node', 'dissect', 'bench', 'model', '--vocab', '9', '--ctx', '16', '--d-model', '8', '--layers', '1', '--heads', '2', '--batch', '2', '--prompts', '2', '--new-tokens', '3', '--steps', '1', '--repeats', '1', '--engine', 'ts', '--json']);
    } finally {
      process.stdout.write = write;
    }
    const r = JSON.parse(out.join(''));
    expect(r.sample_new_tokens).toBe(3);
    expect(r.config.dMlp).toBe(32);
    await expect(buildProgram().parseAsync(['node', 'dissect', 'bench', 'model', '--d-model', '10', '--heads', '4', '--json'])).rejects.toMatchObject({ exitCode: 2 });
  });
});
