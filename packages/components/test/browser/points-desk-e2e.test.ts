import { assert, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/points-desk/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { demoToken, demoVillage, mountAs, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';
import { checkbox } from '../fixtures/points-desk-client.js';
import { choose as chooseFiles, pngFile } from '../fixtures/attachment-client.js';
import { openPhoto } from '../fixtures/attachment-e2e.js';

/** Part of the numbers of seeded households of the demo village that the other end-to-end tests leave alone. */
const householdNumber = '101201-0002';

async function deskAs(role: string): Promise<SzPointsDesk> {
  const ready = {
    when: (el: SzPointsDesk) => part(el, 'approve') ?? part(el, 'empty') ?? part(el, 'objections'),
    what: `the ${role}'s desk`,
  };
  return (await mountAs(role, 'sz-points-desk', {}, ready)).el;
}

async function approve(el: SzPointsDesk, entryId: string, done: string): Promise<void> {
  await waitUntil(() => checkbox(el, entryId), `${entryId} in the queue`, { timeout: 10_000 });
  checkbox(el, entryId)?.click();
  await el.updateComplete;
  const reviewed = oneEvent(el, 'sz-points-desk-review');
  part(el, 'approve')?.click();
  const { detail } = (await reviewed) as CustomEvent<SzEventDetails['sz-points-desk-review']>;
  assert.deepEqual(detail.entryIds, [entryId]);
  assert.deepEqual(detail.refusedIds, []);
  await waitUntil(() => visibleText(part(el, 'results')).includes(done), 'the result', { timeout: 10_000 });
  await waitUntil(() => checkbox(el, entryId) === null, 'the entry left this queue', { timeout: 10_000 });
}

/** A desk that has `role`'s demo token before its first paint (never the signed-out words in between). */
async function deskWithToken(role: string): Promise<SzPointsDesk> {
  const token = demoToken(role);
  assert.isDefined(token, `the server issued a ${role} token`);
  const el = document.createElement('sz-points-desk');
  el.setAttribute('api-base', window.__SZ_API__ ?? 'http://127.0.0.1:9');
  el.setAttribute('village', demoVillage);
  el.getToken = () => token;
  const parent = await fixture<HTMLElement>(html`<div></div>`);
  parent.append(el);
  await el.updateComplete;
  return el;
}

describe('<sz-points-desk> against the reference server', function () {
  const api = useReferenceServer(this, 60_000);

  it('gives a villager the household’s own side, not the staff-only words', async () => {
    const el = await deskWithToken('villager');
    await waitUntil(() => part(el, 'villager-declare') && (part(el, 'own-entries') ?? part(el, 'empty')), "the household's side", {
      timeout: 15_000,
    });
    assert.isNull(part(el, 'staff-only'), 'a villager is not told the desk is for staff only');
    assert.isNull(part(el, 'queue'), 'a villager gets no review queue');
    assert.isNull(part(el, 'approve'));
    assert.isNotNull(el.shadowRoot?.querySelector('#villager-files'), "the household's declaration takes evidence");
    await expect(el).to.be.accessible();
  });

  it('explains who may use it to a signed-out visitor and to a signed-in user who is neither staff nor villager', async () => {
    const visitor = await mountLive<SzPointsDesk>('sz-points-desk', { village: demoVillage });
    assert.include(
      visibleText(part(visitor, 'staff-only')),
      '工作人员账号',
      'without a token the desk asks nothing and says who may use it',
    );
    assert.isNull(part(visitor, 'loading'), 'no request is on its way');
    // The mediator's token is there from the start, so the words can only come from the server's answers (the queue's
    // 403, then the household route's 403), not from a desk still waiting for its token.
    const mediator = await deskWithToken('mediator');
    assert.isNull(part(mediator, 'staff-only'), 'nothing is said before the server answers');
    await waitUntil(() => part(mediator, 'staff-only'), 'the explanation after the answers', { timeout: 15_000 });
    assert.isNull(part(mediator, 'queue'));
    assert.isNull(part(mediator, 'villager-declare'), 'a mediator gets no household form');
  });

  it('the grid worker declares and passes a first review, the cadre approves, and the entry goes under notice', async () => {
    const grid = await deskAs('gridWorker');
    assert.include(visibleText(grid.shadowRoot?.querySelector('.queue-title')), '待初审');
    part(grid, 'open-declare')?.click();
    await waitUntil(() => grid.shadowRoot?.querySelector('#declare-q'), 'the declare form', { timeout: 10_000 });
    grid.shadowRoot?.querySelector<HTMLInputElement>('#declare-q')?.focus();
    await sendKeys({ type: householdNumber });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => grid.shadowRoot?.querySelector('[data-household]'), 'the household found', { timeout: 10_000 });
    const found = grid.shadowRoot?.querySelector<HTMLButtonElement>('[data-household]');
    assert.include(visibleText(found), householdNumber);
    assert.notMatch(visibleText(found), /\*/u, 'staff see the registered name');
    found?.click();
    await grid.updateComplete;
    const select = grid.shadowRoot?.querySelector<HTMLSelectElement>('#declare-rule');
    const positive = [...(select?.options ?? [])].find((option) => option.value !== '' && option.textContent.includes('+'));
    assert.isDefined(positive, 'the village has a rule that adds points');
    if (select) {
      select.value = positive.value;
      select.dispatchEvent(new Event('change'));
    }
    // With a photo of the good deed as evidence (purpose `points-evidence`), uploaded as it is chosen.
    chooseFiles(grid.shadowRoot?.querySelector<HTMLInputElement>('#declare-files'), await pngFile('好人好事.png'));
    await waitUntil(() => grid.shadowRoot?.querySelector('[part~="attachment"][data-state="done"]'), 'the photo uploaded', {
      timeout: 10_000,
    });
    const declared = oneEvent(grid, 'sz-points-desk-declare');
    part(grid, 'declare-submit')?.click();
    const { detail } = (await declared) as CustomEvent<SzEventDetails['sz-points-desk-declare']>;
    const entryId = detail.entryId;
    await waitUntil(() => part(grid, 'declare-receipt'), 'the receipt', { timeout: 10_000 });
    await approve(grid, entryId, '条初审通过');
    await expect(grid).to.be.accessible();

    const cadre = await deskAs('cadre');
    assert.include(visibleText(cadre.shadowRoot?.querySelector('.queue-title')), '待审核');
    // The cadre judges it with its evidence: the entry in hand, its photo opened from the bytes read with the token.
    await waitUntil(() => checkbox(cadre, entryId), `${entryId} in the queue`, { timeout: 10_000 });
    checkbox(cadre, entryId)?.focus();
    await waitUntil(() => visibleText(part(cadre, 'open-evidence')).includes('1 份'), 'the evidence offered', { timeout: 10_000 });
    part(cadre, 'open-evidence')?.click();
    await openPhoto(cadre.shadowRoot!, '[part~="evidence"]');
    await expect(cadre).to.be.accessible();
    await approve(cadre, entryId, '审核通过并进入公示');

    const response = await fetch(`${api}/v1/villages/${demoVillage}/points/notices?limit=200`);
    const board = (await response.json()) as { items: { entryId: string; kind: string }[] };
    assert.isTrue(
      board.items.some((one) => one.entryId === entryId && one.kind === 'entry'),
      'the entry is on the public 公示 board',
    );
  });
});
