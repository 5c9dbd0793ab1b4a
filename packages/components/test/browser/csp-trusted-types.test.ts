import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { assert, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { defaultPointsSettings, demoPointsCatalogue } from '@shanzhi/rules';
import { ProblemError } from '@shanzhi/sdk';
import { allElements, enforcePolicy, hostileText as hostile, recordViolations, sentinel, withHandlers } from '../fixtures/csp.js';
import { FakeClientBase, type RecordedInput } from '../fixtures/fake-client.js';
import { monthBoard } from '../fixtures/leaderboard-client.js';

/**
 * The widgets under a host page that enforces Trusted Types (access.md: "work when the host enforces them"):
 * the policy allows only Lit's own `lit-html` policy, so any string reaching an HTML/script sink from a widget —
 * an innerHTML, an unsafeHTML, a script URL — throws and fires `securitypolicyviolation`. Every widget is fed
 * hostile data (markup, event handlers, style text in names, numbers, badges, reviewer ids) and must show it as
 * text, create no element from it and put none of it into a `style` attribute.
 */

const village = 'v-csp-01';

// The browser's benign "ResizeObserver loop" notice while the virtualizer measures rows is not a failure here.
setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

const violations = recordViolations();

function hostileRows(count: number) {
  return Array.from({ length: count }, (_unused, i) => ({
    householdId: `h-${String(i + 1).padStart(6, '0')}`,
    householdNumber: `${hostile}-${String(i)}`,
    name: `${hostile} ${String(i)}`,
    nameMasked: i % 2 === 0,
    group: hostile,
    rank: i < 3 ? 1 : i + 1,
    points: 100 - i,
    stars: i % 6,
    movement: (['up', 'down', 'same', 'new'] as const)[i % 4] ?? 'new',
    previousRank: i % 4 === 3 ? null : i + 2,
    deductions: i % 5 === 0 ? 1 : 0,
    badges: ['red', 'black', `stars:${String(i % 6)}`, hostile],
  }));
}

const ledger = {
  householdId: 'h-000001',
  householdNumber: hostile,
  name: hostile,
  balance: { total: 40, redeemable: 30, base: 0 },
  entries: [
    {
      id: 'pe-1',
      householdId: 'h-000001',
      ruleCode: hostile,
      points: 5,
      occurredOn: '2026-11-01',
      note: hostile,
      status: 'effective',
      noticeStartedOn: '2026-11-03',
      effectiveOn: '2026-11-10',
      history: [
        { action: 'declare', status: 'declared', actorId: hostile, actorRole: 'villager', at: '2026-11-01' },
        { action: 'passFirstReview', status: 'secondReview', actorId: hostile, actorRole: 'gridWorker', at: '2026-11-02' },
      ],
    },
  ],
  redemptions: [{ id: 'rd-1', householdId: 'h-000001', date: '2026-11-20', kind: 'goods', points: 10, note: hostile }],
  asOf: '2026-11-29',
};

/** A client answering the widgets' routes with hostile data; any other route is a 404 problem (an error state). */
class HostileClient extends FakeClientBase {
  private readonly rows = hostileRows(150);

  protected answer(routeId: string, input: RecordedInput): unknown {
    const query = (input.query ?? {}) as { cursor?: string; limit?: number };
    switch (routeId) {
      case 'getPointsRules':
        return { villageId: village, catalogue: demoPointsCatalogue, settings: defaultPointsSettings };
      case 'getLeaderboard': {
        const start = Number(query.cursor ?? 0);
        const limit = query.limit ?? 50;
        const items = this.rows.slice(start, start + limit);
        const next = start + items.length;
        return monthBoard(village, items, next < this.rows.length ? String(next) : null, this.rows.length);
      }
      case 'getHouseholdPoints':
        return ledger;
      default:
        throw new ProblemError(
          { type: 'about:blank', title: hostile, status: 404, code: 'not-found', requestId: hostile },
          routeId,
          'req-csp',
        );
    }
  }
}

function shadowText(root: ParentNode): string {
  return allElements(root)
    .map((element) =>
      [...element.childNodes]
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join(''),
    )
    .join(' ');
}

/** Layout the virtualizer writes through the CSSOM (numbers it computes, never data), including its hidden sizer. */
const layoutStyle =
  /^(\s*(position|top|left|right|bottom|transform|min-height|min-width|height|width|margin|padding|font-size|contain|overflow|display|box-sizing|visibility)\s*:[^;]*;?)*\s*$/;

interface ManifestModule {
  readonly path: string;
  readonly exports?: readonly { readonly kind: string; readonly name: string }[];
}

describe('widgets under an enforced Trusted Types policy', () => {
  let tags: string[] = [];

  before(async () => {
    enforcePolicy();
    // The widgets load only now, under enforcement: Lit makes its `lit-html` policy as the page allows.
    await import('../../src/index.js');
    await import('../../src/leaderboard/define.js');
    const response = await fetch(new URL('../../custom-elements.json', import.meta.url));
    assert.isTrue(
      response.ok,
      'packages/components/custom-elements.json is missing: run `cem analyze --litelement` in packages/components',
    );
    const manifest = (await response.json()) as { modules: ManifestModule[] };
    for (const module of manifest.modules)
      for (const definition of (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition')) {
        await import(/* @vite-ignore */ new URL(`../../${module.path}`, import.meta.url).href);
        tags.push(definition.name);
      }
    tags = [...new Set(tags)];
  });

  it('enforces Trusted Types in this page, and reports violations (the test would prove nothing otherwise)', async () => {
    assert.isTrue('trustedTypes' in window, 'this browser has no Trusted Types');
    assert.throws(() => {
      document.createElement('div').innerHTML = '<b>plain string</b>';
    }, TypeError);
    await waitUntil(() => violations.length > 0, 'the violation is reported');
    assert.match(violations[0] ?? '', /innerHTML/);
    violations.length = 0;
  });

  it('knows every shipped widget', () => {
    assert.includeMembers(tags, ['sz-provider', 'sz-points-leaderboard']);
    for (const tag of tags) assert.isDefined(customElements.get(tag), `${tag} is not registered`);
  });

  it('renders every widget with hostile data: no violation, no element and no style made from data', async () => {
    const client = new HostileClient();
    const provider = await fixture<HTMLElement>(html`<sz-provider .client=${client} village=${village}></sz-provider>`);
    for (const tag of tags.filter((one) => one !== 'sz-provider')) {
      const element = document.createElement(tag);
      element.setAttribute('village', village);
      provider.append(element);
    }
    const widgets = [...provider.children] as (HTMLElement & { updateComplete?: Promise<unknown> })[];
    await Promise.all(widgets.map((widget) => widget.updateComplete ?? Promise.resolve()));
    // Settled: no widget still shows its loading skeleton.
    await waitUntil(() => widgets.every((widget) => !widget.shadowRoot?.querySelector('[part="loading"]')), 'the widgets load', {
      timeout: 5000,
    });

    // The leaderboard: 150 rows switch the lazily loaded virtualizer on; the household dialog shows a ledger.
    const board = provider.querySelector('sz-points-leaderboard');
    if (board?.shadowRoot) {
      // The virtualizer renders the rows of its visible window; other widgets above may push the board off screen.
      board.scrollIntoView();
      const rows = () => board.shadowRoot?.querySelectorAll<HTMLElement>('[part="row"]') ?? [];
      await waitUntil(() => rows().length > 0, 'rows render', { timeout: 5000 });
      // Virtualized: the lazily imported chunk loaded under enforcement, and not all 150 rows are in the DOM.
      await waitUntil(() => rows().length > 0 && rows().length < 150, 'the virtualizer renders a window of rows', { timeout: 5000 });
      rows()[0]?.click();
      await waitUntil(() => board.shadowRoot?.querySelector('[part="ledger"]'), 'the ledger renders', { timeout: 5000 });
    }

    assert.deepEqual(violations, [], 'Trusted Types / CSP violations');
    assert.isUndefined((window as { szPwned?: number }).szPwned, 'hostile markup ran');
    const elements = allElements(provider);
    assert.deepEqual(
      elements
        .filter((element) => ['IMG', 'SCRIPT', 'IFRAME', 'OBJECT', 'EMBED'].includes(element.tagName))
        .map((element) => element.outerHTML),
      [],
      'elements created from data',
    );
    assert.deepEqual(withHandlers(elements), [], 'event-handler attributes');
    const styled = elements.filter((element) => element.hasAttribute('style')).map((element) => element.getAttribute('style') ?? '');
    assert.deepEqual(
      styled.filter((style) => style.includes(sentinel) || !layoutStyle.test(style)),
      [],
      'style attributes other than the virtualizer’s computed layout',
    );
    // And the data did arrive: as text.
    assert.include(shadowText(provider), sentinel);
  });
});
