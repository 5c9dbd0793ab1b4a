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
import { defineRoute } from '../route.js';
import { personalRead, publicRead, signedInChange, signedInCreate, signedInRead } from './answers.js';
import { supervisorsAndCadres } from './callers.js';
import { dateSchema, idSchema, villageParams, villageResourceParams } from './common.js';
import { resourceParts } from './resource.js';

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
const shelf = resourceParts('supermarket', villageParams, supermarketGoodsSchema);

export const getSupermarketShelf = defineRoute({
  id: 'getSupermarketShelf',
  method: 'GET',
  path: '/v1/villages/{villageId}/supermarket/goods',
  summary: 'The love supermarket shelf: goods, prices in points, stock and donors (anonymous donors unnamed)',
  ...publicRead,
  ...shelf,
  response: z.looseObject({ villageId: idSchema, items: z.array(supermarketGoodsSchema), asOf: dateSchema }),
});

export const createSupermarketGoods = defineRoute({
  id: 'createSupermarketGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/goods',
  summary: 'Put new goods on the shelf (storekeeper or cadre); a first stock counts as a restock, or a donation when a donor is named',
  ...signedInCreate(desk),
  ...shelf,
  body: newGoodsSchema,
  publishes: true,
});

/** One kind of goods on the shelf: a change answers with the goods as they now stand. */
const goods = resourceParts('supermarket', villageResourceParams('goodsId'), supermarketGoodsSchema);

export const changeSupermarketGoods = defineRoute({
  id: 'changeSupermarketGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/goods/{goodsId}/changes',
  summary: 'Change the price, photo, name or shelf status of goods (stock changes only through restocks, donations and redemptions)',
  ...signedInChange(200, desk),
  ...goods,
  body: goodsChangeSchema,
  publishes: true,
});

export const restockSupermarketGoods = defineRoute({
  id: 'restockSupermarketGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/goods/{goodsId}/restocks',
  summary: 'Add bought-in stock to goods',
  ...signedInCreate(desk),
  ...goods,
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

export const listSupermarketDonations = defineRoute({
  id: 'listSupermarketDonations',
  method: 'GET',
  path: '/v1/villages/{villageId}/supermarket/donations',
  summary: 'The public thank-you list of donations to the love supermarket for a year (newest first)',
  ...publicRead,
  ...shelf,
  response: z.looseObject({ villageId: idSchema, year: z.string(), items: z.array(donationSchema) }),
  query: z.object({ year: z.optional(z.string().check(z.regex(/^\d{4}$/))) }),
});

export const recordSupermarketDonation = defineRoute({
  id: 'recordSupermarketDonation',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/donations',
  summary: 'Record a donation of goods (added to their stock) and/or money, with the donor as they wish to be thanked',
  ...signedInCreate(desk),
  ...shelf,
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

export const redeemGoods = defineRoute({
  id: 'redeemGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/redemptions',
  summary: "Redeem a cart of shelf goods against a household's points: balance check and stock decrement in one transaction",
  ...signedInCreate(desk),
  ...shelf,
  body: z.object({ householdId: idSchema, items: cartSchema }),
  response: supermarketReceiptSchema,
});

export const getSupermarketReceipt = defineRoute({
  id: 'getSupermarketReceipt',
  method: 'GET',
  path: '/v1/villages/{villageId}/households/{householdId}/supermarket/receipts/{receiptNumber}',
  summary: "A household's redemption receipt: for the household itself, the keeper, cadres and the supervisor",
  ...personalRead({ roles: ['storekeeper', 'cadre', 'supervisor'], relation: 'household' }),
  tags: ['supermarket'],
  params: villageResourceParams('householdId', 'receiptNumber'),
  response: supermarketReceiptSchema,
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

export const getSupermarketReconciliation = defineRoute({
  id: 'getSupermarketReconciliation',
  method: 'GET',
  path: '/v1/villages/{villageId}/supermarket/reconciliations/{month}',
  summary: 'Monthly stock and points reconciliation for the supervisor: opening + restocks + donations − redeemed = closing',
  ...signedInRead(supervisorsAndCadres),
  tags: ['supermarket'],
  params: z.object({ villageId: idSchema, month: monthKeySchema }),
  response: supermarketReconciliationSchema,
});
