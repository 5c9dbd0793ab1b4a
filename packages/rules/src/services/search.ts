import type { LocalizedText } from './text.js';

/*
 * Service search while the villager types, in the browser. The pinyin keys are computed elsewhere
 * (`@shanzhi/rules/search-keys`, on the server or at build time) and shipped with the list, so the
 * pinyin dictionary (hundreds of kB) never reaches a phone. Everything a keystroke compares is
 * normalized once, up front; a keystroke only runs startsWith/includes on short strings.
 */

/**
 * Pinyin keys of a service. Each string holds space-separated segments: the first is the name, the
 * rest are the keywords in order. Letters are lowercase, without tones or spaces ('shehuibaozhangka').
 */
export interface SearchKeys {
  readonly pinyin: string;
  readonly initials: string;
}

/** What search needs of an item: its name, keywords, and their pinyin and initials (`search-keys`). */
export interface Searchable {
  readonly name: LocalizedText;
  readonly keywords?: readonly string[] | undefined;
  readonly searchKeys: SearchKeys;
}

const separators = /[\s\p{P}\p{S}]+/gu;

/** Lowercase, full-width folded to half-width (ＳＨＢＺ → shbz), ü as v, no spaces or punctuation. */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/ü/g, 'v').replace(separators, '');
}

/** One service with every string a keystroke compares, computed once. */
export interface PreparedService<T> {
  readonly item: T;
  readonly position: number;
  readonly name: string;
  readonly nameEn: string;
  readonly namePinyin: string;
  readonly nameInitials: string;
  /** Keyword segments padded with spaces (' shebaoka ylbx '): ' q ' finds a whole keyword, ' q' a keyword prefix. */
  readonly keywords: string;
  readonly keywordPinyin: string;
  readonly keywordInitials: string;
}

function segmentsOf(keys: string): string[] {
  return keys.split(' ').map(normalizeSearchText);
}

function padded(segments: readonly string[]): string {
  const kept = segments.filter((segment) => segment.length > 0);
  return kept.length === 0 ? '' : ` ${kept.join(' ')} `;
}

/** One item prepared for searching; prefer {@link prepareServiceSearch} for a whole list. */
export function prepareService<T extends Searchable>(item: T, position = 0): PreparedService<T> {
  const [namePinyin = '', ...keywordPinyin] = segmentsOf(item.searchKeys.pinyin);
  const [nameInitials = '', ...keywordInitials] = segmentsOf(item.searchKeys.initials);
  return {
    item,
    position,
    name: normalizeSearchText(item.name['zh-CN']),
    nameEn: item.name.en === undefined ? '' : normalizeSearchText(item.name.en),
    namePinyin,
    nameInitials,
    keywords: padded((item.keywords ?? []).map(normalizeSearchText)),
    keywordPinyin: padded(keywordPinyin),
    keywordInitials: padded(keywordInitials),
  };
}

/** Prepares a whole list once (when it loads); search it on every keystroke with `searchServices`. */
export function prepareServiceSearch<T extends Searchable>(items: readonly T[]): PreparedService<T>[] {
  return items.map((item, position) => prepareService(item, position));
}

/** A query in the forms the comparisons need, built once per keystroke. */
export interface PreparedQuery {
  readonly text: string;
  readonly spaced: string;
  readonly enclosed: string;
}

/** A query normalized for matching, or null when nothing is left to search for. */
export function prepareQuery(query: string): PreparedQuery | null {
  const text = normalizeSearchText(query);
  return text.length === 0 ? null : { text, spaced: ` ${text}`, enclosed: ` ${text} ` };
}

/** How a query matched: exactly, as a prefix, as initials, or inside. */
export type MatchKind = 'exact' | 'prefix' | 'initials' | 'contains';
/** Where a query matched: the name, a keyword, their pinyin, or their initials. */
export type MatchField = 'name' | 'keyword' | 'pinyin' | 'initials';

/** How an item matched a query, and a score to order hits by. */
export interface ServiceMatch {
  readonly kind: MatchKind;
  readonly field: MatchField;
  /** Higher is better: exact > prefix > initials > contains, and the name beats its keywords. */
  readonly score: number;
}

const match = (kind: MatchKind, field: MatchField, score: number): ServiceMatch => ({ kind, field, score });
const exactName = match('exact', 'name', 100);
const exactPinyin = match('exact', 'pinyin', 95);
const exactKeyword = match('exact', 'keyword', 90);
const prefixName = match('prefix', 'name', 80);
const prefixPinyin = match('prefix', 'pinyin', 75);
const prefixKeyword = match('prefix', 'keyword', 70);
const initialsName = match('initials', 'initials', 60);
const initialsKeyword = match('initials', 'keyword', 55);
const containsName = match('contains', 'name', 40);
const containsPinyin = match('contains', 'pinyin', 35);
const containsInitials = match('contains', 'initials', 30);
const containsKeyword = match('contains', 'keyword', 20);

/**
 * How well one prepared service matches a query, or null. Pass a `PreparedQuery` in loops; a string
 * is prepared on the spot for one-off calls.
 */
export function matchService<T>(query: PreparedQuery | string, service: PreparedService<T>): ServiceMatch | null {
  const q = typeof query === 'string' ? prepareQuery(query) : query;
  if (q === null) return null;
  const { text, spaced, enclosed } = q;
  if (service.name === text || service.nameEn === text) return exactName;
  if (service.namePinyin === text) return exactPinyin;
  if (service.keywords.includes(enclosed) || service.keywordPinyin.includes(enclosed)) return exactKeyword;
  if (service.name.startsWith(text) || service.nameEn.startsWith(text)) return prefixName;
  if (service.namePinyin.startsWith(text)) return prefixPinyin;
  if (service.keywords.includes(spaced) || service.keywordPinyin.includes(spaced)) return prefixKeyword;
  if (service.nameInitials.startsWith(text)) return initialsName;
  if (service.keywordInitials.includes(spaced)) return initialsKeyword;
  if (service.name.includes(text) || service.nameEn.includes(text)) return containsName;
  // One or two letters are inside almost every pinyin string: only longer queries may match mid-word.
  if (text.length < 3) return service.keywords.includes(text) ? containsKeyword : null;
  if (service.namePinyin.includes(text)) return containsPinyin;
  if (service.nameInitials.includes(text)) return containsInitials;
  if (service.keywords.includes(text) || service.keywordPinyin.includes(text)) return containsKeyword;
  return null;
}

/** A found item and how it matched. */
export interface SearchHit<T> {
  readonly item: T;
  readonly match: ServiceMatch;
}

/** How many hits to return at most. */
export interface SearchOptions {
  readonly limit?: number;
}

/**
 * Services matching the query, best first; equal matches keep the shorter name first, then list
 * order. An empty query finds nothing (the caller shows its full list instead).
 */
export function searchServices<T>(services: readonly PreparedService<T>[], query: string, options: SearchOptions = {}): SearchHit<T>[] {
  const q = prepareQuery(query);
  if (q === null) return [];
  const found: { service: PreparedService<T>; match: ServiceMatch }[] = [];
  for (const service of services) {
    const matched = matchService(q, service);
    if (matched) found.push({ service, match: matched });
  }
  found.sort(
    (a, b) => b.match.score - a.match.score || a.service.name.length - b.service.name.length || a.service.position - b.service.position,
  );
  const limit = options.limit ?? found.length;
  return found.slice(0, limit).map(({ service, match: matched }) => ({ item: service.item, match: matched }));
}
