import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { richTextFromPlain, type FinanceStatement } from '@shanzhi/rules';
import { getDisclosureCompliance, publishDisclosure } from '@shanzhi/sdk';
import { demoToday, type TestServer } from './harness.js';
import { startFileServer, type FileServer } from './support/scratch.js';

/*
 * ★ Money without mandate on the public compliance view: a published expense above the village's threshold (5万元 by
 * default) or for an Art 24 matter, with no valid decision through 决议公开 behind it, is flagged for anyone to see.
 */
const villageId = 'v-qs-01';
let fixture: FileServer;
let server: TestServer;

before(async () => {
  fixture = await startFileServer('shanzhi-mandate-');
  server = fixture.server;
});
after(() => fixture.close());

function statement(expenditure: FinanceStatement['expenditure']): FinanceStatement {
  const spent = expenditure.reduce((sum, line) => sum + line.amount, 0);
  return {
    period: { from: '2026-11-01', to: '2026-11-30' },
    openingBalance: 10_000_000,
    income: [],
    expenditure,
    totals: { income: 0, expenditure: spent },
    closingBalance: 10_000_000 - spent,
  };
}

const line = (voucher: string, amount: number, extra: object = {}) => ({
  date: '2026-11-12',
  classification: 'publicWorksExpense',
  description: `村道硬化工程款 ${voucher}`,
  voucher,
  amount,
  ...extra,
});

test('the public compliance view flags published spending without a valid decision, and only that spending', async () => {
  const finance = statement([line('记-901', 6_000_000), line('记-902', 30_000), line('记-903', 40_000, { matter: 'landCompensationUse' })]);
  const published = await server.client('demo-cadre').request(publishDisclosure, {
    params: { villageId },
    body: {
      category: 'finance',
      version: {
        title: '2026年11月村道工程支出公开',
        body: richTextFromPlain('村道硬化工程支出。'),
        period: finance.period,
        notice: { published: demoToday, until: '2026-12-30' },
        attachments: [],
        finance,
      },
    },
  });
  for (const locale of ['zh-CN', 'en'] as const) {
    const { data } = await server.client(undefined, { locale }).request(getDisclosureCompliance, { params: { villageId } });
    const mine = (data.mandateAlarms ?? []).filter((alarm) => alarm.itemId === published.data.id);
    assert.deepEqual(
      mine.map((alarm) => [alarm.voucher, alarm.reasons, alarm.trail]),
      [
        ['记-901', ['overThreshold'], 'none'],
        ['记-903', ['art24Matter'], 'none'],
      ],
      'the 300元 line is neither over the threshold nor an Art 24 matter',
    );
    const words = mine.flatMap((alarm) => alarm.issues.map((one) => one.message)).join(' ');
    assert.match(words, locale === 'en' ? /[a-z]{4,}/ : /[\u4e00-\u9fff]/);
  }
});
