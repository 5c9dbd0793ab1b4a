import { assert, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { createClient, lookUpMediationCase } from '@shanzhi/sdk';
import { draftKey, type IntakeDraft } from '../../src/mediation/draft.js';
import type { SzMediationIntake } from '../../src/mediation/sz-mediation-intake.js';
import type { SzMediationStatus } from '../../src/mediation/sz-mediation-status.js';
import {
  completeDraft,
  mountIntake,
  part,
  q,
  receiptCaseNumber,
  receiptTrackingCode,
  root,
  storeDraft,
  submitCase,
  waitForReceipt,
} from '../fixtures/mediation-mount.js';
import { useReferenceServer } from '../fixtures/e2e.js';

function setOnline(value: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => value });
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

/** A complete draft sent while the browser is offline: the intake waits for the connection. */
async function submitOffline(): Promise<SzMediationIntake> {
  storeDraft(completeDraft());
  const el = await mountIntake();
  setOnline(false);
  await el.submit();
  await el.updateComplete;
  return el;
}

describe('<sz-mediation-intake> against the reference server', function () {
  const api = useReferenceServer(this, 40_000);

  afterEach(() => {
    // Back to the real property.
    delete (navigator as unknown as Record<string, unknown>).onLine;
  });

  it('submits once for a double click, shows the receipt, emits only the case number, and clears the personal data', async () => {
    storeDraft(completeDraft());
    const el = await mountIntake();
    const submitted: Promise<HTMLElementEventMap['sz-intake-submitted']> = oneEvent(el, 'sz-intake-submitted');
    let events = 0;
    el.addEventListener('sz-intake-submitted', () => {
      events += 1;
    });
    const button = q<HTMLButtonElement>(el, 'button[type="submit"]')!;
    button.click();
    button.click();
    const first = el.submit();
    await first;
    const { detail } = await submitted;
    assert.deepEqual(Object.keys(detail).sort(), ['caseNumber']);
    const receipt = await waitForReceipt(el);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(events, 1, 'one submission for two clicks and a call');
    assert.equal(receiptCaseNumber(el), detail.caseNumber);
    assert.include(receipt.textContent, '案件编号');
    assert.include(receipt.textContent, '查询码');
    assert.match(receipt.textContent, /前会有人联系您/);
    assert.isNull(sessionStorage.getItem(draftKey), 'the draft is gone');
    assert.notInclude(root(el).textContent, '测试申请人');
    assert.notInclude(root(el).textContent, '13800138000');
    assert.equal(root(el).activeElement?.id, 'receipt-title');
    await expect(el).to.be.accessible();

    // The case exists once: its status is readable with the tracking code printed on the receipt.
    const client = createClient({ baseUrl: api });
    const { data } = await client.request(lookUpMediationCase, {
      params: { caseNumber: detail.caseNumber },
      body: { trackingCode: receiptTrackingCode(el) },
    });
    assert.equal(data.state, 'submitted');
  });

  it('a reload during submission reuses the same Idempotency-Key, so the retry returns the same case', async () => {
    const draft: IntakeDraft = completeDraft();
    storeDraft(draft);
    const first = await mountIntake();
    const sent = first.submit();
    // The attempt's key is in sessionStorage with the draft before the request leaves.
    const stored = JSON.parse(sessionStorage.getItem(draftKey) ?? '{}') as IntakeDraft;
    assert.isString(stored.attemptKey);
    first.remove();
    await sent.catch(() => undefined);
    // "Reload": the saved draft with its key comes back; sending again must not open a second case.
    storeDraft(stored);
    const again = await mountIntake();
    await again.submit();
    await waitForReceipt(again);
    storeDraft(stored);
    const third = await mountIntake();
    await third.submit();
    await waitForReceipt(third);
    assert.equal(receiptCaseNumber(third), receiptCaseNumber(again));
  });

  it('offline: waits with a visible state, then sends when the connection returns', async () => {
    const el = await submitOffline();
    const waiting = part(el, 'waiting');
    assert.ok(waiting, 'the waiting state');
    assert.include(waiting.textContent, '网络已断开');
    await expect(el).to.be.accessible();
    setOnline(true);
    await waitForReceipt(el);
    assert.ok(receiptCaseNumber(el));
  });

  it('offline: the user can cancel the waiting submission and keeps the form', async () => {
    const el = await submitOffline();
    part(el, 'waiting')!.querySelector('button')!.click();
    await el.updateComplete;
    assert.isNull(part(el, 'waiting'));
    assert.equal(part(el, 'step')?.dataset.step, 'review');
    assert.include(sessionStorage.getItem(draftKey), 'neighbour');
  });

  it('escalation: the receipt says urgent help is being arranged and shows 110', async () => {
    storeDraft(
      completeDraft((draft) => {
        draft.safety.violenceThreatened = 'yes';
        draft.safety.weaponsInvolved = 'yes';
      }),
    );
    const el = await mountIntake();
    await el.submit();
    await waitForReceipt(el);
    const urgent = part(el, 'urgent');
    assert.ok(urgent, 'urgent notice');
    assert.include(urgent.textContent, '正在为您安排紧急帮助');
    assert.include(urgent.textContent, '110');
    await expect(el).to.be.accessible();
  });

  it('an organisation respondent in English; the receipt can withdraw the unassigned case', async () => {
    storeDraft(
      completeDraft((draft) => {
        draft.respondents = [{ kind: 'organisation', name: '测试物业服务有限公司', mobile: '', uscc: '91350100M000100Y43' }];
      }),
    );
    const el = await mountIntake({ locale: 'en' });
    await el.submit();
    const receipt = await waitForReceipt(el);
    assert.include(receipt.textContent, 'Case number');
    const withdraw = Array.from(receipt.querySelectorAll('button')).find((b) => b.textContent.includes('Withdraw'));
    assert.ok(withdraw, 'withdraw offered');
    withdraw.click();
    await el.updateComplete;
    const confirm = receipt.querySelector<HTMLButtonElement>('[role="alertdialog"] button.primary')!;
    confirm.click();
    await waitUntil(() => part(el, 'receipt')?.textContent.includes('withdrawn') ?? false, 'withdrawn', { timeout: 10_000 });
  });

  it('<sz-mediation-status> shows the case from the receipt (case number attribute, code property), and refuses a wrong code', async () => {
    const { detail, trackingCode } = await submitCase();
    const el = await fixture<SzMediationStatus>(
      html`<sz-mediation-status api-base=${api} case-number=${detail.caseNumber} .trackingCode=${trackingCode}></sz-mediation-status>`,
    );
    await waitUntil(() => part(el, 'status') !== null, 'the status', { timeout: 10_000 });
    assert.include(part(el, 'status')?.textContent, '已提交');
    assert.ok(part(el, 'history')?.querySelector('li'));
    await expect(el).to.be.accessible();

    el.trackingCode = 'AAAA-BBBB';
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]') !== null, 'not found', { timeout: 10_000 });
    assert.include(el.shadowRoot?.querySelector('[role="alert"]')?.textContent, '没有找到');
    await expect(el).to.be.accessible();
  });

  it('is form-associated: a host form is invalid until the case is submitted, then carries the case number', async () => {
    storeDraft(completeDraft());
    const form = await fixture<HTMLFormElement>(
      html`<form><sz-mediation-intake name="mediationCase" api-base=${api}></sz-mediation-intake></form>`,
    );
    const el = form.querySelector('sz-mediation-intake')!;
    await el.updateComplete;
    assert.isFalse(form.checkValidity());
    await el.submit();
    await waitForReceipt(el);
    assert.isTrue(form.checkValidity());
    assert.equal(new FormData(form).get('mediationCase'), receiptCaseNumber(el));
  });
});
