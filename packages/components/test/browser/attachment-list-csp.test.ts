import { assert } from '@open-wc/testing';
import { getAttachment } from '@shanzhi/sdk';
import { waitUntil } from '../fixtures/wait.js';
import { filesClient, mountList } from '../fixtures/attachment-list-client.js';
import { hostileText, sentinel, trustedTypesPage, trustedTypesPolicy } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { problem } from '../fixtures/fake-client.js';

/**
 * The staff's file list under the strict policy docs/embedding.md recommends (Trusted Types, and `img-src 'self'
 * blob:` for photos read with the token): a photo opened shows from its blob: URL, in the row and in the dialog,
 * without a violation, and a hostile server message stays text.
 */
const violations = trustedTypesPage(`${trustedTypesPolicy}; img-src 'self' blob:`);

describe('the file list under a strict Content-Security-Policy', () => {
  it('shows an opened photo from its blob: URL and a hostile problem title as text', async () => {
    const client = await filesClient();
    client.failNext(getAttachment.id, problem(503, hostileText, 'req-503', getAttachment.id));
    const { root } = await mountList(client, ['att-missing', 'att-photo']);
    await waitUntil(() => root.querySelectorAll('[data-state="ready"], [data-state="gone"], [data-state="failed"]').length === 2, 'read');
    assert.include(root.querySelector('[data-state="failed"]')?.textContent, sentinel);
    root.querySelector<HTMLElement>('[part~="attachment-open"]')?.click();
    const dialog = root.querySelector('dialog');
    await waitUntil(() => dialog?.open, 'the dialog opened');
    const images = [...root.querySelectorAll('img')];
    assert.lengthOf(images, 2, 'the thumbnail and the larger view; the message made no element');
    for (const image of images) {
      assert.match(image.src, /^blob:/);
      await waitUntil(() => image.complete, 'loaded');
      assert.equal(image.naturalWidth, 2, 'the blob: URL is allowed and decodes');
    }
    dialog?.close();
    assertInert(root, violations);
  });
});
