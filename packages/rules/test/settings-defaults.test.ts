import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import {
  defaultDisclosureSettings,
  defaultMediationSettings,
  defaultPointsSettings,
  defaultProxySettings,
  disclosureSettingsSchema,
  mediationSettingsSchema,
  pointsSettingsSchema,
  proxySettingsSchema,
} from '../src/index.js';

/*
 * The defaults are written out as literals so the modules that hold them do not import zod (a widget that
 * reads one setting would otherwise bundle it). These checks keep each literal equal to what its schema
 * makes of `{}`, so a default changed in one place and not the other fails here.
 */
const cases: readonly { name: string; literal: unknown; schema: z.core.$ZodType }[] = [
  { name: 'disclosure', literal: defaultDisclosureSettings, schema: disclosureSettingsSchema },
  { name: 'mediation', literal: defaultMediationSettings, schema: mediationSettingsSchema },
  { name: 'points', literal: defaultPointsSettings, schema: pointsSettingsSchema },
  { name: 'proxy', literal: defaultProxySettings, schema: proxySettingsSchema },
];

for (const { name, literal, schema } of cases) {
  test(`the ${name} defaults equal what the schema parses {} to`, () => {
    assert.deepEqual(literal, z.parse(schema, {}));
  });
}

test('the disclosure defaults stay frozen, as before', () => {
  assert.ok(Object.isFrozen(defaultDisclosureSettings));
});
