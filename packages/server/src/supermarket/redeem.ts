import { issue, maskName, priceCart, type CalendarDate, type CartLine, type ShelfLine } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { bumpVillageVersion } from '../points/access.js';
import { insertRedemptions, loadHousehold, loadScheme, nextRedemptionId, type StoredRedemption } from '../points/documents.js';
import { settleDueNotices } from '../points/process.js';
import { checkHouseholdRedemption } from '../points/redemption-check.js';
import { supermarketRefusal } from './problems.js';
import { insertReceipts, insertStockMoves, moveStock, shelfOf, type ReceiptDocument } from './store.js';

export interface CartRedemption {
  readonly villageId: string;
  readonly householdId: string;
  readonly items: readonly CartLine[];
  readonly principal: Principal;
  readonly today: CalendarDate;
  readonly now: Date;
}

/**
 * Hands over a cart of shelf goods against a household's points, inside the request's one transaction (which
 * already holds the writer lock, so the balance and stock it reads are the latest and stay so until it commits):
 * price the cart against the shelf (unknown goods, more than the stock), check the balance with the points rules
 * (`checkRedemption`: bans, debts, too few points), then write the redemption, the stock decrements, their moves and
 * the receipt. Any refusal throws before the first write, and a throw after it rolls everything back: nothing is
 * ever half-written.
 */
export async function redeemCart(trx: Transaction<Database>, input: CartRedemption): Promise<ReceiptDocument> {
  const { villageId, householdId, today } = input;
  const scheme = await loadScheme(trx, villageId);
  // Entries whose notice has ended count before the balance is read, as for every points write (points/process.ts).
  await settleDueNotices(trx, villageId, today, scheme.settings, input.now);
  const household = await loadHousehold(trx, villageId, householdId);
  const shelf = new Map<string, ShelfLine>(
    (await shelfOf(trx, villageId)).map((row) => [
      row.id,
      { id: row.id, name: row.name, pricePoints: row.price_points, stock: row.stock, active: row.active === 1 },
    ]),
  );
  const priced = priceCart(input.items, shelf);
  if (!priced.ok) throw supermarketRefusal(priced.issues);
  const { plan, balanceAfter } = await checkHouseholdRedemption(trx, scheme, householdId, today, {
    kind: 'goods',
    items: priced.value.lines,
  });

  const id = await nextRedemptionId(trx);
  for (const [index, line] of priced.value.lines.entries()) {
    if (!(await moveStock(trx, line.goodsId, -line.quantity))) {
      throw supermarketRefusal([
        issue('supermarket.cart.outOfStock', { goodsId: line.goodsId, requested: line.quantity, available: 0 }, [
          'items',
          index,
          'quantity',
        ]),
      ]);
    }
  }
  await insertStockMoves(
    trx,
    priced.value.lines.map((line) => ({
      villageId,
      goodsId: line.goodsId,
      date: today,
      kind: 'redemption',
      quantity: -line.quantity,
      refId: id,
    })),
  );
  const redemption: StoredRedemption = {
    id,
    householdId,
    date: today,
    points: plan.pointsSpent,
    kind: 'goods',
    // The ledger's note lists what was handed over, as the seed's redemptions do; the receipt has the detail.
    note: priced.value.lines.map((line) => `${line.name}×${String(line.quantity)}`).join('、'),
    villageId,
    handledBy: input.principal.id,
  };
  await insertRedemptions(trx, [redemption]);
  const after = balanceAfter(redemption);
  const receipt: ReceiptDocument = {
    receiptNumber: id,
    villageId,
    householdId,
    householdNumber: household.number,
    householdName: maskName(household.head_name),
    date: today,
    lines: priced.value.lines.map((line) => ({ ...line })),
    totalPoints: priced.value.totalPoints,
    balanceAfter: { total: after.total, redeemable: after.redeemable },
    handledBy: input.principal.id,
  };
  await insertReceipts(trx, [receipt]);
  await auditChange(trx, input.principal, input.now, 'supermarket.redemption.create', `redemption:${id}`, null, receipt);
  // The household's balance changed: read caches tied to the village's points follow (as redeemPoints does).
  await bumpVillageVersion(trx, villageId);
  return receipt;
}
