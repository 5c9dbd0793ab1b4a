import { assert, expect } from '@open-wc/testing';
import { getAttachment, getAttachmentContent } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import { pngFile } from '../fixtures/attachment-client.js';
import { pdfBlob } from '../fixtures/attachment-list-client.js';
import type { RecordedInput } from '../fixtures/fake-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { checkbox, FakePointsDeskClient, mountDesk } from '../fixtures/points-desk-client.js';
import { waitUntil } from '../fixtures/wait.js';

/** The desk's fake server with the evidence of the sample entries: `att-1` a photo, `att-2` a PDF. */
class EvidenceClient extends FakePointsDeskClient {
  files = new Map<string, Blob>([['att-2', pdfBlob()]]);

  protected override answer(routeId: string, input: RecordedInput): unknown {
    const bytes = this.files.get(input.params?.attachmentId ?? '');
    if (routeId === getAttachment.id && bytes)
      return {
        id: input.params?.attachmentId,
        villageId: 'v-test-01',
        purpose: 'points-evidence',
        mediaType: bytes.type,
        size: bytes.size,
        sha256: '0'.repeat(64),
        public: false,
        createdAt: '2026-11-29T04:00:00.000Z',
      };
    if (routeId === getAttachmentContent.id && bytes) return bytes;
    return super.answer(routeId, input);
  }
}

describe('the points desk: a reviewer sees the evidence of the entry in hand', () => {
  it('offers the focused entry’s evidence, reads it only when asked, and opens the photo', async () => {
    const client = new EvidenceClient();
    client.files.set('att-1', await pngFile('x.png'));
    const el = await mountDesk(client);
    const root = el.shadowRoot!;
    await waitUntil(() => part(el, 'open-evidence'), 'the evidence button');
    assert.include(visibleText(part(el, 'open-evidence')), '查看佐证材料（2 份）');
    assert.include(visibleText(part(el, 'open-evidence')), '张建国', 'it names whose entry');
    assert.lengthOf(client.callsOf(getAttachment.id), 0, 'nothing read before the reviewer asks');
    part(el, 'open-evidence')?.click();
    await waitUntil(() => root.querySelectorAll('[part~="evidence"] [part~="attachment-file"][data-state="ready"]').length === 2, 'read');
    assert.equal(root.activeElement, part(el, 'evidence'), 'focus on the evidence');
    assert.lengthOf(client.callsOf(getAttachmentContent.id), 0);
    root.querySelector<HTMLElement>('[part~="evidence"] [part~="attachment-open"]')?.click();
    const dialog = root.querySelector<HTMLDialogElement>('[part~="evidence"] dialog');
    await waitUntil(() => dialog?.open && dialog.querySelector('img')?.naturalWidth === 2, 'the photo in the dialog');
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog?.open, 'closed');
    assert.isNotNull(part(el, 'evidence'), 'Escape closed the photo only');

    // The next entry has no evidence: no button; the one after shows its own button again.
    checkbox(el, 'pe-0000001')?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => !part(el, 'evidence') && !part(el, 'open-evidence'), 'nothing for an entry without evidence');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => part(el, 'open-evidence'), 'the next entry’s button');
    assert.include(visibleText(part(el, 'open-evidence')), '王小明');
  });
});
