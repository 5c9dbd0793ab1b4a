import { assert } from '@open-wc/testing';
import '../../src/grid-desk/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { FakeGridDeskClient, disputeReport, overdueReport } from '../fixtures/grid-desk-client.js';
import { mountShowing, part, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

/**
 * The desk under a host page that enforces Trusted Types: a report's place, text, category and history notes, and a
 * household's name in a round are typed by people, so hostile text there stays text — in the list, in an opened report
 * (a late chunk with its own styles) and in the report form (another), whose photo field makes object URLs.
 */
const violations = trustedTypesPage();

describe('<sz-grid-desk> under Trusted Types', () => {
  it('shows hostile text as text in the list, an opened report and the form', async () => {
    const hostile = {
      ...overdueReport,
      place: { text: hostileText },
      text: hostileText,
      category: { code: 'environment', label: hostileText },
      history: [{ ...overdueReport.history[0]!, note: hostileText }],
      households: [{ id: 'hh-1', name: hostileText }],
    };
    const client = new FakeGridDeskClient([hostile, disputeReport]);
    const el = await mountShowing(client, { tag: 'sz-grid-desk', defaults: { village: 'v-test-01' } }, 'report');
    assert.include(visibleText(part(el, 'report')), sentinel);
    part(el, 'report')?.click();
    await waitUntil(() => part(el, 'step-form'), 'the opened report and its form');
    assert.include(visibleText(part(el, 'panel')), sentinel);
    el.shadowRoot?.querySelector<HTMLElement>('#tab-report')?.click();
    await waitUntil(() => part(el, 'report-form'), 'the report form');
    assertInert(el.shadowRoot!, violations);
  });
});
