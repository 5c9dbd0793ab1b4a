import { change, read, routeRefs } from '../../contract/route-ref.js';
import type * as disclosure from '../../contract/routes/disclosure.js';

const refs = routeRefs<Pick<typeof disclosure, 'listDisclosures' | 'getDisclosureCompliance' | 'getDisclosure' | 'askAboutDisclosure'>>({
  listDisclosures: read('/v1/villages/{villageId}/disclosures', { paged: true }),
  getDisclosureCompliance: read('/v1/villages/{villageId}/disclosures/compliance'),
  getDisclosure: read('/v1/villages/{villageId}/disclosures/{disclosureId}'),
  askAboutDisclosure: change('/v1/villages/{villageId}/disclosures/{disclosureId}/queries'),
});
export const { listDisclosures, getDisclosureCompliance, getDisclosure, askAboutDisclosure } = refs;

export const disclosureStatuses = ['upcoming', 'inNotice', 'closed'] as const satisfies typeof disclosure.disclosureStatuses;
