import { aTimeout, assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { listPointsNotices } from '@shanzhi/sdk';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { SzPointsNotice } from '../../src/points-notice/sz-points-notice.js';
import { FakePointsNoticeClient, mountNotice, notice, noticesOf } from '../fixtures/points-notice-client.js';
import { mountSignedOut, part, visibleText } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState } from '../fixtures/shared-states.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakePointsNoticeClient> = {
  client: () => new FakePointsNoticeClient([]),
  when: 'nothing is under notice',
  says: '目前没有正在公示的积分',
};

const pageNumber = (el: SzPointsNotice) => part(el, 'page-number')?.textContent.trim();
const many = (n: number) => Array.from({ length: n }, (_, i) => notice(i + 1));

describeDataWidget('<sz-points-notice> board', { mount: mountNotice, route: listPointsNotices.id, empty }, () => {
  it('shows each notice with its masked name, rule, points, period and days left, and passes axe', async () => {
    const el = await mountNotice();
    const [first, objected, lastDay, revocation] = noticesOf(el).map((one) => visibleText(one));
    assert.include(first, '赵*荣');
    assert.include(first, '孝老爱亲事迹突出');
    assert.include(first, '+10 分');
    assert.include(first, '长期照料卧床老人');
    assert.include(first, '2026年11月29日 至 2026年12月5日');
    assert.include(first, '还剩 7 天');
    assert.include(objected, '异议处理中');
    assert.include(lastDay, '今天是最后一天');
    assert.include(revocation, '撤销公示');
    assert.include(revocation, '撤销 −5 分');
    assert.include(revocation, '撤销原因：经核实为误记');
    assert.equal(part(el, 'title')?.textContent, '积分公示');
    assert.equal(part(el, 'list')?.getAttribute('aria-label'), '共 4 条公示');
    // Only entries under notice can be objected to; the revocation cannot.
    assert.lengthOf(el.shadowRoot?.querySelectorAll('[part~="object"]') ?? [], 3);
    await expect(el).to.be.accessible();
  });

  it('never shows who objected, nor a household number', async () => {
    const el = await mountNotice();
    const text = el.shadowRoot?.textContent ?? '';
    assert.notInclude(text, '101201-');
    assert.equal(part(el, 'objected')?.textContent.trim(), '异议处理中');
  });

  it('pages with "load more" like the other boards, on the cursor the server gave', async () => {
    const client = new FakePointsNoticeClient(many(25));
    const el = await mountNotice(client);
    assert.lengthOf(noticesOf(el), 20);
    part(el, 'more')?.click();
    await waitUntil(() => noticesOf(el).length === 25, 'the second page');
    assert.equal(client.callsOf(listPointsNotices.id)[1]?.input.query?.cursor, '20');
    assert.isNull(part(el, 'more'), 'no more pages');
  });

  it('speaks English', async () => {
    const el = await mountNotice(new FakePointsNoticeClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Points notice');
    assert.equal(part(el, 'list')?.getAttribute('aria-label'), '4 notices');
    const first = visibleText(noticesOf(el)[0]);
    assert.include(first, 'Outstanding care for elders');
    assert.include(first, '+10 points');
    assert.include(first, '7 days left');
    assert.include(visibleText(noticesOf(el)[1]), 'Objection being handled');
    assert.equal(part(el, 'object')?.getAttribute('aria-label'), 'Object to “赵*荣 · Outstanding care for elders”');
  });

  it('is operated by keyboard: Tab reaches "my objections" and each entry\'s "object" button', async () => {
    const el = await mountNotice();
    const controls = part(el, 'elder-controls')?.querySelectorAll('button');
    controls?.[controls.length - 1]?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, part(el, 'view-switch'));
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, part(el, 'object'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'form-title', 'focus on the form heading');
  });

  it('explains who may object and how when the viewer is not signed in, with no object buttons', async () => {
    const el = await mountSignedOut<SzPointsNotice>('sz-points-notice', { village: 'v-test-01' });
    assert.include(part(el, 'help')?.textContent, '本村村民在公示期内可以对公示的积分提出异议');
    assert.isNull(part(el, 'object'));
    assert.isNull(part(el, 'view-switch'));
  });
});

describe('<sz-points-notice display="board">', () => {
  clearStorageBeforeEach(localStorage);

  it('turns its pages by itself with large type, and the pause button stops it', async () => {
    const el = await mountNotice(new FakePointsNoticeClient(many(10)), { display: 'board', 'board-interval': '0.1' });
    assert.lengthOf(noticesOf(el), 4, 'one screen of notices');
    assert.isNull(part(el, 'object'), 'no objection on the TV board');
    assert.equal(pageNumber(el), '第 1 / 3 页');
    await waitUntil(() => pageNumber(el) === '第 2 / 3 页', 'the next page by itself');
    const pause = part(el, 'pause');
    assert.equal(pause?.getAttribute('aria-pressed'), 'false');
    pause?.click();
    await el.updateComplete;
    const held = pageNumber(el);
    await aTimeout(400);
    assert.equal(pageNumber(el), held, 'paused');
    assert.equal(part(el, 'pause')?.getAttribute('aria-pressed'), 'true');
    await expect(el).to.be.accessible();
  });

  it('never turns pages by itself in 长辈版, and says how to turn them', async () => {
    const el = await mountNotice(new FakePointsNoticeClient(many(10)), { display: 'board', 'board-interval': '0.1', elder: '' });
    assert.isNull(part(el, 'pause'));
    assert.include(part(el, 'board-controls')?.textContent, '长辈版不自动翻页');
    await aTimeout(400);
    assert.equal(pageNumber(el), '第 1 / 3 页');
    el.shadowRoot?.querySelector<HTMLButtonElement>('.next-page')?.click();
    await el.updateComplete;
    assert.equal(pageNumber(el), '第 2 / 3 页');
    await expect(el).to.be.accessible();
  });

  it('never turns pages by itself when the device asks for reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await mountNotice(new FakePointsNoticeClient(many(10)), { display: 'board', 'board-interval': '0.1' });
      assert.isNull(part(el, 'pause'));
      assert.include(part(el, 'board-controls')?.textContent, '已按设备设置停止自动翻页');
      await aTimeout(400);
      assert.equal(pageNumber(el), '第 1 / 3 页');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('loads the next notices when a board page goes past the loaded ones', async () => {
    const client = new FakePointsNoticeClient(many(10));
    client.pageLength = 4;
    const el = await mountNotice(client, { display: 'board', elder: '' });
    el.shadowRoot?.querySelector<HTMLButtonElement>('.next-page')?.click();
    await waitUntil(() => noticesOf(el).length === 4 && visibleText(noticesOf(el)[0]).includes('王*5'), 'page 2 from the second request');
    assert.isAtLeast(client.callsOf(listPointsNotices.id).length, 2);
  });
});
