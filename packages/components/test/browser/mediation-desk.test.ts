import { assert, expect, oneEvent } from '@open-wc/testing';
import {
  acceptMediationCase,
  assignMediators,
  listMediationQueue,
  NetworkError,
  recordMediationFollowUp,
  refuseMediationCase,
  scheduleMediationSession,
} from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mediation-desk/define.js';
import type { SzMediationDesk } from '../../src/mediation-desk/sz-mediation-desk.js';
import { agreed, FakeMediationDeskClient, fresh, refusalOf, tiedColleague, today, working } from '../fixtures/mediation-desk-client.js';
import { q } from '../fixtures/mediation-mount.js';
import { mountListing, part, partButtons, visibleText } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState, mountRefused } from '../fixtures/shared-states.js';
import { waitUntil } from '../fixtures/wait.js';
import { openPanel } from '../fixtures/desk-panel.js';
import { fill } from '../fixtures/form-controls.js';

const rows = (el: SzMediationDesk) => partButtons(el, 'case');
const row = (el: SzMediationDesk, caseNumber: string) => el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="${caseNumber}"]`);

const widget = { tag: 'sz-mediation-desk', defaults: {} };
const mount = mountListing<SzMediationDesk, FakeMediationDeskClient>(widget, () => new FakeMediationDeskClient(), 'case', 'the queue');

/** Opens a case and waits for its desk (the step buttons). */
const open = (el: SzMediationDesk, caseNumber: string) => openPanel(el, caseNumber, '[part~="steps"]');

/** The widget with nothing to show. */
const empty: EmptyState<FakeMediationDeskClient> = {
  client: () => new FakeMediationDeskClient([]),
  when: 'no case matches',
  says: '没有符合条件的调解案件',
};

/** Opens a step's form by its button. */
async function step(el: SzMediationDesk, id: string): Promise<HTMLFormElement> {
  q<HTMLButtonElement>(el, `[data-step="${id}"]`)?.click();
  await waitUntil(() => q(el, `[data-form="${id}"]`), `the ${id} form`);
  return q<HTMLFormElement>(el, `[data-form="${id}"]`)!;
}

/** Accepts the fresh case and opens its next step, the assignment of mediators. */
async function assignmentOf(client: FakeMediationDeskClient): Promise<readonly [SzMediationDesk, HTMLFormElement]> {
  const el = await mount(client);
  await open(el, fresh);
  (await step(el, 'acceptMediationCase')).requestSubmit();
  await waitUntil(() => q(el, '[data-step="assignMediators"]'), 'the assignment step');
  return [el, await step(el, 'assignMediators')];
}

function tick(form: HTMLFormElement, value: string): void {
  const box = form.querySelector<HTMLInputElement>(`input[value="${value}"]`);
  if (!box) throw new Error(`no box ${value}`);
  box.click();
}

const stepButtons = (el: SzMediationDesk) =>
  [...(part(el, 'steps')?.querySelectorAll<HTMLButtonElement>('[data-step]') ?? [])].map((b) => b.dataset.step);

describeDataWidget('<sz-mediation-desk>', { mount, route: listMediationQueue.id, empty }, () => {
  it('lists the queue with the overdue said in words, the one-month limit, and passes axe', async () => {
    const el = await mount();
    const overdue = visibleText(row(el, working));
    assert.include(overdue, '已逾期：记录调解笔录');
    assert.include(overdue, '一个月期限：2026/12/15');
    assert.include(overdue, '调解中');
    assert.include(visibleText(row(el, fresh)), '联系申请人：2026/11/30 前');
    assert.include(visibleText(part(el, 'summary')), '共 3 件');
    assert.include(row(el, working)?.closest('li')?.className, 'overdue');
    await expect(el).to.be.accessible();
  });

  it('filters the queue by state and overdue, asking the server again', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    fill(q<HTMLSelectElement>(el, '#md-state'), 'concluded');
    await waitUntil(() => rows(el).length === 1, 'the closed cases only');
    assert.deepEqual(client.callsOf(listMediationQueue.id).at(-1)?.input.query, { state: 'concluded' });
    fill(q<HTMLSelectElement>(el, '#md-state'), '');
    q<HTMLInputElement>(el, '#md-overdue')?.click();
    await waitUntil(() => rows(el).length === 1 && row(el, working), 'the overdue case only');
    assert.deepEqual(client.callsOf(listMediationQueue.id).at(-1)?.input.query, { overdue: 'true' });
  });

  it('says who may use it when the server refuses the token, and without a token asks nothing', async () => {
    const el = await mountRefused(mount, listMediationQueue.id);
    assert.include(visibleText(part(el, 'staff-only')), '调解员');
    await expect(el).to.be.accessible();
    const alone = document.createElement('sz-mediation-desk');
    alone.setAttribute('api-base', 'http://127.0.0.1:9');
    document.body.append(alone);
    await alone.updateComplete;
    assert.isNotNull(alone.shadowRoot?.querySelector('[part~="staff-only"]'));
    alone.remove();
  });

  it('opens a case: parties without numbers, the due items, and only the steps the server allows', async () => {
    const el = await mount();
    const opened = oneEvent(el, 'sz-mediation-desk-open');
    const panel = await open(el, fresh);
    assert.deepEqual((await opened).detail, { caseNumber: fresh });
    assert.include(visibleText(panel), '申请人 赵巧荣');
    assert.include(visibleText(panel), '没有联系电话，无法通知');
    assert.include(visibleText(panel), '联系申请人');
    assert.notMatch(visibleText(panel), /1[3-9]\d{9}/);
    assert.deepEqual(stepButtons(el), ['acceptMediationCase', 'refuseMediationCase', 'escalateMediationCase', 'declareMediationTies']);
    await expect(el).to.be.accessible();
  });

  it('accepts: the date starts at today, the row and the steps follow the answer, the change event carries codes only', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    await open(el, fresh);
    const form = await step(el, 'acceptMediationCase');
    assert.equal(form.querySelector<HTMLInputElement>('#md-on')?.value, today);
    const changed = oneEvent(el, 'sz-mediation-desk-change');
    form.requestSubmit();
    assert.deepEqual((await changed).detail, { caseNumber: fresh, step: 'acceptMediationCase', state: 'accepted' });
    await waitUntil(() => part(el, 'done') && el.shadowRoot?.activeElement === part(el, 'done'), 'focus on what was done');
    assert.include(visibleText(row(el, fresh)), '已受理');
    assert.include(visibleText(row(el, fresh)), '一个月期限：2026/12/29');
    assert.include(stepButtons(el), 'assignMediators');
    assert.deepEqual(client.callsOf(acceptMediationCase.id)[0]?.input.body, { on: today });
  });

  it('shows a step out of order (409) beside its form with the request id, and keeps what was typed', async () => {
    const client = new FakeMediationDeskClient();
    client.failNext(
      refuseMediationCase.id,
      refusalOf(409, 'mediation.case.illegalEvent', '案件当前状态为“inMediation”，不能进行“refuse”操作'),
    );
    const el = await mount(client);
    await open(el, fresh);
    const form = await step(el, 'refuseMediationCase');
    form.requestSubmit();
    await waitUntil(() => form.querySelector('[aria-invalid="true"]'), 'the reason asked for');
    assert.isTrue(el.shadowRoot?.activeElement === form.querySelector('input[type="radio"]'), 'focus on the first reason');
    assert.include(visibleText(form.querySelector('[data-field="reason"]')), '请选一项');
    await expect(el).to.be.accessible();
    tick(form, 'reservedToAnotherOrgan');
    await waitUntil(() => form.querySelector('#md-organName'), 'the organ field');
    fill(form.querySelector('#md-organName'), '青溪镇人民政府');
    form.requestSubmit();
    await waitUntil(() => part(el, 'form-problem') && el.shadowRoot?.activeElement === part(el, 'form-problem'), 'focus on the problem');
    const shown = visibleText(part(el, 'form-problem'));
    assert.include(shown, '不能进行“refuse”操作');
    assert.include(shown, 'req-mediation.case.illegalEvent');
    assert.equal(form.querySelector<HTMLInputElement>('#md-organName')?.value, '青溪镇人民政府', 'what was typed stays');
    form.requestSubmit();
    await waitUntil(() => visibleText(row(el, fresh)).includes('不予受理'), 'refused on the second try');
    const [first, second] = client.callsOf(refuseMediationCase.id);
    assert.deepEqual(second?.input.body, { on: today, reason: 'reservedToAnotherOrgan', organName: '青溪镇人民政府' });
    assert.equal(first?.idempotencyKey, second?.idempotencyKey, 'one attempt, one key');
  });

  it('greys out a tied mediator and shows why the server refuses one typed in (回避)', async () => {
    const client = new FakeMediationDeskClient();
    const [el, form] = await assignmentOf(client);
    const tiedBox = form.querySelector<HTMLInputElement>(`input[value="${tiedColleague}"]`)!;
    assert.isTrue(tiedBox.disabled, 'a tied mediator cannot be ticked');
    assert.include(visibleText(tiedBox.closest('label')), '已声明回避');
    fill(form.querySelector('#md-otherMediator'), tiedColleague);
    form.requestSubmit();
    await waitUntil(() => form.querySelector('#md-otherMediator-error'), 'the refusal at the typed id');
    assert.include(visibleText(form.querySelector('#md-otherMediator-error')), '应当回避');
    assert.equal(form.querySelector<HTMLInputElement>('#md-otherMediator')?.value, tiedColleague);
    assert.deepEqual(client.callsOf(assignMediators.id)[0]?.input.body, { on: today, mediatorIds: [tiedColleague] });
    fill(form.querySelector('#md-otherMediator'), 'v-test-s08');
    form.requestSubmit();
    await waitUntil(() => visibleText(row(el, fresh)).includes('已指派调解员'), 'assigned');
  });

  it("offers the village's mediators by name to assign (Art 19), without typing a staff number", async () => {
    const client = new FakeMediationDeskClient();
    const [, form] = await assignmentOf(client);
    const box = form.querySelector<HTMLInputElement>('input[value="v-test-s08"]')!;
    assert.include(visibleText(box.closest('label')), '马睿');
    box.click();
    form.requestSubmit();
    await waitUntil(() => client.callsOf(assignMediators.id).length === 1, 'the assignment sent');
    assert.deepEqual(client.callsOf(assignMediators.id)[0]?.input.body, { on: today, mediatorIds: ['v-test-s08'] });
  });

  it('declaring a tie (回避) leaves the mediator only that step, and says why', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    await open(el, working);
    const form = await step(el, 'declareMediationTies');
    tick(form, 'respondent-1');
    form.requestSubmit();
    await waitUntil(() => q(el, '.recused'), 'the recusal note');
    assert.include(visibleText(q(el, '.recused')), '被申请人1 王家坞村股份经济合作社');
    assert.deepEqual(stepButtons(el), ['declareMediationTies']);
    assert.include(visibleText(row(el, working)), '我已回避');
    assert.deepEqual(client.callsOf('declareMediationTies')[0]?.input.body, { parties: ['respondent-1'] });
  });

  it('schedules a session, notifying only reachable parties, with one Idempotency-Key across a dropped connection', async () => {
    const client = new FakeMediationDeskClient();
    client.failNext(
      scheduleMediationSession.id,
      new NetworkError(scheduleMediationSession.id, 'req-net', new TypeError('Failed to fetch')),
    );
    const el = await mount(client);
    await open(el, working);
    const form = await step(el, 'scheduleMediationSession');
    assert.isTrue(form.querySelector<HTMLInputElement>('input[value="respondent-1"]')?.disabled, 'no number: cannot be notified');
    fill(form.querySelector('#md-on'), '2026-12-02');
    fill(form.querySelector('#md-time'), '09:30');
    fill(form.querySelector('#md-place'), '村委会调解室');
    form.requestSubmit();
    await waitUntil(() => part(el, 'form-problem'), 'the network problem');
    form.requestSubmit();
    await waitUntil(() => visibleText(panelOf(el)).includes('2026年12月2日 09:30 · 村委会调解室'), 'the new session');
    const [first, second] = client.callsOf(scheduleMediationSession.id);
    assert.ok(first?.idempotencyKey);
    assert.equal(first.idempotencyKey, second?.idempotencyKey);
    assert.deepEqual(second?.input.body, { on: '2026-12-02', time: '09:30', place: '村委会调解室', notify: ['applicant'] });
  });

  it('records the notes, then signs the agreement to the end, and prints it in its own layout', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    await open(el, working);
    const notes = await step(el, 'recordMediationSession');
    assert.equal(notes.querySelector<HTMLSelectElement>('#md-sessionId')?.value, 's2');
    fill(notes.querySelector('#md-notes'), '双方同意十二月五日前搬走柴火。');
    notes.requestSubmit();
    await waitUntil(() => visibleText(panelOf(el)).includes('双方同意十二月五日前搬走柴火。'), 'the notes');
    assert.notInclude(visibleText(row(el, working)), '记录调解笔录', 'the due item went');

    const agreement = part(el, 'agreement')!;
    assert.include(visibleText(agreement), '王家坞村人民调解委员会');
    assert.include(visibleText(agreement), '人民调解协议书');
    assert.include(visibleText(agreement), '（2026）王坞调字第0040号');
    assert.include(visibleText(agreement), '被申请人1');
    let printed = 0;
    const print = window.print.bind(window);
    window.print = () => {
      printed += 1;
      assert.isTrue(el.hasAttribute('data-sz-printing'), 'the page can hide its own chrome while printing');
    };
    try {
      part(el, 'print')?.click();
    } finally {
      window.print = print;
    }
    assert.equal(printed, 1);
    assert.isFalse(el.hasAttribute('data-sz-printing'));
    const rules = [...(el.shadowRoot?.adoptedStyleSheets ?? [])].flatMap((sheet) => [...sheet.cssRules]);
    assert.ok(
      rules.some((rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print' && rule.cssText.includes('.agreement')),
      'a print layout that leaves the agreement',
    );

    for (const signer of ['respondent-1', 'mediator', 'committeeSeal']) {
      const sign = await step(el, 'signMediationAgreement');
      assert.equal(sign.querySelector<HTMLSelectElement>('#md-signer')?.value, signer);
      sign.requestSubmit();
      await waitUntil(() => q(el, `[data-signer="${signer}"]`)?.textContent.includes('已签'), `${signer} signed`);
    }
    await waitUntil(() => visibleText(row(el, working)).includes('已结案'), 'concluded with agreement');
    assert.include(visibleText(part(el, 'judicial')), '2026年12月29日');
    assert.deepEqual(stepButtons(el), ['remindJudicialConfirmation', 'recordMediationFollowUp', 'declareMediationTies']);
  });

  it('reminds of 司法确认 once, and records a 回访 (forgetting the note once sent)', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    await open(el, agreed);
    (await step(el, 'remindJudicialConfirmation')).requestSubmit();
    await waitUntil(() => visibleText(panelOf(el)).includes('已于 2026年11月29日 提醒当事人'), 'reminded');
    assert.notInclude(stepButtons(el), 'remindJudicialConfirmation');
    const visit = await step(el, 'recordMediationFollowUp');
    tick(visit, 'fulfilled');
    fill(visit.querySelector('#md-note'), '柴火已搬走，双方满意。');
    visit.requestSubmit();
    await waitUntil(() => visibleText(part(el, 'follow-ups')).includes('柴火已搬走'), 'the visit');
    assert.deepEqual(client.callsOf(recordMediationFollowUp.id)[0]?.input.body, {
      on: today,
      performance: 'fulfilled',
      note: '柴火已搬走，双方满意。',
    });
    assert.ok(client.callsOf(recordMediationFollowUp.id)[0]?.idempotencyKey, 'a create carries its key');
    const again = await step(el, 'recordMediationFollowUp');
    assert.equal(again.querySelector<HTMLTextAreaElement>('#md-note')?.value, '', 'the note is not kept after sending');
  });

  it('escalates to a higher level only, with an Art 25 report', async () => {
    const client = new FakeMediationDeskClient();
    const el = await mount(client);
    await open(el, fresh);
    const form = await step(el, 'escalateMediationCase');
    const levels = [...(form.querySelector<HTMLSelectElement>('#md-toLevel')?.options ?? [])].map((o) => o.value);
    assert.deepEqual(levels, ['township', 'county']);
    fill(form.querySelector('#md-reportedTo'), 'police');
    form.requestSubmit();
    await waitUntil(() => visibleText(row(el, fresh)).includes('已上报上级'), 'escalated');
  });

  it('is operated by keyboard: Tab reaches the cases, Enter opens one, Escape closes it and gives focus back', async () => {
    const el = await mount();
    row(el, fresh)?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'steps'), 'the case desk');
    await waitUntil(() => el.shadowRoot?.activeElement === part(el, 'panel'), 'focus on the opened case');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !part(el, 'panel'), 'closed');
    assert.isTrue(el.shadowRoot?.activeElement === row(el, fresh), 'focus back on the case');
    part(el, 'elder-controls')?.querySelector('button')?.focus();
    await sendKeys({ press: 'Tab' });
    assert.isTrue(el.shadowRoot?.activeElement === q(el, '#md-state'), 'Tab goes from the 长辈版 switch to the filters');
  });

  it('speaks English, in the queue and the opened case', async () => {
    const el = await mount(new FakeMediationDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Mediation desk');
    assert.include(visibleText(row(el, working)), 'Overdue: Record the session notes');
    await open(el, working);
    assert.include(visibleText(part(el, 'steps')), 'Record a signature');
    assert.include(visibleText(part(el, 'agreement')), "People's mediation agreement");
  });

  it('in 长辈版 the opened case and a form pass axe', async () => {
    const el = await mount(new FakeMediationDeskClient(), { elder: '' });
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await open(el, working);
    await step(el, 'closeMediationCase');
    await expect(el).to.be.accessible();
  });
});

function panelOf(el: SzMediationDesk): HTMLElement {
  return part(el, 'panel')!;
}
