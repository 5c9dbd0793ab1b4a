import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { draftKey, type IntakeDraft } from '../../src/mediation/draft.js';
import { demoToken, demoVillage, useReferenceServer } from '../fixtures/e2e.js';
import { completeDraft, mountIntake, q, receiptCaseNumber, root, storeDraft, waitForReceipt } from '../fixtures/mediation-mount.js';

/** A 1×1 PNG: what the server recognizes from its bytes (the name and declared type are not believed). */
const pngBytes = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
  (char) => char.charCodeAt(0),
);

describe('<sz-mediation-intake> files against the reference server', function () {
  const api = useReferenceServer(this, 40_000);

  it("uploads a photo, submits the case with its id, and only the village's mediator can read the photo", async () => {
    storeDraft(completeDraft((draft) => (draft.step = 0)));
    const el = await mountIntake({ village: demoVillage });
    const input = q<HTMLInputElement>(el, '#f-attachments')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([pngBytes], '门口.png', { type: 'image/png' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => q(el, '[data-upload="done"]') !== null, 'uploaded', { timeout: 15_000 });
    const attachmentId = (JSON.parse(sessionStorage.getItem(draftKey) ?? '{}') as IntakeDraft).attachments[0]?.attachmentId ?? '';
    assert.match(attachmentId, /^att-/);

    await el.submit();
    await waitForReceipt(el);
    const caseNumber = receiptCaseNumber(el);
    assert.isNull(sessionStorage.getItem(draftKey), 'nothing of the files is left in the draft');
    assert.notInclude(root(el).textContent, '门口.png');

    const mediator = demoToken('mediator');
    assert.ok(mediator, 'a demo mediator token');
    const content = (token?: string) =>
      fetch(`${api}/v1/villages/${demoVillage}/attachments/${attachmentId}/content`, {
        headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
      });
    const read = await content(mediator);
    assert.equal(read.status, 200);
    assert.equal(read.headers.get('Content-Type'), 'image/png');
    assert.deepEqual(new Uint8Array(await read.arrayBuffer()).slice(0, 8), pngBytes.slice(0, 8));
    assert.equal((await content()).status, 404, 'the anonymous applicant cannot read it back');
    const villager = demoToken('villager');
    if (villager) assert.equal((await content(villager)).status, 404, 'nor can a villager');

    // The case names its file for its mediators.
    const status = await fetch(`${api}/v1/mediation/cases/${caseNumber}`, { headers: { Authorization: `Bearer ${mediator}` } });
    assert.equal(status.status, 200);
    assert.deepEqual(((await status.json()) as { attachments?: unknown }).attachments, [{ attachmentId, villageId: demoVillage }]);
  });
});
