import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/mentoring-desk/define.js';
import type { SzMentoringDesk } from '../../src/mentoring-desk/sz-mentoring-desk.js';
import { demoToken, demoVillage, mountAs, useReferenceServer } from '../fixtures/e2e.js';
import { control, households, nextEvent, pickDate, plans, typeInto } from '../fixtures/mentoring-desk-client.js';
import { part, visibleText } from '../fixtures/mount.js';

/** The demo grid worker (demo-gridWorker): the seeded plan's 帮教责任人, and the mentor of the plan assigned here. */
const mentorId = 'v-qs-01-s10';
/** The seed's quiet period (seed/supermarket.ts), put back after the test. */
const seededQuietDays = 90;

async function deskAs(role: string): Promise<SzMentoringDesk> {
  const ready = { when: (el: SzMentoringDesk) => part(el, 'settings') ?? part(el, 'staff-only'), what: `the ${role}'s desk` };
  return (await mountAs(role, 'sz-mentoring-desk', {}, ready)).el;
}

const submit = (el: SzMentoringDesk) => el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="form"] button[type="submit"]')?.click();
const field = control;

/** Marks milestone `milestoneId` of plan `planId` done from `el`'s desk, and resolves with the event's detail. */
async function markDone(el: SzMentoringDesk, planId: string, milestoneId: string, note: string) {
  const button = () => el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="done:${planId}:${milestoneId}"]`);
  await waitUntil(button, `milestone ${milestoneId} of ${planId}`, { timeout: 10_000 });
  button()?.click();
  await waitUntil(() => field(el, '#milestone-note'), 'the note field', { timeout: 10_000 });
  await typeInto(el, '#milestone-note', note);
  const marked = nextEvent(el, 'sz-mentoring-desk-milestone');
  submit(el);
  return marked;
}

describe('<sz-mentoring-desk> against the reference server', function () {
  const api = useReferenceServer(this, 90_000);

  after(async () => {
    // The village's setting goes back to the seed's, for whatever runs next against this server.
    await fetch(`${api}/v1/villages/${demoVillage}/mentoring/settings`, {
      method: 'POST',
      headers: { authorization: `Bearer ${demoToken('cadre') ?? ''}`, 'content-type': 'application/json' },
      body: JSON.stringify({ quietDays: seededQuietDays }),
    });
  });

  it('explains who may use it to a villager', async () => {
    const el = await deskAs('villager');
    assert.isNotNull(part(el, 'staff-only'));
    assert.isNull(part(el, 'plans'));
  });

  it('the cadre sets a quiet period of 0 days and assigns a plan; cadre and mentor complete it; the household leaves the black list', async () => {
    const cadre = await deskAs('cadre');
    // The seed's plan is in progress, with the demo grid worker as its mentor.
    await waitUntil(() => plans(cadre).length > 0, 'the plans', { timeout: 10_000 });
    assert.include(visibleText(plans(cadre)[0]), `帮教责任人：${mentorId}`);
    assert.isAbove(households(cadre).length, 0, 'black-listed households without a plan');
    assert.notMatch(cadre.shadowRoot?.textContent ?? '', /\d{11}|\d{17}[\dXx]/, 'no phone or ID number');
    await expect(cadre).to.be.accessible();

    // The quiet period: 0 days.
    part(cadre, 'change-quiet')?.click();
    await waitUntil(() => field(cadre, '#quiet-days'), 'the quiet-period field', { timeout: 10_000 });
    field(cadre, '#quiet-days')?.select();
    await sendKeys({ type: '0' });
    const saved = nextEvent(cadre, 'sz-mentoring-desk-settings');
    submit(cadre);
    assert.equal((await saved).quietDays, 0);
    await waitUntil(() => visibleText(part(cadre, 'settings')).includes('本村静默期 0 天'), 'the new setting', { timeout: 10_000 });

    // A plan of two milestones for the first black-listed household without one.
    const household = households(cadre)[0];
    const householdId = household?.dataset.household ?? '';
    const number = visibleText(household?.querySelector('.who')).split(' ')[0] ?? '';
    household?.querySelector<HTMLButtonElement>('[part~="assign"]')?.click();
    await waitUntil(() => field(cadre, '#assign-mentor'), 'the assign form', { timeout: 10_000 });
    await typeInto(cadre, '#assign-mentor', mentorId);
    await typeInto(cadre, '#milestone-title-0', '签订文明户承诺书');
    pickDate(cadre, '#milestone-due-0', '2026-12-10');
    cadre.shadowRoot?.querySelector<HTMLButtonElement>('.desk-form fieldset > button')?.click();
    await waitUntil(() => field(cadre, '#milestone-title-1'), 'a second milestone');
    await typeInto(cadre, '#milestone-title-1', '参加一次村道清扫');
    pickDate(cadre, '#milestone-due-1', '2026-12-20');
    const assigned = nextEvent(cadre, 'sz-mentoring-desk-assign');
    submit(cadre);
    const { planId, householdId: assignedTo } = await assigned;
    assert.equal(assignedTo, householdId);
    await waitUntil(() => cadre.shadowRoot?.querySelector(`[data-plan="${planId}"]`), 'the plan in progress', { timeout: 10_000 });
    assert.include(visibleText(cadre.shadowRoot?.querySelector(`[data-plan="${planId}"]`)), '已完成 0 / 2');
    assert.notInclude(
      households(cadre).map((one) => one.dataset.household),
      householdId,
      'a household in a plan is no longer offered',
    );

    // The cadre marks the first milestone done; the household stays on the list while one is open.
    const first = await markDone(cadre, planId, 'm1', '已签字');
    assert.deepEqual(first, { planId, milestoneId: 'm1', delisted: false });

    // The mentor (the grid worker) marks the last: with a quiet period of 0 days, the server delists at once.
    const mentor = await deskAs('gridWorker');
    const last = await markDone(mentor, planId, 'm2', '和网格员一起扫了村道');
    assert.deepEqual(last, { planId, milestoneId: 'm2', delisted: true });
    await waitUntil(
      () => visibleText(mentor.shadowRoot?.querySelector(`[data-plan="${planId}"] [part~="delisted"]`)).includes('自动移出黑榜'),
      'when the household left the black list',
      { timeout: 10_000 },
    );
    assert.include(visibleText(mentor.shadowRoot?.querySelector('[role="status"]')), `${number} 的帮教已全部完成`);

    // The public board: off the black list, no black badge.
    const black = (await (await fetch(`${api}/v1/villages/${demoVillage}/points/leaderboard?list=black&period=all&limit=200`)).json()) as {
      items: { householdId: string }[];
    };
    assert.notInclude(
      black.items.map((row) => row.householdId),
      householdId,
    );
    const all = (await (
      await fetch(`${api}/v1/villages/${demoVillage}/points/leaderboard?list=all&period=all&q=${encodeURIComponent(number)}`)
    ).json()) as { items: { householdId: string; badges: string[]; inMentoring?: boolean }[] };
    const row = all.items.find((one) => one.householdId === householdId);
    if (!row) throw new Error('the household is on the board');
    assert.notInclude(row.badges, 'black');
    assert.notOk(row.inMentoring);
  });

  it('the seeded plan keeps the quiet period it began with: its last milestone done, the household stays until the period ends', async () => {
    const mentor = await deskAs('gridWorker');
    await waitUntil(() => mentor.shadowRoot?.querySelector('[data-opener="done:mp-000001:m3"]'), 'the seeded plan', { timeout: 10_000 });
    const last = await markDone(mentor, 'mp-000001', 'm3', '连续一个月检查合格');
    assert.deepEqual(last, { planId: 'mp-000001', milestoneId: 'm3', delisted: false });
    await waitUntil(() => visibleText(mentor.shadowRoot?.querySelector('[data-plan="mp-000001"]')).includes('已完成 3 / 3'), 'all done', {
      timeout: 10_000,
    });
    assert.include(visibleText(mentor.shadowRoot?.querySelector('[data-plan="mp-000001"]')), '需 90 天');
  });
});
