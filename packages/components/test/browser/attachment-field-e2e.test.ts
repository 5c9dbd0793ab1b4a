import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/points-desk/define.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { choose, pngFile } from '../fixtures/attachment-client.js';
import { demoVillage, mountAs, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';

/** A seeded household of the demo village (its whole number) that the other end-to-end tests leave alone. */
const householdNumber = '101201-00008';

interface Entry {
  readonly id: string;
  readonly attachmentIds?: readonly string[];
}

describe('evidence with a declaration, against the reference server', function () {
  const api = useReferenceServer(this, 60_000);

  it('the grid worker attaches a photo: it is uploaded at once, named by the declaration, and readable by id', async () => {
    const ready = { when: (el: SzPointsDesk) => part(el, 'open-declare'), what: 'the desk' };
    const { el: desk, token } = await mountAs('gridWorker', 'sz-points-desk', {}, ready);
    const root = desk.shadowRoot!;
    part(desk, 'open-declare')?.click();
    await waitUntil(() => root.querySelector('#declare-files'), 'the declare form with its file field', { timeout: 10_000 });
    root.querySelector<HTMLInputElement>('#declare-q')?.focus();
    await sendKeys({ type: householdNumber });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[data-household]'), 'the household found', { timeout: 10_000 });
    root.querySelector<HTMLButtonElement>('[data-household]')?.click();
    await desk.updateComplete;
    const select = root.querySelector<HTMLSelectElement>('#declare-rule');
    const positive = [...(select?.options ?? [])].find((option) => option.value !== '' && option.textContent.includes('+'));
    assert.isDefined(positive, 'the village has a rule that adds points');
    if (select) {
      select.value = positive.value;
      select.dispatchEvent(new Event('change'));
    }

    choose(root.querySelector<HTMLInputElement>('#declare-files'), await pngFile('王家院落-打扫后.png'));
    await waitUntil(() => root.querySelector('[part~="attachment"][data-state="done"]'), 'the photo uploaded', { timeout: 10_000 });
    assert.include(visibleText(root.querySelector('[part~="attachment"]')), '王家院落-打扫后.png', 'the local name is shown');
    await expect(desk).to.be.accessible();

    const declared = oneEvent(desk, 'sz-points-desk-declare');
    part(desk, 'declare-submit')?.click();
    const { detail } = (await declared) as CustomEvent<SzEventDetails['sz-points-desk-declare']>;
    await waitUntil(() => part(desk, 'declare-receipt'), 'the receipt', { timeout: 10_000 });
    assert.isNull(root.querySelector('[part~="attachment"]'), 'the file list is forgotten after the declaration');

    // The declaration names the photo: the grid worker's queue reads it back, and the file's description with it.
    const headers = { Authorization: `Bearer ${token}` };
    const queue = (await (await fetch(`${api}/v1/villages/${demoVillage}/points/entries?limit=200`, { headers })).json()) as {
      items: Entry[];
    };
    const entry = queue.items.find((one) => one.id === detail.entryId);
    assert.isDefined(entry, 'the declaration is in the first-review queue');
    assert.lengthOf(entry.attachmentIds ?? [], 1);
    const attachmentId = entry.attachmentIds?.[0] ?? '';
    const described = await fetch(`${api}/v1/villages/${demoVillage}/attachments/${attachmentId}`, { headers });
    assert.equal(described.status, 200);
    const attachment = (await described.json()) as Record<string, unknown>;
    assert.equal(attachment.purpose, 'points-evidence');
    assert.equal(attachment.mediaType, 'image/png');
    assert.notInclude(JSON.stringify(attachment), '王家院落', 'the server keeps no file name');
    const content = await fetch(`${api}/v1/villages/${demoVillage}/attachments/${attachmentId}/content`, { headers });
    assert.equal(content.headers.get('content-type'), 'image/png');
    // Nobody without a token may read it.
    assert.equal((await fetch(`${api}/v1/villages/${demoVillage}/attachments/${attachmentId}`)).status, 404);
  });
});
