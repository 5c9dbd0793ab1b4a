import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { getSupermarketReconciliation, NetworkError } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/love-supermarket/define.js';
import type { SzLoveSupermarket } from '../../src/love-supermarket/sz-love-supermarket.js';
import { freshDeviceForEach, setOnline } from '../fixtures/device.js';
import { demoToken, demoVillage, mountAs, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { problem, type RecordedInput } from '../fixtures/fake-client.js';
import { FakeSupermarketClient, mountSupermarket } from '../fixtures/love-supermarket-client.js';
import { mountSignedOut, part, visibleText } from '../fixtures/mount.js';

/** The route's stock columns, in the order the lines below give them. */
const columns = ['opening', 'restocked', 'donated', 'redeemed', 'expectedClosing', 'recordedClosing'] as const;

/** A stock line as the route answers it, from its figures in `columns` order (expected = opening + in − out). */
function line(goodsId: string, name: string, figures: readonly number[]) {
  const counts = Object.fromEntries(columns.map((column, at) => [column, figures[at] ?? 0]));
  return { goodsId, name, ...counts, balanced: figures[4] === figures[5] };
}

/** November does not reconcile (two soaps missing, 5 points more on receipts than in the ledger); October does. */
const months: Record<string, unknown> = {
  '2026-11': {
    villageId: 'v-test-01',
    month: '2026-11',
    lines: [line('sg-1', '酱油', [20, 10, 0, 4, 26, 26]), line('sg-2', '肥皂', [30, 0, 5, 3, 32, 30])],
    receiptPoints: 65,
    ledgerPoints: 60,
    redemptions: 4,
    findings: [
      { code: 'supermarket.reconciliation.stock', message: '肥皂：应有 32 件，记录 30 件', goodsId: 'sg-2' },
      { code: 'supermarket.reconciliation.points', message: '兑换单积分比积分台账多 5 分' },
    ],
    balanced: false,
  },
  '2026-10': {
    villageId: 'v-test-01',
    month: '2026-10',
    lines: [line('sg-1', '酱油', [18, 2, 0, 0, 20, 20])],
    receiptPoints: 0,
    ledgerPoints: 0,
    redemptions: 0,
    findings: [],
    balanced: true,
  },
};

class FakeReconciliationClient extends FakeSupermarketClient {
  protected override answer(routeId: string, input: RecordedInput, options: Parameters<FakeSupermarketClient['request']>[2]): unknown {
    if (routeId !== getSupermarketReconciliation.id) return super.answer(routeId, input, options ?? {});
    const found = months[input.params?.month ?? ''];
    if (found === undefined) throw problem(404, '未找到', 'req-404', routeId);
    return found;
  }
}

const verdict = (el: SzLoveSupermarket) => part(el, 'verdict');
const monthField = (el: SzLoveSupermarket) => el.shadowRoot?.querySelector<HTMLInputElement>('#reconciliation-month') ?? null;

async function mountReconciliation(
  client = new FakeReconciliationClient(),
  attrs: Record<string, string> = {},
): Promise<SzLoveSupermarket> {
  const el = await mountSupermarket(client, { mode: 'reconciliation', ...attrs }, false);
  await waitUntil(() => verdict(el) ?? part(el, 'error') ?? part(el, 'offline') ?? part(el, 'staff-only'), 'the reconciliation');
  return el;
}

describe('<sz-love-supermarket mode="reconciliation">', () => {
  freshDeviceForEach();

  it("opens on the month of the server's today, marks each difference in words, and passes axe", async () => {
    const client = new FakeReconciliationClient();
    const el = await mountReconciliation(client);
    await waitUntil(() => visibleText(verdict(el)).includes('2026-11'), "November's verdict");
    assert.deepEqual(
      client.callsOf(getSupermarketReconciliation.id).map((call) => call.input.params?.month),
      ['2026-11'],
      "one request, for the server's month (not first the browser's)",
    );
    assert.include(visibleText(verdict(el)), '发现 2 处不符');
    assert.isNull(part(el, 'goods'), 'the shelf is not shown');
    const rows = [...(part(el, 'stock')?.querySelectorAll('tbody tr') ?? [])];
    assert.lengthOf(rows, 2);
    assert.notInclude(rows[0]?.getAttribute('part') ?? '', 'mismatch');
    assert.include(visibleText(rows[0]), '相符');
    assert.include(rows[1]?.getAttribute('part') ?? '', 'mismatch');
    assert.include(visibleText(rows[1]), '不符');
    assert.include(visibleText(rows[1]), '-2', 'the difference, recorded − expected');
    assert.include(visibleText(part(el, 'points')), '+5 (不符)');
    assert.include(visibleText(part(el, 'findings')), '兑换单积分比积分台账多 5 分');
    await expect(el).to.be.accessible();
  });

  it('shows another month picked with the keyboard, and says so to screen readers', async () => {
    const client = new FakeReconciliationClient();
    const el = await mountReconciliation(client);
    await waitUntil(() => visibleText(verdict(el)).includes('2026-11'), 'November');
    const field = monthField(el);
    if (!field) throw new Error('no month field');
    field.value = '2026-10';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => visibleText(verdict(el)).includes('2026-10'), 'October');
    assert.include(visibleText(verdict(el)), '账实相符');
    assert.isNull(part(el, 'findings'));
    await waitUntil(() => visibleText(el.shadowRoot?.querySelector('[role="status"][aria-live]')).includes('2026-10'), 'the announcement');
  });

  it('says so at the field when the month is missing', async () => {
    const el = await mountReconciliation();
    const field = monthField(el);
    if (!field) throw new Error('no month field');
    field.value = '';
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.shadowRoot?.querySelector<HTMLButtonElement>('[part~="month-form"] button[type="submit"]')?.click();
    await waitUntil(() => field.getAttribute('aria-invalid') === 'true', 'the field problem');
    assert.include(visibleText(el.shadowRoot?.querySelector('#reconciliation-month-error')), '2026-11');
    assert.equal(el.shadowRoot?.activeElement, field);
  });

  it('prints on its own: the print button opens the print dialog, and the print styles keep only the reconciliation', async () => {
    const el = await mountReconciliation();
    const original = Object.getOwnPropertyDescriptor(window, 'print');
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      part(el, 'print')?.click();
    } finally {
      if (original) Object.defineProperty(window, 'print', original);
    }
    assert.equal(printed, 1);
    const rules = (el.shadowRoot?.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText));
    assert.isTrue(
      rules.some((rule) => rule.startsWith('@media print') && rule.includes('.reconciliation')),
      'print styles',
    );
  });

  it('tells a token the route refuses who may read it', async () => {
    const client = new FakeReconciliationClient();
    client.failNext(getSupermarketReconciliation.id, problem(403, '无权访问', 'req-403', getSupermarketReconciliation.id));
    const el = await mountReconciliation(client);
    assert.include(visibleText(part(el, 'staff-only')), '村务监督委员会');
    assert.isNull(part(el, 'error'));
  });

  it('without a token says who may read it, and asks for no reconciliation', async () => {
    const el = await mountSignedOut<SzLoveSupermarket>('sz-love-supermarket', { village: 'v-test-01', mode: 'reconciliation' });
    await waitUntil(() => part(el, 'staff-only'), 'the staff-only words');
    await expect(el).to.be.accessible();
  });

  it('shows the problem with its request id and a retry, and the offline state', async () => {
    const client = new FakeReconciliationClient();
    client.failNext(getSupermarketReconciliation.id, problem(503, '服务暂时不可用', 'req-rec-503', getSupermarketReconciliation.id));
    const el = await mountReconciliation(client);
    await waitUntil(() => part(el, 'error'), 'the error');
    assert.include(visibleText(part(el, 'error')), 'req-rec-503');
    part(el, 'retry')?.click();
    await waitUntil(() => verdict(el), 'loaded after retry');

    const offline = new FakeReconciliationClient();
    setOnline(false);
    offline.failNext(
      getSupermarketReconciliation.id,
      new NetworkError(getSupermarketReconciliation.id, 'req-off', new TypeError('Failed to fetch')),
    );
    const other = await mountReconciliation(offline);
    await waitUntil(() => part(other, 'offline'), 'the offline state');
    setOnline(true);
  });

  it('speaks English', async () => {
    const el = await mountReconciliation(new FakeReconciliationClient(), { locale: 'en' });
    await waitUntil(() => visibleText(verdict(el)).includes('2 differences'), 'the English verdict');
    assert.include(visibleText(part(el, 'stock')), 'Expected closing');
    assert.include(visibleText(part(el, 'stock')), 'Differs');
    assert.include(visibleText(part(el, 'month-form')), 'Print the reconciliation');
  });

  it('in 长辈版 passes axe', async () => {
    const el = await mountReconciliation(new FakeReconciliationClient(), { elder: '' });
    await waitUntil(() => part(el, 'stock'), 'the table');
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await expect(el).to.be.accessible();
  });
});

describe('<sz-love-supermarket mode="reconciliation"> against the reference server', function () {
  const api = useReferenceServer(this);

  it("shows the supervisor the month's reconciliation as the server computes it", async () => {
    // The month of the server's today (the demo clock: 2026-11-29).
    const ready = {
      when: (desk: SzLoveSupermarket) => visibleText(verdict(desk)).includes('2026-11'),
      what: 'the reconciliation of November',
    };
    const { el, token } = await mountAs('supervisor', 'sz-love-supermarket', { mode: 'reconciliation' }, ready);
    const answer = (await (
      await fetch(`${api}/v1/villages/${demoVillage}/supermarket/reconciliations/2026-11`, {
        headers: { authorization: `Bearer ${token}` },
      })
    ).json()) as { lines: unknown[]; balanced: boolean };
    assert.isAbove(answer.lines.length, 0, 'the seed has goods');
    assert.lengthOf(part(el, 'stock')?.querySelectorAll('tbody tr') ?? [], answer.lines.length);
    assert.include(visibleText(verdict(el)), answer.balanced ? '账实相符' : '处不符');
    assert.notMatch(el.shadowRoot?.textContent ?? '', /\d{11}|\d{17}[\dXx]/, 'no phone or ID number');
    await expect(el).to.be.accessible();
  });

  it('tells a villager who may read it', async () => {
    const token = demoToken('villager');
    const el = await mountLive<SzLoveSupermarket>('sz-love-supermarket', { village: demoVillage, mode: 'reconciliation' });
    el.getToken = () => token;
    await waitUntil(() => part(el, 'staff-only'), 'the staff-only words', { timeout: 15_000 });
  });
});
