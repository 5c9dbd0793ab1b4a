import { isCalendarDate } from '../calendar/date.js';
import { issue, type RuleIssue } from '../shared/result.js';
import type { Fen } from '../shared/money.js';
import { defaultFinanceClassifications, type FinanceClassification, type FinanceKind } from './finance-classifications.js';
import type { FinanceLine, FinanceStatement } from './finance-schema.js';
import { within } from './period.js';
import { fenToYuanString } from './yuan.js';

export type { BudgetLine, FinanceLine, FinanceStatement } from './finance-schema.js';

function sumOf(lines: readonly FinanceLine[]): Fen {
  return lines.reduce((sum, line) => sum + line.amount, 0);
}

function yuan(amount: Fen): string {
  return Number.isSafeInteger(amount) ? fenToYuanString(amount) : String(amount);
}

function checkLines(statement: FinanceStatement, kind: FinanceKind, classifications: readonly FinanceClassification[]): RuleIssue[] {
  const found: RuleIssue[] = [];
  statement[kind].forEach((line, index) => {
    const path = [kind, index];
    if (!Number.isSafeInteger(line.amount) || line.amount <= 0) {
      found.push(issue('disclosure.finance.amountNotPositive', { voucher: line.voucher }, [...path, 'amount']));
    }
    if (isCalendarDate(line.date) && !within(line.date, statement.period)) {
      found.push(
        issue(
          'disclosure.finance.dateOutsidePeriod',
          { voucher: line.voucher, date: line.date, from: statement.period.from, to: statement.period.to },
          [...path, 'date'],
        ),
      );
    }
    const heading = classifications.find((c) => c.code === line.classification);
    if (!heading) {
      found.push(
        issue('disclosure.finance.unknownClassification', { voucher: line.voucher, classification: line.classification }, [
          ...path,
          'classification',
        ]),
      );
    } else if (heading.kind !== kind) {
      found.push(
        issue(
          kind === 'income' ? 'disclosure.finance.expenditureHeadingOnIncome' : 'disclosure.finance.incomeHeadingOnExpenditure',
          { voucher: line.voucher, classification: line.classification },
          [...path, 'classification'],
        ),
      );
    }
  });
  return found;
}

function duplicateVouchers(statement: FinanceStatement): RuleIssue[] {
  // Voucher numbers run in one sequence per period across receipts and payments, so a number seen
  // twice anywhere means a line was entered twice or a voucher was reused.
  const seen = new Set<string>();
  const found: RuleIssue[] = [];
  for (const kind of ['income', 'expenditure'] as const) {
    statement[kind].forEach((line, index) => {
      const key = line.voucher.trim();
      if (seen.has(key)) found.push(issue('disclosure.finance.duplicateVoucher', { voucher: key }, [kind, index, 'voucher']));
      seen.add(key);
    });
  }
  return found;
}

/**
 * Everything that keeps a published statement from adding up: opening + income − expenditure must
 * equal the closing balance to the fen, the lines must sum to the printed totals, each voucher
 * appears once, and every line falls inside the period. An empty list means it reconciles.
 */
export function reconcile(
  statement: FinanceStatement,
  classifications: readonly FinanceClassification[] = defaultFinanceClassifications,
): RuleIssue[] {
  const found: RuleIssue[] = [
    ...checkLines(statement, 'income', classifications),
    ...checkLines(statement, 'expenditure', classifications),
    ...duplicateVouchers(statement),
  ];

  const income = sumOf(statement.income);
  const expenditure = sumOf(statement.expenditure);
  if (income !== statement.totals.income) {
    found.push(
      issue(
        'disclosure.finance.incomeTotalMismatch',
        { sum: yuan(income), stated: yuan(statement.totals.income), difference: yuan(statement.totals.income - income) },
        ['totals', 'income'],
      ),
    );
  }
  if (expenditure !== statement.totals.expenditure) {
    found.push(
      issue(
        'disclosure.finance.expenditureTotalMismatch',
        {
          sum: yuan(expenditure),
          stated: yuan(statement.totals.expenditure),
          difference: yuan(statement.totals.expenditure - expenditure),
        },
        ['totals', 'expenditure'],
      ),
    );
  }
  // The balance is checked from the lines, not the printed totals: a wrong total must not hide a wrong balance.
  const expected = statement.openingBalance + income - expenditure;
  if (expected !== statement.closingBalance) {
    found.push(
      issue(
        'disclosure.finance.unbalanced',
        { expected: yuan(expected), stated: yuan(statement.closingBalance), difference: yuan(statement.closingBalance - expected) },
        ['closingBalance'],
      ),
    );
  }
  return found;
}

/** One heading of a planned-vs-actual table: the budget, what was spent or received, and the difference. */
export interface PlannedVsActualRow {
  readonly classification: string;
  readonly kind: FinanceKind | null;
  /** null when the budget has no line for this heading (spending that was never planned). */
  readonly planned: Fen | null;
  readonly actual: Fen;
  /** actual − planned; positive means more than planned. null without a plan. */
  readonly difference: Fen | null;
  readonly overPlan: boolean;
}

/**
 * One row per heading in the budget or in the lines, in the order of the classification list (then
 * unknown headings): what was planned, what happened, and the gap. Empty when there is no budget.
 */
export function plannedVsActual(
  statement: FinanceStatement,
  classifications: readonly FinanceClassification[] = defaultFinanceClassifications,
): PlannedVsActualRow[] {
  if (!statement.budget) return [];
  const planned = new Map<string, Fen>();
  for (const line of statement.budget) planned.set(line.classification, (planned.get(line.classification) ?? 0) + line.planned);
  const actual = new Map<string, Fen>();
  for (const line of [...statement.income, ...statement.expenditure])
    actual.set(line.classification, (actual.get(line.classification) ?? 0) + line.amount);

  const known = classifications.map((c) => c.code);
  const codes = [...new Set([...planned.keys(), ...actual.keys()])].sort((a, b) => {
    const ia = known.indexOf(a);
    const ib = known.indexOf(b);
    if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  return codes.map((code) => {
    const plan = planned.get(code);
    const spent = actual.get(code) ?? 0;
    const difference = plan === undefined ? null : spent - plan;
    return {
      classification: code,
      kind: classifications.find((c) => c.code === code)?.kind ?? null,
      planned: plan ?? null,
      actual: spent,
      difference,
      overPlan: difference === null ? spent > 0 : difference > 0,
    };
  });
}
