import { defaultDepartments, type Department } from './departments.js';
import { defaultLifeEvents, type LifeEvent } from './life-events.js';

/** The lists a guide's codes are checked against. A deployment passes its own, extended lists. */
export interface ServiceTaxonomy {
  readonly departments: readonly Department[];
  readonly lifeEvents: readonly LifeEvent[];
}

/** The departments and life events shipped as defaults. */
export const defaultServiceTaxonomy: ServiceTaxonomy = {
  departments: defaultDepartments,
  lifeEvents: defaultLifeEvents,
};
