import { declareEntry, transition, demoPointsCatalogue, defaultPointsSettings, type LedgerEntry } from '@shanzhi/rules';
const rule = demoPointsCatalogue.rules[6]!;
const settings = defaultPointsSettings;
const g = { id: 'g', role: 'gridWorker' as const }, c = { id: 'c', role: 'cadre' as const };
const keep: LedgerEntry[] = [];
const N = Number(process.argv[2] ?? 1000000);
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const r = declareEntry({ id: 'pe' + i, householdId: 'h', rule, occurredOn: '2026-01-01', actor: g, at: '2026-01-02' });
  if (!r.ok) throw 1;
  let e = r.value;
  for (const [a, who, at] of [['submit', g, '2026-01-02'], ['passFirstReview', g, '2026-01-03'], ['publicize', c, '2026-01-04'], ['confirm', c, '2026-01-12']] as const) {
    const n = transition(e, a, { actor: who, at, settings });
    if (!n.ok) throw 2;
    e = n.value;
  }
  if (process.argv[3] !== "drop") keep.push(e);
}
console.log(N, Math.round(performance.now() - t0), 'ms', Math.round(process.memoryUsage().heapUsed / 1e6), 'MB');
