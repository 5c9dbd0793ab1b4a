import {
  addMonths,
  detectFinanceMapping,
  endOfMonth,
  fenToYuanString,
  importFinanceRows,
  nextSignOffState,
  parseYuan,
  requiresSignOff,
  maySignOff,
  type FinanceColumnMapping,
  type RuleIssue,
  type SignOffAction,
} from '@shanzhi/rules';
import type { RouteSpec } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import type { HandlerContext } from '../api/context.js';
import type { Handlers } from '../api/register.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { loadDecisionRecords } from '../decisions/store.js';
import { openOwnVillage, requireOwnVillage } from '../disclosure/access.js';
import { transactionOf } from '../disclosure/ids.js';
import { refusal, type PublishBody } from '../disclosure/publish.js';
import { loadSettings } from '../disclosure/store.js';
import { readFinanceFile } from '../finance/read-file.js';
import { saveFinanceSettings } from '../finance/settings.js';
import {
  appendEvent,
  findStatement,
  loadHistory,
  loadStatements,
  saveStatement,
  statementIdOf,
  type StoredStatement,
} from '../finance/store.js';
import { alarmsOf, financeSettingsView, recordView, summaryView, type FinanceContext } from '../finance/view.js';
import { HttpProblem } from '../http/problem.js';
import { refuseRawPersonalData } from '../http/public-content.js';
import { publishThroughBoard } from './disclosure.js';

type FinanceHandlers = Pick<
  Handlers,
  | 'importFinanceStatement'
  | 'listFinanceStatements'
  | 'getFinanceStatement'
  | 'submitFinanceStatement'
  | 'signOffFinanceStatement'
  | 'answerFinanceObjection'
  | 'publishFinanceStatement'
  | 'listMandateAlarms'
  | 'setFinanceSettings'
>;

type Db = Kysely<Database> | Transaction<Database>;

async function contextOf(db: Db, villageId: string, today: string, locale: FinanceContext['locale']): Promise<FinanceContext> {
  const [settings, decisions] = await Promise.all([loadSettings(db, villageId), loadDecisionRecords(db, villageId)]);
  return { settings, decisions: decisions.map((d) => ({ id: d.id, trail: d.trail })), today, locale };
}

async function requireStatement(db: Db, villageId: string, month: string): Promise<StoredStatement> {
  const stored = await findStatement(db, villageId, month);
  if (!stored) throw HttpProblem.of('not-found');
  return stored;
}

async function viewOf(db: Db, stored: StoredStatement, ctx: FinanceContext) {
  return recordView(stored, await loadHistory(db, stored.id), ctx);
}

/** 409 naming the state the statement is in: the action does not apply to it now. */
function wrongState(stored: StoredStatement): HttpProblem {
  return new HttpProblem(409, 'finance.signOff.wrongState', { params: { state: stored.state } });
}

interface StepInput {
  readonly ctx: Omit<HandlerContext<RouteSpec>, 'route' | 'body' | 'query' | 'params'>;
  readonly villageId: string;
  readonly month: string;
  readonly action: SignOffAction;
  readonly text?: string | undefined;
}

/** One 民主理财 step: the transition the rules allow, the history entry and the audit, in the request's transaction. */
async function step(input: StepInput) {
  const { ctx, villageId, month, action } = input;
  const trx = transactionOf(ctx.db);
  await openOwnVillage(trx, ctx.principal, villageId);
  const finance = await contextOf(trx, villageId, ctx.today, ctx.locale);
  const before = await requireStatement(trx, villageId, month);
  const next = nextSignOffState(before.state, action, requiresSignOff(finance.settings));
  if (next === null) {
    if (action === 'submit' && before.state === 'objected') throw new HttpProblem(409, 'finance.signOff.answerRequired');
    throw wrongState(before);
  }
  const at = ctx.now.toISOString();
  const after: StoredStatement = { ...before, state: next, updatedBy: ctx.principal.id, updatedAt: at };
  await saveStatement(trx, after, false);
  await appendEvent(trx, after, { action, principal: ctx.principal, at, text: input.text });
  await auditChange(trx, ctx.principal, ctx.now, `finance.statement.${action}`, `finance-statement:${after.id}`, before, {
    ...after,
    text: input.text,
  });
  return { body: await viewOf(trx, after, finance) };
}

function periodOf(month: string) {
  const from = `${month}-01`;
  return { from, to: endOfMonth(from) };
}

/** The opening balance: as given, else the previous month's closing balance when that month was imported. */
async function openingBalanceOf(db: Db, villageId: string, month: string, given: string | undefined): Promise<number> {
  if (given !== undefined) {
    const parsed = parseYuan(given);
    if (!parsed.ok) throw refusal(parsed.issues.map((one) => ({ ...one, path: ['openingBalance'] })));
    return parsed.value;
  }
  const previous = await findStatement(db, villageId, addMonths(`${month}-01`, -1).slice(0, 7));
  if (previous) return previous.statement.closingBalance;
  throw refusal([{ code: 'field.required', path: ['openingBalance'] }]);
}

export const financeHandlers: FinanceHandlers = {
  importFinanceStatement: async (ctx) => {
    const { villageId, month } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openOwnVillage(trx, ctx.principal, villageId);
    const finance = await contextOf(trx, villageId, ctx.today, ctx.locale);
    const existing = await findStatement(trx, villageId, month);
    if (existing && nextSignOffState(existing.state, 'import', requiresSignOff(finance.settings)) === null) throw wrongState(existing);

    const { openingBalance: opening, closingBalance: closing, ...columns } = ctx.query;
    const closingParsed = closing === undefined ? undefined : parseYuan(closing);
    if (closingParsed && !closingParsed.ok) throw refusal(closingParsed.issues.map((one) => ({ ...one, path: ['closingBalance'] })));
    const rows = await readFinanceFile(ctx.upload ?? new Uint8Array(0));
    // No mapping given: the header row names the columns (rules `detectFinanceMapping`); the answer says what was used.
    const mapping: FinanceColumnMapping = Object.keys(columns).length > 0 ? { ...columns } : detectFinanceMapping(rows);
    const result = importFinanceRows(rows, mapping, {
      period: periodOf(month),
      openingBalance: await openingBalanceOf(trx, villageId, month, opening),
      closingBalance: closingParsed?.ok ? closingParsed.value : undefined,
      system: finance.settings.accountingSystem,
    });
    // Nothing is stored from a file with problems: every one is reported at its line, the cadre fixes and re-imports.
    if (result.issues.length > 0 || !result.statement) throw refusal(result.issues);

    const at = ctx.now.toISOString();
    const after: StoredStatement = {
      id: statementIdOf(villageId, month),
      villageId,
      month,
      state: existing?.state ?? 'draft',
      statement: result.statement,
      mapping,
      updatedBy: ctx.principal.id,
      updatedAt: at,
    };
    await saveStatement(trx, after, existing === undefined);
    await appendEvent(trx, after, { action: 'import', principal: ctx.principal, at });
    await auditChange(trx, ctx.principal, ctx.now, 'finance.statement.import', `finance-statement:${after.id}`, existing ?? null, after);
    return { status: 201, body: await viewOf(trx, after, finance) };
  },

  listFinanceStatements: async ({ db, params, query, principal, today, locale }) => {
    await openOwnVillage(db, principal, params.villageId);
    const finance = await contextOf(db, params.villageId, today, locale);
    const statements = (await loadStatements(db, params.villageId)).filter((s) => query.state === undefined || s.state === query.state);
    return { body: { settings: financeSettingsView(finance.settings), items: statements.map((s) => summaryView(s, finance)) } };
  },

  getFinanceStatement: async ({ db, params, principal, today, locale }) => {
    await openOwnVillage(db, principal, params.villageId);
    const finance = await contextOf(db, params.villageId, today, locale);
    return { body: await viewOf(db, await requireStatement(db, params.villageId, params.month), finance) };
  },

  submitFinanceStatement: (ctx) =>
    step({
      ctx,
      villageId: ctx.params.villageId,
      month: ctx.params.month,
      action: 'submit',
      text: ctx.body.note === '' ? undefined : ctx.body.note,
    }),

  signOffFinanceStatement: async (ctx) => {
    const { villageId } = ctx.params;
    requireOwnVillage(ctx.principal, villageId);
    const settings = await loadSettings(ctx.db, villageId);
    if (!maySignOff(settings, { role: ctx.principal.role, staffId: ctx.principal.id })) {
      throw new HttpProblem(403, 'finance.signOff.notSigner');
    }
    const reason = ctx.body.reason?.trim() ?? '';
    if (ctx.body.decision === 'object' && reason.length < 2) {
      throw refusal([{ code: 'finance.signOff.reasonRequired', path: ['reason'] }]);
    }
    return step({ ctx, villageId, month: ctx.params.month, action: ctx.body.decision, text: reason || undefined });
  },

  answerFinanceObjection: (ctx) =>
    step({ ctx, villageId: ctx.params.villageId, month: ctx.params.month, action: 'answer', text: ctx.body.answer }),

  publishFinanceStatement: async (ctx) => {
    const { villageId, month } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openOwnVillage(trx, ctx.principal, villageId);
    const settings = await loadSettings(trx, villageId);
    const stored = await requireStatement(trx, villageId, month);
    if (nextSignOffState(stored.state, 'publish', requiresSignOff(settings)) === null) {
      if (stored.state === 'published') throw wrongState(stored);
      throw refusal([{ code: 'finance.signOff.required', params: { period: month }, path: [] }]);
    }
    const { statement } = stored;
    const [year, mm] = month.split('-');
    const title = ctx.body.title ?? `${year ?? ''}年${String(Number(mm))}月村级财务收支公开`;
    const summary =
      `本月收入 ${fenToYuanString(statement.totals.income)} 元，支出 ${fenToYuanString(statement.totals.expenditure)} 元，` +
      `期末余额 ${fenToYuanString(statement.closingBalance)} 元。`;
    const body: PublishBody = {
      category: 'finance',
      version: {
        title,
        body: [{ type: 'paragraph', children: [{ type: 'text', text: summary }] }],
        period: statement.period,
        notice: { published: ctx.body.published, ...(ctx.body.until === undefined ? {} : { until: ctx.body.until }) },
        attachments: [],
        finance: statement,
      },
    };
    // The route's own body is not the publication: the write-time check a `publishes` route gets is made here.
    refuseRawPersonalData(body);
    // Published exactly as publishDisclosure does (its checks, the 民主理财 gate, audit, cache); the gate links the item.
    const published = await publishThroughBoard(ctx, trx, villageId, body);
    return { status: 201, body: published.body };
  },

  listMandateAlarms: async ({ db, params, query, principal, today, locale }) => {
    await openOwnVillage(db, principal, params.villageId);
    const finance = await contextOf(db, params.villageId, today, locale);
    const statements = (await loadStatements(db, params.villageId)).filter(
      (s) => (query.from === undefined || s.month >= query.from) && (query.to === undefined || s.month <= query.to),
    );
    return { body: { thresholdFen: finance.settings.mandateThresholdFen, items: statements.flatMap((s) => alarmsOf(s, finance)) } };
  },

  setFinanceSettings: async (ctx) => {
    const { villageId } = ctx.params;
    const trx = transactionOf(ctx.db);
    await openOwnVillage(trx, ctx.principal, villageId);
    const { reason, ...wanted } = ctx.body;
    // The panel signs as the supervisory side, so its members hold the supervisor role (Art 32: no cadres on it).
    const staff = new Set(
      (await trx.selectFrom('staff').select('id').where('village_id', '=', villageId).where('role', '=', 'supervisor').execute()).map(
        (row) => row.id,
      ),
    );
    const unknown: RuleIssue[] = wanted.financeSignOffPanel.flatMap((id, index) =>
      staff.has(id) ? [] : [{ code: 'finance.signOff.panelUnknownStaff' as const, path: ['financeSignOffPanel', index] }],
    );
    if (wanted.financeSignOff === 'panel' && wanted.financeSignOffPanel.length === 0) {
      unknown.push({ code: 'field.required', path: ['financeSignOffPanel'] });
    }
    if (unknown.length > 0) throw refusal(unknown);
    const before = financeSettingsView(await loadSettings(trx, villageId));
    await saveFinanceSettings(trx, villageId, wanted);
    const after = financeSettingsView(await loadSettings(trx, villageId));
    await auditChange(trx, ctx.principal, ctx.now, 'finance.settings.set', `village:${villageId}`, before, { ...after, reason });
    return { body: after };
  },
};
