import type { getSupermarketShelf, listSupermarketDonations, RouteOutput } from '@shanzhi/sdk/browser';

/** One line of the shelf as the contract gives it (goods, price in points, stock, donor as the donor chose). */
export type Goods = RouteOutput<typeof getSupermarketShelf>['items'][number];
/** One donation on the public thank-you list. */
export type Donation = RouteOutput<typeof listSupermarketDonations>['items'][number];

/** What the shelf shows: the goods still on sale, and this year's thank-you list. */
export interface Shelf {
  readonly villageId: string;
  readonly asOf: string;
  readonly goods: readonly Goods[];
  readonly donations: readonly Donation[];
}

/** The goods the keeper took off the shelf stay in the answer for the monthly reconciliation; the shelf hides them. */
export function shelfOf(shelf: RouteOutput<typeof getSupermarketShelf>, donations: RouteOutput<typeof listSupermarketDonations>): Shelf {
  return { villageId: shelf.villageId, asOf: shelf.asOf, goods: shelf.items.filter((goods) => goods.active), donations: donations.items };
}
