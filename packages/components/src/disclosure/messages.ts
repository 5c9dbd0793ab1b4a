import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * The list's words (the list, filters and views); the English are in ./messages-en.ts, loaded only for an English
 * widget. What only an opened item or the compliance report says is in ./detail-messages.ts (the detail views' chunk).
 */
const zh = {
  title: '村务公开栏',
  view_items: '公开内容',
  view_compliance: '公开是否按时',
  view_powers: '小微权力清单',
  views: '查看',
  category: '类别',
  allCategories: '全部类别',
  year: '年份',
  allYears: '全部年份',
  month: '月份',
  allMonths: '全部月份',
  monthName: (m: number) => `${String(m)}月`,
  status: '状态',
  allStatuses: '全部状态',
  status_upcoming: '即将公示',
  status_inNotice: '公示中',
  status_closed: '公示已结束',
  search: '搜索公开内容',
  searchButton: '搜索',
  results: (n: number) => `共 ${String(n)} 条`,
  published: (d: string) => `发布：${d}`,
  noticeUntil: (d: string) => `公示至：${d}`,
  noNoticeEnd: '长期公示',
  corrected: (n: number) => `已更正（共 ${String(n)} 版）`,
  attachmentsCount: (n: number) => `${String(n)} 个附件`,
  hasFinance: '含财务报表',
  loadMore: '加载更多',
  viewAll: (n: number) => `查看全部（共 ${String(n)} 条）`,
  noItems: '没有符合条件的公开内容',
  back: '返回列表',
  chooseVillage: '请设置村庄（village 属性）',
};
export type DisclosureChinese = typeof zh;

/** Plain words for villagers; statute references stay short (Art 30 查询). */
export const disclosureMessages = defineLazyMessages(zh, () =>
  beforeImport('disclosure/messages-en').then(() => import('./messages-en.js')),
);
