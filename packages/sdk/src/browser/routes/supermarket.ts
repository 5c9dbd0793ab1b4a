import { create, read, routeRefs } from '../../contract/route-ref.js';
import type * as householdBalance from '../../contract/routes/household-balance.js';
import type * as supermarket from '../../contract/routes/supermarket.js';

// The references <sz-love-supermarket> calls (see ../index.ts): the public shelf and thank-you list, and the keeper's
// redemption of a cart (its answer is the receipt). Each field is checked against the full route by the compiler.
const refs = routeRefs<Pick<typeof supermarket, 'getSupermarketShelf' | 'listSupermarketDonations' | 'redeemGoods'>>({
  getSupermarketShelf: read('/v1/villages/{villageId}/supermarket/goods'),
  listSupermarketDonations: read('/v1/villages/{villageId}/supermarket/donations'),
  redeemGoods: create('/v1/villages/{villageId}/supermarket/redemptions'),
});
export const { getSupermarketShelf, listSupermarketDonations, redeemGoods } = refs;

// The keeper's view of a household's points: the balance alone, never the ledger.
const balanceRefs = routeRefs<Pick<typeof householdBalance, 'getHouseholdBalance'>>({
  getHouseholdBalance: read('/v1/villages/{villageId}/households/{householdId}/points/balance'),
});
export const { getHouseholdBalance } = balanceRefs;
