import type { RouteRef } from '../../contract/route-ref.js';
import type * as disclosure from '../../contract/routes/disclosure.js';

export const listDisclosures: RouteRef<typeof disclosure.listDisclosures> = {
  id: 'listDisclosures',
  method: 'GET',
  path: '/v1/villages/{villageId}/disclosures',
  idempotency: 'none',
  paged: true,
};
export const getDisclosureCompliance: RouteRef<typeof disclosure.getDisclosureCompliance> = {
  id: 'getDisclosureCompliance',
  method: 'GET',
  path: '/v1/villages/{villageId}/disclosures/compliance',
  idempotency: 'none',
};
export const getDisclosure: RouteRef<typeof disclosure.getDisclosure> = {
  id: 'getDisclosure',
  method: 'GET',
  path: '/v1/villages/{villageId}/disclosures/{disclosureId}',
  idempotency: 'none',
};
export const askAboutDisclosure: RouteRef<typeof disclosure.askAboutDisclosure> = {
  id: 'askAboutDisclosure',
  method: 'POST',
  path: '/v1/villages/{villageId}/disclosures/{disclosureId}/queries',
  idempotency: 'optional',
};

export const disclosureStatuses = ['upcoming', 'inNotice', 'closed'] as const satisfies typeof disclosure.disclosureStatuses;
