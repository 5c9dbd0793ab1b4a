// Render bench: first render and live DOM rows of <sz-points-leaderboard> with 10,000 households, virtualized, against
// a naive full render (a plain Lit template, every row in a real <table>) on the same page in the same run; then
// keyboard scrolling (PageDown ×20, End) in the virtualized list. Goal (issue): ≥ 20× faster, ≤ 60 rows alive.
//
//   node packages/components/bench/render.mjs              the table
//   node packages/components/bench/render.mjs --json       machine-readable
//   node packages/components/bench/render.mjs --runs 9     samples per variant (default 5, after one warm-up)
//
// How: bench/render-page.ts is bundled with esbuild the way the CDN bundle is (production Lit, minified, the
// virtualizer a lazy chunk, templates minified) and served from 127.0.0.1 with a strict CSP that enforces Trusted
// Types; headless Debian Chromium opens it through puppeteer-core. Each sample creates a fresh element (a fresh
// container for the naive table) and times, inside the page, from just before element creation to the first frame
// painted with rows (rows present in the DOM, then requestAnimationFrame, then a task). Variants take turns, garbage
// is collected between samples, the first round is a warm-up (reported apart: it also loads the lazy chunk).
//
// Importable: `runRenderBench()` returns the figures, `formatRenderReport()` the table (used by bench.mjs).
/* global window -- the functions given to page.evaluate run in the bench page */
import { fileURLToPath } from 'node:url';
import { bundleBenchPage, median, openBenchPage, percentile, runAsScript, strictCsp as csp } from './browser.mjs';

export const goals = { speedup: 20, liveRows: 60 };
export const variants = [
  { id: 'naive', label: 'naive full <table> (all 10,000 rows, one call)' },
  { id: 'widget-pages', label: 'widget, server-like pages (50/call, ≤ 200)' },
  { id: 'widget-one-page', label: 'widget, one page of 10,000 rows' },
];

const pageHtml = `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <title>render bench</title>
    <link rel="stylesheet" href="/bench.css" />
    <script type="module" src="/render-page.js"></script>
  </head>
  <body></body>
</html>`;

// The naive table gets a box of the same height as the widget's scrolling body (min(65vh, 36em)).
const pageCss = `body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; }
.naive { height: min(65vh, 36em); overflow: auto; border: 1px solid #c9ced6; }
.naive table { width: 100%; border-collapse: collapse; }
.naive th, .naive td { padding: 4px 12px; border-bottom: 1px solid #c9ced6; min-height: 44px; text-align: start; }
.naive .num { text-align: end; }
.naive .number { color: #555b66; font-size: 0.875em; }
.naive .badge { margin-inline-start: 4px; padding: 0 4px; border-radius: 4px; font-size: 0.875em; }
.naive .badge.red { color: #b3261e; border: 1px solid; }
.naive .badge.black { color: #1f2329; border: 1px solid; }
.naive .star-off { color: #c9ced6; }`;

export async function runRenderBench({ runs = 5, keyboardRuns = 3, pageDowns = 20 } = {}) {
  const started = performance.now();
  const files = await bundleBenchPage(
    { entryPoints: { 'render-page': fileURLToPath(new URL('render-page.ts', import.meta.url)) } },
    '.render-out',
  );
  const { browser, page, pageErrors, gc, close } = await openBenchPage({ files, html: pageHtml, csp, css: pageCss, ready: 'szBench' });
  try {
    // First render, variants taking turns; round 0 is the warm-up.
    const samples = new Map(variants.map((v) => [v.id, []]));
    const warmup = new Map();
    for (let round = 0; round <= runs; round++) {
      for (const { id } of variants) {
        await gc();
        const sample = await page.evaluate((variant) => window.szBench.renderOnce(variant), id);
        if (round === 0) warmup.set(id, sample);
        else samples.get(id).push(sample);
      }
    }
    await page.evaluate(() => {
      window.szBench.unmount();
    });

    // Keyboard: a fresh widget per run, focus on the first row, PageDown ×20 then End, with real key presses.
    const keyboard = {};
    for (const mode of ['pages', 'one-page']) {
      const pageDown = [];
      const end = [];
      const gaps = [];
      let lastIndex = -1;
      for (let run = 0; run < keyboardRuns; run++) {
        await gc();
        let before = await page.evaluate((m) => window.szBench.keyboardMount(m), mode);
        for (let press = 0; press < pageDowns; press++) {
          await page.keyboard.press('PageDown');
          const { ms, index } = await page.evaluate((b) => window.szBench.afterKey(b), before);
          pageDown.push(ms);
          before = index;
        }
        await page.keyboard.press('End');
        const last = await page.evaluate((b) => window.szBench.afterKey(b), before);
        end.push(last.ms);
        lastIndex = last.index;
        gaps.push(...(await page.evaluate(() => window.szBench.keyboardDone())).gaps);
      }
      keyboard[mode] = {
        pageDownMedian: median(pageDown),
        pageDownP95: percentile(pageDown, 95),
        pageDownMax: Math.max(...pageDown),
        endMedian: median(end),
        endIndex: lastIndex,
        presses: pageDown.length,
        longestFrame: Math.max(...gaps),
        framesOver50: gaps.filter((gap) => gap > 50).length,
        frames: gaps.length,
      };
    }

    const violations = await page.evaluate(() => [...window.szBench.violations]);
    const trustedTypesEnforced = await page.evaluate(() => window.szBench.trustedTypesEnforced());

    const rows = variants.map(({ id, label }) => {
      const list = samples.get(id);
      return {
        id,
        label,
        medianMs: median(list.map((s) => s.ms)),
        minMs: Math.min(...list.map((s) => s.ms)),
        maxMs: Math.max(...list.map((s) => s.ms)),
        warmupMs: warmup.get(id).ms,
        rowsAtPaint: median(list.map((s) => s.rowsAtPaint)),
        visibleAtPaint: Math.min(...list.map((s) => s.visibleAtPaint)),
        liveRows: Math.max(...list.map((s) => s.liveRows)),
        samples: list.map((s) => Math.round(s.ms * 10) / 10),
      };
    });
    const naive = rows.find((r) => r.id === 'naive');
    for (const row of rows) row.speedup = naive.medianMs / row.medianMs;
    return {
      households: 10_000,
      runs,
      rows,
      keyboard,
      keyboardRuns,
      pageDowns,
      goals,
      violations,
      trustedTypesEnforced,
      pageErrors,
      chromium: await browser.version(),
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await close();
  }
}

export function formatRenderReport(result) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const lines = [];
  const row = (cells) => `| ${cells.join(' | ')} |`;
  lines.push(
    `First render, ${result.households.toLocaleString('en')} households (${result.chromium}, headless; median of ${result.runs} fresh elements after one warm-up; element creation → first frame painted with rows):`,
  );
  lines.push(row(['variant', 'first render (median)', 'min–max', 'warm-up', 'rows at paint (in view)', 'live rows', 'vs naive']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const r of result.rows)
    lines.push(
      row([
        r.label,
        ms(r.medianMs),
        `${r.minMs.toFixed(0)}–${r.maxMs.toFixed(0)}`,
        ms(r.warmupMs),
        `${String(r.rowsAtPaint)} (${String(r.visibleAtPaint)})`,
        r.liveRows.toLocaleString('en'),
        r.id === 'naive' ? '1×' : `${r.speedup.toFixed(1)}× faster`,
      ]),
    );
  const widgets = result.rows.filter((r) => r.id !== 'naive');
  const worst = Math.min(...widgets.map((r) => r.speedup));
  const most = Math.max(...widgets.map((r) => r.liveRows));
  lines.push(
    `goal: ≥ ${result.goals.speedup}× faster — ${worst >= result.goals.speedup ? 'met' : 'NOT met'} (slowest widget variant ${worst.toFixed(1)}×); ≤ ${result.goals.liveRows} rows alive — ${most <= result.goals.liveRows ? 'met' : 'NOT met'} (most ${most})`,
  );
  lines.push(
    '',
    `Keyboard in the virtualized list (real key presses; keydown → first frame painted with focus on the target row; ${result.keyboardRuns} fresh widgets × PageDown ×${result.pageDowns} from the top, then End):`,
  );
  lines.push(row(['feed', 'PageDown median', 'p95', 'max', 'End median', 'longest frame', 'frames > 50 ms']));
  lines.push(row(['---', '---:', '---:', '---:', '---:', '---:', '---:']));
  for (const [mode, k] of Object.entries(result.keyboard))
    lines.push(
      row([
        mode === 'pages' ? 'server-like pages (End fetches the rest, 200/call)' : 'one page of 10,000',
        ms(k.pageDownMedian),
        ms(k.pageDownP95),
        ms(k.pageDownMax),
        `${ms(k.endMedian)} (→ row ${String(k.endIndex + 1)})`,
        ms(k.longestFrame),
        `${String(k.framesOver50)} of ${String(k.frames)}`,
      ]),
    );
  const clean = result.violations.length === 0 && result.pageErrors.length === 0;
  lines.push(
    '',
    `Served with CSP \`${csp}\` (Trusted Types ${result.trustedTypesEnforced ? 'enforced' : 'NOT enforced'}): ${clean ? 'no violations, no page errors' : `${String(result.violations.length)} violations, ${String(result.pageErrors.length)} page errors`}; bench took ${result.seconds.toFixed(1)} s.`,
  );
  for (const v of result.violations.slice(0, 5)) lines.push(`  violation: ${v}`);
  for (const e of result.pageErrors.slice(0, 5)) lines.push(`  page error: ${e}`);
  return lines.join('\n');
}

await runAsScript(import.meta.url, runRenderBench, formatRenderReport);
