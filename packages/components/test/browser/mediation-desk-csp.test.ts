import { assert } from '@open-wc/testing';
import '../../src/mediation-desk/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { FakeMediationDeskClient, sampleDesks, working } from '../fixtures/mediation-desk-client.js';
import { mountShowing, part, visibleText } from '../fixtures/mount.js';
import { waitUntil } from '../fixtures/wait.js';

/**
 * The mediator's desk under a host page that enforces Trusted Types: the parties' names, the dispute, the session
 * notes and the 调解协议书 are typed by people, so hostile text there stays text — in the panel (a late chunk with
 * constant constructable style sheets, its print layout among them) and in the agreement form that repeats it.
 */
const violations = trustedTypesPage();

describe('<sz-mediation-desk> under Trusted Types', () => {
  it('shows hostile names, notes and agreement text as text, and opens a form without a violation', async () => {
    const desks = sampleDesks().map((one) =>
      one.status.caseNumber === working
        ? {
            ...one,
            parties: one.parties.map((party) => ({ ...party, name: hostileText })),
            dispute: { ...one.dispute, description: hostileText },
            sessions: one.sessions.map((session) => ({ ...session, place: hostileText, notes: hostileText })),
            agreement: one.agreement && { ...one.agreement, facts: hostileText, terms: hostileText, committee: hostileText },
          }
        : one,
    );
    const el = await mountShowing(new FakeMediationDeskClient(desks), { tag: 'sz-mediation-desk', defaults: {} }, 'case');
    el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="${working}"]`)?.click();
    await waitUntil(() => part(el, 'agreement'), 'the case with its agreement');
    assert.include(visibleText(part(el, 'agreement')), sentinel);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-step="scheduleMediationSession"]')?.click();
    await waitUntil(() => part(el, 'form'), 'the schedule form');
    assert.include(visibleText(part(el, 'form')), sentinel, 'the parties named in the form');
    assertInert(el.shadowRoot!, violations);
  });
});
