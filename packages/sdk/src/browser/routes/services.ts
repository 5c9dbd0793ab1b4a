import type { RouteRef } from '../../contract/route-ref.js';
import type * as services from '../../contract/routes/services.js';

export const listServices: RouteRef<typeof services.listServices> = {
  id: 'listServices',
  method: 'GET',
  path: '/v1/regions/{regionId}/services',
  idempotency: 'none',
  paged: true,
};
export const getService: RouteRef<typeof services.getService> = {
  id: 'getService',
  method: 'GET',
  path: '/v1/services/{serviceCode}',
  idempotency: 'none',
};
export const checkEligibility: RouteRef<typeof services.checkEligibility> = {
  id: 'checkEligibility',
  method: 'POST',
  path: '/v1/services/{serviceCode}/eligibility',
  idempotency: 'none',
};
export const requestProxyService: RouteRef<typeof services.requestProxyService> = {
  id: 'requestProxyService',
  method: 'POST',
  path: '/v1/services/{serviceCode}/proxy-requests',
  idempotency: 'required',
};
