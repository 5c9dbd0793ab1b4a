import {
  cartSchema,
  donorKinds,
  goodsChangeSchema,
  goodsItemSchema,
  monthKeySchema,
  newDonationSchema,
  newGoodsSchema,
  restockSchema,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { personalRead, publicRead, signedInChange, signedInCreate, signedInRead } from './answers.js';
import { supervisorsAndCadres } from './callers.js';
import { dateSchema, idSchema } from './common.js';
import { resourceAt, villageAt } from './resource.js';

/*
 * The 爱心超市 (love supermarket) of a village: the public shelf and thank-you list, the keeper's desk (goods,
 * restocks, donations, redemptions of a cart of goods) and the supervisor's monthly reconciliation.
 *
 * How this relates to `redeemPoints` (points.ts): both take points off the same balance and write the same
 * redemption record (kind `goods`), so a household's ledger shows both. `redeemGoods` hands over goods from the
 * shelf (cart, stock, receipt); `redeemPoints` stays for exchanges without shelf goods — vouchers, or a points
 * amount for goods the village keeps no stock of.
 */

/** The keeper who runs the shelf, or a cadre of the village (workflows: storekeeper "goods and redemptions of one village"). */
const desk = { roles: ['storekeeper', 'cadre'] } as const;

export const supermarketGoodsSchema = goodsItemSchema;

/** A village's shelf: new goods answer with the goods as they now stand. */
const shelf = villageAt('supermarket', '/supermarket', supermarketGoodsSchema);

export const getSupermarketShelf = shelf.get('/goods', publicRead, {
  id: 'getSupermarketShelf',
  summary: 'The love supermarket shelf: goods, prices in points, stock and donors (anonymous donors unnamed)',
  response: z.looseObject({ villageId: idSchema, items: z.array(supermarketGoodsSchema), asOf: dateSchema }),
});

export const createSupermarketGoods = shelf.post('/goods', signedInCreate(desk), {
  id: 'createSupermarketGoods',
  summary: 'Put new goods on the shelf (storekeeper or cadre); a first stock counts as a restock, or a donation when a donor is named',
  body: newGoodsSchema,
  publishes: true,
});

/** One kind of goods on the shelf: a change answers with the goods as they now stand. */
const goods = villageAt('supermarket', '/supermarket/goods/{goodsId}', supermarketGoodsSchema);

export const changeSupermarketGoods = goods.post('/changes', signedInChange(200, desk), {
  id: 'changeSupermarketGoods',
  summary: 'Change the price, photo, name or shelf status of goods (stock changes only through restocks, donations and redemptions)',
  body: goodsChangeSchema,
  publishes: true,
});

export const restockSupermarketGoods = goods.post('/restocks', signedInCreate(desk), {
  id: 'restockSupermarketGoods',
  summary: 'Add bought-in stock to goods',
  body: restockSchema,
});

/** One donation on the public thank-you list: the donor as they chose to be shown, what was given. */
export const donationSchema = z.looseObject({
  id: idSchema,
  villageId: idSchema,
  date: dateSchema,
  donor: z.looseObject({ kind: z.enum(donorKinds), displayName: z.nullable(z.string()) }),
  items: z.array(z.looseObject({ goodsId: idSchema, name: z.string(), quantity: z.int() })),
  cashFen: z.nullable(z.int()),
  valuePoints: z.nullable(z.int()),
});

export const listSupermarketDonations = shelf.get('/donations', publicRead, {
  id: 'listSupermarketDonations',
  summary: 'The public thank-you list of donations to the love supermarket for a year (newest first)',
  response: z.looseObject({ villageId: idSchema, year: z.string(), items: z.array(donationSchema) }),
  query: z.object({ year: z.optional(z.string().check(z.regex(/^\d{4}$/))) }),
});

export const recordSupermarketDonation = shelf.post('/donations', signedInCreate(desk), {
  id: 'recordSupermarketDonation',
  summary: 'Record a donation of goods (added to their stock) and/or money, with the donor as they wish to be thanked',
  body: newDonationSchema,
  response: donationSchema,
  publishes: true,
});

/**
 * What the villager takes home: a receipt number, the goods, the points and the balance left. The household is
 * named by its number and masked name (张*明) only, so the receipt can be shown or photographed safely.
 */
export const supermarketReceiptSchema = z.looseObject({
  receiptNumber: idSchema,
  villageId: idSchema,
  householdId: idSchema,
  householdNumber: z.string(),
  householdName: z.string(),
  date: dateSchema,
  lines: z.array(z.looseObject({ goodsId: idSchema, name: z.string(), pricePoints: z.int(), quantity: z.int(), points: z.int() })),
  totalPoints: z.int(),
  balanceAfter: z.looseObject({ total: z.int(), redeemable: z.int() }),
  handledBy: z.string(),
});

export const redeemGoods = shelf.post('/redemptions', signedInCreate(desk), {
  id: 'redeemGoods',
  summary: "Redeem a cart of shelf goods against a household's points: balance check and stock decrement in one transaction",
  body: z.object({ householdId: idSchema, items: cartSchema }),
  response: supermarketReceiptSchema,
});

/** A household's receipt, named by the household and its number. */
const receipt = villageAt('supermarket', '/households/{householdId}/supermarket/receipts/{receiptNumber}', supermarketReceiptSchema);

export const getSupermarketReceipt = receipt.get(personalRead({ roles: ['storekeeper', 'cadre', 'supervisor'], relation: 'household' }), {
  id: 'getSupermarketReceipt',
  summary: "A household's redemption receipt: for the household itself, the keeper, cadres and the supervisor",
});

export const supermarketReconciliationSchema = z.looseObject({
  villageId: idSchema,
  month: z.string(),
  lines: z.array(
    z.looseObject({
      goodsId: idSchema,
      name: z.string(),
      opening: z.int(),
      restocked: z.int(),
      donated: z.int(),
      redeemed: z.int(),
      expectedClosing: z.int(),
      recordedClosing: z.int(),
      balanced: z.boolean(),
    }),
  ),
  receiptPoints: z.int(),
  ledgerPoints: z.int(),
  redemptions: z.int(),
  findings: z.array(z.looseObject({ code: z.string(), message: z.string(), goodsId: z.optional(idSchema) })),
  balanced: z.boolean(),
});

/** A month's reconciliation, named by the month (`2026-11`). */
const reconciliation = resourceAt(
  'supermarket',
  '/v1/villages/{villageId}/supermarket/reconciliations/{month}',
  z.object({ villageId: idSchema, month: monthKeySchema }),
  supermarketReconciliationSchema,
);

export const getSupermarketReconciliation = reconciliation.get(signedInRead(supervisorsAndCadres), {
  id: 'getSupermarketReconciliation',
  summary: 'Monthly stock and points reconciliation for the supervisor: opening + restocks + donations − redeemed = closing',
});
