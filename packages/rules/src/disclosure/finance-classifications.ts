import { labelledTable, type LabelRow } from '../shared/labelled-codes.js';
import type { FinanceClassification } from './finance-classifications-schema.js';

export type { FinanceClassification } from './finance-classifications-schema.js';

/** The two sides of a finance statement: income and expenditure. */
export const financeKinds = ['income', 'expenditure'] as const;
/** One of {@link financeKinds}. */
export type FinanceKind = (typeof financeKinds)[number];

/** One kind's headings: the kind is said once for the group rather than on every row. */
function headings(kind: FinanceKind, rows: readonly LabelRow[]): FinanceClassification[] {
  return labelledTable(rows).map(({ code, label }) => ({ code, kind, label }));
}

/**
 * Income and expenditure headings a village statement uses: the profit-and-loss accounts of both charts a village
 * may keep its books in (《农村集体经济组织会计制度》, 财会〔2023〕14号, in force 2024-01-01, and the 2004
 * 《村集体经济组织会计制度》 it replaced; finance-chart.ts maps each account to these codes) plus the lines villagers
 * ask about most (allowances, benefit payouts). Data: a county that uses its own chart passes its own list.
 */
export const defaultFinanceClassifications: readonly FinanceClassification[] = Object.freeze([
  ...headings('income', [
    ['operatingIncome', '经营收入', 'Operating income'],
    ['contractIncome', '发包及上交收入', 'Contracting and remittance income'],
    ['investmentIncome', '投资收益', 'Investment income'],
    ['subsidyIncome', '补助收入', 'Government subsidies received'],
    ['donationIncome', '捐赠收入', 'Donations received'],
    ['otherIncome', '其他收入', 'Other income'],
    // 2004 chart only (account 521); the 2023 chart deleted it with the agricultural tax.
    ['agriculturalTaxRebateIncome', '农业税附加返还收入', 'Agricultural tax surcharge rebates'],
  ]),
  ...headings('expenditure', [
    ['operatingExpense', '经营支出', 'Operating expenditure'],
    ['administrativeExpense', '管理费用', 'Administrative expenses'],
    ['allowanceExpense', '误工补贴', 'Allowances for lost working time'],
    ['publicWorksExpense', '公益事业支出', 'Public works and welfare'],
    ['benefitPayout', '惠民资金发放', 'Benefit and relief payouts'],
    ['otherExpense', '其他支出', 'Other expenditure'],
    // Added by the 2023 chart.
    ['taxesAndSurcharges', '税金及附加', 'Taxes and surcharges'],
    ['incomeTaxExpense', '所得税费用', 'Income tax expense'],
  ]),
]);
