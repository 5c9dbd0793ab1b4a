import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { html as litHtml } from 'lit';
import { commonMessages } from '../../src/internal/common-messages.js';
import { ElderControls } from '../../src/internal/elder-controls.js';
import { readElderPreference, writeElderPreference } from '../../src/internal/elder-preference.js';
import { Localizer } from '../../src/internal/localize.js';
import { SzElement } from '../../src/internal/sz-element.js';
import { tokenDefaults } from '../../src/internal/tokens.js';
import '../../src/provider/define.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

class ElderProbe extends SzElement {
  static override styles = tokenDefaults;
  readonly controls: ElderControls = new ElderControls(this, new Localizer(commonMessages, () => this.effectiveLocale));
  override render() {
    return litHtml`${this.controls.render()}<p>正文</p>`;
  }
}
customElements.define('test-elder-probe', ElderProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-elder-probe': ElderProbe;
  }
}

function bodySize(el: ElderProbe): number {
  return parseFloat(getComputedStyle(el.shadowRoot!.querySelector('p')!).fontSize);
}

describe('foundation: 长辈版 remembered on the device', () => {
  clearStorageBeforeEach(localStorage);

  it('stores the choice and reads it back', () => {
    assert.isUndefined(readElderPreference());
    writeElderPreference(true);
    assert.isTrue(readElderPreference());
    assert.equal(localStorage.getItem('sz-elder-mode'), '1');
    writeElderPreference(false);
    assert.isFalse(readElderPreference());
  });

  it('a new widget starts in the remembered mode; a widget already on the page follows the switch', async () => {
    const before = await fixture<ElderProbe>(html`<test-elder-probe></test-elder-probe>`);
    assert.isFalse(before.effectiveElder);
    writeElderPreference(true);
    await waitUntil(() => before.hasAttribute('data-sz-elder'), 'the widget on the page follows');
    const after = await fixture<ElderProbe>(html`<test-elder-probe></test-elder-probe>`);
    assert.isTrue(after.effectiveElder);
    assert.isAtLeast(bodySize(after), 18, 'body text ≥ 18 px');
  });

  it('own attribute, then provider, then the device preference', async () => {
    writeElderPreference(true);
    const provider = await fixture<HTMLElement>(
      html`<sz-provider elder="false"><test-elder-probe></test-elder-probe><test-elder-probe elder></test-elder-probe></sz-provider>`,
    );
    const [inherits, own] = [...provider.querySelectorAll('test-elder-probe')];
    await own!.updateComplete;
    assert.isFalse(inherits!.effectiveElder, "the provider's elder=false beats the device preference");
    assert.isTrue(own!.effectiveElder, "the widget's own attribute beats the provider");
  });

  it('the switch in the widget stores the choice, and the text size control reaches 30 px', async () => {
    const el = await fixture<ElderProbe>(html`<test-elder-probe></test-elder-probe>`);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="elder-controls"] button')!;
    assert.equal(toggle.getAttribute('aria-pressed'), 'false');
    toggle.click();
    await waitUntil(() => el.hasAttribute('data-sz-elder'));
    assert.equal(localStorage.getItem('sz-elder-mode'), '1');
    const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.text-size button')];
    const larger = buttons.find((button) => button.textContent.includes('放大字号'))!;
    for (let i = 0; i < 5; i++) {
      larger.click();
      await el.updateComplete;
    }
    assert.isTrue(larger.disabled, 'stops at the largest size');
    assert.isAtLeast(bodySize(el), 30);
    assert.equal(localStorage.getItem('sz-text-size'), '4', 'remembered');
  });

  it('still works when storage is blocked (some WeChat web views)', async () => {
    const original = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    try {
      assert.isUndefined(readElderPreference());
      writeElderPreference(true);
      const el = await fixture<ElderProbe>(html`<test-elder-probe elder></test-elder-probe>`);
      assert.isTrue(el.effectiveElder);
    } finally {
      if (original) Object.defineProperty(window, 'localStorage', original);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });
});
