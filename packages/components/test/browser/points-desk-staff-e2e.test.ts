import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/points-desk/define.js';
import type { SzPointsDesk } from '../../src/points-desk/sz-points-desk.js';
import { demoToken, demoVillage, mountLive, useReferenceServer } from '../fixtures/e2e.js';
import { part, visibleText } from '../fixtures/mount.js';
import { checkbox } from '../fixtures/points-desk-client.js';

/** Seeded households of the demo village that no other end-to-end test touches: one to revoke from, one to be tied to. */
const revokedHousehold = '101201-00017';
const tiedHousehold = '101201-00044';

interface LedgerEntry {
  readonly id: string;
  readonly points: number;
  readonly status: string;
  readonly effectiveOn?: string;
}
interface Ledger {
  readonly balance: { readonly total: number };
  readonly entries: readonly LedgerEntry[];
}

describe('<sz-points-desk> revocation and family ties against the reference server', function () {
  const api = useReferenceServer(this, 60_000);
  const village = `${api}/v1/villages/${demoVillage}`;

  /** The API as a demo role calls it (setting up and checking what the desk did). */
  async function call<T>(role: string | undefined, method: string, path: string, body?: unknown): Promise<T> {
    const token = role === undefined ? undefined : demoToken(role);
    const response = await fetch(`${village}${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.isTrue(response.ok, `${method} ${path}: ${String(response.status)}`);
    return (await response.json()) as T;
  }

  async function householdId(number: string): Promise<string> {
    const found = await call<{ items: { householdId: string; householdNumber: string }[] }>('cadre', 'GET', `/households?q=${number}`);
    const id = found.items.find((one) => one.householdNumber === number)?.householdId;
    assert.isDefined(id, `${number} is seeded`);
    return id;
  }

  async function cadreDesk(): Promise<SzPointsDesk> {
    const token = demoToken('cadre');
    assert.isDefined(token, 'the server issued a cadre token');
    const el = await mountLive<SzPointsDesk>('sz-points-desk', { village: demoVillage });
    el.getToken = () => token;
    await el.updateComplete;
    await waitUntil(() => part(el, 'open-revoke'), "the cadre's desk", { timeout: 15_000 });
    return el;
  }

  /** Types a household number into a panel's search (`#<id>`), Enter, and chooses the household. */
  async function choose(el: SzPointsDesk, field: string, number: string, id: string): Promise<void> {
    await waitUntil(() => el.shadowRoot?.querySelector(`#${field}`), 'the search field', { timeout: 10_000 });
    el.shadowRoot?.querySelector<HTMLInputElement>(`#${field}`)?.focus();
    await sendKeys({ type: number });
    await sendKeys({ press: 'Enter' });
    const button = () => el.shadowRoot?.querySelector<HTMLButtonElement>(`[data-household="${id}"]`);
    await waitUntil(button, `${number} found`, { timeout: 10_000 });
    button()?.click();
  }

  it('a cadre revokes an effective entry with a reason: the ledger no longer counts it and the 公示 board announces it', async () => {
    const household = await householdId(revokedHousehold);
    const before = await call<Ledger>('cadre', 'GET', `/households/${household}/points`);
    const target = before.entries
      .filter((one) => one.status === 'effective')
      .sort((a, b) => ((a.effectiveOn ?? '') < (b.effectiveOn ?? '') ? 1 : -1))[0];
    assert.isDefined(target, 'the household has an effective entry');

    const el = await cadreDesk();
    part(el, 'open-revoke')?.click();
    await choose(el, 'revoke-q', revokedHousehold, household);
    const row = () => el.shadowRoot?.querySelector<HTMLElement>(`[part~="revoke-entry"][data-entry="${target.id}"]`);
    await waitUntil(row, 'the entry listed', { timeout: 10_000 });
    row()?.querySelector<HTMLButtonElement>('[part~="revoke"]')?.click();
    await waitUntil(() => el.shadowRoot?.activeElement?.id === 'revoke-reason', 'the reason', { timeout: 10_000 });
    const reason = '与另一条登记重复，经村两委核实撤销';
    await sendKeys({ type: reason });
    part(el, 'revoke-next')?.click();
    await waitUntil(() => part(el, 'revoke-confirm-button'), 'the confirmation', { timeout: 10_000 });
    await expect(el).to.be.accessible();
    part(el, 'revoke-confirm-button')?.click();
    await waitUntil(() => part(el, 'revoke-receipt'), 'the receipt', { timeout: 10_000 });
    assert.include(visibleText(part(el, 'revoke-receipt')), revokedHousehold);
    await waitUntil(() => visibleText(row()).includes('已撤销'), 'the entry shows as revoked', { timeout: 10_000 });
    assert.isNull(row()?.querySelector('[part~="revoke"]') ?? null);

    const after = await call<Ledger>('cadre', 'GET', `/households/${household}/points`);
    assert.equal(after.entries.find((one) => one.id === target.id)?.status, 'revoked');
    assert.equal(after.balance.total, before.balance.total - target.points, 'the ledger no longer counts it');
    // The revocation is itself announced: the public board (no token) carries it with its reason. Every page is read:
    // the tests beside this one put entries under notice on the same server, so it need not be on the first.
    interface Notice {
      kind: string;
      entryId: string;
      reason: string | null;
      name: string;
    }
    let notice: Notice | undefined;
    for (let cursor: string | null = ''; notice === undefined && cursor !== null;) {
      const page: { items: Notice[]; nextCursor: string | null } = await call(
        undefined,
        'GET',
        `/points/notices?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      notice = page.items.find((one) => one.kind === 'revocation' && one.entryId === target.id);
      cursor = page.nextCursor;
    }
    assert.equal(notice?.reason, reason);
    assert.match(notice?.name ?? '', /\*/u, 'masked on the public board');
  });

  it("a reviewer declares a family tie: the queue marks that household's entry recused and the server refuses the review", async () => {
    const household = await householdId(tiedHousehold);
    // The grid worker declares for the household and passes the first review: the entry waits for the committee.
    const rules = await call<{ catalogue: { rules: { code: string; points: number; active: boolean }[] } }>(
      undefined,
      'GET',
      '/points/rules',
    );
    const rule = rules.catalogue.rules.find((one) => one.active && one.points > 0);
    assert.isDefined(rule);
    const entry = await call<{ id: string }>('gridWorker', 'POST', '/points/entries', {
      householdId: household,
      ruleCode: rule.code,
      occurredOn: '2026-11-28',
    });
    for (const action of ['submit', 'passFirstReview'])
      await call('gridWorker', 'POST', '/points/entries/reviews', { entryIds: [entry.id], action });

    const el = await cadreDesk();
    const queued = () => el.shadowRoot?.querySelector<HTMLElement>(`[data-entry="${entry.id}"]`);
    await waitUntil(queued, "the entry in the cadre's queue", { timeout: 10_000 });
    assert.notInclude(visibleText(queued()), '需回避');

    part(el, 'open-family-ties')?.click();
    await choose(el, 'ties-q', tiedHousehold, household);
    await waitUntil(() => el.shadowRoot?.activeElement === part(el, 'ties-submit'), 'the declare button', { timeout: 10_000 });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part(el, 'ties-receipt'), 'the receipt', { timeout: 10_000 });
    await waitUntil(() => visibleText(part(el, 'ties')).includes(tiedHousehold), 'the tie listed', { timeout: 10_000 });
    await waitUntil(() => visibleText(queued()).includes('需回避'), 'the entry marked recused', { timeout: 10_000 });
    await expect(el).to.be.accessible();

    checkbox(el, entry.id)?.click();
    await el.updateComplete;
    part(el, 'approve')?.click();
    await waitUntil(() => part(el, 'refused'), 'the refusal', { timeout: 10_000 });
    assert.include(visibleText(part(el, 'refused')), '回避', "the server's explanation");
    const queue = await call<{ items: { id: string; recused: boolean }[] }>('cadre', 'GET', '/points/entries?limit=200');
    assert.isTrue(queue.items.find((one) => one.id === entry.id)?.recused, 'still waiting, recused');
  });
});
