import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/points-desk/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { part, visibleText } from '../fixtures/mount.js';
import { FakePointsDeskClient, mountDesk, openObjection, sampleEntries } from '../fixtures/points-desk-client.js';

/**
 * The desk under a host page that enforces Trusted Types: household names, notes and objection reasons come from
 * villagers and staff, so hostile text there is shown as text, creates no element, sets no style and reaches no
 * HTML sink — in the queue, the household's record, the batch results and the supervisor's objections.
 */
const violations = trustedTypesPage();

describe('<sz-points-desk> under Trusted Types', () => {
  it('shows hostile names and notes as text in the queue, the record and the refusals', async () => {
    const [first, ...rest] = sampleEntries();
    if (!first) throw new Error('no sample entry');
    const client = new FakePointsDeskClient([{ ...first, householdName: hostileText, note: hostileText }, ...rest]);
    client.refusals.set(first.id, { status: 409, code: 'points.transition.illegal', title: hostileText });
    const el = await mountDesk(client);
    assert.include(visibleText(part(el, 'queue')), sentinel);
    await waitUntil(() => visibleText(part(el, 'history')).includes(sentinel), 'the hostile name in the record');
    el.shadowRoot?.querySelector<HTMLInputElement>(`[data-entry="${first.id}"] input`)?.click();
    await el.updateComplete;
    part(el, 'approve')?.click();
    await waitUntil(() => visibleText(part(el, 'refused')).includes(sentinel), 'the hostile refusal');
    assertInert(el.shadowRoot!, violations);
  });

  it("shows a hostile objection reason as text in the supervisor's panel", async () => {
    const client = new FakePointsDeskClient([], 'publicized');
    client.objections = [{ ...openObjection, reason: hostileText, entryHouseholdName: hostileText }];
    const el = await mountDesk(client, {}, (desk) => part(desk, 'objection') !== null);
    assert.include(visibleText(part(el, 'objection')), sentinel);
    assertInert(el.shadowRoot!, violations);
  });
});
