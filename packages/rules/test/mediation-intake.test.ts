import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  checkAcceptance,
  createMediationIntakeSchemas,
  defaultMediationSettings,
  disputeTypeCodes,
  disputeTypes,
  mediationIntakeSchema,
  mediationIntakeSteps,
  mediationIntakeStepOrder,
  triage,
  validate,
  type IssuePath,
  type RuleIssue,
} from '../src/index.js';

/** A valid resident ID (the GB 11643-1999 example) and USCC, both with correct check characters. */
const validResidentId = '11010519491231002X';
const validUscc = '91350100M000100Y43';

interface Draft {
  dispute: Record<string, unknown>;
  applicant: Record<string, unknown>;
  respondents: Record<string, unknown>[];
  safety: Record<string, unknown>;
  consent: Record<string, unknown>;
  preferences?: Record<string, unknown>;
  attachments?: Record<string, unknown>[];
}

/** The safety questions answered yes or no; an intake must answer each of them explicitly. */
const safetyQuestions = ['violenceThreatened', 'weaponsInvolved', 'groupIncident', 'otherPartyRefusedMediation'] as const;

/** A complete, valid intake; each test changes one thing. */
function draft(): Draft {
  return {
    dispute: {
      type: 'neighbour',
      description: '邻居家在我家门口堆放柴火，堵住了出入的路。',
      desiredOutcome: '请邻居把柴火搬走。',
    },
    applicant: { name: '张三', mobile: '13812345678' },
    respondents: [{ kind: 'person', name: '李四' }],
    // Every yes/no safety question answered "no", and no other body has the dispute.
    safety: { ...Object.fromEntries(safetyQuestions.map((flag) => [flag, false])), alreadyBefore: 'none' },
    consent: { mediation: true, personalData: true },
  };
}

function issuesOf(input: unknown, schema: Parameters<typeof validate>[0] = mediationIntakeSchema): readonly RuleIssue[] {
  const result = validate(schema, input);
  return result.ok ? [] : result.issues;
}

/** Asserts the input fails with exactly one issue at `path` (and with `code`, when given). */
function assertOneIssue(input: unknown, path: IssuePath, code?: string, params?: Record<string, unknown>): RuleIssue {
  const found = issuesOf(input);
  assert.equal(found.length, 1, JSON.stringify(found));
  const [first] = found;
  assert.ok(first);
  assert.deepEqual(first.path, path);
  if (code !== undefined) assert.equal(first.code, code);
  if (params !== undefined) assert.deepEqual(first.params, params);
  return first;
}

/** In a rejection's `value`: remove the field instead of setting it. */
const absent = Symbol('absent');

/**
 * One change to a valid draft, and the single issue it must cause. Most rows put `value` at the issue's own `path`
 * (`absent` removes the field there); `change` is for a change made above the path the issue names.
 */
type Rejection = {
  readonly name: string;
  readonly path: IssuePath;
  readonly code?: string;
  readonly params?: Record<string, unknown>;
} & ({ readonly value: unknown } | { readonly change: (input: Draft) => void });

/** Puts `value` at `path` in the draft, or removes the field there when `value` is `absent`. */
function setAt(input: Draft, path: IssuePath, value: unknown): void {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1] ?? assert.fail('a rejection path names a field');
  const parent = parentPath.reduce<Record<PropertyKey, unknown>>(
    (node, step) => node[step] as Record<PropertyKey, unknown>,
    input as unknown as Record<PropertyKey, unknown>,
  );
  if (value === absent) Reflect.deleteProperty(parent, key);
  else parent[key] = value;
}

const rejections: readonly Rejection[] = [
  { name: 'rejects a dispute type that is not in the list', path: ['dispute', 'type'], value: 'murder', code: 'field.invalidOption' },
  { name: 'treats a description of only spaces as missing', path: ['dispute', 'description'], value: '    \n  ', code: 'field.required' },
  { name: 'requires a desired outcome', path: ['dispute', 'desiredOutcome'], value: absent, code: 'field.required' },
  {
    name: 'rejects a desired outcome longer than 500 characters',
    path: ['dispute', 'desiredOutcome'],
    value: '赔'.repeat(501),
    code: 'field.tooLong',
    params: { maximum: 500 },
  },
  { name: 'rejects a negative amount', path: ['dispute', 'amountFen'], value: -1, code: 'field.tooSmall', params: { minimum: 0 } },
  { name: 'rejects an amount in yuan with decimals (amounts are whole fen)', path: ['dispute', 'amountFen'], value: 12.5 },
  {
    name: 'rejects an amount above the ceiling',
    path: ['dispute', 'amountFen'],
    value: defaultMediationSettings.maxAmountFen + 1,
    code: 'field.tooBig',
    params: { maximum: defaultMediationSettings.maxAmountFen },
  },
  {
    name: 'requires the applicant name and reports it at applicant.name',
    path: ['applicant', 'name'],
    value: absent,
    code: 'field.required',
  },
  { name: 'rejects an applicant name that is not a person name', path: ['applicant', 'name'], value: '张' },
  { name: 'rejects an applicant mobile that is not a mainland mobile number', path: ['applicant', 'mobile'], value: '12812345678' },
  { name: 'requires the applicant mobile', path: ['applicant', 'mobile'], value: absent, code: 'field.required' },
  {
    name: 'rejects an applicant resident ID whose check character is wrong',
    path: ['applicant', 'residentId'],
    value: '110105194912310021',
  },
  {
    name: 'rejects an address longer than 200 characters',
    path: ['applicant', 'address'],
    value: '村'.repeat(201),
    code: 'field.tooLong',
    params: { maximum: 200 },
  },
  {
    name: 'rejects a grid code with characters other than letters, digits, - and _',
    path: ['applicant', 'gridCode'],
    value: '三组',
    code: 'field.invalidFormat',
  },
  { name: 'requires at least one respondent', path: ['respondents'], value: [], code: 'field.tooFewItems', params: { minimum: 1 } },
  {
    name: 'rejects more respondents than the setting allows',
    path: ['respondents'],
    value: Array.from({ length: defaultMediationSettings.maxRespondents + 1 }, () => ({ kind: 'person', name: '李四' })),
    code: 'field.tooManyItems',
    params: { maximum: defaultMediationSettings.maxRespondents },
  },
  {
    name: 'rejects a person respondent whose mobile is wrong, at its index',
    change: (input) => {
      input.respondents = [
        { kind: 'person', name: '李四' },
        { kind: 'person', name: '王五', mobile: '1391234567' },
      ];
    },
    path: ['respondents', 1, 'mobile'],
  },
  {
    name: 'requires a credit code for an organisation respondent',
    change: (input) => {
      input.respondents = [{ kind: 'organisation', name: '清水建筑劳务有限公司' }];
    },
    path: ['respondents', 0, 'uscc'],
    code: 'field.required',
  },
  {
    name: 'rejects a respondent that is neither a person nor an organisation',
    change: (input) => {
      input.respondents = [{ kind: 'animal', name: '大黄' }];
    },
    path: ['respondents', 0, 'kind'],
  },
  {
    name: 'requires saying whether another body already has the dispute',
    path: ['safety', 'alreadyBefore'],
    value: 'village head',
    code: 'field.invalidOption',
  },
  {
    name: 'rejects an attachment whose media type is not on the allow-list',
    change: (input) => {
      input.attachments = [{ name: 'run.exe', mediaType: 'application/x-msdownload', sizeBytes: 1000 }];
    },
    path: ['attachments', 0, 'mediaType'],
    code: 'mediation.attachment.typeNotAllowed',
  },
];

for (const rejection of rejections) {
  test(rejection.name, () => {
    const input = draft();
    if ('change' in rejection) rejection.change(input);
    else setAt(input, rejection.path, rejection.value);
    assertOneIssue(input, rejection.path, rejection.code, rejection.params);
  });
}

test('accepts a complete intake and fills closed mediation and no attachments by default', () => {
  const result = validate(mediationIntakeSchema, draft());
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.value.preferences, { publicity: 'closed' });
  assert.deepEqual(result.value.attachments, []);
});

test('offers every dispute type of the county statistics with both labels', () => {
  assert.equal(disputeTypes.length, 14);
  assert.deepEqual(
    disputeTypes.map((type) => type['zh-CN']),
    [
      '婚姻家庭继承',
      '邻里纠纷',
      '宅基地',
      '损害赔偿',
      '合同',
      '山林土地',
      '征地拆迁',
      '劳动争议/农民工工资',
      '村务管理',
      '环境污染',
      '交通事故',
      '医患纠纷',
      '物业纠纷',
      '其他',
    ],
  );
  for (const type of disputeTypes) assert.ok(type.en.length > 0);
  for (const code of disputeTypeCodes) {
    const input = draft();
    input.dispute.type = code;
    assert.deepEqual(issuesOf(input), [], code);
  }
});

test('rejects a description shorter than 10 characters and accepts exactly 10', () => {
  const input = draft();
  input.dispute.description = '门口堆柴火堵路了';
  assertOneIssue(input, ['dispute', 'description'], 'field.tooShort', { minimum: 10 });
  input.dispute.description = '门口堆柴火堵路了啊啊';
  assert.deepEqual(issuesOf(input), []);
});

test('rejects a description longer than 2000 characters and accepts exactly 2000', () => {
  const input = draft();
  input.dispute.description = '纠'.repeat(2001);
  assertOneIssue(input, ['dispute', 'description'], 'field.tooLong', { maximum: 2000 });
  input.dispute.description = '纠'.repeat(2000);
  assert.deepEqual(issuesOf(input), []);
});

test('counts a rare character outside the BMP as one character, not two', () => {
  const input = draft();
  // '𠮷' is two UTF-16 units: 2000 of them are 4000 units but 2000 characters.
  input.dispute.description = '𠮷'.repeat(2000);
  assert.deepEqual(issuesOf(input), []);
  input.dispute.description = '𠮷'.repeat(9);
  assertOneIssue(input, ['dispute', 'description'], 'field.tooShort', { minimum: 10 });
});

test('trims spaces around a description before counting', () => {
  const input = draft();
  input.dispute.description = `   ${'纠'.repeat(2000)}   `;
  const result = validate(mediationIntakeSchema, input);
  assert.ok(result.ok);
  assert.equal(result.value.dispute.description.length, 2000);
});

test('accepts an amount of 0 fen and of the ceiling, and no amount at all', () => {
  const input = draft();
  input.dispute.amountFen = 0;
  assert.deepEqual(issuesOf(input), []);
  input.dispute.amountFen = defaultMediationSettings.maxAmountFen;
  assert.deepEqual(issuesOf(input), []);
});

test('accepts an applicant resident ID with a correct check character', () => {
  const input = draft();
  input.applicant.residentId = validResidentId;
  assert.deepEqual(issuesOf(input), []);
});

test('accepts an address or a grid code, both optional', () => {
  const input = draft();
  input.applicant.address = '清水村三组 12 号';
  input.applicant.gridCode = 'QS-03';
  assert.deepEqual(issuesOf(input), []);
});

test('accepts a person respondent with a mobile and an organisation respondent with a valid credit code', () => {
  const input = draft();
  input.respondents = [
    { kind: 'person', name: '欧阳·明', mobile: '13912345678' },
    { kind: 'organisation', name: '清水建筑劳务有限公司', uscc: validUscc },
  ];
  assert.deepEqual(issuesOf(input), []);
});

test('rejects an organisation respondent with a bad credit code, at respondents[i].uscc', () => {
  const input = draft();
  // Last character changed, so the GB 32100 check character no longer matches.
  input.respondents = [
    { kind: 'person', name: '李四' },
    { kind: 'organisation', name: '清水建筑劳务有限公司', uscc: '91350100M000100Y44' },
  ];
  const found = assertOneIssue(input, ['respondents', 1, 'uscc']);
  assert.notEqual(found.code, 'field.required');
});

for (const flag of safetyQuestions) {
  test(`requires an explicit answer to the safety question ${flag}`, () => {
    const input = draft();
    input.safety = Object.fromEntries(Object.entries(input.safety).filter(([key]) => key !== flag));
    assertOneIssue(input, ['safety', flag], 'field.required');
  });
}

test('requires the name of the other agency when another agency already has the dispute', () => {
  const input = draft();
  input.safety.alreadyBefore = 'otherAgency';
  assertOneIssue(input, ['safety', 'otherAgencyName'], 'mediation.safety.otherAgencyNameMissing');
  input.safety.otherAgencyName = '镇信访办';
  assert.deepEqual(issuesOf(input), []);
});

test('rejects consent to mediation that is not literally true', () => {
  for (const value of [false, 'true', 1]) {
    const input = draft();
    input.consent.mediation = value;
    assertOneIssue(input, ['consent', 'mediation'], value === false ? 'mediation.consent.mediationMissing' : undefined);
  }
});

test('rejects a missing consent to personal-data processing', () => {
  const input = draft();
  delete input.consent.personalData;
  assertOneIssue(input, ['consent', 'personalData'], 'field.required');
  input.consent.personalData = false;
  assertOneIssue(input, ['consent', 'personalData'], 'mediation.consent.personalDataMissing');
});

test('accepts public mediation when asked and rejects any other publicity', () => {
  const input = draft();
  input.preferences = { publicity: 'public' };
  const result = validate(mediationIntakeSchema, input);
  assert.ok(result.ok);
  assert.equal(result.value.preferences.publicity, 'public');
  input.preferences = { publicity: 'televised' };
  assertOneIssue(input, ['preferences', 'publicity'], 'field.invalidOption');
});

test('accepts an optional preferred mediator and time, and limits their length', () => {
  const input = draft();
  input.preferences = { publicity: 'closed', preferredMediator: '王调解员', preferredTime: '工作日晚上' };
  assert.deepEqual(issuesOf(input), []);
  input.preferences = { publicity: 'closed', preferredMediator: '王'.repeat(51) };
  assertOneIssue(input, ['preferences', 'preferredMediator'], 'field.tooLong', { maximum: 50 });
  input.preferences = { publicity: 'closed', preferredTime: '晚'.repeat(101) };
  assertOneIssue(input, ['preferences', 'preferredTime'], 'field.tooLong', { maximum: 100 });
});

test('accepts a photo attachment within the size limit', () => {
  const input = draft();
  input.attachments = [{ name: '门口照片.jpg', mediaType: 'IMAGE/JPEG', sizeBytes: 2_000_000 }];
  assert.deepEqual(issuesOf(input), []);
});

test('rejects an attachment larger than the setting, naming the limit in MB', () => {
  const input = draft();
  input.attachments = [{ name: '视频.mp4', mediaType: 'video/mp4', sizeBytes: defaultMediationSettings.maxAttachmentBytes + 1 }];
  assertOneIssue(input, ['attachments', 0, 'sizeBytes'], 'mediation.attachment.tooLarge', { maximumMb: 20 });
  input.attachments = [{ name: '视频.mp4', mediaType: 'video/mp4', sizeBytes: defaultMediationSettings.maxAttachmentBytes }];
  assert.deepEqual(issuesOf(input), []);
});

test('an uploaded file is named by its attachment id, without its file name; an older client still sends only the name', () => {
  const input = draft();
  input.attachments = [
    { attachmentId: 'att-0f1e2d3c', mediaType: 'image/png', sizeBytes: 68 },
    { name: '门口照片.jpg', mediaType: 'image/jpeg', sizeBytes: 2_000 },
  ];
  const result = validate(mediationIntakeSchema, input);
  assert.ok(result.ok, JSON.stringify(result));
  assert.deepEqual(result.value.attachments[0], { attachmentId: 'att-0f1e2d3c', mediaType: 'image/png', sizeBytes: 68 });
  // An id is only ever a short URL-safe token: never a path, never a URL.
  for (const attachmentId of ['../etc/passwd', 'https://x.example/a.png', '', 'a'.repeat(65)]) {
    input.attachments = [{ attachmentId, mediaType: 'image/png', sizeBytes: 68 }];
    assert.equal(issuesOf(input)[0]?.path.join('.'), 'attachments.0.attachmentId', attachmentId);
  }
});

test('rejects an empty attachment and more attachments than allowed', () => {
  const input = draft();
  input.attachments = [{ name: 'empty.pdf', mediaType: 'application/pdf', sizeBytes: 0 }];
  assertOneIssue(input, ['attachments', 0, 'sizeBytes'], 'field.tooSmall', { minimum: 1 });
  input.attachments = Array.from({ length: 10 }, (_, i) => ({ name: `${String(i)}.png`, mediaType: 'image/png', sizeBytes: 10 }));
  assertOneIssue(input, ['attachments'], 'field.tooManyItems', { maximum: 9 });
});

test('each step reports the same paths as the whole intake and ignores the other steps', () => {
  const input = draft();
  input.respondents = [{ kind: 'organisation', name: '清水建筑劳务有限公司', uscc: '91350100M000100Y44' }];
  input.dispute.description = '短';
  const whole = issuesOf(input).map((found) => found.path);
  const byStep = mediationIntakeStepOrder.flatMap((step) => issuesOf(input, mediationIntakeSteps[step]).map((found) => found.path));
  assert.deepEqual(byStep, whole);
  assert.deepEqual(
    issuesOf(input, mediationIntakeSteps.respondents).map((found) => found.path),
    [['respondents', 0, 'uscc']],
  );
  assert.deepEqual(issuesOf(input, mediationIntakeSteps.safety), []);
});

test('a village can set its own description limits', () => {
  const schemas = createMediationIntakeSchemas({ ...defaultMediationSettings, descriptionMinChars: 20, descriptionMaxChars: 30 });
  const input = draft();
  input.dispute.description = '纠'.repeat(19);
  assert.deepEqual(
    issuesOf(input, schemas.intake).map((found) => [found.code, found.params]),
    [['field.tooShort', { minimum: 20 }]],
  );
  input.dispute.description = '纠'.repeat(31);
  assert.deepEqual(
    issuesOf(input, schemas.intake).map((found) => [found.code, found.params]),
    [['field.tooLong', { maximum: 30 }]],
  );
});

test('a parsed intake can go straight to acceptance and triage', () => {
  const input = draft();
  input.safety.violenceThreatened = true;
  const result = validate(mediationIntakeSchema, input);
  assert.ok(result.ok);
  assert.deepEqual(checkAcceptance(result.value), { accepted: true });
  const routed = triage(result.value);
  assert.equal(routed.urgency, 'urgent');
  assert.equal(routed.notifyPolice, true);
});
