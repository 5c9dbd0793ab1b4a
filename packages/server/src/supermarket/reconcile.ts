import { endOfMonth, formatMessage, reconcileMonth, type Locale, type StockMonth } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { villageRowsDuring } from '../db/village-row.js';
import { shelfOf, type ReceiptDocument } from './store.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The supervisor's monthly reconciliation of one village, computed from what is stored: the stock moves (the
 * ledger), the shelf's stock column (the record), the receipts and the `redemptions` rows they wrote. Findings
 * are localized for the caller; the rules' `reconcileMonth` decides what does not add up.
 */
export async function monthlyReconciliation(db: Db, villageId: string, month: string, locale: Locale) {
  const from = `${month}-01`;
  const to = endOfMonth(from);
  const goods = (await shelfOf(db, villageId, true)).filter((row) => row.created_on <= to);
  const moves = await db
    .selectFrom('supermarket_stock_moves')
    .select(['goods_id', 'date', 'kind', 'quantity'])
    .where('village_id', '=', villageId)
    .execute();
  const stock: StockMonth[] = goods.map((row) => {
    const mine = moves.filter((move) => move.goods_id === row.id);
    const within = mine.filter((move) => move.date >= from && move.date <= to);
    const sum = (list: typeof mine) => list.reduce((total, move) => total + move.quantity, 0);
    return {
      goodsId: row.id,
      name: row.name,
      opening: sum(mine.filter((move) => move.date < from)),
      restocked: sum(within.filter((move) => move.kind === 'restock')),
      donated: sum(within.filter((move) => move.kind === 'donation')),
      redeemed: -sum(within.filter((move) => move.kind === 'redemption')),
      recordedClosing: row.stock - sum(mine.filter((move) => move.date > to)),
    };
  });
  const receipts = await villageRowsDuring(db, 'supermarket_receipts', 'date', villageId, from, to).select(['id', 'doc']).execute();
  // What the receipts list, line by line (not their stored total), against what the balances were charged.
  const receiptPoints = receipts
    .map((row) => JSON.parse(row.doc) as ReceiptDocument)
    .reduce((total, receipt) => total + receipt.lines.reduce((sum, line) => sum + line.pricePoints * line.quantity, 0), 0);
  const ids = receipts.map((row) => row.id);
  const charged =
    ids.length === 0
      ? []
      : await db.selectFrom('redemptions').select(['points']).where('village_id', '=', villageId).where('id', 'in', ids).execute();
  const ledgerPoints = charged.reduce((total, row) => total + row.points, 0);
  const result = reconcileMonth(stock, { receiptPoints, ledgerPoints });
  return {
    villageId,
    month,
    lines: result.lines.map(({ goodsId, name, opening, restocked, donated, redeemed, expectedClosing, recordedClosing, balanced }) => ({
      goodsId,
      name,
      opening,
      restocked,
      donated,
      redeemed,
      expectedClosing,
      recordedClosing,
      balanced,
    })),
    receiptPoints,
    ledgerPoints,
    redemptions: receipts.length,
    findings: result.findings.map((finding) => ({
      code: finding.code,
      message: formatMessage(finding.code, locale, finding.params),
      ...(finding.goodsId === undefined ? {} : { goodsId: finding.goodsId }),
    })),
    balanced: result.balanced,
  };
}
