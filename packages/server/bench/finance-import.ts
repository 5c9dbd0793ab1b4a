// `npm run bench:finance -w @shanzhi/server` (also part of `npm run bench`): a 2,000-line .xlsx of a month's
// 收支明细 parsed and checked as the import route does it — read-excel-file, the rules' import and reconciliation —
// then once through the real route (upload, parse, check, store, audit). Prints time and peak memory.
//
//   BENCH_FINANCE_LINES=2000  lines in the sheet (default 2000)
//   BENCH_FINANCE_RUNS=7      parse-and-check runs; the median is reported (default 7)
import { fenToYuanString, guessFinanceMapping, importFinanceRows } from '@shanzhi/rules';
import { importFinanceStatement } from '@shanzhi/sdk';
import { readFinanceFile } from '../src/finance/read-file.js';
import { startTestServer } from '../src/testing/index.js';
import { xlsxFile, type XlsxCell } from '../test/support/xlsx-file.js';

const lines = Number(process.env.BENCH_FINANCE_LINES ?? 2000);
const runs = Number(process.env.BENCH_FINANCE_RUNS ?? 7);
const header = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额'];
const accounts = ['管理费用', '经营支出', '公益支出', '其他支出'];

/** A month of lines: every fifth is income; amounts with fen; a running balance; a 合计 row at the end. */
function sheet(): XlsxCell[][] {
  const rows: XlsxCell[][] = [['青山村2026年12月收支明细'], header];
  let balance = 100_000_000; // fen
  let income = 0;
  let expense = 0;
  for (let i = 0; i < lines; i++) {
    const fen = 1_000 + ((i * 7919) % 2_000_000);
    const isIncome = i % 5 === 0;
    balance += isIncome ? fen : -fen;
    if (isIncome) income += fen;
    else expense += fen;
    const yuan = fenToYuanString(fen);
    rows.push([
      { date: `2026-12-${String((i % 30) + 1).padStart(2, '0')}` },
      `记-${String(i + 1).padStart(4, '0')}`,
      `第${String(i + 1)}笔收支`,
      isIncome ? '经营收入' : (accounts[i % accounts.length] ?? '其他支出'),
      isIncome ? yuan : null,
      isIncome ? null : yuan,
      fenToYuanString(balance),
    ]);
  }
  rows.push(['合计', null, null, null, fenToYuanString(income), fenToYuanString(expense), null]);
  return rows;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

const bytes = xlsxFile(sheet());
const mapping = guessFinanceMapping(header);
const options = { period: { from: '2026-12-01', to: '2026-12-31' }, openingBalance: 100_000_000, system: '2023' as const };
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);

const times: number[] = [];
for (let run = 0; run < runs; run++) {
  const started = performance.now();
  const rows = await readFinanceFile(bytes);
  const result = importFinanceRows(rows, mapping, options);
  times.push(performance.now() - started);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (result.issues.length > 0 || result.statement?.expenditure.length === undefined) {
    throw new Error(`the generated month does not import: ${JSON.stringify(result.issues.slice(0, 3))}`);
  }
}
clearInterval(sampler);
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;

const server = await startTestServer({ households: 50 });
try {
  const client = server.client('demo-cadre');
  const started = performance.now();
  const response = await client.request(importFinanceStatement, {
    // A month the demo seed leaves free (it keeps 2026-09 to 2026-11, seed/finance.ts): importing into a submitted
    // month is refused (409 finance.signOff.wrongState).
    params: { villageId: 'v-qs-01', month: '2026-12' },
    query: { ...mapping, openingBalance: '1000000.00' },
    body: bytes,
  });
  const routeMs = performance.now() - started;
  const stored = response.data.statement.income.length + response.data.statement.expenditure.length;
  console.log(`finance import: ${String(lines)} lines, .xlsx of ${(bytes.byteLength / 1024).toFixed(0)} KiB`);
  console.log(`  parse + check (read-excel-file, rules import + reconcile): median ${median.toFixed(0)} ms of ${String(runs)} runs`);
  console.log(`  peak RSS ${mib(peak)} (${mib(peak - baseline)} above the ${mib(baseline)} before parsing)`);
  console.log(`  through the route (upload, parse, check, store, audit): ${routeMs.toFixed(0)} ms, ${String(stored)} lines stored`);
} finally {
  await server.close();
}
