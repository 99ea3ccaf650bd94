/**
 * Which charting library to inline into report.html: bundle size and render time in headless
 * Chromium for the same charts (6 line charts of 6 series x 200 points, one bar chart of 14 bars).
 * Run: `npx tsx src/report/chart-lib.bench.ts` (needs /usr/bin/chromium). Prints one JSON line per library.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
const CHROMIUM = '/usr/bin/chromium';
const REPEATS = 5;

function series(nSeries: number, nPoints: number): number[][] {
  const out: number[][] = [];
  for (let s = 0; s < nSeries; s++) {
    const row: number[] = [];
    for (let i = 0; i < nPoints; i++) row.push(0.5 + 0.3 * Math.sin(i / 17 + s) + 0.05 * Math.cos(i * 1.7 * (s + 1)));
    out.push(row);
  }
  return out;
}

const data = series(6, 200);
const bars = Array.from({ length: 14 }, (_, i) => 0.3 + 0.04 * i);

const chartJsBody = `
const t0 = performance.now();
const labels = ${JSON.stringify(data[0].map((_, i) => i))};
const data = ${JSON.stringify(data)};
for (let c = 0; c < 6; c++) {
  const cv = document.createElement('canvas'); const d = document.createElement('div'); d.style.width='600px'; d.style.height='300px'; d.appendChild(cv); document.body.appendChild(d);
  new Chart(cv, { type: 'line', data: { labels, datasets: data.map((y, s) => ({ label: 's' + s, data: y, pointRadius: 0, borderWidth: 1.5 })) }, options: { animation: false, responsive: true, maintainAspectRatio: false } });
}
{
  const cv = document.createElement('canvas'); const d = document.createElement('div'); d.style.width='600px'; d.style.height='300px'; d.appendChild(cv); document.body.appendChild(d);
  new Chart(cv, { type: 'bar', data: { labels: ${JSON.stringify(bars.map((_, i) => 'v' + i))}, datasets: [{ label: 'acc', data: ${JSON.stringify(bars.map((b) => [b - 0.03, b + 0.03]))} }] }, options: { animation: false, responsive: true, maintainAspectRatio: false } });
}
window.__renderMs = performance.now() - t0;`;

const uPlotBody = `
const t0 = performance.now();
const xs = ${JSON.stringify(data[0].map((_, i) => i))};
const data = ${JSON.stringify(data)};
for (let c = 0; c < 6; c++) {
  const d = document.createElement('div'); document.body.appendChild(d);
  new uPlot({ width: 600, height: 300, series: [{}].concat(data.map((_, s) => ({ label: 's' + s, stroke: 'hsl(' + s * 60 + ',70%,45%)' }))) }, [xs].concat(data), d);
}
{
  const d = document.createElement('div'); document.body.appendChild(d);
  const bars = ${JSON.stringify(bars)};
  new uPlot({ width: 600, height: 300, series: [{}, { label: 'acc', fill: '#88a', paths: uPlot.paths.bars({ size: [0.6] }) }] }, [bars.map((_, i) => i), bars], d);
}
window.__renderMs = performance.now() - t0;`;

interface Lib {
  name: string;
  version: string;
  js: string;
  css: string;
  body: string;
}

function lib(name: string, pkg: string, jsFile: string, cssFile: string | null, body: string): Lib {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json')) || !readFileSync(join(dir, 'package.json'), 'utf8').includes(`"name": "${pkg}"`)) dir = dirname(dir);
  dir += '/';
  const version = (JSON.parse(readFileSync(`${dir}package.json`, 'utf8')) as { version: string }).version;
  return { name, version, js: readFileSync(dir + jsFile, 'utf8'), css: cssFile ? readFileSync(dir + cssFile, 'utf8') : '', body };
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`skip: ${CHROMIUM} not found (apt-get install -y chromium)`);
    return;
  }
  const libs = [lib('chart.js', 'chart.js', 'dist/chart.umd.min.js', null, chartJsBody), lib('uplot', 'uplot', 'dist/uPlot.iife.min.js', 'dist/uPlot.min.css', uPlotBody)];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    for (const l of libs) {
      const html = `<!doctype html><html><head><meta charset="utf-8"><style>${l.css}</style><script>${l.js}</script></head><body><script>${l.body}</script></body></html>`;
      const times: number[] = [];
      const loads: number[] = [];
      for (let r = 0; r < REPEATS; r++) {
        const page = await browser.newPage();
        const t0 = Date.now();
        await page.setContent(html, { waitUntil: 'load' });
        loads.push(Date.now() - t0);
        times.push((await page.evaluate('window.__renderMs')) as number);
        await page.close();
      }
      times.sort((a, b) => a - b);
      loads.sort((a, b) => a - b);
      console.log(
        JSON.stringify({
          library: l.name,
          version: l.version,
          bundle_bytes: l.js.length + l.css.length,
          bundle_gzip_bytes: gzipSync(l.js + l.css).length,
          render_ms_median: Math.round(times[REPEATS >> 1] * 10) / 10,
          page_load_ms_median: loads[REPEATS >> 1],
        }),
      );
    }
  } finally {
    await browser.close();
  }
}

await main();
