import { applicationChannels } from '../data-dictionary.js';
import { codesOf } from '../shared/labelled-codes.js';

// The list stands in the data dictionary with the contract's other code lists.
export { applicationChannels };

/** One of {@link applicationChannels}. */
export type ApplicationChannel = (typeof applicationChannels)[number];
/** The code of a {@link ApplicationChannel}. */
export type ApplicationChannelCode = ApplicationChannel['code'];
/** The codes of {@link applicationChannels}, in order, as `z.enum` wants them. */
export const applicationChannelCodes = codesOf(applicationChannels);
