import { change, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as points from '../../contract/routes/points.js';
import type * as pointsDesk from '../../contract/routes/points-desk.js';

// The staff desk's references (<sz-points-desk>): its queues and household search, and the staff declaration.
const deskRefs = routeRefs<RoutesOf<typeof pointsDesk>>({
  listPointsEntries: read('/v1/villages/{villageId}/points/entries', { paged: true }),
  findHouseholds: read('/v1/villages/{villageId}/households'),
  listOwnPointsEntries: read('/v1/villages/{villageId}/points/my-entries', { paged: true }),
});
export const { listPointsEntries, findHouseholds } = deskRefs;
// The villager's side of the desk: their own household's entries in every state.
export const { listOwnPointsEntries } = deskRefs;

const declareRefs = routeRefs<Pick<typeof points, 'declarePointsEntry'>>({
  declarePointsEntry: change('/v1/villages/{villageId}/points/entries'),
});
export const { declarePointsEntry } = declareRefs;
