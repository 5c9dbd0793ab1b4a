import * as z from 'zod/mini';
import { calendarDateSchema, type CalendarDate } from '../calendar/index.js';
import { fen } from '../shared/money.js';
import type { PointsRule } from './catalogue.js';
import { periodTotals } from './aggregate.js';
import type { LedgerEntry } from './entry.js';
import { periodOf } from './period.js';
import type { PointsSettings } from './settings.js';

/** Goods from the love supermarket, or vouchers that are spent there later. Never cash (see `checkRedemption`). */
export const redemptionKinds = ['goods', 'vouchers'] as const;
/** One of {@link redemptionKinds}. */
export type RedemptionKind = (typeof redemptionKinds)[number];

/** One exchange of points at the love supermarket (爱心超市). */
export const redemptionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  householdId: z.string().check(z.minLength(1), z.maxLength(64)),
  date: calendarDateSchema,
  /** Points taken off the balance. */
  points: z.int().check(z.minimum(1)),
  kind: z.enum(redemptionKinds),
  /** Cash the household paid on top, where the village allows it (`allowCashTopUp`). */
  cashTopUpFen: z.optional(fen.check(z.minimum(0))),
  note: z.optional(z.string().check(z.maxLength(500))),
});
/** A redemption as recorded: a value parsed by {@link redemptionSchema}. */
export type Redemption = Readonly<z.output<typeof redemptionSchema>>;

/** A household's points on a day: earned, redeemed, the score, the base score it still holds, and what it may spend. */
export interface PointsBalance {
  readonly householdId: string;
  readonly asOf: CalendarDate;
  /** Net points of effective entries in scope, after caps (all time, or this year when resetting yearly). */
  readonly earned: number;
  /** Points spent in scope. */
  readonly redeemed: number;
  /** The score: base score + earned − redeemed. */
  readonly total: number;
  /** The part of the base score the household still holds (deductions eat into it). */
  readonly base: number;
  /**
   * What may be spent: total − base score. Negative means a debt — after deductions, or when an entry
   * that was already spent is revoked — and nothing can be redeemed until it is made up.
   */
  readonly redeemable: number;
  /** False for a household at zero base score when the village excludes those from rewards. */
  readonly rewardEligible: boolean;
}

/** The settings a balance depends on: carry-over, base score, exclusion at zero base, and the caps. */
export type BalanceSettings = Pick<
  PointsSettings,
  'balanceCarry' | 'baseScore' | 'excludeAtZeroBase' | 'capPeriodKind' | 'defaultRuleCap' | 'periodAwardCap'
>;

/** A balance from its parts; the single place the balance arithmetic lives. */
export function composeBalance(
  householdId: string,
  asOf: CalendarDate,
  earned: number,
  redeemed: number,
  settings: BalanceSettings,
): PointsBalance {
  const total = settings.baseScore + earned - redeemed;
  return {
    householdId,
    asOf,
    earned,
    redeemed,
    total,
    base: Math.max(0, Math.min(settings.baseScore, total)),
    redeemable: total - settings.baseScore,
    rewardEligible: !(settings.excludeAtZeroBase && settings.baseScore > 0 && total <= 0),
  };
}

function inScope(date: CalendarDate, asOf: CalendarDate, settings: BalanceSettings): boolean {
  if (date > asOf) return false;
  // A yearly reset only looks at this calendar year; 'YYYY-' prefixes compare as years.
  return settings.balanceCarry === 'carryForward' || date.slice(0, 4) === asOf.slice(0, 4);
}

/**
 * Balances of many households on one day. Only effective entries count (effective on or before the day,
 * not revoked by then), with caps applied; redemptions on or before the day are subtracted.
 */
export function balancesAsOf(
  entries: readonly LedgerEntry[],
  redemptions: readonly Redemption[],
  asOf: CalendarDate,
  settings: BalanceSettings,
  catalogue: { readonly rules: readonly PointsRule[] },
  householdIds: readonly string[] = [],
): Map<string, PointsBalance> {
  const period = settings.balanceCarry === 'resetYearly' ? periodOf(asOf, 'year') : 'all';
  const spentBy = new Map<string, number>();
  for (const one of redemptions) {
    if (inScope(one.date, asOf, settings)) spentBy.set(one.householdId, (spentBy.get(one.householdId) ?? 0) + one.points);
  }
  const listed = new Set(householdIds);
  const ids = [...householdIds, ...[...spentBy.keys()].filter((id) => !listed.has(id))];
  const totals = periodTotals(entries, period, { settings, catalogue, asOf, householdIds: ids });
  const balances = new Map<string, PointsBalance>();
  for (const [i, householdId] of totals.householdIds.entries()) {
    balances.set(householdId, composeBalance(householdId, asOf, totals.totals[i] ?? 0, spentBy.get(householdId) ?? 0, settings));
  }
  return balances;
}

/**
 * The balance of one household on one day: `entries` and `redemptions` must all be that household's
 * (a RangeError otherwise, because mixing households is a caller's bug that would misstate a balance).
 */
export function balanceAsOf(
  entries: readonly LedgerEntry[],
  redemptions: readonly Redemption[],
  asOf: CalendarDate,
  settings: BalanceSettings,
  catalogue: { readonly rules: readonly PointsRule[] },
  householdId?: string,
): PointsBalance {
  const ids = new Set([...entries.map((entry) => entry.householdId), ...redemptions.map((one) => one.householdId)]);
  if (householdId !== undefined) ids.add(householdId);
  if (ids.size > 1) throw new RangeError(`balanceAsOf needs one household's ledger, got ${[...ids].join(', ')}`);
  const id = [...ids][0] ?? '';
  return balancesAsOf(entries, redemptions, asOf, settings, catalogue, [id]).get(id) ?? composeBalance(id, asOf, 0, 0, settings);
}
