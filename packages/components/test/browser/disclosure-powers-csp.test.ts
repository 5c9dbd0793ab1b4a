import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { mountBoard, part, text } from '../fixtures/disclosure-mount.js';
import { PowersFakeClient, homestead, makePowerList } from '../fixtures/powers-client.js';

/**
 * The 小微权力清单 under a host page that enforces Trusted Types: a county's hostile names, posts and supervision
 * notes end up as text in the list and in the SVG drawing (Lit `svg` templates, no markup strings, no style strings).
 */
const violations = trustedTypesPage();

describe('<sz-disclosure-board view="powers"> under strict CSP with Trusted Types', () => {
  it('renders hostile power data as text in the list and the drawing', async () => {
    const hostile = { 'zh-CN': hostileText, en: hostileText };
    const client = new PowersFakeClient();
    client.powerList = makePowerList([
      {
        ...homestead,
        name: hostile,
        summary: hostile,
        legalBasis: [{ title: hostile, article: hostile }],
        steps: homestead.steps.map((step) => ({ ...step, name: hostile, description: hostile })),
        supervision: homestead.supervision.map((point) => ({ ...point, what: hostile })),
      },
    ]);
    const { el } = await mountBoard({ client, attrs: { view: 'powers' }, waitForItems: false });
    await waitUntil(() => part(el, 'power-list') !== null, 'the power list', { timeout: 5000 });
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-power="homestead"]')!.click();
    await waitUntil(() => part(el, 'flowchart') !== null, 'the flowchart', { timeout: 5000 });
    assert.include(text(part(el, 'flow-steps')), sentinel);
    // The drawing shortens a long name to three lines: what it shows of the markup is text.
    assert.include(el.shadowRoot!.querySelector('svg')!.textContent, '<img src=x onerror=');
    assertInert(el, violations);
  });
});
