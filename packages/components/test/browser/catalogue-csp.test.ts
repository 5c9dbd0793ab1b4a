import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { FakeCatalogueClient, guideOf, type Detail } from '../fixtures/catalogue-client.js';
import { allElements, enforcePolicy, hostileText as hostile, recordViolations, sentinel, withHandlers } from '../fixtures/csp.js';

/**
 * The catalogue under an enforced Trusted Types policy with hostile data in every text a guide carries (names,
 * keywords, materials, conditions, FAQ, links): shown as text, no element, event handler or style made from it,
 * and a `javascript:` link never reaches an href.
 */
const violations = recordViolations();

class HostileCatalogueClient extends FakeCatalogueClient {
  constructor() {
    super();
    this.services = this.services.map((item) => ({
      ...item,
      name: { 'zh-CN': `${hostile} ${item.name['zh-CN']}`, en: hostile },
      keywords: [hostile],
    }));
  }

  override detail(code: string): Detail {
    const base = super.detail(code);
    const guide = guideOf(this.services.find((one) => one.code === code) ?? this.services[0]!, 3);
    const text = { 'zh-CN': hostile, en: hostile };
    return {
      ...base,
      conditions: [text],
      implementingBody: text,
      materials: guide.materials.map((material) => ({
        ...material,
        name: text,
        source: text,
        notes: text,
        blankFormUrl: 'javascript:alert(1)',
      })),
      faq: [{ question: text, answer: text }],
      online: { depth: 3, url: 'javascript:alert(1)' },
    };
  }
}

describe('<sz-service-catalogue> under an enforced Trusted Types policy', () => {
  before(async () => {
    enforcePolicy();
    await import('../../src/provider/define.js');
    await import('../../src/services/define.js');
  });

  it('shows hostile list and guide data as text only', async () => {
    const client = new HostileCatalogueClient();
    const provider = await fixture<HTMLElement>(html`<sz-provider .client=${client} region="v-csp-01"></sz-provider>`);
    const el = document.createElement('sz-service-catalogue');
    provider.append(el);
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="results"]'), 'the list', { timeout: 5000 });
    el.service = 'SV-CA-01';
    await waitUntil(() => el.shadowRoot?.querySelector('[part~="guide"]'), 'the guide', { timeout: 5000 });
    await el.updateComplete;

    assert.deepEqual(violations, [], 'Trusted Types / CSP violations');
    assert.isUndefined((window as { szPwned?: number }).szPwned);
    const elements = allElements(provider);
    assert.deepEqual(
      elements.filter((element) => ['IMG', 'SCRIPT', 'IFRAME'].includes(element.tagName)).map((element) => element.tagName),
      [],
    );
    assert.deepEqual(withHandlers(elements), []);
    assert.deepEqual(
      elements.filter((element) => element.hasAttribute('style')).map((element) => element.tagName),
      [],
    );
    assert.deepEqual(
      elements.filter((element) => /^javascript:/i.test(element.getAttribute('href') ?? '')).map((element) => element.tagName),
      [],
      'no javascript: links',
    );
    assert.include(el.shadowRoot?.textContent, sentinel);
  });
});
