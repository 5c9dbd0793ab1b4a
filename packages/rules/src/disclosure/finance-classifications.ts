import type { FinanceClassification } from './finance-classifications-schema.js';

export type { FinanceClassification } from './finance-classifications-schema.js';

export const financeKinds = ['income', 'expenditure'] as const;
export type FinanceKind = (typeof financeKinds)[number];

/**
 * Income and expenditure headings a village statement uses, after the 农村集体经济组织会计制度's
 * profit-and-loss accounts plus the lines villagers ask about most (subsidies paid out, public
 * works). Data: a county that uses its own chart of accounts passes its own list.
 */
export const defaultFinanceClassifications: readonly FinanceClassification[] = Object.freeze([
  { code: 'operatingIncome', kind: 'income', label: { 'zh-CN': '经营收入', en: 'Operating income' } },
  { code: 'contractIncome', kind: 'income', label: { 'zh-CN': '发包及上交收入', en: 'Contracting and remittance income' } },
  { code: 'investmentIncome', kind: 'income', label: { 'zh-CN': '投资收益', en: 'Investment income' } },
  { code: 'subsidyIncome', kind: 'income', label: { 'zh-CN': '补助收入', en: 'Government subsidies received' } },
  { code: 'donationIncome', kind: 'income', label: { 'zh-CN': '捐赠收入', en: 'Donations received' } },
  { code: 'otherIncome', kind: 'income', label: { 'zh-CN': '其他收入', en: 'Other income' } },
  { code: 'operatingExpense', kind: 'expenditure', label: { 'zh-CN': '经营支出', en: 'Operating expenditure' } },
  { code: 'administrativeExpense', kind: 'expenditure', label: { 'zh-CN': '管理费用', en: 'Administrative expenses' } },
  { code: 'allowanceExpense', kind: 'expenditure', label: { 'zh-CN': '误工补贴', en: 'Allowances for lost working time' } },
  { code: 'publicWorksExpense', kind: 'expenditure', label: { 'zh-CN': '公益事业支出', en: 'Public works and welfare' } },
  { code: 'benefitPayout', kind: 'expenditure', label: { 'zh-CN': '惠民资金发放', en: 'Benefit and relief payouts' } },
  { code: 'otherExpense', kind: 'expenditure', label: { 'zh-CN': '其他支出', en: 'Other expenditure' } },
] satisfies FinanceClassification[]);
