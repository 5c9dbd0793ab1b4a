import { routeRefs } from '../../contract/route-ref.js';
import type * as points from '../../contract/routes/points.js';

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
