import { assert, expect } from '@open-wc/testing';
import { getRequestRatings, type RouteOutput } from '@shanzhi/sdk';
import { waitUntil } from '../fixtures/wait.js';
import { FakeCatalogueClient, fakeRegion } from '../fixtures/catalogue-client.js';
import type { RecordedInput } from '../fixtures/fake-client.js';
import { mountCatalogue, openService, part } from '../fixtures/catalogue-mount.js';

/*
 * The village's published 好差评 of its 代办 and 点单 requests (getRequestRatings, public) in an opened guide: the
 * service's own figure and the village's, never one under the route's minimum, never a rater.
 */

type Ratings = RouteOutput<typeof getRequestRatings>;

const grades = (counts: readonly number[]) =>
  counts.map((count, at) => ({ grade: 5 - at, count, label: ['非常满意', '满意', '基本满意', '不满意', '非常不满意'][at] ?? '' }));

/** 最低生活保障申请: 7 of 12 基本满意 or better (58.3 %). */
const minimumLiving = { shown: true as const, count: 12, grades: grades([3, 2, 2, 3, 2]), average: 3.1, satisfiedPercent: 58.3 };

/** 最低生活保障申请 as above; 残疾人证新办 rated too few times; the village 22 of 36. */
const ratings: Ratings = {
  villageId: fakeRegion,
  minimum: 5,
  village: { shown: true, count: 36, grades: grades([10, 8, 4, 8, 6]), average: 3.3, satisfiedPercent: 61.1 },
  services: [
    {
      kind: 'proxy',
      code: 'SV-CA-01',
      label: '最低生活保障申请',
      ratings: minimumLiving,
    },
    { kind: 'proxy', code: 'SV-CL-01', label: '残疾人证新办', ratings: { shown: false, minimum: 5 } },
    { kind: 'order', code: 'facilities', label: '公共设施', ratings: { shown: false, minimum: 5 } },
  ],
};

/** The catalogue's fake client, answering the ratings route too. */
class RatedCatalogueClient extends FakeCatalogueClient {
  constructor(private readonly published: Ratings) {
    super();
  }

  protected override answer(routeId: string, input: RecordedInput): unknown {
    return routeId === getRequestRatings.id ? this.published : super.answer(routeId, input);
  }
}

const ratingsOf = (el: Element) => el.shadowRoot?.querySelector<HTMLElement>('#guide-ratings') ?? null;
const words = (el: Element) => (ratingsOf(el)?.textContent ?? '').replace(/\s+/g, ' ');

async function openRated(code: string, published: Ratings = ratings, attrs: Record<string, string> = {}) {
  const client = new RatedCatalogueClient(published);
  const { el } = await mountCatalogue({ client, attrs: { village: fakeRegion, ...attrs } });
  await openService(el, code);
  return { el, client };
}

describe('<sz-service-catalogue> ratings in a guide', () => {
  it("shows the service's share satisfied and how many rated, with the village's beside it, and no rater", async () => {
    const { el, client } = await openRated('SV-CA-01');
    await waitUntil(() => ratingsOf(el), 'the ratings', { timeout: 5000 });
    assert.include(words(el), '办事评价：满意 58%（12 人评价）');
    assert.include(words(el), '全村代办和点单：满意 61%（36 人评价）');
    assert.include(words(el), '满 5 人评价才公布');
    assert.notInclude(words(el), '非常不满意', 'counts per grade stay with the staff desk');
    assert.deepEqual(client.callsOf(getRequestRatings.id)[0]?.input.params, { villageId: fakeRegion });
    assert.isTrue(part(el, 'guide')?.contains(ratingsOf(el)), 'in the guide');
    await expect(el).to.be.accessible();

    // Another guide of the same village reads them from the first answer.
    el.service = 'SV-CL-01';
    await waitUntil(() => words(el).includes('办事评价：评价人数不足，暂不公布'), 'the next guide', { timeout: 5000 });
    assert.lengthOf(client.callsOf(getRequestRatings.id), 1);
  });

  it('publishes no figure under the minimum: a service rated too few times, or never, and a village under it', async () => {
    const hidden: Ratings = {
      ...ratings,
      village: { shown: false, minimum: 5 },
      // A backend that sent a figure from fewer ratings than its own minimum: not shown either.
      services: [{ kind: 'proxy', code: 'SV-CA-01', label: '最低生活保障申请', ratings: { ...minimumLiving, count: 4 } }],
    };
    const { el } = await openRated('SV-CA-01', hidden);
    await waitUntil(() => ratingsOf(el), 'the ratings', { timeout: 5000 });
    assert.include(words(el), '办事评价：评价人数不足，暂不公布');
    assert.include(words(el), '全村代办和点单：评价人数不足，暂不公布');
    assert.notMatch(words(el), /\d+%/);
    el.service = 'SV-HR-01';
    await waitUntil(() => part(el, 'guide')?.textContent.includes('社会保障卡申领'), 'a guide never rated', { timeout: 5000 });
    await waitUntil(() => ratingsOf(el), 'its ratings', { timeout: 5000 });
    assert.include(words(el), '办事评价：评价人数不足，暂不公布');
  });

  it('says nothing of ratings where the village does not do the service, nor without a village', async () => {
    const { el, client } = await openRated('SV-HE-01');
    await waitUntil(() => client.callsOf(getRequestRatings.id).length === 1, 'the ratings read', { timeout: 5000 });
    await el.updateComplete;
    assert.isNull(ratingsOf(el));

    const client2 = new RatedCatalogueClient(ratings);
    const { el: regionOnly } = await mountCatalogue({ client: client2 });
    await openService(regionOnly, 'SV-CA-01');
    assert.isNull(ratingsOf(regionOnly));
    assert.lengthOf(client2.callsOf(getRequestRatings.id), 0);
  });

  it('a failed read leaves the guide whole', async () => {
    const client = new RatedCatalogueClient(ratings);
    client.failNext(getRequestRatings.id, new Error('offline'));
    const { el } = await mountCatalogue({ client, attrs: { village: fakeRegion } });
    await openService(el, 'SV-CA-01');
    await waitUntil(() => client.callsOf(getRequestRatings.id).length === 1, 'the ratings read', { timeout: 5000 });
    await el.updateComplete;
    assert.isNull(ratingsOf(el));
    assert.isNull(part(el, 'error'));
    assert.isNotNull(part(el, 'proxy'));
  });

  it('speaks English', async () => {
    const { el } = await openRated('SV-CA-01', ratings, { locale: 'en' });
    await waitUntil(() => words(el).includes('This service: 58% satisfied (12 ratings)'), 'the ratings', { timeout: 5000 });
    assert.include(words(el), "All the village's proxy and ordered services: 61% satisfied (36 ratings)");
  });
});
