import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Meeting } from '@shanzhi/rules';
import {
  getDecision,
  getDisclosure,
  listDecisions,
  listDisclosures,
  observeDecisionStep,
  openDecision,
  publishDecisionStep,
  reconveneDecisionStep,
  recordDecisionStep,
} from '@shanzhi/sdk';
import { verifyAuditChain } from '../src/audit/index.js';
import { demoToday } from './harness.js';
import { auditActions } from './support/audit.js';
import { otherVillage, village, villageParams as params } from './support/demo-county.js';
import { rejectsWith } from './support/problems.js';
import { useFileServer } from './support/scratch.js';
import { uploadSample } from './support/uploads.js';

const fixture = useFileServer('shanzhi-decisions-', { households: 400 });
const { cadre, supervisor, villager, gridWorker, admin } = fixture.demo;

const hearing = {
  step: 'hearing' as const,
  date: '2026-11-02',
  hearing: { channels: ['visits' as const, 'forum' as const], summary: '多数农户希望硬化村东道路，并公开资金使用' },
  minutes: '走访 86 户，召开座谈会一次',
};
const validParty: Meeting = { kind: 'partyMembersMeeting', eligible: 30, present: 24, votes: { for: 20, against: 2, abstain: 2 } };
// 16 of 30 present meets the quorum (half or more), but 15 in favour is not more than half of all 30 (支部工作条例 Art 11).
const invalidParty: Meeting = { kind: 'partyMembersMeeting', eligible: 30, present: 16, votes: { for: 15, against: 1 } };
const villagersMeeting: Meeting = {
  kind: 'villagersMeeting',
  basis: 'households',
  eligible: 300,
  present: 220,
  noticeGiven: '2026-11-05',
  votes: { for: 180, against: 20, abstain: 20 },
};

function version(title: string, published: string) {
  return {
    title,
    body: [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text: `${title}：经村民会议表决通过。` }] }],
    period: { from: published, to: published },
    notice: { published, until: '2026-12-20' },
    attachments: [],
  };
}

async function open(title: string): Promise<string> {
  const { data } = await cadre.request(openDecision, { params, body: { title, matter: 'publicWorksFinancing' } });
  return data.id;
}

describe('a decision through 一听、四议、两公开', () => {
  test('opened by a cadre, it waits for 一听 first; a step out of order is refused at `step`', async () => {
    const { data } = await cadre.request(openDecision, { params, body: { matter: 'homesteadUse' } });
    assert.equal(data.title, '宅基地的使用方案', 'an Art 24 matter names the decision when no title is given');
    assert.equal(data.trail.hearingRequired, true);
    assert.equal(data.findings.nextStep, 'hearing');
    assert.equal(data.openedOn, demoToday);
    const problem = await rejectsWith(
      cadre.request(recordDecisionStep, { params: { ...params, decisionId: data.id }, body: { step: 'proposal', date: '2026-11-20' } }),
      422,
      'decision.step.hearingFirst',
    );
    assert.deepEqual(problem.issues[0]?.path, ['step']);
  });

  test('every step in order, one invalid meeting recorded, refused past, reconvened; the 公开 steps post board items', async () => {
    const decisionId = await open('村东道路硬化');
    const at = { ...params, decisionId };
    await cadre.request(recordDecisionStep, { params: at, body: hearing });
    await cadre.request(recordDecisionStep, { params: at, body: { step: 'proposal', date: '2026-11-04', minutes: '支委会提议' } });
    await cadre.request(recordDecisionStep, {
      params: at,
      body: { step: 'consultation', date: '2026-11-06', sitting: { members: 9, present: 8, votes: { for: 8 } } },
    });
    const recorded = await cadre.request(recordDecisionStep, {
      params: at,
      body: { step: 'review', date: '2026-11-10', meeting: invalidParty, minutes: '党员大会' },
    });
    assert.equal(recorded.status, 201, 'an invalid meeting happened: it is recorded');
    assert.equal(recorded.data.findings.status, 'invalid');
    assert.ok(recorded.data.findings.issues.some((one) => one.code === 'disclosure.meeting.notPassedMembers'));

    const resolution = { step: 'resolution' as const, date: '2026-11-26', meeting: villagersMeeting };
    const blocked = await rejectsWith(
      cadre.request(recordDecisionStep, { params: at, body: resolution }),
      422,
      'decision.step.previousInvalid',
    );
    assert.deepEqual(
      blocked.issues.map((one) => [one.code, one.path.join('.')]),
      [
        ['disclosure.trail.meetingInvalid', 'trail.steps.3.meeting'],
        ['disclosure.meeting.notPassedMembers', 'trail.steps.3.meeting.votes.for'],
      ],
    );
    await rejectsWith(
      cadre.request(recordDecisionStep, { params: at, body: { step: 'review', date: '2026-11-12', meeting: validParty } }),
      409,
      'decision.step.alreadyRecorded',
    );

    const reconvened = await cadre.request(reconveneDecisionStep, {
      params: at,
      body: { step: 'review', date: '2026-11-12', meeting: validParty, reason: '同意票未过全体党员半数，重新召开' },
    });
    const review = reconvened.data.trail.steps.find((one) => one.step === 'review');
    assert.equal(review?.meeting?.present, 24);
    assert.equal(review.earlierAttempts?.[0]?.meeting?.present, 16, 'the invalid attempt stays in the record');
    assert.equal(reconvened.data.findings.status, 'inProgress');

    const resolved = await cadre.request(recordDecisionStep, { params: at, body: resolution });
    assert.equal(resolved.data.decidedOn, '2026-11-26');
    assert.equal(resolved.data.findings.nextStep, 'resolutionDisclosure');

    await rejectsWith(
      cadre.request(publishDecisionStep, { params: at, body: { step: 'resultDisclosure', version: version('实施结果', demoToday) } }),
      422,
      'decision.step.outOfOrder',
    );
    const first = await cadre.request(publishDecisionStep, {
      params: at,
      body: { step: 'resolutionDisclosure', version: version('村东道路硬化决议公开', demoToday) },
    });
    const second = await cadre.request(publishDecisionStep, {
      params: at,
      body: { step: 'resultDisclosure', category: 'projects', version: version('村东道路硬化实施结果', demoToday) },
    });
    assert.equal(second.data.decision.findings.nextStep, null);
    assert.deepEqual(second.data.decision.itemIds, [first.data.itemId, second.data.itemId]);

    // The public board shows both items with the decision's trail (一听 … 实施结果公开).
    const board = await fixture.server.client().request(listDisclosures, { params, query: { q: '村东道路硬化' } });
    assert.deepEqual(board.data.items.map((one) => one.decisionId).filter(Boolean), [decisionId, decisionId]);
    const detail = await fixture.server.client().request(getDisclosure, { params: { ...params, disclosureId: first.data.itemId } });
    assert.equal(detail.data.decision?.id, decisionId);
    assert.deepEqual(
      detail.data.decision.trail?.steps.map((one) => one.step),
      ['hearing', 'proposal', 'consultation', 'review', 'resolution', 'resolutionDisclosure', 'resultDisclosure'],
    );
    assert.equal(detail.data.findings.trail?.status, 'complete');
    // The desk's minutes stay on the desk: the public trail has the steps, not the working record.
    const publicSteps = JSON.stringify(detail.data.decision.trail.steps);
    for (const minutes of ['走访 86 户，召开座谈会一次', '支委会提议', '党员大会']) assert.ok(!publicSteps.includes(minutes), minutes);
    assert.ok(!publicSteps.includes('"minutes"'));

    const actions = await auditActions(fixture.db, `decision:${decisionId}`);
    assert.deepEqual(actions, [
      'decision.open',
      'decision.step.hearing',
      'decision.step.proposal',
      'decision.step.consultation',
      'decision.step.review',
      'decision.reconvene.review',
      'decision.step.resolution',
      'decision.step.resolutionDisclosure',
      'decision.step.resultDisclosure',
    ]);
    assert.ok((await verifyAuditChain(fixture.db)).ok);
  });

  test('numbers that cannot be true are refused with the field path, and nothing is stored', async () => {
    const decisionId = await open('文化礼堂修缮');
    const at = { ...params, decisionId };
    const problem = await rejectsWith(
      cadre.request(recordDecisionStep, { params: at, body: { ...hearing, date: '2099-01-01' } }),
      422,
      'decision.step.dateInFuture',
    );
    assert.deepEqual(problem.issues[0]?.path, ['date']);
    await cadre.request(recordDecisionStep, { params: at, body: hearing });
    await cadre.request(recordDecisionStep, { params: at, body: { step: 'proposal', date: '2026-11-04' } });
    const impossible = await rejectsWith(
      cadre.request(recordDecisionStep, {
        params: at,
        body: { step: 'consultation', date: '2026-11-06', sitting: { members: 9, present: 11 } },
      }),
      422,
      'disclosure.meeting.presentExceedsEligible',
    );
    assert.deepEqual(impossible.issues[0]?.path, ['sitting', 'present']);
    const { data } = await cadre.request(getDecision, { params: at });
    assert.deepEqual(
      data.trail.steps.map((one) => one.step),
      ['hearing', 'proposal'],
    );
    // A valid meeting is never reconvened: the record stands.
    await rejectsWith(
      cadre.request(reconveneDecisionStep, { params: at, body: { step: 'proposal', date: '2026-11-05', reason: '改一下' } }),
      409,
      'decision.step.notReconvenable',
    );
  });

  test('a step names only files uploaded for the decision records of this village; the sheet stays with the step', async () => {
    const decisionId = await open('垃圾分类亭建设');
    const at = { ...params, decisionId };
    const sheet = await uploadSample(cadre, village, 'decision-record');
    const published = await uploadSample(cadre, village, 'disclosure');
    const refused = await rejectsWith(
      cadre.request(recordDecisionStep, { params: at, body: { ...hearing, attachmentIds: [sheet, published] } }),
      400,
      'validation',
    );
    assert.deepEqual(
      refused.issues.map((one) => one.path),
      [['attachmentIds', 1]],
    );
    const { data } = await cadre.request(recordDecisionStep, { params: at, body: { ...hearing, attachmentIds: [sheet] } });
    assert.deepEqual(data.trail.steps[0]?.attachmentIds, [sheet]);
  });

  test('a retry with the same Idempotency-Key opens one decision', async () => {
    const body = { title: '山塘清淤' };
    const first = await cadre.request(openDecision, { params, body }, { idempotencyKey: 'decision-open-retry' });
    const again = await cadre.request(openDecision, { params, body }, { idempotencyKey: 'decision-open-retry' });
    assert.equal(again.data.id, first.data.id);
    const { data } = await cadre.request(listDecisions, { params });
    assert.equal(data.items.filter((one) => one.title === '山塘清淤').length, 1);
  });
});

describe('一监督 and who may do what', () => {
  test('the supervisor follows every decision, the seeded ones too, and notes a concern on a step', async () => {
    const { data } = await supervisor.request(listDecisions, { params });
    const seeded = data.items.find((one) => one.legacy === true);
    assert.ok(seeded, 'the seed decisions are listed');
    const at = { ...params, decisionId: seeded.id };
    const observed = await supervisor.request(observeDecisionStep, {
      params: at,
      body: { step: 'hearing', kind: 'concern', note: '走访户数偏少' },
    });
    const hearingStep = observed.data.trail.steps.find((one) => one.step === 'hearing');
    assert.deepEqual(
      hearingStep?.observations?.map((one) => [one.kind, one.note, one.on]),
      [['concern', '走访户数偏少', demoToday]],
    );
    assert.equal(observed.data.legacy, undefined, 'written on the desk from now on');
    const listed = await supervisor.request(listDecisions, { params });
    assert.equal(listed.data.items.find((one) => one.id === seeded.id)?.concerns, 1);
    assert.deepEqual(await auditActions(fixture.db, `decision:${seeded.id}`), ['decision.observe.concern']);
  });

  test('cadres record, supervisors observe; nobody else reads or writes, and another village is refused', async () => {
    const decisionId = await open('路灯安装');
    const at = { ...params, decisionId };
    await rejectsWith(supervisor.request(recordDecisionStep, { params: at, body: hearing }), 403, 'forbidden');
    await rejectsWith(cadre.request(observeDecisionStep, { params: at, body: { step: 'hearing', kind: 'observed' } }), 403, 'forbidden');
    for (const client of [villager, gridWorker, admin]) await rejectsWith(client.request(listDecisions, { params }), 403, 'forbidden');
    await rejectsWith(fixture.server.client().request(getDecision, { params: at }), 401, 'unauthorized');
    await rejectsWith(cadre.request(listDecisions, { params: { villageId: otherVillage } }), 403, 'forbidden');
    await rejectsWith(
      supervisor.request(observeDecisionStep, { params: at, body: { step: 'hearing', kind: 'observed' } }),
      422,
      'decision.step.notRecorded',
    );
    await rejectsWith(cadre.request(getDecision, { params: { ...params, decisionId: 'dec-02-01' } }), 404, 'not-found');
    assert.equal(village, params.villageId);
  });
});
