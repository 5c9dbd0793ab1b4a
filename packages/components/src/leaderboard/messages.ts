import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/** The Chinese words; the English are in ./messages-en.ts, loaded only for an English widget. */
const zh = {
  title: '积分排行榜',
  lists: '榜单',
  listAll: '总榜',
  listRed: '红榜',
  listBlack: '黑榜',
  blackListOff: '本村未开启黑榜，不公布扣分户名单。',
  periods: '时段',
  periodCurrent: '本期',
  periodMonth: '本月',
  periodQuarter: '本季度',
  periodYear: '本年度',
  periodAll: '累计',
  category: '类别',
  categoryAll: '全部类别',
  search: '搜索户主姓名或户号',
  searchPlaceholder: '输入姓名或户号',
  monthKey: (year: number, month: number) => `${year}年${month}月`,
  quarterKey: (year: number, quarter: number) => `${year}年第${quarter}季度`,
  yearKey: (year: number) => `${year}年`,
  allTime: '累计',
  asOf: (date: string) => `截至${date}`,
  noVillage: '没有指定村（请设置 village 属性）。',
  noMatch: '没有符合条件的农户。',
  noRows: '本期榜单暂无农户。',
  found: (n: string, complete: boolean) => (complete ? `共${n}户` : `已显示${n}户，向下滚动加载更多`),
  loadingAll: '正在加载全部名单…',
};
export type LeaderboardChinese = typeof zh;

/**
 * The leaderboard's words. Plain words for villagers (MIIT elderly spec: no jargon): 红榜/黑榜 are the terms on
 * every village notice board, so they stay; "cursor", "period key" and the like never reach the screen.
 */
export const leaderboardMessages = defineLazyMessages(zh, () =>
  beforeImport('leaderboard/messages-en').then(() => import('./messages-en.js')),
);
