import type { English } from '../internal/localize.js';
import type { LeaderboardChinese } from './messages.js';

const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The English of ./messages.ts, a chunk of its own: most readers are zh-CN and never download it. */
export const english: English<LeaderboardChinese> = {
  title: 'Points leaderboard',
  lists: 'Lists',
  listAll: 'All households',
  listRed: 'Red list',
  listBlack: 'Black list',
  blackListOff: 'This village has switched its black list off: households with deductions are not named.',
  periods: 'Period',
  periodCurrent: 'Current',
  periodMonth: 'This month',
  periodQuarter: 'This quarter',
  periodYear: 'This year',
  periodAll: 'All time',
  category: 'Category',
  categoryAll: 'All categories',
  search: 'Search by household name or number',
  searchPlaceholder: 'Name or household number',
  monthKey: (year: number, month: number) => `${enMonths[month - 1] ?? String(month)} ${year}`,
  quarterKey: (year: number, quarter: number) => `Q${quarter} ${year}`,
  yearKey: (year: number) => String(year),
  allTime: 'All time',
  asOf: (date: string) => `As of ${date}`,
  noVillage: 'No village is set (set the village attribute).',
  noMatch: 'No households match.',
  noRows: 'No households on this board yet.',
  found: (n: string, complete: boolean) => (complete ? `${n} households` : `Showing ${n} households; scroll down for more`),
  loadingAll: 'Loading the whole list…',
};
