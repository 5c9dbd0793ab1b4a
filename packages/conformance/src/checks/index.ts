import type { RouteSpec } from '@shanzhi/sdk';
import type { Check } from '../types.js';
import { cachingChecks } from './caching.js';
import { corsChecks } from './cors.js';
import { idempotencyChecks } from './idempotency.js';
import { languageChecks } from './language.js';
import { pagingChecks } from './paging.js';
import { privacyChecks } from './privacy.js';
import { problemChecks } from './problems.js';
import { roleChecks } from './roles.js';
import { shapeChecks } from './shape.js';
import { trackingCodeChecks } from './tracking-codes.js';

/**
 * Every check, generated from the route table: a route added to the contract is checked the day it is added, and a
 * backend is held to exactly what the SDK's clients and the widgets rely on.
 */
export function allChecks(routes: readonly RouteSpec[]): Check[] {
  return [
    ...shapeChecks(routes),
    ...problemChecks(routes),
    ...idempotencyChecks(routes),
    ...pagingChecks(routes),
    ...roleChecks(routes),
    ...privacyChecks(routes),
    ...cachingChecks(routes),
    ...corsChecks(routes),
    ...trackingCodeChecks(routes),
    ...languageChecks(routes),
  ];
}
