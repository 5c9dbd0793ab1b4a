import { routeRefs } from '../../contract/route-ref.js';
import type * as disclosure from '../../contract/routes/disclosure.js';

const refs = routeRefs<Pick<typeof disclosure, 'listDisclosures' | 'getDisclosureCompliance' | 'getDisclosure' | 'askAboutDisclosure'>>({
  listDisclosures: ['GET', '/v1/villages/{villageId}/disclosures', 'none', { paged: true }],
  getDisclosureCompliance: ['GET', '/v1/villages/{villageId}/disclosures/compliance', 'none'],
  getDisclosure: ['GET', '/v1/villages/{villageId}/disclosures/{disclosureId}', 'none'],
  askAboutDisclosure: ['POST', '/v1/villages/{villageId}/disclosures/{disclosureId}/queries', 'optional'],
});
export const { listDisclosures, getDisclosureCompliance, getDisclosure, askAboutDisclosure } = refs;

export const disclosureStatuses = ['upcoming', 'inNotice', 'closed'] as const satisfies typeof disclosure.disclosureStatuses;
