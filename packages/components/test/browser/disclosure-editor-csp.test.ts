import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { clickButton, control, FakeEditorClient, mountEditor, publishedItem, sampleDraft } from '../fixtures/disclosure-editor-client.js';
import { part, visibleText } from '../fixtures/mount.js';

/**
 * The editor under a host page that enforces Trusted Types: titles, bodies and findings come from cadres and the
 * server, so hostile text there is shown as text — in the lists, the form and the preview (the board's own renderer) —
 * creates no element, sets no style, and reaches no HTML sink.
 */
const violations = trustedTypesPage();

describe('<sz-disclosure-editor> under Trusted Types', () => {
  it('shows hostile titles, body text and findings as text, in the lists, the form and the preview', async () => {
    const paragraph = { type: 'paragraph' as const, children: [{ type: 'text' as const, text: hostileText }] };
    const draft = sampleDraft({
      findings: [{ path: ['version', 'title'], code: 'x', message: hostileText }],
    });
    const hostileDraft = { ...draft, version: { ...draft.version, title: hostileText, body: [paragraph] } };
    const item = { ...publishedItem, versions: [{ ...publishedItem.versions[0]!, title: hostileText }] };
    const el = await mountEditor(new FakeEditorClient({ drafts: [hostileDraft], published: [item] }));
    assert.include(visibleText(part(el, 'drafts')), sentinel);
    assert.include(visibleText(part(el, 'published')), sentinel);
    el.shadowRoot?.querySelector<HTMLButtonElement>('[data-draft="dd-1"] button')?.click();
    await waitUntil(() => control(el, '#draft-title')?.value === hostileText, 'the draft in the form', { timeout: 5000 });
    assert.include(visibleText(part(el, 'findings')), sentinel);
    clickButton(el, '预览');
    await waitUntil(() => part(el, 'preview')?.querySelector('[part~="detail"]'), 'the preview', { timeout: 5000 });
    assert.include(visibleText(part(el, 'preview')), sentinel);
    assertInert(el.shadowRoot!, violations);
  });
});
