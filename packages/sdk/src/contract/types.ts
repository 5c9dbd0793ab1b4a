/**
 * Named types for what the routes answer, so an application can write `function Row(props: { row: LeaderboardRow })`
 * without spelling `PageItem<typeof getLeaderboard>`. Every one is derived from a route's response schema (nothing
 * is typed twice) and has only the contract's fields: no index signature, so `row.pionts` does not compile, while the
 * client still accepts responses that carry extra fields.
 */
import type { Output, PageItem, RouteOutput } from './route.js';
import type { getHealth } from './routes/system.js';
import type { listRegions } from './routes/regions.js';
import type {
  getHouseholdPoints,
  getLeaderboard,
  getPointsRules,
  listHouseholdConsents,
  recordHouseholdConsent,
  redeemPoints,
  declarePointsEntry,
} from './routes/points.js';
import type { askAboutDisclosure, getDisclosure, getDisclosureCompliance, listDisclosures } from './routes/disclosure.js';
import type { getMediationCase, submitMediationIntake, triageResultSchema } from './routes/mediation.js';
import type { checkEligibility, getService, listServices, requestProxyService } from './routes/services.js';

type Item<T> = T extends readonly (infer I)[] ? I : never;

// System and regions
export type Health = RouteOutput<typeof getHealth>;
export type RegionTree = RouteOutput<typeof listRegions>;
export type County = Item<RegionTree['counties']>;
export type Town = Item<County['towns']>;
export type Village = Item<Town['villages']>;

// Points (积分制)
/** The village's rule catalogue and settings. */
export type PointsRules = RouteOutput<typeof getPointsRules>;
/** One page of a public board (红黑榜), with the period, list and counts it was computed for. */
export type LeaderboardPage = RouteOutput<typeof getLeaderboard>;
/** One household on a board; `name` is masked (张*明) unless the household consented. */
export type LeaderboardRow = PageItem<typeof getLeaderboard>;
/** A household's balance, ledger and redemptions. */
export type HouseholdPoints = RouteOutput<typeof getHouseholdPoints>;
export type PointsBalance = HouseholdPoints['balance'];
/** One entry of a household's ledger, as declared, reviewed and published. */
export type PointsEntry = RouteOutput<typeof declarePointsEntry>;
export type Redemption = Item<HouseholdPoints['redemptions']>;
/** What a redemption at the love supermarket (爱心超市) answers: the redemption and the new balance. */
export type RedemptionReceipt = RouteOutput<typeof redeemPoints>;
/** One consent to being named for one purpose, withdrawn ones included (`active: false`). */
export type HouseholdConsent = RouteOutput<typeof recordHouseholdConsent>;
export type HouseholdConsents = RouteOutput<typeof listHouseholdConsents>;

// Disclosure (村务公开)
/** One page of a village's disclosed items, with the categories and the total. */
export type DisclosurePage = RouteOutput<typeof listDisclosures>;
/** A list row: the current version's headline facts. */
export type DisclosureSummary = PageItem<typeof listDisclosures>;
/** One disclosed item in full: every version, the decision trail, relief lists and the rules' findings. */
export type Disclosure = RouteOutput<typeof getDisclosure>;
export type DisclosureVersion = Item<Disclosure['versions']>;
/** The finance table a version posts (收支明细), reconciled by the rules. */
export type FinanceStatement = NonNullable<DisclosureVersion['finance']>;
export type ReliefList = Item<NonNullable<Disclosure['reliefLists']>>;
export type DisclosureFindings = Disclosure['findings'];
/** Art 30 obligations of a village (村民委员会组织法) and which are overdue. */
export type DisclosureCompliance = RouteOutput<typeof getDisclosureCompliance>;
export type DisclosureObligation = Item<DisclosureCompliance['obligations']>;
/** The receipt of a question about, or an objection to, a disclosed item. */
export type DisclosureQueryReceipt = RouteOutput<typeof askAboutDisclosure>;

// Mediation (人民调解)
/** What the applicant receives: case number, tracking code, triage and dates. */
export type MediationReceipt = RouteOutput<typeof submitMediationIntake>;
export type MediationTriage = Output<typeof triageResultSchema>;
/** A case's status and history, as the applicant (tracking code) or a mediator sees it. */
export type MediationCaseStatus = RouteOutput<typeof getMediationCase>;

// Services (便民服务)
/** One page of a region's service catalogue, with its departments and life events. */
export type ServicePage = RouteOutput<typeof listServices>;
/** A catalogue row, with the pinyin keys for searching in the browser. */
export type ServiceSummary = PageItem<typeof listServices>;
/** The full service guide (办事指南) and the day a result is due if the applicant applied today. */
export type ServiceGuide = RouteOutput<typeof getService>;
export type EligibilityResult = RouteOutput<typeof checkEligibility>;
/** The receipt of a request for the village service station to act on the applicant's behalf (村级代办). */
export type ProxyRequestReceipt = RouteOutput<typeof requestProxyService>;
