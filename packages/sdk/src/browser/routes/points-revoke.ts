import { change, routeRefs } from '../../contract/route-ref.js';
import type * as points from '../../contract/routes/points.js';

// The staff desk's revocation (<sz-points-desk>, the cadre's panel): one step on an effective entry (revoke, with a reason).
const revokeRefs = routeRefs<Pick<typeof points, 'transitionPointsEntry'>>({
  transitionPointsEntry: change('/v1/villages/{villageId}/points/entries/{entryId}/transitions'),
});
export const { transitionPointsEntry } = revokeRefs;
