// The package's bench: the size report (bench/size.mjs), the render bench (bench/render.mjs) and the service
// search latency (bench/search-catalogue.mjs).
//
//   node packages/components/bench/bench.mjs            both tables
//   node packages/components/bench/bench.mjs --json     both results as one JSON object
//   node packages/components/bench/bench.mjs --check    exit 1 when a size budget at load or a render goal is missed
import { formatSizeReport, measureSizes, sizeGoalsMissed } from './size.mjs';
import { formatRenderReport, runRenderBench } from './render.mjs';
import { formatDisclosureRenderReport, runDisclosureRenderBench } from './render-disclosure.mjs';
import { formatSearchReport, runSearchBench } from './search-catalogue.mjs';

const json = process.argv.includes('--json');
const sizes = await measureSizes();
if (!json) console.log(`## Bundle sizes\n\n${formatSizeReport(sizes)}\n\n## Rendering\n`);
const render = await runRenderBench();
if (!json) console.log(`${formatRenderReport(render)}\n\n## Disclosure: a 2,000-line finance statement\n`);
const disclosure = await runDisclosureRenderBench();
if (!json) console.log(`${formatDisclosureRenderReport(disclosure)}\n\n## Service search, per keystroke\n`);
const search = await runSearchBench();
if (json) console.log(JSON.stringify({ sizes, render, disclosure, search }, null, 2));
else console.log(formatSearchReport(search));

const broken = render.violations.length > 0 || render.pageErrors.length > 0;
const widgets = render.rows.filter((row) => row.id !== 'naive');
const renderMissed = widgets.some((row) => row.speedup < render.goals.speedup || row.liveRows > render.goals.liveRows);
const sizeMissed = sizeGoalsMissed(sizes);
const disclosureMissed = Boolean(disclosure.overGoal);
if (broken || (process.argv.includes('--check') && (renderMissed || sizeMissed || disclosureMissed))) process.exitCode = 1;
