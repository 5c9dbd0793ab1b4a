import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as queries from '../../contract/routes/disclosure-queries.js';

// Villagers' queries: staff answer them (<sz-query-desk>), the asker reads the answer back (the board's detail views).
const refs = routeRefs<RoutesOf<typeof queries>>({
  listDisclosureQueries: ['GET', '/v1/villages/{villageId}/disclosure-queries', 'none'],
  getDisclosureQuery: ['GET', '/v1/villages/{villageId}/disclosure-queries/{queryId}', 'none'],
  answerDisclosureQuery: ['POST', '/v1/villages/{villageId}/disclosure-queries/{queryId}/answer', 'optional'],
  publishDisclosureQueryFaq: ['POST', '/v1/villages/{villageId}/disclosure-queries/{queryId}/faq', 'optional'],
  lookUpDisclosureQuery: ['POST', '/v1/villages/{villageId}/disclosure-queries/{queryId}/lookup', 'none', { readOnly: true }],
});
export const { listDisclosureQueries, getDisclosureQuery, answerDisclosureQuery, publishDisclosureQueryFaq, lookUpDisclosureQuery } = refs;
