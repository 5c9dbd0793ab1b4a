import { create, read, routeRefs } from '../../contract/route-ref.js';
import type { RoutesOf } from '../../contract/route.js';
import type * as postings from '../../contract/routes/postings.js';

const refs = routeRefs<RoutesOf<typeof postings>>({
  getDisclosurePoster: read('/v1/villages/{villageId}/disclosure-poster'),
  listDisclosurePostings: read('/v1/villages/{villageId}/disclosure-postings'),
  recordDisclosurePosting: create('/v1/villages/{villageId}/disclosures/{disclosureId}/postings'),
});
export const { getDisclosurePoster, listDisclosurePostings, recordDisclosurePosting } = refs;
