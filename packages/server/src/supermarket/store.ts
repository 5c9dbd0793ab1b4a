import { shownDonor, type DonorKind, type ShownDonor } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { villageRow } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';
import type { SupermarketGoodsTable } from './schema.js';

/*
 * Rows ↔ documents of the 爱心超市 tables. The shelf's `stock` column and the stock moves are written together,
 * in the request's transaction, so the monthly reconciliation finds them equal unless something went around the API.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** One goods line as the contract sends it. */
export interface GoodsDocument {
  id: string;
  villageId: string;
  name: string;
  unit: string;
  pricePoints: number;
  stock: number;
  photoId: string | null;
  donor: ShownDonor | null;
  active: boolean;
}

export function goodsDocument(row: SupermarketGoodsTable): GoodsDocument {
  return {
    id: row.id,
    villageId: row.village_id,
    name: row.name,
    unit: row.unit,
    pricePoints: row.price_points,
    stock: row.stock,
    photoId: row.photo_id,
    donor: row.donor_kind === null ? null : shownDonor({ kind: row.donor_kind as DonorKind, displayName: row.donor_name ?? undefined }),
    active: row.active === 1,
  };
}

export function goodsRow(goods: GoodsDocument, createdOn: string): SupermarketGoodsTable {
  return {
    id: goods.id,
    village_id: goods.villageId,
    name: goods.name,
    unit: goods.unit,
    price_points: goods.pricePoints,
    stock: goods.stock,
    photo_id: goods.photoId,
    donor_kind: goods.donor?.kind ?? null,
    donor_name: goods.donor?.displayName ?? null,
    active: goods.active ? 1 : 0,
    created_on: createdOn,
  };
}

export const insertGoods = rowWriter('supermarket_goods', (row: SupermarketGoodsTable) => row);

/** The village's shelf in id order (active goods only unless `all`). */
export async function shelfOf(db: Db, villageId: string, all = false): Promise<SupermarketGoodsTable[]> {
  let query = db.selectFrom('supermarket_goods').selectAll().where('village_id', '=', villageId);
  if (!all) query = query.where('active', '=', 1);
  return query.orderBy('id').execute();
}

/** Goods of the village; 404 for goods of another village or none. */
export async function loadGoods(db: Db, villageId: string, goodsId: string): Promise<SupermarketGoodsTable> {
  const row = await villageRow(db, 'supermarket_goods', villageId, goodsId);
  if (!row) throw HttpProblem.of('not-found');
  return row;
}

export type StockMoveKind = 'restock' | 'donation' | 'redemption';

export interface StockMove {
  readonly villageId: string;
  readonly goodsId: string;
  readonly date: string;
  readonly kind: StockMoveKind;
  /** Signed: restocks and donations add, redemptions take away. */
  readonly quantity: number;
  readonly refId: string;
}

export const insertStockMoves = rowWriter('supermarket_stock_moves', (move: StockMove) => ({
  id: `${move.refId}:${move.goodsId}`,
  village_id: move.villageId,
  goods_id: move.goodsId,
  date: move.date,
  kind: move.kind,
  quantity: move.quantity,
  ref_id: move.refId,
}));

/**
 * Adds `quantity` (negative to take away) to the goods' stock, never below zero: false when there was not enough —
 * the guard holds even if two writers ever raced past the cart check.
 */
export async function moveStock(trx: Transaction<Database>, goodsId: string, quantity: number): Promise<boolean> {
  let update = trx
    .updateTable('supermarket_goods')
    .set((eb) => ({ stock: eb('stock', '+', quantity) }))
    .where('id', '=', goodsId);
  if (quantity < 0) update = update.where('stock', '>=', -quantity);
  const result = await update.executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** A donation as the thank-you list shows it (the donor as they chose to be shown) and who recorded it. */
export interface DonationDocument {
  id: string;
  villageId: string;
  date: string;
  donor: ShownDonor;
  items: { goodsId: string; name: string; quantity: number }[];
  cashFen: number | null;
  valuePoints: number | null;
  note?: string;
  recordedBy: string;
}

export const insertDonations = rowWriter('supermarket_donations', (donation: DonationDocument) => ({
  id: donation.id,
  village_id: donation.villageId,
  date: donation.date,
  doc: JSON.stringify(donation),
}));

/** The public copy: without the staff id of whoever recorded it and the keeper's note. */
export function publicDonation(donation: DonationDocument) {
  const { id, villageId, date, donor, items, cashFen, valuePoints } = donation;
  return { id, villageId, date, donor, items, cashFen, valuePoints };
}

/** What a receipt stores: the lines as priced at the desk, the balance after, and the keeper who handed them over. */
export interface ReceiptDocument {
  receiptNumber: string;
  villageId: string;
  householdId: string;
  householdNumber: string;
  householdName: string;
  date: string;
  lines: { goodsId: string; name: string; pricePoints: number; quantity: number; points: number }[];
  totalPoints: number;
  balanceAfter: { total: number; redeemable: number };
  handledBy: string;
}

export const insertReceipts = rowWriter('supermarket_receipts', (receipt: ReceiptDocument) => ({
  id: receipt.receiptNumber,
  village_id: receipt.villageId,
  household_id: receipt.householdId,
  date: receipt.date,
  total_points: receipt.totalPoints,
  doc: JSON.stringify(receipt),
}));
