import { defineMessages } from '../internal/localize.js';

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}

/**
 * The table's words, in both languages: this module is part of the rows' chunk (rows.ts), which loads while the
 * board's first page is being fetched, so neither language weighs on the board at load.
 */
export const rowsMessages = defineMessages({
  'zh-CN': {
    tableHint: '用上下方向键逐户浏览，按回车键查看该户积分明细。',
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
    loadingMore: '正在加载更多…',
    moreFailed: '后续名单加载失败',
  },
  en: {
    tableHint: 'Use the up and down arrow keys to move between households; press Enter to see a household’s points record.',
    rankHeader: 'Rank',
    nameHeader: 'Household',
    pointsHeader: 'Points',
    starsHeader: 'Stars',
    movementHeader: 'Change',
    rank: (n: number) => `Rank ${n}`,
    rankTied: (n: number) => `Tied ${ordinal(n)}`,
    points: (n: string) => `${n} points`,
    stars: (n: number, max: number) => (n === 0 ? 'No stars' : `${n} of ${max} stars`),
    movementUp: (n: number) => `Up ${n} since the last period`,
    movementDown: (n: number) => `Down ${n} since the last period`,
    movementSame: 'Same rank as the last period',
    movementNew: 'New on the board',
    newShort: 'New',
    badgeRed: 'Red list',
    badgeBlack: 'Black list',
    badgeMentoring: 'Being helped off the list',
    loadingMore: 'Loading more…',
    moreFailed: 'Could not load the rest of the list',
  },
});
export type RowsChinese = (typeof rowsMessages)['zh-CN'];
