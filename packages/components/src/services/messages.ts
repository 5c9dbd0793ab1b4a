import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/** The Chinese words; the English are in ./messages-en.ts, loaded only for an English widget. */
const zh = {
  title: '办事指南',
  search: '搜索事项',
  // A hint above the field, not a placeholder: it stays while typing, and wraps at 长辈版 sizes instead of being cut off.
  searchHint: '输入事项名称、拼音或首字母，如 shbz',
  filters: '筛选',
  department: '部门',
  lifeEvent: '人生事',
  channel: '办理地点',
  any: '全部',
  proxyOnly: '村便民服务站可代办',
  clearFilters: '清除筛选',
  count: (n: number) => `共 ${String(n)} 项`,
  found: (n: number, q: string) => `“${q}”找到 ${String(n)} 项`,
  noMatch: (q: string) => `没有找到“${q}”相关的事项。`,
  noMatchFiltered: '当前筛选下没有事项。',
  suggestions: '您可以试试：',
  showMore: (n: number) => `再显示 ${String(n)} 项`,
  viewAll: (n: number) => `查看全部（共 ${String(n)} 项）`,
  noRegion: '请设置地区（region）。',
  proxyBadge: '可代办',
  visits: (n: number) => (n === 0 ? '不用跑' : `跑 ${String(n)} 次`),
  promised: (limit: string) => `承诺 ${limit}`,
  back: '返回列表',
  loadingGuide: '正在加载办事指南…',
};
export type CatalogueChinese = typeof zh;

export const catalogueMessages = defineLazyMessages(zh, () => beforeImport('services/messages-en').then(() => import('./messages-en.js')));
