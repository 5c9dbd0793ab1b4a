import { assert, oneEvent } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { emit, type SzEventDetails } from '../../src/internal/events.js';
import { SzElement } from '../../src/internal/sz-element.js';

class EventProbe extends SzElement {
  override render() {
    return litHtml`<button type="button" @click=${this.choose}>选</button>`;
  }
  private readonly choose = () => {
    this.emit('sz-household-select', { householdId: 'h-000001', rank: 1, villageId: 'v-1' });
  };
}
customElements.define('test-event-probe', EventProbe);

declare global {
  interface HTMLElementTagNameMap {
    'test-event-probe': EventProbe;
  }
}

describe('foundation: sz-* events', () => {
  it('bubble out of shadow roots to the document with a typed detail', async () => {
    const outer = document.createElement('div');
    document.body.append(outer);
    // The widget sits inside another component's shadow root, as in a portal built with web components.
    const shadow = outer.attachShadow({ mode: 'open' });
    const probe = document.createElement('test-event-probe');
    shadow.append(probe);
    await probe.updateComplete;
    const heard = oneEvent(document, 'sz-household-select');
    probe.shadowRoot!.querySelector('button')!.click();
    const event = (await heard) as CustomEvent<SzEventDetails['sz-household-select']>;
    assert.isTrue(event.bubbles);
    assert.isTrue(event.composed);
    assert.isFalse(event.cancelable);
    assert.equal(event.detail.householdId, 'h-000001');
    assert.equal(event.detail.rank, 1);
    assert.strictEqual(event.target, outer, 'retargeted to the outermost host');
    outer.remove();
  });

  it('emit() dispatches on any target', async () => {
    const target = new EventTarget();
    const heard = oneEvent(target, 'sz-period-change');
    emit(target, 'sz-period-change', { period: '2026-11', villageId: 'v-1' });
    const event = await heard;
    assert.deepEqual(event.detail, { period: '2026-11', villageId: 'v-1' });
  });
});
