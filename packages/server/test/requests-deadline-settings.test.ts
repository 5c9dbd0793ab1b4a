import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileOrderRequest, getServiceRequest } from '@shanzhi/sdk';
import { idempotencyKeys } from './support/idempotency-keys.js';
import { useFileServer } from './support/scratch.js';
import { mergeVillageSettings } from './support/village-settings.js';

/*
 * The working days of the request steps are a village setting (`requestStepWorkingDays` in the village's disclosure
 * settings); without it the lifecycle's documented defaults apply. A request keeps the days it was filed under.
 */

const env = useFileServer('shanzhi-request-days-');
const fresh = idempotencyKeys('request-days');

/** Writes the village's step days into its stored settings, keeping every other setting as it is. */
const setStepDays = (villageId: string, days: Record<string, number>) =>
  mergeVillageSettings(env.db, 'disclosure_schemes', villageId, { requestStepWorkingDays: days });

async function order(villageId: string) {
  const { data } = await env.server
    .client()
    .request(
      fileOrderRequest,
      { params: { villageId }, body: { applicant: { name: '王秀英', mobile: '13912345678' }, category: 'facilities', text: '路灯坏了' } },
      fresh(),
    );
  return data;
}

describe('request step deadlines are a village setting', () => {
  test('without the setting, the documented default: 协商定单 within 3 working days', async () => {
    const receipt = await order('v-qs-02');
    assert.equal(receipt.steps[1]?.dueOn, '2026-12-02', '3 working days after Sunday 29 November');
  });

  test('a village’s own days set the deadline; a request keeps the days it was filed under', async () => {
    await setStepDays('v-qs-01', { 'order.negotiate': 7 });
    const first = await order('v-qs-01');
    assert.equal(first.steps[1]?.dueOn, '2026-12-08', '7 working days after Sunday 29 November');
    await setStepDays('v-qs-01', { 'order.negotiate': 1, 'order.dispatch': 4 });
    const second = await order('v-qs-01');
    assert.equal(second.steps[1]?.dueOn, '2026-11-30');
    const cadre = env.server.client('demo-cadre');
    const kept = (await cadre.request(getServiceRequest, { params: { villageId: 'v-qs-01', requestId: first.id } })).data;
    assert.equal(kept.dueOn, '2026-12-08');
    assert.equal(kept.steps.find((step) => step.code === 'negotiate')?.workingDays, 7);
    const changed = (await cadre.request(getServiceRequest, { params: { villageId: 'v-qs-01', requestId: second.id } })).data;
    assert.deepEqual(
      changed.steps.map((step) => [step.code, step.workingDays]),
      [
        ['order', 0],
        ['negotiate', 1],
        ['dispatch', 4],
        ['process', 10],
        ['rate', 10],
      ],
    );
  });
});
