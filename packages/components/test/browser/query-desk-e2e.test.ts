import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/disclosure/define.js';
import '../../src/query-desk/define.js';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import type { SzEventDetails } from '../../src/internal/events.js';
import type { SzQueryDesk } from '../../src/query-desk/sz-query-desk.js';
import { listItems, part, text } from '../fixtures/disclosure-mount.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { fill } from '../fixtures/form-controls.js';

const item = 'dsc-01-0035';

async function board(token?: string): Promise<SzDisclosureBoard> {
  const el = await mountLive<SzDisclosureBoard>(
    'sz-disclosure-board',
    { village: demoVillage },
    { when: (one) => listItems(one).length > 0, what: 'the list' },
  );
  if (token) el.getToken = () => token;
  // Opened by its id (the `item` property), wherever it sits in the list's pages.
  el.item = item;
  await waitUntil(() => part(el, 'query-form') ?? part(el, 'faq'), 'the item', { timeout: 15_000 });
  return el;
}

describe("villagers' queries end to end: asked on the board, answered in the desk, read back, published", function () {
  useReferenceServer(this, 60_000);

  it('asks, answers, reads back with the receipt code, and publishes a FAQ entry without the asker', async () => {
    // 1. A villager asks on the board and gets a query number and a receipt code, shown once.
    const asker = await board(demoToken('villager') ?? 'demo-villager');
    const form = part(asker, 'query-form') as HTMLFormElement;
    const question = `请问村道维修费用的明细在哪里可以查看？（${String(Date.now() % 100_000)}）`;
    fill(form.querySelector('textarea'), question);
    fill(form.querySelector<HTMLInputElement>('input[type="tel"]'), '13912345678');
    const submitted = oneEvent(asker, 'sz-query-submitted');
    form.requestSubmit();
    const { queryId } = ((await submitted) as CustomEvent<SzEventDetails['sz-query-submitted']>).detail;
    await waitUntil(() => part(asker, 'receipt-code'), 'the receipt code', { timeout: 10_000 });
    const receiptCode = text(part(asker, 'receipt-code'));
    assert.match(receiptCode, /^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    assert.notInclude(location.href, receiptCode);
    asker.remove();

    // 2. The cadre finds it in the desk, sees the number to call back, answers, and publishes a reworded FAQ entry.
    const desk = await mountLive<SzQueryDesk>('sz-query-desk', { village: demoVillage });
    desk.getToken = () => demoToken('cadre') ?? 'demo-cadre';
    const row = () => desk.shadowRoot?.querySelector<HTMLButtonElement>(`[data-opener="${queryId}"]`);
    await waitUntil(() => row(), 'the query in the desk', { timeout: 15_000 });
    assert.include(text(row()), '还剩');
    row()!.click();
    await waitUntil(() => part(desk, 'contact') && part(desk, 'answer-form'), 'the panel', { timeout: 10_000 });
    assert.equal(text(part(desk, 'contact')), '13912345678', 'the cadre sees the number to call back');
    const askerName = text(desk.shadowRoot!.querySelector('.facts dd:nth-of-type(2)'));
    assert.isAbove(askerName.length, 1);
    await expect(desk).to.be.accessible();
    const answerForm = part(desk, 'answer-form') as HTMLFormElement;
    fill(answerForm.querySelector('textarea'), '明细列在十一月财务公开第 3 行，凭证可到村委会查看。');
    const answered = oneEvent(desk, 'sz-query-desk-answer');
    answerForm.requestSubmit();
    await answered;
    await waitUntil(() => part(desk, 'faq-form'), 'the FAQ form', { timeout: 10_000 });
    const faqForm = part(desk, 'faq-form') as HTMLFormElement;
    const [faqQuestion] = [...faqForm.querySelectorAll('textarea')];
    const publicQuestion = `村道维修费用的明细在哪里查看？（${queryId}）`;
    fill(faqQuestion!, publicQuestion);
    const published = oneEvent(desk, 'sz-query-desk-publish');
    faqForm.requestSubmit();
    await published;
    desk.remove();

    // 3. The asker reads the answer back on the board with the number and code (sent in a POST body, never a URL).
    const reader = await board();
    const lookup = part(reader, 'lookup-form') as HTMLFormElement;
    const [id, code] = [...lookup.querySelectorAll('input')];
    fill(id!, queryId);
    fill(code!, receiptCode);
    lookup.requestSubmit();
    await waitUntil(() => text(part(reader, 'lookup-result')).includes('第 3 行'), 'the answer read back', { timeout: 10_000 });
    assert.include(text(part(reader, 'lookup-result')), question);

    // 4. The FAQ entry is on the public item, without the asker's identity or number.
    await waitUntil(() => text(part(reader, 'faq')).includes(publicQuestion), 'the FAQ on the item', { timeout: 10_000 });
    const shown = text(part(reader, 'detail'));
    assert.notInclude(shown, askerName);
    assert.notInclude(shown, '13912345678');
    await expect(reader).to.be.accessible();
  });
});
