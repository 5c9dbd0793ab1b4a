import {
  aggregateTotals,
  defaultPointsSettings,
  demoPointsCatalogue,
  epochDayOf,
  notRevoked,
  rankHouseholds,
  type LedgerColumns,
} from '../src/points/index.js';

export interface RankingBenchRow {
  readonly households: number;
  readonly entries: number;
  /** Time to aggregate the entries into household totals (caps applied) and rank them, in ms. */
  readonly ms: number;
}

/** mulberry32: a tiny seeded PRNG, so every run ranks the same data. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Dataset {
  readonly householdIds: string[];
  readonly columns: LedgerColumns;
}

const rules = demoPointsCatalogue.rules;
const ruleCaps = rules.map((rule) => rule.cap);
const firstDay = epochDayOf('2025-07-01');
const lastDay = epochDayOf('2026-12-31');

/**
 * A county-sized ledger: entries spread over 18 months in random order (so the chronological sort the
 * caps need is exercised), rules drawn from the demo catalogue (some capped), 1 % revoked.
 * Columns are typed arrays: 20 million entries take 400 MB, as objects they would not fit.
 */
function generate(households: number, entries: number, seed: number): Dataset {
  const random = prng(seed);
  const householdIds = Array.from({ length: households }, (_, i) => `H${String(i).padStart(7, '0')}`);
  const household = new Int32Array(entries);
  const points = new Int32Array(entries);
  const effectiveDay = new Int32Array(entries);
  const revokedDay = new Int32Array(entries);
  const rule = new Int32Array(entries);
  const span = lastDay - firstDay + 1;
  for (let i = 0; i < entries; i++) {
    const r = Math.floor(random() * rules.length);
    const day = firstDay + Math.floor(random() * span);
    household[i] = Math.floor(random() * households);
    rule[i] = r;
    points[i] = rules[r]?.points ?? 5;
    effectiveDay[i] = day;
    revokedDay[i] = random() < 0.01 ? Math.min(lastDay, day + 30) : notRevoked;
  }
  return { householdIds, columns: { household, points, effectiveDay, revokedDay, rule } };
}

function aggregateAndRank(data: Dataset): number {
  const started = performance.now();
  const totals = aggregateTotals(data.columns, data.householdIds, {
    period: '2026',
    asOf: '2026-12-31',
    ruleCaps,
    settings: defaultPointsSettings,
  });
  const rows = rankHouseholds(totals, { method: 'competition', starThresholds: defaultPointsSettings.starThresholds });
  const ms = performance.now() - started;
  if (rows.length !== data.householdIds.length) throw new Error('ranking lost households');
  return ms;
}

/**
 * Times aggregate + rank through the public API for 10k households / 200k entries, 100k / 2M and
 * 1M / 20M. The smaller sizes report the best of three runs (after a warm-up, so JIT compilation is
 * not counted); the largest runs once. Prints nothing: bench.ts prints.
 */
export async function benchRanking(): Promise<{ households: number; entries: number; ms: number }[]> {
  const sizes: readonly (readonly [number, number, number])[] = [
    [10_000, 200_000, 3],
    [100_000, 2_000_000, 3],
    [1_000_000, 20_000_000, 1],
  ];
  aggregateAndRank(generate(1_000, 20_000, 7));
  const results: RankingBenchRow[] = [];
  for (const [households, entries, runs] of sizes) {
    const data = generate(households, entries, households);
    let best = Infinity;
    for (let run = 0; run < runs; run++) best = Math.min(best, aggregateAndRank(data));
    results.push({ households, entries, ms: best });
    // Let the previous data set be collected before the next, larger one is built.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return results;
}
