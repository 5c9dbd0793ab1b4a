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
import { personalRead, publicRead, signedInChange } from './answers.js';
import { dateSchema, idSchema, villageParams, villageResourceParams } from './common.js';

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

export const getSupermarketShelf = defineRoute({
  id: 'getSupermarketShelf',
  method: 'GET',
  path: '/v1/villages/{villageId}/supermarket/goods',
  summary: 'The love supermarket shelf: goods, prices in points, stock and donors (anonymous donors unnamed)',
  tags: ['supermarket'],
  params: villageParams,
  response: z.looseObject({ villageId: idSchema, items: z.array(supermarketGoodsSchema), asOf: dateSchema }),
  ...publicRead,
});

export const createSupermarketGoods = defineRoute({
  id: 'createSupermarketGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/goods',
  summary: 'Put new goods on the shelf (storekeeper or cadre); a first stock counts as a restock, or a donation when a donor is named',
  tags: ['supermarket'],
  params: villageParams,
  body: newGoodsSchema,
  response: supermarketGoodsSchema,
  status: 201,
  access: desk,
  idempotency: 'required',
  publishes: true,
});

export const changeSupermarketGoods = defineRoute({
  id: 'changeSupermarketGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/goods/{goodsId}/changes',
  summary: 'Change the price, photo, name or shelf status of goods (stock changes only through restocks, donations and redemptions)',
  tags: ['supermarket'],
  params: villageResourceParams('goodsId'),
  body: goodsChangeSchema,
  response: supermarketGoodsSchema,
  ...signedInChange(200, desk),
  publishes: true,
});

export const restockSupermarketGoods = defineRoute({
  id: 'restockSupermarketGoods',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/goods/{goodsId}/restocks',
  summary: 'Add bought-in stock to goods',
  tags: ['supermarket'],
  params: villageResourceParams('goodsId'),
  body: restockSchema,
  response: supermarketGoodsSchema,
  status: 201,
  access: desk,
  idempotency: 'required',
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
  tags: ['supermarket'],
  params: villageParams,
  query: z.object({ year: z.optional(z.string().check(z.regex(/^\d{4}$/))) }),
  response: z.looseObject({ villageId: idSchema, year: z.string(), items: z.array(donationSchema) }),
  ...publicRead,
});

export const recordSupermarketDonation = defineRoute({
  id: 'recordSupermarketDonation',
  method: 'POST',
  path: '/v1/villages/{villageId}/supermarket/donations',
  summary: 'Record a donation of goods (added to their stock) and/or money, with the donor as they wish to be thanked',
  tags: ['supermarket'],
  params: villageParams,
  body: newDonationSchema,
  response: donationSchema,
  status: 201,
  access: desk,
  idempotency: 'required',
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
  tags: ['supermarket'],
  params: villageParams,
  body: z.object({ householdId: idSchema, items: cartSchema }),
  response: supermarketReceiptSchema,
  status: 201,
  access: desk,
  idempotency: 'required',
});

export const getSupermarketReceipt = defineRoute({
  id: 'getSupermarketReceipt',
  method: 'GET',
  path: '/v1/villages/{villageId}/households/{householdId}/supermarket/receipts/{receiptNumber}',
  summary: "A household's redemption receipt: for the household itself, the keeper, cadres and the supervisor",
  tags: ['supermarket'],
  params: villageResourceParams('householdId', 'receiptNumber'),
  response: supermarketReceiptSchema,
  ...personalRead({ roles: ['storekeeper', 'cadre', 'supervisor'], relation: 'household' }),
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
  tags: ['supermarket'],
  params: z.object({ villageId: idSchema, month: monthKeySchema }),
  response: supermarketReconciliationSchema,
  status: 200,
  access: { roles: ['supervisor', 'cadre'] },
  idempotency: 'none',
});
