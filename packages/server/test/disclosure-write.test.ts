import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Kysely } from 'kysely';
import { addWorkingDays, containsRawPersonalData, type FinanceStatement } from '@shanzhi/rules';
import { askAboutDisclosure, getDisclosure, listDisclosures, publishDisclosure, type Client } from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { type Database } from '../src/db/index.js';
import { answerWorkingDays } from '../src/disclosure/queries.js';
import { demoToday, type TestServer } from './harness.js';
import { startFileServer, type FileServer } from './support/scratch.js';
import { problemOf } from './support/problems.js';
import { auditActions } from './support/audit.js';

const home = 'v-qs-01';
let fixture: FileServer;
let server: TestServer;
/** A second connection to the server's file, to look at what was stored and to plant legacy rows. */
let db: Kysely<Database>;
let cadre: Client;

before(async () => {
  fixture = await startFileServer('shanzhi-disclosure-');
  ({ server, db } = fixture);
  cadre = server.client('demo-cadre');
});
after(() => fixture.close());

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });

function notice(title: string, text = '本村将于下月组织道路养护。') {
  return {
    category: 'village',
    version: {
      title,
      body: [paragraph(text)],
      period: { from: '2026-11-01', to: '2026-11-30' },
      notice: { published: demoToday, until: '2026-12-09' },
      attachments: [],
    },
  };
}

function statement(closingBalance: number): FinanceStatement {
  return {
    period: { from: '2026-11-01', to: '2026-11-30' },
    openingBalance: 1_000_000,
    income: [
      {
        date: '2026-11-05',
        classification: 'subsidyIncome',
        description: '村级组织运转经费补助',
        voucher: '记202611-001',
        amount: 500_000,
      },
    ],
    expenditure: [
      { date: '2026-11-12', classification: 'administrativeExpense', description: '办公用品', voucher: '记202611-002', amount: 20_000 },
    ],
    totals: { income: 500_000, expenditure: 20_000 },
    closingBalance,
  };
}

describe('publishing and correcting', () => {
  test('a cadre publishes an item: version 1, on the board today, listed first', async () => {
    const result = await cadre.request(publishDisclosure, { params: { villageId: home }, body: notice('十二月道路养护安排') });
    assert.equal(result.status, 201);
    assert.equal(result.data.villageId, home);
    assert.equal(result.data.status, 'inNotice');
    assert.equal(result.data.versions.length, 1);
    assert.equal(result.data.versions[0]?.version, 1);
    const listed = await server.client().request(listDisclosures, { params: { villageId: home }, query: { q: '十二月道路养护' } });
    assert.deepEqual(
      listed.data.items.map((row) => row.id),
      [result.data.id],
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['actor', 'role'])
      .where('action', '=', 'disclosure.item.publish')
      .where('subject', '=', `disclosure-item:${result.data.id}`)
      .execute();
    assert.equal(audit.length, 1);
    assert.equal(audit[0]?.role, 'cadre');
  });

  test('a correction adds version 2 and keeps version 1 as it was', async () => {
    const first = (
      await cadre.request(publishDisclosure, { params: { villageId: home }, body: notice('村民代表会议通知', '定于12月5日召开。') })
    ).data;
    const corrected = await cadre.request(publishDisclosure, {
      params: { villageId: home },
      body: { ...notice('村民代表会议通知（更正）', '定于12月6日召开。'), correctsId: first.id, correctionReason: '会议日期有误' },
    });
    assert.equal(corrected.status, 201);
    assert.equal(corrected.data.id, first.id);
    assert.equal(corrected.data.versions.length, 2);
    assert.deepEqual(corrected.data.versions[0], first.versions[0]);
    const v2 = corrected.data.versions[1];
    assert.equal(v2?.version, 2);
    assert.equal(v2.title, '村民代表会议通知（更正）');
    assert.equal(v2.correction?.at, demoToday);
    assert.equal(v2.correction.reason, '会议日期有误');
    const read = await server.client().request(getDisclosure, { params: { villageId: home, disclosureId: first.id } });
    assert.equal(read.data.versions.length, 2);
    assert.equal((await db.selectFrom('disclosure_items').select('id').where('id', '=', first.id).execute()).length, 1);
    assert.deepEqual(await auditActions(db, `disclosure-item:${first.id}`), ['disclosure.item.publish', 'disclosure.item.correct']);
  });

  test('a correction needs its reason, in the caller’s language', async () => {
    const first = (await cadre.request(publishDisclosure, { params: { villageId: home }, body: notice('冬季防火提示') })).data;
    const body = { ...notice('冬季防火提示（更正）'), correctsId: first.id };
    const zh = await problemOf(
      server.client('demo-cadre', { locale: 'zh-CN' }).request(publishDisclosure, { params: { villageId: home }, body }),
    );
    assert.equal(zh.status, 422);
    assert.equal(zh.code, 'disclosure.correction.reasonRequired');
    assert.equal(zh.title, '更正已公开的内容必须写明原因');
    const en = await problemOf(
      server.client('demo-cadre', { locale: 'en' }).request(publishDisclosure, { params: { villageId: home }, body }),
    );
    assert.equal(en.title, 'Give the reason for correcting a published item');
    const same = await problemOf(
      cadre.request(publishDisclosure, {
        params: { villageId: home },
        body: { ...notice('冬季防火提示'), correctsId: first.id, correctionReason: '重新发布' },
      }),
    );
    assert.equal(same.code, 'disclosure.correction.nothingChanged');
  });

  test('refuses a finance statement that does not reconcile, through the rules’ checks', async () => {
    const body = { ...notice('2026年11月村级财务收支公开'), category: 'finance' };
    const problem = await problemOf(
      cadre.request(publishDisclosure, {
        params: { villageId: home },
        body: { ...body, version: { ...body.version, finance: statement(9) } },
      }),
    );
    assert.equal(problem.status, 422);
    assert.equal(problem.code, 'disclosure.finance.unbalanced');
    assert.deepEqual(problem.issues[0]?.path, ['version', 'finance', 'closingBalance']);
    const ok = await cadre.request(publishDisclosure, {
      params: { villageId: home },
      body: { ...body, version: { ...body.version, finance: statement(1_480_000) } },
    });
    assert.deepEqual(ok.data.findings.reconciliation, { reconciles: true, issues: [] });
  });

  test('refuses to backdate the day an item goes up, and an unknown item to correct', async () => {
    const body = notice('补发的公告');
    const backdated = await problemOf(
      cadre.request(publishDisclosure, {
        params: { villageId: home },
        body: { ...body, version: { ...body.version, notice: { published: '2026-10-01' } } },
      }),
    );
    assert.equal(backdated.status, 422);
    assert.deepEqual(backdated.issues[0]?.path, ['version', 'notice', 'published']);
    const unknown = await problemOf(
      cadre.request(publishDisclosure, {
        params: { villageId: home },
        body: { ...body, correctsId: 'dsc-01-9999', correctionReason: '更正' },
      }),
    );
    assert.equal(unknown.status, 404);
  });

  test('an item may name a decision of the village: the detail then carries its trail and findings', async () => {
    const { data: decisions } = await server
      .client()
      .request(listDisclosures, { params: { villageId: home }, query: { category: 'resolutions', limit: 200 } });
    const decisionId = decisions.items.map((row) => (row as { decisionId?: string }).decisionId).find((id) => id !== undefined);
    assert.ok(decisionId);
    const body = { ...notice('决议实施进展情况'), category: 'resolutions', decisionId };
    const published = await cadre.request(publishDisclosure, { params: { villageId: home }, body });
    assert.equal(published.data.decision?.id, decisionId);
    assert.ok(published.data.findings.trail);
    const unknown = await problemOf(
      cadre.request(publishDisclosure, { params: { villageId: home }, body: { ...body, decisionId: 'dec-02-01' } }),
    );
    assert.equal(unknown.status, 422);
    assert.deepEqual(unknown.issues[0]?.path, ['decisionId']);
  });

  test('the public gets 401, a villager or grid worker 403, a cadre of another village 403', async () => {
    const body = notice('无权发布的公告');
    const anonymous = await problemOf(server.client().request(publishDisclosure, { params: { villageId: home }, body }));
    assert.equal(anonymous.status, 401);
    for (const token of ['demo-villager', 'demo-gridWorker']) {
      assert.equal(
        (await problemOf(server.client(token).request(publishDisclosure, { params: { villageId: home }, body }))).status,
        403,
        token,
      );
    }
    const elsewhere = await problemOf(
      server.client('demo-cadre', { locale: 'zh-CN' }).request(publishDisclosure, { params: { villageId: 'v-qs-02' }, body }),
    );
    assert.equal(elsewhere.status, 403);
    assert.equal(elsewhere.title, '无权执行此操作');
    const rows = await db.selectFrom('disclosure_items').select('id').where('title', '=', '无权发布的公告').execute();
    assert.deepEqual(rows, []);
  });

  test('a retried publish with the same Idempotency-Key posts once and replays the first answer', async () => {
    const body = notice('冬季用电安全提示');
    const first = await cadre.request(
      publishDisclosure,
      { params: { villageId: home }, body },
      { idempotencyKey: 'publish-winter-power-1' },
    );
    const again = await cadre.request(
      publishDisclosure,
      { params: { villageId: home }, body },
      { idempotencyKey: 'publish-winter-power-1' },
    );
    assert.equal(first.replayed, false);
    assert.equal(again.replayed, true);
    assert.equal(again.data.id, first.data.id);
    assert.equal((await db.selectFrom('disclosure_items').select('id').where('title', '=', '冬季用电安全提示').execute()).length, 1);
    const reused = await problemOf(
      cadre.request(
        publishDisclosure,
        { params: { villageId: home }, body: notice('另一份公告') },
        { idempotencyKey: 'publish-winter-power-1' },
      ),
    );
    assert.equal(reused.status, 422);
    assert.equal(reused.code, 'idempotency-key-reused');
  });
});

describe('a legacy finance statement that does not add up', () => {
  test('is reported by the reconciliation findings and fixed by a correction', async () => {
    const broken = statement(1_400_000);
    const id = 'dsc-01-legacy';
    const item = {
      id,
      category: 'finance',
      versions: [
        {
          version: 1,
          title: '2026年11月财务公开（旧系统导入）',
          body: [paragraph('旧系统导入。')],
          period: broken.period,
          notice: { published: '2026-11-20', until: '2026-12-20' },
          attachments: [],
          finance: broken,
        },
      ],
      villageId: home,
      publishedBy: 'import',
    };
    await db
      .insertInto('disclosure_items')
      .values({
        id,
        village_id: home,
        category: 'finance',
        title: item.versions[0]?.title ?? '',
        published: '2026-11-20',
        decision_id: null,
        doc: JSON.stringify(item),
      })
      .execute();

    const zh = (
      await server.client(undefined, { locale: 'zh-CN' }).request(getDisclosure, { params: { villageId: home, disclosureId: id } })
    ).data;
    assert.equal(zh.findings.reconciliation?.reconciles, false);
    const unbalanced = zh.findings.reconciliation.issues.find((found) => found.code === 'disclosure.finance.unbalanced');
    assert.match(unbalanced?.message ?? '', /期末余额/);
    const en = (await server.client(undefined, { locale: 'en' }).request(getDisclosure, { params: { villageId: home, disclosureId: id } }))
      .data;
    assert.match(
      en.findings.reconciliation?.issues.find((found) => found.code === 'disclosure.finance.unbalanced')?.message ?? '',
      /closing balance/,
    );

    const fixed = await cadre.request(publishDisclosure, {
      params: { villageId: home },
      body: {
        correctsId: id,
        category: 'finance',
        correctionReason: '期末余额按凭证重新核对',
        version: {
          title: item.versions[0]?.title ?? '',
          body: [paragraph('已按原始凭证更正期末余额。')],
          period: broken.period,
          notice: { published: '2026-11-20', until: '2026-12-20' },
          attachments: [],
          finance: statement(1_480_000),
        },
      },
    });
    assert.equal(fixed.data.versions.length, 2);
    assert.deepEqual(fixed.data.findings.reconciliation, { reconciles: true, issues: [] });
  });
});

describe('asking about a disclosure (Art 30 查询)', () => {
  async function someItem(): Promise<string> {
    const { data } = await server
      .client()
      .request(listDisclosures, { params: { villageId: home }, query: { category: 'finance', limit: 1 } });
    const id = data.items[0]?.id;
    assert.ok(id);
    return id;
  }

  test('a villager gets a receipt with the answer due in working days, and the phone is kept but never shown', async () => {
    const disclosureId = await someItem();
    const body = { kind: 'question' as const, text: '请问十月份的村道维修费用明细在哪里可以查看？', contactPhone: '140 1234 5678' };
    const receipt = await server.client('demo-villager').request(askAboutDisclosure, { params: { villageId: home, disclosureId }, body });
    assert.equal(receipt.status, 201);
    assert.equal(receipt.data.disclosureId, disclosureId);
    assert.equal(receipt.data.kind, 'question');
    assert.equal(receipt.data.receivedOn, demoToday);
    assert.equal(receipt.data.answerDueOn, addWorkingDays(demoToday, answerWorkingDays));
    assert.equal(receipt.data.answerDueOn, '2026-12-04', 'Sunday 29 November + 5 working days');
    assert.deepEqual(containsRawPersonalData(receipt.data), []);
    assert.ok(!JSON.stringify(receipt.data).includes('5678'));
    const row = await db.selectFrom('disclosure_queries').selectAll().where('id', '=', receipt.data.id).executeTakeFirstOrThrow();
    assert.equal(row.disclosure_id, disclosureId);
    const stored = JSON.parse(row.doc) as { contactPhone?: string; text: string; askedBy: { householdId?: string } };
    assert.equal(stored.contactPhone, '14012345678');
    assert.equal(stored.text, body.text);
    assert.equal(stored.askedBy.householdId, 'h-000001');
    const audit = await db.selectFrom('audit_log').select('role').where('subject', '=', `disclosure-query:${receipt.data.id}`).execute();
    assert.deepEqual(audit, [{ role: 'villager' }]);
  });

  test('a retried query with the same Idempotency-Key is stored once; another body with that key is refused', async () => {
    const disclosureId = await someItem();
    const villager = server.client('demo-villager');
    const body = { kind: 'objection' as const, text: '支出中的办公设备维修费用偏高，请说明。' };
    const count = async () =>
      (await db.selectFrom('disclosure_queries').select('id').where('disclosure_id', '=', disclosureId).execute()).length;
    const before = await count();
    const first = await villager.request(
      askAboutDisclosure,
      { params: { villageId: home, disclosureId }, body },
      { idempotencyKey: 'ask-repairs-1' },
    );
    const retried = await villager.request(
      askAboutDisclosure,
      { params: { villageId: home, disclosureId }, body },
      { idempotencyKey: 'ask-repairs-1' },
    );
    assert.equal(first.replayed, false);
    assert.equal(retried.replayed, true);
    assert.deepEqual(retried.data, first.data);
    assert.equal(await count(), before + 1);
    const other = await problemOf(
      villager.request(
        askAboutDisclosure,
        { params: { villageId: home, disclosureId }, body: { ...body, text: '另一个问题：收入明细何时公布？' } },
        { idempotencyKey: 'ask-repairs-1' },
      ),
    );
    assert.equal(other.status, 422);
    assert.equal(other.code, 'idempotency-key-reused');
    assert.equal(await count(), before + 1);
  });

  test('staff of the village may ask too; the public, other villages and unknown items may not', async () => {
    const disclosureId = await someItem();
    const body = { kind: 'question' as const, text: '请补充上传原始凭证扫描件。' };
    assert.equal(
      (await server.client('demo-supervisor').request(askAboutDisclosure, { params: { villageId: home, disclosureId }, body })).status,
      201,
    );
    const anonymous = await problemOf(
      server.client(undefined, { locale: 'en' }).request(askAboutDisclosure, { params: { villageId: home, disclosureId }, body }),
    );
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.title, 'Authentication is required');
    const { data } = await server.client().request(listDisclosures, { params: { villageId: 'v-qs-02' }, query: { limit: 1 } });
    const elsewhere = data.items[0]?.id ?? '';
    assert.equal(
      (
        await problemOf(
          server.client('demo-villager').request(askAboutDisclosure, { params: { villageId: 'v-qs-02', disclosureId: elsewhere }, body }),
        )
      ).status,
      403,
    );
    assert.equal(
      (
        await problemOf(
          server.client('demo-villager').request(askAboutDisclosure, { params: { villageId: home, disclosureId: elsewhere }, body }),
        )
      ).status,
      404,
    );
    assert.equal(
      (await problemOf(server.client('demo-admin').request(askAboutDisclosure, { params: { villageId: home, disclosureId }, body })))
        .status,
      403,
    );
  });

  test('refuses a contact number that is not a mobile number', async () => {
    const disclosureId = await someItem();
    const problem = await problemOf(
      server.client('demo-villager', { locale: 'zh-CN' }).request(askAboutDisclosure, {
        params: { villageId: home, disclosureId },
        body: { kind: 'question', text: '请问何时答复？', contactPhone: '12345' },
      }),
    );
    assert.equal(problem.status, 400);
    assert.deepEqual(problem.issues[0]?.path, ['contactPhone']);
  });
});

describe('the audit log', () => {
  test('still verifies after the writes above, with one entry per successful write and none for refused ones', async () => {
    const verification = await verifyAuditChain(db);
    assert.equal(verification.ok, true);
    const actions = await db.selectFrom('audit_log').select('action').where('action', 'like', 'disclosure.%').execute();
    const count = (action: string) => actions.filter((row) => row.action === action).length;
    // Six items published (a replayed retry is not a write), two corrected, three queries stored.
    assert.equal(count('disclosure.item.publish'), 6);
    assert.equal(count('disclosure.item.correct'), 2);
    assert.equal(count('disclosure.query.create'), 3);
  });
});
