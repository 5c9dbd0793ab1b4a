import { routeRefs } from '../../contract/route-ref.js';
import type * as points from '../../contract/routes/points.js';

// The staff desk's revocation (<sz-points-desk>, the cadre's panel): one step on an effective entry (revoke, with a reason).
const revokeRefs = routeRefs<Pick<typeof points, 'transitionPointsEntry'>>({
  transitionPointsEntry: ['POST', '/v1/villages/{villageId}/points/entries/{entryId}/transitions', 'optional'],
});
export const { transitionPointsEntry } = revokeRefs;
