/**
 * The report in a real headless browser (Debian's chromium driven by playwright-core): it renders
 * offline, every chart is drawn, and the console shows no error. Skips with a message when
 * /usr/bin/chromium is absent (install: `apt-get install -y chromium`).
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { computeClaims } from '../study/claims.js';
import { paperLikeSpec, syntheticMeasurements } from '../study/synthetic.js';
import { renderReportHtml } from './html.js';
import { reportFromStudy } from './from-study.js';

const CHROMIUM = process.env.DISSECT_CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`report browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** Launch flags: headless, no sandbox (root in CI), and nothing that reaches the network. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe.skipIf(!hasChromium)('report.html in headless chromium', () => {
  let browser: Browser;
  let file: string;
  let expectedCharts: number;

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const m = syntheticMeasurements(paperLikeSpec({ problems: { id: 120, ood: 100, small: 30 }, samples: { id: 16, ood: 16, small: 32 }, steps: 30 }));
    const claims = computeClaims(m, { resamples: 200 });
    const data = reportFromStudy(m, claims, { preset: 'test' }, { resamples: 200 });
    // Training metrics (6) + accuracy, pass@k, histogram per set (3 sets each) + 1 spread chart.
    expectedCharts = 6 + 3 * 3 + 1;
    const dir = mkdtempSync(join(tmpdir(), 'dissect-report-'));
    file = join(dir, 'report.html');
    writeFileSync(file, renderReportHtml(data));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('renders every chart offline with no console errors', async () => {
    const context = await browser.newContext({ offline: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error' || msg.type() === 'warning') errors.push(msg.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) requests.push(r.url());
    });
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    const charts = await page.evaluate('window.__reportCharts');
    const canvases = await page.locator('.uplot canvas').count();
    const findingsRows = await page.locator('table.findings tbody tr').count();
    const verdictCells = await page.locator('table.findings tbody tr td:nth-child(3)').allTextContents();
    const shot = process.env.DISSECT_REPORT_SCREENSHOT;
    if (shot) await page.screenshot({ path: shot, fullPage: true });
    await context.close();
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(charts).toBe(expectedCharts);
    expect(canvases).toBe(expectedCharts);
    expect(findingsRows).toBe(6);
    for (const v of verdictCells) expect(['reproduced', 'not reproduced', 'inconclusive']).toContain(v);
  });

  it('draws non-blank charts', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
    // Count distinct colours on the first accuracy canvas: a blank canvas has one.
    const colours = (await page.evaluate(`(() => {
      const c = document.querySelector('#accuracy-charts canvas');
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4 * 7) seen.add(d[i] + ',' + d[i + 1] + ',' + d[i + 2] + ',' + d[i + 3]);
      return seen.size;
    })()`)) as number;
    await page.close();
    expect(colours).toBeGreaterThan(3);
  });
});
