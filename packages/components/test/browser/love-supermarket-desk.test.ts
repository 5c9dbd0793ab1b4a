import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { NetworkError, ProblemError } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzLoveSupermarket } from '../../src/love-supermarket/sz-love-supermarket.js';
import { FakeSupermarketClient, household, mountSupermarket } from '../fixtures/love-supermarket-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { clearStorageBeforeEach } from '../fixtures/storage.js';

const shadow = (el: SzLoveSupermarket) => el.shadowRoot!;
const numberField = (el: SzLoveSupermarket) => shadow(el).querySelector<HTMLInputElement>('#sm-number');
const addButton = (el: SzLoveSupermarket, goodsId: string) =>
  shadow(el).querySelector<HTMLButtonElement>(`[part~="goods-item"][data-goods="${goodsId}"] [part~="add"]`);
const cartRows = (el: SzLoveSupermarket) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('[part~="cart"] tbody tr')];
const quantity = (el: SzLoveSupermarket, goodsId: string) => shadow(el).querySelector<HTMLInputElement>(`#sm-qty-${goodsId}`);

/** Types the household number and presses Enter, as a keeper does; waits for the balance. */
async function findHousehold(el: SzLoveSupermarket, typed = household.householdNumber, balance = '可兑换积分 75 分'): Promise<void> {
  numberField(el)?.focus();
  await sendKeys({ type: typed });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => visibleText(part(el, 'household')).includes(balance), 'the household and its balance');
}

async function mountDesk(client = new FakeSupermarketClient(), attrs: Record<string, string> = {}): Promise<SzLoveSupermarket> {
  return mountSupermarket(client, { mode: 'desk', ...attrs });
}

describe('<sz-love-supermarket mode="desk">', () => {
  clearStorageBeforeEach(localStorage);

  it('finds the household by its typed number, shows it masked with its balance, and passes axe', async () => {
    const client = new FakeSupermarketClient();
    const el = await mountDesk(client);
    await findHousehold(el, '49');
    const shown = visibleText(part(el, 'household'));
    assert.include(shown, '林*娜（户号 101201-00049）');
    assert.equal(shadow(el).activeElement?.id, 'sm-household-name', 'focus moves to the household found');
    // The points route names the head in full for staff; the desk shows the masked name only.
    assert.notInclude(shadow(el).innerHTML, '林诗娜');
    assert.deepEqual(client.callsOf('getHouseholdBalance')[0]?.input.params, { villageId: 'v-test-01', householdId: 'h-0049' });
    await expect(el).to.be.accessible();
  });

  it('says plainly when no household has the number', async () => {
    const el = await mountDesk();
    numberField(el)?.focus();
    await sendKeys({ type: '999999-12345' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shadow(el).querySelector('#sm-number-error'), 'the message');
    assert.include(shadow(el).querySelector('#sm-number-error')?.textContent, '999999-12345');
    assert.equal(numberField(el)?.getAttribute('aria-invalid'), 'true');
  });

  it('tells a keeper whose account may not read the points that the server checks the balance', async () => {
    const client = new FakeSupermarketClient();
    client.balance = 'denied';
    const el = await mountDesk(client);
    await findHousehold(el, household.householdNumber, '兑换时系统会核对余额');
  });

  it('builds the cart with the keyboard: add, more, type a quantity, remove; totals follow', async () => {
    const el = await mountDesk();
    await findHousehold(el);
    addButton(el, 'sg-1')?.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.equal(quantity(el, 'sg-1')?.value, '2');
    assert.isNull(addButton(el, 'sg-3'), 'sold-out goods cannot be added');
    await sendKeys({ press: 'Tab' });
    assert.equal(shadow(el).activeElement, addButton(el, 'sg-2'), 'Tab goes on to the next goods');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.include(visibleText(shadow(el).querySelector('.total')), '合计 45 分');
    quantity(el, 'sg-2')?.focus();
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '2' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    assert.equal(quantity(el, 'sg-2')?.value, '2');
    assert.include(visibleText(shadow(el).querySelector('.total')), '合计 70 分');
    assert.include(visibleText(shadow(el).querySelector('.total')), '兑换后剩余 5 分');
    const remove = cartRows(el)[0]?.querySelector<HTMLButtonElement>('.remove');
    assert.equal(remove?.getAttribute('aria-label'), '移除 酱油');
    remove?.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    assert.lengthOf(cartRows(el), 1);
    assert.equal(shadow(el).activeElement, quantity(el, 'sg-2'), 'focus stays in the cart');
    await expect(el).to.be.accessible();
  });

  it('refuses a cart beyond the balance before asking the server', async () => {
    const client = new FakeSupermarketClient();
    client.balance = 20;
    const el = await mountDesk(client);
    await findHousehold(el, household.householdNumber, '可兑换积分 20 分');
    addButton(el, 'sg-2')?.click();
    await el.updateComplete;
    part(el, 'redeem')?.click();
    await waitUntil(() => part(el, 'problem'), 'the problem');
    assert.include(part(el, 'problem')?.textContent, '积分不够：需要 25 分，可兑换 20 分');
    assert.lengthOf(client.callsOf('redeemGoods'), 0);
  });

  it('redeems: receipt with masked name and balance, an event with ids only, a cleared desk and a reloaded shelf', async () => {
    const client = new FakeSupermarketClient();
    const el = await mountDesk(client);
    await findHousehold(el);
    addButton(el, 'sg-1')?.click();
    addButton(el, 'sg-2')?.click();
    await el.updateComplete;
    const redeemed = oneEvent(el, 'sz-redeemed');
    part(el, 'redeem')?.click();
    const event = (await redeemed) as CustomEvent<SzEventDetails['sz-redeemed']>;
    const call = client.callsOf('redeemGoods')[0];
    assert.deepEqual(call?.input.body, {
      householdId: 'h-0049',
      items: [
        { goodsId: 'sg-1', quantity: 1 },
        { goodsId: 'sg-2', quantity: 1 },
      ],
    });
    assert.isString(call?.idempotencyKey);
    assert.deepEqual(Object.keys(event.detail).sort(), ['householdId', 'receiptNumber', 'villageId']);
    assert.equal(event.detail.householdId, 'h-0049');
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    const receipt = visibleText(part(el, 'receipt'));
    assert.include(receipt, event.detail.receiptNumber);
    assert.include(receipt, '林*娜');
    assert.include(receipt, '35 分');
    assert.include(receipt, '40 分');
    await waitUntil(() => shadow(el).activeElement?.id === 'sm-receipt-title', 'focus on the receipt');
    // The desk is clear for the next villager.
    assert.isNull(part(el, 'household'));
    assert.equal(numberField(el)?.value, '');
    assert.lengthOf(cartRows(el), 0);
    // The stock went down on the shelf.
    await waitUntil(() => client.callsOf('getSupermarketShelf').length === 2, 'the shelf reloaded');
    await waitUntil(() => visibleText(shadow(el).querySelector('[data-goods="sg-1"]')).includes('库存 4 件'), 'the new stock');
    await expect(el).to.be.accessible();
  });

  it('shows an out-of-stock refusal next to the line, by name, and keeps the cart', async () => {
    const client = new FakeSupermarketClient();
    client.failNext(
      'redeemGoods',
      new ProblemError(
        {
          type: 'urn:shanzhi:problem:supermarket-cart-out-of-stock',
          title: '商品 sg-2 库存不足：需要 2，仅剩 1',
          status: 409,
          code: 'supermarket.cart.outOfStock',
          requestId: 'req-409',
          issues: [{ path: ['items', 1, 'quantity'], code: 'supermarket.cart.outOfStock', message: '商品 sg-2 库存不足：需要 2，仅剩 1' }],
        },
        'redeemGoods',
        'req-409',
      ),
    );
    const el = await mountDesk(client);
    await findHousehold(el);
    addButton(el, 'sg-1')?.click();
    addButton(el, 'sg-2')?.click();
    addButton(el, 'sg-2')?.click();
    await el.updateComplete;
    part(el, 'redeem')?.click();
    await waitUntil(() => part(el, 'problem'), 'the problem');
    const row = cartRows(el)[1];
    assert.include(visibleText(row), '商品 大米（10斤） 库存不足：需要 2，仅剩 1');
    assert.equal(quantity(el, 'sg-2')?.getAttribute('aria-invalid'), 'true');
    assert.include(part(el, 'problem')?.textContent, 'req-409');
    assert.equal(shadow(el).activeElement, part(el, 'problem'), 'focus on the problem');
    assert.lengthOf(cartRows(el), 2, 'the cart is kept');
    assert.isNotNull(part(el, 'household'), 'the household is kept');
    assert.isNull(part(el, 'receipt'));
    await expect(el).to.be.accessible();
  });

  it('retries a failed attempt with the same Idempotency-Key, and a changed cart with a new one', async () => {
    const client = new FakeSupermarketClient();
    client.failNext('redeemGoods', new NetworkError('redeemGoods', 'req-net-1', new TypeError('Failed to fetch')));
    client.failNext('redeemGoods', new NetworkError('redeemGoods', 'req-net-2', new TypeError('Failed to fetch')));
    const el = await mountDesk(client);
    await findHousehold(el);
    addButton(el, 'sg-1')?.click();
    await el.updateComplete;
    part(el, 'redeem')?.click();
    await waitUntil(() => part(el, 'retry-redeem'), 'the retry');
    part(el, 'retry-redeem')?.click();
    await waitUntil(() => part(el, 'problem')?.textContent.includes('req-net-2'), 'the second failure');
    const [first, second] = client.callsOf('redeemGoods');
    assert.equal(second?.idempotencyKey, first?.idempotencyKey, 'a retry of one attempt reuses its key');
    // Another goods in the cart: a new attempt, a new key.
    addButton(el, 'sg-4')?.click();
    await el.updateComplete;
    part(el, 'redeem')?.click();
    await waitUntil(() => part(el, 'receipt'), 'the receipt');
    const third = client.callsOf('redeemGoods')[2];
    assert.notEqual(third?.idempotencyKey, first?.idempotencyKey);
  });

  it('offers the QR scan only where the browser reads barcodes, and looks up what it reads', async () => {
    const el = await mountDesk();
    assert.isNull(part(el, 'scan'), 'no scan button without BarcodeDetector');
    el.remove();
    const canvas = document.createElement('canvas');
    canvas.width = 16;
    canvas.height = 16;
    canvas.getContext('2d')?.fillRect(0, 0, 16, 16);
    const scope = globalThis as unknown as Record<string, unknown>;
    const realMedia = Object.getOwnPropertyDescriptor(Navigator.prototype, 'mediaDevices');
    scope.BarcodeDetector = class {
      detect(): Promise<{ rawValue: string }[]> {
        return Promise.resolve([{ rawValue: `https://village.example/card?n=${household.householdNumber}` }]);
      }
    };
    Object.defineProperty(navigator, 'mediaDevices', {
      configurable: true,
      value: { getUserMedia: () => Promise.resolve(canvas.captureStream()) },
    });
    try {
      const scanning = await mountDesk();
      part(scanning, 'scan')?.click();
      await waitUntil(() => visibleText(part(scanning, 'household')).includes('101201-00049'), 'the scanned household', { timeout: 5000 });
    } finally {
      delete scope.BarcodeDetector;
      delete (navigator as { mediaDevices?: unknown }).mediaDevices;
      if (realMedia) Object.defineProperty(Navigator.prototype, 'mediaDevices', realMedia);
    }
  });

  it('speaks English and works in 长辈版 with axe', async () => {
    const el = await mountDesk(new FakeSupermarketClient(), { locale: 'en', elder: '' });
    assert.include(visibleText(part(el, 'desk')), 'Redemption desk');
    await findHousehold(el, household.householdNumber, '75 points to spend');
    addButton(el, 'sg-1')?.click();
    await el.updateComplete;
    assert.include(visibleText(shadow(el).querySelector('.total')), 'Total 10 points');
    await expect(el).to.be.accessible();
  });
});
