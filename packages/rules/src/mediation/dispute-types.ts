import { codesOf, labelledCodes } from '../shared/labelled-codes.js';

/**
 * The dispute types of the county statistics forms (人民调解案件统计), as data: a deployment can show
 * them in any order, and the codes are stable keys for reports and the routing table.
 */
export const disputeTypes = labelledCodes([
  ['marriageFamily', '婚姻家庭继承', 'Marriage, family and inheritance'],
  ['neighbour', '邻里纠纷', 'Neighbours'],
  ['homestead', '宅基地', 'Homestead land'],
  ['damages', '损害赔偿', 'Compensation for harm'],
  ['contract', '合同', 'Contracts'],
  ['forestLand', '山林土地', 'Forest and farmland'],
  ['landAcquisition', '征地拆迁', 'Land acquisition and demolition'],
  ['labourWages', '劳动争议/农民工工资', 'Labour disputes and unpaid wages'],
  ['villageAffairs', '村务管理', 'Village administration'],
  ['environment', '环境污染', 'Pollution'],
  ['trafficAccident', '交通事故', 'Traffic accidents'],
  ['medical', '医患纠纷', 'Doctor–patient disputes'],
  ['propertyManagement', '物业纠纷', 'Property management'],
  ['other', '其他', 'Other'],
]);

/** One of {@link disputeTypes}. */
export type DisputeType = (typeof disputeTypes)[number];
/** The code of a {@link DisputeType}. */
export type DisputeTypeCode = DisputeType['code'];

/** The codes alone, for `z.enum` and for iterating in tests. */
export const disputeTypeCodes = codesOf(disputeTypes);

/** The dispute type with this code; throws a RangeError for an unknown code. */
export function disputeTypeByCode(code: DisputeTypeCode): DisputeType {
  const found = disputeTypes.find((type) => type.code === code);
  // The union type makes a miss impossible for typed callers; untyped callers get a clear error.
  if (!found) throw new RangeError(`Unknown dispute type: ${code}`);
  return found;
}
