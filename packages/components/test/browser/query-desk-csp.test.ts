import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/query-desk/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { mountShowing, part, visibleText } from '../fixtures/mount.js';
import { FakeQueryDeskClient, overdue } from '../fixtures/query-desk-client.js';

/**
 * The desk under a host page that enforces Trusted Types: a query's text, the item's title and the answer are typed by
 * people, so hostile text there stays text — in the list, the panel (a late chunk with its own styles) and the FAQ
 * preview, which repeats what the cadre types.
 */
const violations = trustedTypesPage();

describe('<sz-query-desk> under Trusted Types', () => {
  it('shows hostile text as text in the list, the panel and the FAQ preview', async () => {
    const hostile = { ...overdue, text: hostileText, disclosureTitle: hostileText, status: 'answered' as const };
    const client = new FakeQueryDeskClient([{ ...hostile, answer: { text: hostileText, answeredOn: '2026-11-20' } }]);
    const el = await mountShowing(client, { tag: 'sz-query-desk', defaults: { village: 'v-qs-01' } }, 'query');
    assert.include(visibleText(part(el, 'query')), sentinel);
    part(el, 'query')?.click();
    await waitUntil(() => part(el, 'faq-preview'), 'the panel and its preview', { timeout: 5000 });
    assert.include(visibleText(part(el, 'faq-preview')), sentinel);
    assertInert(el.shadowRoot!, violations);
  });
});
