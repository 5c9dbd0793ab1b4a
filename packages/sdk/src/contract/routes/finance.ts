import { accountingSystems, financeStatementSchema, signOffStates } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { signedInChange, signedInCreate, signedInRead } from './answers.js';
import { cadres, cadresAndSupervisors, supervisors } from './callers.js';
import { dateSchema, idSchema } from './common.js';
import { disclosureDetailSchema, mandateAlarmFields } from './disclosure.js';
import { signOffEventSchema } from './finance-history.js';
import { resourceAt, villageAt } from './resource.js';

export { signOffActionSchema, signOffEventSchema } from './finance-history.js';

/*
 * Finance statements imported from the files villages keep, 民主理财 sign-off before publishing, and the
 * money-without-mandate alarm (docs/finance.md). A statement is one month of one village, named by the month.
 */

/** 'YYYY-MM': the month a statement covers (村民委员会组织法 Art 30: finance is disclosed monthly where frequent). */
export const financeMonthSchema = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
const monthParams = z.object({ villageId: idSchema, month: financeMonthSchema });

/** Yuan as the cadre types it ('12345.60'): read into fen exactly on the server, never through a float. */
const yuanText = z.string().check(z.regex(/^-?\d{1,13}(\.\d{1,2})?$/));
/** A header of the file, as the column mapping names it. */
const columnName = z.string().check(z.minLength(1), z.maxLength(60));

/** The formats an import takes, recognized from the bytes (an .xlsx is a ZIP; anything else is read as UTF-8 CSV). */
export const financeImportMediaTypes = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/octet-stream',
] as const;

/**
 * The column mapping (each field → the header text of its column) and the balances. `openingBalance` defaults to the
 * previous month's closing balance when that month was imported; `closingBalance` to the last 余额 cell, else to what
 * the lines give.
 */
export const financeImportQuerySchema = z.object({
  date: z.optional(columnName),
  voucher: z.optional(columnName),
  description: z.optional(columnName),
  account: z.optional(columnName),
  income: z.optional(columnName),
  expense: z.optional(columnName),
  amount: z.optional(columnName),
  balance: z.optional(columnName),
  matter: z.optional(columnName),
  decision: z.optional(columnName),
  openingBalance: z.optional(yuanText),
  closingBalance: z.optional(yuanText),
});

export const mandateAlarmSchema = z.looseObject({ month: financeMonthSchema, ...mandateAlarmFields });

export const financeSettingsSchema = z.looseObject({
  accountingSystem: z.enum(accountingSystems),
  financeSignOff: z.enum(['none', 'supervisor', 'panel']),
  financeSignOffPanel: z.array(idSchema),
  mandateThresholdFen: z.int(),
});

export const financeStatementRecordSchema = z.looseObject({
  villageId: idSchema,
  month: financeMonthSchema,
  state: z.enum(signOffStates),
  statement: financeStatementSchema,
  /** The mapping of the last import, so the next one starts from it. */
  mapping: z.record(z.string(), z.string()),
  /** Whether the village requires 民主理财 sign-off before publishing (`financeSignOff`). */
  signOffRequired: z.boolean(),
  history: z.array(signOffEventSchema),
  alarms: z.array(mandateAlarmSchema),
  itemId: z.optional(idSchema),
  updatedAt: z.iso.datetime(),
});

const staffRead = signedInRead(cadresAndSupervisors);

/** A village's finance, and one month's statement (answered with its record). */
const villageFinance = villageAt('finance', '/finance', financeSettingsSchema);
const month = resourceAt('finance', '/v1/villages/{villageId}/finance/statements/{month}', monthParams, financeStatementRecordSchema);

export const importFinanceStatement = month.post('/file', signedInCreate(cadres), {
  id: 'importFinanceStatement',
  summary:
    "Import a month's statement from a CSV or .xlsx file; line-precise problems (path ['rows', line, column]) when it does not read or reconcile",
  query: financeImportQuerySchema,
  upload: { mediaTypes: financeImportMediaTypes },
});

export const listFinanceStatements = villageFinance.get('/statements', staffRead, {
  id: 'listFinanceStatements',
  summary: "The village's imported statements, newest month first, with their sign-off state and the village's settings",
  query: z.object({ state: z.optional(z.enum(signOffStates)) }),
  response: z.looseObject({
    settings: financeSettingsSchema,
    items: z.array(
      z.looseObject({
        month: financeMonthSchema,
        state: z.enum(signOffStates),
        totals: z.looseObject({ income: z.int(), expenditure: z.int() }),
        closingBalance: z.int(),
        lines: z.int(),
        alarms: z.int(),
        itemId: z.optional(idSchema),
        updatedAt: z.iso.datetime(),
      }),
    ),
  }),
});

export const getFinanceStatement = month.get(staffRead, {
  id: 'getFinanceStatement',
  summary: 'One month: the lines, the sign-off history and the money-without-mandate alarms',
});

export const submitFinanceStatement = month.post('/submission', signedInChange(200, cadres), {
  id: 'submitFinanceStatement',
  summary: 'Submit the month for 民主理财 sign-off (again after an objection was answered)',
  body: z.object({ note: z.optional(z.string().check(z.trim(), z.maxLength(500))) }),
});

export const signOffFinanceStatement = month.post('/sign-off', signedInChange(200, supervisors), {
  id: 'signOffFinanceStatement',
  summary: 'Sign off a submitted month, or object with reasons (the supervisory committee or the 民主理财小组)',
  // Supervisors only: 村民委员会组织法 Art 32 keeps committee members (the cadres) out of the supervisory body. With a
  // 民主理财小组 (`financeSignOff: 'panel'`) only its named members among them; the server checks that.
  body: z.object({
    decision: z.enum(['signOff', 'object']),
    /** Required for an objection: what the cadre must answer. */
    reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
  }),
  publishes: true,
});

export const answerFinanceObjection = month.post('/answer', signedInChange(200, cadres), {
  id: 'answerFinanceObjection',
  summary: 'Answer the objection to the month (then fix, re-import if needed, and submit again)',
  body: z.object({ answer: z.string().check(z.trim(), z.minLength(2), z.maxLength(1000)) }),
  publishes: true,
});

export const publishFinanceStatement = month.post('/publication', signedInChange(201, cadres), {
  id: 'publishFinanceStatement',
  summary: 'Publish the month on the board (after sign-off where the village requires it); the sign-offs become its public history',
  body: z.object({
    title: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))),
    /** The day it goes up (today or later) and, optionally, the last day of the notice. */
    published: dateSchema,
    until: z.optional(dateSchema),
  }),
  response: disclosureDetailSchema,
});

export const listMandateAlarms = villageFinance.get('/alarms', staffRead, {
  id: 'listMandateAlarms',
  summary: '★ Money without mandate: expense lines above the threshold or for an Art 24 matter without a valid decision trail',
  query: z.object({ from: z.optional(financeMonthSchema), to: z.optional(financeMonthSchema) }),
  response: z.looseObject({ thresholdFen: z.int(), items: z.array(mandateAlarmSchema) }),
});

export const setFinanceSettings = villageFinance.put('/settings', signedInChange(200, supervisors), {
  id: 'setFinanceSettings',
  summary: "Record the village's 民主理财 rules: who signs off, the panel, the chart of accounts, the alarm threshold",
  // The supervisory committee, not the cadres it supervises, records who signs off (村民委员会组织法 Art 32).
  body: z.object({
    accountingSystem: z.enum(accountingSystems),
    financeSignOff: z.enum(['none', 'supervisor', 'panel']),
    financeSignOffPanel: z.array(idSchema).check(z.maxLength(20)),
    mandateThresholdFen: z.int().check(z.minimum(0), z.maximum(1_000_000_000_000)),
    /** Why (the meeting that adopted the rule): kept in the audit log. */
    reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)),
  }),
});
