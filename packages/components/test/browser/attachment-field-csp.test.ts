import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { choose, mountField, pngFile } from '../fixtures/attachment-client.js';
import { hostileText, sentinel, trustedTypesPage, trustedTypesPolicy } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';

/**
 * The file field under the strict policy docs/embedding.md recommends (Trusted Types, and `img-src 'self' blob:` for
 * the thumbnails): a hostile file name is shown as text, and the thumbnail of an image loads without a violation.
 */
const violations = trustedTypesPage(`${trustedTypesPolicy}; img-src 'self' blob:`);

describe('the file field under a strict Content-Security-Policy', () => {
  it('shows a hostile file name as text and the thumbnail from its blob: URL', async () => {
    const { el, root } = await mountField();
    choose(root.querySelector<HTMLInputElement>('input[type="file"]'), await pngFile(`${hostileText}.png`));
    await waitUntil(() => root.querySelector('[part~="attachment"][data-state="done"]'), 'uploaded');
    await el.updateComplete;
    assert.include(root.querySelector('[part~="attachment"]')?.textContent, sentinel);
    const thumbnail = root.querySelector<HTMLImageElement>('[part~="attachment"] img');
    if (!thumbnail) throw new Error('no thumbnail');
    await waitUntil(() => thumbnail.complete, 'the thumbnail loaded');
    assert.equal(thumbnail.naturalWidth, 2, 'the blob: URL is allowed and decodes');
    assert.lengthOf(root.querySelectorAll('img'), 1, 'the name made no element');
    assertInert(root, violations);
  });
});
