import { assert, expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/grid-desk/define.js';
import type { SzGridDesk } from '../../src/grid-desk/sz-grid-desk.js';
import { freshDeviceForEach } from '../fixtures/device.js';
import { FakeGridDeskClient } from '../fixtures/grid-desk-client.js';
import { mountInProvider, part } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

/** One hand in the field: on a phone the views' switch and the send button are at the bottom, in thumb reach. */
describe('<sz-grid-desk> on a 360 × 640 phone', () => {
  freshDeviceForEach();

  before(async () => {
    await setViewport({ width: 360, height: 640 });
  });

  after(async () => {
    await setViewport({ width: 800, height: 600 });
  });

  it('keeps the views’ switch and the send button at the bottom of the screen while the form scrolls', async () => {
    const { el } = await mountInProvider<SzGridDesk, FakeGridDeskClient>(
      new FakeGridDeskClient(),
      { tag: 'sz-grid-desk', defaults: { village: 'v-test-01', view: 'report' } },
      {},
      { when: (one) => part(one, 'report-form') !== null, what: 'the report form' },
    );
    await el.updateComplete;
    window.scrollTo(0, 0);
    const tabs = part(el, 'tabs')!;
    const send = part(el, 'report-form')!.querySelector<HTMLElement>('.send-bar button')!;
    await waitUntil(() => Math.round(tabs.getBoundingClientRect().bottom) <= window.innerHeight, 'the switch at the bottom');
    assert.approximately(tabs.getBoundingClientRect().bottom, window.innerHeight, 2, 'the switch sits on the bottom edge');
    assert.isAbove(tabs.getBoundingClientRect().top, part(el, 'view')!.getBoundingClientRect().top, 'after the view');
    assert.isAtMost(send.getBoundingClientRect().bottom, tabs.getBoundingClientRect().top + 1, 'the send button just above it');
    assert.isAbove(send.getBoundingClientRect().top, window.innerHeight / 2, 'in the lower half, where the thumb is');
    assert.isAtLeast(send.getBoundingClientRect().width, 300, 'the whole width');
    await expect(el).to.be.accessible();
  });
});
