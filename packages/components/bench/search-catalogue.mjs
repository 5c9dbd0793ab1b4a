// Search latency of <sz-service-catalogue> per keystroke over a 600-service catalogue, in headless Chromium.
//
//   node packages/components/bench/search-catalogue.mjs           the table
//   node packages/components/bench/search-catalogue.mjs --json    machine-readable
//   node packages/components/bench/search-catalogue.mjs --check   exit 1 when the p95 misses the goal (5 ms)
//
// The catalogue is the demo county's 60 recorded guides (stories/fixtures/catalogue-list.json, recorded from the
// real server by scripts/fixtures/catalogue.ts) repeated 10 times with a township suffix (name and pinyin keys), so
// 600 services with real names and real precomputed keys. The widget loads it once through a fake client; then each
// keystroke is an `input` event on the search field, timed in the page from the event to the end of Lit's update
// (search + filter + render), and separately the rules' `searchServices` alone. No pinyin dictionary is bundled.
/* global window -- the functions given to page.evaluate run in the bench page */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { launchChromium, percentile } from './browser.mjs';
import { browserOptions, packageDir, virtualEntryPlugin } from '../scripts/esbuild-shared.mjs';

export const goalMs = 5;
const listFile = fileURLToPath(new URL('../../../stories/fixtures/catalogue-list.json', import.meta.url));

/** Typed a character at a time: Chinese (after IME commit), full pinyin, initials, English, and a miss. */
export const queries = ['社会保障', 'shehuibaozhang', 'shbz', 'dibao', 'cjrz', 'yanglaobaoxian', 'pension', 'zzzq'];
const suffixes = [
  ['', '', ''],
  ['（青溪镇）', 'qingxizhen', 'qxz'],
  ['（石门镇）', 'shimenzhen', 'smz'],
  ['（云岭乡）', 'yunlingxiang', 'ylx'],
  ['（东山镇）', 'dongshanzhen', 'dsz'],
  ['（南湖乡）', 'nanhuxiang', 'nhx'],
  ['（西岭镇）', 'xilingzhen', 'xlz'],
  ['（北塘乡）', 'beitangxiang', 'btx'],
  ['（桃源镇）', 'taoyuanzhen', 'tyz'],
  ['（梅溪乡）', 'meixixiang', 'mxx'],
];

export function catalogueOf600() {
  const recorded = JSON.parse(readFileSync(listFile, 'utf8')).lists['zh-CN'];
  const items = [];
  for (const [zh, pinyin, initials] of suffixes) {
    for (const item of recorded.items) {
      const [namePinyin, ...kwPinyin] = item.searchKeys.pinyin.split(' ');
      const [nameInitials, ...kwInitials] = item.searchKeys.initials.split(' ');
      items.push({
        ...item,
        code: `${item.code}${pinyin ? `-${initials}` : ''}`,
        name: { 'zh-CN': `${item.name['zh-CN']}${zh}`, en: `${item.name.en}${pinyin ? ` (${pinyin})` : ''}` },
        searchKeys: { pinyin: [namePinyin + pinyin, ...kwPinyin].join(' '), initials: [nameInitials + initials, ...kwInitials].join(' ') },
      });
    }
  }
  return { items, departments: recorded.departments, lifeEvents: recorded.lifeEvents, total: items.length };
}

const entrySource = `
import './services/define.ts';
import { prepareServiceSearch, searchServices } from '@shanzhi/rules';

const catalogue = window.__CATALOGUE__;
const client = {
  baseUrl: 'bench://',
  async request(route, input) {
    if (route.id !== 'listServices') throw new Error('bench client: ' + route.id);
    const start = Number(input.query?.cursor ?? 0);
    const limit = Number(input.query?.limit ?? 20);
    const items = catalogue.items.slice(start, start + limit);
    const end = start + items.length;
    const data = { items, nextCursor: end < catalogue.items.length ? String(end) : null, total: catalogue.total, departments: catalogue.departments, lifeEvents: catalogue.lifeEvents };
    return { data, status: 200, requestId: 'bench', replayed: false, idempotencyKey: undefined };
  },
  pages() { throw new Error('unused'); },
  paginate() { throw new Error('unused'); },
};

window.szSearchBench = {
  async mount() {
    const el = document.createElement('sz-service-catalogue');
    el.setAttribute('region', 'v-bench');
    document.body.append(el);
    Object.defineProperty(el, 'client', { get: () => client });
    el.requestUpdate();
    const start = performance.now();
    while (!el.shadowRoot?.querySelector('[part~="results"]')) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (performance.now() - start > 10000) throw new Error('the catalogue did not load');
    }
    window.__el = el;
    return el.shadowRoot.querySelectorAll('[part~="result"]').length;
  },
  /** One query typed a character at a time; ms from each input event to the end of the widget's update. */
  async type(query) {
    const el = window.__el;
    const input = el.shadowRoot.querySelector('#search');
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward' }));
    await el.updateComplete;
    const times = [];
    let text = '';
    for (const char of query) {
      text += char;
      input.value = text;
      const t0 = performance.now();
      input.dispatchEvent(new InputEvent('input', { data: char, inputType: 'insertText' }));
      await el.updateComplete;
      times.push(performance.now() - t0);
    }
    return { times, results: el.results.length };
  },
  /** The rules' search alone over the prepared 600, per prefix of the query. */
  searchOnly(query, repeat) {
    const prepared = prepareServiceSearch(catalogue.items);
    const times = [];
    for (let r = 0; r < repeat; r++) {
      let text = '';
      for (const char of query) {
        text += char;
        const t0 = performance.now();
        searchServices(prepared, text);
        times.push(performance.now() - t0);
      }
    }
    return times;
  },
};
`;

async function bundle() {
  const result = await esbuild.build({
    ...browserOptions,
    entryPoints: { main: 'virtual:search-bench' },
    plugins: [virtualEntryPlugin('search-bench', entrySource)],
    outdir: `${packageDir}.search-bench-out`,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = Object.keys(result.metafile.inputs);
  const dictionary = inputs.filter((input) => input.includes('pinyin-pro') || input.includes('search-keys'));
  return { code: result.outputFiles.find((file) => file.path.endsWith('.js')).text, dictionary };
}

const median = (values) => percentile(values, 50);

export async function runSearchBench({ runs = 20 } = {}) {
  const { code, dictionary } = await bundle();
  if (dictionary.length > 0) throw new Error(`The pinyin dictionary reached the browser bundle: ${dictionary.join(', ')}`);
  const catalogue = catalogueOf600();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.setContent('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body></body></html>');
    await page.evaluate((data) => {
      window.__CATALOGUE__ = data;
    }, catalogue);
    await page.addScriptTag({ content: code, type: 'module' });
    await page.waitForFunction(() => window.szSearchBench !== undefined, { timeout: 10_000 });
    const firstShown = await page.evaluate(() => window.szSearchBench.mount());
    const rows = [];
    for (const query of queries) {
      // Round 0 warms the JIT.
      const widget = [];
      let results = 0;
      for (let run = 0; run <= runs; run++) {
        const sample = await page.evaluate((q) => window.szSearchBench.type(q), query);
        results = sample.results;
        if (run > 0) widget.push(...sample.times);
      }
      await page.evaluate((q) => window.szSearchBench.searchOnly(q, 5), query);
      const search = await page.evaluate((q, n) => window.szSearchBench.searchOnly(q, n), query, runs);
      rows.push({
        query,
        keystrokes: [...query].length,
        results,
        widgetMedian: median(widget),
        widgetP95: percentile(widget, 95),
        widgetMax: Math.max(...widget),
        searchMedian: median(search),
        searchP95: percentile(search, 95),
      });
    }
    const all = rows.map((row) => row.widgetP95);
    return {
      services: catalogue.items.length,
      firstShown,
      runs,
      goalMs,
      rows,
      worstP95: Math.max(...all),
      pageErrors,
      dictionaryInBundle: dictionary,
    };
  } finally {
    await browser.close();
  }
}

const ms = (value) => `${value.toFixed(2)} ms`;

export function formatSearchReport(report) {
  const lines = [
    `Search per keystroke over ${String(report.services)} services in headless Chromium, ${String(report.runs)} runs per query (goal p95 ≤ ${String(report.goalMs)} ms, input event → widget updated)`,
    '| query | keys | results | widget median | widget p95 | widget max | searchServices median | searchServices p95 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...report.rows.map(
      (row) =>
        `| ${row.query} | ${String(row.keystrokes)} | ${String(row.results)} | ${ms(row.widgetMedian)} | ${ms(row.widgetP95)} | ${ms(row.widgetMax)} | ${ms(row.searchMedian)} | ${ms(row.searchP95)} |`,
    ),
    `worst p95: ${ms(report.worstP95)} — ${report.worstP95 <= report.goalMs ? 'ok' : 'OVER'}; pinyin dictionary in the bundle: ${report.dictionaryInBundle.length === 0 ? 'no' : 'YES'}`,
  ];
  if (report.pageErrors.length > 0) lines.push(`page errors: ${report.pageErrors.join('; ')}`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const report = await runSearchBench();
  if (process.argv.includes('--json')) console.log(JSON.stringify(report, null, 2));
  else console.log(formatSearchReport(report));
  if (report.pageErrors.length > 0 || (process.argv.includes('--check') && report.worstP95 > goalMs)) process.exitCode = 1;
}
