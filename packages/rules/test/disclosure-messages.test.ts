/* eslint-disable @typescript-eslint/no-deprecated -- tests the deprecated `checkMeeting`, kept until the next major release (issue 17) */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizeIssues, type RuleIssue } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import {
  checkAttachment,
  checkItem,
  checkMeeting,
  checkTrail,
  correctItem,
  disclosureItemSchema,
  disclosureMessages,
  parseYuan,
  reconcile,
  richTextFromPlain,
  type DisclosureItem,
} from '../src/disclosure/index.js';

const item: DisclosureItem = {
  id: 'x',
  category: 'nonsense',
  versions: [
    {
      version: 1,
      title: 't',
      body: richTextFromPlain('b'),
      period: { from: '2024-01-01', to: '2024-01-31' },
      notice: { published: '2024-02-01' },
      attachments: [{ name: 'a.png', mediaType: 'application/pdf', size: 99_999_999, url: 'https://example.com/a' }],
      finance: {
        period: { from: '2024-02-01', to: '2024-02-29' },
        openingBalance: 0,
        income: [{ date: '2024-03-01', classification: 'otherExpense', description: 'd', voucher: 'V1', amount: 0 }],
        expenditure: [
          { date: '2024-02-02', classification: 'otherIncome', description: 'd', voucher: 'V1', amount: 5 },
          { date: '2024-02-02', classification: 'unknown', description: 'd', voucher: 'V2', amount: 5 },
        ],
        totals: { income: 1, expenditure: 1 },
        closingBalance: 1,
      },
    },
  ],
};

function collect(): RuleIssue[] {
  const found: RuleIssue[] = [...checkItem(item)];
  const version = item.versions[0];
  assert.ok(version);
  if (version.finance) found.push(...reconcile(version.finance));
  found.push(
    ...checkAttachment(
      { name: 'a.png', mediaType: 'application/pdf', size: 30_000_000, url: 'https://example.com/a' },
      { maxAttachmentBytes: 1 },
    ),
  );
  const yuan = parseYuan('abc');
  if (!yuan.ok) found.push(...yuan.issues);
  for (const change of [{}, { title: 'new' }]) {
    const corrected = correctItem(item, change, { at: '2023-01-01', by: 'x', reason: 'r' });
    if (!corrected.ok) found.push(...corrected.issues);
  }
  const noReason = correctItem(item, { title: 'n' }, { at: '2024-03-01', by: 'x', reason: '' });
  if (!noReason.ok) found.push(...noReason.issues);
  const clean: DisclosureItem = { ...item, category: 'finance', versions: [{ ...version, attachments: [], finance: undefined }] };
  const same = correctItem(clean, {}, { at: '2024-03-01', by: 'x', reason: 'r' });
  if (!same.ok) found.push(...same.issues);
  const unsafe = validate(disclosureItemSchema, {
    ...clean,
    versions: [
      {
        ...version,
        body: [{ type: 'paragraph', children: [{ type: 'link', href: 'javascript:x', children: [{ type: 'text', text: 'x' }] }] }],
        attachments: [{ name: '../a.pdf', mediaType: 'application/pdf', size: 1, url: 'https://example.com/a' }],
      },
    ],
  });
  if (!unsafe.ok) found.push(...unsafe.issues);
  const second = { ...version, version: 2, correction: { at: '2024-03-01', by: 'x', reason: 'r' } };
  for (const versions of [
    [version, { ...second, version: 5 }],
    [version, { ...second, correction: undefined }],
    [version, second, { ...second, version: 3, correction: { at: '2024-02-15', by: 'x', reason: 'r' } }],
  ]) {
    const history = validate(disclosureItemSchema, { ...clean, versions });
    if (!history.ok) found.push(...history.issues);
  }
  const invalid = validate(disclosureItemSchema, {
    ...item,
    versions: [
      {
        ...version,
        period: { from: '2024-02-01', to: '2024-01-01' },
        notice: { published: '2024-02-01', until: '2024-01-01' },
        correction: { at: '2024-01-01', by: 'x', reason: 'r' },
      },
    ],
  });
  if (!invalid.ok) found.push(...invalid.issues);
  found.push(
    ...checkMeeting({ kind: 'villagersMeeting', basis: 'adults', eligible: 10, present: 11, votes: { for: 5, against: 7 } }).issues,
  );
  found.push(...checkMeeting({ kind: 'villagersMeeting', basis: 'households', eligible: 10, present: 1, votes: { for: 0 } }).issues);
  found.push(
    ...checkMeeting({
      kind: 'villagersMeeting',
      basis: 'adults',
      eligible: 10,
      present: 6,
      votes: { for: 6 },
      noticeGiven: '2024-03-01',
      held: '2024-03-05',
    }).issues,
  );
  found.push(
    ...checkMeeting({ kind: 'partyMembersMeeting', eligible: 10, present: 1, votes: { for: 0 } }).issues,
    ...checkMeeting({ kind: 'partyMembersMeeting', eligible: 10, present: 6, votes: { for: 6 } }, { partyMeetingQuorum: 'twoThirds' })
      .issues,
  );
  found.push(
    ...checkMeeting({
      kind: 'representativesMeeting',
      eligible: 10,
      present: 9,
      votes: { for: 9 },
      composition: { representatives: 2, womenRepresentatives: 3 },
    }).issues,
  );
  found.push(
    ...checkTrail(
      {
        matter: 'landContracting',
        steps: [
          { step: 'resultDisclosure', date: '2024-01-01' },
          { step: 'resultDisclosure', date: '2024-01-01' },
          {
            step: 'review',
            date: '2024-02-01',
            meeting: { kind: 'villagersMeeting', basis: 'adults', eligible: 10, present: 1, votes: { for: 0 } },
          },
          {
            step: 'resolution',
            date: '2024-01-05',
            meeting: { kind: 'representativesMeeting', eligible: 10, present: 9, votes: { for: 9 } },
          },
          { step: 'resolutionDisclosure', date: '2024-03-01' },
        ],
      },
      {},
    ).issues,
  );
  found.push(
    ...checkTrail({
      steps: [
        { step: 'proposal', date: '2024-01-01' },
        { step: 'resultDisclosure', date: '2024-06-01' },
      ],
    }).issues,
  );
  found.push(
    ...checkTrail(
      {
        steps: [
          { step: 'review', date: '2024-01-01' },
          {
            step: 'resolution',
            date: '2024-01-02',
            meeting: { kind: 'villagersMeeting', basis: 'adults', eligible: 3, present: 3, votes: { for: 3 } },
          },
        ],
      },
      { asOf: '2024-02-01' },
    ).issues,
  );
  return found;
}

test('every disclosure issue the rules raise reads fully in both languages, with no placeholder left unfilled', () => {
  const found = collect();
  for (const locale of ['zh-CN', 'en'] as const) {
    for (const one of localizeIssues(found, locale)) {
      assert.doesNotMatch(one.message, /\{\w+\}/, `${one.code} (${locale}): ${one.message}`);
    }
  }
});

test('the scenarios above reach every disclosure message code, so none is dead or untested', () => {
  const raised = new Set(collect().map((one) => one.code));
  const missing = Object.keys(disclosureMessages).filter((code) => !raised.has(code as RuleIssue['code']));
  assert.deepEqual(missing, []);
});
