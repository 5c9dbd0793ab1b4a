import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import {
  listDecisions,
  observeDecisionStep,
  openDecision,
  reconveneDecisionStep,
  recordDecisionStep,
  uploadAttachment,
} from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/decision-desk/define.js';
import type { SzDecisionDesk } from '../../src/decision-desk/sz-decision-desk.js';
import {
  choose,
  control,
  decisionRows,
  fillMeeting,
  FakeDecisionDeskClient,
  mountDecisionDesk,
  nextChange,
  refusal,
  typeInto,
} from '../fixtures/decision-desk-client.js';
import { choose as chooseFiles, pickedFile } from '../fixtures/attachment-client.js';
import { focused, mountSignedOut, part, visibleText } from '../fixtures/mount.js';
import { describeDataWidget, mountRefused, type EmptyState } from '../fixtures/shared-states.js';

const shadow = (el: SzDecisionDesk) => el.shadowRoot!;
const submit = (el: SzDecisionDesk) => shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]');

/** The widget with nothing to show. */
const empty: EmptyState<FakeDecisionDeskClient> = {
  client: () => new FakeDecisionDeskClient([]),
  when: 'the village has no decision yet',
  says: '还没有决策事项',
};
const sharedStates = {
  mount: mountDecisionDesk,
  route: listDecisions.id,
  empty,
  loaded: (el: SzDecisionDesk) => decisionRows(el).length > 0,
};

/** Opens the decision `id` with its button, and waits for its panel. */
async function openDecisionPanel(el: SzDecisionDesk, id: string): Promise<void> {
  const row = decisionRows(el).find((one) => one.dataset.decision === id);
  row?.querySelector<HTMLButtonElement>('[part~="show"]')?.click();
  await waitUntil(() => part(el, 'timeline'), 'the open decision', { timeout: 5000 });
}

describeDataWidget('<sz-decision-desk>', sharedStates, () => {
  it('lists the decisions with their state and next step, and passes axe', async () => {
    const el = await mountDecisionDesk();
    assert.equal(part(el, 'title')?.textContent, '决策工作台');
    assert.include(visibleText(part(el, 'intro')), '一听、四议、两公开、一监督');
    const [waiting, done] = decisionRows(el);
    assert.include(visibleText(waiting), '村东道路硬化');
    assert.include(visibleText(waiting?.querySelector('[part~="next"]')), '下一步：党员大会审议');
    assert.include(visibleText(waiting), '已记录 3 / 7 步');
    assert.include(visibleText(done?.querySelector('[part~="status"]')), '已完成');
    assert.include(visibleText(done?.querySelector('[part~="next"]')), '全部步骤已完成');
    await expect(el).to.be.accessible();
  });

  it('without a staff token says who may use it; a refused token (a villager) gets the same words', async () => {
    const anonymous = await mountSignedOut<SzDecisionDesk>('sz-decision-desk', { village: 'v-test-01' });
    assert.include(part(anonymous, 'staff-only')?.textContent, '村务监督委员会');
    const el = await mountRefused(mountDecisionDesk, listDecisions.id);
    assert.isNull(part(el, 'error'));
    await expect(el).to.be.accessible();
  });

  it('opens a decision by keyboard on an Art 24 matter; the new decision waits for 一听', async () => {
    const client = new FakeDecisionDeskClient();
    const el = await mountDecisionDesk(client);
    part(el, 'open-new')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'form'), 'the open form', { timeout: 5000 });
    await waitUntil(() => focused(el)?.tagName === 'SELECT', 'the focus on the matter', { timeout: 5000 });
    choose(el, '#dd-matter', 'homesteadUse');
    const changed = nextChange(el);
    submit(el)?.click();
    assert.deepEqual(await changed, { decisionId: 'dcs-000003', action: 'open' });
    assert.deepEqual(client.callsOf(openDecision.id)[0]?.input.body, { matter: 'homesteadUse' });
    assert.isString(client.callsOf(openDecision.id)[0]?.idempotencyKey);
    await waitUntil(() => part(el, 'timeline'), 'the new decision open', { timeout: 5000 });
    assert.include(visibleText(part(el, 'form')), '记录下一步：一听：听取村民意见');
    await expect(el).to.be.accessible();
  });

  it('checks a meeting live as it is typed, records it, refuses to go on, and reconvenes it keeping what was typed on a refusal', async () => {
    const client = new FakeDecisionDeskClient();
    const el = await mountDecisionDesk(client);
    await openDecisionPanel(el, 'dcs-000001');
    assert.include(visibleText(part(el, 'form')), '记录下一步：党员大会审议');
    await fillMeeting(el, '2026-11-10', '30', '16', '15');
    // The rules' verdict, live: 15 of 30 is not more than half of all members (支部工作条例 Art 11), at the votes field.
    await waitUntil(() => visibleText(part(el, 'check')).includes('会议无效'), 'the live check', { timeout: 5000 });
    assert.equal(part(el, 'check')?.getAttribute('aria-live'), 'polite');
    assert.include(visibleText(shadow(el).querySelector('#dd-meeting-votes-for-error')), '没有超过全体 30 名党员的半数');
    assert.equal(control(el, '#dd-meeting-votes-for')?.getAttribute('aria-invalid'), 'true');
    await expect(el).to.be.accessible();
    // A meeting that could not decide happened: it is recorded, then nothing goes on until it is reconvened.
    const recorded = nextChange(el);
    submit(el)?.click();
    assert.deepEqual(await recorded, { decisionId: 'dcs-000001', action: 'record', step: 'review' });
    await waitUntil(() => shadow(el).querySelector('[data-form-opener="reconvene"]'), 'the reconvene button', { timeout: 5000 });
    assert.include(visibleText(part(el, 'panel')), '前一步会议无效');
    assert.include(visibleText(shadow(el).querySelector('[data-step="review"]')), '会议无效');
    shadow(el).querySelector<HTMLButtonElement>('[data-form-opener="reconvene"]')?.click();
    await waitUntil(() => control(el, '#dd-reason'), 'the reconvene form', { timeout: 5000 });
    await fillMeeting(el, '2026-11-12', '30', '24', '20');
    await typeInto(el, '#dd-reason', '同意票未过半数，重新召开');
    await waitUntil(() => visibleText(part(el, 'check')).includes('会议有效'), 'the live check of the new attempt', { timeout: 5000 });
    // The server refuses (say, a number it finds impossible): its words at the field, the typed values stay.
    client.failNext(
      reconveneDecisionStep.id,
      refusal(reconveneDecisionStep.id, [
        { code: 'disclosure.meeting.presentExceedsEligible', path: ['meeting', 'present'], params: { present: 24, eligible: 20 } },
      ]),
    );
    submit(el)?.click();
    await waitUntil(() => focused(el)?.id === 'dd-meeting-present', 'the focus on the refused field', { timeout: 5000 });
    assert.include(visibleText(shadow(el).querySelector('#dd-meeting-present-error')), '多于应到的 20 人');
    assert.equal(control(el, '#dd-meeting-present')?.value, '24');
    assert.equal(control(el, '#dd-reason')?.value, '同意票未过半数，重新召开');
    const reconvened = nextChange(el);
    submit(el)?.click();
    assert.deepEqual(await reconvened, { decisionId: 'dcs-000001', action: 'reconvene', step: 'review' });
    const [first, second] = client.callsOf(reconveneDecisionStep.id);
    assert.equal(first?.idempotencyKey, second?.idempotencyKey, 'a retry of the same attempt keeps its key');
    // The invalid attempt stays in the record, and the desk now waits for the resolution.
    await waitUntil(() => shadow(el).querySelector('[data-step="review"] [part~="attempt"]'), 'the earlier attempt', { timeout: 5000 });
    assert.include(visibleText(shadow(el).querySelector('[data-step="review"] details')), '同意票未过半数');
    await waitUntil(() => visibleText(part(el, 'form')).includes('村民会议或村民代表会议决议'), 'the next step', { timeout: 5000 });
  });

  it('sends the files uploaded with a step (purpose decision-record), and forgets them after the send', async () => {
    const client = new FakeDecisionDeskClient();
    const el = await mountDecisionDesk(client);
    await openDecisionPanel(el, 'dcs-000001');
    await fillMeeting(el, '2026-11-10', '30', '24', '20');
    chooseFiles(control(el, '#dd-files'), pickedFile('签到表.pdf', 'application/pdf'));
    await waitUntil(() => visibleText(part(el, 'form')).includes('已上传'), 'the file uploaded', { timeout: 5000 });
    assert.equal(client.callsOf(uploadAttachment.id)[0]?.input.params?.purpose, 'decision-record');
    const changed = nextChange(el);
    submit(el)?.click();
    await changed;
    const sent = client.callsOf(recordDecisionStep.id)[0]?.input.body;
    assert.lengthOf((sent?.attachmentIds as string[] | undefined) ?? [], 1);
    assert.notInclude(JSON.stringify(sent), '签到表', 'no file name is sent');
  });

  it('refuses a step that cannot be true before sending it, with the words next to the field', async () => {
    const client = new FakeDecisionDeskClient();
    const el = await mountDecisionDesk(client);
    await openDecisionPanel(el, 'dcs-000001');
    await fillMeeting(el, '2026-11-10', '30', '31', '20');
    await waitUntil(() => visibleText(part(el, 'check')).includes('现在还不能记录'), 'the live refusal', { timeout: 5000 });
    submit(el)?.click();
    await waitUntil(() => focused(el)?.getAttribute('aria-invalid') === 'true', 'the focus on the problem', { timeout: 5000 });
    assert.include(visibleText(shadow(el).querySelector('#dd-meeting-present-error')), '多于应到的 30 人');
    assert.lengthOf(client.callsOf(recordDecisionStep.id), 0);
  });

  it('the supervisor follows a decision and adds a concern on a step; a cadre is offered no such button', async () => {
    const client = new FakeDecisionDeskClient();
    const el = await mountDecisionDesk(client, { view: 'supervisor' });
    assert.isNull(part(el, 'open-new'), 'the supervisor opens no decision');
    await openDecisionPanel(el, 'dcs-000001');
    assert.isNull(part(el, 'form'), 'no step form for the supervisor');
    const opener = shadow(el).querySelector<HTMLButtonElement>('[data-form-opener="observe:hearing"]');
    assert.equal(opener?.getAttribute('aria-label'), '记录监督意见：一听：听取村民意见');
    opener?.click();
    await waitUntil(() => part(el, 'form'), 'the observation form', { timeout: 5000 });
    choose(el, '#dd-kind', 'concern');
    submit(el)?.click();
    await waitUntil(() => visibleText(shadow(el).querySelector('#dd-note-error')).includes('请写明意见'), 'a concern needs words', {
      timeout: 5000,
    });
    await typeInto(el, '#dd-note', '走访户数偏少');
    const changed = nextChange(el);
    submit(el)?.click();
    assert.deepEqual(await changed, { decisionId: 'dcs-000001', action: 'observe', step: 'hearing' });
    assert.deepEqual(client.callsOf(observeDecisionStep.id)[0]?.input.body, { step: 'hearing', kind: 'concern', note: '走访户数偏少' });
    await waitUntil(() => shadow(el).querySelector('[data-step="hearing"] [part~="observation"]'), 'the note on the step', {
      timeout: 5000,
    });
    assert.include(visibleText(shadow(el).querySelector('[data-step="hearing"] [part~="observation"]')), '监督：有意见：走访户数偏少');
    await expect(el).to.be.accessible();
  });

  it('Escape closes the open decision and gives the focus back to its button', async () => {
    const el = await mountDecisionDesk();
    await openDecisionPanel(el, 'dec-01-01');
    assert.include(visibleText(part(el, 'panel')), '这项决策的全部步骤已完成');
    shadow(el).querySelector<HTMLElement>('[part~="panel"] .panel-heading')?.focus();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'panel') === null, 'the panel closed', { timeout: 5000 });
    assert.equal(focused(el)?.dataset.opener, 'dec-01-01');
  });

  it('speaks English, the rules’ words too', async () => {
    const client = new FakeDecisionDeskClient();
    // The server answers in the caller's language (the step's name in the list, the rules' findings).
    client.locale = 'en';
    const el = await mountDecisionDesk(client, { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Decision desk');
    assert.include(visibleText(decisionRows(el)[0]?.querySelector('[part~="next"]')), "Next: Review by the party members' meeting");
    await openDecisionPanel(el, 'dcs-000001');
    await fillMeeting(el, '2026-11-10', '30', '14', '14');
    await waitUntil(() => visibleText(part(el, 'check')).includes('at least half'), 'the live check in English', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });
});
