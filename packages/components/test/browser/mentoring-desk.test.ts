import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { assignMentoringPlan, completeMentoringMilestone, getLeaderboard, listMentoringPlans, setMentoringSettings } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mentoring-desk/define.js';
import type { SzMentoringDesk } from '../../src/mentoring-desk/sz-mentoring-desk.js';
import { problem } from '../fixtures/fake-client.js';
import {
  control,
  FakeMentoringDeskClient,
  households,
  mountMentoringDesk,
  nextEvent,
  pickDate,
  plans,
  typeInto,
} from '../fixtures/mentoring-desk-client.js';
import { focused, mountSignedOut, part, visibleText } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState, mountRefused } from '../fixtures/shared-states.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeMentoringDeskClient> = {
  client: () => new FakeMentoringDeskClient([], []),
  when: 'no household is on the black list and there is no plan',
  says: '黑榜上没有农户',
};

const shadow = (el: SzMentoringDesk) => el.shadowRoot!;
const input = control;

/** Presses Enter on the row's button `name` (named `label` for screen readers), as a keyboard user opens its form. */
async function openWithEnter(row: HTMLElement | undefined, name: string, label: string): Promise<HTMLButtonElement | null | undefined> {
  const opener = row?.querySelector<HTMLButtonElement>(`[part~="${name}"]`);
  assert.equal(opener?.getAttribute('aria-label'), label);
  opener?.focus();
  await sendKeys({ press: 'Enter' });
  return opener;
}

describeDataWidget('<sz-mentoring-desk>', { mount: mountMentoringDesk, route: listMentoringPlans.id, empty }, () => {
  it('lists the black-listed households without a plan, the plans in progress and the ended ones, and passes axe', async () => {
    const client = new FakeMentoringDeskClient();
    const el = await mountMentoringDesk(client);
    assert.equal(part(el, 'title')?.textContent, '帮教工作台');
    assert.include(visibleText(part(el, 'settings')), '本村静默期 90 天');
    // The black list over every period, with the board's masked names; the household in a plan is not offered again.
    assert.deepInclude(client.callsOf(getLeaderboard.id)[0]?.input.query, { list: 'black', period: 'all' });
    assert.deepEqual(
      households(el).map((one) => visibleText(one.querySelector('.who'))),
      ['QS-001 张*国', 'QS-002 李*英'],
    );
    assert.include(visibleText(households(el)[0]), '扣分 2 次');
    const [inProgress, ended] = plans(el);
    const text = visibleText(inProgress);
    for (const words of [
      'QS-003 王*明',
      '帮教中',
      '帮教责任人：v-test-s10',
      '已完成 1 / 3',
      '已连续 40 天没有扣分（需 90 天）',
      '最近一次扣分',
    ])
      assert.include(text, words);
    const milestones = [...(inProgress?.querySelectorAll('[part~="milestone"]') ?? [])];
    assert.include(visibleText(milestones[0]), '已签字，贴在门口', "a done milestone's note");
    assert.include(visibleText(milestones[0]), '由 v-test-s10 确认完成');
    assert.include(visibleText(milestones[1]), '已逾期', 'a milestone past its due date says so in words');
    assert.notInclude(visibleText(milestones[2]), '已逾期');
    assert.lengthOf(inProgress?.querySelectorAll('[part~="mark-done"]') ?? [], 2);
    assert.include(visibleText(ended), '已移出黑榜');
    assert.include(visibleText(ended?.querySelector('[part~="delisted"]')), '自动移出黑榜');
    assert.lengthOf(ended?.querySelectorAll('[part~="mark-done"]') ?? [], 0, 'an ended plan takes no more milestones');
    // No phone or ID number anywhere: nothing of 11 or 18 digits.
    assert.notMatch(shadow(el).textContent, /\d{11}|\d{17}[\dXx]/);
    await expect(el).to.be.accessible();
  });

  it('without a staff token says who may use it, and asks the server nothing', async () => {
    const el = await mountSignedOut<SzMentoringDesk>('sz-mentoring-desk', { village: 'v-test-01' });
    assert.include(part(el, 'staff-only')?.textContent, '村两委');
    await expect(el).to.be.accessible();
  });

  it('a token the route refuses (a villager) gets the same staff-only words, not an error', async () => {
    const el = await mountRefused(mountMentoringDesk, listMentoringPlans.id);
    assert.isNull(part(el, 'error'));
  });

  it('assigns a plan by keyboard: problems at their fields, the server’s too, one key per attempt, then the plan in progress', async () => {
    const client = new FakeMentoringDeskClient();
    const el = await mountMentoringDesk(client);
    const opener = await openWithEnter(households(el)[0], 'assign', '为 QS-001 安排帮教');
    await waitUntil(() => part(el, 'form'), 'the assign form');
    await waitUntil(() => focused(el)?.id === 'assign-mentor', 'the focus in the first field');
    assert.equal(opener?.getAttribute('aria-expanded'), 'true');
    // Sent empty: every problem next to its field, the focus on the first; nothing was sent.
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    await waitUntil(() => focused(el)?.getAttribute('aria-invalid') === 'true', 'the focus on the first problem');
    assert.include(visibleText(shadow(el).querySelector('#assign-mentor-error')), '请填写帮教责任人');
    assert.include(visibleText(shadow(el).querySelector('#milestone-title-0-error')), '请写明');
    assert.include(visibleText(shadow(el).querySelector('#milestone-due-0-error')), '请选择这一项的期限');
    assert.lengthOf(client.callsOf(assignMentoringPlan.id), 0);
    // A second milestone by keyboard, then the fields.
    await typeInto(el, '#assign-mentor', 'nobody');
    await typeInto(el, '#milestone-title-0', '签订承诺书');
    pickDate(el, '#milestone-due-0', '2026-12-15');
    [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="form"] button')]
      .find((one) => one.textContent.includes('再加一项'))
      ?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'milestone-title-1', 'the new milestone focused');
    await sendKeys({ type: '参加清扫' });
    pickDate(el, '#milestone-due-1', '2027-01-15');
    // The server refuses the mentor: its words at the mentor field, what was typed stays.
    input(el, '#milestone-due-1')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => visibleText(shadow(el).querySelector('#assign-mentor-error')).includes('网格员或村两委'), "the server's issue");
    assert.equal(input(el, '#assign-mentor')?.getAttribute('aria-invalid'), 'true');
    assert.equal(input(el, '#milestone-title-1')?.value, '参加清扫');
    const first = client.callsOf(assignMentoringPlan.id)[0];
    assert.isString(first?.idempotencyKey);
    // The same attempt again keeps its key; a change starts a new attempt with a new key.
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    await waitUntil(() => client.callsOf(assignMentoringPlan.id).length === 2, 'the retry');
    assert.equal(client.callsOf(assignMentoringPlan.id)[1]?.idempotencyKey, first?.idempotencyKey);
    const mentor = input(el, '#assign-mentor');
    if (mentor) mentor.select();
    await typeInto(el, '#assign-mentor', '');
    mentor?.select();
    await sendKeys({ type: 'v-test-s10' });
    const assigned = nextEvent(el, 'sz-mentoring-desk-assign');
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    const detail = await assigned;
    const third = client.callsOf(assignMentoringPlan.id)[2];
    assert.notEqual(third?.idempotencyKey, first?.idempotencyKey);
    assert.deepEqual(third?.input.body, {
      householdId: 'h-01',
      mentorId: 'v-test-s10',
      milestones: [
        { title: '签订承诺书', dueOn: '2026-12-15' },
        { title: '参加清扫', dueOn: '2027-01-15' },
      ],
    });
    assert.deepEqual(Object.keys(detail).sort(), ['householdId', 'planId'], 'ids only');
    await waitUntil(() => focused(el)?.id === `plan-${detail.planId}`, 'the focus on the new plan');
    assert.isNull(part(el, 'form'));
    assert.deepEqual(
      households(el).map((one) => visibleText(one.querySelector('.who'))),
      ['QS-002 李*英'],
    );
    assert.include(visibleText(shadow(el).querySelector('[role="status"]')), '已为 QS-001 安排帮教');
    await expect(el).to.be.accessible();
  });

  it('marks a milestone done with a note; Escape closes the form and gives the focus back', async () => {
    const client = new FakeMentoringDeskClient();
    const el = await mountMentoringDesk(client);
    await openWithEnter(plans(el)[0], 'mark-done', '标记完成：参加一次村道清扫');
    await waitUntil(() => focused(el)?.id === 'milestone-note', 'the note field');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'form') === null, 'the form closed');
    await waitUntil(() => focused(el)?.dataset.opener === 'done:mp-000001:m2', 'the focus back on its button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focused(el)?.id === 'milestone-note', 'the note field again');
    await sendKeys({ type: '和网格员一起扫了村道' });
    const marked = nextEvent(el, 'sz-mentoring-desk-milestone');
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    assert.deepEqual(await marked, { planId: 'mp-000001', milestoneId: 'm2', delisted: false });
    const call = client.callsOf(completeMentoringMilestone.id)[0];
    assert.deepEqual(call?.input.params, { villageId: 'v-test-01', planId: 'mp-000001', milestoneId: 'm2' });
    assert.deepEqual(call?.input.body, { note: '和网格员一起扫了村道' });
    assert.isString(call?.idempotencyKey);
    await waitUntil(() => visibleText(plans(el)[0]).includes('已完成 2 / 3'), 'the plan reloaded');
    assert.include(visibleText(plans(el)[0]?.querySelectorAll('[part~="milestone"]')[1]), '和网格员一起扫了村道');
  });

  it('sets the quiet period (0 to 730 days) and shows when a completed plan took the household off the black list', async () => {
    const client = new FakeMentoringDeskClient();
    const el = await mountMentoringDesk(client);
    part(el, 'change-quiet')?.click();
    await waitUntil(() => focused(el)?.id === 'quiet-days', 'the quiet-period field');
    assert.equal(input(el, '#quiet-days')?.value, '90');
    input(el, '#quiet-days')?.select();
    await sendKeys({ type: '-3' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => visibleText(shadow(el).querySelector('#quiet-days-error')).includes('0 到 730'), 'the field problem');
    assert.lengthOf(client.callsOf(setMentoringSettings.id), 0);
    input(el, '#quiet-days')?.select();
    await sendKeys({ type: '0' });
    const saved = nextEvent(el, 'sz-mentoring-desk-settings');
    await sendKeys({ press: 'Enter' });
    assert.deepEqual(await saved, { villageId: 'v-test-01', quietDays: 0 });
    await waitUntil(() => visibleText(part(el, 'settings')).includes('本村静默期 0 天'), 'the new setting');
    await waitUntil(() => focused(el)?.getAttribute('part') === 'change-quiet', 'the focus back on the button');

    // A plan of one milestone under a 0-day period: done, and the household is off the list at once.
    households(el)[1]?.querySelector<HTMLButtonElement>('[part~="assign"]')?.click();
    await waitUntil(() => focused(el)?.id === 'assign-mentor', 'the assign form');
    await sendKeys({ type: 'v-test-s01' });
    await typeInto(el, '#milestone-title-0', '赔礼道歉');
    pickDate(el, '#milestone-due-0', '2026-12-01');
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    const detail = await nextEvent(el, 'sz-mentoring-desk-assign');
    await waitUntil(() => shadow(el).querySelector(`[data-plan="${detail.planId}"] [part~="mark-done"]`), 'the new plan');
    shadow(el).querySelector<HTMLButtonElement>(`[data-plan="${detail.planId}"] [part~="mark-done"]`)?.click();
    await waitUntil(() => part(el, 'form'), 'the milestone form');
    const marked = nextEvent(el, 'sz-mentoring-desk-milestone');
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    assert.isTrue((await marked).delisted);
    await waitUntil(
      () => visibleText(shadow(el).querySelector(`[data-plan="${detail.planId}"] [part~="delisted"]`)).includes('自动移出黑榜'),
      'the day it left the black list',
    );
    assert.include(visibleText(shadow(el).querySelector('[role="status"]')), '已自动移出黑榜');
  });

  it('a refusal that names no field is shown with its request id and a retry that keeps the key', async () => {
    const client = new FakeMentoringDeskClient();
    const el = await mountMentoringDesk(client);
    client.failNext(
      completeMentoringMilestone.id,
      problem(403, '只有该户的帮教责任人或村两委可以确认', 'req-refused', completeMentoringMilestone.id),
    );
    plans(el)[0]?.querySelector<HTMLButtonElement>('[part~="mark-done"]')?.click();
    await waitUntil(() => part(el, 'form'), 'the form');
    shadow(el).querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
    await waitUntil(() => part(el, 'form-problem'), 'the problem');
    assert.include(visibleText(part(el, 'form-problem')), '只有该户的帮教责任人');
    assert.include(visibleText(part(el, 'form-problem')), 'req-refused');
    await waitUntil(() => focused(el) === part(el, 'form-problem'), 'the focus on the problem');
    await expect(el).to.be.accessible();
    part(el, 'form-problem')?.querySelector<HTMLButtonElement>('[part~="retry"]')?.click();
    await waitUntil(() => client.callsOf(completeMentoringMilestone.id).length === 2, 'the retry');
    const [one, two] = client.callsOf(completeMentoringMilestone.id);
    assert.equal(two?.idempotencyKey, one?.idempotencyKey);
  });

  it('is operated by keyboard: Tab goes from the 长辈版 switch to the setting, the households, then the plans', async () => {
    const el = await mountMentoringDesk();
    part(el, 'elder-controls')?.querySelector('button')?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(focused(el), part(el, 'change-quiet'));
    await sendKeys({ press: 'Tab' });
    assert.equal(focused(el), households(el)[0]?.querySelector('[part~="assign"]'));
    await sendKeys({ press: 'Tab' });
    assert.equal(focused(el), households(el)[1]?.querySelector('[part~="assign"]'));
    await sendKeys({ press: 'Tab' });
    assert.equal(focused(el), plans(el)[0]?.querySelector('[part~="mark-done"]'));
  });

  it('speaks English, the forms too', async () => {
    const el = await mountMentoringDesk(new FakeMentoringDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Mentoring desk');
    assert.include(visibleText(part(el, 'settings')), 'Quiet period of this village: 90 days');
    assert.include(visibleText(plans(el)[0]), 'Milestones: 1 of 3 done');
    assert.include(visibleText(plans(el)[0]), 'Overdue');
    assert.include(visibleText(plans(el)[1]), 'Left the black list automatically');
    assert.equal(households(el)[0]?.querySelector('[part~="assign"]')?.getAttribute('aria-label'), 'Assign a plan to QS-001');
    households(el)[0]?.querySelector<HTMLButtonElement>('[part~="assign"]')?.click();
    await waitUntil(() => part(el, 'form'), 'the assign form');
    assert.include(visibleText(part(el, 'form')), 'Mentor (staff id)');
    await expect(el).to.be.accessible();
  });

  it('in 长辈版 the open form passes axe too', async () => {
    const el = await mountMentoringDesk(new FakeMentoringDeskClient(), { elder: '' });
    households(el)[0]?.querySelector<HTMLButtonElement>('[part~="assign"]')?.click();
    await waitUntil(() => part(el, 'form'), 'the assign form');
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await expect(el).to.be.accessible();
  });
});
