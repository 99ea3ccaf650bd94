/**
 * The long test: `dissect study --preset quick --out DIR --quiet` runs the real pipeline (SFT, six
 * variants in worker threads, evaluation, findings, report) and writes both files; the findings schema
 * holds and every verdict follows from its tests. About 1-3 minutes on 2 cores.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const VERDICTS = ['reproduced', 'not reproduced', 'inconclusive'];

describe('dissect study --preset quick', () => {
  it('writes findings.json and report.html with verdicts that follow from their evidence', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dissect-study-')), 'study');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/bin.ts', 'study', '--preset', 'quick', '--out', out, '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 600_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    expect(stdout).toContain('report:');
    expect(existsSync(join(out, 'report.html'))).toBe(true);
    const findings = JSON.parse(readFileSync(join(out, 'findings.json'), 'utf8')) as { claims: Array<Record<string, unknown>> };
    expect(findings.claims.map((c) => c.id)).toEqual([
      'negative_only_matches_baseline',
      'negative_samples_generalise',
      'zero_advantage_majority',
      'rlr_shortens_easy',
      'offline_injection_rescues',
      'small_benchmark_instability',
    ]);
    for (const c of findings.claims) {
      expect(typeof c.claim).toBe('string');
      expect(VERDICTS).toContain(c.verdict);
      const ev = c.evidence as { summary: string; tests: Array<{ verdict: string; test: string }>; measurements: object };
      expect(typeof ev.summary).toBe('string');
      expect(typeof ev.measurements).toBe('object');
      const v = ev.tests.map((t) => t.verdict);
      for (const x of v) expect(VERDICTS).toContain(x);
      const expected = v.length === 0 ? 'inconclusive' : v.includes('not reproduced') ? 'not reproduced' : v.every((x) => x === 'reproduced') ? 'reproduced' : 'inconclusive';
      // A failed start precondition (listed first) makes the claim inconclusive whatever its parts say.
      const precondition = ev.tests[0]?.test.startsWith('start policy ID avg accuracy');
      expect([c.id, c.verdict]).toEqual([c.id, precondition ? 'inconclusive' : expected]);
    }
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('id="report-data"');
    expect(html).not.toMatch(/<script[^>]+src=/);
    expect(html).not.toMatch(/<link[^>]+href=/);
    // Every checkpoint evaluated: the start and six variants.
    const study = JSON.parse(readFileSync(join(out, 'study.json'), 'utf8')) as { jobs: Array<{ name: string }> };
    expect(study.jobs.map((j) => j.name).sort()).toEqual(['baseline-s1', 'drgrpo-s1', 'luffy-s1', 'neg-s1', 'pos-s1', 'rlr-s1', 'start']);
  }, 660_000);
});
