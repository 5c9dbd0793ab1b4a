import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { categoryCodeSchema } from './categories-schema.js';
import { periodSchema } from './period-schema.js';

/*
 * Bounds keep every sum a safe integer: 5,000 lines of at most 100亿元 (10¹² fen) each, plus a
 * balance of at most 1万亿元, stays far below 2⁵³ fen, so totals are exact without BigInt.
 */
const maxLineFen = 1_000_000_000_000;
const maxBalanceFen = 100_000_000_000_000;
const maxLines = 5000;

const balance = z.int().check(z.minimum(-maxBalanceFen), z.maximum(maxBalanceFen));
const total = z.int().check(z.minimum(0), z.maximum(maxLines * maxLineFen));

export const financeLineSchema = z.object({
  date: calendarDateSchema,
  classification: categoryCodeSchema,
  description: z.string().check(z.minLength(1), z.maxLength(200)),
  /** 凭证号: the voucher in the village's books that a villager or the supervisory committee can ask to see. */
  voucher: z.string().check(z.minLength(1), z.maxLength(40)),
  amount: z.int().check(z.minimum(1), z.maximum(maxLineFen)),
});

export const budgetLineSchema = z.object({
  classification: categoryCodeSchema,
  planned: z.int().check(z.minimum(0), z.maximum(maxLines * maxLineFen)),
});

export const financeStatementSchema = z.object({
  period: periodSchema,
  openingBalance: balance,
  income: z.array(financeLineSchema).check(z.maxLength(maxLines)),
  expenditure: z.array(financeLineSchema).check(z.maxLength(maxLines)),
  /** The totals as printed on the statement: checked against the lines, never trusted. */
  totals: z.object({ income: total, expenditure: total }),
  closingBalance: balance,
  budget: z.optional(z.array(budgetLineSchema).check(z.maxLength(200))),
});

export type FinanceLine = z.output<typeof financeLineSchema>;
export type BudgetLine = z.output<typeof budgetLineSchema>;
export type FinanceStatement = z.output<typeof financeStatementSchema>;
