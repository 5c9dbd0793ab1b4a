import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  defaultServiceTaxonomy,
  formatMessage,
  isPublicPhone,
  localizeIssues,
  serviceGuideSchema,
  validateGuide,
  type ServiceGuide,
} from '../src/index.js';
import {
  birthRegistration,
  demoGuides,
  homesteadBuilding,
  residentPensionEnrolment,
  temporaryRelief,
} from '../src/services/demo-guides.js';

/** A deep copy of a demo guide with one change, as JSON would bring it in. */
function changed(guide: ServiceGuide, change: (copy: Record<string, unknown> & ServiceGuide) => void): unknown {
  const copy = JSON.parse(JSON.stringify(guide)) as Record<string, unknown> & ServiceGuide;
  change(copy);
  return copy;
}

function codesOf(input: unknown): string[] {
  return validateGuide(input).map((found) => found.code);
}

test('every demo guide is a complete, publishable guide', () => {
  assert.equal(demoGuides.length, 5);
  for (const guide of demoGuides) assert.deepEqual(validateGuide(guide), [], guide.code);
});

test('a full guide parsed from JSON keeps every field', () => {
  const parsed = z.parse(serviceGuideSchema, JSON.parse(JSON.stringify(homesteadBuilding)));
  assert.deepEqual(parsed, homesteadBuilding);
});

test('rejects a guide with unknown keys, missing legal basis or no place to apply', () => {
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.extra = 1;
      }),
    ),
    ['field.unknownKey'],
  );
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.legalBasis = [];
      }),
    ),
    ['field.tooFewItems'],
  );
  // An empty list also leaves the village proxy without its station: both are reported.
  assert.ok(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.channels = [];
      }),
    ).includes('field.tooFewItems'),
  );
  const missing = validateGuide(
    changed(residentPensionEnrolment, (g) => {
      delete (g as Partial<ServiceGuide>).implementingBody;
    }),
  );
  assert.deepEqual(missing, [{ code: 'field.required', path: ['implementingBody'] }]);
});

test('rejects a guide name with no Chinese text', () => {
  const found = validateGuide(
    changed(residentPensionEnrolment, (g) => {
      g.name = { en: 'Pension' } as never;
    }),
  );
  assert.deepEqual(
    found.map((one) => one.path),
    [['name', 'zh-CN']],
  );
});

test('accepts office landlines, 123xx hotlines and 400 numbers as public phones', () => {
  for (const number of [
    '0571-12345678',
    '010-87654321',
    '02188889999',
    '0571-8765432',
    '0571-12345678-801',
    '0571-12345678转801',
    '12345',
    '12333',
    '400-123-4567',
    '8001234567',
  ]) {
    assert.ok(isPublicPhone(number), number);
  }
});

test('rejects personal mobiles, emergency numbers and malformed numbers as public phones', () => {
  for (const number of [
    '13812345678',
    '110',
    '120',
    '571-12345678',
    '0571-123456',
    '0571 12345678',
    '0571-123456789',
    '99999',
    '',
    '12345a',
  ]) {
    assert.ok(!isPublicPhone(number), number);
  }
  const found = validateGuide(
    changed(temporaryRelief, (g) => {
      g.contacts.complaint[0] = { number: '13812345678' };
    }),
  );
  assert.deepEqual(found, [{ code: 'services.phone.invalid', path: ['contacts', 'complaint', 0, 'number'] }]);
});

test('rejects a javascript: link where a blank form should be', () => {
  const found = codesOf(
    changed(residentPensionEnrolment, (g) => {
      (g.materials[1] as { blankFormUrl?: string }).blankFormUrl = 'javascript:alert(1)';
    }),
  );
  assert.deepEqual(found, ['field.invalidFormat']);
});

test('a material handed in as a copy needs at least one copy', () => {
  const found = validateGuide(
    changed(residentPensionEnrolment, (g) => {
      Object.assign(g.materials[1] ?? {}, { form: 'copy', copies: 0 });
    }),
  );
  assert.deepEqual(found, [{ code: 'services.material.copiesRequired', path: ['materials', 1, 'copies'] }]);
});

test('a charged service must state the amount in fen and the basis of the charge', () => {
  const charged = changed(residentPensionEnrolment, (g) => {
    g.fee = { free: false, amount: 1000, basis: { 'zh-CN': '示例收费依据' } };
  });
  assert.deepEqual(validateGuide(charged), []);
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.fee = { free: false, amount: 10.5, basis: { 'zh-CN': '示例' } };
      }),
    ),
    ['field.notInteger'],
  );
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.fee = { free: false, amount: 0, basis: { 'zh-CN': '示例' } };
      }),
    ),
    ['field.tooSmall'],
  );
  assert.ok(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.fee = { free: false, amount: 1000 } as never;
      }),
    ).includes('field.required'),
  );
});

test('time limits carry units and "same day" has no count', () => {
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.timeLimits = { promised: { value: 3, unit: 'immediate' } };
      }),
    ),
    ['services.timeLimit.invalidValue'],
  );
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.timeLimits = { promised: { value: 0, unit: 'workingDay' } };
      }),
    ),
    ['services.timeLimit.invalidValue'],
  );
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.timeLimits = { promised: { value: 5, unit: 'week' as never } };
      }),
    ),
    ['field.invalidOption'],
  );
});

test('rejects a promised time limit longer than the statutory one', () => {
  const found = validateGuide(
    changed(homesteadBuilding, (g) => {
      g.timeLimits = { statutory: { value: 20, unit: 'workingDay' }, promised: { value: 25, unit: 'workingDay' } };
    }),
  );
  assert.deepEqual(found, [
    {
      code: 'services.timeLimit.promisedExceedsStatutory',
      path: ['timeLimits', 'promised'],
      params: { promised: '25个工作日', statutory: '20个工作日' },
    },
  ]);
  const undecidable = changed(homesteadBuilding, (g) => {
    g.timeLimits = { statutory: { value: 20, unit: 'workingDay' }, promised: { value: 1, unit: 'month' } };
  });
  assert.deepEqual(validateGuide(undecidable), []);
});

test('a guide that can be read online must say where', () => {
  const found = validateGuide(
    changed(homesteadBuilding, (g) => {
      g.online = { depth: 2 };
    }),
  );
  assert.deepEqual(found, [{ code: 'services.guide.onlineUrlRequired', path: ['online', 'url'], params: { depth: 2 } }]);
  assert.deepEqual(
    codesOf(
      changed(homesteadBuilding, (g) => {
        g.online = { depth: 7, url: 'https://services.example.org/x' };
      }),
    ),
    ['services.guide.unknownOnlineDepth'],
  );
  assert.deepEqual(
    validateGuide(
      changed(homesteadBuilding, (g) => {
        g.online = { depth: 0 };
      }),
    ),
    [],
  );
});

test('zero visits needs full online service or the village station acting for the villager', () => {
  const neither = changed(birthRegistration, (g) => {
    g.online = { depth: 3, url: 'https://services.example.org/x' };
    g.villageProxy = false;
  });
  assert.deepEqual(codesOf(neither), ['services.guide.zeroVisitsNeedsRemote']);
  assert.deepEqual(
    validateGuide(
      changed(birthRegistration, (g) => {
        g.villageProxy = false;
      }),
    ),
    [],
  );
});

test('village proxy service needs the village station among the places to apply', () => {
  const found = validateGuide(
    changed(homesteadBuilding, (g) => {
      g.channels = g.channels.filter((c) => c.channel !== 'villageStation');
    }),
  );
  assert.deepEqual(found, [{ code: 'services.guide.proxyNeedsStation', path: ['channels'] }]);
});

test('an online channel needs a web address and an office needs an address', () => {
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.channels[0] = { channel: 'online' };
      }),
    ),
    ['services.channel.urlRequired'],
  );
  assert.deepEqual(
    codesOf(
      changed(residentPensionEnrolment, (g) => {
        g.channels[1] = { channel: 'villageStation' };
      }),
    ),
    ['services.channel.addressRequired'],
  );
});

test('departments and life events are checked against the deployment lists, which it can extend', () => {
  const forestry = changed(homesteadBuilding, (g) => {
    g.department = 'forestry';
    g.lifeEvents = ['building', 'forest'];
  });
  assert.deepEqual(validateGuide(forestry), [
    { code: 'services.guide.unknownDepartment', path: ['department'], params: { department: 'forestry' } },
    { code: 'services.guide.unknownLifeEvent', path: ['lifeEvents', 1], params: { lifeEvent: 'forest' } },
  ]);
  const extended = {
    departments: [...defaultServiceTaxonomy.departments, { code: 'forestry', 'zh-CN': '林业', en: 'Forestry' }],
    lifeEvents: [...defaultServiceTaxonomy.lifeEvents, { code: 'forest', 'zh-CN': '林地', en: 'Forest land' }],
  };
  assert.deepEqual(validateGuide(forestry, extended), []);
});

test('guide issues read as plain words in both languages', () => {
  const found = validateGuide(
    changed(homesteadBuilding, (g) => {
      g.department = 'forestry';
    }),
  );
  assert.deepEqual(
    localizeIssues(found, 'zh-CN').map((one) => one.message),
    ['部门 forestry 不在部门清单中'],
  );
  assert.equal(
    formatMessage('services.guide.unknownDepartment', 'en', { department: 'forestry' }),
    'The department forestry is not in the list of departments',
  );
});
