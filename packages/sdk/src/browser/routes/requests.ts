import { change, create, lookUp, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as requests from '../../contract/routes/requests.js';

// 代办 and 点单 requests: staff work them (<sz-request-desk>), villagers order, follow and rate them (<sz-request-status>).
const refs = routeRefs<RoutesOf<typeof requests>>({
  fileOrderRequest: create('/v1/villages/{villageId}/requests'),
  lookUpServiceRequest: lookUp('/v1/villages/{villageId}/requests/{requestId}/lookup'),
  rateServiceRequest: create('/v1/villages/{villageId}/requests/{requestId}/rating'),
  listServiceRequests: read('/v1/villages/{villageId}/requests', { paged: true }),
  getServiceRequest: read('/v1/villages/{villageId}/requests/{requestId}'),
  advanceServiceRequest: change('/v1/villages/{villageId}/requests/{requestId}/steps'),
  addServiceRequestNote: change('/v1/villages/{villageId}/requests/{requestId}/notes'),
  answerRequestFollowUp: change('/v1/villages/{villageId}/requests/{requestId}/follow-up'),
  getRequestRatings: read('/v1/villages/{villageId}/request-ratings'),
});
export const {
  fileOrderRequest,
  lookUpServiceRequest,
  rateServiceRequest,
  listServiceRequests,
  getServiceRequest,
  advanceServiceRequest,
  addServiceRequestNote,
  answerRequestFollowUp,
  getRequestRatings,
} = refs;
