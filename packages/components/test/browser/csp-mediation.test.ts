import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { enforcePolicy, recordViolations } from '../fixtures/csp.js';
import { completeDraft, mountIntake, part, root, storeDraft } from '../fixtures/mediation-mount.js';

/**
 * The mediation widgets under a host page that enforces Trusted Types: what the applicant typed (restored from
 * the session draft) and what a host puts in attributes is shown as text, creates no element and reaches no
 * HTML sink — a Trusted Types violation would fire `securitypolicyviolation`.
 */
const hostile = `<img src=x onerror="window.szPwned=1"><script>window.szPwned=2</script>" style="color:red"`;
const violations = recordViolations();

before(() => {
  enforcePolicy();
});

afterEach(() => {
  sessionStorage.clear();
});

describe('the mediation widgets under Trusted Types', () => {
  it('shows hostile text typed into the intake as text on the review step', async () => {
    storeDraft(
      completeDraft((draft) => {
        draft.dispute.description = `${hostile} 邻居家的排水管排到我家院子`;
        draft.dispute.desiredOutcome = hostile;
        draft.applicant.address = hostile;
        const first = draft.respondents[0];
        if (first) first.name = hostile;
      }),
    );
    const el = await mountIntake();
    await waitUntil(() => part(el, 'step')?.textContent.includes('onerror') === true, 'the review step shows the typed text');
    const shadow = root(el);
    assert.isNull(shadow.querySelector('img, script'), 'no element was created from the text');
    assert.notExists((window as { szPwned?: number }).szPwned, 'nothing ran');
    assert.isFalse(
      [...shadow.querySelectorAll('[style]')].some((node) => (node.getAttribute('style') ?? '').includes('red')),
      'no style attribute came from the text',
    );
    assert.deepEqual(violations, []);
  });

  it('treats hostile attribute and property values on the status widget as text', async () => {
    const status = document.createElement('sz-mediation-status');
    status.setAttribute('api-base', 'http://127.0.0.1:9');
    status.setAttribute('case-number', hostile);
    // The code is a property only (never an attribute); a hostile value there is text too.
    (status as HTMLElement & { trackingCode: string }).trackingCode = hostile;
    document.body.append(status);
    await (status as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.isNull(status.shadowRoot?.querySelector('img, script') ?? null);
    assert.notExists((window as { szPwned?: number }).szPwned);
    assert.deepEqual(violations, []);
    status.remove();
  });
});
