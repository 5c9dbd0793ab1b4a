import { defineMessages } from '../internal/localize.js';

/**
 * `<sz-__kebab__>`'s words in zh-CN and en (same keys, same arguments). The shared words (loading, retry, offline,
 * 长辈版) are SzElement's `common`. Plain words, no jargon (MIIT elderly spec).
 */
export const __camel__Messages = defineMessages({
  'zh-CN': {
    title: '__TitleZh__',
    count: (n: number) => `共 ${String(n)} 项`,
    empty: '暂无内容。',
  },
  en: {
    title: '__TitleEn__',
    count: (n: number) => `${String(n)} entries`,
    empty: 'Nothing here yet.',
  },
});
