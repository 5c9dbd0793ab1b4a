import {
  attachmentIdsSchema,
  consentPurposeSchema,
  entryActions,
  ledgerEntrySchema,
  movements,
  periodKeySchema,
  periodKinds,
  pointsCatalogueSchema,
  pointsSettingsSchema,
  redemptionKinds,
  redemptionSchema,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { personalRead, publicPage, publicRead, signedInChange, signedInCreate } from './answers.js';
import { cadres, cadresAndSupervisors, gridWorkersAndCadres, villageStaff } from './callers.js';
import { dateSchema, idSchema, noteSchema, searchQuery } from './common.js';
import { pointsEntry, villagePoints } from './points-resources.js';
import { villageAt } from './resource.js';

export const getPointsRules = villagePoints.get('/rules', publicRead, {
  id: 'getPointsRules',
  summary: "The village's points rule catalogue and settings",
  response: z.looseObject({ villageId: idSchema, catalogue: pointsCatalogueSchema, settings: pointsSettingsSchema }),
});

export const leaderboardListKinds = ['all', 'red', 'black'] as const;
/** The relative periods a board can be asked for; a period key ('2026-11', '2026-Q4', '2026') is accepted too. */
export const leaderboardPeriods = ['current', 'month', 'quarter', 'year', 'all'] as const;
/** The largest `limit` of one board page (every cursor page of the contract allows 1–200, see `cursorQuery`). */
export const leaderboardMaxLimit = 200;

/** One row of a public board: the name is masked (张*明) unless the household consented (个人信息保护法 Art 25). */
export const leaderboardRowSchema = z.looseObject({
  householdId: idSchema,
  householdNumber: z.string(),
  name: z.string(),
  nameMasked: z.boolean(),
  group: z.optional(z.string()),
  rank: z.int(),
  points: z.int(),
  stars: z.int(),
  movement: z.enum(movements),
  previousRank: z.nullable(z.int()),
  deductions: z.int(),
  badges: z.array(z.string()),
  /** On the black list and on a 帮教 plan (在帮教中): the public sees this flag, never the plan. */
  inMentoring: z.optional(z.boolean()),
});

export const leaderboardSchema = pageWith(leaderboardRowSchema, {
  villageId: idSchema,
  period: periodKeySchema,
  periodKind: z.enum([...periodKinds, 'all']),
  category: z.nullable(z.string()),
  list: z.enum(leaderboardListKinds),
  /** When the village has switched its black list off, `list=black` answers an empty page with this false. */
  blackListEnabled: z.boolean(),
  totalHouseholds: z.int(),
  /** Rows in this list after `q` and the list filter: what a virtualized table announces as its row count. */
  total: z.optional(z.int()),
  asOf: dateSchema,
});

export const getLeaderboard = villagePoints.get('/leaderboard', publicPage, {
  id: 'getLeaderboard',
  summary: 'Ranked households for a period, category and list (red/black); public names masked',
  response: leaderboardSchema,
  query: pageQuery({
    period: z.optional(z.union([periodKeySchema, z.enum(leaderboardPeriods)])),
    category: z.optional(z.string().check(z.maxLength(32))),
    list: z.optional(z.enum(leaderboardListKinds)),
    q: searchQuery,
  }),
});

/** A household's score (base + earned − redeemed), what it may spend (total − base) and the base score it still holds. */
export const pointsBalanceSchema = z.looseObject({ total: z.int(), redeemable: z.int(), base: z.int() });

export const householdPointsSchema = z.looseObject({
  householdId: idSchema,
  householdNumber: z.string(),
  name: z.string(),
  balance: pointsBalanceSchema,
  entries: z.array(ledgerEntrySchema),
  redemptions: z.array(redemptionSchema),
  asOf: dateSchema,
});

/** One household's points. */
const householdPoints = villageAt('points', '/households/{householdId}/points', householdPointsSchema);

export const getHouseholdPoints = householdPoints.get(personalRead({ ...villageStaff, relation: 'household' }), {
  id: 'getHouseholdPoints',
  summary: "A household's ledger, balance and redemptions",
  query: z.object({ asOf: z.optional(dateSchema) }),
});

export const declareEntryBodySchema = z.object({
  householdId: idSchema,
  ruleCode: z.string().check(z.minLength(1), z.maxLength(32)),
  occurredOn: dateSchema,
  note: z.optional(noteSchema),
  /** Evidence: ids the attachment store gave the uploaded files (photos, certificates); at most 10. */
  attachmentIds: z.optional(attachmentIdsSchema),
});

export const declarePointsEntry = villagePoints.post('/entries', signedInChange(201, gridWorkersAndCadres), {
  id: 'declarePointsEntry',
  summary: 'Declare a points entry for a household (it then goes through review and public notice)',
  body: declareEntryBodySchema,
  // The note is shown on the public 公示 board while the entry is under notice.
  publishes: true,
});

export const transitionPointsEntry = pointsEntry.post('/transitions', signedInChange(200, cadresAndSupervisors), {
  id: 'transitionPointsEntry',
  summary: 'Review, publicize, approve, object to, reject or revoke an entry',
  body: z.object({ action: z.enum(entryActions), reason: z.optional(noteSchema) }),
});

export const redeemBodySchema = z.object({
  householdId: idSchema,
  kind: z.enum(redemptionKinds),
  amountPoints: z.optional(z.int().check(z.minimum(1))),
  vouchers: z.optional(z.array(z.int().check(z.minimum(1))).check(z.maxLength(50))),
  cashTopUpFen: z.optional(z.int().check(z.minimum(0))),
  note: z.optional(noteSchema),
});

export const redeemPoints = villagePoints.post('/redemptions', signedInCreate(cadres), {
  id: 'redeemPoints',
  summary: 'Redeem points at the village love supermarket (爱心超市)',
  body: redeemBodySchema,
  response: z.looseObject({ redemption: redemptionSchema, balance: pointsBalanceSchema }),
});

/**
 * One consent a household gave to having its name published for one purpose (个人信息保护法 Arts 14, 25),
 * with who recorded it and when, and — once withdrawn (Art 15) — who withdrew it and when. Withdrawn
 * consents stay in the list with `active: false`; a withdrawal takes effect on every board at once.
 */
export const householdConsentSchema = z.looseObject({
  id: idSchema,
  householdId: idSchema,
  purpose: consentPurposeSchema,
  givenBy: z.string(),
  /** ISO-8601 UTC instant. */
  givenAt: z.string(),
  withdrawnBy: z.nullable(z.string()),
  withdrawnAt: z.nullable(z.string()),
  active: z.boolean(),
});

/** A consent is recorded and withdrawn for one purpose at a time. */
const consentBodySchema = z.object({ purpose: consentPurposeSchema });
/** The cadre who keeps a household's consents, or the household itself. */
const cadreOrHousehold = { ...cadres, relation: 'household' } as const;
/** A household's consents: a record or a withdrawal answers with the one consent it concerns. */
const consents = villageAt('points', '/households/{householdId}/consents', householdConsentSchema);

export const listHouseholdConsents = consents.get(personalRead(cadreOrHousehold), {
  id: 'listHouseholdConsents',
  summary: "A household's consents to being named, per purpose, withdrawn ones included",
  response: z.looseObject({ householdId: idSchema, consents: z.array(householdConsentSchema) }),
});

export const recordHouseholdConsent = consents.post(signedInChange(201, cadres), {
  id: 'recordHouseholdConsent',
  summary: "Record a household's separate consent to being named for one purpose (201; 200 with the active record if already given)",
  body: consentBodySchema,
});

export const withdrawHouseholdConsent = consents.post('/withdrawals', signedInChange(200, cadreOrHousehold), {
  id: 'withdrawHouseholdConsent',
  summary: "Withdraw a household's consent for one purpose: the cadre, or the household itself; effective at once",
  body: consentBodySchema,
});
