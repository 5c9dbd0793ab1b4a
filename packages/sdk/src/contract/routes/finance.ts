import { accountingSystems, financeStatementSchema, signOffStates } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { signedInChange, signedInCreate, signedInRead } from './answers.js';
import { cadres, cadresAndSupervisors, supervisors } from './callers.js';
import { dateSchema, idSchema, villageParams } from './common.js';
import { disclosureDetailSchema, mandateAlarmFields } from './disclosure.js';
import { signOffEventSchema } from './finance-history.js';
import { resourceParts } from './resource.js';

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
const villageFinance = resourceParts('finance', villageParams, financeSettingsSchema);
const month = resourceParts('finance', monthParams, financeStatementRecordSchema);

export const importFinanceStatement = defineRoute({
  id: 'importFinanceStatement',
  method: 'POST',
  path: '/v1/villages/{villageId}/finance/statements/{month}/file',
  summary:
    "Import a month's statement from a CSV or .xlsx file; line-precise problems (path ['rows', line, column]) when it does not read or reconcile",
  ...signedInCreate(cadres),
  tags: ['finance'],
  params: monthParams,
  query: financeImportQuerySchema,
  upload: { mediaTypes: financeImportMediaTypes },
  response: financeStatementRecordSchema,
});

export const listFinanceStatements = defineRoute({
  id: 'listFinanceStatements',
  method: 'GET',
  path: '/v1/villages/{villageId}/finance/statements',
  summary: "The village's imported statements, newest month first, with their sign-off state and the village's settings",
  ...staffRead,
  query: z.object({ state: z.optional(z.enum(signOffStates)) }),
  ...villageFinance,
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

export const getFinanceStatement = defineRoute({
  id: 'getFinanceStatement',
  method: 'GET',
  path: '/v1/villages/{villageId}/finance/statements/{month}',
  summary: 'One month: the lines, the sign-off history and the money-without-mandate alarms',
  ...staffRead,
  ...month,
});

export const submitFinanceStatement = defineRoute({
  id: 'submitFinanceStatement',
  method: 'POST',
  path: '/v1/villages/{villageId}/finance/statements/{month}/submission',
  summary: 'Submit the month for 民主理财 sign-off (again after an objection was answered)',
  ...signedInChange(200, cadres),
  ...month,
  body: z.object({ note: z.optional(z.string().check(z.trim(), z.maxLength(500))) }),
});

export const signOffFinanceStatement = defineRoute({
  id: 'signOffFinanceStatement',
  method: 'POST',
  path: '/v1/villages/{villageId}/finance/statements/{month}/sign-off',
  summary: 'Sign off a submitted month, or object with reasons (the supervisory committee or the 民主理财小组)',
  // Supervisors only: 村民委员会组织法 Art 32 keeps committee members (the cadres) out of the supervisory body. With a
  // 民主理财小组 (`financeSignOff: 'panel'`) only its named members among them; the server checks that.
  ...signedInChange(200, supervisors),
  ...month,
  body: z.object({
    decision: z.enum(['signOff', 'object']),
    /** Required for an objection: what the cadre must answer. */
    reason: z.optional(z.string().check(z.trim(), z.maxLength(1000))),
  }),
  publishes: true,
});

export const answerFinanceObjection = defineRoute({
  id: 'answerFinanceObjection',
  method: 'POST',
  path: '/v1/villages/{villageId}/finance/statements/{month}/answer',
  summary: 'Answer the objection to the month (then fix, re-import if needed, and submit again)',
  ...signedInChange(200, cadres),
  ...month,
  body: z.object({ answer: z.string().check(z.trim(), z.minLength(2), z.maxLength(1000)) }),
  publishes: true,
});

export const publishFinanceStatement = defineRoute({
  id: 'publishFinanceStatement',
  method: 'POST',
  path: '/v1/villages/{villageId}/finance/statements/{month}/publication',
  summary: 'Publish the month on the board (after sign-off where the village requires it); the sign-offs become its public history',
  ...signedInChange(201, cadres),
  ...month,
  body: z.object({
    title: z.optional(z.string().check(z.trim(), z.minLength(2), z.maxLength(120))),
    /** The day it goes up (today or later) and, optionally, the last day of the notice. */
    published: dateSchema,
    until: z.optional(dateSchema),
  }),
  response: disclosureDetailSchema,
});

export const listMandateAlarms = defineRoute({
  id: 'listMandateAlarms',
  method: 'GET',
  path: '/v1/villages/{villageId}/finance/alarms',
  summary: '★ Money without mandate: expense lines above the threshold or for an Art 24 matter without a valid decision trail',
  ...staffRead,
  query: z.object({ from: z.optional(financeMonthSchema), to: z.optional(financeMonthSchema) }),
  ...villageFinance,
  response: z.looseObject({ thresholdFen: z.int(), items: z.array(mandateAlarmSchema) }),
});

export const setFinanceSettings = defineRoute({
  id: 'setFinanceSettings',
  method: 'PUT',
  path: '/v1/villages/{villageId}/finance/settings',
  summary: "Record the village's 民主理财 rules: who signs off, the panel, the chart of accounts, the alarm threshold",
  // The supervisory committee, not the cadres it supervises, records who signs off (村民委员会组织法 Art 32).
  ...signedInChange(200, supervisors),
  ...villageFinance,
  body: z.object({
    accountingSystem: z.enum(accountingSystems),
    financeSignOff: z.enum(['none', 'supervisor', 'panel']),
    financeSignOffPanel: z.array(idSchema).check(z.maxLength(20)),
    mandateThresholdFen: z.int().check(z.minimum(0), z.maximum(1_000_000_000_000)),
    /** Why (the meeting that adopted the rule): kept in the audit log. */
    reason: z.string().check(z.trim(), z.minLength(2), z.maxLength(500)),
  }),
});
