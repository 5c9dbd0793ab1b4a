import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { containsRawPersonalData } from '@shanzhi/rules';
import {
  answerDisclosureQuery,
  askAboutDisclosure,
  getDisclosure,
  getDisclosureQuery,
  listDisclosureQueries,
  listDisclosures,
  lookUpDisclosureQuery,
  publishDisclosureQueryFaq,
} from '@shanzhi/sdk';
import { openDatabase } from '../src/db/open.js';
import { startTestServer, type TestServer } from './harness.js';
import { rejectsWith } from './support/problems.js';

const villageId = 'v-qs-01';
const phone = '139 1234 5678';
let server: TestServer;
let filename: string;

before(async () => {
  filename = `/tmp/shanzhi-queries-${String(process.pid)}.db`;
  server = await startTestServer({ filename, guessLimit: { perCase: { maxFailures: 3, windowMs: 60_000 } } });
});
after(async () => {
  await server.close();
});

async function someItem(): Promise<string> {
  const { data } = await server.client().request(listDisclosures, { params: { villageId }, query: { category: 'finance', limit: 1 } });
  const id = data.items[0]?.id;
  assert.ok(id);
  return id;
}

async function ask(text = '请问十一月份的村道维修费用明细在哪里可以查看？') {
  const disclosureId = await someItem();
  const { data } = await server
    .client('demo-villager')
    .request(askAboutDisclosure, { params: { villageId, disclosureId }, body: { kind: 'question', text, contactPhone: phone } });
  return { disclosureId, receipt: data };
}

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(new URL(path, server.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

describe('asking returns a receipt code', () => {
  test('random, 12 symbols, shown once; only its hash is stored', async () => {
    const first = await ask();
    const second = await ask();
    assert.match(first.receipt.receiptCode, /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    assert.notEqual(first.receipt.receiptCode, second.receipt.receiptCode);
    const db = openDatabase({ filename });
    try {
      const row = await db
        .selectFrom('disclosure_query_receipts')
        .selectAll()
        .where('query_id', '=', first.receipt.id)
        .executeTakeFirstOrThrow();
      assert.match(row.receipt_hash, /^[0-9a-f]{64}$/);
      const everything = JSON.stringify(await db.selectFrom('disclosure_queries').selectAll().execute());
      assert.ok(!everything.includes(first.receipt.receiptCode.replaceAll('-', '')), 'the code is not kept');
    } finally {
      await db.destroy();
    }
  });
});

describe('staff list and read queries', () => {
  test('role matrix: cadre and supervisor read; villagers, mediators and the public do not', async () => {
    await ask();
    for (const token of ['demo-cadre', 'demo-supervisor']) {
      const { status } = await server.client(token).request(listDisclosureQueries, { params: { villageId } });
      assert.equal(status, 200, token);
    }
    for (const token of ['demo-villager', 'demo-mediator', 'demo-gridWorker', 'demo-admin']) {
      await rejectsWith(server.client(token).request(listDisclosureQueries, { params: { villageId } }), 403, 'forbidden');
    }
    await rejectsWith(server.client().request(listDisclosureQueries, { params: { villageId } }), 401, 'unauthorized');
    await rejectsWith(server.client('demo-cadre').request(listDisclosureQueries, { params: { villageId: 'v-qs-02' } }), 403, 'forbidden');
  });

  test('by answer deadline, overdue first, with the household name and never a phone in the list', async () => {
    const { receipt } = await ask('请问这笔办公用品支出是哪天开会决定的？');
    // A query received long ago, never answered: plant its deadline in the past.
    const db = openDatabase({ filename });
    try {
      const row = await db.selectFrom('disclosure_queries').select('doc').where('id', '=', receipt.id).executeTakeFirstOrThrow();
      const doc = { ...(JSON.parse(row.doc) as object), receivedOn: '2026-11-02', answerDueOn: '2026-11-09' };
      await db
        .updateTable('disclosure_queries')
        .set({ doc: JSON.stringify(doc) })
        .where('id', '=', receipt.id)
        .execute();
    } finally {
      await db.destroy();
    }
    const { data } = await server.client('demo-supervisor').request(listDisclosureQueries, { params: { villageId } });
    const first = data.items[0];
    assert.ok(first);
    assert.equal(first.id, receipt.id, 'the overdue query is first');
    assert.equal(first.overdue, true);
    assert.ok(first.workingDaysLeft < 0);
    assert.ok(data.overdue >= 1);
    assert.equal(data.answerWorkingDays, 5);
    assert.equal(first.hasContactPhone, true);
    assert.ok(first.asker.householdName, 'staff see who asked, as the board shows staff data');
    assert.ok(!JSON.stringify(data).includes('5678'), 'no phone in a list');
    const dues = data.items.filter((one) => one.status === 'received').map((one) => one.answerDueOn);
    assert.deepEqual(dues, [...dues].sort());
  });

  test('the contact phone is read by the cadre who calls back, not by the supervisor', async () => {
    const { receipt } = await ask();
    const params = { villageId, queryId: receipt.id };
    const cadre = await server.client('demo-cadre').request(getDisclosureQuery, { params });
    assert.equal(cadre.data.contactPhone, '13912345678');
    const supervisor = await server.client('demo-supervisor').request(getDisclosureQuery, { params });
    assert.equal(supervisor.data.contactPhone, undefined);
    assert.deepEqual(containsRawPersonalData(supervisor.data), []);
    await rejectsWith(
      server.client('demo-cadre').request(getDisclosureQuery, { params: { villageId, queryId: 'dq-01-9999' } }),
      404,
      'not-found',
    );
  });
});

describe('answering', () => {
  test('the cadre answers once, audited; a retry with the same key is replayed; supervisors cannot answer', async () => {
    const { receipt } = await ask();
    const params = { villageId, queryId: receipt.id };
    const body = { text: '明细已在本月财务公开中列出，第 3 行为村道维修费。' };
    await rejectsWith(server.client('demo-supervisor').request(answerDisclosureQuery, { params, body }), 403, 'forbidden');
    await rejectsWith(server.client('demo-villager').request(answerDisclosureQuery, { params, body }), 403, 'forbidden');
    const cadre = server.client('demo-cadre');
    const first = await cadre.request(answerDisclosureQuery, { params, body }, { idempotencyKey: `answer-${receipt.id}` });
    assert.equal(first.data.status, 'answered');
    assert.equal(first.data.answer?.text, body.text);
    const again = await cadre.request(answerDisclosureQuery, { params, body }, { idempotencyKey: `answer-${receipt.id}` });
    assert.deepEqual(again.data, first.data);
    await rejectsWith(
      cadre.request(answerDisclosureQuery, { params, body: { text: '另一个答复' } }),
      409,
      'disclosure.query.alreadyAnswered',
    );
    const db = openDatabase({ filename });
    try {
      const audit = await db
        .selectFrom('audit_log')
        .select(['action', 'role'])
        .where('subject', '=', `disclosure-query:${receipt.id}`)
        .execute();
      assert.deepEqual(audit, [
        { action: 'disclosure.query.create', role: 'villager' },
        { action: 'disclosure.query.answer', role: 'cadre' },
      ]);
    } finally {
      await db.destroy();
    }
  });
});

describe('the asker reads the answer back with the receipt code', () => {
  test('right code: the answer; wrong code: the same 404 as an unknown query', async () => {
    const { receipt } = await ask();
    const params = { villageId, queryId: receipt.id };
    await server.client('demo-cadre').request(answerDisclosureQuery, { params, body: { text: '已核实，答复如下。' } });
    // Typed in lower case with spaces: forgiven, as tracking codes are.
    const typed = receipt.receiptCode.toLowerCase().replaceAll('-', ' ');
    const read = await server.client().request(lookUpDisclosureQuery, { params, body: { receiptCode: typed } });
    assert.equal(read.data.answer?.text, '已核实，答复如下。');
    assert.equal(read.data.status, 'answered');
    assert.ok(!JSON.stringify(read.data).includes('5678'), 'no phone travels back');
    const raw = await post(`/v1/villages/${villageId}/disclosure-queries/${receipt.id}/lookup`, { receiptCode: receipt.receiptCode });
    assert.equal(raw.headers.get('cache-control'), 'private, no-store');

    const wrong = await post(`/v1/villages/${villageId}/disclosure-queries/${receipt.id}/lookup`, { receiptCode: 'ABCD-EFGH-JKMN' });
    const unknown = await post(`/v1/villages/${villageId}/disclosure-queries/dq-01-9998/lookup`, { receiptCode: receipt.receiptCode });
    assert.equal(wrong.status, 404);
    assert.equal(unknown.status, 404);
    const strip = (json: Record<string, unknown>) => ({ ...json, instance: undefined, requestId: undefined });
    assert.deepEqual(strip((await wrong.json()) as Record<string, unknown>), strip((await unknown.json()) as Record<string, unknown>));
  });

  test('a receipt code in the URL is refused, never echoed and never counted', async () => {
    const { receipt } = await ask();
    const code = receipt.receiptCode;
    const response = await post(`/v1/villages/${villageId}/disclosure-queries/${receipt.id}/lookup?receiptCode=${code}`, {
      receiptCode: code,
    });
    assert.equal(response.status, 400);
    assert.ok(!(await response.text()).includes(code.slice(0, 4)), 'the code is not echoed');
    // Had it been counted, three misses would lock the query; the right code still opens it.
    const read = await server
      .client()
      .request(lookUpDisclosureQuery, { params: { villageId, queryId: receipt.id }, body: { receiptCode: code } });
    assert.equal(read.status, 200);
  });

  test('guesses are limited per query: 429 with Retry-After after three misses, even for the right code', async () => {
    const { receipt } = await ask();
    const path = `/v1/villages/${villageId}/disclosure-queries/${receipt.id}/lookup`;
    for (const guess of ['AAAA-AAAA-AAAA', 'BBBB-BBBB-BBBB', 'CCCC-CCCC-CCCC'])
      assert.equal((await post(path, { receiptCode: guess })).status, 404);
    const refused = await post(path, { receiptCode: receipt.receiptCode });
    assert.equal(refused.status, 429);
    assert.ok(refused.headers.get('retry-after'));
  });
});

describe('publishing an answer as a FAQ entry', () => {
  test('only answered queries, refusing raw numbers, and the public item shows it without the asker', async () => {
    const { disclosureId, receipt } = await ask('请问维修费用明细在哪里查看？我家住三组。');
    const params = { villageId, queryId: receipt.id };
    const cadre = server.client('demo-cadre');
    const faq = { question: '村道维修费用的明细在哪里查看？', answer: '明细列在本月财务公开第 3 行。' };
    await rejectsWith(cadre.request(publishDisclosureQueryFaq, { params, body: faq }), 409, 'disclosure.query.notAnswered');
    await cadre.request(answerDisclosureQuery, { params, body: { text: '明细列在本月财务公开第 3 行，欢迎来村委会查看凭证。' } });
    await rejectsWith(
      cadre.request(publishDisclosureQueryFaq, { params, body: { ...faq, answer: `请致电 ${phone} 询问。` } }),
      422,
      'validation',
    );
    await rejectsWith(server.client('demo-supervisor').request(publishDisclosureQueryFaq, { params, body: faq }), 403, 'forbidden');
    const published = await cadre.request(publishDisclosureQueryFaq, { params, body: faq });
    assert.equal(published.data.faq?.question, faq.question);

    const { data } = await server.client().request(getDisclosure, { params: { villageId, disclosureId } });
    const entry = data.faq?.find((one) => one.question === faq.question);
    assert.deepEqual(entry && Object.keys(entry).sort(), ['answer', 'publishedOn', 'question']);
    const text = JSON.stringify(data.faq);
    assert.ok(!text.includes('三组'), "the asker's own words are not published");
    assert.ok(!text.includes(receipt.id) && !text.includes('h-0'), 'no query id or household');
    const name = published.data.asker.householdName;
    assert.ok(name && !text.includes(name));
  });
});
