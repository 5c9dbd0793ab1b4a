import type { English } from '../internal/localize.js';
import type { LeaderboardChinese } from './messages.js';

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
const enMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The English of ./messages.ts, a chunk of its own: most readers are zh-CN and never download it. */
export const english: English<LeaderboardChinese> = {
  title: 'Points leaderboard',
  tableHint: 'Use the up and down arrow keys to move between households; press Enter to see a household’s points record.',
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
  rankHeader: 'Rank',
  nameHeader: 'Household',
  pointsHeader: 'Points',
  starsHeader: 'Stars',
  movementHeader: 'Change',
  rank: (n: number) => `Rank ${n}`,
  rankTied: (n: number) => `Tied ${ordinal(n)}`,
  points: (n: string) => `${n} points`,
  stars: (n: number, max: number) => (n === 0 ? 'No stars' : `${n} of ${max} stars`),
  movementUp: (n: number) => `Up ${n} since the last period`,
  movementDown: (n: number) => `Down ${n} since the last period`,
  movementSame: 'Same rank as the last period',
  movementNew: 'New on the board',
  newShort: 'New',
  badgeRed: 'Red list',
  badgeBlack: 'Black list',
  badgeMentoring: 'Being helped off the list',
  monthKey: (year: number, month: number) => `${enMonths[month - 1] ?? String(month)} ${year}`,
  quarterKey: (year: number, quarter: number) => `Q${quarter} ${year}`,
  yearKey: (year: number) => String(year),
  allTime: 'All time',
  asOf: (date: string) => `As of ${date}`,
  noVillage: 'No village is set (set the village attribute).',
  noMatch: 'No households match.',
  noRows: 'No households on this board yet.',
  found: (n: string, complete: boolean) => (complete ? `${n} households` : `Showing ${n} households; scroll down for more`),
  loadingMore: 'Loading more…',
  loadingAll: 'Loading the whole list…',
  moreFailed: 'Could not load the rest of the list',
  boardControls: 'Screen paging',
  pause: 'Pause paging',
  resume: 'Resume paging',
  previousScreen: 'Previous screen',
  nextScreen: 'Next screen',
  elderNoAutoPaging: 'Large-text mode does not turn pages by itself: use Previous screen and Next screen.',
};
