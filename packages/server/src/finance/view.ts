import {
  localizeIssues,
  mandateAlarms,
  requiresSignOff,
  type CalendarDate,
  type DisclosureSettings,
  type FinanceStatement,
  type Locale,
  type MandateDecision,
} from '@shanzhi/rules';
import type { StoredSignOffEvent, StoredStatement } from './store.js';

/** What the alarm and the views need of the village: its settings, its decisions, the day and the language. */
export interface FinanceContext {
  readonly settings: DisclosureSettings;
  readonly decisions: readonly MandateDecision[];
  readonly today: CalendarDate;
  readonly locale: Locale;
}

/** ★ A statement's money-without-mandate alarms (rules `mandateAlarms`), localized: the desk's and the public's. */
export function alarmViews(statement: FinanceStatement, ctx: FinanceContext) {
  return mandateAlarms(statement, ctx.decisions, ctx.settings, ctx.today).map((alarm) => ({
    index: alarm.index,
    voucher: alarm.line.voucher,
    date: alarm.line.date,
    description: alarm.line.description,
    classification: alarm.line.classification,
    amount: alarm.line.amount,
    reasons: [...alarm.reasons],
    trail: alarm.trail,
    ...(alarm.line.decisionId === undefined ? {} : { decisionId: alarm.line.decisionId }),
    ...(alarm.line.matter === undefined ? {} : { matter: alarm.line.matter }),
    issues: localizeIssues(alarm.issues, ctx.locale).map((one) => ({ path: [...one.path], code: one.code, message: one.message })),
  }));
}

/** The alarms of a month's imported statement, for the finance desk. */
export function alarmsOf(stored: StoredStatement, ctx: FinanceContext) {
  return alarmViews(stored.statement, ctx).map((view) => ({ month: stored.month, ...view }));
}

export function financeSettingsView(settings: DisclosureSettings) {
  return {
    accountingSystem: settings.accountingSystem,
    financeSignOff: settings.financeSignOff,
    financeSignOffPanel: [...settings.financeSignOffPanel],
    mandateThresholdFen: settings.mandateThresholdFen,
  };
}

/** A statement as the desk reads it: lines, state, history, alarms. */
export function recordView(stored: StoredStatement, history: readonly StoredSignOffEvent[], ctx: FinanceContext) {
  return {
    villageId: stored.villageId,
    month: stored.month,
    state: stored.state,
    statement: stored.statement,
    mapping: { ...stored.mapping },
    signOffRequired: requiresSignOff(ctx.settings),
    history: history.map((event) => ({ ...event })),
    alarms: alarmsOf(stored, ctx),
    ...(stored.itemId === undefined ? {} : { itemId: stored.itemId }),
    updatedAt: stored.updatedAt,
  };
}

/** One row of the desk's list. */
export function summaryView(stored: StoredStatement, ctx: FinanceContext) {
  return {
    month: stored.month,
    state: stored.state,
    totals: { ...stored.statement.totals },
    closingBalance: stored.statement.closingBalance,
    lines: stored.statement.income.length + stored.statement.expenditure.length,
    alarms: alarmsOf(stored, ctx).length,
    ...(stored.itemId === undefined ? {} : { itemId: stored.itemId }),
    updatedAt: stored.updatedAt,
  };
}
