import assert from 'node:assert/strict';
import { test } from 'node:test';
import { portalSection, portalSections, portalSectionsFor, type PortalPage } from '../src/portal/sections.js';

// The demo portal's sections come from one table and one writer: a widget shown to some roles is one entry.

const page = (role: PortalPage['role']): PortalPage => ({
  village: { id: 'v-qs-01', name: '青山村' },
  role,
  origin: 'http://127.0.0.1:8080',
  today: '2026-11-29',
});
/** The page's sections as HTML (the writer's result may be a promise where a part is one; none of these is). */
async function render(role: PortalPage['role']): Promise<string> {
  let html = '';
  for (const section of portalSectionsFor(page(role))) html += String(await section);
  return html;
}

test('writes each widget in a section headed by the village, with the words an old browser shows instead', async () => {
  const html = String(await portalSection({ tag: 'sz-notice-board', zh: '公告栏', en: 'Notice board' }, page(undefined)));
  assert.match(html, /<section aria-labelledby="notice-board-title">/);
  assert.match(html, /<h2 id="notice-board-title">青山村 · 公告栏 · Notice board<\/h2>/);
  assert.match(
    html,
    /<sz-notice-board village="v-qs-01">\s*<p>请使用最新版浏览器（或切换到“极速模式”）查看公告栏。Open this page in an up-to-date browser to see it\.<\/p>/,
  );
});

test('shows a section with roles to those roles only, never to the public', async () => {
  for (const role of [undefined, 'villager', 'storekeeper'] as const)
    assert.doesNotMatch(await render(role), /<sz-query-desk/, String(role));
  assert.match(await render('cadre'), /<sz-query-desk village="v-qs-01" view="cadre">/);
  assert.match(await render('supervisor'), /<sz-query-desk village="v-qs-01" view="supervisor">/);
});

test('gives a role its own heading for the same widget', async () => {
  assert.match(await render('villager'), /<h2 id="points-desk-title">青山村 · 本户积分申报 · My household&#39;s points<\/h2>/);
  assert.match(await render(undefined), /<h2 id="points-desk-title">青山村 · 积分工作台 · Points desk<\/h2>/);
});

test('escapes the village name and attribute values; writes a bare attribute for `true`', async () => {
  const html = String(
    await portalSection(
      { tag: 'sz-x', zh: '甲', en: 'X', attributes: ({ village }) => ({ village: village.id, note: '"><script>', 'deep-link': true }) },
      { ...page(undefined), village: { id: 'v-1', name: '<b>村</b>' } },
    ),
  );
  assert.match(html, /&lt;b&gt;村&lt;\/b&gt; · 甲 · X/);
  assert.match(html, /<sz-x village="v-1" note="&quot;&gt;&lt;script&gt;" deep-link>/);
  assert.doesNotMatch(html, /<script>|<b>/);
});

test('every table entry is a distinct widget with a distinct heading id', () => {
  const tags = portalSections.map((one) => one.tag);
  assert.equal(new Set(tags).size, tags.length);
  const ids = portalSections.map((one) => one.id ?? one.tag.slice(3));
  assert.equal(new Set(ids).size, ids.length);
});
