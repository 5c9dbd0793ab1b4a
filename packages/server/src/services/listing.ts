import { defaultDepartments, defaultLifeEvents, searchServices } from '@shanzhi/rules';
import type { RouteOutput, listServices } from '@shanzhi/sdk';
import type { RouteQuery } from '../api/context.js';
import { HttpProblem } from '../http/problem.js';
import type { Catalogue, CatalogueEntry } from './catalogue.js';

type ServiceList = RouteOutput<typeof listServices>;
type ServiceSummary = ServiceList['items'][number];

/** The filters and the page: the route's query, as the contract parses it. */
export type ListFilters = RouteQuery<typeof listServices>;

export const defaultPageSize = 20;

/** The cursor is the offset into the (deterministic) result list; opaque to clients. */
function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  if (!/^\d{1,6}$/.test(cursor)) throw HttpProblem.validation([{ code: 'field.invalidFormat', path: ['cursor'] }]);
  return Number(cursor);
}

function matchesFilters(entry: CatalogueEntry, filters: ListFilters): boolean {
  const { guide } = entry;
  if (filters.department !== undefined && guide.department !== filters.department) return false;
  if (filters.lifeEvent !== undefined && !guide.lifeEvents.includes(filters.lifeEvent)) return false;
  if (filters.channel !== undefined && !guide.channels.some((channel) => channel.channel === filters.channel)) return false;
  if (filters.villageProxy !== undefined && guide.villageProxy !== filters.villageProxy) return false;
  return true;
}

export function summaryOf(entry: CatalogueEntry): ServiceSummary {
  const { guide } = entry;
  return {
    code: guide.code,
    // The summary's name is bilingual: a guide not yet translated shows its Chinese name in English too.
    name: { 'zh-CN': guide.name['zh-CN'], en: guide.name.en ?? guide.name['zh-CN'] },
    department: guide.department,
    lifeEvents: [...guide.lifeEvents],
    channels: [...new Set(guide.channels.map((channel) => channel.channel))],
    villageProxy: guide.villageProxy,
    onlineDepth: guide.online.depth,
    promisedLimit: guide.timeLimits.promised,
    visits: guide.visits,
    keywords: [...entry.keywords],
    searchKeys: entry.searchKeys,
  };
}

/**
 * One page of a county's catalogue: filtered, then searched by name, keyword, full pinyin and initials
 * with the rules' ranking (best first); without `q` in catalogue order. `total` counts every match.
 */
export function listPage(catalogue: Catalogue, filters: ListFilters): ServiceList {
  const query = filters.q?.trim() ?? '';
  const ordered = query === '' ? catalogue.entries : searchServices(catalogue.prepared, query).map((hit) => hit.item);
  const matching = ordered.filter((entry) => matchesFilters(entry, filters));
  const offset = offsetOf(filters.cursor);
  const limit = filters.limit ?? defaultPageSize;
  const end = offset + limit;
  const used = (codes: (entry: CatalogueEntry) => readonly string[]) => new Set(catalogue.entries.flatMap(codes));
  const departments = used((entry) => [entry.guide.department]);
  const lifeEvents = used((entry) => entry.guide.lifeEvents);
  return {
    items: matching.slice(offset, end).map(summaryOf),
    nextCursor: end < matching.length ? String(end) : null,
    total: matching.length,
    // The rules' default lists, narrowed to what this county's catalogue uses (filters that find something).
    departments: defaultDepartments.filter((department) => departments.has(department.code)),
    lifeEvents: defaultLifeEvents.filter((lifeEvent) => lifeEvents.has(lifeEvent.code)),
  };
}
