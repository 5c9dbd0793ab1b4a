import assert from 'node:assert/strict';
import { test } from 'node:test';
import { localizeIssues } from '../src/shared/index.js';
import { validate } from '../src/messages/index.js';
import { plainTextOf, richTextFromPlain, richTextSchema, type RichText } from '../src/disclosure/index.js';

/** A list item or table cell holding one run of text. */
const cell = (text: string) => ({ children: [{ type: 'text' as const, text }] });
/** A body of one paragraph holding one link to `href`. */
const linkBody = (href: string) => [{ type: 'paragraph', children: [{ type: 'link', href, children: [{ type: 'text', text: 'x' }] }] }];

const body: RichText = [
  { type: 'heading', level: 2, children: [{ type: 'text', text: '一、收入情况' }] },
  {
    type: 'paragraph',
    children: [
      { type: 'text', text: '本季度收入 ' },
      { type: 'text', text: '3300.50', marks: ['strong'] },
      { type: 'text', text: ' 元，详见' },
      { type: 'link', href: 'https://www.gov.cn/zhengce/', children: [{ type: 'text', text: '政策原文' }] },
      { type: 'text', text: '。' },
    ],
  },
  {
    type: 'list',
    ordered: true,
    items: [cell('发包收入'), cell('补助收入')],
  },
  {
    type: 'table',
    caption: '收支表',
    header: [cell('科目'), cell('金额')],
    rows: [[cell('管理费用'), { children: [] }]],
  },
];

test('a body of headings, emphasis, links, lists and tables is accepted', () => {
  assert.ok(validate(richTextSchema, body).ok);
});

test('plain text joins blocks with blank lines, numbers ordered lists and separates table cells with tabs', () => {
  assert.equal(
    plainTextOf(body),
    '一、收入情况\n\n本季度收入 3300.50 元，详见政策原文。\n\n1. 发包收入\n2. 补助收入\n\n收支表\n科目\t金额\n管理费用\t',
  );
});

test('links that are not plain http(s) addresses are refused', () => {
  const hrefs = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>',
    'ftp://example.com/a',
    '//example.com',
    'https://gov.cn@evil.example/',
    'https://exa mple.com',
    'https://example.com/"onmouseover="x',
  ];
  for (const href of hrefs) {
    const result = validate(richTextSchema, linkBody(href));
    assert.ok(!result.ok, href);
    assert.equal(result.issues[0]?.code, 'disclosure.richText.unsafeLink', href);
  }
});

test('http, https, ports and Chinese domain names are accepted as links', () => {
  for (const href of ['http://example.com', 'HTTPS://Example.com:8443/a?b=1#c', 'https://政府.中国/公开']) {
    assert.ok(validate(richTextSchema, linkBody(href)).ok, href);
  }
});

test('HTML smuggled as an extra key or an unknown node type is refused', () => {
  const withHtml = validate(richTextSchema, [
    { type: 'paragraph', html: '<img src=x onerror=alert(1)>', children: [{ type: 'text', text: 'x' }] },
  ]);
  assert.ok(!withHtml.ok);
  assert.equal(withHtml.issues[0]?.code, 'field.unknownKey');
  assert.ok(!validate(richTextSchema, [{ type: 'html', value: '<script></script>' }]).ok);
  assert.ok(!validate(richTextSchema, [{ type: 'paragraph', children: [{ type: 'text', text: 'x', marks: ['blink'] }] }]).ok);
  assert.ok(!validate(richTextSchema, [{ type: 'heading', level: 1, children: [{ type: 'text', text: 'x' }] }]).ok);
});

test('an unsafe link is explained in both languages by its path, without repeating the address', () => {
  // The address is the author's own text and may hold anything (a phone number in a tel: link): messages that
  // reach a server's problem body never quote input; the path points at the field.
  const href = 'javascript:alert(13912345678)';
  const result = validate(richTextSchema, linkBody(href));
  assert.ok(!result.ok);
  assert.deepEqual(result.issues[0]?.path, [0, 'children', 0, 'href']);
  assert.ok(!('params' in result.issues[0]));
  assert.equal(localizeIssues(result.issues, 'zh-CN')[0]?.message, '链接只能是以 http:// 或 https:// 开头的网址');
  assert.equal(localizeIssues(result.issues, 'en')[0]?.message, 'Links must be web addresses starting with http:// or https://');
});

test('plain text typed by a cadre becomes one paragraph per non-blank line', () => {
  const text = '第一段\r\n\r\n  第二段  \n';
  const rich = richTextFromPlain(text);
  assert.equal(rich.length, 2);
  assert.equal(plainTextOf(rich), '第一段\n\n第二段');
  assert.ok(validate(richTextSchema, rich).ok);
});
