import { assert, expect } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import { DisclosureFakeClient } from '../fixtures/disclosure-client.js';
import { makeDetails, statement, type Detail } from '../fixtures/disclosure-data.js';
import { mountBoard, openItem, part } from '../fixtures/disclosure-mount.js';
import type { SzDisclosureBoard } from '../../src/disclosure/sz-disclosure-board.js';
import { yuan } from '../../src/disclosure/format.js';

/**
 * A long finance statement paints its first screenful at once and the rest of its lines in idle slices
 * (src/disclosure/finance-rows.ts): the whole statement still ends up in one real table, printing and find in page
 * get every line at once, and the table stays a captioned, headed table throughout.
 */
const lines = 2000;
/**
 * Enough lines for the first paint (100) and two idle slices (400 each): the accessibility check runs axe over the
 * table twice, and axe over 2,000 rows took 17 s of a loaded machine's time without proving more.
 */
const axeLines = 600;
/** Every line, the opening balance, and each group's heading and total. */
const rowsOf = (lineCount: number) => lineCount + 1 + 2 * 2;
const allRows = rowsOf(lines);

function bigClient(lineCount: number): DisclosureFakeClient {
  const base = makeDetails()[1]!;
  const version = base.versions[0]!;
  const finance = statement(lineCount, { budget: true });
  const big: Detail = { ...base, id: 'd-big', versions: [{ ...version, finance }], findings: {} };
  return new DisclosureFakeClient([big]);
}

async function openBig(
  attrs?: Readonly<Record<string, string>>,
  lineCount = lines,
): Promise<{ el: SzDisclosureBoard; table: HTMLTableElement }> {
  const { el } = await mountBoard({ client: bigClient(lineCount), ...(attrs ? { attrs } : {}) });
  await openItem(el, 'd-big');
  await waitUntil(() => part(el, 'finance-table') !== null, 'the statement', { timeout: 10_000 });
  return { el, table: part(el, 'finance-table') as HTMLTableElement };
}

const rows = (table: HTMLTableElement) => table.querySelectorAll('tbody tr').length;
const complete = (table: HTMLTableElement, lineCount = lines) => rows(table) === rowsOf(lineCount) && !table.hasAttribute('aria-busy');
/** Sum in fen of the amounts of a group's lines as rendered. */
function renderedFen(table: HTMLTableElement, side: 'income' | 'expenditure'): number {
  const cells = table.querySelectorAll(`tbody.${side} tr:not(.group):not(.total) td.amount`);
  return [...cells].reduce((sum, cell) => sum + Math.round(Number(cell.textContent.trim().replaceAll(',', '')) * 100), 0);
}

function assertTableSemantics(table: HTMLTableElement): void {
  assert.include(table.caption?.textContent ?? '', '财务收支明细');
  assert.equal(table.querySelectorAll('thead th[scope="col"]').length, 5);
  assert.equal(table.querySelectorAll('th[scope="rowgroup"]').length, 2);
  assert.equal(table.querySelectorAll('tbody.income tr.total th[scope="row"]').length, 1);
  assert.equal(table.querySelectorAll('tfoot th[scope="row"]').length, 1);
}

describe('<sz-disclosure-board> long finance statement', function () {
  this.timeout(60_000);

  it('paints the first screenful at once, then renders every line with correct totals', async () => {
    const { el, table } = await openBig();
    const first = rows(table);
    assert.isBelow(first, allRows, 'the first paint holds only the first lines');
    assert.isAtLeast(first, 30, 'more than a screenful');
    assert.equal(table.getAttribute('aria-busy'), 'true', 'busy while lines are coming');
    assertTableSemantics(table);
    await waitUntil(() => complete(table), 'every line rendered', { timeout: 20_000, interval: 20 });
    assertTableSemantics(table);
    const data = statement(lines, { budget: true });
    for (const side of ['income', 'expenditure'] as const) {
      const body = table.querySelector(`tbody.${side}`)!;
      assert.equal(body.querySelectorAll('tr:not(.group):not(.total)').length, data[side].length, `${side} lines`);
      assert.equal(renderedFen(table, side), data.totals[side], `${side} lines add up to the total`);
      assert.equal(body.querySelector('tr.total td.amount')!.textContent.trim(), yuan(data.totals[side]));
      assert.equal(body.querySelector('tr:nth-last-child(2) td.voucher')!.textContent.trim(), data[side].at(-1)!.voucher);
    }
    assert.isNotNull(part(el, 'reconciles'));
    // The table, still one table after the slices, remains in reading order: heading, lines, total.
    const income = [...table.querySelectorAll('tbody.income tr')];
    assert.isTrue(income[0]!.classList.contains('group'));
    assert.isTrue(income.at(-1)!.classList.contains('total'));
  });

  it('renders every line synchronously before printing', async () => {
    const { table } = await openBig();
    assert.isBelow(rows(table), allRows);
    window.dispatchEvent(new Event('beforeprint'));
    assert.equal(rows(table), allRows, 'every line is in the table when beforeprint returns');
    assert.isFalse(table.hasAttribute('aria-busy'));
    assert.equal(renderedFen(table, 'expenditure'), statement(lines).totals.expenditure);
  });

  it('renders every line at once for find in page (Ctrl+F) and for End', async () => {
    for (const init of [{ key: 'f', ctrlKey: true }, { key: 'End' }] satisfies KeyboardEventInit[]) {
      const { el, table } = await openBig();
      assert.isBelow(rows(table), allRows);
      el.shadowRoot!.querySelector<HTMLElement>('.table-wrap')!.dispatchEvent(
        new KeyboardEvent('keydown', { ...init, bubbles: true, composed: true }),
      );
      assert.equal(rows(table), allRows, `all lines after ${init.key}`);
      el.parentElement!.remove();
    }
  });

  it('is accessible while lines are coming and once complete', async () => {
    const { el, table } = await openBig(undefined, axeLines);
    assert.isTrue(table.hasAttribute('aria-busy'));
    assert.isBelow(rows(table), rowsOf(axeLines), 'axe runs while lines are still coming');
    await expect(el).to.be.accessible();
    await waitUntil(() => complete(table, axeLines), 'every line rendered', { timeout: 20_000, interval: 20 });
    await expect(el).to.be.accessible();
  });

  it('keeps every line through a re-render in another language', async () => {
    const { el, table } = await openBig();
    await waitUntil(() => complete(table), 'every line rendered', { timeout: 20_000, interval: 20 });
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    const now = part(el, 'finance-table') as HTMLTableElement;
    assert.equal(rows(now), allRows);
    assert.isFalse(now.hasAttribute('aria-busy'));
    assert.notInclude(now.querySelector('tbody.income tr:nth-child(2)')!.textContent, '发包及上交收入');
  });

  it('stops quietly when the board is removed half way, and small statements render in one go', async () => {
    const { el, table } = await openBig();
    assert.isTrue(table.hasAttribute('aria-busy'));
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.isBelow(rows(table), allRows, 'no slices for a board that is gone');
    window.dispatchEvent(new Event('beforeprint'));
    assert.isBelow(rows(table), allRows, 'no listener left behind');
    const { el: small } = await mountBoard();
    await openItem(small, 'd-finance');
    const smallTable = part(small, 'finance-table')!;
    assert.isFalse(smallTable.hasAttribute('aria-busy'));
    assert.equal(smallTable.querySelectorAll('tbody.income tr').length, 4 + 2);
  });
});
