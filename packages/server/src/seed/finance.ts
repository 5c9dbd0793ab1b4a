import {
  addDays,
  addMonths,
  chartsOfAccounts,
  currentVersion,
  endOfMonth,
  fenToYuanString,
  importFinanceRows,
  minDate,
  type CalendarDate,
  type FinanceColumnMapping,
  type FinanceStatement,
  type SignOffAction,
  type SignOffState,
} from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { appendEvent, saveStatement, statementIdOf, type StoredStatement } from '../finance/store.js';
import { villageStaff } from './desk-work.js';
import { Random } from './random.js';
import type { DemoCounty, DemoDisclosureItem } from './types.js';

/*
 * 民主理财 work on the demo county's finance desk (`<sz-finance-desk>`, docs/finance.md): in every village that
 * publishes its finances monthly, the last two months the board shows went through the desk — imported, submitted,
 * signed off by the 村务监督委员会 (村民委员会组织法 Art 32: it is responsible for 村民民主理财) and published as the
 * board's very items (same statement, linked), the earlier of them after an objection the cadre answered; a month the
 * board is missing (上塘村's overdue October, seed/disclosure.ts `quirksFor`) waits with its objection answered; and
 * the current month, read from the books on the 报账日 (the 25th, a local practice of the 村级会计委托代理 service, not
 * a statute), is submitted and awaits sign-off. Months before those were posted on the board directly.
 * New statements are read from rows as the village's file holds them by the rules' `importFinanceRows` (the import
 * route's code): accounts of the village's chart (《农村集体经济组织会计制度》, 财会〔2023〕14号, by default), integer
 * fen, reconciled. Plain data from the county and its seed (`Random.fork`), written with the finance store.
 */

/** A statement the desk holds, with its history (who, when, what). */
export interface DemoFinancePlan {
  readonly villageId: string;
  readonly month: string;
  readonly state: SignOffState;
  readonly statement: FinanceStatement;
  readonly mapping: FinanceColumnMapping;
  readonly itemId?: string;
  readonly events: readonly DemoFinanceEvent[];
}

export interface DemoFinanceEvent {
  readonly action: SignOffAction;
  readonly at: string;
  readonly by: { readonly id: string; readonly role: 'cadre' | 'supervisor' };
  readonly text?: string;
}

/** The day of the month the village's books are closed for the month's statement (报账日). */
const closingDay = 25;

const header = ['日期', '凭证号', '摘要', '科目', '收入', '支出'];
const mapping: FinanceColumnMapping = {
  date: '日期',
  voucher: '凭证号',
  description: '摘要',
  account: '科目',
  income: '收入',
  expense: '支出',
};

/** What a month's book holds, by account (classification code): the descriptions and a range in fen. */
const bookLines: readonly (readonly [code: string, income: boolean, descriptions: readonly string[], min: number, max: number])[] = [
  ['subsidyIncome', true, ['村级组织运转经费补助', '人居环境整治专项补助'], 1_000_000, 6_000_000],
  ['operatingIncome', true, ['鱼塘承包费', '集体厂房租金', '村集体停车场收费'], 200_000, 2_000_000],
  ['investmentIncome', true, ['光伏电站发电收益'], 300_000, 1_500_000],
  ['otherIncome', true, ['银行存款利息'], 1_000, 30_000],
  ['administrativeExpense', false, ['办公用品', '村委会水电费', '会议费（村民代表会议）'], 20_000, 300_000],
  ['publicWorksExpense', false, ['村道维修', '路灯电费及维护', '垃圾清运费'], 100_000, 1_500_000],
  ['operatingExpense', false, ['光伏电站运维费'], 50_000, 400_000],
  ['otherExpense', false, ['银行手续费'], 1_000, 20_000],
];

/** Beijing time of day on `date` as an ISO instant (UTC+8, no daylight saving). */
function at(date: CalendarDate, hour: number): string {
  return `${date}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`;
}

/**
 * The month's statement read from its book rows as the import route reads a file: the lines up to `lastDay`, the
 * accounts named as the village's chart names them. Throws when the rules refuse it (the seed makes legal data only).
 */
function statementFromBook(random: Random, month: string, lastDay: number, opening: number, system: '2023' | '2004'): FinanceStatement {
  const chart = chartsOfAccounts[system];
  const lines = bookLines.flatMap(([code, income, descriptions, min, max]) => {
    const account = chart.find((one) => one.classification === code);
    // The staples every month (the subsidy in, the office costs out); the others some months.
    const staple = code === 'subsidyIncome' || code === 'administrativeExpense';
    if (!account || (!staple && !random.chance(0.6))) return [];
    const amount = Math.round((min + random.next() * (max - min)) / 100) * 100;
    return [{ day: random.int(1, lastDay), income, account: account.name, description: random.pick(descriptions), amount }];
  });
  lines.sort((a, b) => a.day - b.day);
  // Never spend more than the village holds: drop the largest payments until the balance stays above ¥2,000.
  let kept = lines;
  const balance = () => kept.reduce((total, line) => total + (line.income ? line.amount : -line.amount), opening);
  while (balance() < 200_000) {
    const payments = kept.filter((line) => !line.income);
    if (payments.length === 0) break;
    const largest = payments.reduce((best, line) => (line.amount > best.amount ? line : best));
    kept = kept.filter((line) => line !== largest);
  }
  const prefix = `记${month.replace('-', '')}`;
  const rows = [
    header,
    ...kept.map((line, index) => [
      `${month}-${String(line.day).padStart(2, '0')}`,
      `${prefix}-${String(index + 1).padStart(3, '0')}`,
      line.description,
      line.account,
      line.income ? fenToYuanString(line.amount) : '',
      line.income ? '' : fenToYuanString(line.amount),
    ]),
  ];
  const from = `${month}-01`;
  const result = importFinanceRows(rows, mapping, { period: { from, to: endOfMonth(from) }, openingBalance: opening, system });
  if (!result.statement || result.issues.length > 0) throw new Error(`Seeded book of ${month} refused: ${JSON.stringify(result.issues)}`);
  return result.statement;
}

/** An objection about the month's largest payment, and the cadre's answer: both name its voucher, never a person. */
function objection(statement: FinanceStatement): { readonly object: string; readonly answer: string } {
  const largest = statement.expenditure.reduce<FinanceStatement['expenditure'][number] | undefined>(
    (best, line) => (best === undefined || line.amount > best.amount ? line : best),
    undefined,
  );
  const what = largest ? `凭证${largest.voucher}（${largest.description}）` : '本月支出';
  return {
    object: `${what}缺少验收单和经办人签字，请补附后再报。`,
    answer: `${what}的验收单和签字已补附，原件存村会计委托代理服务中心，可预约查阅。`,
  };
}

/** The statements of one village, oldest month first. */
function villagePlans(county: DemoCounty, villageId: string, system: '2023' | '2004'): DemoFinancePlan[] {
  const cadre = { id: villageStaff(county, villageId, 'cadre'), role: 'cadre' as const };
  const supervisor = { id: villageStaff(county, villageId, 'supervisor'), role: 'supervisor' as const };
  const random = new Random(county.seed).fork(`finance:${villageId}`);
  const items = new Map<string, DemoDisclosureItem>();
  for (const item of county.disclosureItems) {
    const first = item.versions[0];
    if (item.villageId === villageId && item.category === 'finance' && first?.finance) items.set(first.period.from.slice(0, 7), item);
  }
  const thisMonth = county.asOf.slice(0, 7);
  const plans: DemoFinancePlan[] = [];
  let closing: number | undefined;
  for (const back of [2, 1]) {
    const month = addMonths(`${thisMonth}-01`, -back).slice(0, 7);
    const opened = addDays(endOfMonth(`${month}-01`), 1);
    const item = items.get(month);
    const first = item?.versions[0];
    const shown = item ? currentVersion(item).finance : undefined;
    if (item && first && shown) {
      // On the board already: the statement is the one the item shows (after a correction of a mistyped amount, the
      // corrected one, so the balances chain), published on the item's first day.
      const statement = shown;
      const published = first.notice.published;
      const by = { id: item.publishedBy, role: 'cadre' as const };
      const objected = back === 2 ? objection(statement) : undefined;
      const events: DemoFinanceEvent[] = [
        { action: 'import', at: at(opened, 9), by },
        { action: 'submit', at: at(opened, 10), by },
        ...(objected
          ? [
              { action: 'object' as const, at: at(opened, 15), by: supervisor, text: objected.object },
              { action: 'answer' as const, at: at(opened, 17), by, text: objected.answer },
              { action: 'submit' as const, at: at(opened, 18), by },
            ]
          : []),
        { action: 'signOff', at: at(published, 9), by: supervisor },
        { action: 'publish', at: at(published, 10), by },
      ];
      plans.push({ villageId, month, state: 'published', statement, mapping, itemId: item.id, events });
      closing = statement.closingBalance;
      continue;
    }
    if (closing === undefined) continue;
    // Not on the board (the village is late): held up by an objection the cadre has answered, to be submitted again.
    const statement = statementFromBook(random, month, closingDay, closing, system);
    const objected = objection(statement);
    // The objection two days after the import, the answer four days later, but never after the demo day: early in a
    // month (the last month's statement only days old) the steps close up, in order, up to `asOf`.
    const objectedOn = minDate(addDays(opened, 2), county.asOf);
    const answeredOn = minDate(addDays(opened, 6), county.asOf);
    plans.push({
      villageId,
      month,
      state: 'answered',
      statement,
      mapping,
      events: [
        { action: 'import', at: at(opened, 9), by: cadre },
        { action: 'submit', at: at(opened, 10), by: cadre },
        { action: 'object', at: at(objectedOn, 15), by: supervisor, text: objected.object },
        { action: 'answer', at: at(answeredOn, answeredOn === objectedOn ? 17 : 11), by: cadre, text: objected.answer },
      ],
    });
    closing = statement.closingBalance;
  }
  // The current month once its books are closed (报账日), submitted and awaiting the committee.
  const closedOn = `${thisMonth}-${String(closingDay + 1)}`;
  if (closing !== undefined && closedOn <= county.asOf) {
    const statement = statementFromBook(random, thisMonth, closingDay, closing, system);
    plans.push({
      villageId,
      month: thisMonth,
      state: 'submitted',
      statement,
      mapping,
      events: [
        { action: 'import', at: at(closedOn, 9), by: cadre },
        {
          action: 'submit',
          at: at(closedOn, 10),
          by: cadre,
          text: `${thisMonth.replace('-', '年')}月收支已记账至${String(closingDay)}日，请审核。`,
        },
      ],
    });
  }
  return plans;
}

/** The finance desk's statements of every village that publishes its finances monthly. */
export function demoFinancePlans(county: DemoCounty): DemoFinancePlan[] {
  return county.disclosureSchemes
    .filter((scheme) => scheme.settings.financeMonthly)
    .flatMap((scheme) => villagePlans(county, scheme.villageId, scheme.settings.accountingSystem));
}

/** Writes the statements and their histories with the finance store (the code the routes write with). */
export async function insertDemoFinance(trx: Transaction<Database>, plans: readonly DemoFinancePlan[]): Promise<void> {
  for (const plan of plans) {
    const last = plan.events[plan.events.length - 1];
    if (!last) continue;
    const stored: StoredStatement = {
      id: statementIdOf(plan.villageId, plan.month),
      villageId: plan.villageId,
      month: plan.month,
      state: plan.state,
      statement: plan.statement,
      mapping: plan.mapping,
      ...(plan.itemId === undefined ? {} : { itemId: plan.itemId }),
      updatedBy: last.by.id,
      updatedAt: last.at,
    };
    await saveStatement(trx, stored, true);
    for (const event of plan.events) {
      await appendEvent(trx, stored, {
        action: event.action,
        principal: { ...event.by, villageId: plan.villageId },
        at: event.at,
        text: event.text,
      });
    }
  }
}
