import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as points from '../../contract/routes/points.js';
import type * as pointsNotice from '../../contract/routes/points-notice.js';

// The references a browser calls (see ../index.ts); each field is checked against the full route by the compiler.
const refs = routeRefs<Pick<typeof points, 'getPointsRules' | 'getLeaderboard' | 'getHouseholdPoints'>>({
  getPointsRules: ['GET', '/v1/villages/{villageId}/points/rules', 'none'],
  getLeaderboard: ['GET', '/v1/villages/{villageId}/points/leaderboard', 'none', { paged: true }],
  getHouseholdPoints: ['GET', '/v1/villages/{villageId}/households/{householdId}/points', 'none'],
});
export const { getPointsRules, getLeaderboard, getHouseholdPoints } = refs;

export const leaderboardListKinds = ['all', 'red', 'black'] as const satisfies typeof points.leaderboardListKinds;
export const leaderboardPeriods = ['current', 'month', 'quarter', 'year', 'all'] as const satisfies typeof points.leaderboardPeriods;
export const leaderboardMaxLimit: typeof points.leaderboardMaxLimit = 200;

// The points process (公示 board, objections, the staff desk): see contract/routes/points-notice.ts.
const processRefs = routeRefs<RoutesOf<typeof pointsNotice>>({
  declareOwnPointsEntry: ['POST', '/v1/villages/{villageId}/points/declarations', 'optional'],
  reviewPointsEntries: ['POST', '/v1/villages/{villageId}/points/entries/reviews', 'optional'],
  listPointsNotices: ['GET', '/v1/villages/{villageId}/points/notices', 'none', { paged: true }],
  fileObjection: ['POST', '/v1/villages/{villageId}/points/entries/{entryId}/objections', 'optional'],
  listOwnObjections: ['GET', '/v1/villages/{villageId}/points/objections/mine', 'none'],
  listPointsObjections: ['GET', '/v1/villages/{villageId}/points/objections', 'none'],
  ruleOnObjection: ['POST', '/v1/villages/{villageId}/points/objection-rulings', 'optional'],
  declareFamilyTies: ['POST', '/v1/villages/{villageId}/points/family-ties', 'optional'],
  listFamilyTies: ['GET', '/v1/villages/{villageId}/points/family-ties', 'none'],
});
export const {
  declareOwnPointsEntry,
  reviewPointsEntries,
  listPointsNotices,
  fileObjection,
  listOwnObjections,
  listPointsObjections,
  ruleOnObjection,
  declareFamilyTies,
  listFamilyTies,
} = processRefs;
