import type { FinanceKind } from './finance-classifications.js';

/**
 * The two charts of accounts a village may keep its books in:
 * - `'2023'`: 《农村集体经济组织会计制度》 (财会〔2023〕14号), in force since 2024-01-01. It added 公益支出, 税金及附加 and
 *   所得税费用, split the old 发包及上交收入 into 经营收入 and 投资收益 by their substance, and deleted 农业税附加返还收入
 *   (财政部 notice of 2023-09-25, as reported by 央视新闻). The default.
 * - `'2004'`: 《村集体经济组织会计制度》 (财会〔2004〕12号), which the 2023 system replaced; kept for villages whose books
 *   still run on it until they convert, with its profit-and-loss accounts 501–561.
 * Account numbers are given where they were verified against published copies of the chart (2004); the 2023 numbers
 * were not, so 2023 accounts are recognized by name.
 */
export const accountingSystems = ['2023', '2004'] as const;
/** One of {@link accountingSystems}. */
export type AccountingSystem = (typeof accountingSystems)[number];

/**
 * One account of the chart of accounts: the statement heading its lines go under, and whether it is income or
 * expenditure.
 */
export interface ChartAccount {
  /** The statement heading (defaultFinanceClassifications) the account's lines are published under. */
  readonly classification: string;
  readonly kind: FinanceKind;
  /** The account's name in the chart. */
  readonly name: string;
  /** The account's number in the chart, when verified (sub-accounts extend it: 541 → 54101, 541001). */
  readonly number?: string;
}

const account = (classification: string, kind: FinanceKind, name: string, number?: string): ChartAccount =>
  number === undefined ? { classification, kind, name } : { classification, kind, name, number };

/** The profit-and-loss accounts of each chart: only they carry a statement's income and expenditure lines. */
export const chartsOfAccounts: Readonly<Record<AccountingSystem, readonly ChartAccount[]>> = Object.freeze({
  '2023': Object.freeze([
    account('operatingIncome', 'income', '经营收入'),
    account('investmentIncome', 'income', '投资收益'),
    account('subsidyIncome', 'income', '补助收入'),
    account('otherIncome', 'income', '其他收入'),
    account('operatingExpense', 'expenditure', '经营支出'),
    account('taxesAndSurcharges', 'expenditure', '税金及附加'),
    account('administrativeExpense', 'expenditure', '管理费用'),
    account('publicWorksExpense', 'expenditure', '公益支出'),
    account('otherExpense', 'expenditure', '其他支出'),
    account('incomeTaxExpense', 'expenditure', '所得税费用'),
  ]),
  '2004': Object.freeze([
    account('operatingIncome', 'income', '经营收入', '501'),
    account('contractIncome', 'income', '发包及上交收入', '511'),
    account('agriculturalTaxRebateIncome', 'income', '农业税附加返还收入', '521'),
    account('subsidyIncome', 'income', '补助收入', '522'),
    account('otherIncome', 'income', '其他收入', '531'),
    account('investmentIncome', 'income', '投资收益', '561'),
    account('operatingExpense', 'expenditure', '经营支出', '502'),
    account('administrativeExpense', 'expenditure', '管理费用', '541'),
    account('otherExpense', 'expenditure', '其他支出', '551'),
  ]),
});

/**
 * Headings villages publish below the accounts (the lines villagers ask about), accepted in either chart: their
 * amounts sit in 管理费用 (误工补贴), 公益支出 or 其他支出 in the books but are shown on their own line.
 */
const publishedHeadings: readonly ChartAccount[] = Object.freeze([
  account('allowanceExpense', 'expenditure', '误工补贴'),
  account('benefitPayout', 'expenditure', '惠民资金发放'),
  account('publicWorksExpense', 'expenditure', '公益事业支出'),
  account('donationIncome', 'income', '捐赠收入'),
]);

/** Whether an account name is in the village's chart, and if not, whether it belongs to the other accounting system. */
export type AccountMatch =
  | { readonly found: true; readonly account: ChartAccount }
  /** `inOtherChart`: the account belongs to the other system (e.g. 发包及上交收入 in a village on the 2023 chart). */
  | { readonly found: false; readonly inOtherChart?: AccountingSystem };

/** Spaces and the separators books put between an account and its sub-account ("管理费用-办公费", "541 管理费用"). */
const separators = /[\s\-—–_/／:：·、|]+/;

function byName(accounts: readonly ChartAccount[], text: string): ChartAccount | undefined {
  const parts = text.split(separators).filter((part) => part !== '');
  // The first part that names an account: "541 管理费用" and "管理费用-办公费" both name 管理费用.
  for (const part of parts) {
    const hit = accounts.find((one) => one.name === part || one.classification === part || one.number === part);
    if (hit) return hit;
  }
  // A bare sub-account number (54101, 541001) of a numbered chart.
  const digits = /^\d{3,}/.exec(text)?.[0];
  return digits === undefined ? undefined : accounts.find((one) => one.number !== undefined && digits.startsWith(one.number));
}

/** The account a cell of the 科目 column names in the village's chart, or why it does not. */
export function findChartAccount(text: string, system: AccountingSystem): AccountMatch {
  const trimmed = text.trim();
  const hit = byName(chartsOfAccounts[system], trimmed) ?? byName(publishedHeadings, trimmed);
  if (hit) return { found: true, account: hit };
  const other = accountingSystems.find((one) => one !== system);
  return other !== undefined && byName(chartsOfAccounts[other], trimmed) ? { found: false, inOtherChart: other } : { found: false };
}
