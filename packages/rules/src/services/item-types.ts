/**
 * The kinds of government service items in the national basic catalogue (政务服务事项基本目录):
 * the kind decides which law governs the procedure, e.g. 行政许可法 for licences.
 */
export const serviceItemTypes = [
  { code: 'licence', 'zh-CN': '行政许可', en: 'Administrative licence' },
  { code: 'payment', 'zh-CN': '行政给付', en: 'Benefit payment' },
  { code: 'confirmation', 'zh-CN': '行政确认', en: 'Administrative confirmation' },
  { code: 'award', 'zh-CN': '行政奖励', en: 'Administrative award' },
  { code: 'ruling', 'zh-CN': '行政裁决', en: 'Administrative ruling' },
  { code: 'otherPower', 'zh-CN': '其他行政权力', en: 'Other administrative power' },
  { code: 'publicService', 'zh-CN': '公共服务', en: 'Public service' },
] as const;

export type ServiceItemType = (typeof serviceItemTypes)[number];
export type ServiceItemTypeCode = ServiceItemType['code'];
export const serviceItemTypeCodes = serviceItemTypes.map((type) => type.code) as [ServiceItemTypeCode, ...ServiceItemTypeCode[]];
