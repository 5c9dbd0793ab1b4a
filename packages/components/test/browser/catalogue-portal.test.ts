import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { safeHref } from '../../src/internal/view-all-link.js';
import type { SzServiceCatalogue } from '../../src/services/sz-service-catalogue.js';
import { FakeCatalogueClient } from '../fixtures/catalogue-client.js';
import { mountCatalogue, part, resultNames, typeQuery } from '../fixtures/catalogue-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

/** Whether the "view all" link is there (a boolean: chai would print a whole element on failure). */
function hasLink(el: SzServiceCatalogue): boolean {
  return part(el, 'view-all') !== null;
}

/** The catalogue on a portal's home page: `max-items` keeps it short, `view-all-href` links to the portal's full page. */
describe('<sz-service-catalogue> on a portal home page', () => {
  clearStorageBeforeEach(localStorage, sessionStorage);

  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('lists only max-items services and links to all of them with the total', async () => {
    const client = new FakeCatalogueClient(40);
    const { el } = await mountCatalogue({ client, attrs: { 'max-items': '5', 'view-all-href': '/services/all' } });
    assert.lengthOf(resultNames(el), 5);
    assert.include(part(el, 'count')?.textContent, '46', 'the count still says how many there are');
    assert.isTrue(hasLink(el));
    const link = part(el, 'view-all');
    assert.equal(link?.textContent.trim(), '查看全部（共 46 项）');
    assert.equal(link?.getAttribute('href'), '/services/all');
    assert.lengthOf(el.shadowRoot!.querySelectorAll('.results ~ button'), 0, 'no "show more" under max-items');
    await expect(el).to.be.accessible();

    el.locale = 'en';
    await waitUntil(() => part(el, 'view-all')?.textContent.trim() === 'View all (46)', 'the link in English');
  });

  it('counts what matches the search, and drops the link when everything fits', async () => {
    const { el } = await mountCatalogue({
      client: new FakeCatalogueClient(40),
      attrs: { 'max-items': '5', 'view-all-href': 'https://portal.example/services' },
    });
    await typeQuery(el, 'shbz');
    assert.deepEqual(resultNames(el), ['社会保障卡申领', '最低生活保障申请']);
    assert.isFalse(hasLink(el), 'two results fit in five');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#search')!;
    input.value = '';
    input.dispatchEvent(new InputEvent('input', { inputType: 'deleteContentBackward' }));
    await el.updateComplete;
    assert.equal(part(el, 'view-all')?.getAttribute('href'), 'https://portal.example/services');
  });

  it('shows no link without view-all-href, and lists everything without max-items', async () => {
    const limited = await mountCatalogue({ client: new FakeCatalogueClient(40), attrs: { 'max-items': '3' } });
    assert.lengthOf(resultNames(limited.el), 3);
    assert.isFalse(hasLink(limited.el));
    const plain = await mountCatalogue({ client: new FakeCatalogueClient(40), attrs: { 'view-all-href': '/all' } });
    assert.lengthOf(resultNames(plain.el), 30, 'the first 30, then "show more", as before');
    assert.isFalse(hasLink(plain.el), 'no limit, no link');
    for (const bad of ['0', '-2', 'abc', '2.5']) {
      const { el } = await mountCatalogue({ client: new FakeCatalogueClient(40), attrs: { 'max-items': bad } });
      assert.lengthOf(resultNames(el), 30, `max-items="${bad}" is no limit`);
    }
  });

  it('never puts a javascript:, data: or disguised script URL in the href', async () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      assert.isUndefined(safeHref(bad), JSON.stringify(bad));
      const { el } = await mountCatalogue({ client: new FakeCatalogueClient(40), attrs: { 'max-items': '5', 'view-all-href': bad } });
      assert.isFalse(hasLink(el), `no link for ${JSON.stringify(bad)}`);
      assert.lengthOf(el.shadowRoot!.querySelectorAll('a[href^="javascript" i], a[href^="data" i]'), 0);
    }
    for (const good of [
      '/services',
      'all.html',
      '?page=all',
      'https://portal.example/a?b=c#d',
      'HTTP://portal.example/',
      '//portal.example/all',
    ])
      assert.equal(safeHref(good), good.trim(), good);
  });

  it('reaches the link by Tab after the last listed service and follows it with Enter', async () => {
    const { root } = await mountCatalogue({
      client: new FakeCatalogueClient(40),
      attrs: { 'max-items': '2', 'view-all-href': '/all' },
    });
    const results = root.querySelectorAll<HTMLButtonElement>('[part~="result"]');
    results[results.length - 1]!.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(root.activeElement?.getAttribute('part'), 'view-all');
    let followed = '';
    root.addEventListener('click', (event) => {
      const target = event.target as HTMLElement;
      if (target instanceof HTMLAnchorElement) {
        followed = target.getAttribute('href') ?? '';
        event.preventDefault();
      }
    });
    await sendKeys({ press: 'Enter' });
    assert.equal(followed, '/all');
  });

  it('is short and accessible at 390 px in 长辈版, with the link at the target size', async () => {
    await setViewport({ width: 390, height: 844 });
    const { el } = await mountCatalogue({
      client: new FakeCatalogueClient(40),
      attrs: { 'max-items': '5', 'view-all-href': '/all', elder: '' },
    });
    const link = part(el, 'view-all')!;
    assert.isAtLeast(link.getBoundingClientRect().height, 44);
    assert.isAtMost(el.getBoundingClientRect().height, 2000, 'five services, not thirty');
    await expect(el).to.be.accessible();
  });

  for (const width of [390, 1280])
    it(`says what can be searched in a hint that wraps, not in a cut-off placeholder (en, 长辈版, ${String(width)} px)`, async () => {
      await setViewport({ width, height: 900 });
      const { el, root } = await mountCatalogue({ attrs: { locale: 'en', elder: '' } });
      const input = root.querySelector<HTMLInputElement>('#search')!;
      assert.isAtMost(input.placeholder.length, 12, 'no long text in a placeholder');
      const hintId = input.getAttribute('aria-describedby');
      assert.isNotNull(hintId, 'the hint is read with the field');
      const hint = root.getElementById(hintId)!;
      assert.equal(hint.textContent.trim(), 'Name, pinyin or initials, e.g. shbz');
      assert.notEqual(getComputedStyle(hint).whiteSpace, 'nowrap');
      assert.isAtMost(hint.scrollWidth, hint.clientWidth, 'the hint is not cut off');
      assert.isAtMost(el.scrollWidth, el.clientWidth, 'nothing overflows the widget');
      await waitUntil(() => part(el, 'results') !== null);
    });

  // Last: from here on the page enforces Trusted Types, as a strict portal does.
  it('renders the link under an enforced Trusted Types policy without a violation', async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.sample}`));
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = "require-trusted-types-for 'script'; trusted-types lit-html";
    document.head.append(meta);
    const { el } = await mountCatalogue({ client: new FakeCatalogueClient(40), attrs: { 'max-items': '5', 'view-all-href': '/all' } });
    assert.equal(part(el, 'view-all')?.getAttribute('href'), '/all');
    el.viewAllHref = 'javascript:alert(1)';
    await el.updateComplete;
    assert.isFalse(hasLink(el));
    assert.deepEqual(violations, []);
  });
});
