import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as points from '../../contract/routes/points.js';
import type * as pointsDesk from '../../contract/routes/points-desk.js';

// The staff desk's references (<sz-points-desk>): its queues and household search, and the staff declaration.
const deskRefs = routeRefs<RoutesOf<typeof pointsDesk>>({
  listPointsEntries: ['GET', '/v1/villages/{villageId}/points/entries', 'none', { paged: true }],
  findHouseholds: ['GET', '/v1/villages/{villageId}/households', 'none'],
  listOwnPointsEntries: ['GET', '/v1/villages/{villageId}/points/my-entries', 'none', { paged: true }],
});
export const { listPointsEntries, findHouseholds } = deskRefs;
// The villager's side of the desk: their own household's entries in every state.
export const { listOwnPointsEntries } = deskRefs;

const declareRefs = routeRefs<Pick<typeof points, 'declarePointsEntry'>>({
  declarePointsEntry: ['POST', '/v1/villages/{villageId}/points/entries', 'optional'],
});
export const { declarePointsEntry } = declareRefs;
