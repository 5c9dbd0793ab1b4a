import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizeIssues } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import {
  checkAttachment,
  checkItem,
  correctItem,
  currentVersion,
  defaultDisclosureCategories,
  defaultDisclosureSettings,
  diffVersions,
  disclosureItemSchema,
  richTextFromPlain,
  statusOn,
  versionAsOf,
  type Attachment,
  type DisclosureItem,
  type DisclosureVersion,
  type FinanceStatement,
} from '../src/disclosure/index.js';
import { codes } from './support/disclosure.js';

const voucherScan: Attachment = {
  name: '三月凭证.pdf',
  mediaType: 'application/pdf',
  size: 1_048_576,
  url: 'https://files.example.cn/v/1.pdf',
  sha256: 'a'.repeat(64),
};

const finance: FinanceStatement = {
  period: { from: '2024-03-01', to: '2024-03-31' },
  openingBalance: 100_000,
  income: [{ date: '2024-03-05', classification: 'contractIncome', description: '鱼塘发包', voucher: 'J-001', amount: 50_000 }],
  expenditure: [{ date: '2024-03-20', classification: 'administrativeExpense', description: '办公用品', voucher: 'J-002', amount: 2_000 }],
  totals: { income: 50_000, expenditure: 2_000 },
  closingBalance: 148_000,
};

const original: DisclosureVersion = {
  version: 1,
  title: '2024年3月财务收支公开',
  body: richTextFromPlain('本月收入500.00元。\n本月支出20.00元。\n如有疑问请联系村务监督委员会。'),
  period: { from: '2024-03-01', to: '2024-03-31' },
  notice: { published: '2024-04-05', until: '2024-04-20' },
  attachments: [voucherScan],
  finance,
};

const item: DisclosureItem = { id: 'fin-2024-03', category: 'finance', versions: [original] };

const correction = { at: '2024-04-08', by: '王会计', reason: '支出金额录入错误' };

test('an item is upcoming before its publication day, in notice from the first to the last day, and closed after', () => {
  assert.equal(statusOn(item, '2024-04-04'), 'upcoming');
  assert.equal(statusOn(item, '2024-04-05'), 'inNotice');
  assert.equal(statusOn(item, '2024-04-20'), 'inNotice');
  assert.equal(statusOn(item, '2024-04-21'), 'closed');
});

test('an item without a notice end stays on the board', () => {
  const standing: DisclosureItem = { ...item, versions: [{ ...original, notice: { published: '2024-04-05' } }] };
  assert.equal(statusOn(standing, '2030-01-01'), 'inNotice');
});

test('a correction appends a version with who, when and why, and leaves the original untouched', () => {
  const result = correctItem(
    item,
    { body: richTextFromPlain('本月收入500.00元。\n本月支出25.00元。\n如有疑问请联系村务监督委员会。') },
    correction,
  );
  assert.ok(result.ok);
  const corrected = result.value;
  assert.equal(corrected.versions.length, 2);
  assert.deepEqual(corrected.versions[0], original);
  assert.equal(item.versions.length, 1);
  assert.deepEqual(currentVersion(corrected).correction, correction);
  assert.equal(currentVersion(corrected).version, 2);
  assert.equal(currentVersion(corrected).title, original.title);
  assert.ok(validate(disclosureItemSchema, corrected).ok);
});

test('a correction without a reason is refused', () => {
  const result = correctItem(item, { title: '更正' }, { ...correction, reason: '   ' });
  assert.ok(!result.ok);
  assert.deepEqual(result.issues, [{ code: 'disclosure.correction.reasonRequired', path: ['reason'] }]);
});

test('a correction dated before the version it corrects is refused', () => {
  const result = correctItem(item, { title: '更正' }, { ...correction, at: '2024-04-04' });
  assert.ok(!result.ok);
  assert.deepEqual(result.issues, [
    { code: 'disclosure.correction.beforePrevious', path: ['at'], params: { at: '2024-04-04', previous: '2024-04-05' } },
  ]);
});

test('a correction that changes nothing is refused', () => {
  const result = correctItem(item, { title: original.title, attachments: [{ ...voucherScan }] }, correction);
  assert.ok(!result.ok);
  assert.equal(result.issues[0]?.code, 'disclosure.correction.nothingChanged');
});

test('a correction whose new content is invalid is refused with the field path', () => {
  const result = correctItem(item, { title: '' }, correction);
  assert.ok(!result.ok);
  assert.deepEqual(result.issues[0]?.path, ['title']);
});

test('the view as of a date shows the version villagers could see then', () => {
  const result = correctItem(item, { title: '2024年3月财务收支公开（更正）' }, correction);
  assert.ok(result.ok);
  assert.equal(versionAsOf(result.value, '2024-04-04'), undefined);
  assert.equal(versionAsOf(result.value, '2024-04-07')?.version, 1);
  assert.equal(versionAsOf(result.value, '2024-04-08')?.version, 2);
});

test('the diff names the changed fields and which paragraphs were added, removed or rewritten', () => {
  const newer: DisclosureVersion = {
    ...original,
    version: 2,
    title: '2024年3月财务收支公开（更正）',
    body: richTextFromPlain('本月收入500.00元。\n本月支出25.00元。\n附：凭证清单。\n如有疑问请联系村务监督委员会。'),
    correction,
  };
  const diff = diffVersions(original, newer);
  assert.deepEqual(diff.changed, ['title', 'body']);
  assert.deepEqual(diff.body, { added: [2], removed: [], changed: [{ from: 1, to: 1 }] });

  const shorter = diffVersions(original, {
    ...original,
    version: 2,
    body: richTextFromPlain('本月收入500.00元。\n如有疑问请联系村务监督委员会。'),
    correction,
  });
  assert.deepEqual(shorter.body, { added: [], removed: [1], changed: [] });
  assert.deepEqual(shorter.changed, ['body']);
});

test('the diff lists attachments by name and finance lines by voucher', () => {
  const newer: DisclosureVersion = {
    ...original,
    version: 2,
    attachments: [
      { ...voucherScan, size: 2_000_000, sha256: 'b'.repeat(64) },
      { name: '银行对账单.jpg', mediaType: 'image/jpeg', size: 300_000, url: 'https://files.example.cn/v/2.jpg' },
    ],
    finance: {
      ...finance,
      expenditure: [
        { date: '2024-03-20', classification: 'administrativeExpense', description: '办公用品', voucher: 'J-002', amount: 2_500 },
        { date: '2024-03-28', classification: 'otherExpense', description: '水电费', voucher: 'J-003', amount: 1_000 },
      ],
      totals: { income: 50_000, expenditure: 3_500 },
      closingBalance: 146_500,
    },
    correction,
  };
  const diff = diffVersions(original, newer);
  assert.deepEqual(diff.changed, ['attachments', 'finance']);
  assert.deepEqual(diff.attachments, { added: ['银行对账单.jpg'], removed: [], changed: ['三月凭证.pdf'] });
  assert.deepEqual(diff.finance, {
    added: [{ kind: 'expenditure', voucher: 'J-003' }],
    removed: [],
    changed: [{ kind: 'expenditure', voucher: 'J-002' }],
    summaryChanged: true,
  });
  const withoutFinance = diffVersions(original, { ...original, version: 2, finance: undefined, correction });
  assert.deepEqual(withoutFinance.finance.removed, [
    { kind: 'income', voucher: 'J-001' },
    { kind: 'expenditure', voucher: 'J-002' },
  ]);
});

test('two versions built with their keys in a different order have no differences', () => {
  const reordered: DisclosureVersion = {
    notice: { until: '2024-04-20', published: '2024-04-05' },
    period: { to: '2024-03-31', from: '2024-03-01' },
    finance: original.finance,
    attachments: original.attachments,
    body: original.body,
    title: original.title,
    version: 1,
  };
  assert.deepEqual(diffVersions(original, reordered).changed, []);
});

test('the version history must be numbered in order, with a correction note on every later version', () => {
  const second: DisclosureVersion = { ...original, version: 2, title: '更正', correction };
  assert.ok(validate(disclosureItemSchema, { ...item, versions: [original, second] }).ok);

  const skipped = validate(disclosureItemSchema, { ...item, versions: [original, { ...second, version: 3 }] });
  assert.ok(!skipped.ok);
  assert.deepEqual(skipped.issues[0], {
    code: 'disclosure.item.versionNumbering',
    path: ['versions', 1, 'version'],
    params: { expected: 2, found: 3 },
  });

  const silent = validate(disclosureItemSchema, { ...item, versions: [original, { ...second, correction: undefined }] });
  assert.ok(!silent.ok);
  assert.equal(silent.issues[0]?.code, 'disclosure.item.correctionMissing');

  const backdated = validate(disclosureItemSchema, {
    ...item,
    versions: [original, second, { ...second, version: 3, correction: { ...correction, at: '2024-04-07' } }],
  });
  assert.ok(!backdated.ok);
  assert.equal(backdated.issues[0]?.code, 'disclosure.item.correctionOutOfOrder');

  const firstCorrected = validate(disclosureItemSchema, { ...item, versions: [{ ...original, correction }] });
  assert.ok(!firstCorrected.ok);
  assert.equal(firstCorrected.issues[0]?.code, 'disclosure.item.firstVersionIsCorrection');
});

test('a notice that ends before it starts and a period that ends before it starts are refused', () => {
  const result = validate(disclosureItemSchema, {
    ...item,
    versions: [{ ...original, period: { from: '2024-03-31', to: '2024-03-01' }, notice: { published: '2024-04-05', until: '2024-04-01' } }],
  });
  assert.ok(!result.ok);
  assert.deepEqual(codes(result.issues).sort(), ['disclosure.notice.endsBeforeStart', 'disclosure.period.reversed']);
});

test('attachments over the size limit or with an extension that does not match their type are reported', () => {
  const settings = { maxAttachmentBytes: 1_048_576 };
  assert.deepEqual(checkAttachment(voucherScan, settings), []);
  const big = checkAttachment({ ...voucherScan, size: 1_048_577 }, settings);
  assert.deepEqual(codes(big), ['disclosure.attachment.tooLarge']);
  assert.equal(localizeIssues(big, 'zh-CN')[0]?.message, '附件“三月凭证.pdf”有 1.0 MB，超过了 1.0 MB 的上限');
  assert.deepEqual(codes(checkAttachment({ ...voucherScan, name: 'scan.exe.jpg', mediaType: 'application/pdf' }, settings)), [
    'disclosure.attachment.typeMismatch',
  ]);
  assert.deepEqual(checkAttachment({ ...voucherScan, name: 'SCAN.PDF' }, settings), []);
});

test('attachment names with folders, control characters or direction overrides, and disallowed types are refused', () => {
  const withName = (name: string) =>
    validate(disclosureItemSchema, { ...item, versions: [{ ...original, attachments: [{ ...voucherScan, name }] }] });
  for (const name of ['../etc/passwd.pdf', 'a\\b.pdf', 'report\u202Efdp.exe', 'no-extension', ' 前导空格.pdf', 'tab\t.pdf']) {
    assert.ok(!withName(name).ok, JSON.stringify(name));
  }
  assert.ok(
    !validate(disclosureItemSchema, {
      ...item,
      versions: [{ ...original, attachments: [{ ...voucherScan, name: 'x.svg', mediaType: 'image/svg+xml' }] }],
    }).ok,
  );
  assert.ok(
    !validate(disclosureItemSchema, { ...item, versions: [{ ...original, attachments: [{ ...voucherScan, url: 'javascript:alert(1)' }] }] })
      .ok,
  );
});

test('checking an item reports an unknown category, finance that does not reconcile, and a finance period that differs', () => {
  assert.deepEqual(checkItem(item), []);
  const broken: DisclosureItem = {
    ...item,
    category: 'gossip',
    versions: [{ ...original, finance: { ...finance, closingBalance: 1, period: { from: '2024-03-01', to: '2024-03-30' } } }],
  };
  const found = checkItem(broken, { settings: defaultDisclosureSettings, categories: defaultDisclosureCategories });
  assert.deepEqual(codes(found), [
    'disclosure.item.unknownCategory',
    'disclosure.finance.unbalanced',
    'disclosure.item.financePeriodMismatch',
  ]);
  assert.deepEqual(found[1]?.path, ['versions', 0, 'finance', 'closingBalance']);
});
