import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { ownObjection } from '../fixtures/points-notice-client.js';
import { hostileText as hostile, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert as assertInertIn } from '../fixtures/csp-inert.js';
import { part } from '../fixtures/mount.js';
import { FakePointsNoticeClient, mountNotice, notice, reasonField, typeReason } from '../fixtures/points-notice-client.js';

/**
 * `<sz-points-notice>` under a host page that enforces Trusted Types: names, rule labels, reasons and answers from
 * the server, and the reason a villager types, are shown as text — no element, no handler, no style from them.
 */
const violations = trustedTypesPage();

function hostileNotices() {
  return [
    notice(1, { name: hostile, reason: hostile, ruleLabel: { 'zh-CN': hostile, en: hostile } }),
    notice(2, { kind: 'revocation', name: hostile, reason: hostile, objected: true }),
  ];
}

class HostileClient extends FakePointsNoticeClient {
  constructor() {
    super(hostileNotices());
    this.filed.push({ ...ownObjection, reason: hostile, answer: hostile, entryHouseholdName: hostile, ruleCode: hostile });
  }
}

/** What csp-inert.ts checks, and also that no `<img>` or `<script>` at all stands in the widget's own tree. */
function assertInert(el: HTMLElement): void {
  const root = el.shadowRoot;
  if (!root) throw new Error('no shadow root');
  assert.isNull(root.querySelector('img, script'), 'no element was created from the text');
  assertInertIn(root, violations);
}

describe('<sz-points-notice> under Trusted Types', () => {
  it('shows hostile notices, a hostile typed reason and hostile answers as text', async () => {
    const el = await mountNotice(new HostileClient());
    assert.include(el.shadowRoot?.textContent, sentinel);
    assertInert(el);
    part(el, 'object')?.click();
    const field = await reasonField(el);
    typeReason(field, hostile);
    part(el, 'submit')?.click();
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    assertInert(el);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="receipt"] .primary')?.click();
    await waitUntil(() => part(el, 'answer')?.textContent.includes(sentinel), 'the hostile answer as text');
    assertInert(el);
  });
});
