import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { declareFamilyTies, findHouseholds, listFamilyTies, listPointsEntries, NetworkError, transitionPointsEntry } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import { part, visibleText } from '../fixtures/mount.js';
import { serverRefusal } from '../fixtures/fake-client.js';
import { checkbox, entries, mountDesk } from '../fixtures/points-desk-client.js';
import { FakeStaffDeskClient, manyEntries } from '../fixtures/points-desk-staff-client.js';

const shadow = (el: SzPointsDesk) => el.shadowRoot!;
const live = (el: SzPointsDesk) => shadow(el).querySelector('[role="status"][aria-live="polite"]')?.textContent ?? '';
const revokeEntry = (el: SzPointsDesk, entryId: string) =>
  shadow(el).querySelector<HTMLElement>(`[part~="revoke-entry"][data-entry="${entryId}"]`);

/** A cadre's desk (the server answers a cadre's token with the 审核 queue). */
function cadreClient(): FakeStaffDeskClient {
  return new FakeStaffDeskClient(
    manyEntries(2, 'secondReview').map((one, i) => (i === 0 ? { ...one, householdId: 'h-01', householdNumber: 'QS-001' } : one)),
    'secondReview',
  );
}

/** Types `text` into a panel's search field (`#<field>`), presses Enter and chooses household `id` among those found. */
async function findAndChoose(el: SzPointsDesk, panel: string, field: string, text: string, id: string): Promise<void> {
  await waitUntil(() => shadow(el).querySelector(`#${field}`), 'the search field');
  shadow(el).querySelector<HTMLInputElement>(`#${field}`)?.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  const found = () => shadow(el).querySelector<HTMLButtonElement>(`[part~="${panel}"] [data-household="${id}"]`);
  await waitUntil(found, `${id} found`);
  found()?.click();
}

/** Opens the revocation panel, finds 张建国's household by typing and Enter, and chooses it. */
async function openRevokeFor(el: SzPointsDesk): Promise<void> {
  part(el, 'open-revoke')?.click();
  await findAndChoose(el, 'revoke-panel', 'revoke-q', 'QS-001', 'h-01');
  await waitUntil(() => revokeEntry(el, 'pe-0000102'), "the household's effective entries");
}

async function typeReason(el: SzPointsDesk, text: string): Promise<void> {
  const reason = shadow(el).querySelector<HTMLTextAreaElement>('#revoke-reason');
  reason?.focus();
  if (reason) reason.select();
  await sendKeys({ type: text });
}

describe('<sz-points-desk> revocation (cadres)', () => {
  freshDeviceForEach();

  it('is offered to a cadre only: a grid worker sees the family ties, not the revocation', async () => {
    const grid = await mountDesk(new FakeStaffDeskClient());
    assert.isNull(part(grid, 'open-revoke'), "a grid worker's desk has no revocation");
    assert.isNotNull(part(grid, 'open-family-ties'));
    const cadre = await mountDesk(cadreClient());
    assert.include(visibleText(part(cadre, 'open-revoke')), '撤销积分');
    assert.equal(part(cadre, 'open-revoke')?.getAttribute('aria-expanded'), 'false');
    assert.isNull(part(cadre, 'revoke-panel'), 'loaded only when opened');
  });

  it('the supervisor may declare family ties (rulings are recused too) but not revoke', async () => {
    const el = await mountDesk(new FakeStaffDeskClient(undefined, 'publicized'), {}, (desk) => part(desk, 'objection') !== null);
    assert.isNull(part(el, 'open-revoke'));
    part(el, 'open-family-ties')?.click();
    await waitUntil(() => part(el, 'ties-why'), 'the family ties on the supervisor desk');
    assert.isNotNull(part(el, 'objections'), 'the objections stay');
    await expect(el).to.be.accessible();
  });

  it('finds the household, asks a reason and a confirmation, revokes with one key, announces it and shows the entry revoked', async () => {
    const client = cadreClient();
    const el = await mountDesk(client);
    await openRevokeFor(el);
    assert.equal(client.callsOf(findHouseholds.id)[0]?.input.query?.q, 'QS-001');
    const panel = part(el, 'revoke-panel');
    assert.include(visibleText(panel), 'QS-001 张建国');
    // Effective and revoked entries are listed (newest first); a rejected one is not.
    assert.deepEqual(
      [...shadow(el).querySelectorAll<HTMLElement>('[part~="revoke-entry"]')].map((one) => one.dataset.entry),
      ['pe-0000102', 'pe-0000100', 'pe-0000103'],
    );
    assert.include(visibleText(revokeEntry(el, 'pe-0000103')), '已撤销');
    assert.isNull(revokeEntry(el, 'pe-0000103')?.querySelector('[part~="revoke"]'), 'a revoked entry cannot be revoked again');

    revokeEntry(el, 'pe-0000102')?.querySelector<HTMLButtonElement>('[part~="revoke"]')?.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'revoke-reason', 'focus in the reason');
    // No reason, then a too short one: nothing is sent, the field says why.
    part(el, 'revoke-next')?.click();
    await el.updateComplete;
    const reason = shadow(el).querySelector<HTMLTextAreaElement>('#revoke-reason');
    assert.equal(reason?.getAttribute('aria-invalid'), 'true');
    assert.include(visibleText(shadow(el).querySelector('#revoke-reason-error')), '至少 4 个字');
    await typeReason(el, '重复');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(reason?.getAttribute('aria-invalid'), 'true');
    assert.isNull(part(el, 'revoke-confirm'));
    assert.lengthOf(client.callsOf(transitionPointsEntry.id), 0);

    await typeReason(el, '与 11 月另一条重复登记，经核实撤销');
    part(el, 'revoke-next')?.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'revoke-confirm-title', 'focus on the confirmation');
    assert.include(visibleText(part(el, 'revoke-confirm')), '参加志愿服务');
    assert.include(visibleText(part(el, 'revoke-confirm')), '公示栏公示');
    assert.lengthOf(client.callsOf(transitionPointsEntry.id), 0, 'nothing is sent before the confirmation');
    await expect(el).to.be.accessible();

    part(el, 'revoke-confirm-button')?.click();
    await waitUntil(() => part(el, 'revoke-receipt'), 'the receipt');
    const [call] = client.callsOf(transitionPointsEntry.id);
    assert.deepEqual(call?.input.params, { villageId: 'v-test-01', entryId: 'pe-0000102' });
    assert.deepEqual(call?.input.body, { action: 'revoke', reason: '与 11 月另一条重复登记，经核实撤销' });
    assert.isString(call?.idempotencyKey);
    assert.include(visibleText(part(el, 'revoke-receipt')), '公示 7 天');
    assert.include(live(el), '已撤销 QS-001 的一条积分');
    await waitUntil(() => visibleText(revokeEntry(el, 'pe-0000102')).includes('已撤销'), 'the entry shows as revoked');
    assert.isNull(revokeEntry(el, 'pe-0000102')?.querySelector('[part~="revoke"]'));
    await waitUntil(() => shadow(el).activeElement === part(el, 'revoke-receipt'), 'focus on the receipt');
    assert.isNull(shadow(el).querySelector('#revoke-reason'), 'the reason is forgotten after sending');
    await expect(el).to.be.accessible();
  });

  it("shows the server's problem with the reason at the field, keeps what was typed, and a refusal with its request id; a retry keeps the key", async () => {
    const client = cadreClient();
    const el = await mountDesk(client);
    await openRevokeFor(el);
    revokeEntry(el, 'pe-0000100')?.querySelector<HTMLButtonElement>('[part~="revoke"]')?.click();
    await waitUntil(() => shadow(el).querySelector('#revoke-reason'), 'the reason');
    await typeReason(el, '登记的日期有误');
    client.failNext(
      transitionPointsEntry.id,
      serverRefusal(transitionPointsEntry.id, 422, 'points.transition.reasonRequired', '请求有误', [
        { path: ['reason'], code: 'points.transition.reasonRequired', message: '撤销须写明理由。' },
      ]),
    );
    part(el, 'revoke-next')?.click();
    await waitUntil(() => part(el, 'revoke-confirm-button'), 'the confirmation');
    part(el, 'revoke-confirm-button')?.click();
    await waitUntil(
      () => visibleText(shadow(el).querySelector('#revoke-reason-error')).includes('撤销须写明理由'),
      "the server's words at the field",
    );
    assert.equal(shadow(el).activeElement?.id, 'revoke-reason');
    assert.equal(shadow(el).querySelector<HTMLTextAreaElement>('#revoke-reason')?.value, '登记的日期有误', 'what was typed stays');

    client.failNext(
      transitionPointsEntry.id,
      serverRefusal(transitionPointsEntry.id, 403, 'points.recusal.familyTie', '您与该户有亲属关系，须回避。'),
    );
    part(el, 'revoke-next')?.click();
    await waitUntil(() => part(el, 'revoke-confirm-button'), 'the confirmation again');
    part(el, 'revoke-confirm-button')?.click();
    await waitUntil(() => part(el, 'revoke-problem'), 'the refusal');
    assert.include(visibleText(part(el, 'revoke-problem')), '须回避');
    assert.include(visibleText(part(el, 'revoke-problem')), 'req-403');
    assert.equal(shadow(el).activeElement, part(el, 'revoke-problem'));
    part(el, 'revoke-confirm-button')?.click();
    await waitUntil(() => part(el, 'revoke-receipt'), 'the retry went through');
    const [, refused, retried] = client.callsOf(transitionPointsEntry.id);
    assert.equal(retried?.idempotencyKey, refused?.idempotencyKey, 'the same attempt keeps its key');
  });

  it('speaks English and works in 长辈版', async () => {
    const el = await mountDesk(cadreClient(), { locale: 'en', elder: '' });
    assert.include(visibleText(part(el, 'open-revoke')), 'Revoke an entry');
    await openRevokeFor(el);
    assert.include(visibleText(part(el, 'revoke-panel')), 'Revoke an effective entry');
    assert.include(visibleText(revokeEntry(el, 'pe-0000102')), 'Volunteer work');
    const button = revokeEntry(el, 'pe-0000102')?.querySelector<HTMLButtonElement>('[part~="revoke"]');
    assert.include(visibleText(button), 'Revoke');
    assert.isAtLeast(button?.getBoundingClientRect().height ?? 0, 59, '60 px targets in 长辈版');
    await expect(el).to.be.accessible();
  });
});

describe('<sz-points-desk> family ties (回避申报)', () => {
  freshDeviceForEach();

  it('lists the declared ties, says why, declares one more and the queue marks that household recused', async () => {
    const client = new FakeStaffDeskClient();
    client.ties = ['h-03'];
    const el = await mountDesk(client);
    assert.isNotOk(visibleText(entries(el)[0]).includes('需回避'), 'not recused before the declaration');
    part(el, 'open-family-ties')?.click();
    await waitUntil(() => visibleText(part(el, 'ties')).includes('QS-003 王小明'), 'the declared ties, named');
    assert.equal(client.callsOf(listFamilyTies.id).length, 1);
    assert.include(visibleText(part(el, 'ties-why')), '人情分');
    assert.include(visibleText(part(el, 'ties-why')), '不能审核');
    // Nothing chosen: the search field says so.
    part(el, 'ties-submit')?.click();
    await waitUntil(() => shadow(el).activeElement?.id === 'ties-q', 'focus to the search');
    assert.equal(shadow(el).querySelector('#ties-q')?.getAttribute('aria-invalid'), 'true');
    assert.lengthOf(client.callsOf(declareFamilyTies.id), 0);
    await findAndChoose(el, 'family-ties', 'ties-q', '张建国', 'h-01');
    await waitUntil(() => shadow(el).activeElement === part(el, 'ties-submit'), 'focus to the button');
    assert.include(visibleText(part(el, 'chosen-household')), 'QS-001 张建国');
    await expect(el).to.be.accessible();
    const queueReads = client.callsOf(listPointsEntries.id).length;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'ties-receipt'), 'the receipt');
    const [call] = client.callsOf(declareFamilyTies.id);
    assert.deepEqual(call?.input.body, { householdIds: ['h-01'] });
    assert.isString(call?.idempotencyKey);
    assert.include(live(el), '已申报与 QS-001 的亲属关系');
    await waitUntil(() => visibleText(part(el, 'ties')).includes('QS-001 张建国'), 'the new tie listed');
    await waitUntil(() => client.callsOf(listPointsEntries.id).length > queueReads, 'the queue reloaded');
    await waitUntil(() => visibleText(entries(el)[0]).includes('需回避'), "that household's entry is marked recused");
    assert.isNull(part(el, 'chosen-household'), 'the chosen household is forgotten');
  });

  it('shows a failed declaration with its request id, keeps the choice, and retries with the same key', async () => {
    const client = new FakeStaffDeskClient();
    const el = await mountDesk(client, { locale: 'en' });
    part(el, 'open-family-ties')?.click();
    await waitUntil(() => part(el, 'ties-why'), 'the panel');
    assert.include(visibleText(part(el, 'family-ties')), 'Family ties (recusal)');
    assert.include(visibleText(part(el, 'ties-why')), 'favouritism');
    await waitUntil(() => visibleText(part(el, 'family-ties')).includes('You have not declared any family tie'), 'none yet');
    await findAndChoose(el, 'family-ties', 'ties-q', 'QS-011', 'h-11');
    await el.updateComplete;
    client.failNext(declareFamilyTies.id, new NetworkError(declareFamilyTies.id, 'req-net', new TypeError('Failed to fetch')));
    part(el, 'ties-submit')?.click();
    await waitUntil(() => part(el, 'ties-problem'), 'the problem');
    assert.include(visibleText(part(el, 'ties-problem')), 'req-net');
    assert.include(visibleText(part(el, 'chosen-household')), 'QS-011', 'the choice stays');
    await expect(el).to.be.accessible();
    part(el, 'ties-submit')?.click();
    await waitUntil(() => part(el, 'ties-receipt'), 'the retry');
    const [first, retry] = client.callsOf(declareFamilyTies.id);
    assert.equal(retry?.idempotencyKey, first?.idempotencyKey);
  });

  it('a household outside the village: the server’s issue is shown at the household', async () => {
    const client = new FakeStaffDeskClient();
    const el = await mountDesk(client, { elder: '' });
    part(el, 'open-family-ties')?.click();
    await waitUntil(() => shadow(el).querySelector('#ties-q'), 'the panel');
    await findAndChoose(el, 'family-ties', 'ties-q', '张', 'h-11');
    client.failNext(
      declareFamilyTies.id,
      serverRefusal(declareFamilyTies.id, 422, 'points.familyTie.householdNotInVillage', '该户不属于本村', [
        { path: ['householdIds', 0], code: 'points.familyTie.householdNotInVillage', message: '该户不属于本村。' },
      ]),
    );
    await el.updateComplete;
    part(el, 'ties-submit')?.click();
    await waitUntil(() => visibleText(shadow(el).querySelector('#ties-household-error')).includes('该户不属于本村'), 'the issue');
    assert.isNull(part(el, 'ties-problem'));
    await expect(el).to.be.accessible();
  });
});

describe('<sz-points-desk> queue paging (加载更多)', () => {
  freshDeviceForEach();

  it('appends the next page by keyboard, announces it, moves the roving focus there and keeps the selection', async () => {
    const client = new FakeStaffDeskClient(manyEntries(7));
    client.pageLimit = 3;
    const el = await mountDesk(client);
    assert.lengthOf(entries(el), 3);
    checkbox(el, 'pe-1000001')?.focus();
    await sendKeys({ press: 'Space' });
    assert.isTrue(checkbox(el, 'pe-1000001')?.checked);
    part(el, 'load-more')?.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => entries(el).length === 6, 'the second page appended');
    const second = client.callsOf(listPointsEntries.id).at(-1);
    assert.equal(second?.input.query?.cursor, '3');
    assert.equal(second?.input.query?.status, 'firstReview');
    assert.include(live(el), '又加载了 3 条');
    await waitUntil(() => shadow(el).activeElement === checkbox(el, 'pe-1000004'), 'focus on the first new entry');
    assert.equal(checkbox(el, 'pe-1000004')?.tabIndex, 0, 'still one tab stop');
    assert.equal(checkbox(el, 'pe-1000001')?.tabIndex, -1);
    assert.isTrue(checkbox(el, 'pe-1000001')?.checked, 'the selection stays');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    assert.equal(shadow(el).activeElement, checkbox(el, 'pe-1000005'));
    assert.isTrue(checkbox(el, 'pe-1000005')?.checked, 'Shift+arrow ticks across the pages');
    assert.include(visibleText(part(el, 'approve')), '（3 条）');
    await expect(el).to.be.accessible();
    part(el, 'load-more')?.click();
    await waitUntil(() => entries(el).length === 7, 'the last page');
    assert.isNull(part(el, 'load-more'), 'nothing more to load');
    shadow(el).querySelector<HTMLInputElement>('[part~="select-all"]')?.click();
    await el.updateComplete;
    assert.include(visibleText(part(el, 'approve')), '（7 条）', 'select all covers every loaded page');
  });

  it('a page that fails says why with the request id, and the same button tries again', async () => {
    const client = new FakeStaffDeskClient(manyEntries(5));
    client.pageLimit = 3;
    const el = await mountDesk(client, { locale: 'en' });
    assert.include(visibleText(part(el, 'load-more')), 'Load more');
    client.failNext(listPointsEntries.id, new NetworkError(listPointsEntries.id, 'req-more', new TypeError('Failed to fetch')));
    part(el, 'load-more')?.click();
    await waitUntil(() => part(el, 'more-problem'), 'the problem');
    assert.include(visibleText(part(el, 'more-problem')), 'req-more');
    assert.lengthOf(entries(el), 3, 'what was shown stays');
    part(el, 'load-more')?.click();
    await waitUntil(() => entries(el).length === 5, 'the retry');
    assert.isNull(part(el, 'more-problem'));
    assert.include(live(el), '2 more loaded');
  });
});
