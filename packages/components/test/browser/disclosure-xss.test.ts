import { assert } from '@open-wc/testing';
import { waitUntil } from '../fixtures/wait.js';
import type { RichText } from '@shanzhi/rules';
import { enforcePolicy, recordViolations } from '../fixtures/csp.js';
import { DisclosureFakeClient } from '../fixtures/disclosure-client.js';
import { makeDetails, type Detail } from '../fixtures/disclosure-data.js';
import { listItems, mountBoard, openItem, part } from '../fixtures/disclosure-mount.js';
import { hostileHrefs, xssVectors } from '../fixtures/disclosure-xss.js';

declare global {
  interface Window {
    __szXss?: (n: number) => void;
  }
}

const fired: number[] = [];
const violations = recordViolations();

/** An item whose title, body (every block type) and attachment names are all injection vectors. */
function hostileItem(index: number, vector: string): Detail {
  const base = makeDetails()[0]!;
  const body = [
    { type: 'heading', level: 2, children: [{ type: 'text', text: vector }] },
    {
      type: 'paragraph',
      children: [
        { type: 'text', text: vector, marks: ['strong'] },
        { type: 'link', href: hostileHrefs[index % hostileHrefs.length], children: [{ type: 'text', text: vector }] },
      ],
    },
    { type: 'list', ordered: false, items: [{ children: [{ type: 'text', text: vector }] }] },
    {
      type: 'table',
      caption: vector,
      header: [{ children: [{ type: 'text', text: vector }] }],
      rows: [[{ children: [{ type: 'text', text: vector }] }]],
    },
    // Shapes the schema refuses, as a broken backend might still send them.
    { type: 'html', html: vector },
    { type: 'paragraph', children: [{ type: 'text', text: vector, html: vector, onclick: vector }] },
  ] as unknown as RichText;
  const version = base.versions[0]!;
  return {
    ...base,
    id: `x-${String(index)}`,
    versions: [
      {
        ...version,
        title: vector,
        body,
        attachments: [
          { name: `${vector}.pdf`, mediaType: 'application/pdf', size: 1000, url: hostileHrefs[index % hostileHrefs.length]! },
          { name: vector, mediaType: 'application/pdf', size: 1000, url: 'https://files.example.gov.cn/x.pdf' },
        ],
      },
    ],
    reliefLists: [
      { id: 'r', program: vector, period: version.period, recipients: [{ name: vector, villageGroup: vector, amount: 100 }], total: 100 },
    ],
  };
}

function assertInert(root: ShadowRoot): void {
  assert.isNull(
    root.querySelector('script, iframe, object, embed, svg, math, img, meta, input[autofocus], details, body, style'),
    'no element came from data',
  );
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.getAttributeNames()) {
      assert.notMatch(attribute, /^on/i, `no event handler attribute on <${element.localName}>`);
    }
    assert.notInclude(element.getAttribute('style') ?? '', '__szXss', 'no data in style attributes');
  }
  for (const link of root.querySelectorAll('a')) {
    assert.match(link.getAttribute('href') ?? '', /^https:\/\/(www\.gov\.cn|files\.example\.gov\.cn)\//, 'only safe links');
  }
}

describe('<sz-disclosure-board> injection vectors', function () {
  this.timeout(60_000);

  before(() => {
    enforcePolicy();
    window.__szXss = (n: number) => {
      fired.push(n);
    };
  });

  after(() => {
    delete window.__szXss;
  });

  it('shows every vector as text in the list, and nothing runs', async () => {
    const client = new DisclosureFakeClient(xssVectors.map((vector, i) => hostileItem(i, vector)));
    const { el, root } = await mountBoard({ client });
    assert.equal(listItems(el).length, xssVectors.length);
    const titles = [...root.querySelectorAll('.item-title')].map((node) => node.textContent);
    assert.deepEqual(titles, [...xssVectors]);
    assertInert(root);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(fired, []);
  });

  it('shows every vector as text in an opened item (title, body, attachments, relief list), and nothing runs', async () => {
    const client = new DisclosureFakeClient(xssVectors.map((vector, i) => hostileItem(i, vector)));
    const { el, root } = await mountBoard({ client });
    for (let i = 0; i < xssVectors.length; i++) {
      const vector = xssVectors[i]!;
      await openItem(el, `x-${String(i)}`);
      assert.equal(root.querySelector('#detail-title')?.textContent, vector);
      const body = part(el, 'body')!;
      assert.equal(body.querySelector('h3')?.textContent, vector);
      assert.equal(body.querySelector('strong')?.textContent, vector);
      assert.equal(body.querySelector('caption')?.textContent, vector);
      assert.equal(body.children.length, 5, 'the unknown block is dropped');
      const attachments = [...part(el, 'attachments')!.querySelectorAll('li > :first-child')].map((node) => node.textContent);
      assert.deepEqual(attachments, [`${vector}.pdf`, vector]);
      assert.include(part(el, 'relief')!.textContent, vector);
      assertInert(root);
      root.querySelector<HTMLButtonElement>('.back')!.click();
      await waitUntil(() => part(el, 'detail') === null, 'back to the list');
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.deepEqual(fired, []);
    assert.deepEqual(violations, [], 'no Trusted Types violation');
  });
});
