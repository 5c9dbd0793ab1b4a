import { routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as postings from '../../contract/routes/postings.js';

const refs = routeRefs<RoutesOf<typeof postings>>({
  getDisclosurePoster: ['GET', '/v1/villages/{villageId}/disclosure-poster', 'none'],
  listDisclosurePostings: ['GET', '/v1/villages/{villageId}/disclosure-postings', 'none'],
  recordDisclosurePosting: ['POST', '/v1/villages/{villageId}/disclosures/{disclosureId}/postings', 'required'],
});
export const { getDisclosurePoster, listDisclosurePostings, recordDisclosurePosting } = refs;
