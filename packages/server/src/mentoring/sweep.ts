import { delistPlan, mentoringProgress, todayInShanghai, type CalendarDate } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { auditChange, lockForWriting, type AuditActor } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { bumpVillageVersion } from '../points/access.js';
import { householdEntries } from '../points/documents.js';
import { plansOf, updatePlan, type StoredPlan } from './store.js';

/** Delisting is automatic: the audit names the system, not a person, as the one who took the step. */
const system: AuditActor = { id: 'system', role: 'system' };

/**
 * Takes the household of `plan` off the black list if its plan is complete on `today` (every milestone done and
 * the quiet period without deductions over), in the caller's transaction, audited as `mentoring.plan.delist`.
 * Returns the plan as it now stands.
 */
export async function delistIfDue(trx: Transaction<Database>, plan: StoredPlan, today: CalendarDate, now: Date): Promise<StoredPlan> {
  if (plan.status !== 'active') return plan;
  const entries = await householdEntries(trx, plan.householdId);
  if (!mentoringProgress(plan, entries, today).delistable) return plan;
  const after: StoredPlan = { ...delistPlan(plan, today), villageId: plan.villageId };
  await updatePlan(trx, plan, after);
  await auditChange(trx, system, now, 'mentoring.plan.delist', `mentoring-plan:${plan.id}`, plan, after);
  // The black list and the public 在帮教中 list read this village's points data.
  await bumpVillageVersion(trx, plan.villageId);
  return after;
}

/**
 * Every active plan whose quiet period has run out since the last milestone: run at start-up and daily by the
 * server (start.ts), in one transaction. Returns how many households left the black list.
 */
export async function sweepMentoring(db: Kysely<Database>, now: Date): Promise<number> {
  const today = todayInShanghai(now);
  return db.transaction().execute(async (trx) => {
    await lockForWriting(trx);
    let delisted = 0;
    for (const plan of await plansOf(trx, { status: 'active' })) {
      if ((await delistIfDue(trx, plan, today, now)).status === 'delisted') delisted += 1;
    }
    return delisted;
  });
}
