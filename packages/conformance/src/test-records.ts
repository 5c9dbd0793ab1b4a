import { randomUUID } from 'node:crypto';
import type { MediationIntakeInput } from '@shanzhi/rules';
import { submitMediationIntake, type RouteSpec } from '@shanzhi/sdk';
import { answerEvidence as evidence } from './evidence.js';
import { oncePerRun } from './sample-lookups.js';
import { CheckFailure, SkipCheck, type CheckContext, type KitRequest, type KitResponse } from './types.js';

/**
 * The records the kit creates to check what only a record can show (an Idempotency-Key replayed, a tracking code
 * read): public mediation applications (人民调解 intake), because anyone may file one, they hold no real person's
 * data, and a mediator closes a marked one at a glance. Every free-text field starts with the run's marker. Each
 * record is created once per run, whichever check asks first.
 */

/** Obviously made-up but valid personal data: 13800138000 is the number printed in Chinese handset manuals. */
export const testApplicant = { name: '测试申请人', mobile: '13800138000' } as const;

/** The safety answers that let an intake go to ordinary mediation (no Art 25 risk: no threat, no weapon, no crowd). */
const noThreat = { violenceThreatened: false, weaponsInvolved: false, groupIncident: false } as const;
const noRisk: MediationIntakeInput['safety'] = { ...noThreat, alreadyBefore: 'none', otherPartyRefusedMediation: false };

/** A complete, valid neighbours' dispute (the fewest fields the intake takes), marked as a test record. */
export function testIntake(context: CheckContext, note = ''): MediationIntakeInput {
  return {
    dispute: {
      type: 'neighbour',
      description: `${context.marker}一致性检测程序提交的测试申请，请勿受理。${note}`,
      desiredOutcome: `${context.marker}无需处理，可直接关闭。`,
    },
    applicant: { ...testApplicant },
    respondents: [{ kind: 'person', name: '测试被申请人' }],
    safety: noRisk,
    consent: { mediation: true, personalData: true },
  };
}

/** One application the kit filed: what it sent and what the backend answered (the receipt). */
export interface TestApplication {
  readonly key: string;
  readonly body: MediationIntakeInput;
  readonly response: KitResponse;
  readonly caseNumber: string;
  readonly trackingCode: string;
}

export const intakeRoute = submitMediationIntake as RouteSpec;

/**
 * Who files the kit's applications: the grid worker, whose intake belongs to its village (the operator's --village,
 * where staff tokens belong), as a 网格员 taking a dispute in would; without that token the public, whose intake goes
 * to the county's intake pool until a mediator places it.
 */
export function filer(context: CheckContext): Pick<KitRequest, 'role'> {
  return context.roles.includes('gridWorker') ? { role: 'gridWorker' } : {};
}

/** Files one marked application with `key`. */
export function fileApplication(context: CheckContext, body: MediationIntakeInput, key: string = randomUUID()): Promise<KitResponse> {
  if (context.options.readOnly) throw new SkipCheck('read-only run: the check needs a test record (name --village to allow them)');
  return context.send({ method: 'POST', path: intakeRoute.path, body, headers: { 'idempotency-key': key }, ...filer(context) });
}

/** The receipt's case number and tracking code, or a failure quoting the answer (with no personal data). */
export function receiptOf(response: KitResponse): { caseNumber: string; trackingCode: string } {
  const receipt = response.json as { caseNumber?: unknown; trackingCode?: unknown } | undefined;
  if (response.status !== 201 || typeof receipt?.caseNumber !== 'string' || typeof receipt.trackingCode !== 'string')
    throw new CheckFailure(
      'a valid mediation application must be answered 201 with a receipt (caseNumber, trackingCode)',
      evidence(response),
    );
  return { caseNumber: receipt.caseNumber, trackingCode: receipt.trackingCode };
}

/**
 * The run's test application for `use` ('shared': idempotency replays and tracking-code reads; 'lockout': the one
 * whose look-ups the guessing limit locks, so no other check finds it locked).
 */
export function testApplication(context: CheckContext, use: 'shared' | 'lockout'): Promise<TestApplication> {
  if (context.options.readOnly) throw new SkipCheck('read-only run: the check needs a test record (name --village to allow them)');
  return oncePerRun(context, `application:${use}`, async () => {
    const key = randomUUID();
    const body = testIntake(context, use === 'lockout' ? '（猜测次数限制检测）' : '');
    const response = await fileApplication(context, body, key);
    return { key, body, response, ...receiptOf(response) };
  });
}
