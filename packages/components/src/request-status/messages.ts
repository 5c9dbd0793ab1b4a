import { defineMessages } from '../internal/localize.js';

/**
 * `<sz-request-status>`'s words in zh-CN and en (same keys, same arguments). The shared words (loading, retry, offline,
 * 长辈版) are SzElement's `common`. Plain words, no jargon (MIIT elderly spec).
 */
export const requestStatusMessages = defineMessages({
  'zh-CN': {
    title: '我的办事诉求',
    count: (n: number) => `共 ${String(n)} 项`,
    empty: '暂无内容。',
  },
  en: {
    title: 'Request status',
    count: (n: number) => `${String(n)} entries`,
    empty: 'Nothing here yet.',
  },
});
