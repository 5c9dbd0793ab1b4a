import { balanceAsOf } from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { HttpProblem } from '../http/problem.js';
import { requireLedgerReader } from '../points/access.js';
import { householdEntries, householdRedemptions, loadHousehold, loadScheme } from '../points/documents.js';

/**
 * The balance alone. Its readers are the ledger's (the household, the village's reviewers) and the village's
 * 爱心超市 keeper, who sees no entry, note or name: the cart needs the number only.
 */
export const householdBalanceHandlers: Pick<Handlers, 'getHouseholdBalance'> = {
  getHouseholdBalance: async ({ db, params, principal, today }) => {
    const { villageId, householdId } = params;
    if (principal.role === 'storekeeper') {
      if (principal.villageId !== villageId) throw HttpProblem.of('forbidden');
    } else requireLedgerReader(principal, villageId, householdId);
    await loadHousehold(db, villageId, householdId);
    const { catalogue, settings } = await loadScheme(db, villageId);
    const balance = balanceAsOf(
      await householdEntries(db, householdId),
      await householdRedemptions(db, householdId),
      today,
      settings,
      catalogue,
      householdId,
    );
    return { body: { householdId, balance: { total: balance.total, redeemable: balance.redeemable, base: balance.base }, asOf: today } };
  },
};
