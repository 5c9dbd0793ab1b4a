import type { English } from '../internal/localize.js';
import type { LoveSupermarketChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most readers are zh-CN and never download it. */
export const english: English<LoveSupermarketChinese> = {
  title: 'Love supermarket',
  goods: 'Goods on the shelf',
  goodsCount: (n) => (n === 1 ? '1 kind of goods' : `${String(n)} kinds of goods`),
  noGoods: 'There are no goods on the shelf at the moment.',
  price: (points, unit) => `${String(points)} points each (${unit})`,
  stock: (n) => `${String(n)} in stock`,
  soldOut: 'Sold out',
  noPhoto: 'No photo',
  donorXiangxian: (name) => `Given by a native of the village: ${name}`,
  donorEnterprise: (name) => `Given by a company: ${name}`,
  donorAnonymous: 'Given by an anonymous donor',
  donorVillage: 'Bought by the village',
  thanks: 'Thank you to our donors',
  noDonations: 'No donations recorded this year yet.',
  anonymous: 'An anonymous donor',
  donatedGoods: (name, quantity) => `${name} × ${String(quantity)}`,
  donatedCash: (money) => `${money} in cash`,
  separator: ', ',
  empty: 'The love supermarket has no goods and no donations yet.',
  asOf: (date) => `As of ${date}`,
  reconciliationStaffOnly:
    "The monthly reconciliation is for the village's supervisory committee and village committee. Sign in with a staff account to see it.",
};
