import * as z from 'zod/mini';
import { codeSchema, plainText } from './text.js';

/** A department that owns service items. Data, not code: a county adds its own (e.g. 税务, 水利). */
export const departmentSchema = z.strictObject({
  code: codeSchema,
  'zh-CN': plainText(40),
  en: plainText(80),
});
export type Department = z.output<typeof departmentSchema>;

/**
 * The departments of a township's "一键办" list (民政, 农业农村, 人社, 医保, 残联, 卫健, 应急管理)
 * plus those most village services also touch. Codes are stable keys; labels may be reworded.
 */
export const defaultDepartments: readonly Department[] = [
  { code: 'civilAffairs', 'zh-CN': '民政', en: 'Civil affairs' },
  { code: 'agriculture', 'zh-CN': '农业农村', en: 'Agriculture and rural affairs' },
  { code: 'humanResources', 'zh-CN': '人力资源和社会保障', en: 'Human resources and social security' },
  { code: 'medicalSecurity', 'zh-CN': '医疗保障', en: 'Medical insurance' },
  { code: 'disabledPersons', 'zh-CN': '残疾人联合会', en: "Disabled persons' federation" },
  { code: 'health', 'zh-CN': '卫生健康', en: 'Health' },
  { code: 'emergency', 'zh-CN': '应急管理', en: 'Emergency management' },
  { code: 'veterans', 'zh-CN': '退役军人事务', en: 'Veterans affairs' },
  { code: 'naturalResources', 'zh-CN': '自然资源', en: 'Natural resources and planning' },
  { code: 'householdRegistration', 'zh-CN': '公安户政', en: 'Household registration (police)' },
  { code: 'education', 'zh-CN': '教育', en: 'Education' },
  { code: 'housing', 'zh-CN': '住房和城乡建设', en: 'Housing and construction' },
  { code: 'justice', 'zh-CN': '司法行政', en: 'Justice' },
];
