import { assert, expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { createClient, recordMediationEvent } from '@shanzhi/sdk';
import type { SzMediationStatus } from '../../src/mediation/sz-mediation-status.js';
import { demoToken, useReferenceServer } from '../fixtures/e2e.js';
import { part, submitCase } from '../fixtures/mediation-mount.js';

describe('<sz-mediation-status> against the reference server', function () {
  const api = useReferenceServer(this, 40_000);
  const mediatorToken = demoToken('mediator');

  before(() => {
    if (mediatorToken === undefined) throw new Error('the reference server named no mediator token (window.__SZ_TOKENS__)');
  });

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
    const ids = await submitCase();
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

  it('mounted with the numbers already given, shows the status without taking focus', async () => {
    const ids = await submitCase();
    const before = document.activeElement;
    const el = await mount(ids);
    await el.updateComplete;
    assert.isNull(el.shadowRoot?.activeElement ?? null, 'nothing inside the widget is focused');
    assert.equal(document.activeElement, before, 'the page keeps its focus');
  });

  it('a lookup the person asks for moves focus to the case heading, drawn by the tokens (no ring on a reading position)', async () => {
    const ids = await submitCase();
    const el = await fixture<SzMediationStatus>(html`<sz-mediation-status api-base=${api}></sz-mediation-status>`);
    const form = part(el, 'lookup') as HTMLFormElement;
    form.querySelector<HTMLInputElement>('[name="caseNumber"]')!.value = ids.caseNumber;
    form.querySelector<HTMLInputElement>('[name="trackingCode"]')!.value = ids.trackingCode;
    form.requestSubmit();
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'status-title', 'focus on the case heading', { timeout: 10_000 });
    const heading = el.shadowRoot!.activeElement as HTMLElement;
    assert.equal(heading.tagName, 'H2');
    assert.equal(getComputedStyle(heading).outlineStyle, 'none');
  });

  it('in English, the lookup form finds a case and shows the history', async () => {
    const ids = await submitCase();
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
