import * as z from 'zod/mini';

/**
 * How often a category must be disclosed.
 * - `quarterly`: 村民委员会组织法 Art 30, general matters at least once a quarter.
 * - `financeCycle`: Art 30, monthly where transactions are frequent (setting `financeMonthly`), else quarterly.
 * - `immediate`: Art 30, major matters "随时": each decision starts its own deadline (setting `majorMatterDays`).
 * - `annual`: published once a year and whenever it changes (e.g. the 小微权力清单).
 */
export const disclosureFrequencies = ['quarterly', 'financeCycle', 'immediate', 'annual'] as const;
export type DisclosureFrequency = (typeof disclosureFrequencies)[number];

export const categoryCodePattern = /^[a-z][a-zA-Z0-9]{1,39}$/;
export const categoryCodeSchema = z.string().check(z.regex(categoryCodePattern));

const labelSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(40)),
  en: z.string().check(z.minLength(1), z.maxLength(80)),
});

export const disclosureCategorySchema = z.object({
  code: categoryCodeSchema,
  label: labelSchema,
  frequency: z.enum(disclosureFrequencies),
  /** Where the duty comes from, for the docs and the supervisors' view. */
  basis: z.optional(z.string().check(z.maxLength(200))),
});

export type DisclosureCategory = z.output<typeof disclosureCategorySchema>;

/**
 * The categories a village board usually carries (三务公开 plus the lists counties ask for). Data, not
 * code: a deployment adds or drops categories without a release.
 */
export const defaultDisclosureCategories: readonly DisclosureCategory[] = Object.freeze([
  {
    code: 'party',
    label: { 'zh-CN': '党务', en: 'Party affairs' },
    frequency: 'quarterly',
    basis: '中国共产党党务公开条例（试行）; 三务公开 practice',
  },
  { code: 'village', label: { 'zh-CN': '村务', en: 'Village affairs' }, frequency: 'quarterly', basis: '村民委员会组织法 Art 30' },
  { code: 'finance', label: { 'zh-CN': '财务', en: 'Finance' }, frequency: 'financeCycle', basis: '村民委员会组织法 Art 30' },
  {
    code: 'assets',
    label: { 'zh-CN': '三资（资金、资产、资源）', en: 'Collective funds, assets and resources' },
    frequency: 'quarterly',
    basis: '村民委员会组织法 Art 30, Art 24 (8)',
  },
  {
    code: 'powerList',
    label: { 'zh-CN': '小微权力清单', en: 'Village micro-power list' },
    frequency: 'annual',
    basis: 'local 小微权力清单 rules',
  },
  {
    code: 'benefitFunds',
    label: { 'zh-CN': '惠民资金', en: 'Public benefit funds and subsidies' },
    frequency: 'quarterly',
    basis: '村民委员会组织法 Art 30 (3)',
  },
  {
    code: 'projects',
    label: { 'zh-CN': '工程项目', en: 'Construction projects' },
    frequency: 'immediate',
    basis: '村民委员会组织法 Art 24 (3)(5), Art 30',
  },
  {
    code: 'relief',
    label: { 'zh-CN': '低保/救助名单', en: 'Subsistence allowance and relief lists' },
    frequency: 'quarterly',
    basis: '村民委员会组织法 Art 30 (3); 政府信息公开条例 Art 15',
  },
  {
    code: 'resolutions',
    label: { 'zh-CN': '村民会议/村民代表会议决定', en: "Decisions of the villagers' (representatives') meeting" },
    frequency: 'immediate',
    basis: '村民委员会组织法 Art 30 (1)',
  },
  {
    code: 'governmentWork',
    label: { 'zh-CN': '协助政府开展工作情况', en: 'Work done assisting the government' },
    frequency: 'quarterly',
    basis: '村民委员会组织法 Art 30 (4)',
  },
  {
    code: 'audit',
    label: { 'zh-CN': '审计结果（含离任审计）', en: 'Audit results (including the outgoing audit)' },
    frequency: 'immediate',
    basis: '村民委员会组织法 Art 35',
  },
] satisfies DisclosureCategory[]);

export function findCategory(
  code: string,
  categories: readonly DisclosureCategory[] = defaultDisclosureCategories,
): DisclosureCategory | undefined {
  return categories.find((category) => category.code === code);
}
