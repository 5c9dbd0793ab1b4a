import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/index.js';
import type { MessageCode } from '../messages/catalogue.js';
import type { MessageParams } from '../messages/format.js';
import { fen } from '../shared/money.js';
import { fail, issue, ok, type Result, type RuleIssue } from '../shared/result.js';
import { donorSchema, goodsQuantitySchema, validateDonor, type Donor } from './goods.js';

/*
 * The 爱心超市 desk: a cart of goods against a household's points, donations to the shelf, and the monthly
 * stock and points reconciliation the 村务监督委员会 signs off (workflows [000, 001, 002]).
 */

const goodsIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._-]+$/));

/** Most lines in one cart: a household's basket, not a warehouse order. */
export const maxCartLines = 30;
/** Most of one goods in one cart: the keeper hands over an armful, not a pallet. */
export const maxCartQuantity = 99;

/** A {@link CartLine} as the API accepts it: a goods id and a quantity of at least one. */
export const cartLineSchema = z.object({
  goodsId: goodsIdSchema,
  quantity: z.int().check(z.minimum(1), z.maximum(maxCartQuantity)),
});
/** A cart as the API accepts it: one line or more, up to {@link maxCartLines}. */
export const cartSchema = z.array(cartLineSchema).check(z.minLength(1), z.maxLength(maxCartLines));
/** One line of a cart or donation: a goods item and how many. */
export interface CartLine {
  readonly goodsId: string;
  readonly quantity: number;
}

/** What the desk needs of a shelf line to price a cart. */
export interface ShelfLine {
  readonly id: string;
  readonly name: string;
  readonly pricePoints: number;
  readonly stock: number;
  readonly active: boolean;
}

/** One cart line priced: the goods' name, price in points, quantity and line total. */
export interface PricedLine {
  readonly goodsId: string;
  readonly name: string;
  readonly pricePoints: number;
  readonly quantity: number;
  /** pricePoints × quantity. */
  readonly points: number;
}

/** A cart priced from the shelf: its lines and the total in points. */
export interface PricedCart {
  readonly lines: readonly PricedLine[];
  readonly totalPoints: number;
}

/**
 * Prices a cart against the shelf as it stands. Refusals name every line at fault: the same goods twice
 * (`duplicateGoods`), goods not on this village's shelf (`unknownGoods`), and — only when the cart is otherwise
 * sound — more than the stock (`outOfStock`, with what is left), so the keeper can fix the cart in one go.
 */
export function priceCart(cart: readonly CartLine[], shelf: ReadonlyMap<string, ShelfLine>): Result<PricedCart> {
  const problems: RuleIssue[] = [];
  const seen = new Set<string>();
  for (const [index, line] of cart.entries()) {
    const goods = shelf.get(line.goodsId);
    if (seen.has(line.goodsId))
      problems.push(issue('supermarket.cart.duplicateGoods', { goodsId: line.goodsId }, ['items', index, 'goodsId']));
    else if (!goods?.active) problems.push(issue('supermarket.cart.unknownGoods', { goodsId: line.goodsId }, ['items', index, 'goodsId']));
    seen.add(line.goodsId);
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  const lines: PricedLine[] = [];
  for (const [index, line] of cart.entries()) {
    const goods = shelf.get(line.goodsId);
    if (goods === undefined) continue;
    if (line.quantity > goods.stock) {
      problems.push(
        issue('supermarket.cart.outOfStock', { goodsId: line.goodsId, requested: line.quantity, available: Math.max(0, goods.stock) }, [
          'items',
          index,
          'quantity',
        ]),
      );
      continue;
    }
    lines.push({
      goodsId: goods.id,
      name: goods.name,
      pricePoints: goods.pricePoints,
      quantity: line.quantity,
      points: goods.pricePoints * line.quantity,
    });
  }
  if (problems.length > 0) return { ok: false, issues: problems };
  return ok({ lines, totalPoints: lines.reduce((sum, line) => sum + line.points, 0) });
}

/** One thing given to the supermarket: goods onto the shelf, and/or money to buy them (in fen). */
export const donationLineSchema = z.object({ goodsId: goodsIdSchema, quantity: goodsQuantitySchema });
/** A {@link NewDonation} as the API accepts it. */
export const newDonationSchema = z.object({
  donor: donorSchema,
  date: calendarDateSchema,
  items: z.optional(z.array(donationLineSchema).check(z.maxLength(maxCartLines))),
  /** Money given to buy goods, in fen. */
  cashFen: z.optional(fen.check(z.minimum(1), z.maximum(100_000_000))),
  /** Value of the goods as the donor or the keeper put it, in points (for the thank-you list). */
  valuePoints: z.optional(z.int().check(z.minimum(1), z.maximum(10_000_000))),
  note: z.optional(z.string().check(z.maxLength(200))),
});
/** A donation to record: the donor (or anonymous), the day, and the goods given. */
export interface NewDonation {
  readonly donor: Donor;
  readonly date: string;
  readonly items?: readonly CartLine[] | undefined;
  readonly cashFen?: number | undefined;
  readonly valuePoints?: number | undefined;
}

/** A donation gives something (goods or money), names its donor as the donor chose, and is not dated ahead. */
export function checkDonation(donation: NewDonation, today: string): Result<NewDonation> {
  const donor = validateDonor(donation.donor);
  if (donor !== null) return { ok: false, issues: [donor] };
  if ((donation.items ?? []).length === 0 && donation.cashFen === undefined)
    return fail('supermarket.donation.empty', undefined, ['items']);
  if (donation.date > today) return fail('supermarket.donation.futureDate', { date: donation.date }, ['date']);
  const seen = new Set<string>();
  for (const [index, line] of (donation.items ?? []).entries()) {
    if (seen.has(line.goodsId)) return fail('supermarket.cart.duplicateGoods', { goodsId: line.goodsId }, ['items', index, 'goodsId']);
    seen.add(line.goodsId);
  }
  return ok(donation);
}

/** A calendar month, `2026-11`. */
export const monthKeySchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));

/** How one goods moved in a month, from the stock ledger, and what its stock column says at the month's end. */
export interface StockMonth {
  readonly goodsId: string;
  readonly name: string;
  /** Sum of all movements before the month. */
  readonly opening: number;
  readonly restocked: number;
  readonly donated: number;
  readonly redeemed: number;
  /** The stock on record at the end of the month: the goods' stock now, less what moved after the month. */
  readonly recordedClosing: number;
}

/** One item's month ({@link StockMonth}) with the closing its movements give and whether it matches the record. */
export interface StockLine extends StockMonth {
  /** opening + restocked + donated − redeemed. */
  readonly expectedClosing: number;
  readonly balanced: boolean;
}

/** A mismatch the monthly reconciliation found (stock or points), coded like an issue. */
export interface ReconciliationFinding {
  readonly code: MessageCode;
  readonly params: MessageParams;
  readonly goodsId?: string | undefined;
}

/**
 * A month of the 爱心超市 reconciled: each item's stock, the points the receipts and the ledger add up to, the
 * mismatches.
 */
export interface MonthReconciliation {
  readonly lines: readonly StockLine[];
  /** Points the month's receipts add up to (sum of line price × quantity). */
  readonly receiptPoints: number;
  /** Points the month's goods redemptions took off the households' balances. */
  readonly ledgerPoints: number;
  readonly findings: readonly ReconciliationFinding[];
  readonly balanced: boolean;
}

/**
 * The supervisor's monthly check (民主理财, workflows [000]): for each goods, opening stock + restocks + donations −
 * redeemed must equal the closing stock on record, no stock may go below zero, and the points the receipts list
 * must equal the points taken off the households' balances. Every difference is a finding.
 */
export function reconcileMonth(
  stock: readonly StockMonth[],
  points: { readonly receiptPoints: number; readonly ledgerPoints: number },
): MonthReconciliation {
  const findings: ReconciliationFinding[] = [];
  const lines = stock.map((one): StockLine => {
    const expectedClosing = one.opening + one.restocked + one.donated - one.redeemed;
    const balanced = expectedClosing === one.recordedClosing;
    if (!balanced)
      findings.push({
        code: 'supermarket.reconcile.stockMismatch',
        params: { goodsId: one.goodsId, expected: expectedClosing, recorded: one.recordedClosing },
        goodsId: one.goodsId,
      });
    if (one.recordedClosing < 0 || expectedClosing < 0)
      findings.push({ code: 'supermarket.reconcile.negativeStock', params: { goodsId: one.goodsId }, goodsId: one.goodsId });
    return { ...one, expectedClosing, balanced };
  });
  if (points.receiptPoints !== points.ledgerPoints)
    findings.push({
      code: 'supermarket.reconcile.pointsMismatch',
      params: { receipts: points.receiptPoints, ledger: points.ledgerPoints },
    });
  return { lines, ...points, findings, balanced: findings.length === 0 };
}
