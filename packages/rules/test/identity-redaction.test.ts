import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  containsRawPersonalData,
  defaultPrivacyPolicy,
  privacyPolicySchema,
  redact,
  roles,
  scrubPersonalData,
  scrubRawPersonalData,
  validate,
  type PrivacyPolicy,
  type Role,
} from '../src/index.js';

const idA = '11010519491231002X';
const idB = '440304200002291315';
const phoneA = '13812341234';
const phoneB = '15987654321';

interface Party {
  role: string;
  name: string;
  phone?: string;
  contact_phone?: string;
  residentId?: string;
  idNumber?: string;
  address?: string;
  uscc?: string;
  consentPurposes?: string[];
}
interface BoardRow {
  householdName: string;
  points: number;
  headName?: string;
  consentPurposes?: string[];
  /** The old general flags: they name no purpose, so they reveal nothing. */
  consentPublicName?: boolean;
  consent?: { publicName: boolean };
  members?: { fullName: string; mobile: number | string }[];
}
interface SampleCase {
  id: string;
  trackingCode?: string;
  openedAt: Date;
  description: string;
  parties: Party[];
  board: BoardRow[];
}

/** The element at an index, failing the test if it is missing. */
function at<T>(list: readonly T[] | undefined, index: number): T {
  const item = list?.[index];
  assert.ok(item !== undefined, `no element ${String(index)}`);
  return item;
}

/** A dispute with two parties, a public board and a free-text description, as the server holds it. */
function sampleCase(): SampleCase {
  return {
    id: 'case-1',
    trackingCode: 'TJ-7F3K-92QX',
    openedAt: new Date('2025-03-01T02:00:00Z'),
    description: `邻居张小明（电话 ${phoneA}）反映排水沟堵塞，身份证 ${idA}`,
    parties: [
      { role: 'applicant', name: '张小明', phone: phoneA, residentId: idA, address: '某某镇某某村3组12号' },
      {
        role: 'respondent',
        name: '欧阳小明',
        contact_phone: `+86 ${phoneB.slice(0, 3)}-${phoneB.slice(3, 7)}-${phoneB.slice(7)}`,
        idNumber: idB,
        consentPurposes: ['publicNotice'],
      },
      { role: 'respondent', name: '某某农业合作社', uscc: '914403001922038216' },
    ],
    board: [
      { householdName: '阿沛·阿旺晋美', points: 120, consentPurposes: ['honourBoard'] },
      {
        householdName: '司马相如',
        points: 95,
        headName: '司马迁',
        consentPublicName: true,
        consent: { publicName: true },
        members: [{ fullName: '司马光', mobile: 13900001111 }],
      },
    ],
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

// The 爱心超市 keeper hands goods over against points: they need no phone or ID number of anyone.
const unprivileged: Role[] = ['public', 'villager', 'gridWorker', 'supervisor', 'storekeeper'];
const privileged: Role[] = ['cadre', 'mediator', 'admin'];

test('the lists of roles cover every role once', () => {
  assert.deepEqual([...unprivileged, ...privileged].sort(), [...roles].sort());
});

for (const role of unprivileged) {
  test(`no raw phone or ID number reaches a ${role} viewer`, () => {
    const out = redact(sampleCase(), { role });
    assert.deepEqual(containsRawPersonalData(out), []);
    assert.equal(at(out.parties, 0).phone, '138****1234');
    assert.equal(at(out.parties, 0).residentId, '110105********002X');
    assert.equal(at(out.parties, 1).contact_phone, '159****4321');
    assert.equal(at(out.parties, 2).uscc, '91440300**********');
    assert.equal(out.description, `邻居张小明（电话 138****1234）反映排水沟堵塞，身份证 110105********002X`);
    assert.equal(at(at(out.board, 1).members, 0).mobile, '139****1111');
    assert.ok(!('trackingCode' in out), 'the tracking code is the subject’s secret');
  });
}

for (const role of ['public', 'villager'] as const) {
  test(`a ${role} viewer of the honour board sees names masked unless the person consented to the honour board`, () => {
    const out = redact(sampleCase(), { role, purpose: 'honourBoard' });
    assert.equal(at(out.parties, 0).name, '张*明');
    assert.equal(at(out.parties, 1).name, '欧阳*明', 'consent to 公示 lists does not cover the honour board');
    assert.equal(at(out.board, 0).householdName, '阿沛·阿旺晋美', 'consentPurposes on the object');
    assert.equal(at(out.board, 1).householdName, '司马*如', 'the old general flags name no purpose');
    assert.equal(at(out.board, 1).headName, '司马*');
    assert.equal(at(at(out.board, 1).members, 0).fullName, '司马*', 'a household’s consent does not cover its members');
    assert.equal(at(out.parties, 0).address, '某某镇某某村***');
  });

  test(`a ${role} viewer of a 公示 list sees only names consented to for 公示 lists`, () => {
    const out = redact(sampleCase(), { role, purpose: 'publicNotice' });
    assert.equal(at(out.parties, 1).name, '欧阳小明');
    assert.equal(at(out.board, 0).householdName, '阿*·****', 'consent to the honour board does not cover 公示 lists');
  });

  test(`a ${role} viewer of a page without a naming purpose (the black list) sees every name masked`, () => {
    for (const out of [
      redact(sampleCase(), { role }),
      redact(sampleCase(), { role, purpose: null, consent: { purposes: ['honourBoard', 'publicNotice'] } }),
    ]) {
      assert.equal(at(out.parties, 1).name, '欧阳*明');
      assert.equal(at(out.board, 0).householdName, '阿*·****');
    }
  });
}

for (const role of ['gridWorker', 'supervisor'] as const) {
  test(`a ${role} sees names whole but phones and ID numbers masked`, () => {
    const out = redact(sampleCase(), { role });
    assert.equal(at(out.parties, 0).name, '张小明');
    assert.equal(at(at(out.board, 1).members, 0).fullName, '司马光');
    assert.equal(at(out.parties, 0).phone, '138****1234');
  });
}

for (const role of privileged) {
  test(`a ${role} handling the record sees contact data but never the tracking code`, () => {
    const out = redact(sampleCase(), { role });
    assert.equal(at(out.parties, 0).phone, phoneA);
    assert.equal(at(out.parties, 0).residentId, idA);
    assert.equal(at(out.parties, 0).name, '张小明');
    assert.ok(!('trackingCode' in out));
    assert.ok(containsRawPersonalData(out).includes('$.parties[0].phone'), 'the scan finds what was revealed');
  });

  test(`a ${role} not handling the record is treated like the public`, () => {
    const out = redact(sampleCase(), { role, handlesRecord: false });
    assert.deepEqual(containsRawPersonalData(out), []);
    assert.equal(at(out.parties, 0).name, '张*明');
  });
}

test('the subject sees everything including the tracking code', () => {
  const input = sampleCase();
  const out = redact(input, { role: 'villager', isSubject: true });
  assert.deepEqual(out, input);
  assert.notEqual(out, input);
});

test('a subject predicate reveals only the viewer’s own party', () => {
  const out = redact(sampleCase(), { role: 'villager', isSubject: (record) => record.residentId === idA });
  assert.equal(at(out.parties, 0).phone, phoneA);
  assert.equal(at(out.parties, 0).name, '张小明');
  assert.equal(at(out.parties, 1).idNumber, '440304********1315');
  assert.equal(at(out.board, 1).householdName, '司马*如');
  assert.deepEqual(containsRawPersonalData({ others: out.parties.slice(1), board: out.board }), []);
});

test('consent given in the context for the page’s purpose reveals names but nothing else', () => {
  const out = redact(sampleCase(), { role: 'public', purpose: 'honourBoard', consent: { purposes: ['honourBoard'] } });
  assert.equal(at(out.parties, 0).name, '张小明');
  assert.equal(at(at(out.board, 1).members, 0).fullName, '司马光');
  assert.deepEqual(containsRawPersonalData(out), []);
  const otherPurpose = redact(sampleCase(), { role: 'public', purpose: 'honourBoard', consent: { purposes: ['publicNotice'] } });
  assert.equal(at(otherPurpose.parties, 0).name, '张*明', 'consent for another purpose reveals nothing');
});

test('redaction never mutates its input, keeps dates and handles cycles', () => {
  const input = deepFreeze(sampleCase());
  const before = JSON.stringify(input);
  const out = redact(input, { role: 'public' });
  assert.equal(JSON.stringify(input), before);
  assert.ok(out.openedAt instanceof Date);
  const cyclic: { name: string; self?: unknown } = { name: '张小明' };
  cyclic.self = cyclic;
  const redacted = redact(cyclic, { role: 'public' }) as { name: string; self: { name: string } };
  assert.equal(redacted.self.name, '张*明');
  assert.equal(redacted.self, redacted);
});

test("an object met twice is redacted for each place it stands: shown inside the subject's record, masked outside", () => {
  const contact = { phone: phoneA };
  const out = redact(
    { mine: { residentId: idA, contact }, theirs: { contact } },
    { role: 'villager', isSubject: (record) => record.residentId === idA },
  );
  assert.equal(out.mine.contact.phone, phoneA);
  assert.equal(out.theirs.contact.phone, '138****1234');
});

test('the raw-number scrub masks strings, keys, integers and bigints, keeps dates, and copies shared objects and cycles once', () => {
  const shared = { note: `call ${phoneA}` };
  const input: Record<string, unknown> = {
    a: shared,
    b: shared,
    [phoneB]: 1,
    n: 13812341234,
    big: 15987654321n,
    small: 42,
    on: new Date(0),
  };
  input.self = input;
  const out = scrubRawPersonalData(input);
  assert.deepEqual(out.a, { note: 'call 138****1234' });
  assert.equal(out.a, out.b);
  assert.equal(out.self, out);
  assert.deepEqual(
    Object.keys(out).filter((key) => key.startsWith('159')),
    ['159****4321'],
  );
  assert.equal(out.n, '138****1234');
  assert.equal(out.big, '159****4321');
  assert.equal(out.small, 42);
  assert.ok(out.on instanceof Date);
  assert.equal(input.n, 13812341234, 'the input is left as it was');
});

test('personal data under any shape of value is masked: arrays, numbers and nested objects', () => {
  const out = redact({ phone: [phoneA, 15987654321], name: { zh: '张小明', en: 'Zhang Xiaoming' }, residentId: null }, { role: 'public' });
  assert.deepEqual(out, { phone: ['138****1234', '159****4321'], name: { zh: '张*明', en: 'Z************g' }, residentId: null });
});

test('a raw number used as an object key is masked and the scan path does not repeat it', () => {
  const input = { byPhone: { [phoneA]: 3 } };
  assert.deepEqual(containsRawPersonalData(input), ['$.byPhone.<key #0>']);
  assert.deepEqual(redact(input, { role: 'public' }), { byPhone: { '138****1234': 3 } });
});

test('a village can adapt the policy: extra fields, narrower audiences, no free-text scrubbing', () => {
  const policy: PrivacyPolicy = {
    ...defaultPrivacyPolicy,
    fields: { ...defaultPrivacyPolicy.fields, wechatId: 'secret', guardianName: 'name' },
    reveal: { ...defaultPrivacyPolicy.reveal, phone: ['mediator'] },
  };
  assert.ok(validate(privacyPolicySchema, policy).ok);
  const out = redact({ guardianName: '王大明', wechatId: 'wx123', phone: phoneA }, { role: 'cadre', policy });
  assert.deepEqual(out, { guardianName: '王大明', phone: '138****1234' });
  const loose = redact({ note: `call ${phoneA}` }, { role: 'public', policy: { ...policy, scrubFreeText: false } });
  assert.deepEqual(loose, { note: `call ${phoneA}` });
});

test('the scan finds mobiles and ID numbers in text, with separators, and ignores masked ones', () => {
  assert.deepEqual(containsRawPersonalData(`tel: 138 1234 1234`), ['$']);
  assert.deepEqual(containsRawPersonalData(['x', { note: '身份证110105 19491231 002x' }]), ['$[1].note']);
  assert.deepEqual(containsRawPersonalData({ old: '110105491231002' }), ['$.old']);
  assert.deepEqual(containsRawPersonalData({ 'odd key': 13812341234 }), ['$["odd key"]']);
  assert.deepEqual(
    containsRawPersonalData({ phone: '138****1234', id: '110105********002X', amount: 1380012, order: '110105194912310021' }),
    [],
  );
});

test('free-text scrubbing leaves other numbers alone', () => {
  assert.equal(scrubPersonalData('凭证号 2025030100012，金额 1380 元'), '凭证号 2025030100012，金额 1380 元');
  assert.equal(scrubPersonalData(`a${phoneA}`), `a${phoneA}`, 'letters glued to digits make it a different token');
});

const mobile = fc
  .tuple(fc.integer({ min: 3, max: 9 }), fc.integer({ min: 0, max: 999_999_999 }))
  .map(([second, rest]) => `1${String(second)}${String(rest).padStart(9, '0')}`);
const piiText = fc.oneof(
  mobile,
  mobile.map((m) => `联系电话：${m}。`),
  fc.constantFrom(idA, idB, `身份证号${idB.toLowerCase()}`),
  fc.string(),
);
const key = fc.oneof(fc.constantFrom('name', 'phone', 'note', 'idNumber', 'members', 'mobile', 'address'), fc.string({ maxLength: 6 }));
const record = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: 'small' }, piiText, fc.integer(), tie('array'), tie('object')),
  array: fc.array(tie('node'), { maxLength: 4 }),
  object: fc.dictionary(key, tie('node'), { maxKeys: 5 }),
})).node;

test('for any value, nothing raw survives redaction for viewers without contact rights', () => {
  fc.assert(
    fc.property(record, fc.constantFrom(...unprivileged), (value, role) => {
      assert.deepEqual(containsRawPersonalData(redact(value, { role })), []);
    }),
  );
});
