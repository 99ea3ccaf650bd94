import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createModel } from './index.js';
import { Rng } from '../util/rng.js';

// A saved checkpoint loads into the PyTorch module tree of bench/model/torch_bench.py (strict
// load_state_dict) and gives the same log-probs. Runs only where /usr/bin/python3 has torch.
const python = process.env.DISSECT_BENCH_PYTHON ?? '/usr/bin/python3';
const hasTorch = spawnSync(python, ['-c', 'import torch'], { stdio: 'ignore', timeout: 60_000 }).status === 0;
const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bench/model/torch_bench.py');

describe.skipIf(!hasTorch)('PyTorch interoperability', () => {
  it('safetensors weights load into the PyTorch model with the same log-probs', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dissect-torch-'));
    try {
      const cfg = { vocabSize: 11, contextLength: 16, dModel: 16, nLayers: 2, nHeads: 2, dMlp: 48 };
      const m = createModel(cfg, { seed: 3 });
      const rng = new Rng(1);
      for (let i = 0; i < m.params.length; i++) m.params[i] += 0.2 * rng.normal();
      m.paramsChanged();
      await m.save(dir);
      const rows = [Array.from({ length: 12 }, () => rng.int(11)), Array.from({ length: 12 }, () => rng.int(11))];
      const r = spawnSync(python, [script, '--check', dir, '--tokens', JSON.stringify(rows), '--temperature', '0.8', '--threads', '1'], { encoding: 'utf8', timeout: 120_000 });
      expect(r.status, r.stderr).toBe(0);
      const torchLogp = (JSON.parse(r.stdout) as { logp: number[][] }).logp;
      const ours = m.logProbs({ tokens: Int32Array.from(rows.flat()), batch: 2, time: 12 }, { temperature: 0.8 }).logp;
      for (let b = 0; b < 2; b++) for (let t = 1; t < 12; t++) expect(ours[b * 12 + t]).toBeCloseTo(torchLogp[b][t - 1], 4);
      m.dispose();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
