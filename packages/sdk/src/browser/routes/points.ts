import type { RouteRef } from '../../contract/route-ref.js';
import type * as points from '../../contract/routes/points.js';

// The references a browser calls (see ../index.ts); each field is checked against the full route by the compiler.
export const getPointsRules: RouteRef<typeof points.getPointsRules> = {
  id: 'getPointsRules',
  method: 'GET',
  path: '/v1/villages/{villageId}/points/rules',
  idempotency: 'none',
};
export const getLeaderboard: RouteRef<typeof points.getLeaderboard> = {
  id: 'getLeaderboard',
  method: 'GET',
  path: '/v1/villages/{villageId}/points/leaderboard',
  idempotency: 'none',
  paged: true,
};
export const getHouseholdPoints: RouteRef<typeof points.getHouseholdPoints> = {
  id: 'getHouseholdPoints',
  method: 'GET',
  path: '/v1/villages/{villageId}/households/{householdId}/points',
  idempotency: 'none',
};

export const leaderboardListKinds = ['all', 'red', 'black'] as const satisfies typeof points.leaderboardListKinds;
export const leaderboardPeriods = ['current', 'month', 'quarter', 'year', 'all'] as const satisfies typeof points.leaderboardPeriods;
export const leaderboardMaxLimit: typeof points.leaderboardMaxLimit = 200;
