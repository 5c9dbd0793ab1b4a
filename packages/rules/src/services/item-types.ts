import { codesOf, labelledCodes } from '../shared/labelled-codes.js';

/**
 * The kinds of government service items in the national basic catalogue (政务服务事项基本目录):
 * the kind decides which law governs the procedure, e.g. 行政许可法 for licences.
 */
export const serviceItemTypes = labelledCodes([
  ['licence', '行政许可', 'Administrative licence'],
  ['payment', '行政给付', 'Benefit payment'],
  ['confirmation', '行政确认', 'Administrative confirmation'],
  ['award', '行政奖励', 'Administrative award'],
  ['ruling', '行政裁决', 'Administrative ruling'],
  ['otherPower', '其他行政权力', 'Other administrative power'],
  ['publicService', '公共服务', 'Public service'],
]);

/** One of {@link serviceItemTypes}. */
export type ServiceItemType = (typeof serviceItemTypes)[number];
/** The code of a {@link ServiceItemType}. */
export type ServiceItemTypeCode = ServiceItemType['code'];
/** The codes of {@link serviceItemTypes}, in order, as `z.enum` wants them. */
export const serviceItemTypeCodes = codesOf(serviceItemTypes);
