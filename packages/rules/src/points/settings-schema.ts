import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { ruleCapSchema } from './catalogue.js';
import {
  balanceCarries,
  blackListRules,
  periodKinds,
  rankingMethods,
  validateStarThresholds,
  validateVoucherDenominations,
} from './settings.js';

/**
 * A village's points settings. Schemes differ from village to village (domain guide §1), so every
 * number lives here with a default taken from published schemes; nothing below is a constant in code.
 */
export const pointsSettingsSchema = z.object({
  /** The period the red and black boards rank by. Default 'month' (boards are posted monthly). */
  periodKind: z._default(z.enum(periodKinds), 'month'),
  /** The period rule caps and `periodAwardCap` count in. Default 'year'. */
  capPeriodKind: z._default(z.enum(periodKinds), 'year'),
  /** 'carryForward' (default): points never expire. 'resetYearly': the balance starts again each 1 January. */
  balanceCarry: z._default(z.enum(balanceCarries), 'carryForward'),
  /**
   * A base score every household starts with (each year when resetting). It counts in the total but can
   * never be redeemed; deductions eat into it. Default 0 (no base score).
   */
  baseScore: z._default(z.int().check(z.minimum(0), z.maximum(100000)), 0),
  /**
   * With a base score: a household whose total has fallen to 0 or below (its base used up by deductions)
   * gets no rewards — no red list, no stars. Default true; has no effect when `baseScore` is 0.
   */
  excludeAtZeroBase: z._default(z.boolean(), true),
  /** Cap for rules that have none of their own. Default: none (uncapped). */
  defaultRuleCap: z.optional(ruleCapSchema),
  /** Most award points one household can earn across all rules in one cap period. Default: none. */
  periodAwardCap: z.optional(z.int().check(z.minimum(1))),
  /** Days an entry stays on the public notice board (公示) before it can take effect. Default 7 calendar days. */
  noticeDays: z._default(z.int().check(z.minimum(1), z.maximum(90)), 7),
  /**
   * How many reviews an entry passes before 公示. Default 2: 网格员 初审 (first review), then 村两委 审核 (second
   * review), as the seed documents' process and most published schemes have it. 1: a village without grid workers
   * (or one that lets the committee review alone) sends a submitted entry straight to the committee. Local practice,
   * not statute: 村民委员会组织法 leaves the procedure to the village's own rules (村规民约, Art 27).
   */
  reviewTiers: z._default(z.union([z.literal(1), z.literal(2)]), 2),
  /** Value of one point in goods, in fen. Default 100 (1 point ≈ ¥1, the common rate). */
  pointValueFen: z._default(z.int().check(z.minimum(1), z.maximum(1000000)), 100),
  /** Voucher values in points, small to large. Default 5, 10, 20, 50, 100. */
  voucherDenominations: z._default(
    z.array(z.int().check(z.minimum(1))).check(z.minLength(1), z.maxLength(20), ruleCheck(validateVoucherDenominations)),
    [5, 10, 20, 50, 100],
  ),
  /** Whether a household short of points may pay the rest of a purchase in cash. Default false. */
  allowCashTopUp: z._default(z.boolean(), false),
  /**
   * Calendar years a penalty bars redemption, counting the year of the penalty. Default 2 (the current
   * and the next year, as in one published penalty clause); 0 switches bans off.
   */
  redemptionBanYears: z._default(z.int().check(z.minimum(0), z.maximum(10)), 2),
  /** How many households the red list (红榜) honours; ties at the cut-off are all included. Default 10. */
  redListSize: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 10),
  /**
   * Whether the black list (黑榜) is published. Default true because most schemes have one, but a
   * village may switch it off: naming people is processing personal information (个人信息保护法 Art 25),
   * and boards show masked names unless the household consented.
   */
  blackListEnabled: z._default(z.boolean(), true),
  /** 'deductions' (default): every household with a deduction in the period. 'bottom': the lowest `blackListSize` of those. */
  blackListRule: z._default(z.enum(blackListRules), 'deductions'),
  /** Size of the black list under the 'bottom' rule; ties at the cut-off are all included. Default 10. */
  blackListSize: z._default(z.int().check(z.minimum(1), z.maximum(1000)), 10),
  /** Ranking method; default 'competition' (1, 2, 2, 4), the convention for tied scores. */
  rankingMethod: z._default(z.enum(rankingMethods), 'competition'),
  /**
   * Points needed for 1, 2, … stars (星级文明户), low to high. Default 20, 40, 60, 80, 100 (five stars),
   * measured on the board period's total.
   */
  starThresholds: z._default(z.array(z.int()).check(z.maxLength(10), ruleCheck(validateStarThresholds)), [20, 40, 60, 80, 100]),
});
/** A value parsed by {@link pointsSettingsSchema}. */
export type PointsSettings = z.output<typeof pointsSettingsSchema>;
/** What {@link pointsSettingsSchema} accepts, before defaults are filled in. */
export type PointsSettingsInput = z.input<typeof pointsSettingsSchema>;

/** Defaults with some settings changed; throws on an invalid value (use `validate` for user input). */
export function pointsSettings(overrides: PointsSettingsInput = {}): PointsSettings {
  return z.parse(pointsSettingsSchema, overrides);
}
