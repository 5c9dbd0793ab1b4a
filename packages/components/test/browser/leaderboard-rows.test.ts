import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { FakeClient } from '../fixtures/leaderboard-client.js';
import { bodyRows, framesRunning, mountLeaderboard, part, shadowText, visibleText } from '../fixtures/leaderboard-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

function cell(row: HTMLElement, name: string): HTMLElement {
  const found = row.querySelector<HTMLElement>(`[part~="${name}"]`);
  if (!found) throw new Error(`no ${name} cell`);
  return found;
}

describe('<sz-points-leaderboard> rows', () => {
  clearStorageBeforeEach(localStorage);

  it('shows tied households with the same rank, and says 并列 to screen readers', async () => {
    const { el } = await mountLeaderboard();
    const rows = bodyRows(el);
    const ranks = rows.slice(0, 5).map((row) => visibleText(cell(row, 'rank')));
    assert.deepEqual(ranks, ['1', '2', '2', '4', '4']);
    assert.include(cell(rows[1]!, 'rank').textContent, '并列第2名');
    assert.include(cell(rows[2]!, 'rank').textContent, '并列第2名');
    assert.include(cell(rows[0]!, 'rank').textContent, '第1名');
    assert.notInclude(cell(rows[0]!, 'rank').textContent, '并列');
  });

  it('shows names exactly as the API publishes them, and no phone- or ID-like digit runs', async () => {
    const { el, client } = await mountLeaderboard();
    const rows = bodyRows(el);
    for (const [index, row] of rows.entries()) {
      const given = client.rows[index]!;
      assert.equal(row.querySelector('.name')?.textContent, given.name, `row ${String(index)}`);
    }
    assert.include(visibleText(rows[0]), '张*明');
    assert.include(visibleText(rows[2]), '李*');
    const text = shadowText(el);
    assert.notMatch(text, /\d{7,}/, 'no run of seven or more digits (phones are 11, resident IDs 18)');
    assert.notMatch(text, /1[3-9]\d{9}/);
  });

  it('exposes an ARIA table: row count, row indexes, headers, one tabbable row', async () => {
    const { el } = await mountLeaderboard();
    const table = part(el, 'table')!;
    assert.equal(table.getAttribute('role'), 'table');
    assert.equal(table.getAttribute('aria-rowcount'), '31', '30 households + the header row');
    assert.lengthOf(table.querySelectorAll('[role="columnheader"]'), 5);
    const rows = bodyRows(el);
    assert.lengthOf(rows, 30);
    assert.deepEqual(
      rows.slice(0, 3).map((row) => row.getAttribute('aria-rowindex')),
      ['2', '3', '4'],
    );
    assert.lengthOf(
      rows.filter((row) => row.tabIndex === 0),
      1,
    );
    assert.equal(rows[0]!.tabIndex, 0);
    assert.isTrue(
      rows.every((row) => row.querySelectorAll('[role="cell"]').length === 5),
      'five cells per row',
    );
  });

  it("announces the filtered list's size as its row count, from the server's total", async () => {
    const client = new FakeClient({ households: 400 });
    const { el } = await mountLeaderboard({ client, attrs: { list: 'black', 'page-size': '20' } });
    const black = client.rows.filter((row) => row.deductions > 0).length;
    assert.equal(part(el, 'table')!.getAttribute('aria-rowcount'), String(black + 1));
    await waitUntil(
      () => el.shadowRoot!.querySelector('[aria-live="polite"].visually-hidden')!.textContent.includes(`共${String(black)}户`),
      'the count is announced',
    );
  });

  it('says the row count is unknown (-1) when an older backend sends no total for a filtered list', async () => {
    const client = new FakeClient({ households: 400 });
    client.sendsTotal = false;
    const { el } = await mountLeaderboard({ client, attrs: { list: 'black', 'page-size': '20' } });
    assert.equal(part(el, 'table')!.getAttribute('aria-rowcount'), '-1');
  });

  it('gives star level and movement in words as well as symbols (colour is never the only cue)', async () => {
    const { el } = await mountLeaderboard();
    const rows = bodyRows(el);
    // Row 0: 120 points = 5 stars, moved up 3.
    assert.include(visibleText(cell(rows[0]!, 'stars')), '★★★★★');
    assert.include(cell(rows[0]!, 'stars').textContent, '5星');
    assert.equal(visibleText(cell(rows[0]!, 'movement')), '↑3');
    assert.include(cell(rows[0]!, 'movement').textContent, '上升3名');
    assert.equal(visibleText(cell(rows[1]!, 'movement')), '↓1');
    assert.include(cell(rows[1]!, 'movement').textContent, '下降1名');
    assert.equal(visibleText(cell(rows[2]!, 'movement')), '–');
    assert.include(cell(rows[2]!, 'movement').textContent, '名次与上期相同');
    assert.equal(visibleText(cell(rows[3]!, 'movement')), '新');
    assert.include(cell(rows[3]!, 'movement').textContent, '新上榜');
    assert.include(visibleText(cell(rows[0]!, 'name')), '红榜');
  });

  it('hides the movement column on the all-time board, which has no previous period', async () => {
    const { el } = await mountLeaderboard({ attrs: { period: 'all' } });
    assert.lengthOf(part(el, 'table')!.querySelectorAll('[role="columnheader"]'), 4);
    assert.isNull(bodyRows(el)[0]!.querySelector('[part~="movement"]'));
  });

  it('says plainly that the black list is off when the village switched it off', async () => {
    const { el, client } = await mountLeaderboard({ blackListEnabled: false });
    const black = el.shadowRoot!.querySelector<HTMLButtonElement>('#tab-black')!;
    black.click();
    await waitUntil(() => part(el, 'black-list-off'), 'the black-list-off notice');
    assert.include(part(el, 'black-list-off')!.textContent, '本村未开启黑榜');
    assert.equal(black.getAttribute('aria-selected'), 'true');
    assert.lengthOf(bodyRows(el), 0);
    await expect(el).to.be.accessible();
    assert.isAtLeast(client.callsOf('getLeaderboard').length, 1);
  });

  it('shows the black list when it is on', async () => {
    const { el } = await mountLeaderboard({ attrs: { list: 'black' }, households: 60 });
    const rows = bodyRows(el);
    assert.isAbove(rows.length, 0);
    assert.isTrue(rows.every((row) => visibleText(row).includes('黑榜')));
  });

  it('marks a black-listed household on a 帮教 plan 在帮教中, and only those', async () => {
    const { el, client } = await mountLeaderboard({ attrs: { list: 'black' }, households: 60 });
    const shown = client.callsOf('getLeaderboard').length;
    assert.isAbove(shown, 0);
    const rows = bodyRows(el);
    const marked = rows.filter((row) => visibleText(row).includes('在帮教中'));
    assert.isAbove(marked.length, 0, 'the fixture has households on a plan');
    assert.isBelow(marked.length, rows.length, 'and households without one');
    for (const row of marked) assert.include(row.querySelector('[part~="badge"].mentoring')?.textContent ?? '', '在帮教中');
    await expect(el).to.be.accessible();
  });

  it('speaks English when asked, on the widget or the provider', async () => {
    const own = await mountLeaderboard({ attrs: { locale: 'en' } });
    assert.include(part(own.el, 'table')!.textContent, 'Rank');
    assert.include(bodyRows(own.el)[1]!.textContent, 'Tied 2nd');
    assert.include(bodyRows(own.el)[0]!.textContent, '5 of 5 stars');
    assert.include(bodyRows(own.el)[0]!.textContent, 'Up 3 since the last period');
    assert.include(own.root.querySelector('#tab-red')!.textContent, 'Red list');
    const fromProvider = await mountLeaderboard({ providerAttrs: { locale: 'en' } });
    await waitUntil(() => part(fromProvider.el, 'table')?.textContent.includes('Points'), 'English headers');
    const zh = await mountLeaderboard({ providerAttrs: { locale: 'en' }, attrs: { locale: 'zh-CN' } });
    assert.include(part(zh.el, 'table')!.textContent, '名次', "the widget's own attribute wins");
  });

  it('shows the period and the date the board was taken', async () => {
    const { el } = await mountLeaderboard();
    assert.include(el.shadowRoot!.querySelector('#caption')!.textContent, '2026年11月');
    assert.include(el.shadowRoot!.querySelector('.as-of')!.textContent, '2026年11月29日');
  });

  it('offers the categories of the village catalogue and asks for the chosen one', async () => {
    const { el, client } = await mountLeaderboard();
    await waitUntil(() => part(el, 'category'), 'the category select');
    const select = part(el, 'category') as HTMLSelectElement;
    assert.include(
      [...select.options].map((option) => option.textContent),
      '人居环境',
    );
    select.value = 'environment';
    select.dispatchEvent(new Event('change'));
    await waitUntil(
      () => client.callsOf('getLeaderboard').some((call) => call.input.query?.category === 'environment'),
      'a request for the category',
    );
  });

  it('lays rows out for a narrow column (a phone, a portal sidebar) without losing cells', async () => {
    const { el } = await mountLeaderboard();
    // The runner emulates focus for every page, so frames (and ResizeObserver) run; a page without them fails here.
    assert.isTrue(await framesRunning(), 'this page renders frames, so ResizeObserver can report the width');
    el.style.width = '340px';
    await waitUntil(() => el.hasAttribute('data-sz-narrow'), 'narrow layout', { timeout: 5000 });
    const row = bodyRows(el)[0]!;
    assert.lengthOf(row.querySelectorAll('[role="cell"]'), 5);
    const rowBox = row.getBoundingClientRect();
    for (const cellEl of row.querySelectorAll('[role="cell"]')) {
      const box = cellEl.getBoundingClientRect();
      assert.isAtMost(box.right, rowBox.right + 1, `${cellEl.getAttribute('part') ?? ''} inside the row`);
    }
    await expect(el).to.be.accessible();
    el.style.width = '';
    await waitUntil(() => !el.hasAttribute('data-sz-narrow'), 'wide again', { timeout: 5000 });
  });

  it('is accessible when loaded (axe)', async () => {
    const { el } = await mountLeaderboard();
    await expect(el).to.be.accessible();
  });

  it('is accessible with English text (axe)', async () => {
    const { el } = await mountLeaderboard({ attrs: { locale: 'en' } });
    await expect(el).to.be.accessible();
  });

  it('loads the next page when the user scrolls near the end', async () => {
    const client = new FakeClient({ households: 90 });
    const { el } = await mountLeaderboard({ client, attrs: { 'page-size': '20' } });
    const body = el.shadowRoot!.querySelector<HTMLElement>('.body')!;
    await waitUntil(() => client.callsOf('getLeaderboard').length >= 1);
    const before = client.callsOf('getLeaderboard').length;
    body.scrollTop = body.scrollHeight;
    body.dispatchEvent(new Event('scroll'));
    await waitUntil(() => client.callsOf('getLeaderboard').length > before, 'another page is asked for');
    const last = client.callsOf('getLeaderboard').pop()!;
    assert.isString(last.input.query?.cursor);
  });
});
