import { codesOf, labelledCodes } from '../shared/labelled-codes.js';

/**
 * Where a villager can apply, nearest first: the village station (村便民服务站) is where the elderly
 * go; the township centre (镇便民服务中心) and the county hall (县政务服务中心) take everything else.
 */
export const applicationChannels = labelledCodes([
  ['online', '网上办理', 'Online'],
  ['villageStation', '村便民服务站', 'Village service station'],
  ['townshipCentre', '镇（乡）便民服务中心', 'Township service centre'],
  ['countyHall', '县政务服务中心', 'County service hall'],
]);

/** One of {@link applicationChannels}. */
export type ApplicationChannel = (typeof applicationChannels)[number];
/** The code of a {@link ApplicationChannel}. */
export type ApplicationChannelCode = ApplicationChannel['code'];
/** The codes of {@link applicationChannels}, in order, as `z.enum` wants them. */
export const applicationChannelCodes = codesOf(applicationChannels);
