import { assignPlan, completeMilestone, mentoringProgress, type LedgerEntry } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { actorOf, bumpVillageVersion, requireOwnVillage, writeTransaction } from '../points/access.js';
import { householdEntries, loadHousehold, loadScheme } from '../points/documents.js';
import { delistIfDue } from '../mentoring/sweep.js';
import {
  insertPlans,
  loadPlan,
  mentoringSettingsOf,
  plansOf,
  saveMentoringSettings,
  updatePlan,
  type StoredPlan,
} from '../mentoring/store.js';
import { supermarketRefusal } from '../supermarket/problems.js';
import { nextSerial } from '../supermarket/serial.js';

type MentoringHandlers = Pick<
  Handlers,
  'listMentoringHouseholds' | 'listMentoringPlans' | 'assignMentoringPlan' | 'completeMentoringMilestone' | 'setMentoringSettings'
>;

type Db = Kysely<Database> | Transaction<Database>;

/** Who may be a 帮教责任人: a grid worker or cadre of the village (the people who visit and answer for the household). */
const mentorRoles = ['gridWorker', 'cadre'];

/** A plan as staff see it: with the household's number and where the plan stands today. */
function planBody(plan: StoredPlan, householdNumber: string, entries: readonly LedgerEntry[], today: string) {
  return {
    ...plan,
    milestones: plan.milestones.map((one) => ({ ...one })),
    householdNumber,
    progress: mentoringProgress(plan, entries, today),
  };
}

async function householdNumberOf(db: Db, householdId: string): Promise<string> {
  const row = await db.selectFrom('households').select(['number']).where('id', '=', householdId).executeTakeFirst();
  return row?.number ?? '';
}

export const mentoringHandlers: MentoringHandlers = {
  listMentoringHouseholds: async ({ db, params, today }) => {
    const { villageId } = params;
    const { settings } = await loadScheme(db, villageId);
    // Naming a household 在帮教中 tells that it was on the black list: a village that switched the list off names none.
    const plans = settings.blackListEnabled ? await plansOf(db, { villageId, status: 'active' }) : [];
    const ids = [...new Set(plans.map((plan) => plan.householdId))].sort();
    return { body: { villageId, items: ids.map((householdId) => ({ householdId })), asOf: today } };
  },

  listMentoringPlans: async ({ db, params, query, principal, today }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    await loadScheme(db, villageId);
    const plans = await plansOf(db, { villageId, ...(query.status === undefined ? {} : { status: query.status }) });
    const items = [];
    for (const plan of plans)
      items.push(planBody(plan, await householdNumberOf(db, plan.householdId), await householdEntries(db, plan.householdId), today));
    return { body: { villageId, settings: await mentoringSettingsOf(db, villageId), items, asOf: today } };
  },

  assignMentoringPlan: async ({ db, params, body, principal, today, now }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    await loadScheme(trx, villageId);
    const household = await loadHousehold(trx, villageId, body.householdId);
    const mentor = await trx
      .selectFrom('staff')
      .select(['role'])
      .where('id', '=', body.mentorId)
      .where('village_id', '=', villageId)
      .executeTakeFirst();
    if (mentor === undefined || !mentorRoles.includes(mentor.role))
      throw HttpProblem.validation([{ code: 'mentoring.mentor.notStaff', path: ['mentorId'] }]);
    const entries = await householdEntries(trx, household.id);
    const assigned = assignPlan({
      id: await nextSerial(trx, 'mentoring_plans', 'mp-'),
      householdId: household.id,
      mentorId: body.mentorId,
      milestones: body.milestones,
      actor: actorOf(principal),
      at: today,
      entries,
      settings: await mentoringSettingsOf(trx, villageId),
      plans: await plansOf(trx, { householdId: household.id }),
    });
    if (!assigned.ok) throw supermarketRefusal(assigned.issues);
    const plan: StoredPlan = { ...assigned.value, villageId };
    await insertPlans(trx, [plan]);
    await auditChange(trx, principal, now, 'mentoring.plan.assign', `mentoring-plan:${plan.id}`, null, plan);
    await bumpVillageVersion(trx, villageId);
    return { status: 201, body: planBody(plan, household.number, entries, today) };
  },

  completeMentoringMilestone: async ({ db, params, body, principal, today, now }) => {
    const { villageId, planId, milestoneId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const before = await loadPlan(trx, villageId, planId);
    // A cadre answers for every plan of the village; a grid worker only for the households they mentor.
    if (principal.role !== 'cadre' && principal.role !== 'admin' && before.mentorId !== principal.id)
      throw supermarketRefusal([{ code: 'mentoring.milestone.notMentor', path: [] }]);
    const done = completeMilestone(before, milestoneId, actorOf(principal), today, body.note);
    if (!done.ok) throw supermarketRefusal(done.issues);
    const marked: StoredPlan = { ...done.value, villageId };
    await updatePlan(trx, before, marked);
    await auditChange(trx, principal, now, 'mentoring.milestone.complete', `mentoring-plan:${planId}`, before, marked);
    // The last milestone after a quiet period already over takes the household off the black list at once.
    const after = await delistIfDue(trx, marked, today, now);
    const entries = await householdEntries(trx, after.householdId);
    return { body: planBody(after, await householdNumberOf(trx, after.householdId), entries, today) };
  },

  setMentoringSettings: async ({ db, params, body, principal, now }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    await loadScheme(trx, villageId);
    const before = await mentoringSettingsOf(trx, villageId);
    await saveMentoringSettings(trx, villageId, body);
    await auditChange(trx, principal, now, 'mentoring.settings.change', `mentoring-settings:${villageId}`, before, body);
    return { body: { villageId, quietDays: body.quietDays } };
  },
};
