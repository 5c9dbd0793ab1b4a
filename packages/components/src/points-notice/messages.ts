import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/** The board's Chinese words; the English are in ./messages-en.ts, loaded only for an English widget. */
const zh = {
  title: '积分公示',
  noVillage: '没有指定村（请设置 village 属性）。',
  empty: '目前没有正在公示的积分。',
  intro: (days: number) => `以下积分正在公示，公示期 ${String(days)} 天。公示期满无异议的，积分生效。`,
  asOf: (date: string) => `截至${date}`,
  count: (n: number) => `共 ${String(n)} 条公示`,
  kindEntry: '积分公示',
  kindRevocation: '撤销公示',
  points: (signed: string) => `${signed} 分`,
  revokedPoints: (signed: string) => `撤销 ${signed} 分`,
  reason: '事由：',
  revocationReason: '撤销原因：',
  period: (from: string, until: string) => `公示期：${from} 至 ${until}`,
  daysLeft: (n: number) => `还剩 ${String(n)} 天`,
  lastDay: '今天是最后一天',
  ended: '公示已结束',
  objected: '异议处理中',
  objectedHint: '有村民提出了异议，村务监督委员会正在处理，处理完之前这条积分不会生效。',
  object: '提出异议',
  objectLabel: (name: string, rule: string) => `对“${name}·${rule}”提出异议`,
  loadMore: '加载更多',
  loadingMore: '正在加载更多…',
  moreFailed: '后续公示加载失败，请再点“加载更多”。',
  mine: '我的异议',
  backToBoard: '返回公示',
  howToObject: '怎样提出异议',
  howToObjectText:
    '本村村民在公示期内可以对公示的积分提出异议：登录后在公示条目旁点“提出异议”，写明理由即可；也可以向村务监督委员会书面反映。村务监督委员会会书面答复，不公开异议人是谁。',
  boardControls: '大屏翻页',
  pause: '暂停翻页',
  resume: '继续翻页',
  previousPage: '上一页',
  nextPage: '下一页',
  boardPage: (page: number, pages: number) => `第 ${String(page)} / ${String(pages)} 页`,
  elderNoAutoPaging: '长辈版不自动翻页，请用“上一页”“下一页”按钮翻看。',
  reducedMotionNoAutoPaging: '已按设备设置停止自动翻页，请用“上一页”“下一页”按钮翻看。',
  panelFailed: '异议表单没能加载',
};
export type PointsNoticeChinese = typeof zh;

/**
 * `<sz-points-notice>`'s board words. Plain words (MIIT elderly spec): 公示, 异议 and 村务监督委员会 are what the
 * village's own notice board says, so they stay.
 */
export const pointsNoticeMessages = defineLazyMessages(zh, () =>
  beforeImport('points-notice/messages-en').then(() => import('./messages-en.js')),
);
