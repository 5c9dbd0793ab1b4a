/**
 * The dispute types of the county statistics forms (人民调解案件统计), as data: a deployment can show
 * them in any order, and the codes are stable keys for reports and the routing table.
 */
export const disputeTypes = [
  { code: 'marriageFamily', 'zh-CN': '婚姻家庭继承', en: 'Marriage, family and inheritance' },
  { code: 'neighbour', 'zh-CN': '邻里纠纷', en: 'Neighbours' },
  { code: 'homestead', 'zh-CN': '宅基地', en: 'Homestead land' },
  { code: 'damages', 'zh-CN': '损害赔偿', en: 'Compensation for harm' },
  { code: 'contract', 'zh-CN': '合同', en: 'Contracts' },
  { code: 'forestLand', 'zh-CN': '山林土地', en: 'Forest and farmland' },
  { code: 'landAcquisition', 'zh-CN': '征地拆迁', en: 'Land acquisition and demolition' },
  { code: 'labourWages', 'zh-CN': '劳动争议/农民工工资', en: 'Labour disputes and unpaid wages' },
  { code: 'villageAffairs', 'zh-CN': '村务管理', en: 'Village administration' },
  { code: 'environment', 'zh-CN': '环境污染', en: 'Pollution' },
  { code: 'trafficAccident', 'zh-CN': '交通事故', en: 'Traffic accidents' },
  { code: 'medical', 'zh-CN': '医患纠纷', en: 'Doctor–patient disputes' },
  { code: 'propertyManagement', 'zh-CN': '物业纠纷', en: 'Property management' },
  { code: 'other', 'zh-CN': '其他', en: 'Other' },
] as const;

export type DisputeType = (typeof disputeTypes)[number];
export type DisputeTypeCode = DisputeType['code'];

/** The codes alone, for `z.enum` and for iterating in tests. */
export const disputeTypeCodes = disputeTypes.map((type) => type.code) as [DisputeTypeCode, ...DisputeTypeCode[]];

export function disputeTypeByCode(code: DisputeTypeCode): DisputeType {
  const found = disputeTypes.find((type) => type.code === code);
  // The union type makes a miss impossible for typed callers; untyped callers get a clear error.
  if (!found) throw new RangeError(`Unknown dispute type: ${code}`);
  return found;
}
