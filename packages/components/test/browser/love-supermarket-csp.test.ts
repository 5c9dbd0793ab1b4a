import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { FakeSupermarketClient, donations, mountSupermarket, shelfGoods } from '../fixtures/love-supermarket-client.js';
import { part, visibleText } from '../fixtures/mount.js';

/**
 * The shelf and the desk under a host page that enforces Trusted Types: goods names, units and donor names come from
 * staff and donors, so hostile text there is shown as text, creates no element, sets no style, and reaches no HTML sink.
 */
const violations = trustedTypesPage();

describe('<sz-love-supermarket> under Trusted Types', () => {
  it('shows hostile goods, donor and donation text as text, on the shelf and in the desk cart', async () => {
    const goods = shelfGoods.map((one, index) =>
      index === 1
        ? { ...one, name: hostileText, unit: hostileText, donor: { kind: 'enterprise' as const, displayName: hostileText } }
        : one,
    );
    const given = [{ ...donations[0]!, donor: { kind: 'xiangxian' as const, displayName: hostileText } }];
    const client = new FakeSupermarketClient({ goods, donations: given });
    const el = await mountSupermarket(client, { mode: 'desk' });
    assert.include(visibleText(part(el, 'goods')), sentinel);
    assert.include(visibleText(part(el, 'donations')), sentinel);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-goods="sg-2"] [part~="add"]')?.click();
    await el.updateComplete;
    await waitUntil(() => visibleText(part(el, 'cart')).includes(sentinel), 'the hostile name in the cart');
    assertInert(el.shadowRoot!, violations);
  });
});
