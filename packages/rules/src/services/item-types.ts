import { serviceItemTypes } from '../data-dictionary.js';
import { codesOf } from '../shared/labelled-codes.js';

// The list stands in the data dictionary with the contract's other code lists.
export { serviceItemTypes };

/** One of {@link serviceItemTypes}. */
export type ServiceItemType = (typeof serviceItemTypes)[number];
/** The code of a {@link ServiceItemType}. */
export type ServiceItemTypeCode = ServiceItemType['code'];
/** The codes of {@link serviceItemTypes}, in order, as `z.enum` wants them. */
export const serviceItemTypeCodes = codesOf(serviceItemTypes);
