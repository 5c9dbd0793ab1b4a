import type { CalendarDate } from '../calendar/date.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { PointsBalance } from './balance.js';
import type { PointsRule } from './catalogue.js';
import { countsOn, type LedgerEntry } from './entry.js';
import type { PointsSettings } from './settings.js';

/** A penalty that bars a household from redeeming (see `redemptionBanYears`). */
export interface RedemptionBan {
  readonly householdId: string;
  /** Day the penalty took effect; the ban covers its calendar year and the following ones. */
  readonly imposedOn: CalendarDate;
  /** The entry that caused it, when it came from the ledger. */
  readonly entryId?: string | undefined;
}

/**
 * Bans that follow from the ledger: every entry under a rule marked `bansRedemption` that counts on
 * `asOf`. A revoked penalty lifts its ban.
 */
export function redemptionBansFrom(
  entries: readonly LedgerEntry[],
  catalogue: { readonly rules: readonly PointsRule[] },
  asOf: CalendarDate,
): RedemptionBan[] {
  const banning = new Set(catalogue.rules.filter((one) => one.bansRedemption).map((one) => one.code));
  return entries
    .filter((entry) => banning.has(entry.ruleCode) && countsOn(entry, asOf))
    .map((entry) => ({ householdId: entry.householdId, imposedOn: entry.effectiveOn ?? asOf, entryId: entry.id }));
}

/** Last day a ban bars redemption (31 December of its last year), or null when bans are switched off. */
export function banEndsOn(
  ban: Pick<RedemptionBan, 'imposedOn'>,
  settings: Pick<PointsSettings, 'redemptionBanYears'>,
): CalendarDate | null {
  if (settings.redemptionBanYears === 0) return null;
  const year = Number(ban.imposedOn.slice(0, 4)) + settings.redemptionBanYears - 1;
  return `${String(Math.min(year, 9999)).padStart(4, '0')}-12-31`;
}

/** The latest end among the household's bans in force on `date`, or null when it may redeem. */
export function bannedUntil(
  bans: readonly RedemptionBan[],
  householdId: string,
  date: CalendarDate,
  settings: Pick<PointsSettings, 'redemptionBanYears'>,
): CalendarDate | null {
  let until: CalendarDate | null = null;
  for (const ban of bans) {
    if (ban.householdId !== householdId || ban.imposedOn > date) continue;
    const end = banEndsOn(ban, settings);
    if (end !== null && end >= date && (until === null || end > until)) until = end;
  }
  return until;
}

/** 'goods' and 'vouchers' are exchanges; 'cash' exists only so a request for cash gets a clear refusal. */
export type RedemptionRequestKind = 'goods' | 'vouchers' | 'cash';

/**
 * A redemption to check: the household, the day, its balance then, and the goods, vouchers or cash top-up asked
 * for.
 */
export interface RedemptionRequest {
  readonly householdId: string;
  readonly date: CalendarDate;
  /** The household's balance on `date` (`balanceAsOf`). */
  readonly balance: Pick<PointsBalance, 'total' | 'redeemable'>;
  readonly kind: RedemptionRequestKind;
  /** Price of the goods in points (or give `items`). */
  readonly amountPoints?: number | undefined;
  readonly items?: readonly { readonly pricePoints: number; readonly quantity: number }[] | undefined;
  /** Vouchers asked for, by value in points (kind 'vouchers'). */
  readonly vouchers?: readonly number[] | undefined;
  /** Cash the household offers for the points it lacks, in fen (only where `allowCashTopUp`). */
  readonly cashTopUpFen?: number | undefined;
  readonly bans?: readonly RedemptionBan[] | undefined;
  readonly settings: Pick<PointsSettings, 'baseScore' | 'pointValueFen' | 'voucherDenominations' | 'allowCashTopUp' | 'redemptionBanYears'>;
}

/** What an accepted exchange costs. */
export interface RedemptionPlan {
  /** Points to take off the balance (the `points` of the Redemption record). */
  readonly pointsSpent: number;
  /** Cash to collect on top, in fen (0 unless topping up). */
  readonly cashTopUpFen: number;
  /** Value of the goods or vouchers handed over, in fen. */
  readonly valueFen: number;
  readonly redeemableAfter: number;
}

function yuan(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

function positiveWhole(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0;
}

function costOf(request: RedemptionRequest): Result<number> {
  const { settings } = request;
  if (request.kind === 'vouchers') {
    const vouchers = request.vouchers ?? [];
    if (vouchers.length === 0) return fail('points.redemption.invalidAmount', undefined, ['vouchers']);
    let sum = 0;
    for (const [index, value] of vouchers.entries()) {
      if (!settings.voucherDenominations.includes(value)) {
        return fail('points.redemption.invalidVoucher', { denomination: value, allowed: settings.voucherDenominations.join(', ') }, [
          'vouchers',
          index,
        ]);
      }
      sum += value;
    }
    return ok(sum);
  }
  if (request.amountPoints !== undefined) {
    return positiveWhole(request.amountPoints)
      ? ok(request.amountPoints)
      : fail('points.redemption.invalidAmount', undefined, ['amountPoints']);
  }
  const items = request.items ?? [];
  let sum = 0;
  for (const [index, item] of items.entries()) {
    if (!positiveWhole(item.pricePoints) || !positiveWhole(item.quantity))
      return fail('points.redemption.invalidAmount', undefined, ['items', index]);
    sum += item.pricePoints * item.quantity;
  }
  return positiveWhole(sum) ? ok(sum) : fail('points.redemption.invalidAmount', undefined, ['items']);
}

/**
 * Whether an exchange may go ahead, and what it costs. Refusals, in the order they are checked:
 * cash out (never: points buy goods, domain guide §1), a penalty ban, a bad amount or voucher value,
 * a debt, dipping into the base score, not enough points (unless the village allows a cash top-up and
 * enough cash is offered). The balance never goes below zero through a redemption.
 */
export function checkRedemption(request: RedemptionRequest): Result<RedemptionPlan> {
  const { settings, balance } = request;
  if (request.kind === 'cash') return fail('points.redemption.noCashOut', undefined, ['kind']);
  const until = bannedUntil(request.bans ?? [], request.householdId, request.date, settings);
  if (until !== null) return fail('points.redemption.banned', { until });
  const cost = costOf(request);
  if (!cost.ok) return cost;
  const needed = cost.value;
  const available = balance.redeemable;
  if (available < 0) return fail('points.redemption.inDebt', { debt: -available });
  if (needed <= available) {
    return ok({ pointsSpent: needed, cashTopUpFen: 0, valueFen: needed * settings.pointValueFen, redeemableAfter: available - needed });
  }
  // Only goods can be part-paid in cash; vouchers stand for points the household actually has.
  if (request.kind === 'goods' && settings.allowCashTopUp && available > 0) {
    const owedFen = (needed - available) * settings.pointValueFen;
    if ((request.cashTopUpFen ?? 0) < owedFen) return fail('points.redemption.topUpTooSmall', { yuan: yuan(owedFen) }, ['cashTopUpFen']);
    return ok({ pointsSpent: available, cashTopUpFen: owedFen, valueFen: needed * settings.pointValueFen, redeemableAfter: 0 });
  }
  if (settings.baseScore > 0 && needed <= balance.total)
    return fail('points.redemption.baseNotRedeemable', { base: settings.baseScore, available });
  return fail('points.redemption.insufficient', { needed, available });
}
