import { defaultMentoringSettings, type MentoringPlan, type MentoringSettings } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { villageDocRow, villageRow } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';
import '../supermarket/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A stored plan: the rules' record plus its village. */
export interface StoredPlan extends MentoringPlan {
  readonly villageId: string;
}

export const insertPlans = rowWriter('mentoring_plans', (plan: StoredPlan) =>
  villageDocRow(plan, { household_id: plan.householdId, status: plan.status }),
);

export async function plansOf(db: Db, where: { readonly villageId?: string; readonly householdId?: string; readonly status?: string }) {
  let query = db.selectFrom('mentoring_plans').select(['doc']);
  if (where.villageId !== undefined) query = query.where('village_id', '=', where.villageId);
  if (where.householdId !== undefined) query = query.where('household_id', '=', where.householdId);
  if (where.status !== undefined) query = query.where('status', '=', where.status);
  const rows = await query.orderBy('id').execute();
  return rows.map((row) => JSON.parse(row.doc) as StoredPlan);
}

/** A plan of the village; 404 for another village's plan or none. */
export async function loadPlan(db: Db, villageId: string, planId: string): Promise<StoredPlan> {
  const row = await villageRow(db, 'mentoring_plans', villageId, planId);
  if (!row) throw HttpProblem.of('not-found');
  return JSON.parse(row.doc) as StoredPlan;
}

/** Writes the plan's next state over the state it was read in (a concurrent change makes this a 409). */
export async function updatePlan(trx: Transaction<Database>, before: StoredPlan, after: StoredPlan): Promise<void> {
  const result = await trx
    .updateTable('mentoring_plans')
    .set({ status: after.status, doc: JSON.stringify(after) })
    .where('id', '=', before.id)
    .where('doc', '=', JSON.stringify(before))
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw HttpProblem.of('conflict');
}

/** The village's 帮教 setting, or the documented default (90 days) when it never set one. */
export async function mentoringSettingsOf(db: Db, villageId: string): Promise<MentoringSettings> {
  const row = await db.selectFrom('mentoring_settings').select(['quiet_days']).where('village_id', '=', villageId).executeTakeFirst();
  return row ? { quietDays: row.quiet_days } : defaultMentoringSettings;
}

export async function saveMentoringSettings(trx: Transaction<Database>, villageId: string, settings: MentoringSettings): Promise<void> {
  await trx
    .insertInto('mentoring_settings')
    .values({ village_id: villageId, quiet_days: settings.quietDays })
    .onConflict((oc) => oc.column('village_id').doUpdateSet({ quiet_days: settings.quietDays }))
    .execute();
}
