import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { richTextFromPlain, type FinanceStatement } from '@shanzhi/rules';
import {
  answerFinanceObjection,
  getDisclosure,
  getFinanceStatement,
  importFinanceStatement,
  listFinanceStatements,
  listMandateAlarms,
  publishDisclosure,
  publishFinanceStatement,
  setFinanceSettings,
  signOffFinanceStatement,
  submitFinanceStatement,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { otherVillage, village } from './support/demo-county.js';
import { problemOf, rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';
import { xlsxFile, type XlsxCell } from './support/xlsx-file.js';

const fixture = useFileServer('shanzhi-finance-');
const { demo } = fixture;
const month = '2026-06';
const params = { villageId: village, month };

const header = ['日期', '凭证号', '摘要', '科目', '收入', '支出', '余额'];
const mapping = { date: '日期', voucher: '凭证号', description: '摘要', account: '科目', income: '收入', expense: '支出', balance: '余额' };
const good: XlsxCell[][] = [
  ['青山村2026年6月收支明细'],
  header,
  [{ date: '2026-06-05' }, '记-001', '村级组织运转经费补助', '补助收入', 5000, null, '15000.00'],
  [{ date: '2026-06-12' }, '记-002', '办公用品', '管理费用', null, '200.00', 14800],
  ['2026-06-20', '记-003', '村道修补', '公益支出', null, 60000, '-45200'],
];

/** The same lines dated in another month of 2026 ('04'). */
function inMonth(rows: XlsxCell[][], mm: string): XlsxCell[][] {
  const move = (text: string) => text.replace('2026-06-', `2026-${mm}-`);
  return rows.map((row) =>
    row.map((cell) => (typeof cell === 'string' ? move(cell) : cell && typeof cell === 'object' ? { date: move(cell.date) } : cell)),
  );
}

function importFile(rows: XlsxCell[][], extra: Record<string, string> = {}, who = demo.cadre) {
  return who.request(importFinanceStatement, {
    params,
    query: { ...mapping, openingBalance: '10000.00', ...extra },
    body: xlsxFile(rows),
  });
}

/** The board's own publish route (not the finance desk's) putting up a statement today. */
function publishOnBoard(finance: FinanceStatement, title: string) {
  return demo.cadre.request(publishDisclosure, {
    params: { villageId: village },
    body: {
      category: 'finance',
      version: {
        title,
        body: richTextFromPlain('见明细'),
        period: finance.period,
        notice: { published: demoToday },
        attachments: [],
        finance,
      },
    },
  });
}

async function setSignOff(financeSignOff: 'none' | 'supervisor' | 'panel', panel: string[] = []) {
  return demo.supervisor.request(setFinanceSettings, {
    params: { villageId: village },
    body: {
      accountingSystem: '2023',
      financeSignOff,
      financeSignOffPanel: panel,
      mandateThresholdFen: 5_000_000,
      reason: '村民代表会议通过民主理财制度',
    },
  });
}

describe('importing a month from the file the village keeps', () => {
  test('a bad line is refused at its line and column, nothing is stored; the corrected file imports', async () => {
    const bad = good.map((row) => [...row]);
    bad[3] = ['2026-06-12', '记-002', '办公用品', '管理费用', null, '2OO.00', 14800];
    // The demo county has statements of its own (seed/finance.ts): nothing stored means none more than before.
    const statementsBefore = (await fixture.db.selectFrom('finance_statements').selectAll().execute()).length;
    const problem = await rejectsWith(importFile(bad), 422, 'finance.import.invalidAmount');
    assert.deepEqual(
      problem.issues.map((one) => one.path),
      [['rows', 4, '支出']],
    );
    assert.match(problem.issues[0]?.message ?? '', /第 4 行/);
    assert.equal(
      (await fixture.db.selectFrom('finance_statements').selectAll().execute()).length,
      statementsBefore,
      'nothing is stored from a bad file',
    );

    // The balance column is wrong on the last line: the reconciliation finding points at that cell.
    const unbalanced = good.map((row) => [...row]);
    unbalanced[4] = ['2026-06-20', '记-003', '村道修补', '公益支出', null, 60000, '-45000'];
    const off = await rejectsWith(importFile(unbalanced), 422, 'disclosure.finance.unbalanced');
    assert.deepEqual(off.issues[0]?.path, ['rows', 5, '余额']);

    // Without a mapping the header row names the columns.
    const detected = await rejectsWith(
      demo.cadre.request(importFinanceStatement, { params, query: { openingBalance: '10000.00' }, body: xlsxFile(bad) }),
      422,
      'finance.import.invalidAmount',
    );
    assert.deepEqual(detected.issues[0]?.path, ['rows', 4, '支出']);
    const ok = await importFile(good);
    assert.equal(ok.status, 201);
    assert.equal(ok.data.state, 'draft');
    assert.deepEqual(ok.data.statement.totals, { income: 500_000, expenditure: 6_020_000 });
    assert.equal(ok.data.statement.closingBalance, -4_520_000);
    assert.equal(ok.data.mapping.expense, '支出', 'the mapping is kept for the next import');
    // ★ 60,000 yuan of public works without a decision: above the 5万元 default threshold.
    assert.deepEqual(
      ok.data.alarms.map((alarm) => [alarm.voucher, alarm.reasons, alarm.trail]),
      [['记-003', ['overThreshold'], 'none']],
    );
  });

  test('CSV in GB18030 (Excel on a Chinese Windows) reads too, and an unreadable file is a problem, not a crash', async () => {
    // '日期,凭证号,摘要,科目,收入,支出,余额' and one line with "5,000.00", as GB18030 bytes (python: .encode('gb18030')).
    const gbk = new Uint8Array(
      Buffer.from(
        'c8d5c6da2cc6bed6a4bac52cd5aad2aa2cbfc6c4bf2ccad5c8eb2cd6a7b3f62cd3e0b6ee0d0a323032362d30372d30352cbcc72d3030312cb2b9d6fa2cb2b9d6facad5c8eb2c22352c3030302e3030222c2c31353030300d0a',
        'hex',
      ),
    );
    const read = await demo.cadre.request(importFinanceStatement, {
      params: { villageId: village, month: '2026-07' },
      query: { ...mapping, openingBalance: '10000' },
      body: gbk,
    });
    assert.equal(read.data.statement.income[0]?.amount, 500_000);
    const broken = await problemOf(
      demo.cadre.request(importFinanceStatement, { params, query: mapping, body: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }),
    );
    assert.equal(broken.status, 422);
    assert.equal(broken.code, 'finance.import.unreadableFile');
  });

  test('a repeated import with the same Idempotency-Key replays; the opening balance falls back to last month’s closing', async () => {
    const september = inMonth(good, '04');
    const send = (query: Record<string, string>) =>
      demo.cadre.request(
        importFinanceStatement,
        { params: { villageId: village, month: '2026-04' }, query: { ...mapping, ...query }, body: xlsxFile(september) },
        { idempotencyKey: `finance-import-${JSON.stringify(query).length}` },
      );
    const missing = await rejectsWith(send({}), 422, 'field.required');
    assert.deepEqual(missing.issues[0]?.path, ['openingBalance'], 'no March statement to carry the balance from');
    const first = await send({ openingBalance: '10000' });
    const again = await send({ openingBalance: '10000' });
    assert.equal(again.replayed, true);
    assert.deepEqual(again.data, first.data);
    const events = await fixture.db
      .selectFrom('finance_signoff_events')
      .selectAll()
      .where('statement_id', '=', `${village}:2026-04`)
      .execute();
    assert.equal(events.length, 1, 'the replay did not import twice');
    // May starts from April's closing balance (-45,200 yuan after the 60,000 yuan of works).
    const october = inMonth(good, '05');
    october[2] = [{ date: '2026-05-05' }, '记-001', '补助', '补助收入', 5000, null, '-40200'];
    october[3] = [{ date: '2026-05-12' }, '记-002', '办公用品', '管理费用', null, 200, '-40400'];
    october[4] = [{ date: '2026-05-20' }, '记-003', '保洁', '管理费用', null, 100, '-40500'];
    const carried = await demo.cadre.request(importFinanceStatement, {
      params: { villageId: village, month: '2026-05' },
      query: mapping,
      body: xlsxFile(october),
    });
    assert.equal(carried.data.statement.openingBalance, -4_520_000);
  });

  test('roles and villages: only the village’s cadre imports; staff of another village are refused', async () => {
    await rejectsWith(importFile(good, {}, demo.supervisor), 403, 'forbidden');
    await rejectsWith(
      demo.cadre.request(importFinanceStatement, { params: { villageId: otherVillage, month }, query: mapping, body: xlsxFile(good) }),
      403,
      'forbidden',
    );
    await rejectsWith(demo.villager.request(listFinanceStatements, { params: { villageId: village } }), 403, 'forbidden');
    const listed = await demo.supervisor.request(listFinanceStatements, { params: { villageId: village } });
    assert.ok(listed.data.items.some((item) => item.month === month && item.alarms === 1));
  });
});

describe('民主理财 sign-off', () => {
  test('with sign-off required, publishing waits for it; objections are answered; the history becomes public', async () => {
    await setSignOff('supervisor');
    // The gate holds for the board's own publish route too, not only for the finance desk.
    const statement = (await demo.cadre.request(getFinanceStatement, { params })).data.statement;
    const direct = await rejectsWith(publishOnBoard(statement, '2026年6月财务公开'), 422, 'finance.signOff.required');
    assert.deepEqual(direct.issues[0]?.path, ['version', 'finance']);
    await rejectsWith(
      demo.cadre.request(publishFinanceStatement, { params, body: { published: demoToday } }),
      422,
      'finance.signOff.required',
    );

    await demo.cadre.request(submitFinanceStatement, { params, body: {} });
    await rejectsWith(
      demo.supervisor.request(signOffFinanceStatement, { params, body: { decision: 'object' } }),
      422,
      'finance.signOff.reasonRequired',
    );
    const objected = await demo.supervisor.request(signOffFinanceStatement, {
      params,
      body: { decision: 'object', reason: '记-003 村道修补缺少村民代表会议决议' },
    });
    assert.equal(objected.data.state, 'objected');
    await rejectsWith(demo.cadre.request(submitFinanceStatement, { params, body: {} }), 409, 'finance.signOff.answerRequired');
    await demo.cadre.request(answerFinanceObjection, { params, body: { answer: '已补充6月12日村民代表会议决议，附后' } });
    await demo.cadre.request(submitFinanceStatement, { params, body: {} });
    const signed = await demo.supervisor.request(signOffFinanceStatement, { params, body: { decision: 'signOff' } });
    assert.equal(signed.data.state, 'signedOff');
    await rejectsWith(importFile(good), 409, 'finance.signOff.wrongState');

    const published = await demo.cadre.request(publishFinanceStatement, { params, body: { published: demoToday } });
    assert.equal(published.status, 201);
    const item = await fixture.server.client().request(getDisclosure, { params: { villageId: village, disclosureId: published.data.id } });
    assert.deepEqual(
      item.data.signOffs?.map((event) => [event.action, event.text ?? '']),
      [
        ['submit', ''],
        ['object', '记-003 村道修补缺少村民代表会议决议'],
        ['answer', '已补充6月12日村民代表会议决议，附后'],
        ['submit', ''],
        ['signOff', ''],
        ['publish', ''],
      ],
    );
    assert.ok(item.data.signOffs.every((event) => event.by.length > 0 && !event.by.startsWith('demo-')));
    assert.equal((await demo.cadre.request(getFinanceStatement, { params })).data.itemId, published.data.id);
    const audit = await fixture.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject', '=', `finance-statement:${village}:${month}`)
      .execute();
    assert.deepEqual(
      audit.map((row) => row.action),
      [
        'finance.statement.import',
        'finance.statement.submit',
        'finance.statement.object',
        'finance.statement.answer',
        'finance.statement.submit',
        'finance.statement.signOff',
        'finance.statement.publish',
      ],
    );
    assert.equal((await verifyAuditChain(fixture.db)).ok, true);
  });

  test('a 民主理财小组 signs through its named members only; the cadre can neither sign nor change who signs', async () => {
    const me = (
      await fixture.db
        .selectFrom('api_tokens')
        .select('subject_id')
        .where('token_hash', '!=', '')
        .where('role', '=', 'supervisor')
        .executeTakeFirstOrThrow()
    ).subject_id;
    const others = await fixture.db
      .selectFrom('staff')
      .select('id')
      .where('village_id', '=', village)
      .where('role', '=', 'supervisor')
      .where('id', '!=', me)
      .execute();
    const cadre = await fixture.db
      .selectFrom('staff')
      .select('id')
      .where('village_id', '=', village)
      .where('role', '=', 'cadre')
      .executeTakeFirstOrThrow();
    const wrong = await rejectsWith(setSignOff('panel', ['nobody', cadre.id]), 422, 'finance.signOff.panelUnknownStaff');
    assert.deepEqual(
      wrong.issues.map((one) => one.path),
      [
        ['financeSignOffPanel', 0],
        ['financeSignOffPanel', 1],
      ],
      'a cadre may not sit on the panel (村民委员会组织法 Art 32)',
    );
    await rejectsWith(setSignOff('panel', []), 422, 'field.required');
    await rejectsWith(
      demo.cadre.request(setFinanceSettings, {
        params: { villageId: village },
        body: { accountingSystem: '2023', financeSignOff: 'none', financeSignOffPanel: [], mandateThresholdFen: 0, reason: '不要监督了' },
      }),
      403,
      'forbidden',
    );

    const october = { villageId: village, month: '2026-05' };
    await demo.cadre.request(submitFinanceStatement, { params: october, body: {} });
    await setSignOff(
      'panel',
      others.map((one) => one.id),
    );
    await rejectsWith(
      demo.supervisor.request(signOffFinanceStatement, { params: october, body: { decision: 'signOff' } }),
      403,
      'finance.signOff.notSigner',
    );
    await rejectsWith(demo.cadre.request(signOffFinanceStatement, { params: october, body: { decision: 'signOff' } }), 403, 'forbidden');
    await setSignOff('panel', [me]);
    const signed = await demo.supervisor.request(signOffFinanceStatement, { params: october, body: { decision: 'signOff' } });
    assert.equal(signed.data.state, 'signedOff');
    assert.equal(signed.data.signOffRequired, true);
  });
});

describe('★ money without mandate', () => {
  test('the alarms list the month’s unmandated spending for the supervisor; the threshold is the village’s', async () => {
    const alarms = await demo.supervisor.request(listMandateAlarms, { params: { villageId: village }, query: { from: month, to: month } });
    assert.equal(alarms.data.thresholdFen, 5_000_000);
    assert.deepEqual(
      alarms.data.items.map((one) => [one.month, one.voucher, one.amount, one.trail]),
      [[month, '记-003', 6_000_000, 'none']],
    );
    assert.match(alarms.data.items[0]?.issues[0]?.message ?? '', /60000\.00/);
    await demo.supervisor.request(setFinanceSettings, {
      params: { villageId: village },
      body: {
        accountingSystem: '2023',
        financeSignOff: 'supervisor',
        financeSignOffPanel: [],
        mandateThresholdFen: 10_000_000,
        reason: '村民代表会议调整大额资金标准',
      },
    });
    const raised = await demo.cadre.request(listMandateAlarms, { params: { villageId: village }, query: { from: month, to: month } });
    assert.equal(raised.data.items.length, 0);
    await rejectsWith(demo.villager.request(listMandateAlarms, { params: { villageId: village }, query: {} }), 403, 'forbidden');
  });
});

describe('the balance chain between months', () => {
  test('a month may not close off the opening balance a published later month shows; correcting that month first lets it', async () => {
    const january = { villageId: village, month: '2026-01' };
    const february = { villageId: village, month: '2026-02' };
    const importJanuary = (rows: XlsxCell[][]) =>
      demo.cadre.request(importFinanceStatement, {
        params: january,
        query: { ...mapping, openingBalance: '10000.00' },
        body: xlsxFile(rows),
      });
    assert.equal((await importJanuary(inMonth(good, '01'))).data.statement.closingBalance, -4_520_000);
    // February opens on January's closing balance (-45,200 yuan), is signed off and published.
    const febRows = inMonth(good, '02');
    febRows[2] = [{ date: '2026-02-05' }, '记-001', '补助', '补助收入', 5000, null, '-40200'];
    febRows[3] = [{ date: '2026-02-12' }, '记-002', '办公用品', '管理费用', null, 200, '-40400'];
    febRows[4] = [{ date: '2026-02-20' }, '记-003', '保洁', '管理费用', null, 100, '-40500'];
    const feb = await demo.cadre.request(importFinanceStatement, { params: february, query: mapping, body: xlsxFile(febRows) });
    assert.equal(feb.data.statement.openingBalance, -4_520_000);
    await demo.cadre.request(submitFinanceStatement, { params: february, body: {} });
    await demo.supervisor.request(signOffFinanceStatement, { params: february, body: { decision: 'signOff' } });
    const febItem = (await demo.cadre.request(publishFinanceStatement, { params: february, body: { published: demoToday } })).data;

    // January re-imported with 10,000 yuan less spent would close at -35,200: the published February still opens at
    // -45,200, so the import is refused with both months and both amounts, and January stays as it was.
    const changed = inMonth(good, '01');
    changed[4] = ['2026-01-20', '记-003', '村道修补', '公益支出', null, 50000, '-35200'];
    const broken = await rejectsWith(importJanuary(changed), 422, 'finance.chain.laterOpening');
    assert.deepEqual(broken.issues[0]?.path, ['closingBalance']);
    assert.match(broken.issues.map((one) => one.message).join(), /2026-02 .*-45200\.00 元.*2026-01 .*-35200\.00 元/);
    assert.equal((await demo.cadre.request(getFinanceStatement, { params: january })).data.statement.closingBalance, -4_520_000);
    // A re-import that keeps the closing balance (a description fixed) is fine.
    const retold = inMonth(good, '01');
    retold[4] = ['2026-01-20', '记-003', '村道修补（东段）', '公益支出', null, 60000, '-45200'];
    assert.equal((await importJanuary(retold)).status, 201);

    // A January re-imported before this check existed (written as the store did then): its sign-off is refused, an
    // objection is not.
    const stored = (await demo.cadre.request(getFinanceStatement, { params: january })).data.statement;
    const cheaper = stored.expenditure.map((line) => (line.voucher === '记-003' ? { ...line, amount: 5_000_000 } : line));
    const legacy = {
      ...stored,
      expenditure: cheaper,
      totals: { ...stored.totals, expenditure: stored.totals.expenditure - 1_000_000 },
      closingBalance: stored.closingBalance + 1_000_000,
    };
    // The board's own publish route keeps the chain too (where no sign-off stands in the way).
    await setSignOff('none');
    const onBoard = await rejectsWith(publishOnBoard(legacy, '2026年1月财务公开'), 422, 'finance.chain.laterOpening');
    assert.deepEqual(onBoard.issues[0]?.path, ['version', 'finance', 'closingBalance']);
    await setSignOff('supervisor');
    const id = `${village}:2026-01`;
    const seq = (await fixture.db.selectFrom('finance_signoff_events').select('seq').where('statement_id', '=', id).execute()).length + 1;
    await fixture.db
      .updateTable('finance_statements')
      .set({ doc: JSON.stringify(legacy) })
      .where('id', '=', id)
      .execute();
    await fixture.db
      .insertInto('finance_signoff_events')
      .values({
        id: `${id}:${String(seq)}`,
        village_id: village,
        statement_id: id,
        seq,
        action: 'import',
        actor: 'x',
        role: 'cadre',
        text: null,
        at: new Date().toISOString(),
      })
      .execute();
    await demo.cadre.request(submitFinanceStatement, { params: january, body: {} });
    const unsigned = await rejectsWith(
      demo.supervisor.request(signOffFinanceStatement, { params: january, body: { decision: 'signOff' } }),
      422,
      'finance.chain.laterOpening',
    );
    assert.deepEqual(unsigned.issues[0]?.path, []);
    assert.match(unsigned.issues.map((one) => one.message).join(), /2026-02 .*-45200\.00 元.*2026-01 .*-35200\.00 元/);
    await demo.supervisor.request(signOffFinanceStatement, {
      params: january,
      body: { decision: 'object', reason: '期末余额与已公开的2月期初余额不一致' },
    });

    // The way out (docs/finance.md): February's publication is corrected first, as a new version with its reason…
    const current = (
      await fixture.server.client().request(getDisclosure, { params: { villageId: village, disclosureId: febItem.id } })
    ).data.versions.at(-1);
    assert.ok(current?.finance);
    const { title, body, period, notice, attachments } = current;
    const shifted = { ...current.finance, openingBalance: -3_520_000, closingBalance: current.finance.closingBalance + 1_000_000 };
    await demo.cadre.request(publishDisclosure, {
      params: { villageId: village },
      body: {
        category: 'finance',
        correctsId: febItem.id,
        correctionReason: '1月村道修补实付5万元，期初余额随之更正',
        version: { title, body, period, notice, attachments, finance: shifted },
      },
    });
    // …then January, answered and submitted again, is signed off and published on the balance February now opens with.
    await demo.cadre.request(answerFinanceObjection, { params: january, body: { answer: '已更正2月公开的期初余额' } });
    await demo.cadre.request(submitFinanceStatement, { params: january, body: {} });
    assert.equal(
      (await demo.supervisor.request(signOffFinanceStatement, { params: january, body: { decision: 'signOff' } })).data.state,
      'signedOff',
    );
    assert.equal((await demo.cadre.request(publishFinanceStatement, { params: january, body: { published: demoToday } })).status, 201);
  });
});
