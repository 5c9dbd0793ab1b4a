import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as requests from '../../contract/routes/requests.js';

// 代办 and 点单 requests: staff work them (<sz-request-desk>), villagers order, follow and rate them (<sz-request-status>).
const refs = routeRefs<RoutesOf<typeof requests>>({
  fileOrderRequest: ['POST', '/v1/villages/{villageId}/requests', 'required'],
  lookUpServiceRequest: ['POST', '/v1/villages/{villageId}/requests/{requestId}/lookup', 'none', { readOnly: true }],
  rateServiceRequest: ['POST', '/v1/villages/{villageId}/requests/{requestId}/rating', 'required'],
  listServiceRequests: ['GET', '/v1/villages/{villageId}/requests', 'none', { paged: true }],
  getServiceRequest: ['GET', '/v1/villages/{villageId}/requests/{requestId}', 'none'],
  advanceServiceRequest: ['POST', '/v1/villages/{villageId}/requests/{requestId}/steps', 'optional'],
  addServiceRequestNote: ['POST', '/v1/villages/{villageId}/requests/{requestId}/notes', 'optional'],
  answerRequestFollowUp: ['POST', '/v1/villages/{villageId}/requests/{requestId}/follow-up', 'optional'],
  getRequestRatings: ['GET', '/v1/villages/{villageId}/request-ratings', 'none'],
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
