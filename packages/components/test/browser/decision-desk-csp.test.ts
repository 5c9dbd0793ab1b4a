import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/decision-desk/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { decisionRows, FakeDecisionDeskClient, mountDecisionDesk, sampleDecisions } from '../fixtures/decision-desk-client.js';
import { part, visibleText } from '../fixtures/mount.js';

/**
 * The decision desk under a host page that enforces Trusted Types: a decision's title, the villagers' opinions, the
 * minutes and the supervisor's notes are typed by people, so hostile text there stays text; the open decision and
 * its forms come as a late part with constant constructable style sheets (no style text from data).
 */
const violations = trustedTypesPage();

describe('<sz-decision-desk> under Trusted Types', () => {
  it('shows a hostile title, summary, minutes and note as text, and opens the decision and its form without a violation', async () => {
    const [first, ...rest] = sampleDecisions();
    if (!first) throw new Error('no sample decision');
    const [hearing, ...steps] = first.trail.steps;
    if (!hearing?.hearing) throw new Error('no hearing');
    const hostile = {
      ...first,
      title: hostileText,
      trail: {
        ...first.trail,
        steps: [
          {
            ...hearing,
            hearing: { ...hearing.hearing, summary: hostileText },
            minutes: hostileText,
            observations: [{ kind: 'concern' as const, on: '2026-11-03', by: 'v-test-s05', note: hostileText }],
          },
          ...steps,
        ],
      },
    };
    const el = await mountDecisionDesk(new FakeDecisionDeskClient([hostile, ...rest]));
    assert.include(visibleText(decisionRows(el)[0]), sentinel);
    decisionRows(el)[0]?.querySelector<HTMLButtonElement>('[part~="show"]')?.click();
    await waitUntil(() => part(el, 'form'), 'the open decision with its step form', { timeout: 5000 });
    assert.include(visibleText(el.shadowRoot?.querySelector('[data-step="hearing"]')), sentinel);
    assertInert(el.shadowRoot!, violations);
  });
});
