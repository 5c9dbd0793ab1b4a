import { assert, expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { draftKey, emptyDraft } from '../../src/mediation/draft.js';
import {
  check,
  clickNext,
  completeDraft,
  mountIntake,
  part,
  q,
  root,
  stepCode,
  storeDraft,
  summaryMessages,
  type,
} from '../fixtures/mediation-mount.js';
import { startWithEmptyStorage } from '../fixtures/mediation-extra.js';

describe('<sz-mediation-intake> steps, validation and drafts', function () {
  this.timeout(30_000);

  startWithEmptyStorage();

  it('shows the progress, and an empty first step fails with an error summary that takes focus and links to each field', async () => {
    const el = await mountIntake();
    assert.equal(stepCode(el), 'dispute');
    assert.include(part(el, 'progress')?.textContent, '纠纷情况');
    assert.equal(q(el, '[aria-current="step"]')?.textContent.trim(), '1. 纠纷情况');
    await clickNext(el);
    const summary = part(el, 'summary');
    assert.ok(summary, 'summary shown');
    assert.equal(root(el).activeElement, summary, 'the summary has focus');
    const links = Array.from(root(el).querySelectorAll<HTMLAnchorElement>('[part~="summary"] a'));
    assert.includeMembers(
      links.map((a) => a.getAttribute('href')),
      ['#f-dispute-type', '#f-dispute-description', '#f-dispute-desiredOutcome'],
    );
    // Each message is next to its field too, and the field points at it.
    const description = q<HTMLTextAreaElement>(el, '#f-dispute-description')!;
    assert.equal(description.getAttribute('aria-invalid'), 'true');
    assert.include(description.getAttribute('aria-describedby'), 'f-dispute-description-error');
    assert.ok(q(el, '#f-dispute-description-error')?.textContent);
    links.find((a) => a.getAttribute('href') === '#f-dispute-description')!.click();
    assert.equal(root(el).activeElement, description, 'the link moved focus to the field');
    assert.equal(stepCode(el), 'dispute');
    await expect(el).to.be.accessible();
  });

  it('validates the amount format and keeps what was typed on an error', async () => {
    const el = await mountIntake();
    await type(el, 'f-dispute-description', '这是一段足够长的纠纷描述文字');
    await type(el, 'f-dispute-amountFen', '12.345');
    await clickNext(el);
    assert.include(summaryMessages(el).join(' '), '金额');
    assert.equal(q<HTMLTextAreaElement>(el, '#f-dispute-description')!.value, '这是一段足够长的纠纷描述文字');
    assert.equal(q<HTMLInputElement>(el, '#f-dispute-amountFen')!.value, '12.345');
  });

  it('validates every step with the rules schemas, and back/next never lose input', async () => {
    const el = await mountIntake();
    await type(el, 'f-dispute-type', 'neighbour');
    await type(el, 'f-dispute-description', '邻居家的排水管把污水排到我家院子里');
    await type(el, 'f-dispute-desiredOutcome', '改走排水管');
    const stepEvent: Promise<HTMLElementEventMap['sz-intake-step']> = oneEvent(el, 'sz-intake-step');
    await clickNext(el);
    const { detail } = await stepEvent;
    assert.deepEqual(detail, { step: 2, stepCode: 'applicant', total: 6 });
    assert.equal(root(el).activeElement?.id, 'step-title');

    // 2: applicant
    assert.equal(q(el, '#f-applicant-name')?.getAttribute('autocomplete'), 'name');
    assert.equal(q(el, '#f-applicant-name')?.getAttribute('spellcheck'), 'false');
    assert.equal(q(el, '#f-applicant-mobile')?.getAttribute('inputmode'), 'tel');
    assert.equal(q(el, '#f-applicant-mobile')?.getAttribute('type'), 'tel');
    await type(el, 'f-applicant-mobile', '123');
    await clickNext(el);
    assert.includeMembers(
      Array.from(root(el).querySelectorAll('[part~="summary"] a')).map((a) => a.getAttribute('href')),
      ['#f-applicant-name', '#f-applicant-mobile'],
    );
    await expect(el).to.be.accessible();
    await type(el, 'f-applicant-name', '测试申请人');
    await type(el, 'f-applicant-mobile', '13800138000');
    await clickNext(el);
    assert.equal(stepCode(el), 'respondents');

    // 3: respondents — an organisation needs its unified social credit code
    const orgRadio = root(el).querySelector<HTMLInputElement>('input[name="kind-0"][value="organisation"]')!;
    orgRadio.click();
    await el.updateComplete;
    await type(el, 'f-respondents-0-name', '某某物业公司');
    await clickNext(el);
    assert.ok(q(el, '#f-respondents-0-uscc-error'), 'the code is required');
    await expect(el).to.be.accessible();

    // Back keeps everything
    q<HTMLButtonElement>(el, '.actions button:not([type="submit"]):not(.link)')!.click();
    await el.updateComplete;
    assert.equal(stepCode(el), 'applicant');
    assert.equal(q<HTMLInputElement>(el, '#f-applicant-name')!.value, '测试申请人');
    await clickNext(el);
    assert.equal(q<HTMLInputElement>(el, '#f-respondents-0-name')!.value, '某某物业公司');
    root(el).querySelector<HTMLInputElement>('input[name="kind-0"][value="person"]')!.click();
    await el.updateComplete;
    await clickNext(el);
    assert.equal(stepCode(el), 'safety');

    // 4: safety — every question must be answered; a body already handling it is refused kindly
    await clickNext(el);
    assert.includeMembers(
      Array.from(root(el).querySelectorAll('[part~="summary"] a')).map((a) => a.getAttribute('href')),
      [
        '#f-safety-violenceThreatened',
        '#f-safety-weaponsInvolved',
        '#f-safety-groupIncident',
        '#f-safety-alreadyBefore',
        '#f-safety-otherPartyRefusedMediation',
      ],
    );
    // Each summary line names its question, then the rules' message unchanged.
    assert.isTrue(summaryMessages(el).some((line) => line.startsWith('有没有人拿着刀')));
    await expect(el).to.be.accessible();
    for (const id of [
      'f-safety-violenceThreatened-no',
      'f-safety-weaponsInvolved-no',
      'f-safety-groupIncident-no',
      'f-safety-otherPartyRefusedMediation-no',
      'f-safety-alreadyBefore-court',
    ])
      await check(el, id);
    await clickNext(el);
    assert.include(summaryMessages(el).join(' '), '法院');
    await check(el, 'f-safety-alreadyBefore');
    await clickNext(el);
    assert.equal(stepCode(el), 'consent');

    // 5: consent must be explicit
    await clickNext(el);
    assert.includeMembers(
      Array.from(root(el).querySelectorAll('[part~="summary"] a')).map((a) => a.getAttribute('href')),
      ['#f-consent-mediation', '#f-consent-personalData'],
    );
    await expect(el).to.be.accessible();
    await check(el, 'f-consent-mediation');
    await check(el, 'f-consent-personalData');
    await clickNext(el);
    assert.equal(stepCode(el), 'review');
    // The review masks the phone number.
    assert.notInclude(part(el, 'step')?.textContent, '13800138000');
    assert.include(part(el, 'step')?.textContent, '138••••8000');
    await expect(el).to.be.accessible();
  });

  it('does not store or validate in the middle of an IME composition', async () => {
    const el = await mountIntake();
    await clickNext(el);
    const field = q<HTMLTextAreaElement>(el, '#f-dispute-description')!;
    field.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, composed: true }));
    field.value = 'lin ju';
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, isComposing: true }));
    await el.updateComplete;
    assert.isNull(sessionStorage.getItem(draftKey), 'nothing stored mid-composition');
    assert.ok(q(el, '#f-dispute-description-error'), 'the error is not re-evaluated mid-composition');
    field.value = '邻居家的排水管把污水排到我家院子里';
    field.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, composed: true, data: '邻居' }));
    await el.updateComplete;
    assert.include(sessionStorage.getItem(draftKey), '排水管');
    assert.isNull(q(el, '#f-dispute-description-error'), 'validated once the composition ended');
  });

  it('restores the draft from sessionStorage (never localStorage) after a reload, and the clear action removes it', async () => {
    const first = await mountIntake();
    await type(first, 'f-dispute-description', '草稿里的描述文字内容');
    assert.include(sessionStorage.getItem(draftKey), '草稿里的描述文字内容');
    assert.equal(localStorage.length, 0);
    first.remove();
    const el = await mountIntake();
    assert.equal(q<HTMLTextAreaElement>(el, '#f-dispute-description')!.value, '草稿里的描述文字内容');
    assert.include(root(el).textContent, '已恢复');
    q<HTMLButtonElement>(el, 'button.link')!.click();
    await el.updateComplete;
    assert.isNull(sessionStorage.getItem(draftKey));
    assert.equal(q<HTMLTextAreaElement>(el, '#f-dispute-description')!.value, '');
  });

  it('says a draft was restored only when it holds answers', async () => {
    const notice = (el: HTMLElement) => root(el).querySelector('[role="status"]')?.textContent ?? '';
    // A stored draft with nothing typed (at a later step, with an attempt's key, with a field an older version kept).
    for (const stored of [emptyDraft(), { ...emptyDraft(), step: 3, attemptKey: 'k-1' }, { ...emptyDraft(), savedAt: '2026-11-29' }]) {
      sessionStorage.setItem(draftKey, JSON.stringify(stored));
      const el = await mountIntake();
      assert.notInclude(root(el).textContent, '已恢复', JSON.stringify(stored));
      assert.equal(notice(el), '');
      el.remove();
    }
    // Blanks typed into a field are not answers either.
    storeDraft(
      completeDraft((draft) => Object.assign(draft, { ...emptyDraft(), dispute: { ...emptyDraft().dispute, description: '   ' } })),
    );
    const blank = await mountIntake();
    assert.notInclude(root(blank).textContent, '已恢复');
    blank.remove();
    // One answer is worth announcing.
    storeDraft(
      completeDraft((draft) => Object.assign(draft, { ...emptyDraft(), dispute: { ...emptyDraft().dispute, type: 'neighbour' } })),
    );
    const el = await mountIntake();
    assert.include(notice(el), '已恢复');
  });

  it('can be completed with the keyboard only', async () => {
    storeDraft(completeDraft((draft) => (draft.step = 4)));
    const el = await mountIntake();
    assert.equal(stepCode(el), 'consent');
    // From the step heading: Tab through to the consent boxes, Space ticks, Enter submits the step.
    q(el, '#f-consent-mediation')!.focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    q<HTMLInputElement>(el, '#f-preferences-preferredTime')!.focus();
    await sendKeys({ type: '周末' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(stepCode(el), 'review');
    assert.equal(root(el).activeElement?.id, 'step-title');
  });

  it('works in English and in elder mode', async () => {
    const el = await mountIntake({ locale: 'en', elder: '' });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await clickNext(el);
    assert.include(part(el, 'summary')?.textContent, 'Please fix the following');
    assert.include(part(el, 'progress')?.textContent, 'The dispute');
    await expect(el).to.be.accessible();
  });

  it('keeps attachments on the device: type and size are checked, previews shown, and files removable', async () => {
    const el = await mountIntake();
    const input = q<HTMLInputElement>(el, '#f-attachments')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'photo.png', { type: 'image/png' }));
    transfer.items.add(new File(['x'], 'virus.exe', { type: 'application/x-msdownload' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await el.updateComplete;
    assert.include(q(el, '#f-attachments-error')?.textContent, 'virus.exe');
    assert.equal(root(el).querySelectorAll('[part~="attachments"] li').length, 1);
    assert.ok(q(el, '[part~="attachments"] img'));
    assert.include(sessionStorage.getItem(draftKey), 'photo.png');
    q<HTMLButtonElement>(el, '[part~="attachments"] button')!.click();
    await el.updateComplete;
    assert.isNull(part(el, 'attachments'));
  });
});
