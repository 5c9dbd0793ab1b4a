import { assert, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure-editor/define.js';
import type { SzDisclosureEditor } from '../../src/disclosure-editor/sz-disclosure-editor.js';
import { choose, pngFile } from '../fixtures/attachment-client.js';
import { clickButton, control, deskLoaded, typeInto } from '../fixtures/disclosure-editor-client.js';
import { demoToken, demoVillage, mountAs, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';

async function editorAs(role: string): Promise<SzDisclosureEditor> {
  const ready = { when: deskLoaded, what: `the ${role}'s editor` };
  return (await mountAs<SzDisclosureEditor>(role, 'sz-disclosure-editor', {}, ready)).el;
}

const formOpen = (el: SzDisclosureEditor) => control(el, '#draft-title') !== null;
const save = (el: SzDisclosureEditor) => control(el, '[part~="form"] button[type="submit"]')?.click();

/** Saves, waits for the rules' verdict, previews, and publishes through the confirmation; resolves with the event's detail. */
async function saveAndPublish(el: SzDisclosureEditor): Promise<{ itemId: string; version: number }> {
  const saved = oneEvent(el, 'sz-disclosure-editor-save');
  save(el);
  await saved;
  await waitUntil(() => visibleText(part(el, 'findings')).includes('可以发布'), 'a publishable draft', { timeout: 10_000 });
  clickButton(el, '预览');
  await waitUntil(() => part(el, 'preview')?.querySelector('[part~="detail"]'), 'the preview', { timeout: 10_000 });
  clickButton(el, '发布', '.actions');
  await waitUntil(() => part(el, 'confirm'), 'the confirmation', { timeout: 5000 });
  const published = oneEvent(el, 'sz-disclosure-editor-publish');
  clickButton(el, '确定发布', '[part~="confirm"]');
  const { detail } = (await published) as CustomEvent<{ itemId: string; version: number }>;
  await waitUntil(() => deskLoaded(el) && !formOpen(el), 'back to the lists', { timeout: 10_000 });
  return detail;
}

describe('<sz-disclosure-editor> against the reference server', function () {
  const api = useReferenceServer(this, 90_000);

  it('a cadre drafts, previews and publishes an item the public board then lists; a correction with a reason adds version 2', async () => {
    const title = `端到端公开测试 ${String(Date.now() % 100_000)}`;
    const el = await editorAs('cadre');
    part(el, 'new-draft')?.click();
    await waitUntil(() => formOpen(el), 'the draft form', { timeout: 10_000 });
    await typeInto(el, '#draft-title', title);
    await typeInto(el, 'textarea', '本村将于十二月组织河道清淤，请沿河住户注意安全。');
    // A photo through the shared file field (purpose `disclosure`): public once the item is published.
    choose(control(el, '#draft-files'), await pngFile('清淤河段.png'));
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="attachment"][data-state="done"]'), 'the photo uploaded', {
      timeout: 10_000,
    });
    const first = await saveAndPublish(el);
    assert.equal(first.version, 1);

    // The public (no token) finds it on the board.
    const listed = (await (await fetch(`${api}/v1/villages/${demoVillage}/disclosures?q=${encodeURIComponent(title)}`)).json()) as {
      items: { id: string }[];
    };
    assert.deepEqual(
      listed.items.map((one) => one.id),
      [first.itemId],
    );

    // The correction, from the published list.
    await waitUntil(() => el.shadowRoot?.querySelector(`[data-item="${first.itemId}"] button`), 'the item among the published', {
      timeout: 10_000,
    });
    el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-item="${first.itemId}"] button`)?.click();
    await waitUntil(() => control(el, '#draft-reason'), 'the correction form', { timeout: 10_000 });
    await typeInto(el, '#draft-title', '（更正）');
    await typeInto(el, '#draft-reason', '清淤时间写错了');
    const second = await saveAndPublish(el);
    assert.deepEqual(second, { itemId: first.itemId, version: 2 });

    const item = (await (await fetch(`${api}/v1/villages/${demoVillage}/disclosures/${first.itemId}`)).json()) as {
      versions: { title: string; correction?: { reason: string }; attachments: { name: string; url: string }[] }[];
    };
    assert.lengthOf(item.versions, 2);
    assert.equal(item.versions[0]?.title, title);
    assert.equal(item.versions[1]?.title, `${title}（更正）`);
    assert.equal(item.versions[1]?.correction?.reason, '清淤时间写错了');
    // The photo is on both versions, under a plain public name, and anyone can fetch it.
    const [photo] = item.versions[1]?.attachments ?? [];
    assert.equal(photo?.name, '附件1.png');
    assert.notInclude(JSON.stringify(item), '清淤河段', 'the original file name is never sent');
    assert.equal((await fetch(photo?.url ?? '')).status, 200);
  });

  it('refuses the villager: drafts are never public', async () => {
    const token = demoToken('villager');
    const el = await mountLive<SzDisclosureEditor>('sz-disclosure-editor', { village: demoVillage });
    el.getToken = () => token;
    // The token is given after the first paint (as a portal's sign-in does): wait for the refusal the server gives
    // that token, not for whichever error part is drawn first (under load a re-read replaced it mid-check).
    await waitUntil(() => visibleText(part(el, 'error')).includes('无权'), 'the refusal in words', { timeout: 15_000 });
    assert.include(visibleText(part(el, 'error')), '无权');
  });
});
