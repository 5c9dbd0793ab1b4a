import { issue, type RuleIssue } from '../shared/result.js';
import type { PointsSettings } from './settings-schema.js';

export type { PointsSettings, PointsSettingsInput } from './settings-schema.js';

/** Lengths of a board or cap period; `all` (all-time) exists only for boards, see `periodOf`. */
export const periodKinds = ['month', 'quarter', 'year'] as const;
/** One of {@link periodKinds}. */
export type PeriodKind = (typeof periodKinds)[number];

/** 1, 2, 2, 4 (standard competition, the default) or 1, 2, 2, 3 (dense). */
export const rankingMethods = ['competition', 'dense'] as const;
/** One of {@link rankingMethods}. */
export type RankingMethod = (typeof rankingMethods)[number];

/** Who the black list names: every household with a deduction, or the bottom N of those. */
export const blackListRules = ['deductions', 'bottom'] as const;
/** One of {@link blackListRules}. */
export type BlackListRule = (typeof blackListRules)[number];

/** Whether the balance carries forward for ever or starts again on 1 January. */
export const balanceCarries = ['carryForward', 'resetYearly'] as const;
/** One of {@link balanceCarries}. */
export type BalanceCarry = (typeof balanceCarries)[number];

function strictlyAscending(values: readonly number[]): boolean {
  for (let i = 1; i < values.length; i++) if ((values[i] ?? 0) <= (values[i - 1] ?? 0)) return false;
  return true;
}

/** `points.settings.thresholdsNotAscending` unless the star thresholds strictly ascend. */
export function validateStarThresholds(values: readonly number[]): RuleIssue | null {
  return strictlyAscending(values) ? null : issue('points.settings.thresholdsNotAscending');
}

/** `points.settings.denominationsNotAscending` unless the voucher denominations strictly ascend. */
export function validateVoucherDenominations(values: readonly number[]): RuleIssue | null {
  return strictlyAscending(values) ? null : issue('points.settings.denominationsNotAscending');
}

/**
 * The defaults of every setting, as documented on `pointsSettingsSchema`: what it parses `{}` to, written out
 * so a board that only reads a setting does not bundle zod. A test checks it against
 * `z.parse(pointsSettingsSchema, {})`, so the two cannot drift.
 */
export const defaultPointsSettings: PointsSettings = {
  periodKind: 'month',
  capPeriodKind: 'year',
  balanceCarry: 'carryForward',
  baseScore: 0,
  excludeAtZeroBase: true,
  noticeDays: 7,
  reviewTiers: 2,
  pointValueFen: 100,
  voucherDenominations: [5, 10, 20, 50, 100],
  allowCashTopUp: false,
  redemptionBanYears: 2,
  redListSize: 10,
  blackListEnabled: true,
  blackListRule: 'deductions',
  blackListSize: 10,
  rankingMethod: 'competition',
  starThresholds: [20, 40, 60, 80, 100],
};
