import { assert, expect } from '@open-wc/testing';
import { cards, FakeSupermarketClient, mountSupermarket } from '../fixtures/love-supermarket-client.js';
import { part, visibleText } from '../fixtures/mount.js';
import { describeDataWidget, type EmptyState } from '../fixtures/shared-states.js';

/** The widget with nothing to show. */
const empty: EmptyState<FakeSupermarketClient> = {
  client: () => new FakeSupermarketClient({ goods: [], donations: [] }),
  when: 'there are no goods and no donations',
  says: '暂时没有商品',
};

const card = (el: HTMLElement, goodsId: string) =>
  el.shadowRoot?.querySelector<HTMLElement>(`[part~="goods-item"][data-goods="${goodsId}"]`);

describeDataWidget('<sz-love-supermarket> shelf', { mount: mountSupermarket, route: 'getSupermarketShelf', empty }, () => {
  it('shows the goods on sale with price, stock, sold out, photo and donor, and the thank-you list, and passes axe', async () => {
    // Every lazily loaded chunk is asked for through the CDN preloader's hook first (src/internal/preload.ts).
    const hooks = globalThis as unknown as Record<symbol, ((module: string) => Promise<void>) | undefined>;
    const preloadKey = Symbol.for('shanzhi.preload');
    const before = hooks[preloadKey];
    const asked: string[] = [];
    hooks[preloadKey] = (module) => {
      asked.push(module);
      return Promise.resolve();
    };
    try {
      await showsTheShelf(asked);
    } finally {
      hooks[preloadKey] = before;
    }
  });

  async function showsTheShelf(asked: readonly string[]): Promise<void> {
    const el = await mountSupermarket();
    // The goods taken off the shelf (sg-5) are not shown.
    assert.deepEqual(
      cards(el).map((one) => one.dataset.goods),
      ['sg-1', 'sg-2', 'sg-3', 'sg-4'],
    );
    assert.equal(part(el, 'title')?.textContent, '爱心超市');
    const soy = visibleText(card(el, 'sg-1'));
    assert.include(soy, '10 积分/件');
    assert.include(soy, '库存 5 件');
    assert.include(soy, '村集体采购');
    assert.include(visibleText(card(el, 'sg-2')), '乡贤捐赠：在外乡贤 周建华');
    assert.include(visibleText(card(el, 'sg-3')), '企业捐赠：青山县供销合作社');
    assert.equal(card(el, 'sg-3')?.querySelector('[part~="sold-out"]')?.textContent, '已兑完');
    assert.include(visibleText(card(el, 'sg-4')), '爱心人士（匿名）捐赠');
    // The photo comes from the public attachment route; goods without one show a placeholder.
    const photo = card(el, 'sg-2')?.querySelector('img');
    assert.equal(photo?.getAttribute('src'), 'https://fake.shanzhi.example/v1/villages/v-test-01/attachments/att-rice/content');
    assert.isNull(card(el, 'sg-1')?.querySelector('img'));
    assert.isNotNull(card(el, 'sg-1')?.querySelector('.placeholder'));
    const thanks = [...(part(el, 'donations')?.querySelectorAll('li') ?? [])].map((li) => visibleText(li));
    assert.include(thanks[0], '乡贤 刘秀英');
    assert.include(thanks[0], '大米（10斤） 10 件');
    assert.include(thanks[1], '爱心人士（匿名）');
    assert.include(thanks[1], '5,300.00');
    // The public shelf never loads the keeper's desk.
    assert.isNull(part(el, 'desk'));
    assert.isNull(part(el, 'add'));
    // Its English words are asked for only by an English widget, its desk only in desk mode: nothing here.
    await expect(el).to.be.accessible();
    assert.notInclude(asked, 'love-supermarket/desk', "the desk's chunk is not downloaded");
  }

  it('speaks English', async () => {
    const el = await mountSupermarket(new FakeSupermarketClient(), { locale: 'en' });
    assert.equal(part(el, 'title')?.textContent, 'Love supermarket');
    assert.include(visibleText(card(el, 'sg-1')), '10 points each');
    assert.include(visibleText(card(el, 'sg-3')), 'Sold out');
    assert.include(visibleText(card(el, 'sg-4')), 'Given by an anonymous donor');
    assert.include(visibleText(part(el, 'donations')), 'in cash');
    const text = visibleText(el.shadowRoot?.querySelector('.widget'));
    for (const word of ['爱心超市', '积分', '库存', '已兑完', '捐赠']) assert.notInclude(text, word, 'no Chinese interface word');
  });
});
