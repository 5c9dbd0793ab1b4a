import type * as z from 'zod/mini';
import { labelledCodes } from '../shared/labelled-codes.js';
import { codeLabelSchema } from './text-schema.js';

/** A department that owns service items. Data, not code: a county adds its own (e.g. 税务, 水利). */
export const departmentSchema = codeLabelSchema;
/** A value parsed by {@link departmentSchema}. */
export type Department = z.output<typeof departmentSchema>;

/**
 * The departments of a township's "一键办" list (民政, 农业农村, 人社, 医保, 残联, 卫健, 应急管理)
 * plus those most village services also touch. Codes are stable keys; labels may be reworded.
 */
export const defaultDepartments: readonly Department[] = labelledCodes([
  ['civilAffairs', '民政', 'Civil affairs'],
  ['agriculture', '农业农村', 'Agriculture and rural affairs'],
  ['humanResources', '人力资源和社会保障', 'Human resources and social security'],
  ['medicalSecurity', '医疗保障', 'Medical insurance'],
  ['disabledPersons', '残疾人联合会', "Disabled persons' federation"],
  ['health', '卫生健康', 'Health'],
  ['emergency', '应急管理', 'Emergency management'],
  ['veterans', '退役军人事务', 'Veterans affairs'],
  ['naturalResources', '自然资源', 'Natural resources and planning'],
  ['householdRegistration', '公安户政', 'Household registration (police)'],
  ['education', '教育', 'Education'],
  ['housing', '住房和城乡建设', 'Housing and construction'],
  ['justice', '司法行政', 'Justice'],
]);
