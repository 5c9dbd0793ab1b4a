import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { categoryCodeSchema } from './categories-schema.js';
import { art24MatterCodes } from './matters.js';
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

/**
 * One income or expenditure line: date, heading, description, voucher number (凭证号), amount in fen, and the decision
 * that authorized it.
 */
export const financeLineSchema = z.object({
  date: calendarDateSchema,
  classification: categoryCodeSchema,
  description: z.string().check(z.minLength(1), z.maxLength(200)),
  /** 凭证号: the voucher in the village's books that a villager or the supervisory committee can ask to see. */
  voucher: z.string().check(z.minLength(1), z.maxLength(40)),
  amount: z.int().check(z.minimum(1), z.maximum(maxLineFen)),
  /**
   * The decision (四议两公开 record) that authorized this spending, when the books name one. An expense above the
   * village's threshold, or for an Art 24 matter, without a valid decision is flagged (finance-alarm.ts).
   */
  decisionId: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/))),
  /** The 村民委员会组织法 Art 24 matter the money is for, when the books say so (e.g. 征地补偿费的使用). */
  matter: z.optional(z.enum(art24MatterCodes)),
});

/** One budget line: a finance heading and the planned amount in fen. */
export const budgetLineSchema = z.object({
  classification: categoryCodeSchema,
  planned: z.int().check(z.minimum(0), z.maximum(maxLines * maxLineFen)),
});

/**
 * A finance statement: period, opening balance, income and expenditure lines, printed totals, closing balance,
 * optional budget.
 */
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

/** A value parsed by {@link financeLineSchema}. */
export type FinanceLine = z.output<typeof financeLineSchema>;
/** A value parsed by {@link budgetLineSchema}. */
export type BudgetLine = z.output<typeof budgetLineSchema>;
/** A value parsed by {@link financeStatementSchema}. */
export type FinanceStatement = z.output<typeof financeStatementSchema>;
