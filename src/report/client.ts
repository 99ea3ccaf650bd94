/**
 * The browser half of the report: plain JavaScript (no build step) that reads the embedded
 * `ReportData` JSON and draws every chart with uPlot. Kept as a string because the page is one
 * self-contained file; it is exercised by the headless-browser test (`html.browser.test.ts`).
 * It sets `window.__reportCharts` to the number of charts drawn and `window.__reportErrors` to
 * the errors caught while drawing, so tests can check both.
 */
export const CLIENT_SCRIPT = String.raw`
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('report-data').textContent);
  var PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf', '#7f7f7f', '#bcbd22'];
  var W = 540, H = 260;
  window.__reportCharts = 0;
  window.__reportErrors = [];

  function colorOf(i) { return PALETTE[i % PALETTE.length]; }
  // Runs of the same model over several seeds ("name s2") share a colour; later seeds are dashed.
  var baseNames = [];
  function styleOf(label) {
    var m = /^(.*) s(\d+)$/.exec(label);
    var base = m ? m[1] : label;
    if (baseNames.indexOf(base) < 0) baseNames.push(base);
    var seedIdx = m ? Number(m[2]) : 0;
    return { stroke: colorOf(baseNames.indexOf(base)), dash: seedIdx >= 2 ? [6, 3] : undefined };
  }
  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text != null) e.textContent = text; return e; }
  function panel(containerId, title) {
    var box = el('div', 'chart');
    box.appendChild(el('div', 'chart-title', title));
    document.getElementById(containerId).appendChild(box);
    return box;
  }
  function empty(containerId, text) { document.getElementById(containerId).appendChild(el('p', 'empty', text)); }
  function draw(containerId, title, opts, series) {
    try {
      var box = panel(containerId, title);
      opts.width = W; opts.height = H;
      opts.legend = Object.assign({ live: false }, opts.legend || {});
      new uPlot(opts, series, box);
      window.__reportCharts++;
    } catch (e) {
      window.__reportErrors.push(title + ': ' + e.message);
      console.warn('chart failed', title, e);
    }
  }
  function uniq(a) { var out = []; a.forEach(function (x) { if (out.indexOf(x) < 0) out.push(x); }); return out; }

  // Training curves: one chart per metric, one line per run.
  (function training() {
    if (!data.training.length) { empty('training-charts', 'No training runs in this report.'); return; }
    var maxStep = 0, minStep = Infinity;
    data.training.forEach(function (t) { t.steps.forEach(function (s) { if (s > maxStep) maxStep = s; if (s < minStep) minStep = s; }); });
    if (!isFinite(minStep)) minStep = 0;
    data.trainingMetrics.forEach(function (m) {
      var runs = data.training.filter(function (t) { return t.series[m.name] && t.series[m.name].some(function (v) { return v != null; }); });
      if (!runs.length) return;
      var xs = []; for (var s = minStep; s <= maxStep; s++) xs.push(s);
      var cols = [xs];
      var series = [{ label: 'step' }];
      runs.forEach(function (t) {
        var y = xs.map(function () { return null; });
        t.steps.forEach(function (st, j) { y[st - minStep] = t.series[m.name][j]; });
        cols.push(y);
        var st = styleOf(t.label);
        series.push({ label: t.label, stroke: st.stroke, dash: st.dash, width: 1.5, spanGaps: true, points: { show: false } });
      });
      var yScale = m.range ? { range: m.range } : {};
      draw('training-charts', m.title, { scales: { x: { time: false, range: [minStep, Math.max(maxStep, minStep + 1)] }, y: yScale }, series: series, axes: [{ label: 'step', incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] }, {}] }, cols);
    });
  })();

  // Accuracy with confidence intervals: one chart per set, models on the x axis, whiskers for the CI.
  (function accuracy() {
    var sets = uniq(data.accuracy.map(function (a) { return a.set; }));
    if (!sets.length) { empty('accuracy-charts', 'No evaluations in this report.'); return; }
    sets.forEach(function (set) {
      var pts = data.accuracy.filter(function (a) { return a.set === set; });
      var xs = pts.map(function (_, i) { return i; });
      var whiskers = {
        hooks: {
          draw: [function (u) {
            var ctx = u.ctx; ctx.save(); ctx.strokeStyle = '#333'; ctx.lineWidth = 2 * devicePixelRatio;
            pts.forEach(function (p, i) {
              var x = u.valToPos(i, 'x', true), y0 = u.valToPos(p.lo, 'y', true), y1 = u.valToPos(p.hi, 'y', true), w = 6 * devicePixelRatio;
              ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, y1); ctx.moveTo(x - w, y0); ctx.lineTo(x + w, y0); ctx.moveTo(x - w, y1); ctx.lineTo(x + w, y1); ctx.stroke();
            });
            ctx.restore();
          }],
        },
      };
      var lo = Math.min.apply(null, pts.map(function (p) { return p.lo; })), hi = Math.max.apply(null, pts.map(function (p) { return p.hi; }));
      draw('accuracy-charts', 'avg accuracy with ' + 'CI · ' + set, {
        plugins: [whiskers],
        scales: { x: { time: false, range: [-0.5, pts.length - 0.5] }, y: { range: [Math.max(0, lo - 0.05), Math.min(1, hi + 0.05)] } },
        legend: { show: false },
        series: [{ label: 'model', value: function (u, v) { return v == null ? '' : pts[v].model; } }, { label: 'accuracy', stroke: 'transparent', points: { show: true, size: 9, fill: '#1f77b4', stroke: '#1f77b4' } }],
        axes: [{ splits: function () { return xs; }, values: function (u, splits) { return splits.map(function (i) { return pts[i] ? pts[i].model : ''; }); }, rotate: -35, size: 120, font: '10px sans-serif' }, {}],
      }, [xs, pts.map(function (p) { return p.estimate; })]);
    });
  })();

  // pass@k: one chart per set, log2 k on x, one line per model.
  (function passk() {
    var sets = uniq(data.passAtK.map(function (c) { return c.set; }));
    sets.forEach(function (set) {
      var cs = data.passAtK.filter(function (c) { return c.set === set; });
      var ks = []; cs.forEach(function (c) { c.ks.forEach(function (k) { if (ks.indexOf(k) < 0) ks.push(k); }); }); ks.sort(function (a, b) { return a - b; });
      var cols = [ks];
      var series = [{ label: 'k' }];
      cs.forEach(function (c) {
        cols.push(ks.map(function (k) { var j = c.ks.indexOf(k); return j < 0 ? null : c.values[j]; }));
        var st = styleOf(c.model);
        series.push({ label: c.model, stroke: st.stroke, dash: st.dash, width: 1.5, points: { show: true, size: 5 } });
      });
      draw('passk-charts', 'pass@k · ' + set, { scales: { x: { time: false, distr: 3, log: 2 } }, series: series, axes: [{ label: 'k' }, {}] }, cols);
    });
  })();

  // Per-problem accuracy histogram: one chart per set, stepped outline per model.
  (function histogram() {
    var h = data.histogram;
    var sets = uniq(h.series.map(function (s) { return s.set; }));
    sets.forEach(function (set) {
      var ss = h.series.filter(function (s) { return s.set === set; });
      var xs = h.edges.slice();
      var cols = [xs];
      var series = [{ label: 'accuracy' }];
      ss.forEach(function (s) {
        cols.push(s.counts.concat([s.counts[s.counts.length - 1]]));
        var st = styleOf(s.model);
        series.push({ label: s.model, stroke: st.stroke, dash: st.dash, width: 1.5, paths: uPlot.paths.stepped({ align: 1 }), points: { show: false } });
      });
      draw('histogram-charts', 'problems per accuracy bin · ' + set, { scales: { x: { time: false, range: [0, 1] } }, series: series, axes: [{ label: 'per-problem accuracy' }, { label: 'problems' }] }, cols);
    });
  })();

  // Run-score spread against the number of runs averaged, with the 1/sqrt(r) expectation.
  (function spread() {
    if (!data.spread.length) { empty('spread-charts', 'Too few samples per problem for a spread curve.'); return; }
    var rs = []; data.spread.forEach(function (c) { c.runs.forEach(function (r) { if (rs.indexOf(r) < 0) rs.push(r); }); }); rs.sort(function (a, b) { return a - b; });
    var cols = [rs];
    var series = [{ label: 'runs averaged' }];
    data.spread.forEach(function (c, i) {
      var pick = function (arr) { return rs.map(function (r) { var j = c.runs.indexOf(r); return j < 0 ? null : arr[j]; }); };
      cols.push(pick(c.std));
      series.push({ label: c.label, stroke: colorOf(i), width: 1.5, points: { show: true, size: 5 } });
      cols.push(pick(c.expected));
      series.push({ label: c.label + ' (1/√r)', stroke: colorOf(i), width: 1, dash: [4, 4], points: { show: false } });
    });
    draw('spread-charts', 'run-score std vs runs averaged', { scales: { x: { time: false, distr: 3, log: 2 } }, series: series, axes: [{ label: 'runs averaged' }, { label: 'std of score' }] }, cols);
  })();

  document.body.setAttribute('data-charts', String(window.__reportCharts));
})();
`;
