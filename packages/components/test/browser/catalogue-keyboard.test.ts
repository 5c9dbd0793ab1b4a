import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { mountCatalogue, part, resultNames } from '../fixtures/catalogue-mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

describe('<sz-service-catalogue> by keyboard', () => {
  clearStorageBeforeEach(localStorage, sessionStorage);

  it('types a query, tabs to a result, opens it with Enter and ticks a material with Space', async () => {
    const { el, root } = await mountCatalogue();
    root.querySelector<HTMLInputElement>('#search')!.focus();
    await sendKeys({ type: 'dibao' });
    await el.updateComplete;
    assert.deepEqual(resultNames(el), ['最低生活保障申请']);
    // Search → department → life event → channel → proxy checkbox → clear? (no filters) → the result.
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'Tab' });
    assert.equal(root.activeElement?.getAttribute('data-code'), 'SV-CA-01');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => part(el, 'guide') !== null && root.activeElement?.id === 'guide-title',
      'the guide opens with focus on its title',
    );
    const box = root.querySelector<HTMLInputElement>('[part~="materials"] input[type="checkbox"]')!;
    box.focus();
    await sendKeys({ press: 'Space' });
    assert.isTrue(box.checked);
    const back = root.querySelector<HTMLButtonElement>('article button')!;
    back.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.activeElement?.getAttribute('data-code') === 'SV-CA-01', 'focus returns to the result');
  });

  it('does not search the letters of an unfinished IME composition typed by keyboard', async () => {
    const { el, root } = await mountCatalogue();
    const input = root.querySelector<HTMLInputElement>('#search')!;
    input.focus();
    const before = resultNames(el).length;
    input.dispatchEvent(new CompositionEvent('compositionstart'));
    await sendKeys({ type: 'shbz' });
    await el.updateComplete;
    assert.lengthOf(resultNames(el), before, 'no search while composing');
    input.dispatchEvent(new CompositionEvent('compositionend', { data: 'shbz' }));
    await el.updateComplete;
    assert.equal(resultNames(el)[0], '社会保障卡申领');
  });
});
