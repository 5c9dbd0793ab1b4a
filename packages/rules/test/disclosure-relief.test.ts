import assert from 'node:assert/strict';
import { test } from 'node:test';
import { redact } from '../src/identity/index.js';
import { validate } from '../src/messages/index.js';
import {
  disclosureSettingsSchema,
  publicReliefRecipients,
  reliefListSchema,
  reliefListTotal,
  reliefTotalsByGroup,
  type ReliefList,
  type ReliefRecipient,
} from '../src/disclosure/index.js';

const list: ReliefList = {
  program: 'minimumLiving',
  period: { from: '2024-07-01', to: '2024-09-30' },
  recipients: [
    { name: '张三明', villageGroup: '第一村民小组', amount: 165_000, householdSize: 2 },
    { name: '李四', villageGroup: '第三村民小组', amount: 82_500, idNumber: '11010519491231002X' },
    { name: '王五', villageGroup: '第一村民小组', amount: 82_500 },
  ],
};

test('a relief list with names, groups and amounts in fen is accepted', () => {
  assert.ok(validate(reliefListSchema, list).ok);
});

test('the list total and the totals by village group add up to the fen', () => {
  assert.equal(reliefListTotal(list), 330_000);
  assert.deepEqual(reliefTotalsByGroup(list), [
    { villageGroup: '第一村民小组', recipients: 2, amount: 247_500 },
    { villageGroup: '第三村民小组', recipients: 1, amount: 82_500 },
  ]);
});

test('a recipient with a zero amount, an ID number of the wrong shape, or an unknown programme is refused', () => {
  const withRecipient = (patch: object) => validate(reliefListSchema, { ...list, recipients: [{ ...list.recipients[0], ...patch }] });
  assert.deepEqual(withRecipient({ amount: 0 }).ok, false);
  assert.deepEqual(withRecipient({ idNumber: '1101051949123100' }).ok, false);
  assert.deepEqual(withRecipient({ idNumber: '11010519491231002x' }).ok, false);
  assert.equal(validate(reliefListSchema, { ...list, program: 'bonus' }).ok, false);
});

test("a relief list's public form, through identity's redact, shows no full name or ID number", () => {
  const shown = redact(list, { role: 'public' });
  const text = JSON.stringify(shown);
  for (const recipient of list.recipients) {
    assert.ok(!text.includes(recipient.name), recipient.name);
    if (recipient.idNumber !== undefined) assert.ok(!text.includes(recipient.idNumber), recipient.idNumber);
  }
  assert.equal(reliefListTotal(shown), reliefListTotal(list));
  assert.deepEqual(list.recipients[0]?.name, '张三明');
});

test('the public form keeps only the fields the village publishes, with the name masked', () => {
  assert.deepEqual(publicReliefRecipients(list), [
    { name: '张*明', villageGroup: '第一村民小组', householdSize: 2, amount: 165_000 },
    { name: '李*', villageGroup: '第三村民小组', amount: 82_500 },
    { name: '王*', villageGroup: '第一村民小组', amount: 82_500 },
  ]);
  assert.deepEqual(publicReliefRecipients(list, ['villageGroup', 'amount'])[0], { villageGroup: '第一村民小组', amount: 165_000 });
});

test('whatever else the internal form holds (ID, phone, address, health) never reaches the public form', () => {
  const extra = {
    ...list,
    recipients: [{ ...list.recipients[1], phone: '13812345678', address: '某某村3组12号', health: '重度残疾' } as ReliefRecipient],
  };
  const text = JSON.stringify(publicReliefRecipients(extra));
  for (const secret of ['11010519491231002X', '13812345678', '某某村3组12号', '重度残疾', '李四'])
    assert.ok(!text.includes(secret), secret);
});

test('a village cannot choose to publish an ID number, and must publish at least one field', () => {
  assert.equal(validate(disclosureSettingsSchema, { reliefPublicFields: ['name', 'idNumber'] }).ok, false);
  assert.equal(validate(disclosureSettingsSchema, { reliefPublicFields: [] }).ok, false);
  assert.equal(validate(disclosureSettingsSchema, { reliefPublicFields: ['amount'] }).ok, true);
});
