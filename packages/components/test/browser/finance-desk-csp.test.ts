import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { getFinanceStatement, type RouteOutput } from '@shanzhi/sdk';
import '../../src/finance-desk/define.js';
import { hostileText, sentinel, trustedTypesPage } from '../fixtures/csp.js';
import { assertInert } from '../fixtures/csp-inert.js';
import { FakeFinanceClient, record } from '../fixtures/finance-desk-client.js';
import { mountShowing, part, visibleText } from '../fixtures/mount.js';

/**
 * The desk under a host page that enforces Trusted Types: a line's description comes from the village's file and an
 * objection's reasons are typed by people, so hostile text there stays text — in the alarms and the history of the
 * panel (a late chunk with its own styles).
 */
const violations = trustedTypesPage();

class HostileClient extends FakeFinanceClient {
  protected override answer(routeId: string, input: Parameters<FakeFinanceClient['answer']>[1]): unknown {
    if (routeId !== getFinanceStatement.id) return super.answer(routeId, input);
    const month: RouteOutput<typeof getFinanceStatement> = record('2026-11', 'objected', [
      { action: 'object', at: '2026-11-28T04:00:00.000Z', by: hostileText, role: 'supervisor', text: hostileText },
    ]);
    return { ...month, alarms: month.alarms.map((alarm) => ({ ...alarm, description: hostileText })) };
  }
}

describe('<sz-finance-desk> under Trusted Types', () => {
  it('shows hostile text as text in the alarms and the history', async () => {
    const el = await mountShowing(new HostileClient(), { tag: 'sz-finance-desk', defaults: { village: 'v-qs-01' } }, 'month');
    part(el, 'month')?.click();
    await waitUntil(() => part(el, 'history'), 'the panel', { timeout: 5000 });
    assert.include(visibleText(part(el, 'alarms')), sentinel);
    assert.include(visibleText(part(el, 'history')), sentinel);
    assertInert(el.shadowRoot!, violations);
  });
});
