/**
 * @shanzhi/rules/search-keys — builds the pinyin search keys of services. A separate entry point
 * because it carries the pinyin dictionary of pinyin-pro: servers and build steps import it, the
 * browser bundle (src/index.ts) must never reach it.
 */
import { pinyin } from 'pinyin-pro';
import { normalizeSearchText, type SearchKeys } from './services/search.js';

export type { SearchKeys } from './services/search.js';

/** Something with a Chinese name and optional keywords, such as a service guide. */
export interface NamedForSearch {
  readonly name: { readonly 'zh-CN': string };
  readonly keywords?: readonly string[] | undefined;
}

function spell(text: string, pattern: 'pinyin' | 'first'): string {
  // pinyin-pro segments words first, so most polyphonic characters get the right reading (银行 yinhang).
  const syllables = pinyin(text, { toneType: 'none', type: 'array', pattern, v: true });
  return normalizeSearchText(syllables.join(''));
}

/**
 * Pinyin and initials of a text, or of a guide's name followed by its keywords (space-separated
 * segments, name first): '社会保障卡申领' → { pinyin: 'shehuibaozhangkashenling', initials: 'shbzksl' }.
 * Readings are pinyin-pro's best guess in context; a rare polyphonic slip is covered by keywords.
 */
export function buildSearchKeys(input: string | NamedForSearch): SearchKeys {
  const segments = typeof input === 'string' ? [input] : [input.name['zh-CN'], ...(input.keywords ?? [])];
  return {
    pinyin: segments.map((segment) => spell(segment, 'pinyin')).join(' '),
    initials: segments.map((segment) => spell(segment, 'first')).join(' '),
  };
}

/** A list with keys attached, ready to ship to the browser for `prepareServiceSearch`. */
export function withSearchKeys<T extends NamedForSearch>(items: readonly T[]): (T & { readonly searchKeys: SearchKeys })[] {
  return items.map((item) => ({ ...item, searchKeys: buildSearchKeys(item) }));
}
