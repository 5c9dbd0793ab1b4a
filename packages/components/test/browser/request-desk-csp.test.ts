import { assert } from '@open-wc/testing';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { waitUntil } from '../fixtures/wait.js';
import '../../src/request-desk/define.js';
import '../../src/request-status/define.js';
import type { SzRequestStatus } from '../../src/request-status/sz-request-status.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { mountInProvider, mountShowing, part, visibleText } from '../fixtures/mount.js';
import { FakeRequestDeskClient, orderBadRating } from '../fixtures/request-desk-client.js';
import { doneOrder, FakeRequestStatusClient, receiptCode } from '../fixtures/request-status-client.js';

/**
 * Both request widgets under a host page that enforces Trusted Types: a request's text, notes, a rating's comment, the
 * supervisor's answer and even names of services are typed by people, so hostile text there stays text — in the desk's
 * list and its panel (a late chunk with its own styles), and in the villager's status and rating form (another chunk).
 */
const violations = trustedTypesPage();

describe('request widgets under Trusted Types', () => {
  it('the desk shows hostile text as text in the list and the panel', async () => {
    const hostile = {
      ...orderBadRating,
      applicantName: hostileText,
      subject: { code: 'facilities', label: hostileText },
      text: hostileText,
      rating: { grade: 1, label: hostileText, on: '2026-11-25', comment: hostileText },
      notes: [{ id: 'n-x', on: '2026-11-26', by: { role: 'cadre', name: hostileText }, text: hostileText, attachmentIds: [] }],
    };
    const el = await mountShowing(
      new FakeRequestDeskClient([hostile]),
      { tag: 'sz-request-desk', defaults: { village: 'v-qs-01', view: 'supervisor' } },
      'request',
    );
    assert.include(visibleText(part(el, 'request')), sentinel);
    part(el, 'request')?.click();
    await waitUntil(() => part(el, 'follow-up-form'), 'the panel and its forms');
    assert.include(visibleText(part(el, 'notes')), sentinel);
    assertInert(el.shadowRoot!, violations);
  });

  it('the status shows hostile text as text, and its forms load under the policy', async () => {
    const hostile = {
      ...doneOrder,
      subject: { code: 'facilities', label: hostileText },
      steps: doneOrder.steps.map((one) => ({ ...one, label: hostileText })),
    };
    const { el } = await mountInProvider<SzRequestStatus, FakeRequestStatusClient>(
      new FakeRequestStatusClient([hostile]),
      { tag: 'sz-request-status', defaults: { village: 'v-qs-01' } },
      {},
    );
    el.requestId = doneOrder.id;
    el.receiptCode = receiptCode;
    await waitUntil(() => part(el, 'status'), 'the status');
    assert.include(visibleText(part(el, 'steps')), sentinel);
    part(el, 'rating')?.querySelector('button')?.click();
    await waitUntil(() => part(el, 'rating-form'), 'the rating form');
    part(el, 'order')?.click();
    await waitUntil(() => part(el, 'order-form'), 'the order form');
    assertInert(el.shadowRoot!, violations);
  });
});
