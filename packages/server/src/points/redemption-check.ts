import {
  balanceAsOf,
  checkRedemption,
  redemptionBansFrom,
  type CalendarDate,
  type PointsBalance,
  type RedemptionPlan,
  type RedemptionRequest,
} from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { householdEntries, householdRedemptions, type PointsScheme, type StoredRedemption } from './documents.js';
import { ruleRefusal } from './problems.js';

/** What the caller asks to exchange; the household's balance, bans and the village settings are read here. */
export type RedemptionAsk = Omit<RedemptionRequest, 'householdId' | 'date' | 'balance' | 'bans' | 'settings'>;

export interface CheckedRedemption {
  readonly plan: RedemptionPlan;
  /** The household's balance once `redemption` is added to what it has already redeemed. */
  readonly balanceAfter: (redemption: StoredRedemption) => PointsBalance;
}

/**
 * The balance-then-check step every exchange shares (a points redemption at the desk, a 爱心超市 cart): read the
 * household's ledger and earlier redemptions, take the balance on `today`, and check the exchange against it and
 * the household's penalty bans. A refusal throws as a rule problem before the caller writes anything.
 */
export async function checkHouseholdRedemption(
  trx: Transaction<Database>,
  { catalogue, settings }: PointsScheme,
  householdId: string,
  today: CalendarDate,
  ask: RedemptionAsk,
): Promise<CheckedRedemption> {
  const entries = await householdEntries(trx, householdId);
  const earlier = await householdRedemptions(trx, householdId);
  const balance = balanceAsOf(entries, earlier, today, settings, catalogue, householdId);
  const plan = checkRedemption({
    ...ask,
    householdId,
    date: today,
    balance,
    bans: redemptionBansFrom(entries, catalogue, today),
    settings,
  });
  if (!plan.ok) throw ruleRefusal(plan.issues);
  return {
    plan: plan.value,
    balanceAfter: (redemption) => balanceAsOf(entries, [...earlier, redemption], today, settings, catalogue, householdId),
  };
}
