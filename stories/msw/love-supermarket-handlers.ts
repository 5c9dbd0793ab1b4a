/**
 * `<sz-love-supermarket>`'s API for the stories: MSW serves what `packages/components/scripts/fixtures/love-supermarket.ts`
 * recorded from the real reference server (`npm run fixtures:stories -- love-supermarket`); nothing here invents data.
 * Pass them to a story as `parameters: { msw: { handlers: { loveSupermarket: loveSupermarketHandlers } } }`; the desk
 * stories also replace the shared `leaderboard` and `household` groups with `deskHandlers` (the recorded search for
 * the desk's household and its balance).
 */
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import listFixture from '../fixtures/love-supermarket-list.json';
import { localeOf, problem } from './handlers.js';

interface Recorded {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
}
type Locale = 'zh-CN' | 'en';

const shelfRoute = '*/v1/villages/:villageId/supermarket/goods';
const donationsRoute = '*/v1/villages/:villageId/supermarket/donations';
const redeemRoute = '*/v1/villages/:villageId/supermarket/redemptions';
const answers = listFixture.answers;
const refusals = answers.refusals as unknown as Readonly<Record<'outOfStock' | 'insufficient', Readonly<Record<Locale, Recorded>>>>;
const goods = answers.shelf.items;
const redeemable = answers.balance.balance.redeemable;

/** The village the recorded stories show, and the household number the desk stories type. */
export const loveSupermarketVillage = listFixture.village;
export const deskHouseholdNumber = listFixture.householdNumber;

const shelfHandlers: HttpHandler[] = [
  http.get(shelfRoute, () => HttpResponse.json(answers.shelf)),
  http.get(donationsRoute, () => HttpResponse.json(answers.donations)),
];

/**
 * A redemption as the server decides it, from the recorded answers: more than the stock gets the recorded 409, more
 * than the balance the recorded 422, anything else the recorded receipt (the desk checks both first, so the refusals
 * show only when the shelf it holds is out of date).
 */
const redeemHandler = http.post(redeemRoute, async ({ request }) => {
  const body = (await request.json()) as { items?: { goodsId: string; quantity: number }[] };
  const cart = body.items ?? [];
  const refusal = (kind: 'outOfStock' | 'insufficient') => {
    const recorded = refusals[kind][localeOf(request)];
    return HttpResponse.json(recorded.body, { status: recorded.status, headers: { 'Content-Type': 'application/problem+json' } });
  };
  if (cart.some((line) => line.quantity > (goods.find((one) => one.id === line.goodsId)?.stock ?? 0))) return refusal('outOfStock');
  const total = cart.reduce((sum, line) => sum + line.quantity * (goods.find((one) => one.id === line.goodsId)?.pricePoints ?? 0), 0);
  if (total > redeemable) return refusal('insufficient');
  return HttpResponse.json(answers.receipt, { status: 201 });
});

export const loveSupermarketHandlers: HttpHandler[] = [...shelfHandlers, redeemHandler];

/** The desk's household: the board's recorded search for its number, and its balance as the keeper reads it. */
export const deskHandlers = {
  leaderboard: [http.get('*/v1/villages/:villageId/points/leaderboard', () => HttpResponse.json(answers.search))],
  household: [http.get('*/v1/villages/:villageId/households/:householdId/points/balance', () => HttpResponse.json(answers.balance))],
};

/** The shelf and the thank-you list of the recording with their items left out: the empty state. */
export const emptyLoveSupermarket: HttpHandler[] = [
  http.get(shelfRoute, () => HttpResponse.json({ ...answers.shelf, items: [] })),
  http.get(donationsRoute, () => HttpResponse.json({ ...answers.donations, items: [] })),
];

/** Never answers: the loading skeleton stays on screen. */
export const pendingLoveSupermarket: HttpHandler[] = [shelfRoute, donationsRoute].map((route) =>
  http.get(route, async () => {
    await delay('infinite');
    return HttpResponse.error();
  }),
);

/** The server's recorded 500 `internal` problem, with the request id the SDK sent: the error state with retry. */
export const failingLoveSupermarket: HttpHandler[] = [shelfRoute, donationsRoute].map((route) =>
  http.get(route, ({ request }) => problem(request, 'internal')),
);

/** No network at all: both reads reject, as they do with the cable pulled. */
export const offlineLoveSupermarket: HttpHandler[] = [shelfRoute, donationsRoute].map((route) =>
  http.get(route, () => HttpResponse.error()),
);
