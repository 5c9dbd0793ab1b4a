import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import type { SzMediationStatus } from '../../src/mediation/sz-mediation-status.js';
import { useReferenceServer } from '../fixtures/e2e.js';
import { part, submitCase } from '../fixtures/mediation-mount.js';

/**
 * A tracking code works like a password: it is shown to the person on the receipt and typed into the status widget,
 * but no event hands it to the page's scripts and no URL carries it (proxy logs, history, Referer).
 */
describe('tracking codes stay out of events and URLs', function () {
  const api = useReferenceServer(this, 40_000);

  beforeEach(() => {
    performance.clearResourceTimings();
  });

  /** Every URL this page has requested so far (fetch included), from the Resource Timing buffer. */
  function requestedUrls(): string[] {
    return performance.getEntriesByType('resource').map((entry) => entry.name);
  }

  it('sz-intake-submitted carries the case number only; the receipt still shows the code', async () => {
    const { detail, caseNumber, trackingCode: code } = await submitCase();
    assert.match(code, /^[2-9A-HJKMNP-Z]{8}$/, 'the receipt shows the code to the person');
    assert.deepEqual(Object.keys(detail), ['caseNumber']);
    assert.equal(detail.caseNumber, caseNumber);
    assert.notInclude(JSON.stringify(detail), code);
    assert.notInclude(JSON.stringify(detail), `${code.slice(0, 4)}-${code.slice(4)}`);
  });

  it('the status widget sends the typed code in no URL and keeps it out of its attributes and the page address', async () => {
    const { caseNumber, trackingCode: code } = await submitCase();
    const pageUrl = location.href;
    performance.clearResourceTimings();

    const el = await fixture<SzMediationStatus>(html`<sz-mediation-status api-base=${api}></sz-mediation-status>`);
    const form = part(el, 'lookup') as HTMLFormElement;
    form.querySelector<HTMLInputElement>('[name="caseNumber"]')!.value = caseNumber;
    form.querySelector<HTMLInputElement>('[name="trackingCode"]')!.value = `${code.slice(0, 4)}-${code.slice(4)}`.toLowerCase();
    form.requestSubmit();
    await waitUntil(() => part(el, 'status') !== null, 'the status', { timeout: 10_000 });

    const urls = requestedUrls();
    assert.isTrue(
      urls.some((url) => url.endsWith(`/v1/mediation/cases/${caseNumber}/lookup`)),
      `the look-up was requested: ${urls.join(', ')}`,
    );
    for (const url of urls) {
      assert.notInclude(url.toUpperCase(), code, `no URL holds the code: ${url}`);
      assert.notMatch(url, /tracking/i, `no URL names a tracking code: ${url}`);
    }
    assert.equal(location.href, pageUrl, 'the lookup form did not navigate');
    assert.isFalse(
      el.getAttributeNames().some((name) => (el.getAttribute(name) ?? '').toUpperCase().includes(code)),
      'no attribute holds the code',
    );
  });
});
