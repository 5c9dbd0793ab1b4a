import { checkDonation, issue, shownDonor, validateDonor, type RuleIssue } from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import { villageRowsDuring } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';
import { requireOwnVillage, writeTransaction } from '../points/access.js';
import { loadScheme } from '../points/documents.js';
import { supermarketRefusal } from '../supermarket/problems.js';
import { monthlyReconciliation } from '../supermarket/reconcile.js';
import { redeemCart } from '../supermarket/redeem.js';
import { nextSerial } from '../supermarket/serial.js';
import {
  goodsDocument,
  goodsRow,
  insertDonations,
  insertGoods,
  insertStockMoves,
  loadGoods,
  moveStock,
  publicDonation,
  shelfOf,
  type DonationDocument,
  type GoodsDocument,
  type ReceiptDocument,
} from '../supermarket/store.js';

type SupermarketHandlers = Pick<
  Handlers,
  | 'getSupermarketShelf'
  | 'createSupermarketGoods'
  | 'changeSupermarketGoods'
  | 'restockSupermarketGoods'
  | 'listSupermarketDonations'
  | 'recordSupermarketDonation'
  | 'redeemGoods'
  | 'getSupermarketReceipt'
  | 'getSupermarketReconciliation'
>;

function refuseIf(found: RuleIssue | null): void {
  if (found !== null) throw HttpProblem.validation([found]);
}

/**
 * Who may read a receipt: the household itself (a villager token bound to it), or the route's staff roles of the
 * village. Public → 401; anyone else → 403, before the receipt is looked up.
 */
function requireReceiptReader(route: RouteSpec, principal: Principal, villageId: string, householdId: string): void {
  if (principal.role === 'villager') {
    if (principal.householdId !== householdId || principal.villageId !== villageId) throw HttpProblem.of('forbidden');
    return;
  }
  requireOwnVillage(principal, villageId);
  if (route.access.roles === 'anyone' || !route.access.roles.includes(principal.role)) throw HttpProblem.of('forbidden');
}

export const supermarketHandlers: SupermarketHandlers = {
  getSupermarketShelf: async ({ db, params, today }) => {
    await loadScheme(db, params.villageId);
    const shelf = await shelfOf(db, params.villageId);
    return { body: { villageId: params.villageId, items: shelf.map(goodsDocument), asOf: today } };
  },

  createSupermarketGoods: async ({ db, params, body, principal, today, now }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    await loadScheme(trx, villageId);
    if (body.donor !== undefined) refuseIf(validateDonor(body.donor));
    const id = await nextSerial(trx, 'supermarket_goods', 'sg-');
    const stock = body.stock ?? 0;
    const goods: GoodsDocument = {
      id,
      villageId,
      name: body.name,
      unit: body.unit ?? '件',
      pricePoints: body.pricePoints,
      stock,
      photoId: body.photoId ?? null,
      donor: body.donor === undefined ? null : shownDonor(body.donor),
      active: true,
    };
    await insertGoods(trx, [goodsRow(goods, today)]);
    // The first stock is a movement like any other, so the month's reconciliation starts from it.
    if (stock > 0)
      await insertStockMoves(trx, [
        { villageId, goodsId: id, date: today, kind: body.donor ? 'donation' : 'restock', quantity: stock, refId: id },
      ]);
    await auditChange(trx, principal, now, 'supermarket.goods.create', `supermarket-goods:${id}`, null, goods);
    return { status: 201, body: goods };
  },

  changeSupermarketGoods: async ({ db, params, body, principal, now }) => {
    const { villageId, goodsId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const row = await loadGoods(trx, villageId, goodsId);
    const before = goodsDocument(row);
    const after: GoodsDocument = {
      ...before,
      ...(body.name === undefined ? {} : { name: body.name }),
      ...(body.unit === undefined ? {} : { unit: body.unit }),
      ...(body.pricePoints === undefined ? {} : { pricePoints: body.pricePoints }),
      ...(body.photoId === undefined ? {} : { photoId: body.photoId }),
      ...(body.active === undefined ? {} : { active: body.active }),
    };
    await trx
      .updateTable('supermarket_goods')
      .set({ name: after.name, unit: after.unit, price_points: after.pricePoints, photo_id: after.photoId, active: after.active ? 1 : 0 })
      .where('id', '=', goodsId)
      .execute();
    await auditChange(trx, principal, now, 'supermarket.goods.change', `supermarket-goods:${goodsId}`, before, {
      ...after,
      reason: body.reason,
    });
    return { body: after };
  },

  restockSupermarketGoods: async ({ db, params, body, principal, today, now }) => {
    const { villageId, goodsId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    const before = goodsDocument(await loadGoods(trx, villageId, goodsId));
    const count = await trx
      .selectFrom('supermarket_stock_moves')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('goods_id', '=', goodsId)
      .where('kind', '=', 'restock')
      .executeTakeFirst();
    // Restocks are numbered per goods (the opening stock of goods bought in is the first); the move id adds the goods id.
    const refId = `rs-${String(Number(count?.n ?? 0) + 1)}`;
    await moveStock(trx, goodsId, body.quantity);
    await insertStockMoves(trx, [{ villageId, goodsId, date: today, kind: 'restock', quantity: body.quantity, refId }]);
    const after = goodsDocument(await loadGoods(trx, villageId, goodsId));
    await auditChange(trx, principal, now, 'supermarket.goods.restock', `supermarket-goods:${goodsId}`, before, {
      ...after,
      note: body.note,
    });
    return { status: 201, body: after };
  },

  listSupermarketDonations: async ({ db, params, query, today }) => {
    const { villageId } = params;
    await loadScheme(db, villageId);
    const year = query.year ?? today.slice(0, 4);
    const rows = await villageRowsDuring(db, 'supermarket_donations', 'date', villageId, `${year}-01-01`, `${year}-12-31`)
      .select(['doc'])
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .execute();
    return { body: { villageId, year, items: rows.map((row) => publicDonation(JSON.parse(row.doc) as DonationDocument)) } };
  },

  recordSupermarketDonation: async ({ db, params, body, principal, today, now }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = writeTransaction(db);
    await loadScheme(trx, villageId);
    const checked = checkDonation(body, today);
    if (!checked.ok) throw supermarketRefusal(checked.issues);
    const shelf = new Map((await shelfOf(trx, villageId)).map((row) => [row.id, row]));
    const items = (body.items ?? []).map((line, index) => {
      const goods = shelf.get(line.goodsId);
      if (goods === undefined)
        throw supermarketRefusal([issue('supermarket.cart.unknownGoods', { goodsId: line.goodsId }, ['items', index, 'goodsId'])]);
      return { goodsId: goods.id, name: goods.name, quantity: line.quantity };
    });
    const id = await nextSerial(trx, 'supermarket_donations', 'dn-');
    for (const line of items) await moveStock(trx, line.goodsId, line.quantity);
    await insertStockMoves(
      trx,
      items.map((line) => ({ villageId, goodsId: line.goodsId, date: body.date, kind: 'donation', quantity: line.quantity, refId: id })),
    );
    const donation: DonationDocument = {
      id,
      villageId,
      date: body.date,
      donor: shownDonor(body.donor),
      items,
      cashFen: body.cashFen ?? null,
      valuePoints: body.valuePoints ?? null,
      ...(body.note === undefined ? {} : { note: body.note }),
      recordedBy: principal.id,
    };
    await insertDonations(trx, [donation]);
    await auditChange(trx, principal, now, 'supermarket.donation.create', `supermarket-donation:${id}`, null, donation);
    return { status: 201, body: publicDonation(donation) };
  },

  redeemGoods: async ({ db, params, body, principal, today, now }) => {
    requireOwnVillage(principal, params.villageId);
    const receipt = await redeemCart(writeTransaction(db), {
      villageId: params.villageId,
      householdId: body.householdId,
      items: body.items,
      principal,
      today,
      now,
    });
    return { status: 201, body: receipt };
  },

  getSupermarketReceipt: async ({ db, route, params, principal }) => {
    const { villageId, householdId, receiptNumber } = params;
    requireReceiptReader(route, principal, villageId, householdId);
    const row = await db
      .selectFrom('supermarket_receipts')
      .select(['doc'])
      .where('id', '=', receiptNumber)
      .where('village_id', '=', villageId)
      .where('household_id', '=', householdId)
      .executeTakeFirst();
    if (!row) throw HttpProblem.of('not-found');
    return { body: JSON.parse(row.doc) as ReceiptDocument };
  },

  getSupermarketReconciliation: async ({ db, params, principal, locale }) => {
    const { villageId, month } = params;
    requireOwnVillage(principal, villageId);
    await loadScheme(db, villageId);
    return { body: await monthlyReconciliation(db, villageId, month, locale) };
  },
};
