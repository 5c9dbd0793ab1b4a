import { assert, expect } from '@open-wc/testing';
import { createClient, listMediationQueue, lookUpMediationCase } from '@shanzhi/sdk';
import '../../src/mediation-desk/define.js';
import '../../src/mediation/define.js';
import type { SzMediationDesk } from '../../src/mediation-desk/sz-mediation-desk.js';
import { assertStaffOnly, openPhoto, uploadPhoto } from '../fixtures/attachment-e2e.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import {
  completeDraft,
  mountIntake,
  q,
  receiptCaseNumber,
  receiptTrackingCode,
  storeDraft,
  waitForReceipt,
} from '../fixtures/mediation-mount.js';
import { part, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

function type(field: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement | null, value: string): void {
  if (!field) throw new Error('no such field');
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
}

/** Opens a step's form, lets `fill` type into it, sends it and waits until the server's answer closed it. */
async function takeStep(el: SzMediationDesk, id: string, fill: (form: HTMLFormElement) => void = () => undefined): Promise<void> {
  await waitUntil(() => q(el, `[data-step="${id}"]`), `the ${id} button`, { timeout: 10_000 });
  q<HTMLButtonElement>(el, `[data-step="${id}"]`)?.click();
  await waitUntil(() => q(el, `[data-form="${id}"]`), `the ${id} form`);
  const form = q<HTMLFormElement>(el, `[data-form="${id}"]`)!;
  fill(form);
  form.requestSubmit();
  await waitUntil(() => !q(el, `[data-form="${id}"]`) || part(el, 'form-problem'), `the answer to ${id}`, { timeout: 10_000 });
  assert.isNull(part(el, 'form-problem'), `${id}: ${visibleText(part(el, 'form-problem'))}`);
}

describe("the mediator's desk end to end: from intake to agreement, the 司法确认 reminder and 回访", function () {
  const api = useReferenceServer(this, 90_000);

  it('works a case the applicant submitted through every step, and the applicant sees the steps meant for them', async () => {
    const token = demoToken('mediator') ?? 'demo-mediator';
    // 1. The applicant applies through the intake widget and keeps the receipt's tracking code.
    storeDraft(completeDraft());
    const intake = await mountIntake();
    await intake.submit();
    await waitForReceipt(intake);
    const caseNumber = receiptCaseNumber(intake);
    const trackingCode = receiptTrackingCode(intake);
    assert.match(caseNumber, /^MED-/);
    intake.remove();

    // The mediator's own id, from the cases the queue says they work (the desk offers the queue's mediators).
    const mediatorClient = createClient({ baseUrl: api, token });
    const { data: queue } = await mediatorClient.request(listMediationQueue, { query: { mine: 'true' } });
    const mine = queue.items.map((one) => new Set(one.mediatorIds));
    const me = [...(mine[0] ?? [])].find((id) => mine.every((ids) => ids.has(id)));
    assert.ok(me, 'the demo mediator works seeded cases');

    // 2. The mediator finds it in the queue, waiting for acceptance with its contact due.
    const desk = await mountLive<SzMediationDesk>('sz-mediation-desk');
    desk.getToken = () => token;
    const row = () => q<HTMLButtonElement>(desk, `[data-opener="${caseNumber}"]`);
    await waitUntil(() => row(), 'the new case in the queue', { timeout: 15_000 });
    assert.include(visibleText(row()), '待受理');
    assert.include(visibleText(row()), '联系申请人');
    row()!.click();
    await waitUntil(() => part(desk, 'steps'), 'the case desk', { timeout: 10_000 });
    assert.notMatch(visibleText(part(desk, 'panel')), /1[3-9]\d{9}/, 'no phone number on the desk');
    await expect(desk).to.be.accessible();

    // 3. Accept (the one-month limit starts), assign, schedule (the parties are notified), record the notes.
    await takeStep(desk, 'acceptMediationCase');
    await waitUntil(() => visibleText(row()).includes('一个月期限'), 'the one-month limit on the row');
    await takeStep(desk, 'assignMediators', (form) => {
      type(form.querySelector('#md-otherMediator'), me);
    });
    await takeStep(desk, 'scheduleMediationSession', (form) => {
      type(form.querySelector('#md-time'), '09:30');
      type(form.querySelector('#md-place'), '村委会调解室');
    });
    assert.include(visibleText(part(desk, 'panel')), '已通知：申请人');
    await takeStep(desk, 'recordMediationSession', (form) => {
      type(form.querySelector('#md-notes'), '双方到场，同意改走排水管。');
    });
    await waitUntil(() => visibleText(row()).includes('调解中'), 'in mediation');

    // 4. Draft the 调解协议书 from the case, print it, and record every signature: the case concludes.
    await takeStep(desk, 'draftMediationAgreement', (form) => {
      assert.include(form.querySelector<HTMLTextAreaElement>('#md-facts')?.value, '排水管', 'the draft starts from the case');
      type(form.querySelector('#md-terms'), '被申请人于十二月十日前把排水管改到自家院内。');
      type(form.querySelector('#md-performanceMethod'), '被申请人自行改管，申请人到场确认。');
    });
    assert.include(visibleText(part(desk, 'agreement')), '人民调解委员会');
    assert.include(visibleText(part(desk, 'agreement')), '十二月十日前');
    const print = window.print.bind(window);
    let printed = false;
    window.print = () => {
      printed = true;
    };
    try {
      part(desk, 'print')?.click();
    } finally {
      window.print = print;
    }
    assert.isTrue(printed);
    const signers = [...(part(desk, 'agreement')?.querySelectorAll<HTMLElement>('[data-signer]') ?? [])].map((one) => one.dataset.signer);
    assert.includeMembers(signers, ['applicant', 'respondent-1', 'mediator', 'committeeSeal']);
    for (const signer of signers) {
      await takeStep(desk, 'signMediationAgreement');
      assert.include(visibleText(q(desk, `[data-signer="${String(signer)}"]`)), '已签', `${String(signer)} signed`);
    }
    await waitUntil(() => visibleText(row()).includes('已结案'), 'concluded with the agreement');
    assert.include(visibleText(part(desk, 'judicial')), '司法确认');

    // 5. The 30-day 司法确认 reminder (once), then the 回访.
    await takeStep(desk, 'remindJudicialConfirmation');
    assert.isNull(q(desk, '[data-step="remindJudicialConfirmation"]'), 'reminded once');
    await takeStep(desk, 'recordMediationFollowUp', (form) => {
      form.querySelector<HTMLInputElement>('input[value="fulfilled"]')?.click();
      type(form.querySelector('#md-note'), '排水管已改走，双方满意。');
    });
    assert.include(visibleText(part(desk, 'follow-ups')), '排水管已改走');
    await expect(desk).to.be.accessible();

    // 6. The applicant's status shows the agreement, the reminder and the visit, never the notes.
    const { data: status } = await createClient({ baseUrl: api }).request(lookUpMediationCase, {
      params: { caseNumber },
      body: { trackingCode },
    });
    assert.equal(status.state, 'concluded');
    assert.equal(status.outcome, 'agreement');
    assert.ok(status.judicialReminderOn);
    assert.ok(status.followUpOn);
    assert.notInclude(JSON.stringify(status), '双方到场，同意改走排水管');
  });

  it('opens the photo the applicant sent with the application; only the village’s mediators read it', async () => {
    // The applicant uploads without a token (人民调解法 Art 17: anyone may apply), as the intake does with a chosen file.
    const attachmentId = await uploadPhoto(api, undefined, 'mediation-intake');
    storeDraft(
      completeDraft((draft) => {
        draft.attachments = [{ name: '排水管.png', mediaType: 'image/png', sizeBytes: 100, attachmentId }];
      }),
    );
    const intake = await mountIntake({ village: demoVillage });
    await intake.submit();
    await waitForReceipt(intake);
    const caseNumber = receiptCaseNumber(intake);
    intake.remove();

    const desk = await mountLive<SzMediationDesk>('sz-mediation-desk');
    desk.getToken = () => demoToken('mediator') ?? 'demo-mediator';
    const row = () => q<HTMLButtonElement>(desk, `[data-opener="${caseNumber}"]`);
    await waitUntil(() => row(), 'the new case in the queue', { timeout: 15_000 });
    row()!.click();
    await waitUntil(() => part(desk, 'steps'), 'the case desk', { timeout: 10_000 });
    assert.include(visibleText(part(desk, 'panel')), '申请时提交的材料');
    assert.notInclude(visibleText(part(desk, 'panel')), '排水管.png', 'no file name: none was sent');
    await openPhoto(desk.shadowRoot!, '[part~="panel"]');
    await expect(desk).to.be.accessible();
    await assertStaffOnly(api, attachmentId, 'mediator');
  });

  it("shows a cadre's and a supervisor's token only who may use it (the parties' affairs are the mediators', Art 15)", async () => {
    for (const role of ['cadre', 'supervisor']) {
      const desk = await mountLive<SzMediationDesk>('sz-mediation-desk');
      desk.getToken = () => demoToken(role) ?? `demo-${role}`;
      await waitUntil(() => part(desk, 'staff-only'), `the staff-only words for the ${role}`, { timeout: 15_000 });
      assert.isNull(part(desk, 'list'));
      desk.remove();
    }
  });
});
