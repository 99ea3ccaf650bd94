/**
 * Render a {@link ReportData} as one self-contained HTML file: inline CSS, the uPlot library inlined
 * from node_modules (chosen by measurement, docs/decisions.md), the data as embedded JSON, and
 * the client script that draws the charts. Tables (summary, findings, greedy flips, configuration) are
 * rendered here as static HTML so they read without JavaScript. No network access when opened.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { CLIENT_SCRIPT } from './client.js';
import type { ReportData } from './types.js';
import type { Claim } from '../study/claims.js';

const require = createRequire(import.meta.url);

/** The inlined charting library: uPlot's minified IIFE build and its stylesheet. */
export function chartLibrary(): { js: string; css: string; version: string } {
  const dist = dirname(require.resolve('uplot'));
  const pkg = join(dist, '..', 'package.json');
  const version = existsSync(pkg) ? (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version : 'unknown';
  return { js: readFileSync(join(dist, 'uPlot.iife.min.js'), 'utf8'), css: readFileSync(join(dist, 'uPlot.min.css'), 'utf8'), version };
}

/** Escape text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** JSON safe inside a `<script>` element (no `</script>`, no HTML comment openers). */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

function table(columns: string[], rows: string[][], cls = ''): string {
  const head = columns.map((c) => `<th>${escapeHtml(c)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${cls}"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

function findingsTable(claims: Claim[]): string {
  const rows = claims
    .map((c) => {
      const tests = c.evidence.tests.map((t) => `<li><span class="v ${t.verdict.replace(' ', '-')}">${escapeHtml(t.verdict)}</span> ${escapeHtml(t.test)}</li>`).join('');
      return (
        `<tr><td><code>${escapeHtml(c.id)}</code></td><td>${escapeHtml(c.claim)}</td>` +
        `<td><span class="v ${c.verdict.replace(' ', '-')}">${escapeHtml(c.verdict)}</span></td>` +
        `<td>${escapeHtml(c.evidence.summary)}<ul>${tests}</ul></td></tr>`
      );
    })
    .join('\n');
  return `<table class="findings"><thead><tr><th>id</th><th>claim</th><th>verdict</th><th>evidence</th></tr></thead><tbody>${rows}</tbody></table>`;
}

const CSS = `
body { font: 14px/1.45 system-ui, -apple-system, Segoe UI, Roboto, sans-serif; margin: 24px auto; max-width: 1200px; padding: 0 16px; color: #222; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 18px; margin-top: 32px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
.meta { color: #666; } .empty { color: #888; font-style: italic; }
table { border-collapse: collapse; margin: 8px 0; font-size: 13px; } th, td { border: 1px solid #ddd; padding: 4px 8px; text-align: left; vertical-align: top; }
th { background: #f5f5f5; } td ul { margin: 4px 0 0 16px; padding: 0; }
.v { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: 600; white-space: nowrap; }
.v.reproduced { background: #d4edda; color: #155724; } .v.not-reproduced { background: #f8d7da; color: #721c24; } .v.inconclusive { background: #fff3cd; color: #856404; }
.u-legend { font-size: 11px; } .u-legend .u-marker { width: 10px; height: 10px; }
.charts { display: flex; flex-wrap: wrap; gap: 16px; } .chart { border: 1px solid #eee; padding: 6px; } .chart-title { font-weight: 600; margin-bottom: 4px; }
pre { background: #f7f7f7; padding: 8px; overflow: auto; max-height: 400px; font-size: 12px; }
`;

/** Render the whole page. `generator` names the tool version shown in the footer. */
export function renderReportHtml(data: ReportData, generator = 'dissect'): string {
  const lib = chartLibrary();
  const flipsRows = data.flips.slice(0, 200).map((f) => [f.model, f.set, f.problem, f.p.toFixed(3), f.greedy ? 'correct' : 'wrong', f.p >= 0.5 ? 'correct' : 'wrong']);
  const flipsNote = data.flips.length > 200 ? `<p class="meta">First 200 of ${data.flips.length} flips.</p>` : '';
  const flipsSummary = new Map<string, number>();
  for (const f of data.flips) flipsSummary.set(`${f.model}\u0000${f.set}`, (flipsSummary.get(`${f.model}\u0000${f.set}`) ?? 0) + 1);
  const flipCounts = table(['model', 'set', 'flips'], [...flipsSummary].map(([k, n]) => [...k.split('\u0000'), String(n)]), 'flip-counts');
  const flipsHtml = data.flips.length
    ? `${flipCounts}<details><summary>All flipped problems</summary>${table(['model', 'set', 'problem', 'sampling accuracy', 'greedy', 'sampling majority'], flipsRows, 'flips')}${flipsNote}</details>`
    : '<p class="empty">No greedy flips (or no greedy evaluation).</p>';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(data.title)}</title>
<style>${lib.css}</style><style>${CSS}</style>
<script>${lib.js}</script>
</head><body>
<h1>${escapeHtml(data.title)}</h1>
<p class="meta">${escapeHtml(data.description)}</p>
<p class="meta">Generated ${escapeHtml(data.generatedAt)} by ${escapeHtml(generator)}; charts by uPlot ${escapeHtml(lib.version)} (inlined).</p>
<h2 id="summary">Summary</h2>
${table(data.summary.columns, data.summary.rows, 'summary')}
<h2 id="findings">Findings</h2>
${data.findings ? findingsTable(data.findings) : '<p class="empty">No findings: this report covers evaluations only.</p>'}
<h2 id="training">Training curves</h2>
<div class="charts" id="training-charts"></div>
<h2 id="accuracy">Accuracy with confidence intervals</h2>
<div class="charts" id="accuracy-charts"></div>
<h2 id="passk">pass@k</h2>
<div class="charts" id="passk-charts"></div>
<h2 id="histogram">Per-problem accuracy</h2>
<div class="charts" id="histogram-charts"></div>
<h2 id="spread">Run-to-run spread</h2>
<div class="charts" id="spread-charts"></div>
<h2 id="flips">Greedy flips</h2>
${flipsHtml}
<h2 id="config">Configuration</h2>
<pre>${escapeHtml(JSON.stringify(data.config, null, 2))}</pre>
<script type="application/json" id="report-data">${scriptJson(data)}</script>
<script>${CLIENT_SCRIPT}</script>
</body></html>
`;
}
