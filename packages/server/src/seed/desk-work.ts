import { addDays, addWorkingDays, currentVersion, type CalendarDate } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import { hashToken } from '../auth/principal.js';
import { insertRows } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { answerWorkingDays, type AskBody, type StoredQuery } from '../disclosure/queries.js';
import { drawReceiptCode } from '../requests/store.js';
import { Random } from './random.js';
import type { DemoCounty } from './types.js';

/*
 * Work waiting on the demo county's query desk (`<sz-query-desk>`): in every village a handful of villagers' queries
 * about disclosed items (村民委员会组织法 Art 30 查询) in every state — open, overdue, answered, published as a FAQ entry.
 * The plans are plain data drawn from the county and its seed (`Random.fork`: the same county gives the same plans),
 * dated back from the demo clock (`asOf`); `demoQueries` makes them the query store's documents, which the demo load
 * writes with the store's bulk insert (as every seeded table is: no audit entries for seed data).
 */

type QueryState = 'open' | 'overdue' | 'answered' | 'faq';

/** One seeded query: who asks about which item, when, and how far the committee got with it. */
export interface DemoQueryPlan {
  readonly villageId: string;
  readonly disclosureId: string;
  readonly householdId: string;
  readonly body: AskBody;
  readonly state: QueryState;
  readonly receivedOn: CalendarDate;
  readonly answer?: { readonly text: string; readonly on: CalendarDate; readonly by: string };
  readonly faq?: { readonly question: string; readonly answer: string; readonly on: CalendarDate };
}

interface QueryTemplate {
  readonly state: QueryState;
  readonly kind: AskBody['kind'];
  /** Days before asOf the query came in, and (answered ones) the days it took to answer. */
  readonly daysAgo: number;
  readonly answeredAfter?: number;
  readonly text: string;
  readonly answer?: string;
  readonly faq?: { readonly question: string; readonly answer: string };
}

/** Six per village; the texts name no one and carry no number (the FAQ wording is the cadre's own). */
const queryTemplates: readonly QueryTemplate[] = [
  { state: 'open', kind: 'question', daysAgo: 1, text: '公开表里的“其他支出”具体是哪些开支？' },
  { state: 'open', kind: 'objection', daysAgo: 2, text: '修路的支出比村民大会上说的多，想了解多出来的部分用在哪里。' },
  { state: 'overdue', kind: 'question', daysAgo: 16, text: '补助收入是哪一级拨付的？什么时候到账的？' },
  {
    state: 'answered',
    kind: 'question',
    daysAgo: 24,
    answeredAfter: 3,
    text: '办公用品一个月花这么多，能看看明细吗？',
    answer: '本月办公用品支出含党群服务中心打印机一台，凭证存县农村集体“三资”委托代理服务中心，可预约查阅。',
  },
  {
    state: 'faq',
    kind: 'question',
    daysAgo: 40,
    answeredAfter: 2,
    text: '为什么公开的余额和上个月的期末余额对不上？',
    answer: '上月期末余额已结转为本月期初余额，二者一致；您看到的差额是本月收支合计。',
    faq: {
      question: '本月期初余额和上月期末余额是什么关系？',
      answer: '上月期末余额结转为本月期初余额，二者相同；本月余额变化来自本月收入和支出。',
    },
  },
  {
    state: 'faq',
    kind: 'question',
    daysAgo: 55,
    answeredAfter: 4,
    text: '村里公开的东西在哪里能看到原始凭证？',
    answer: '原始凭证由县农村集体“三资”委托代理服务中心保管，村民可向村委会预约查阅。',
    faq: {
      question: '怎样查阅公开项目的原始凭证？',
      answer: '原始凭证存县农村集体“三资”委托代理服务中心，向村委会预约即可查阅。',
    },
  },
];

/** The id of the first staff member of `role` in the village (the seed always has one). */
export function villageStaff(county: DemoCounty, villageId: string, role: string): string {
  const found = county.staff.find((one) => one.villageId === villageId && one.role === role);
  if (!found) throw new Error(`No ${role} in ${villageId}`);
  return found.id;
}

/** The queries of every village, asked by its households about its latest published items. */
export function demoQueryPlans(county: DemoCounty): DemoQueryPlan[] {
  return county.villages.flatMap((village) => {
    const households = county.households.filter((one) => one.villageId === village.id);
    const items = county.disclosureItems.filter((item) => item.villageId === village.id);
    const cadre = villageStaff(county, village.id, 'cadre');
    const random = new Random(county.seed).fork(`desk-work:queries:${village.id}`);
    return queryTemplates.flatMap((template, index): DemoQueryPlan[] => {
      const receivedOn = addDays(county.asOf, -template.daysAgo);
      // An item already on the board on the day the query came in, the later ones first.
      const shown = items.filter((item) => currentVersion(item).notice.published <= receivedOn);
      const item = shown[shown.length - 1 - (index % Math.max(1, Math.min(3, shown.length)))];
      const household = households[random.int(0, Math.max(0, households.length - 1))];
      if (!item || !household) return [];
      // Half leave a phone for the answer: stored for the committee, never shown in a public view.
      const body: AskBody = { kind: template.kind, text: template.text, ...(index % 2 === 0 ? { contactPhone: household.mobile } : {}) };
      const answeredOn = template.answeredAfter === undefined ? undefined : addDays(receivedOn, template.answeredAfter);
      return [
        {
          villageId: village.id,
          disclosureId: item.id,
          householdId: household.id,
          body,
          state: template.state,
          receivedOn,
          ...(answeredOn === undefined || template.answer === undefined
            ? {}
            : { answer: { text: template.answer, on: answeredOn, by: cadre } }),
          ...(answeredOn === undefined || template.faq === undefined ? {} : { faq: { ...template.faq, on: addDays(answeredOn, 1) } }),
        },
      ];
    });
  });
}

/** A seeded query as the store keeps it, with the receipt code the villager was given (only its hash is stored). */
export interface DemoQuery {
  readonly query: StoredQuery;
  readonly receiptCode: string;
}

/**
 * The plans as the query store's documents: what `storeQuery`, `answerQuery` and `publishFaq` would have kept, with
 * ids in the village's series (`dq-01-0001` …; the route's next id continues after them) and the village's answer days.
 */
export function demoQueries(county: DemoCounty): DemoQuery[] {
  const serials = new Map<string, number>();
  return demoQueryPlans(county).map((plan) => {
    const serial = (serials.get(plan.villageId) ?? 0) + 1;
    serials.set(plan.villageId, serial);
    const settings = county.disclosureSchemes.find((one) => one.villageId === plan.villageId)?.settings;
    const random = new Random(county.seed).fork(`desk-work:receipt:${plan.villageId}:${String(serial)}`);
    const { contactPhone, ...body } = plan.body;
    const query: StoredQuery = {
      id: `dq-${plan.villageId.slice(-2)}-${String(serial).padStart(4, '0')}`,
      villageId: plan.villageId,
      disclosureId: plan.disclosureId,
      ...body,
      ...(contactPhone === undefined ? {} : { contactPhone }),
      askedBy: { id: plan.householdId, role: 'villager', householdId: plan.householdId },
      receivedOn: plan.receivedOn,
      answerDueOn: addWorkingDays(plan.receivedOn, settings?.queryAnswerWorkingDays ?? answerWorkingDays),
      status: plan.answer === undefined ? 'received' : 'answered',
      ...(plan.answer === undefined ? {} : { answer: { text: plan.answer.text, answeredOn: plan.answer.on, answeredBy: plan.answer.by } }),
      ...(plan.faq === undefined || plan.answer === undefined
        ? {}
        : { faq: { question: plan.faq.question, answer: plan.faq.answer, publishedOn: plan.faq.on, publishedBy: plan.answer.by } }),
    };
    return { query, receiptCode: drawReceiptCode((count) => random.bytes(count)) };
  });
}

/**
 * Bulk-writes seeded queries with their receipts' hashes, the rows `storeQuery` writes (the query store has no bulk
 * writer of its own; the demo load writes every other table with one).
 */
export async function insertDemoQueries(trx: Transaction<Database>, queries: readonly DemoQuery[]): Promise<void> {
  await insertRows(
    trx,
    'disclosure_queries',
    queries.map(({ query }) => ({
      id: query.id,
      village_id: query.villageId,
      disclosure_id: query.disclosureId,
      received_on: query.receivedOn,
      doc: JSON.stringify(query),
    })),
  );
  await insertRows(
    trx,
    'disclosure_query_receipts',
    queries.map(({ query, receiptCode }) => ({ query_id: query.id, receipt_hash: hashToken(receiptCode) })),
  );
}
