import { complianceAsOf, checkTrail, checkItem, entryStatuses, caseStates, validateGuide, disclosureItemSchema, ledgerEntrySchema } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { generateDemoCounty } from './src/seed/index.js';
const c = generateDemoCounty();
const states = new Map<string, number>();
for (const e of c.ledgerEntries) states.set(e.status, (states.get(e.status) ?? 0) + 1);
console.log([...states]);
const scheme = new Map(c.disclosureSchemes.map((s) => [s.villageId, s.settings]));
for (const v of c.villages) {
  const items = c.disclosureItems.filter((i) => i.villageId === v.id);
  const decs = c.decisions.filter((d) => d.villageId === v.id);
  const r = complianceAsOf(items, decs, scheme.get(v.id)!, c.asOf);
  const r2 = complianceAsOf(items, decs, scheme.get(v.id)!, c.asOf, { from: c.window.from });
  const bad = items.flatMap((i) => checkItem(i, { settings: scheme.get(v.id)! }).map((x) => i.id + ':' + x.code));
  const parse = items.filter((i) => !z.safeParse(disclosureItemSchema, i).success).length;
  const trails = decs.map((d) => checkTrail(d.trail, { settings: scheme.get(v.id)!, asOf: c.asOf }).status);
  const cats = new Set(items.map((i) => i.category)).size;
  const versions = items.filter((i) => i.versions.length > 1).map((i) => i.versions.length);
  console.log(v.id, v.name, v.households, JSON.stringify(r.summary), 'from-window overdue', r2.summary.overdue, 'late', r2.summary.late, 'bad', bad.length, 'parse', parse, trails.join(','), 'cats', cats, 'versions', versions.join(','));
}
const cs = new Map<string, number>();
for (const m of c.mediationCases) { const k = m.case.state + (m.case.outcome ? ':' + m.case.outcome : '') + ':' + m.case.level + (m.triage.notifyPolice ? ':police' : ''); cs.set(k, (cs.get(k) ?? 0) + 1); }
console.log([...cs].sort());
console.log(c.mediationCases.slice(0, 2).map((m) => [m.caseNumber, m.trackingCode]));
console.log(c.serviceGuides.map((g) => validateGuide(g).length).reduce((a, b) => a + b, 0), 'guide issues');
console.log(c.households.slice(0, 5));
console.log(c.ledgerEntries.filter((e) => !z.safeParse(ledgerEntrySchema, e).success).length, 'bad entries');
console.log(c.households.filter(h=>h.headName.includes('·')).map(h=>h.headName), c.households.filter(h=>/^(欧阳|司马|诸葛|上官|司徒|东方)/.test(h.headName)).length);
console.log(c.redemptions.slice(0,3));
