import { change, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as points from '../../contract/routes/points.js';
import type * as pointsNotice from '../../contract/routes/points-notice.js';

// The references a browser calls (see ../index.ts); each field is checked against the full route by the compiler.
const refs = routeRefs<Pick<typeof points, 'getPointsRules' | 'getLeaderboard' | 'getHouseholdPoints'>>({
  getPointsRules: read('/v1/villages/{villageId}/points/rules'),
  getLeaderboard: read('/v1/villages/{villageId}/points/leaderboard', { paged: true }),
  getHouseholdPoints: read('/v1/villages/{villageId}/households/{householdId}/points'),
});
export const { getPointsRules, getLeaderboard, getHouseholdPoints } = refs;

export const leaderboardListKinds = ['all', 'red', 'black'] as const satisfies typeof points.leaderboardListKinds;
export const leaderboardPeriods = ['current', 'month', 'quarter', 'year', 'all'] as const satisfies typeof points.leaderboardPeriods;
export const leaderboardMaxLimit: typeof points.leaderboardMaxLimit = 200;

// The points process (公示 board, objections, the staff desk): see contract/routes/points-notice.ts.
const processRefs = routeRefs<RoutesOf<typeof pointsNotice>>({
  declareOwnPointsEntry: change('/v1/villages/{villageId}/points/declarations'),
  reviewPointsEntries: change('/v1/villages/{villageId}/points/entries/reviews'),
  listPointsNotices: read('/v1/villages/{villageId}/points/notices', { paged: true }),
  fileObjection: change('/v1/villages/{villageId}/points/entries/{entryId}/objections'),
  listOwnObjections: read('/v1/villages/{villageId}/points/objections/mine'),
  listPointsObjections: read('/v1/villages/{villageId}/points/objections'),
  ruleOnObjection: change('/v1/villages/{villageId}/points/objection-rulings'),
  declareFamilyTies: change('/v1/villages/{villageId}/points/family-ties'),
  listFamilyTies: read('/v1/villages/{villageId}/points/family-ties'),
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
