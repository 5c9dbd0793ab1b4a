import type { DisclosureCategory } from './categories-schema.js';

export type { DisclosureCategory } from './categories-schema.js';

/**
 * How often a category must be disclosed.
 * - `quarterly`: 村民委员会组织法 Art 30, general matters at least once a quarter.
 * - `financeCycle`: Art 30, monthly where transactions are frequent (setting `financeMonthly`), else quarterly.
 * - `immediate`: Art 30, major matters "随时": each decision starts its own deadline (setting `majorMatterDays`).
 * - `annual`: published once a year and whenever it changes (e.g. the 小微权力清单).
 */
export const disclosureFrequencies = ['quarterly', 'financeCycle', 'immediate', 'annual'] as const;
/** One of {@link disclosureFrequencies}. */
export type DisclosureFrequency = (typeof disclosureFrequencies)[number];

/** The shape of a category or finance heading code: lower-case first, then letters and digits, 2–40 characters. */
export const categoryCodePattern = /^[a-z][a-zA-Z0-9]{1,39}$/;
function category(code: string, zh: string, en: string, frequency: DisclosureFrequency, basis: string): DisclosureCategory {
  return { code, label: { 'zh-CN': zh, en }, frequency, basis };
}

/**
 * The categories a village board usually carries (三务公开 plus the lists counties ask for). Data, not
 * code: a deployment adds or drops categories without a release.
 */
export const defaultDisclosureCategories: readonly DisclosureCategory[] = Object.freeze([
  category('party', '党务', 'Party affairs', 'quarterly', '中国共产党党务公开条例（试行）; 三务公开 practice'),
  category('village', '村务', 'Village affairs', 'quarterly', '村民委员会组织法 Art 30'),
  category('finance', '财务', 'Finance', 'financeCycle', '村民委员会组织法 Art 30'),
  category(
    'assets',
    '三资（资金、资产、资源）',
    'Collective funds, assets and resources',
    'quarterly',
    '村民委员会组织法 Art 30, Art 24 (8)',
  ),
  category('powerList', '小微权力清单', 'Village micro-power list', 'annual', 'local 小微权力清单 rules'),
  category('benefitFunds', '惠民资金', 'Public benefit funds and subsidies', 'quarterly', '村民委员会组织法 Art 30 (3)'),
  category('projects', '工程项目', 'Construction projects', 'immediate', '村民委员会组织法 Art 24 (3)(5), Art 30'),
  category(
    'relief',
    '低保/救助名单',
    'Subsistence allowance and relief lists',
    'quarterly',
    '村民委员会组织法 Art 30 (3); 政府信息公开条例 Art 15',
  ),
  category(
    'resolutions',
    '村民会议/村民代表会议决定',
    "Decisions of the villagers' (representatives') meeting",
    'immediate',
    '村民委员会组织法 Art 30 (1)',
  ),
  category('governmentWork', '协助政府开展工作情况', 'Work done assisting the government', 'quarterly', '村民委员会组织法 Art 30 (4)'),
  category('audit', '审计结果（含离任审计）', 'Audit results (including the outgoing audit)', 'immediate', '村民委员会组织法 Art 35'),
]);

/** The disclosure category with this code, among the village's categories (the defaults unless given), or undefined. */
export function findCategory(
  code: string,
  categories: readonly DisclosureCategory[] = defaultDisclosureCategories,
): DisclosureCategory | undefined {
  return categories.find((category) => category.code === code);
}
