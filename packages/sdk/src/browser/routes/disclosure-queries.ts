import { change, lookUp, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as queries from '../../contract/routes/disclosure-queries.js';

// Villagers' queries: staff answer them (<sz-query-desk>), the asker reads the answer back (the board's detail views).
const refs = routeRefs<RoutesOf<typeof queries>>({
  listDisclosureQueries: read('/v1/villages/{villageId}/disclosure-queries'),
  getDisclosureQuery: read('/v1/villages/{villageId}/disclosure-queries/{queryId}'),
  answerDisclosureQuery: change('/v1/villages/{villageId}/disclosure-queries/{queryId}/answer'),
  publishDisclosureQueryFaq: change('/v1/villages/{villageId}/disclosure-queries/{queryId}/faq'),
  lookUpDisclosureQuery: lookUp('/v1/villages/{villageId}/disclosure-queries/{queryId}/lookup'),
});
export const { listDisclosureQueries, getDisclosureQuery, answerDisclosureQuery, publishDisclosureQueryFaq, lookUpDisclosureQuery } = refs;
