import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/** The Chinese words; the English are in ./messages-en.ts, loaded only for an English widget. */
const zh = {
  title: '积分排行榜',
  tableHint: '用上下方向键逐户浏览，按回车键查看该户积分明细。',
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
  rankHeader: '名次',
  nameHeader: '农户',
  pointsHeader: '积分',
  starsHeader: '星级',
  movementHeader: '升降',
  rank: (n: number) => `第${n}名`,
  rankTied: (n: number) => `并列第${n}名`,
  points: (n: string) => `${n}分`,
  stars: (n: number, max: number) => (n === 0 ? '无星级' : `${n}星（共${max}星）`),
  movementUp: (n: number) => `比上期上升${n}名`,
  movementDown: (n: number) => `比上期下降${n}名`,
  movementSame: '名次与上期相同',
  movementNew: '新上榜',
  newShort: '新',
  badgeRed: '红榜',
  badgeBlack: '黑榜',
  badgeMentoring: '在帮教中',
  monthKey: (year: number, month: number) => `${year}年${month}月`,
  quarterKey: (year: number, quarter: number) => `${year}年第${quarter}季度`,
  yearKey: (year: number) => `${year}年`,
  allTime: '累计',
  asOf: (date: string) => `截至${date}`,
  noVillage: '没有指定村（请设置 village 属性）。',
  noMatch: '没有符合条件的农户。',
  noRows: '本期榜单暂无农户。',
  found: (n: string, complete: boolean) => (complete ? `共${n}户` : `已显示${n}户，向下滚动加载更多`),
  loadingMore: '正在加载更多…',
  loadingAll: '正在加载全部名单…',
  moreFailed: '后续名单加载失败',
  boardControls: '大屏翻页',
  pause: '暂停翻页',
  resume: '继续翻页',
  previousScreen: '上一屏',
  nextScreen: '下一屏',
  elderNoAutoPaging: '长辈版不自动翻页，请用“上一屏”“下一屏”按钮翻看。',
};
export type LeaderboardChinese = typeof zh;

/**
 * The leaderboard's words. Plain words for villagers (MIIT elderly spec: no jargon): 红榜/黑榜 are the terms on
 * every village notice board, so they stay; "cursor", "period key" and the like never reach the screen.
 */
export const leaderboardMessages = defineLazyMessages(zh, () =>
  beforeImport('leaderboard/messages-en').then(() => import('./messages-en.js')),
);
