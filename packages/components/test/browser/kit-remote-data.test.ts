import { assert, fixture } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { ProblemError } from '@shanzhi/sdk';
import { html, LitElement, type TemplateResult } from 'lit';
import { commonMessages } from '../../src/internal/common-messages.js';
import { Localizer } from '../../src/internal/localize.js';
import { RemoteData } from '../../src/internal/remote-data.js';

interface Call {
  readonly query: string;
  readonly signal: AbortSignal;
  resolve(value: string[]): void;
  reject(error: unknown): void;
}

/** A host with one remote read whose requests the test settles by hand. */
class RemoteProbe extends LitElement {
  static override properties = { query: {} };
  query: string | undefined = 'a';
  readonly calls: Call[] = [];
  readonly readyValues: string[][] = [];
  readonly common = new Localizer(commonMessages, () => 'en');
  readonly data = new RemoteData(this, {
    common: this.common,
    args: () => (this.query === undefined ? undefined : ([this.query] as const)),
    load: ([query], signal) =>
      new Promise<string[]>((resolve, reject) => {
        this.calls.push({ query, signal, resolve, reject });
      }),
    onReady: (value) => this.readyValues.push(value),
  });

  override render(): TemplateResult {
    return html`<p id="phase">${this.data.phase}</p>
      ${this.data.render({
        ready: (items) =>
          html`<ul>
            ${items.map((item) => html`<li>${item}</li>`)}
          </ul>`,
        empty: { when: (items) => items.length === 0, message: () => 'none' },
      })}`;
  }
}
customElements.define('sz-test-remote-probe', RemoteProbe);

const phase = (el: RemoteProbe) => el.shadowRoot!.querySelector('#phase')!.textContent;
const part = (el: RemoteProbe, name: string) => el.shadowRoot!.querySelector(`[part="${name}"]`);

function setOnline(online: boolean): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  window.dispatchEvent(new Event(online ? 'online' : 'offline'));
}

async function mount(): Promise<RemoteProbe> {
  const el = await fixture<RemoteProbe>(html`<sz-test-remote-probe></sz-test-remote-probe>`);
  await waitUntil(() => el.calls.length === 1, 'the first load');
  return el;
}

describe('RemoteData (the widget kit’s remote read)', () => {
  afterEach(() => {
    delete (navigator as { onLine?: boolean }).onLine;
  });

  it('is idle while there is nothing to load, and loads once the arguments arrive', async () => {
    const el = await fixture<RemoteProbe>(html`<sz-test-remote-probe .query=${undefined}></sz-test-remote-probe>`);
    await el.updateComplete;
    assert.equal(phase(el), 'idle');
    assert.lengthOf(el.calls, 0);
    el.query = 'b';
    await waitUntil(() => el.calls.length === 1);
    await el.updateComplete;
    assert.equal(phase(el), 'loading');
    assert.isNotNull(part(el, 'loading'), 'the shared skeleton');
  });

  it('shows the value when it arrives and tells the host once', async () => {
    const el = await mount();
    el.calls[0]!.resolve(['x', 'y']);
    await waitUntil(() => phase(el) === 'ready');
    assert.deepEqual(
      [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent),
      ['x', 'y'],
    );
    assert.deepEqual(el.readyValues, [['x', 'y']]);
  });

  it('shows the shared empty state when the value is empty', async () => {
    const el = await mount();
    el.calls[0]!.resolve([]);
    await waitUntil(() => part(el, 'empty'));
    assert.equal(part(el, 'empty')!.textContent, 'none');
  });

  it('aborts the load in flight when the arguments change and shows only the newest answer', async () => {
    const el = await mount();
    el.query = 'b';
    await waitUntil(() => el.calls.length === 2);
    assert.isTrue(el.calls[0]!.signal.aborted, 'the older request is cancelled');
    el.calls[1]!.resolve(['new']);
    el.calls[0]!.resolve(['old']);
    await waitUntil(() => phase(el) === 'ready');
    await el.updateComplete;
    assert.equal(el.shadowRoot!.querySelector('li')!.textContent, 'new');
    assert.deepEqual(el.readyValues, [['new']]);
  });

  it('does not load again when an update leaves the arguments as they were', async () => {
    const el = await mount();
    el.requestUpdate();
    await el.updateComplete;
    assert.lengthOf(el.calls, 1);
  });

  it('shows a server problem with its request id, and the retry button loads again', async () => {
    const el = await mount();
    el.calls[0]!.reject(
      new ProblemError({ type: 'about:blank', status: 503, code: 'unavailable', title: 'Down for maintenance' }, 'test.route', 'req-7'),
    );
    await waitUntil(() => part(el, 'error'));
    assert.include(part(el, 'error')!.textContent, 'Down for maintenance');
    assert.include(part(el, 'error')!.textContent, 'req-7');
    (part(el, 'retry') as HTMLButtonElement).click();
    await waitUntil(() => el.calls.length === 2, 'retry');
    el.calls[1]!.resolve(['back']);
    await waitUntil(() => phase(el) === 'ready');
  });

  it('says offline when the browser is offline, and reloads by itself when the connection returns', async () => {
    const el = await mount();
    setOnline(false);
    el.calls[0]!.reject(new TypeError('Failed to fetch'));
    await waitUntil(() => part(el, 'offline'));
    assert.equal(phase(el), 'offline');
    setOnline(true);
    await waitUntil(() => el.calls.length === 2, 'the reload on reconnect');
    el.calls[1]!.resolve(['online']);
    await waitUntil(() => phase(el) === 'ready');
  });

  it('a network error while the browser is online is an error to retry, not "offline"', async () => {
    const el = await mount();
    el.calls[0]!.reject(new TypeError('Failed to fetch'));
    await waitUntil(() => part(el, 'error'));
    assert.equal(phase(el), 'error');
  });

  it('cancels the load when removed from the page and loads again when put back', async () => {
    const el = await mount();
    const parent = el.parentElement!;
    el.remove();
    assert.isTrue(el.calls[0]!.signal.aborted, 'the request stops with the widget');
    parent.append(el);
    await waitUntil(() => el.calls.length === 2, 'the reload after the move');
    el.calls[1]!.resolve(['moved']);
    await waitUntil(() => phase(el) === 'ready');
  });
});
