import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { NetworkError } from '@shanzhi/sdk';
import { emulateMedia } from '@web/test-runner-commands';
import { DisclosureFakeClient, problem } from '../fixtures/disclosure-client.js';
import { assertPartsSay, listItems, mountBoard, openItem, openItemPart, openItemParts, part, text } from '../fixtures/disclosure-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

describe('<sz-disclosure-board> browsing', () => {
  clearStorageBeforeEach(localStorage);

  it('lists items with category, status, dates and corrections, and is accessible', async () => {
    const { el } = await mountBoard();
    const items = listItems(el);
    assert.equal(items.length, 6);
    const first = text(items[0]);
    assert.include(first, '2026年第三季度村务公开');
    assert.include(first, '村务');
    assert.include(first, '公示中');
    assert.include(first, '2026年11月20日');
    assert.include(first, '2 个附件');
    assert.include(text(items[5]), '已更正（共 3 版）');
    assert.include(text(items[5]), '公示已结束');
    await expect(el).to.be.accessible();
  });

  it('filters by category, year, month and status, and searches', async () => {
    const { el, client } = await mountBoard();
    const select = (name: string, value: string) => {
      const element = el.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
      element.value = value;
      element.dispatchEvent(new Event('change'));
    };
    select('category', 'finance');
    await waitUntil(() => listItems(el).length === 2, 'two finance items');
    assert.equal(client.callsOf('listDisclosures').at(-1)?.input.query?.category, 'finance');
    const month = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="month"]')!;
    assert.isTrue(month.disabled, 'month needs a year');
    select('year', '2026');
    await el.updateComplete;
    select('month', '11');
    await waitUntil(() => client.callsOf('listDisclosures').at(-1)?.input.query?.month === 11, 'month asked');
    assert.equal(client.callsOf('listDisclosures').at(-1)?.input.query?.year, 2026);
    select('category', '');
    select('status', 'closed');
    await waitUntil(() => listItems(el).length === 1, 'one closed item');
    select('status', '');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[name="q"]')!;
    input.value = '低保';
    el.shadowRoot!.querySelector<HTMLFormElement>('form.search')!.requestSubmit();
    await waitUntil(() => listItems(el).length === 1, 'search narrows to one');
    assert.equal(client.callsOf('listDisclosures').at(-1)?.input.query?.q, '低保');
  });

  it("offers the village's own categories, and keeps an asked-for one selected until they arrive", async () => {
    const client = new DisclosureFakeClient();
    client.latency = 400;
    const { el } = await mountBoard({ client, attrs: { category: 'finance' }, waitForItems: false });
    const select = () => el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="category"]')!;
    const options = () => [...select().options].map((option) => option.textContent.trim());
    await waitUntil(() => el.shadowRoot!.querySelector('select[name="category"]') !== null, 'the filters');
    assert.equal(select().value, 'finance', 'the list is filtered, so the select says so');
    assert.deepEqual(options(), ['全部类别', 'finance'], 'no categories of its own: they are the village’s data');
    await waitUntil(() => listItems(el).length === 2, 'two finance items');
    assert.equal(select().value, 'finance');
    assert.include(options(), '财务');
    assert.notInclude(options(), 'finance');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when nothing matches', async () => {
    const client = new DisclosureFakeClient([]);
    const { el } = await mountBoard({ client, waitForItems: false });
    await waitUntil(() => part(el, 'empty') !== null, 'empty state');
    assert.include(text(part(el, 'empty')), '没有符合条件的公开内容');
    await expect(el).to.be.accessible();
  });

  it('shows loading, then an error with the request id and a working retry', async () => {
    const client = new DisclosureFakeClient();
    client.latency = 50;
    client.failNext('listDisclosures', problem(503, '服务暂时不可用', 'req-abc'));
    const { el } = await mountBoard({ client, waitForItems: false });
    assert.isNotNull(part(el, 'loading'));
    await expect(el).to.be.accessible();
    await waitUntil(() => part(el, 'error') !== null, 'error state');
    assert.include(text(part(el, 'error')), '服务暂时不可用');
    assert.include(text(part(el, 'error')), 'req-abc');
    await expect(el).to.be.accessible();
    part(el, 'retry')!.click();
    await waitUntil(() => listItems(el).length === 6, 'rows after retry');
  });

  it('shows the offline state when the network is gone', async () => {
    const client = new DisclosureFakeClient();
    const online = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      client.failNext('listDisclosures', new NetworkError('listDisclosures', 'req-off', new TypeError('Failed to fetch')));
      const { el } = await mountBoard({ client, waitForItems: false });
      await waitUntil(() => part(el, 'offline') !== null, 'offline state');
      await expect(el).to.be.accessible();
    } finally {
      Object.defineProperty(navigator, 'onLine', online);
      delete (navigator as { onLine?: boolean }).onLine;
    }
  });

  it('speaks English and has an elder mode', async () => {
    const { el } = await mountBoard({ attrs: { locale: 'en', elder: '' } });
    assert.include(text(listItems(el)[0]), 'Village affairs');
    assert.include(text(listItems(el)[0]), 'On notice');
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    assert.isNotNull(part(el, 'elder-controls'));
    await expect(el).to.be.accessible();
  });

  it('board display drops the filters and the query form', async () => {
    const { el } = await mountBoard({ attrs: { display: 'board' } });
    assert.isNull(part(el, 'filters'));
    await openItem(el, 'd-notice');
    assert.isNull(part(el, 'query-form'));
  });
});

describe('<sz-disclosure-board> items', () => {
  clearStorageBeforeEach(localStorage);

  it('opens an item by keyboard, fires sz-disclosure-open with ids only, and returns focus on back', async () => {
    const { el } = await mountBoard();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-id="d-notice"]')!;
    button.focus();
    const opened = oneEvent(el, 'sz-disclosure-open');
    button.click();
    const event = await opened;
    assert.deepEqual(event.detail, { villageId: 'v-test-01', disclosureId: 'd-notice', category: 'village' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-title', 'focus on the title');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => el.shadowRoot!.activeElement === el.shadowRoot!.querySelector('[data-id="d-notice"]'), 'focus back on the item');
  });

  it('renders the body as safe rich text with attachments', async () => {
    const { el } = await mountBoard();
    const detail = await openItem(el, 'd-notice');
    const body = part(el, 'body')!;
    assert.equal(body.querySelector('h3')?.textContent, '一、村道硬化');
    assert.equal(body.querySelector('strong')?.textContent, '完成村道硬化');
    const link = body.querySelector('a')!;
    assert.equal(link.getAttribute('href'), 'https://www.gov.cn/zhengce/');
    assert.include(link.getAttribute('rel') ?? '', 'noopener');
    assert.equal(body.querySelectorAll('ol li').length, 2);
    assert.equal(body.querySelector('table caption')?.textContent, '工程量');
    const attachments = part(el, 'attachments')!;
    const files = [...attachments.querySelectorAll('li')].map((li) => text(li));
    assert.include(files[0], '村道硬化验收单.pdf');
    assert.include(files[0], 'PDF · 2.3 MB');
    assert.include(files[1], 'JPG · 176 KB');
    assert.equal(attachments.querySelector('a')?.getAttribute('download'), '村道硬化验收单.pdf');
    assert.include(text(detail), '期间：2026年7月1日 至 2026年9月30日');
    await expect(el).to.be.accessible();
  });

  it('shows a finance statement as a table in yuan from fen, with planned vs actual', async () => {
    const { el } = await mountBoard();
    await openItem(el, 'd-finance');
    const table = part(el, 'finance-table') as HTMLTableElement;
    assert.include(table.caption?.textContent ?? '', '财务收支明细');
    assert.equal(table.querySelectorAll('thead th[scope="col"]').length, 5);
    assert.equal(table.querySelectorAll('tbody.income tr').length, 4 + 2);
    const firstLine = table.querySelector('tbody.income tr:nth-child(2)')!;
    assert.deepEqual(
      [...firstLine.children].map((cell) => cell.textContent.trim()),
      ['2026/07/01', '发包及上交收入', '土地发包收入 第1笔', '记-0001', '100.00'],
    );
    assert.include(text(table.querySelector('tbody:first-of-type')), '123,456.78');
    assert.isNotNull(part(el, 'reconciles'));
    assert.isNull(part(el, 'reconciliation-warning'));
    const budget = part(el, 'budget-table')!;
    assert.include(text(budget), '1,000.00');
    const over = budget.querySelector('tr.over')!;
    assert.include(text(over), '公益事业支出');
    assert.include(text(over), '300.00');
    assert.include(text(over), '超出计划');
    await expect(el).to.be.accessible();
  });

  it('hides the controls when printed (computed style under print media)', async () => {
    const { el } = await mountBoard();
    await openItem(el, 'd-finance');
    const root = el.shadowRoot!;
    const controls = ['.views', '.elder-controls', '.detail-actions', '.query'];
    for (const selector of controls) assert.isNotNull(root.querySelector(selector), `${selector} is there to hide`);
    const display = (selector: string) => getComputedStyle(root.querySelector(selector)!).display;
    for (const selector of controls) assert.notEqual(display(selector), 'none', `${selector} shows on screen`);
    try {
      await emulateMedia({ media: 'print' });
      for (const selector of controls) assert.equal(display(selector), 'none', `${selector} is hidden in print`);
      assert.notEqual(display('[part~="finance-table"]'), 'none', 'the statement prints');
      assert.equal(getComputedStyle(root.querySelector('.table-wrap')!).overflowX, 'visible', 'tables are not clipped');
      root.querySelector<HTMLButtonElement>('.back')!.click();
      await waitUntil(() => listItems(el).length > 0, 'the list');
      assert.equal(display('.filters'), 'none', 'the filters are hidden in print');
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    assert.notEqual(display('.filters'), 'none');
  });

  it('has a print view: controls hidden, tables unclipped', async () => {
    const { el } = await mountBoard();
    await openItem(el, 'd-finance');
    const printRules = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print');
    assert.isAbove(printRules.length, 0);
    const text = printRules.map((rule) => rule.cssText).join('\n');
    assert.include(text, '.filters');
    assert.include(text, '.query');
    assert.include(text, '.detail-actions');
    assert.isNotNull(el.shadowRoot!.querySelector('.print-button'));
  });

  it('warns clearly when a statement does not reconcile', async () => {
    const { el, shown: warning } = await openItemPart('d-finance-bad', 'reconciliation-warning');
    assert.include(text(warning), '账目对不上');
    assert.include(text(warning), '期末余额');
    await expect(el).to.be.accessible();
  });

  it('checks a statement on the client when the server sends no finding', async () => {
    const client = new DisclosureFakeClient();
    const bad = client.details.find((one) => one.id === 'd-finance-bad')!;
    client.details = client.details.map((one) => (one.id === 'd-finance-bad' ? { ...bad, findings: {} } : one));
    const { el } = await mountBoard({ client });
    await openItem(el, 'd-finance-bad');
    assert.include(text(part(el, 'reconciliation-warning')), '期初余额加收入减支出应为');
  });

  it('shows the 四议两公开 timeline with each meeting and why it was not valid', async () => {
    const { el, parts: steps } = await openItemParts('d-decision', 'trail', 'trail-step');
    assert.equal(steps.length, 6);
    assertPartsSay(steps, { 0: ['村党组织提议'], 2: ['党员大会', '到会 25 / 应到 30'], 4: ['尚未进行'] });
    assert.isNotNull(steps[2]!.querySelector('[part~="meeting-valid"]'));
    const invalid = steps[3]!.querySelector('[part~="meeting-invalid"]')!;
    assert.include(text(invalid), '会议无效');
    assert.include(text(invalid), '到会 20 人，不足应到 45 人的三分之二（至少要 30 人）');
    assert.include(text(part(el, 'trail-status')), '程序有问题');
    await expect(el).to.be.accessible();
  });

  it('shows relief lists with masked names only', async () => {
    const { el, shown: relief } = await openItemPart('d-relief', 'relief');
    assert.include(text(relief), '张*明');
    assert.include(text(relief), '650.00');
    assert.notMatch(el.shadowRoot!.textContent, /\d{7,}/);
    await expect(el).to.be.accessible();
  });

  it('shows only the columns a village publishes: no name column for a list posted without names', async () => {
    const { el, shown: relief } = await openItemPart('d-relief', 'relief');
    const [named, unnamed] = [...relief.querySelectorAll('table')];
    assert.deepEqual(
      [...unnamed!.querySelectorAll('thead th')].map((cell) => cell.textContent.trim()),
      ['村民小组', '家庭人口', '金额（元）'],
    );
    assert.include(
      [...named!.querySelectorAll('thead th')].map((cell) => cell.textContent.trim()),
      '姓名',
    );
    assert.include(text(unnamed), '300.00');
    await expect(el).to.be.accessible();
  });

  it('shows three versions with what each correction changed, and opens an older one', async () => {
    const { el, parts: versions } = await openItemParts('d-corrected', 'history', 'version');
    assert.equal(versions.length, 3);
    assertPartsSay(versions, {
      0: ['第 3 版', '补充选举办法', '新增 请携带身份证。', '选举办法.pdf'],
      1: ['原为 选举日期为 11 月 10 日。', '改为 选举日期为 11 月 12 日。'],
      2: ['原始公开'],
    });
    versions[2]!.querySelector('button')!.click();
    await el.updateComplete;
    assert.include(text(part(el, 'detail')), '您正在查看第 1 版，当前为第 3 版。');
    assert.include(text(part(el, 'body')), '11 月 10 日');
    await expect(el).to.be.accessible();
  });

  it('shows an error for an item that cannot be loaded', async () => {
    const { el } = await mountBoard({ attrs: { item: 'missing' }, waitForItems: false });
    await waitUntil(() => part(el, 'error') !== null, 'error');
    assert.include(text(part(el, 'error')), '没有找到');
    await expect(el).to.be.accessible();
  });
});

describe('<sz-disclosure-board> compliance', () => {
  it('shows met, late and overdue obligations as of today', async () => {
    const { el } = await mountBoard();
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')];
    buttons[1]!.click();
    await waitUntil(() => part(el, 'compliance') !== null, 'compliance');
    assert.equal(buttons[1]!.getAttribute('aria-pressed'), 'true');
    assert.include(text(part(el, 'compliance-summary')), '逾期未公开 1 项');
    const rows = [...part(el, 'compliance-table')!.querySelectorAll('tbody tr')];
    assert.equal(rows.length, 4);
    assert.include(text(rows[1]), '财务');
    assert.include(text(rows[1]), '逾期未公开');
    assert.include(text(rows[1]), '晚 19 天');
    assert.include(text(rows[1]), '未公开');
    await expect(el).to.be.accessible();
  });

  it('links each met obligation to the item that met it, and back returns to the report', async () => {
    const { el, client } = await mountBoard();
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.views button')[1]!.click();
    await waitUntil(() => part(el, 'compliance') !== null, 'compliance');
    const rows = [...part(el, 'compliance-table')!.querySelectorAll('tbody tr')];
    const link = rows[0]!.querySelector<HTMLButtonElement>('[part~="obligation-item"]')!;
    assert.isNotNull(link, 'a met obligation links to its item');
    assert.include(link.getAttribute('aria-label') ?? '', text(link), 'the name starts from the visible date');
    assert.include(link.getAttribute('aria-label') ?? '', '村务');
    assert.isNull(rows[1]!.querySelector('[part~="obligation-item"]'), 'nothing to open for an overdue obligation');
    assert.isNull(rows[3]!.querySelector('[part~="obligation-item"]'), 'nor for one not yet due');
    assert.isNotNull(rows[2]!.querySelector('[part~="obligation-item"]'), 'a late one links too');
    const opened = oneEvent(el, 'sz-disclosure-open');
    link.focus();
    link.click();
    const event = await opened;
    assert.deepEqual(event.detail, { villageId: 'v-test-01', disclosureId: 'd-notice', category: 'village' });
    await waitUntil(() => part(el, 'detail') !== null, 'the item opens');
    assert.equal(client.callsOf('getDisclosure').at(-1)?.input.params?.disclosureId, 'd-notice');
    assert.equal(el.shadowRoot!.querySelector('.views button[aria-pressed="true"]')?.textContent.trim(), '公开内容');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'detail-title', 'focus on the title');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await waitUntil(() => part(el, 'compliance') !== null, 'back to the report');
    await el.updateComplete;
    assert.equal(el.shadowRoot!.activeElement?.getAttribute('data-item'), 'd-notice', 'focus returns to the link');
    await expect(el).to.be.accessible();
  });
});

describe('<sz-disclosure-board> questions (Art 30 查询)', () => {
  async function openForm() {
    const mounted = await mountBoard();
    await openItem(mounted.el, 'd-notice');
    const form = part(mounted.el, 'query-form') as HTMLFormElement;
    const textarea = form.querySelector('textarea')!;
    const phone = form.querySelector<HTMLInputElement>('input[type="tel"]')!;
    const type = (element: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      element.value = value;
      element.dispatchEvent(new Event('input'));
    };
    return { ...mounted, form, textarea, phone, type };
  }

  it('validates with the contract schema before sending', async () => {
    const { el, client, form, textarea, type } = await openForm();
    type(textarea, '太短');
    form.requestSubmit();
    await el.updateComplete;
    await el.updateComplete;
    assert.equal(textarea.getAttribute('aria-invalid'), 'true');
    assert.include(text(el.shadowRoot!.querySelector('#query-text-error')), '至少写 5 个字');
    assert.equal(el.shadowRoot!.activeElement, textarea);
    assert.lengthOf(client.callsOf('askAboutDisclosure'), 0);
    await expect(el).to.be.accessible();
  });

  it('sends once, shows a receipt, and fires sz-query-submitted without the text or phone', async () => {
    const { el, client, form, textarea, phone, type } = await openForm();
    form.querySelector<HTMLInputElement>('input[value="objection"]')!.click();
    type(textarea, '修路的钱是怎么算的？');
    type(phone, '13800138000');
    const submitted = oneEvent(el, 'sz-query-submitted');
    form.requestSubmit();
    const event = await submitted;
    assert.deepEqual(event.detail, { villageId: 'v-test-01', disclosureId: 'd-notice', queryId: 'Q-0001', kind: 'objection' });
    await waitUntil(() => part(el, 'receipt') !== null, 'receipt');
    assert.include(text(part(el, 'receipt')), 'Q-0001');
    assert.include(text(part(el, 'receipt')), '2026年12月9日');
    const calls = client.callsOf('askAboutDisclosure');
    assert.lengthOf(calls, 1);
    assert.deepEqual(calls[0]!.input.body, { kind: 'objection', text: '修路的钱是怎么算的？', contactPhone: '13800138000' });
    assert.notInclude(el.shadowRoot!.innerHTML, '13800138000');
    await expect(el).to.be.accessible();
  });

  it('reuses one Idempotency-Key when the same question is sent again after a failure, and a new one after an edit', async () => {
    const { el, client, form, textarea, type } = await openForm();
    type(textarea, '请问验收单在哪里看？');
    client.failNext('askAboutDisclosure', problem(503, '服务暂时不可用', 'req-q1', 'askAboutDisclosure'));
    form.requestSubmit();
    const settled = () =>
      form.querySelector<HTMLButtonElement>('button[type="submit"]')?.disabled === false && form.querySelector('[role="alert"]') !== null;
    await waitUntil(settled, 'failure shown');
    client.failNext('askAboutDisclosure', problem(503, '服务暂时不可用', 'req-q2', 'askAboutDisclosure'));
    form.requestSubmit();
    await el.updateComplete;
    await waitUntil(() => client.callsOf('askAboutDisclosure').length === 2, 'second call');
    await waitUntil(settled, 'second failure');
    const [first, second] = client.callsOf('askAboutDisclosure');
    assert.isString(first!.options.idempotencyKey);
    assert.equal(second!.options.idempotencyKey, first!.options.idempotencyKey);
    type(textarea, '请问验收单在哪里可以看到？');
    form.requestSubmit();
    await waitUntil(() => part(el, 'receipt') !== null, 'receipt');
    const third = client.callsOf('askAboutDisclosure')[2]!;
    assert.notEqual(third.options.idempotencyKey, first!.options.idempotencyKey);
    assert.lengthOf(client.receipts, 1);
  });
});

describe('<sz-disclosure-board> deep links', () => {
  const original = location.href;
  afterEach(() => {
    history.replaceState(null, '', original);
  });

  it('leaves the URL alone unless the host opts in', async () => {
    const { el } = await mountBoard();
    await openItem(el, 'd-notice');
    assert.equal(location.href, original);
  });

  it('with sync-url, reflects the open item and filters in the URL and reads them back', async () => {
    const { el } = await mountBoard({ attrs: { 'sync-url': '' } });
    await openItem(el, 'd-finance');
    assert.equal(new URL(location.href).searchParams.get('sz-item'), 'd-finance');
    el.shadowRoot!.querySelector<HTMLButtonElement>('.back')!.click();
    await el.updateComplete;
    assert.isNull(new URL(location.href).searchParams.get('sz-item'));
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>('select[name="category"]')!;
    select.value = 'relief';
    select.dispatchEvent(new Event('change'));
    assert.equal(new URL(location.href).searchParams.get('sz-category'), 'relief');

    const url = new URL(original);
    url.searchParams.set('sz-item', 'd-relief');
    history.replaceState(null, '', url);
    const again = await mountBoard({ attrs: { 'sync-url': '' }, waitForItems: false });
    await waitUntil(() => part(again.el, 'relief') !== null, 'the linked item opens');
  });

  it('item attribute opens an item directly', async () => {
    const { el } = await mountBoard({ attrs: { item: 'd-decision' }, waitForItems: false });
    await waitUntil(() => part(el, 'trail') !== null, 'trail shown');
  });
});
