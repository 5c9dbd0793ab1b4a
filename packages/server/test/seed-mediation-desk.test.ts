import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as z from 'zod/mini';
import { dueItems, emptyDesk, mediationDeskSchema, requiredSigners } from '@shanzhi/rules';
import { contactByOf } from '../src/mediation/views.js';
import { generateDemoCounty } from '../src/seed/index.js';

const county = generateDemoCounty();
const cases = county.mediationCases;

function dueOf(one: (typeof cases)[number]) {
  return dueItems(one.case, one.desk ?? emptyDesk(), contactByOf(one.case.submittedOn, one.triage), county.asOf);
}

test('every desk parses and agrees with its case', () => {
  for (const one of cases) {
    if (one.desk === undefined) continue;
    assert.deepEqual(z.parse(mediationDeskSchema, one.desk), one.desk, one.id);
    if (one.case.mediatorId !== undefined) assert.deepEqual(one.desk.mediatorIds, [one.case.mediatorId], one.id);
    for (const session of one.desk.sessions) assert.ok(session.heldOn === undefined || session.heldOn <= county.asOf, one.id);
    if (one.case.state === 'inMediation')
      assert.ok(
        one.desk.sessions.some((session) => session.heldOn !== undefined),
        one.id,
      );
  }
});

test('agreements carry every signature Art 29 asks for, effective on the day the case concluded', () => {
  const agreed = cases.filter((one) => one.case.state === 'concluded' && one.case.outcome === 'agreement');
  assert.ok(agreed.length > 5);
  for (const one of agreed) {
    const agreement = one.desk?.agreement;
    assert.ok(agreement, one.id);
    assert.deepEqual(
      agreement.signatures.map((signature) => signature.signer),
      requiredSigners(one.intake.respondents.length),
    );
    assert.equal(agreement.effectiveOn, one.case.agreementEffectiveOn ?? one.case.closedOn, one.id);
  }
  // Drafts in progress: signed by some parties only.
  assert.ok(cases.some((one) => one.case.state === 'inMediation' && (one.desk?.agreement?.signatures.length ?? 0) > 0));
});

test('the queue has work due and overdue: session notes, 司法确认 reminders, 回访, the one-month limit', () => {
  const all = cases.flatMap(dueOf);
  for (const kind of ['contact', 'conclude', 'judicialConfirmation', 'followUp'] as const)
    assert.ok(
      all.some((one) => one.kind === kind),
      kind,
    );
  assert.ok(
    all.some((one) => one.overdue),
    'nothing overdue',
  );
  assert.ok(
    all.some((one) => !one.overdue),
    'nothing due ahead',
  );
  assert.ok(cases.some((one) => one.desk?.judicialReminderOn !== undefined));
  assert.ok(cases.some((one) => (one.desk?.followUps.length ?? 0) > 0));
  assert.ok(cases.some((one) => one.desk?.sessions.some((session) => session.heldOn === undefined)));
  assert.ok(cases.some((one) => one.desk?.refusal?.organName !== undefined));
});
