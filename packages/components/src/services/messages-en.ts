import type { English } from '../internal/localize.js';
import type { CatalogueChinese } from './messages.js';

/** The English of ./messages.ts, a chunk of its own: most readers are zh-CN and never download it. */
export const english: English<CatalogueChinese> = {
  title: 'Service guides',
  search: 'Search services',
  searchHint: 'Name, pinyin or initials, e.g. shbz',
  filters: 'Filters',
  department: 'Department',
  lifeEvent: 'Life event',
  channel: 'Where',
  any: 'All',
  proxyOnly: 'The village station can do it for me',
  clearFilters: 'Clear filters',
  count: (n: number) => `${String(n)} ${n === 1 ? 'service' : 'services'}`,
  found: (n: number, q: string) => `${String(n)} ${n === 1 ? 'service' : 'services'} found for “${q}”`,
  noMatch: (q: string) => `Nothing found for “${q}”.`,
  noMatchFiltered: 'No service matches these filters.',
  suggestions: 'Try:',
  showMore: (n: number) => `Show ${String(n)} more`,
  viewAll: (n: number) => `View all (${String(n)})`,
  noRegion: 'Set the region first.',
  proxyBadge: 'Station can do it',
  visits: (n: number) => (n === 0 ? 'No visit' : `${String(n)} ${n === 1 ? 'visit' : 'visits'}`),
  promised: (limit: string) => `Promised: ${limit}`,
  back: 'Back to the list',
  loadingGuide: 'Loading the guide…',
};
