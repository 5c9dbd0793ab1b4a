import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { matchService, normalizeSearchText, prepareService, prepareServiceSearch, searchServices, type Searchable } from '../src/index.js';
import { demoGuides } from '../src/services/demo-guides.js';
import { buildSearchKeys, withSearchKeys } from '../src/search-keys.js';

function service(zh: string, keywords: string[] = [], en?: string): Searchable & { id: string } {
  const name = en === undefined ? { 'zh-CN': zh } : { 'zh-CN': zh, en };
  return { id: zh, name, keywords, searchKeys: buildSearchKeys({ name, keywords }) };
}

const catalogue = prepareServiceSearch([
  service('社会保障卡申领', ['社保卡'], 'Apply for a social security card'),
  service('城乡居民基本养老保险参保登记', ['居民养老']),
  service('城乡居民社会养老保险待遇领取'),
  service('高龄老人养老服务补贴'),
  service('残疾人两项补贴申请', ['两项补贴']),
  service('临时救助申请'),
  service('社会救助'),
]);

const names = (query: string) => searchServices(catalogue, query).map((hit) => hit.item.id);

test('builds full pinyin and initials without tones or spaces', () => {
  assert.deepEqual(buildSearchKeys('社会保障卡申领'), { pinyin: 'shehuibaozhangkashenling', initials: 'shbzksl' });
  assert.deepEqual(buildSearchKeys({ name: { 'zh-CN': '临时救助（急难）' }, keywords: ['救急', '（）'] }), {
    pinyin: 'linshijiuzhujinan jiuji ',
    initials: 'lsjzjn jj ',
  });
  assert.deepEqual(buildSearchKeys('12345热线 CT'), { pinyin: '12345rexianct', initials: '12345rxct' });
});

test('reads common polyphonic characters from their word, best effort', () => {
  assert.equal(buildSearchKeys('行政许可').pinyin, 'xingzhengxuke');
  assert.equal(buildSearchKeys('银行卡').pinyin, 'yinhangka');
  assert.equal(buildSearchKeys('重庆').pinyin, 'chongqing');
  assert.equal(buildSearchKeys('女性').pinyin, 'nvxing');
});

test('initials find 社会保障卡申领', () => {
  assert.deepEqual(names('shbz'), ['社会保障卡申领']);
  assert.equal(searchServices(catalogue, 'shbzk')[0]?.match.kind, 'initials');
});

test('full pinyin finds every service about 养老', () => {
  assert.deepEqual(
    names('yanglao').sort(),
    ['城乡居民基本养老保险参保登记', '城乡居民社会养老保险待遇领取', '高龄老人养老服务补贴'].sort(),
  );
});

test('full pinyin prefixes match while typing', () => {
  for (const typed of ['s', 'she', 'shehui']) assert.deepEqual(names(typed).slice(0, 2), ['社会救助', '社会保障卡申领'], typed);
  for (const typed of ['shehuib', 'shehuibao', 'shehuibaozhang']) assert.deepEqual(names(typed), ['社会保障卡申领'], typed);
  assert.equal(searchServices(catalogue, 'shehuibaozhangkashenling')[0]?.match.kind, 'exact');
});

test('matches ignore case, full-width letters, spaces and punctuation', () => {
  for (const typed of ['SHBZ', 'ＳＨＢＺ', ' sh bz ', 'She Hui Bao Zhang', 'shbz!'])
    assert.deepEqual(names(typed), ['社会保障卡申领'], typed);
  assert.equal(normalizeSearchText('Lü ＡＢ·c（1）'), 'lvabc1');
});

test('an exact name beats a prefix, which beats a match inside the name', () => {
  assert.deepEqual(names('社会救助'), ['社会救助']);
  assert.deepEqual(names('社会'), ['社会救助', '社会保障卡申领', '城乡居民社会养老保险待遇领取']);
  const hits = searchServices(catalogue, '社会');
  assert.deepEqual(
    hits.map((hit) => hit.match.kind),
    ['prefix', 'prefix', 'contains'],
  );
});

test('keywords and English names are searched too', () => {
  assert.deepEqual(names('社保卡'), ['社会保障卡申领']);
  assert.deepEqual(names('shebaoka'), ['社会保障卡申领']);
  assert.deepEqual(names('social security'), ['社会保障卡申领']);
  assert.deepEqual(names('lxbt'), ['残疾人两项补贴申请']);
});

test('one or two letters match only at the start of a name or keyword', () => {
  assert.deepEqual(names('ao'), []);
  assert.ok(names('lin').includes('临时救助申请'));
});

test('an empty query finds nothing and a limit cuts the list', () => {
  assert.deepEqual(names(''), []);
  assert.deepEqual(names('  '), []);
  assert.equal(searchServices(catalogue, 'yanglao', { limit: 2 }).length, 2);
});

test('matchService reports how one service matches', () => {
  const card = prepareService(service('社会保障卡申领', ['社保卡']));
  assert.deepEqual(matchService('shbzksl', card), { kind: 'initials', field: 'initials', score: 60 });
  assert.deepEqual(matchService('社保卡', card), { kind: 'exact', field: 'keyword', score: 90 });
  assert.equal(matchService('养老', card), null);
  assert.equal(matchService('', card), null);
});

test('the demo guides are found by pinyin once their keys are attached', () => {
  const demo = prepareServiceSearch(withSearchKeys(demoGuides));
  assert.equal(searchServices(demo, 'zhaijidi')[0]?.item.code, 'DEMO-AG-0003');
  assert.equal(searchServices(demo, 'lsjz')[0]?.item.code, 'DEMO-CA-0004');
  assert.equal(searchServices(demo, 'yanglao')[0]?.item.code, 'DEMO-HR-0001');
});

// How fast a keystroke is answered is a benchmark figure (packages/components/bench/search-catalogue.mjs, in Chromium
// through the widget), not an assertion here: a timed assertion fails on a loaded machine and proves nothing there.
test('every keystroke of a query over 600 services is answered, and the full query finds its matches', () => {
  const words = ['社会', '保障', '养老', '医疗', '救助', '补贴', '登记', '申请', '农村', '宅基地', '残疾', '就业', '生育', '户籍', '证明'];
  const items = Array.from({ length: 600 }, (_, i) =>
    service(`${words[i % 15] ?? ''}${words[(i * 7) % 15] ?? ''}${words[(i * 11 + 3) % 15] ?? ''}${String(i)}`, [words[(i * 5) % 15] ?? '']),
  );
  const prepared = prepareServiceSearch(items);
  const keystrokes = [
    's',
    'sh',
    'she',
    'sheh',
    'shehu',
    'shehui',
    'shehuib',
    'shehuiba',
    'shehuibao',
    'y',
    'yl',
    'ylb',
    '社',
    '社会',
    '社会保',
  ];
  for (const query of keystrokes) assert.ok(Array.isArray(searchServices(prepared, query)), query);
  assert.ok(searchServices(prepared, 'shehui').length >= 40);
});

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    conditions: ['shanzhi-source'],
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

test('the browser entry point never bundles the pinyin dictionary', async () => {
  const inputs = await bundledInputs('../src/index.ts');
  assert.ok(
    inputs.some((path) => path.includes('src/services/search.ts')),
    'the search code itself is in the bundle',
  );
  assert.deepEqual(
    inputs.filter((path) => path.includes('pinyin-pro') || path.includes('search-keys')),
    [],
  );
});

test('the search-keys entry point does bundle pinyin-pro', async () => {
  const inputs = await bundledInputs('../src/search-keys.ts');
  assert.ok(inputs.some((path) => path.includes('node_modules/pinyin-pro/')));
});
