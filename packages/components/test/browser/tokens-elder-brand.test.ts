import { assert, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { SzElement } from '../../src/internal/sz-element.js';
import { tokenDefaults } from '../../src/internal/tokens.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

/** A widget's host styles only: which colour each private brand variable resolves to, everyday and in 长辈版. */
class BrandProbe extends SzElement {
  static override styles = [tokenDefaults];
  override render() {
    return litHtml`<p class="primary">主色</p><p class="red-list">红榜</p><p class="accent">新</p>`;
  }
}
customElements.define('test-brand-probe', BrandProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-brand-probe': BrandProbe;
  }
}

function resolved(el: BrandProbe, variable: '--_primary' | '--_red-list' | '--_accent'): string {
  return getComputedStyle(el).getPropertyValue(variable).trim().toLowerCase();
}

async function probe(style: string, elder: boolean): Promise<BrandProbe> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // Portal theming is a stylesheet on an ancestor; set through the CSSOM (no style strings built from data).
  for (const declaration of style.split(';').filter(Boolean)) {
    const [name = '', value = ''] = declaration.split(':');
    wrapper.style.setProperty(name.trim(), value.trim());
  }
  const el = document.createElement('test-brand-probe');
  if (elder) el.setAttribute('elder', '');
  wrapper.append(el);
  await el.updateComplete;
  assert.equal(el.hasAttribute('data-sz-elder'), elder);
  return el;
}

describe('design tokens: brand colours in 长辈版 and the red list', () => {
  clearStorageBeforeEach(localStorage);

  it('without portal tokens: our red everyday, the darker red in elder mode', async () => {
    assert.equal(resolved(await probe('', false), '--_primary'), '#b3261e');
    assert.equal(resolved(await probe('', true), '--_primary'), '#8c1d18');
    assert.equal(resolved(await probe('', true), '--_red-list'), '#8c1d18');
  });

  it('a blue portal stays blue in elder mode', async () => {
    const el = await probe('--sz-color-primary: #1a5fb4; --sz-color-accent: #2a7ab0', true);
    assert.equal(resolved(el, '--_primary'), '#1a5fb4');
    assert.equal(resolved(el, '--_accent'), '#2a7ab0');
  });

  it("a portal's elder shade wins in elder mode only", async () => {
    const style = '--sz-color-primary: #1a5fb4; --sz-elder-color-primary: #0d3a73';
    assert.equal(resolved(await probe(style, false), '--_primary'), '#1a5fb4');
    assert.equal(resolved(await probe(style, true), '--_primary'), '#0d3a73');
  });

  it('the red list keeps its own colour when the brand colour changes', async () => {
    const blue = await probe('--sz-color-primary: #1a5fb4', false);
    assert.equal(resolved(blue, '--_red-list'), '#b3261e');
    const themed = await probe('--sz-color-primary: #1a5fb4; --sz-color-red-list: #c0392b', true);
    assert.equal(resolved(themed, '--_red-list'), '#c0392b', 'the everyday red-list colour carries into elder mode');
  });
});
