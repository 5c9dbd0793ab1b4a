import assert from 'node:assert/strict';
import {
  declareEntry,
  defaultPointsSettings,
  demoPointsCatalogue,
  findRule,
  transition,
  type Actor,
  type EntryAction,
  type EntryStatus,
  type LedgerEntry,
  type Result,
} from '../../src/index.js';

/*
 * The points entry the transition and objection tests start from: household h1's volunteering (declared by the
 * grid worker on 2026-03-02) walked along the happy path, under the default settings (7 notice days).
 */

export const grid: Actor = { id: 'gw-1', role: 'gridWorker' };
export const cadre: Actor = { id: 'cadre-1', role: 'cadre' };
export const settings = defaultPointsSettings;
export const volunteering = findRule(demoPointsCatalogue, 'volunteer.activity')!;

export function expectOk(result: Result<LedgerEntry>): LedgerEntry {
  if (!result.ok) assert.fail(`expected success, got ${JSON.stringify(result.issues)}`);
  return result.value;
}

export function declared(): LedgerEntry {
  const result = declareEntry({ id: 'e1', householdId: 'h1', rule: volunteering, occurredOn: '2026-03-01', actor: grid, at: '2026-03-02' });
  assert.ok(result.ok);
  return result.value;
}

/** Walks an entry to the given status along the happy path (posted on 2026-03-05). */
export function entryIn(status: EntryStatus): LedgerEntry {
  let entry = declared();
  const steps: [EntryAction, Actor, string, string?][] = [
    ['submit', grid, '2026-03-02'],
    ['passFirstReview', grid, '2026-03-03'],
    ['publicize', cadre, '2026-03-05'],
    ['confirm', cadre, '2026-03-12'],
    ['revoke', cadre, '2026-04-01', 'duplicate of e0'],
  ];
  const path: EntryStatus[] = ['declared', 'firstReview', 'secondReview', 'publicized', 'effective', 'revoked'];
  if (status === 'rejected')
    return expectOk(transition(entry, 'reject', { actor: grid, at: '2026-03-02', reason: 'not this household', settings }));
  for (const [action, actor, at, reason] of steps) {
    if (entry.status === status) break;
    entry = expectOk(transition(entry, action, { actor, at, reason, settings }));
  }
  assert.equal(entry.status, status);
  assert.ok(path.includes(status));
  return entry;
}
