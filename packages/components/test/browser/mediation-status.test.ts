import { assert, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, recordMediationEvent } from '@shanzhi/sdk';
import type { SzMediationStatus } from '../../src/mediation/sz-mediation-status.js';
import {
  completeDraft,
  mountIntake,
  part,
  receiptCaseNumber,
  receiptTrackingCode,
  storeDraft,
  waitForReceipt,
} from '../fixtures/mediation-mount.js';

declare global {
  interface Window {
    __SZ_API__?: string;
    __SZ_TOKENS__?: readonly { readonly token: string; readonly role: string }[];
  }
}

describe('<sz-mediation-status> against the reference server', function () {
  this.timeout(40_000);
  const api = window.__SZ_API__ ?? '';
  const mediatorToken = window.__SZ_TOKENS__?.find((one) => one.role === 'mediator')?.token;

  before(() => {
    // The test runner always starts the reference server: without it these tests must fail, not quietly vanish.
    if (!api || mediatorToken === undefined)
      throw new Error(
        'window.__SZ_API__ is not set: run the browser tests through web-test-runner.config.mjs, which starts the reference server',
      );
  });

  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  async function newCase(): Promise<{ caseNumber: string; trackingCode: string }> {
    storeDraft(completeDraft());
    const intake = await mountIntake();
    await intake.submit();
    await waitForReceipt(intake);
    // As the person does: both numbers read off the receipt (no event hands out the code).
    return { caseNumber: receiptCaseNumber(intake), trackingCode: receiptTrackingCode(intake) };
  }

  async function mount(ids: { caseNumber: string; trackingCode: string }, locale = 'zh-CN'): Promise<SzMediationStatus> {
    const el = await fixture<SzMediationStatus>(
      html`<sz-mediation-status
        api-base=${api}
        locale=${locale}
        case-number=${ids.caseNumber}
        .trackingCode=${ids.trackingCode}
      ></sz-mediation-status>`,
    );
    await waitUntil(() => part(el, 'status') !== null, 'the status', { timeout: 10_000 });
    return el;
  }

  it('shows the refusal reason and the other routes', async () => {
    const ids = await newCase();
    const mediator = createClient({ baseUrl: api, getToken: () => mediatorToken ?? '' });
    await mediator.request(recordMediationEvent, {
      params: { caseNumber: ids.caseNumber },
      body: { type: 'refuse', on: '2026-11-29', reason: 'otherPartyRefused' },
    });
    const el = await mount(ids);
    assert.include(part(el, 'status')?.textContent, '不予受理');
    assert.include(part(el, 'status')?.textContent, '对方明确不接受调解');
    await expect(el).to.be.accessible();
  });

  it('in English, the lookup form finds a case and shows the history', async () => {
    const ids = await newCase();
    const el = await fixture<SzMediationStatus>(html`<sz-mediation-status api-base=${api} locale="en" elder></sz-mediation-status>`);
    const form = part(el, 'lookup') as HTMLFormElement;
    form.querySelector<HTMLInputElement>('[name="caseNumber"]')!.value = ids.caseNumber;
    form.querySelector<HTMLInputElement>('[name="trackingCode"]')!.value = ids.trackingCode;
    form.requestSubmit();
    await waitUntil(() => part(el, 'status') !== null, 'the status', { timeout: 10_000 });
    assert.include(part(el, 'status')?.textContent, 'Sent, waiting to be accepted');
    assert.ok(part(el, 'history')?.querySelector('li'));
    await expect(el).to.be.accessible();
  });
});
