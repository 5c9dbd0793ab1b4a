import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import {
  declarePointsEntry,
  findHouseholds,
  getHouseholdPoints,
  listPointsEntries,
  NetworkError,
  reviewPointsEntries,
  ruleOnObjection,
} from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/points-desk/define.js';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { clickFor, mountSignedOut, part, visibleText } from '../fixtures/mount.js';
import { serverRefusal } from '../fixtures/fake-client.js';
import { checkbox, entries, FakePointsDeskClient, mountDesk } from '../fixtures/points-desk-client.js';
import { describeDataWidget, type EmptyState } from '../fixtures/shared-states.js';

const shadow = (el: SzPointsDesk) => el.shadowRoot!;
const bodyOf = (client: FakePointsDeskClient, routeId: string, index = 0) => client.callsOf(routeId)[index]?.input.body ?? {};

/** The widget with nothing to show. */
const empty: EmptyState<FakePointsDeskClient> = {
  client: () => new FakePointsDeskClient([]),
  when: 'nothing awaits review',
  says: '没有等待您审核的积分申报',
};

describeDataWidget('<sz-points-desk>', { mount: mountDesk, route: listPointsEntries.id, empty }, () => {
  it("shows the grid worker's first-review queue with rule, points, household, day, evidence and note, and the household's record beside it", async () => {
    const client = new FakePointsDeskClient();
    const el = await mountDesk(client);
    assert.equal(part(el, 'title')?.textContent, '积分工作台');
    assert.include(visibleText(shadow(el).querySelector('.queue-title')), '待初审');
    assert.lengthOf(entries(el), 4);
    const first = visibleText(entries(el)[0]);
    for (const words of ['参加志愿服务', '+5 分', 'QS-001 张建国', '2026', '佐证材料 2 份', '参加村道清扫']) assert.include(first, words);
    assert.include(visibleText(entries(el)[1]), '无佐证材料');
    assert.include(visibleText(entries(el)[1]), '（无说明）');
    assert.include(visibleText(entries(el)[3]), '-2 分');
    assert.include(visibleText(entries(el)[2]), '需回避', 'a recused entry is flagged before anyone tries');
    // The queue asked for the caller's own step: no status, the server decides by role.
    assert.isUndefined(client.callsOf(listPointsEntries.id)[0]?.input.query?.status);
    await waitUntil(() => visibleText(part(el, 'history')).includes('当前积分 42'), "the first entry's household record");
    assert.equal(client.callsOf(getHouseholdPoints.id)[0]?.input.params?.householdId, 'h-01');
    assert.include(visibleText(part(el, 'history')), '庭院整洁');
    assert.include(visibleText(part(el, 'history')), '已生效');
    await expect(el).to.be.accessible();
  });

  it('without a staff token says who may use it, and asks the server nothing', async () => {
    const el = await mountSignedOut<SzPointsDesk>('sz-points-desk', { village: 'v-test-01' });
    assert.include(part(el, 'staff-only')?.textContent, '网格员');
    assert.include(part(el, 'staff-only')?.textContent, '村务监督委员会');
    assert.isNull(part(el, 'loading'));
    await expect(el).to.be.accessible();
  });

  it('a token the server refuses (a villager’s) gets the same explanation, not an error', async () => {
    const client = new FakePointsDeskClient();
    client.failNext(listPointsEntries.id, serverRefusal(listPointsEntries.id, 403, 'forbidden', '无权访问'));
    const el = await mountDesk(client, {}, (desk) => part(desk, 'staff-only') !== null);
    assert.isNull(part(el, 'error'));
  });

  it('is keyboard-first: arrows move, Space ticks, Shift+arrow ticks a run, one batch passes them all', async () => {
    const client = new FakePointsDeskClient();
    const el = await mountDesk(client);
    const first = checkbox(el, 'pe-0000001');
    first?.focus();
    assert.equal(first?.tabIndex, 0, 'the queue is one tab stop');
    assert.equal(checkbox(el, 'pe-0000002')?.tabIndex, -1);
    await sendKeys({ press: 'Space' });
    assert.isTrue(checkbox(el, 'pe-0000001')?.checked);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    assert.equal(shadow(el).activeElement, checkbox(el, 'pe-0000002'), 'ArrowDown moves to the next entry');
    assert.isFalse(checkbox(el, 'pe-0000002')?.checked, 'moving alone ticks nothing');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    assert.equal(shadow(el).activeElement, checkbox(el, 'pe-0000004'));
    assert.deepEqual(
      entries(el).map((row) => row.querySelector('input')?.checked),
      [true, true, true, true],
    );
    await waitUntil(() => visibleText(part(el, 'history')).includes('QS-004'), "the focused entry's household beside it");
    assert.include(visibleText(part(el, 'approve')), '初审通过（4 条）');
    const event = await clickFor(el, 'approve', 'sz-points-desk-review');
    assert.deepEqual(bodyOf(client, reviewPointsEntries.id), {
      entryIds: ['pe-0000001', 'pe-0000002', 'pe-0000003', 'pe-0000004'],
      action: 'passFirstReview',
    });
    assert.isString(client.callsOf(reviewPointsEntries.id)[0]?.idempotencyKey);
    assert.deepEqual(event.detail, {
      action: 'passFirstReview',
      entryIds: ['pe-0000001', 'pe-0000002', 'pe-0000003', 'pe-0000004'],
      refusedIds: [],
    });
    await waitUntil(() => part(el, 'empty') !== null, 'the queue refreshed: nothing left');
    assert.include(visibleText(part(el, 'results')), '4 条初审通过');
    assert.equal(shadow(el).activeElement, part(el, 'results'), 'focus moves to the results');
    assert.include(shadow(el).querySelector('[role="status"][aria-live="polite"]')?.textContent, '4 条初审通过');
    assert.isAtLeast(client.callsOf(listPointsEntries.id).length, 2);
  });

  it('a refused entry stays in the queue and the results say why (a recusal)', async () => {
    const client = new FakePointsDeskClient();
    client.refusals.set('pe-0000003', {
      status: 403,
      code: 'points.recusal.familyTie',
      title: '您与该户有亲属关系，须回避，请由其他工作人员审核。',
    });
    const el = await mountDesk(client);
    checkbox(el, 'pe-0000001')?.click();
    checkbox(el, 'pe-0000003')?.click();
    await el.updateComplete;
    part(el, 'approve')?.click();
    await waitUntil(() => part(el, 'refused') !== null, 'the refused entry');
    const refused = part(el, 'refused');
    assert.equal(refused?.dataset.entry, 'pe-0000003');
    assert.include(visibleText(refused), 'QS-003 王小明');
    assert.include(visibleText(refused), '须回避');
    assert.include(visibleText(part(el, 'results')), '1 条初审通过，1 条未能处理');
    await waitUntil(() => entries(el).length === 3, 'the passed entry left the queue');
    assert.isNotNull(checkbox(el, 'pe-0000003'), 'the refused one is still there');
    await expect(el).to.be.accessible();
  });

  it('sending back needs a reason: nothing is sent without one, and the reason goes with the batch', async () => {
    const client = new FakePointsDeskClient();
    const el = await mountDesk(client);
    checkbox(el, 'pe-0000002')?.click();
    await el.updateComplete;
    part(el, 'reject')?.click();
    await el.updateComplete;
    const reason = shadow(el).querySelector<HTMLTextAreaElement>('#reject-reason');
    assert.equal(shadow(el).activeElement, reason, 'focus moves to the reason');
    shadow(el).querySelector<HTMLButtonElement>('[part~="reject-form"] button[type="submit"]')?.click();
    await el.updateComplete;
    assert.lengthOf(client.callsOf(reviewPointsEntries.id), 0);
    assert.equal(reason?.getAttribute('aria-invalid'), 'true');
    assert.include(shadow(el).querySelector('#reject-error')?.textContent, '请填写退回理由');
    await expect(el).to.be.accessible();
    reason?.focus();
    await sendKeys({ type: '照片与事项不符' });
    await sendKeys({ press: 'Enter' });
    shadow(el).querySelector<HTMLButtonElement>('[part~="reject-form"] button[type="submit"]')?.click();
    await waitUntil(() => client.callsOf(reviewPointsEntries.id).length === 1, 'the batch');
    assert.deepEqual(bodyOf(client, reviewPointsEntries.id), { entryIds: ['pe-0000002'], action: 'reject', reason: '照片与事项不符' });
    await waitUntil(() => visibleText(part(el, 'results')).includes('1 条已退回'), 'the result');
  });

  it('a failed batch keeps the selection, shows the request id, and its retry reuses the Idempotency-Key', async () => {
    const client = new FakePointsDeskClient();
    client.failNext(reviewPointsEntries.id, new NetworkError(reviewPointsEntries.id, 'req-net-9', new TypeError('Failed to fetch')));
    const el = await mountDesk(client);
    checkbox(el, 'pe-0000001')?.click();
    await el.updateComplete;
    part(el, 'approve')?.click();
    await waitUntil(() => part(el, 'problem') !== null, 'the problem');
    assert.include(visibleText(part(el, 'problem')), 'req-net-9');
    assert.isTrue(checkbox(el, 'pe-0000001')?.checked, 'the selection stays');
    part(el, 'problem')?.querySelector('button')?.click();
    await waitUntil(() => part(el, 'results') !== null, 'the retried batch');
    const [firstTry, retry] = client.callsOf(reviewPointsEntries.id);
    assert.equal(retry?.idempotencyKey, firstTry?.idempotencyKey);
  });

  it('speaks English', async () => {
    const el = await mountDesk(new FakePointsDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Points desk');
    assert.include(visibleText(shadow(el).querySelector('.queue-title')), 'Awaiting first review');
    assert.include(visibleText(entries(el)[0]), 'Volunteer work');
    assert.include(visibleText(entries(el)[0]), '+5 points');
    assert.include(visibleText(part(el, 'approve')), 'Pass first review (0)');
  });

  it("a cadre's queue approves for public notice", async () => {
    const client = new FakePointsDeskClient(
      [
        {
          id: 'pe-0000005',
          householdId: 'h-05',
          householdNumber: 'QS-005',
          householdName: '周平',
          ruleCode: 'volunteer.activity',
          points: 5,
          occurredOn: '2026-11-18',
          recused: false,
          status: 'secondReview',
        },
      ],
      'secondReview',
    );
    const el = await mountDesk(client);
    assert.include(visibleText(shadow(el).querySelector('.queue-title')), '待审核');
    shadow(el).querySelector<HTMLInputElement>('[part~="select-all"]')?.click();
    await el.updateComplete;
    part(el, 'approve')?.click();
    await waitUntil(() => client.callsOf(reviewPointsEntries.id).length === 1, 'the batch');
    assert.equal(bodyOf(client, reviewPointsEntries.id).action, 'publicize');
    await waitUntil(() => visibleText(part(el, 'results')).includes('审核通过并进入公示'), 'the result');
  });
});

describe('<sz-points-desk> declaring for a household', () => {
  it('loads the form only when opened, finds the household, declares and submits it, then forgets it', async () => {
    const client = new FakePointsDeskClient();
    const el = await mountDesk(client);
    assert.isNull(part(el, 'declare-form'), 'not on the first screen');
    part(el, 'open-declare')?.click();
    await waitUntil(() => part(el, 'declare-form') !== null, 'the declare form');
    await el.updateComplete;
    part(el, 'declare-submit')?.click();
    await el.updateComplete;
    assert.lengthOf(client.callsOf(declarePointsEntry.id), 0, 'nothing is sent without a household and a rule');
    assert.equal(shadow(el).activeElement?.id, 'declare-q', 'focus goes to the first field with a problem');
    await sendKeys({ type: '张' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[data-household="h-11"]') !== null, 'the households found');
    assert.equal(client.callsOf(findHouseholds.id)[0]?.input.query?.q, '张');
    shadow(el).querySelector<HTMLButtonElement>('[data-household="h-11"]')?.click();
    await el.updateComplete;
    assert.include(visibleText(part(el, 'chosen-household')), 'QS-011 张丽');
    const select = shadow(el).querySelector<HTMLSelectElement>('#declare-rule');
    assert.notInclude(
      [...(select?.options ?? [])].map((option) => option.value),
      'old.rule',
      'inactive rules are not offered',
    );
    if (select) {
      select.value = 'env.tidyCourtyard';
      select.dispatchEvent(new Event('change'));
    }
    const note = shadow(el).querySelector<HTMLTextAreaElement>('#declare-note');
    if (note) {
      note.value = '院落打扫干净';
      note.dispatchEvent(new Event('input'));
    }
    await expect(el).to.be.accessible();
    const event = await clickFor(el, 'declare-submit', 'sz-points-desk-declare');
    assert.deepEqual(bodyOf(client, declarePointsEntry.id), {
      householdId: 'h-11',
      ruleCode: 'env.tidyCourtyard',
      occurredOn: '2026-11-29',
      note: '院落打扫干净',
    });
    assert.deepEqual(bodyOf(client, reviewPointsEntries.id), { entryIds: ['pe-000091'], action: 'submit' });
    assert.deepEqual(event.detail, { entryId: 'pe-000091', householdId: 'h-11' });
    await waitUntil(() => part(el, 'declare-receipt') !== null, 'the receipt');
    assert.include(visibleText(part(el, 'declare-receipt')), 'QS-011');
    assert.isNull(part(el, 'chosen-household'), 'the household is forgotten');
    assert.equal(shadow(el).querySelector<HTMLTextAreaElement>('#declare-note')?.value, '', 'the note is forgotten');
  });

  it('shows a field problem from the server next to its field and keeps what was typed', async () => {
    const client = new FakePointsDeskClient();
    client.failNext(
      declarePointsEntry.id,
      serverRefusal(declarePointsEntry.id, 400, 'validation', '请求有误', [
        { path: ['occurredOn'], code: 'points.entry.future', message: '发生日期不能晚于今天' },
      ]),
    );
    const el = await mountDesk(client);
    part(el, 'open-declare')?.click();
    await waitUntil(() => part(el, 'declare-form') !== null, 'the declare form');
    const q = shadow(el).querySelector<HTMLInputElement>('#declare-q');
    q?.focus();
    await sendKeys({ type: 'QS-001' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('[data-household="h-01"]') !== null, 'found');
    shadow(el).querySelector<HTMLButtonElement>('[data-household="h-01"]')?.click();
    const select = shadow(el).querySelector<HTMLSelectElement>('#declare-rule');
    if (select) {
      select.value = 'volunteer.activity';
      select.dispatchEvent(new Event('change'));
    }
    await el.updateComplete;
    part(el, 'declare-submit')?.click();
    await waitUntil(() => shadow(el).querySelector('#declare-day-error')?.textContent.includes('不能晚于今天') === true, 'the field issue');
    assert.equal(shadow(el).querySelector('#declare-day')?.getAttribute('aria-invalid'), 'true');
    assert.include(visibleText(part(el, 'chosen-household')), 'QS-001', 'the household is kept');
    assert.equal(shadow(el).querySelector<HTMLSelectElement>('#declare-rule')?.value, 'volunteer.activity');
  });
});

describe('<sz-points-desk> for the 村务监督委员会', () => {
  it('loads the objections panel, needs a written answer, and rules', async () => {
    const client = new FakePointsDeskClient([], 'publicized');
    const el = await mountDesk(client, {}, (desk) => part(desk, 'objection') !== null);
    assert.isNull(part(el, 'approve'), 'the supervisor reviews nothing');
    assert.include(visibleText(part(el, 'objection')), '该户当天不在村里');
    assert.include(visibleText(part(el, 'objection')), '孙*华');
    part(el, 'dismiss')?.click();
    await el.updateComplete;
    assert.lengthOf(client.callsOf(ruleOnObjection.id), 0);
    assert.include(shadow(el).querySelector('[part~="objection"] .field-error')?.textContent, '请写下答复');
    await expect(el).to.be.accessible();
    const answer = shadow(el).querySelector<HTMLTextAreaElement>('[part~="objection"] textarea');
    answer?.focus();
    await sendKeys({ type: '经核实，该户当天参加了清扫' });
    const event = await clickFor(el, 'dismiss', 'sz-points-desk-ruling');
    assert.deepEqual(bodyOf(client, ruleOnObjection.id), {
      objectionId: 'pe-0000009.o1',
      outcome: 'dismiss',
      answer: '经核实，该户当天参加了清扫',
    });
    assert.deepEqual(event.detail, { objectionId: 'pe-0000009.o1', entryId: 'pe-0000009', outcome: 'dismiss' });
    await waitUntil(() => part(el, 'empty') !== null, 'no objections left');
  });
});
