/**
 * iOS before 16.4 (WeChat on older iPhones) has no `adoptedStyleSheets`: Lit then writes each element's styles
 * into `<style>` elements, which a strict `style-src` admits only with the page's nonce, given to Lit as
 * `window.litNonce` (docs/embedding.md). This file removes `adoptedStyleSheets` and sets the policy BEFORE Lit
 * loads — so nothing that loads Lit is imported statically — and checks the widgets are styled with no CSP violation.
 */
import type { Callable, Client, RouteSpec } from '@shanzhi/sdk';
import { enforcePolicy, recordViolations } from '../fixtures/csp.js';
import { answered } from '../fixtures/fake-client.js';
import { monthBoard } from '../fixtures/leaderboard-client.js';

const nonce = 'sz-test-nonce-4f1c';
const village = 'v-nonce-01';
const violations = recordViolations();

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** Ten plain rows and the rules: enough for the leaderboard to render its table. */
function fakeClient(rules: unknown): Client {
  const items = Array.from({ length: 10 }, (_unused, i) => ({
    householdId: `h-${String(i + 1).padStart(6, '0')}`,
    householdNumber: `0101-${String(i + 1).padStart(5, '0')}`,
    name: `张*${String(i)}`,
    nameMasked: true,
    rank: i + 1,
    points: 50 - i,
    stars: 1,
    movement: 'same',
    previousRank: i + 1,
    deductions: 0,
    badges: i < 3 ? ['red'] : [],
  }));
  const board = monthBoard(village, items, null, 10);
  const answer = <R extends RouteSpec>(route: Callable<R>) => answered<R>(route.id === 'getPointsRules' ? rules : board, 'req-nonce');
  return {
    baseUrl: 'https://api.invalid',
    request: (route) => Promise.resolve(answer(route)),
    async *pages(route) {
      yield await Promise.resolve(answer(route));
    },
    // eslint-disable-next-line require-yield -- the widgets page with `request`; nothing to iterate here
    async *paginate() {
      await Promise.resolve();
    },
  };
}

describe('widgets without adoptedStyleSheets, under style-src with a nonce (iOS < 16.4)', () => {
  before(() => {
    // As on iOS 15: no constructable stylesheets to adopt.
    Reflect.deleteProperty(Document.prototype, 'adoptedStyleSheets');
    Reflect.deleteProperty(ShadowRoot.prototype, 'adoptedStyleSheets');
    (window as { litNonce?: string }).litNonce = nonce;
    enforcePolicy(`style-src 'nonce-${nonce}'`);
  });

  it('styles every widget through nonced <style> elements, with no violation', async () => {
    check(!('adoptedStyleSheets' in Document.prototype), 'adoptedStyleSheets is still there');
    const { defaultPointsSettings, demoPointsCatalogue } = await import('@shanzhi/rules');
    await import('../../src/index.js');
    await import('../../src/leaderboard/define.js');
    const { render, html } = await import('lit');

    const host = document.createElement('div');
    document.body.append(host);
    const client = fakeClient({ villageId: village, catalogue: demoPointsCatalogue, settings: defaultPointsSettings });
    render(html`<sz-provider .client=${client}><sz-points-leaderboard village=${village}></sz-points-leaderboard></sz-provider>`, host);
    const board = host.querySelector('sz-points-leaderboard');
    check(board, 'no leaderboard');
    const root = board.shadowRoot;
    check(root, 'no shadow root');
    for (let i = 0; i < 100 && !root.querySelector('[part="row"]'); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    check(root.querySelector('[part="row"]'), 'the rows did not render');

    const styles = [...root.querySelectorAll('style')];
    check(styles.length > 0, 'Lit did not fall back to <style> elements');
    check(
      styles.every((style) => style.nonce === nonce),
      'a <style> without the nonce',
    );
    // The styles apply: the host is a block (a custom element is inline by default), rows are ≥ 44 px targets.
    check(getComputedStyle(board).display === 'block', `host display is ${getComputedStyle(board).display}`);
    const row = root.querySelector<HTMLElement>('[part="row"]');
    check(row && row.getBoundingClientRect().height >= 44, 'rows are not styled as 44 px targets');
    await new Promise((resolve) => setTimeout(resolve, 100));
    check(violations.length === 0, `CSP violations: ${violations.join('; ')}`);
    host.remove();
  });
});
