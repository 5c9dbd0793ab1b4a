import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure-poster/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { part, visibleText } from '../fixtures/mount.js';
import { decodeDrawnQr, FakePosterClient, mountPoster, stubPrint } from '../fixtures/poster-client.js';

/**
 * The poster under a host page that enforces Trusted Types: titles, bodies and relief lists are typed by people, so
 * hostile text there stays text; the QR code is SVG made by Lit's svg templates (no markup string, no HTML sink), and
 * printing adopts constant constructable style sheets (no style text from data).
 */
const violations = trustedTypesPage();

describe('<sz-disclosure-poster> under Trusted Types', () => {
  it('shows a hostile title and body as text, draws its QR code, and prints without a violation', async () => {
    const client = new FakePosterClient();
    const notice = client.details.get('d-notice');
    if (!notice) throw new Error('no sample item');
    const [first] = notice.versions;
    if (!first) throw new Error('no version');
    client.details.set('d-notice', {
      ...notice,
      versions: [{ ...first, title: hostileText, body: [{ type: 'paragraph', children: [{ type: 'text', text: hostileText }] }] }],
    });
    const el = await mountPoster(client, { item: 'd-notice' });
    assert.include(visibleText(part(el, 'sheet')), sentinel);
    assert.include(part(el, 'qr')?.getAttribute('aria-label'), sentinel, 'the title names the QR code, as text');
    assert.equal(await decodeDrawnQr(part(el, 'qr') as unknown as SVGSVGElement), 'https://portal.example/disclosure?item=d-notice');
    const printer = stubPrint(el);
    try {
      part(el, 'print')?.click();
      assert.lengthOf(printer.calls, 1);
      window.dispatchEvent(new Event('afterprint'));
    } finally {
      printer.restore();
    }
    await waitUntil(() => part(el, 'record-form'), 'the record form', { timeout: 5000 });
    assertInert(el.shadowRoot!, violations);
  });
});
