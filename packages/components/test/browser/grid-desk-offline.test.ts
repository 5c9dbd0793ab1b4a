import { assert, expect } from '@open-wc/testing';
import { fileGridReport, NetworkError, ProblemError } from '@shanzhi/sdk';
import '../../src/grid-desk/define.js';
import { storeKey } from '../../src/grid-desk/outbox.js';
import type { SzGridDesk } from '../../src/grid-desk/sz-grid-desk.js';
import { freshDeviceForEach, setOnline } from '../fixtures/device.js';
import { problem } from '../fixtures/fake-client.js';
import { FakeGridDeskClient } from '../fixtures/grid-desk-client.js';
import { mountInProvider, part, visibleText } from '../fixtures/mount.js';
import { choose, typeInto } from '../fixtures/form-controls.js';
import { waitUntil } from '../fixtures/wait.js';

/**
 * A report written in the field without signal: kept on the phone (localStorage, see outbox.ts), sent by itself when
 * the connection returns — once, with the key it was kept with — and nothing of it left on the phone afterwards.
 */
const $ = (el: SzGridDesk, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;
/** What a text field of the desk holds now. */
const valueOf = (el: SzGridDesk, selector: string) => el.shadowRoot?.querySelector<HTMLInputElement>(selector)?.value;
const stored = () => localStorage.getItem(storeKey('v-test-01'));

async function mount(client: FakeGridDeskClient): Promise<SzGridDesk> {
  const { el } = await mountInProvider<SzGridDesk, FakeGridDeskClient>(
    client,
    { tag: 'sz-grid-desk', defaults: { village: 'v-test-01' } },
    {},
    { when: (one) => one.shadowRoot?.querySelector('[part~="report"]') !== null, what: 'the reports' },
  );
  return el;
}

async function write(el: SzGridDesk, place = '三组村口桥头'): Promise<void> {
  $(el, '#tab-report')?.click();
  await waitUntil(() => part(el, 'report-form'), 'the report form');
  choose(el, '#gd-report-category', 'safety');
  await typeInto(el, '#gd-report-place-text', place);
  await typeInto(el, '#gd-report-text', '桥栏杆断了一截。');
  await el.updateComplete;
}

/** A desk whose worker wrote and sent a report without signal: it waits on the phone. */
async function keptOffline(): Promise<{ client: FakeGridDeskClient; el: SzGridDesk }> {
  const client = new FakeGridDeskClient();
  const el = await mount(client);
  setOnline(false);
  await write(el);
  send(el);
  await waitUntil(() => part(el, 'kept'), 'kept');
  return { client, el };
}

function send(el: SzGridDesk): void {
  part(el, 'report-form')?.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
}

describe('<sz-grid-desk> offline drafts', () => {
  freshDeviceForEach();

  it('keeps a report written offline and sends it exactly once when the connection returns, leaving nothing behind', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    setOnline(false);
    await write(el);
    assert.include(stored(), '三组村口桥头', 'what is typed is kept as it is typed');
    assert.include(visibleText(part(el, 'report-form')), '现在没有网络');
    send(el);
    await waitUntil(() => part(el, 'kept'), 'the kept notice');
    assert.include(visibleText(part(el, 'kept')), '1 份上报保存在本手机上');
    assert.lengthOf(client.callsOf(fileGridReport.id), 0, 'nothing is tried without signal');
    const kept = JSON.parse(stored() ?? '{}') as { outbox: { key: string; body: unknown }[]; draft?: unknown };
    assert.lengthOf(kept.outbox, 1);
    assert.isUndefined(kept.draft, 'the form is empty again');
    assert.equal(valueOf(el, '#gd-report-place-text'), '');
    await expect(el).to.be.accessible();

    const filed: unknown[] = [];
    el.addEventListener('sz-grid-desk-report', (event) => filed.push(event.detail));
    setOnline(true);
    // A second `online` (the radio flapping) while the first send is on its way starts no second send.
    window.dispatchEvent(new Event('online'));
    await waitUntil(() => part(el, 'kept') === null, 'sent');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const calls = client.callsOf(fileGridReport.id);
    assert.lengthOf(calls, 1, 'sent exactly once');
    assert.equal(calls[0]?.idempotencyKey, kept.outbox[0]?.key, 'with the key it was kept with');
    assert.deepEqual(filed, [{ reportId: client.reports.at(-1)?.id }], 'one event, an id only');
    assert.include($(el, '[role="status"][aria-live="polite"]')?.textContent, '已经发出');
    assert.isNull(stored(), 'no report data is left on the phone');
    assert.lengthOf(Object.keys(localStorage), 0);
    assert.lengthOf(Object.keys(sessionStorage), 0);
  });

  it('keeps a report whose send got no answer, and resends it with the same key', async () => {
    const client = new FakeGridDeskClient();
    const el = await mount(client);
    await write(el);
    client.failNext(fileGridReport.id, new NetworkError(fileGridReport.id, 'req-lost', new TypeError('Failed to fetch')));
    send(el);
    await waitUntil(() => part(el, 'send-kept'), 'kept, with “send now”');
    part(el, 'send-kept')?.click();
    await waitUntil(() => part(el, 'kept') === null, 'sent');
    const [first, second] = client.callsOf(fileGridReport.id);
    assert.equal(second?.idempotencyKey, first?.idempotencyKey, 'the server files it once whatever happened to the first');
    assert.lengthOf(Object.keys(localStorage), 0);
  });

  it('keeps a report waiting when the sign-in lapsed while offline (401), and sends it later with its key', async () => {
    const { client, el } = await keptOffline();
    client.failNext(fileGridReport.id, problem(401, '请先登录', 'req-401', fileGridReport.id));
    setOnline(true);
    await waitUntil(() => client.callsOf(fileGridReport.id).length === 1, 'tried');
    await waitUntil(() => part(el, 'send-kept')?.hasAttribute('disabled') === false, 'still waiting, with “send now”');
    assert.notInclude(visibleText(part(el, 'kept')), '被退回');
    part(el, 'send-kept')?.click();
    await waitUntil(() => part(el, 'kept') === null, 'sent');
    const [first, second] = client.callsOf(fileGridReport.id);
    assert.equal(second?.idempotencyKey, first?.idempotencyKey);
    assert.isNull(stored());
  });

  it('brings back what was being typed when the desk is opened again', async () => {
    const first = await mount(new FakeGridDeskClient());
    await write(first, '五组晒谷场');
    first.remove();
    const el = await mount(new FakeGridDeskClient());
    $(el, '#tab-report')?.click();
    await waitUntil(() => part(el, 'report-form'), 'the report form');
    assert.equal(valueOf(el, '#gd-report-place-text'), '五组晒谷场');
    assert.include($(el, '[role="status"][aria-live="polite"]')?.textContent, '已恢复');
  });

  it('shows a kept report the server refused, to correct or delete; it is never resent by itself', async () => {
    const { client, el } = await keptOffline();
    const refusal = new ProblemError(
      {
        type: 'https://shanzhi.example/problems/validation',
        title: '请检查填写的内容',
        status: 422,
        code: 'validation',
        requestId: 'req-422',
        issues: [{ path: ['category'], code: 'grid.category.unknown', message: '本村的网格事项清单里没有“safety”' }],
      },
      fileGridReport.id,
      'req-422',
    );
    client.failNext(fileGridReport.id, refusal);
    setOnline(true);
    await waitUntil(() => visibleText(part(el, 'kept')).includes('被退回'), 'the refusal');
    setOnline(false);
    setOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.lengthOf(client.callsOf(fileGridReport.id), 1, 'a refused report waits for the worker');
    await expect(el).to.be.accessible();
    part(el, 'kept')?.querySelector<HTMLButtonElement>('.actions .primary')?.click();
    await waitUntil(() => $(el, '#gd-report-category[aria-invalid="true"]'), 'the problem at its field');
    assert.equal(valueOf(el, '#gd-report-place-text'), '三组村口桥头');
    assert.isNull(part(el, 'kept'));
  });
});
