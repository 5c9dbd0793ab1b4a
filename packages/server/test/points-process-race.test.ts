import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addDays, openObjections, type LedgerEntry } from '@shanzhi/rules';
import { declarePointsEntry, fileObjection, ProblemError } from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { publicized, storedEntry, useProcessServer, village } from './support/points-process.js';

/*
 * Concurrency proof for the notice sweep (docs/rules/points.md "Effect without a click"): objections fired at the
 * very end of the notice period, while other writes of the village run the sweep and the clock crosses midnight in
 * Shanghai mid-burst. Whatever the interleaving, no entry may end up effective with an objection open, every
 * accepted objection was filed within the notice, and every refused one was refused as too late.
 */

const noticeDays = 7;
const entriesPerRound = 8;
const objectorsPerEntry = 3;
const rounds = 3;

const env = useProcessServer('shanzhi-race-', { cadre: 'test-cadre-race' });
const { cadre } = env.staffOf;

type Outcome =
  { readonly kind: 'objection'; readonly entryId: string; readonly status: number; readonly code?: string } | { readonly kind: 'write' };

async function settle<T>(call: Promise<T>): Promise<{ status: number; code?: string }> {
  try {
    await call;
    return { status: 201 };
  } catch (error) {
    if (error instanceof ProblemError) return { status: error.status, code: error.code };
    throw error;
  }
}

test('an objection racing the end of the notice never yields an effective entry with an open objection', async (t) => {
  let accepted = 0;
  let late = 0;
  for (let round = 0; round < rounds; round++) {
    const posted = addDays(demoToday, round * (noticeDays + 2));
    env.clock.setDay(posted);
    const owners = env.households.slice(round * entriesPerRound, (round + 1) * entriesPerRound);
    const objectorIds = env.households.slice(
      -objectorsPerEntry - round * objectorsPerEntry,
      env.households.length - round * objectorsPerEntry,
    );
    const entries = [];
    for (const owner of owners) entries.push(await publicized(cadre, owner));
    const objectors = await Promise.all(objectorIds.map((id) => env.villager(id)));
    const lastDay = addDays(posted, noticeDays - 1);
    const ends = addDays(posted, noticeDays);

    // 40 ms before midnight, 1 ms more at every reading of the clock: the burst straddles the end of the notice.
    env.clock.beforeMidnightOf(ends, 40, 1);
    const calls: Promise<Outcome>[] = [];
    for (const [index, entry] of entries.entries()) {
      for (const objector of objectors) {
        calls.push(
          settle(
            objector.request(fileObjection, {
              params: { villageId: village, entryId: entry.id },
              body: { reason: '当天没有看到该户参加' },
            }),
          ).then((result) => ({ kind: 'objection', entryId: entry.id, ...result })),
        );
      }
      // Writes that run the sweep, interleaved with the objections.
      const declaredFor = owners[index] ?? owners[0] ?? '';
      calls.push(
        cadre
          .request(declarePointsEntry, {
            params: { villageId: village },
            body: { householdId: declaredFor, ruleCode: 'volunteer.activity', occurredOn: posted },
          })
          .then(() => ({ kind: 'write' as const })),
      );
    }
    const outcomes = await Promise.all(calls);

    // The day after, one more write sweeps whatever is due.
    env.clock.setDay(addDays(ends, 1));
    await cadre.request(declarePointsEntry, {
      params: { villageId: village },
      body: { householdId: owners[0] ?? '', ruleCode: 'volunteer.activity', occurredOn: posted },
    });

    for (const entry of entries) {
      const stored = (await storedEntry(env.db, entry.id)) as LedgerEntry;
      const open = openObjections(stored);
      assert.ok(
        !(stored.status === 'effective' && open.length > 0),
        `${entry.id} is effective with ${String(open.length)} open objection(s)`,
      );
      for (const objection of stored.objections ?? [])
        assert.ok(objection.filedOn <= lastDay, `${objection.id} filed on ${objection.filedOn}`);
      if (open.length > 0) assert.equal(stored.status, 'publicized', `${entry.id} is held by its objection`);
      else assert.deepEqual([stored.status, stored.effectiveOn], ['effective', ends], `${entry.id} took effect when its notice ended`);
    }
    for (const outcome of outcomes) {
      if (outcome.kind !== 'objection') continue;
      if (outcome.status === 201) accepted += 1;
      else {
        assert.deepEqual([outcome.status, outcome.code], [409, 'points.objection.noticeOver'], outcome.entryId);
        late += 1;
      }
    }
  }
  t.diagnostic(
    `${String(rounds)} rounds × ${String(entriesPerRound * (objectorsPerEntry + 1))} writes: ${String(accepted)} objections in time, ${String(late)} too late`,
  );
  // The burst did straddle the end: some objections came in time, some too late.
  assert.ok(accepted > 0, `accepted ${String(accepted)}`);
  assert.ok(late > 0, `late ${String(late)}`);
  const verified = await verifyAuditChain(env.db);
  assert.ok(verified.ok, JSON.stringify(verified));
});
