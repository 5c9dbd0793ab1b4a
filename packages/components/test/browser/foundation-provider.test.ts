import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { createClient } from '@shanzhi/sdk';
import { html as litHtml } from 'lit';
import { SzElement } from '../../src/internal/sz-element.js';
import '../../src/provider/define.js';
import type { SzProvider } from '../../src/provider/sz-provider.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

/** A bare widget: it shows what it resolved from its own attributes, the provider and the device. */
class ProviderProbe extends SzElement {
  override render() {
    return litHtml`<span>${this.effectiveLocale}|${String(this.effectiveElder)}|${this.config.village ?? ''}</span>`;
  }
  get resolvedVillage(): string | undefined {
    return this.config.village;
  }
}
customElements.define('test-provider-probe', ProviderProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-provider-probe': ProviderProbe;
  }
}

const hosts: HTMLElement[] = [];

/**
 * A plain container. (open-wc's fixture() waits an animation frame for elements without `updateComplete`, and
 * frames stall in a background page when the runner tests two files at once.)
 */
function container(lang?: string): HTMLDivElement {
  const host = document.createElement('div');
  if (lang !== undefined) host.lang = lang;
  document.body.append(host);
  hosts.push(host);
  return host;
}

async function inProvider(provider: string, widget = ''): Promise<{ provider: SzProvider; probe: ProviderProbe }> {
  const host = container();
  // Markup as a portal writes it (attributes only), parsed by the browser.
  const template = document.createElement('template');
  template.innerHTML = `<sz-provider ${provider}><test-provider-probe ${widget}></test-provider-probe></sz-provider>`;
  host.append(template.content);
  const probe = host.querySelector('test-provider-probe')!;
  await probe.updateComplete;
  return { provider: host.querySelector('sz-provider')!, probe };
}

describe('foundation: <sz-provider> context and own-attribute precedence', () => {
  clearStorageBeforeEach(localStorage);

  afterEach(() => {
    for (const host of hosts.splice(0)) host.remove();
  });

  it('gives every widget inside the locale, elder mode, village and a client made from api-base', async () => {
    const { probe } = await inProvider('api-base="https://api.example.gov.cn" locale="en" elder village="v-qs-01"');
    assert.equal(probe.effectiveLocale, 'en');
    assert.isTrue(probe.effectiveElder);
    assert.equal(probe.resolvedVillage, 'v-qs-01');
    assert.equal(probe.client?.baseUrl, 'https://api.example.gov.cn');
    assert.isTrue(probe.hasAttribute('data-sz-elder'), 'styles switch on a host attribute, not a style string');
  });

  it("lets the widget's own attributes win over the provider's", async () => {
    const { probe } = await inProvider(
      'api-base="https://provider.example" locale="en" elder',
      'locale="zh-CN" elder="false" api-base="https://own.example"',
    );
    assert.equal(probe.effectiveLocale, 'zh-CN');
    assert.isFalse(probe.effectiveElder);
    assert.isFalse(probe.hasAttribute('data-sz-elder'));
    assert.equal(probe.client?.baseUrl, 'https://own.example');
  });

  it('passes a ready-made client through', async () => {
    const client = createClient({ baseUrl: 'https://custom.example' });
    const provider = await fixture<SzProvider>(
      html`<sz-provider .client=${client}><test-provider-probe></test-provider-probe></sz-provider>`,
    );
    const probe = provider.querySelector('test-provider-probe')!;
    await probe.updateComplete;
    assert.strictEqual(probe.client, client);
  });

  it('updates widgets when the provider changes', async () => {
    const { provider, probe } = await inProvider('locale="zh-CN"');
    provider.setAttribute('locale', 'en');
    provider.setAttribute('elder', '');
    await waitUntil(() => probe.effectiveLocale === 'en' && probe.hasAttribute('data-sz-elder'), 'the probe follows');
    assert.include(probe.shadowRoot!.textContent, 'en|true');
  });

  it('works with no provider: own attributes, then the page language, then zh-CN', async () => {
    const own = await fixture<ProviderProbe>(html`<test-provider-probe locale="en" api-base="https://solo.example"></test-provider-probe>`);
    assert.equal(own.effectiveLocale, 'en');
    assert.equal(own.client?.baseUrl, 'https://solo.example');
    const inEnglish = document.createElement('test-provider-probe');
    container('en').append(inEnglish);
    await inEnglish.updateComplete;
    assert.equal(inEnglish.effectiveLocale, 'en');
    const plain = await fixture<ProviderProbe>(html`<test-provider-probe></test-provider-probe>`);
    assert.equal(plain.effectiveLocale, 'zh-CN');
    assert.isUndefined(plain.client, 'no api-base anywhere: no client');
    assert.isFalse(plain.effectiveElder);
  });

  it('shares one anonymous client per api-base between widgets', async () => {
    const a = await fixture<ProviderProbe>(html`<test-provider-probe api-base="https://shared.example"></test-provider-probe>`);
    const b = await fixture<ProviderProbe>(html`<test-provider-probe api-base="https://shared.example"></test-provider-probe>`);
    assert.strictEqual(a.client, b.client);
  });
});
