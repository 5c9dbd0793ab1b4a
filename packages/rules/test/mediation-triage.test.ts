import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  defaultRoutingTable,
  disputeTypeCodes,
  escalationFlags,
  levelRank,
  mediationLevels,
  routingTableSchema,
  triage,
  validate,
  type DisputeTypeCode,
  type EscalationFlag,
  type RoutingTable,
  type TriageInput,
} from '../src/index.js';

interface Case {
  type?: DisputeTypeCode;
  amountFen?: number;
  respondents?: TriageInput['respondents'];
  flags?: readonly EscalationFlag[];
}

function dispute({ type = 'marriageFamily', amountFen, respondents = [{ kind: 'person' }], flags = [] }: Case = {}): TriageInput {
  return {
    dispute: amountFen === undefined ? { type } : { type, amountFen },
    respondents,
    safety: {
      violenceThreatened: flags.includes('violenceThreatened'),
      weaponsInvolved: flags.includes('weaponsInvolved'),
      groupIncident: flags.includes('groupIncident'),
    },
  };
}

test('keeps an ordinary family dispute in the village by the table default', () => {
  const result = triage(dispute());
  assert.equal(result.level, 'village');
  assert.equal(result.urgency, 'normal');
  assert.equal(result.notifyPolice, false);
  assert.equal(result.matchedRule, null);
  assert.deepEqual(
    result.reasons.map((reason) => reason.code),
    ['mediation.triage.noRuleMatched'],
  );
});

test('routes an amount of exactly ¥50,000 to the township and one fen less to the village', () => {
  const at = triage(dispute({ type: 'contract', amountFen: 5_000_000 }));
  assert.equal(at.level, 'township');
  assert.equal(at.matchedRule, 'medium-amount');
  const below = triage(dispute({ type: 'contract', amountFen: 4_999_999 }));
  assert.equal(below.level, 'village');
  assert.equal(below.matchedRule, null);
});

test('routes an amount of exactly ¥500,000 to the county', () => {
  assert.equal(triage(dispute({ type: 'contract', amountFen: 50_000_000 })).level, 'county');
  assert.equal(triage(dispute({ type: 'contract', amountFen: 49_999_999 })).level, 'township');
});

test('leaves a small neighbour quarrel of at most ¥1,000 between two households with the grid worker', () => {
  assert.equal(triage(dispute({ type: 'neighbour' })).level, 'grid');
  assert.equal(triage(dispute({ type: 'neighbour', amountFen: 100_000 })).level, 'grid');
  assert.equal(triage(dispute({ type: 'neighbour', amountFen: 100_001 })).level, 'village');
  assert.equal(triage(dispute({ type: 'neighbour', respondents: [{ kind: 'person' }, { kind: 'person' }] })).level, 'village');
});

test('sends doctor–patient and traffic disputes to the county professional committees', () => {
  assert.equal(triage(dispute({ type: 'medical' })).level, 'county');
  assert.equal(triage(dispute({ type: 'trafficAccident' })).matchedRule, 'professional-committee');
});

test('gives unpaid wages priority at the township', () => {
  const result = triage(dispute({ type: 'labourWages' }));
  assert.equal(result.level, 'township');
  assert.equal(result.urgency, 'priority');
});

test('sends a dispute with an organisation to the township', () => {
  const result = triage(dispute({ type: 'contract', respondents: [{ kind: 'organisation' }] }));
  assert.equal(result.level, 'township');
  assert.equal(result.matchedRule, 'organisation-party');
});

test('sends a dispute with five or more parties to the township', () => {
  const four = [{ kind: 'person' }, { kind: 'person' }, { kind: 'person' }, { kind: 'person' }] as const;
  assert.equal(triage(dispute({ respondents: four })).matchedRule, 'many-parties');
  assert.equal(triage(dispute({ respondents: four.slice(1) })).matchedRule, null);
});

test('the first matching rule wins', () => {
  // Medical (county) also has an organisation respondent (township): the earlier rule decides.
  const result = triage(dispute({ type: 'medical', respondents: [{ kind: 'organisation' }] }));
  assert.equal(result.matchedRule, 'professional-committee');
  assert.deepEqual(result.reasons[0], { code: 'mediation.triage.ruleMatched', path: [], params: { rule: 'professional-committee' } });
});

for (const flag of escalationFlags) {
  test(`escalates ${flag} (Art 25): urgent, notify the police, at least the township`, () => {
    const result = triage(dispute({ type: 'neighbour', flags: [flag] }));
    assert.equal(result.urgency, 'urgent');
    assert.equal(result.notifyPolice, true);
    assert.equal(result.level, 'township');
    const codes = result.reasons.map((reason) => reason.code);
    assert.ok(codes.includes(`mediation.triage.${flag}`), codes.join());
    assert.ok(codes.includes('mediation.triage.levelRaised'));
    assert.ok(result.reasons.some((reason) => reason.path.join('.') === `safety.${flag}`));
  });
}

test('escalation never lowers a county case', () => {
  const result = triage(dispute({ type: 'medical', flags: ['weaponsInvolved'] }));
  assert.equal(result.level, 'county');
  assert.equal(result.notifyPolice, true);
  assert.ok(!result.reasons.some((reason) => reason.code === 'mediation.triage.levelRaised'));
});

test('a village table cannot switch off the Art 25 escalation', () => {
  const lenient: RoutingTable = {
    rules: [{ id: 'all-to-grid', when: {}, level: 'grid', urgency: 'normal' }],
    defaultLevel: 'grid',
    escalationMinimumLevel: 'township',
  };
  const result = triage(dispute({ flags: ['groupIncident'] }), lenient);
  assert.deepEqual([result.level, result.urgency, result.notifyPolice], ['township', 'urgent', true]);
});

test('a table can route by a risk flag and by absence of an organisation', () => {
  const parsed = validate(routingTableSchema, {
    rules: [
      { id: 'mass-to-county', when: { anyFlag: ['groupIncident'] }, level: 'county' },
      { id: 'people-only', when: { organisationRespondent: false }, level: 'grid' },
    ],
  });
  assert.ok(parsed.ok);
  assert.equal(triage(dispute({ flags: ['groupIncident'] }), parsed.value).level, 'county');
  assert.equal(triage(dispute(), parsed.value).matchedRule, 'people-only');
  assert.equal(triage(dispute({ respondents: [{ kind: 'organisation' }] }), parsed.value).level, 'village');
});

test('a routing table with the same rule id twice is rejected at that rule', () => {
  const parsed = validate(routingTableSchema, {
    rules: [
      { id: 'a', when: {}, level: 'grid' },
      { id: 'a', when: {}, level: 'village' },
    ],
  });
  assert.ok(!parsed.ok);
  assert.deepEqual(parsed.issues, [{ code: 'mediation.routing.duplicateRule', path: ['rules', 1, 'id'], params: { rule: 'a' } }]);
});

test('the default routing table is itself a valid table', () => {
  assert.ok(validate(routingTableSchema, defaultRoutingTable).ok);
});

const arbitraryDispute = fc.record({
  type: fc.constantFrom(...disputeTypeCodes),
  amountFen: fc.option(fc.integer({ min: 0, max: 10_000_000_000 }), { nil: undefined }),
  respondents: fc.array(fc.record({ kind: fc.constantFrom('person' as const, 'organisation' as const) }), { minLength: 1, maxLength: 20 }),
  flags: fc.subarray([...escalationFlags]),
});

const arbitraryRule = fc.record({
  id: fc.uuid(),
  when: fc.record(
    {
      disputeTypes: fc.subarray([...disputeTypeCodes], { minLength: 1 }),
      minAmountFen: fc.integer({ min: 0, max: 100_000_000 }),
      maxAmountFen: fc.integer({ min: 0, max: 100_000_000 }),
      minParties: fc.integer({ min: 2, max: 10 }),
      organisationRespondent: fc.boolean(),
    },
    { requiredKeys: [] },
  ),
  level: fc.constantFrom(...mediationLevels),
  urgency: fc.constantFrom('normal' as const, 'priority' as const),
});

const arbitraryTable = fc.record({
  rules: fc.uniqueArray(arbitraryRule, { selector: (rule) => rule.id, maxLength: 6 }),
  defaultLevel: fc.constantFrom(...mediationLevels),
  escalationMinimumLevel: fc.constantFrom('township' as const, 'county' as const),
});

test('triage always returns a level, and any escalation flag always gives urgent and notifyPolice', () => {
  fc.assert(
    fc.property(arbitraryDispute, fc.oneof(fc.constant(defaultRoutingTable), arbitraryTable), (input, table) => {
      const result = triage(dispute(input), table);
      assert.ok(mediationLevels.includes(result.level));
      const flagged = input.flags.length > 0;
      assert.equal(result.notifyPolice, flagged);
      if (flagged) {
        assert.equal(result.urgency, 'urgent');
        assert.ok(levelRank(result.level) >= levelRank(table.escalationMinimumLevel));
      } else {
        assert.notEqual(result.urgency, 'urgent');
      }
      assert.ok(result.matchedRule === null || table.rules.some((rule) => rule.id === result.matchedRule));
    }),
  );
});
