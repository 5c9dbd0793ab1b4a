import { assert, expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { answerDisclosureQuery, listDisclosureQueries, NetworkError, ProblemError, publishDisclosureQueryFaq } from '@shanzhi/sdk';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/query-desk/define.js';
import type { SzQueryDesk } from '../../src/query-desk/sz-query-desk.js';
import { FakeQueryDeskClient, overdue } from '../fixtures/query-desk-client.js';
import { mountListing, part, partButtons } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState, itSaysWhoMayUseItWhenRefused } from '../fixtures/shared-states.js';
import { fill } from '../fixtures/form-controls.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeQueryDeskClient> = {
  client: () => new FakeQueryDeskClient([]),
  when: 'no villager has asked',
  says: '还没有村民查询',
};

const rows = (el: SzQueryDesk) => partButtons(el, 'query');
const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const widget = { tag: 'sz-query-desk', defaults: { village: 'v-qs-01' } };
const mount = mountListing<SzQueryDesk, FakeQueryDeskClient>(widget, () => new FakeQueryDeskClient(), 'query', 'the queries');

async function open(el: SzQueryDesk, index: number): Promise<HTMLElement> {
  rows(el)[index]?.click();
  await waitUntil(() => part(el, 'contact'), 'the panel', { timeout: 5000 });
  return part(el, 'panel')!;
}

describeDataWidget('<sz-query-desk>', { mount, route: listDisclosureQueries.id, empty }, () => {
  it('lists queries overdue first, flagged in words, with no phone anywhere, and passes axe', async () => {
    const el = await mount();
    assert.include(text(rows(el)[0]), '逾期 14 个工作日');
    assert.include(text(rows(el)[0]), '张三明');
    assert.include(text(rows(el)[1]), '还剩 4 个工作日');
    assert.include(text(part(el, 'summary')), '待答复 2 条，其中逾期 1 条');
    assert.include(text(part(el, 'summary')), '5 个工作日');
    assert.notMatch(el.shadowRoot!.textContent, /\d{11}/, 'no phone in the list');
    await expect(el).to.be.accessible();
  });

  itSaysWhoMayUseItWhenRefused(mount, listDisclosureQueries.id);

  it('a cadre opens a query, sees the number to call back, answers once with one Idempotency-Key per attempt', async () => {
    const client = new FakeQueryDeskClient();
    const el = await mount(client);
    const opened = oneEvent(el, 'sz-query-desk-open');
    const panel = await open(el, 0);
    assert.deepEqual((await opened).detail, { queryId: 'dq-01-0001' });
    assert.equal(text(part(el, 'contact')), '13912345678');
    await expect(el).to.be.accessible();
    const form = part(el, 'answer-form') as HTMLFormElement;
    form.requestSubmit();
    await waitUntil(() => panel.querySelector('[aria-invalid="true"]'), 'the empty answer refused by the form', { timeout: 5000 });
    assert.lengthOf(client.callsOf(answerDisclosureQuery.id), 0);
    fill(form.querySelector('textarea'), '明细在本月财务公开第 3 行。');
    client.failNext(answerDisclosureQuery.id, new NetworkError(answerDisclosureQuery.id, 'req-net', new TypeError('Failed to fetch')));
    form.requestSubmit();
    await waitUntil(() => part(el, 'panel-problem'), 'the failure', { timeout: 5000 });
    assert.equal(form.querySelector('textarea')!.value, '明细在本月财务公开第 3 行。', 'what was typed stays');
    const answered = oneEvent(el, 'sz-query-desk-answer');
    form.requestSubmit();
    assert.deepEqual((await answered).detail, { queryId: 'dq-01-0001', disclosureId: 'dsc-01-0035' });
    const [first, second] = client.callsOf(answerDisclosureQuery.id);
    assert.ok(first?.idempotencyKey);
    assert.equal(first.idempotencyKey, second?.idempotencyKey, 'the retry reuses the key');
    await waitUntil(() => part(el, 'answer'), 'the answer', { timeout: 5000 });
    assert.include(text(rows(el)[0]), '已于');
    await expect(el).to.be.accessible();
  });

  it('publishes an answer as a FAQ entry after a preview without the asker, refusing a raw phone', async () => {
    const client = new FakeQueryDeskClient([
      { ...overdue, status: 'answered', overdue: false, answer: { text: '见第 3 行。', answeredOn: '2026-11-20' } },
    ]);
    const el = await mount(client);
    await open(el, 0);
    const form = part(el, 'faq-form') as HTMLFormElement;
    const [question, answer] = [...form.querySelectorAll('textarea')];
    assert.equal(question?.value, overdue.text, 'the question as asked, to reword');
    fill(answer!, '请致电 139 1234 5678 询问。');
    form.requestSubmit();
    await waitUntil(() => form.querySelector('[aria-invalid="true"]'), 'the raw phone refused', { timeout: 5000 });
    assert.lengthOf(client.callsOf(publishDisclosureQueryFaq.id), 0);
    fill(answer!, '明细列在本月财务公开第 3 行。');
    await el.updateComplete;
    const preview = part(el, 'faq-preview')!;
    assert.include(text(preview), '明细列在本月财务公开第 3 行。');
    assert.notInclude(text(preview), '张三明', 'the preview has no asker');
    const published = oneEvent(el, 'sz-query-desk-publish');
    form.requestSubmit();
    await published;
    assert.deepEqual(client.callsOf(publishDisclosureQueryFaq.id)[0]?.input.body, {
      question: overdue.text,
      answer: '明细列在本月财务公开第 3 行。',
    });
    await waitUntil(() => part(el, 'faq-published'), 'published', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('shows server field issues next to the field', async () => {
    const client = new FakeQueryDeskClient([{ ...overdue, status: 'answered', answer: { text: '见第 3 行。', answeredOn: '2026-11-20' } }]);
    client.failNext(
      publishDisclosureQueryFaq.id,
      new ProblemError(
        {
          type: 'urn:shanzhi:problem:validation',
          title: '提交的内容未通过校验',
          status: 422,
          code: 'validation',
          issues: [{ path: ['question'], code: 'identity.publicField.rawPersonalData', message: '不能公开身份证号' }],
        },
        publishDisclosureQueryFaq.id,
        'req-422',
      ),
    );
    const el = await mount(client);
    await open(el, 0);
    (part(el, 'faq-form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => el.shadowRoot!.querySelector('#qd-question-error'), 'the issue at the question', { timeout: 5000 });
    assert.include(text(el.shadowRoot!.querySelector('#qd-question-error')), '不能公开身份证号');
  });

  it('the supervisor reads without the number and without the forms', async () => {
    const client = new FakeQueryDeskClient([{ ...overdue, contactPhone: undefined }]);
    const el = await mount(client, { view: 'supervisor' });
    await open(el, 0);
    assert.include(text(part(el, 'contact')), '仅答复的村干部可见');
    assert.isNull(part(el, 'answer-form'));
    assert.isNull(part(el, 'faq-form'));
  });

  it('is operated by keyboard: Tab reaches the queries, Enter opens one, Escape closes it', async () => {
    const el = await mount();
    part(el, 'elder-controls')?.querySelector('button')?.focus();
    await sendKeys({ press: 'Tab' });
    assert.equal(el.shadowRoot?.activeElement, rows(el)[0]);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'contact'), 'the panel', { timeout: 5000 });
    await waitUntil(() => el.shadowRoot?.activeElement === part(el, 'panel'), 'focus in the panel', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => part(el, 'panel') === null, 'closed', { timeout: 5000 });
    assert.equal(el.shadowRoot?.activeElement, rows(el)[0], 'focus back on the query');
  });

  it('speaks English', async () => {
    const el = await mount(new FakeQueryDeskClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Query desk');
    assert.include(text(rows(el)[0]), 'Overdue by 14 working days');
    await open(el, 0);
    assert.include(text(part(el, 'panel')), 'Contact number');
  });

  it('in 长辈版 marks the host for the larger sizes, and passes axe', async () => {
    const el = await mount(new FakeQueryDeskClient(), { elder: '' });
    await el.updateComplete;
    assert.isTrue(el.hasAttribute('data-sz-elder'));
    await expect(el).to.be.accessible();
  });
});
