import { defineMessages } from '../internal/localize.js';

/**
 * `<sz-request-desk>`'s words in zh-CN and en (same keys, same arguments). The shared words (loading, retry, offline,
 * 长辈版) are SzElement's `common`. Plain words, no jargon (MIIT elderly spec).
 */
export const requestDeskMessages = defineMessages({
  'zh-CN': {
    title: '代办点单工作台',
    count: (n: number) => `共 ${String(n)} 项`,
    empty: '暂无内容。',
  },
  en: {
    title: 'Request desk',
    count: (n: number) => `${String(n)} entries`,
    empty: 'Nothing here yet.',
  },
});
