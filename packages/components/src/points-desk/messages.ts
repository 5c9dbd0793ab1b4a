import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-points-desk>`'s Chinese words (the queue, the household's history, batch review); the English are in
 * ./messages-en.ts, loaded only for an English widget. The declare form's and the objections panel's words travel
 * with those parts (late-messages.ts). Plain words: “初审”, “审核”, “公示” are what a village's own forms say.
 */
const zh = {
  title: '积分工作台',
  staffOnly:
    '积分工作台供本村网格员（初审）、村两委（审核、登记）和村务监督委员会（处理异议）使用，请用工作人员账号登录后再打开。村民用本户账号登录，可以在这里为本户申报积分、查看申报进度。',
  queue_firstReview: '待初审',
  queue_secondReview: '待审核',
  queueCount: (n: number) => `共 ${String(n)} 条`,
  emptyQueue: '没有等待您审核的积分申报。',
  moreInQueue: (shown: number, total: number) => `显示前 ${String(shown)} 条，共 ${String(total)} 条；处理完后会自动显示后面的。`,
  keyboardHint: '上下方向键移动，空格键勾选，Shift 加方向键连续勾选。',
  selectAll: '全选',
  points: (n: number) => (n > 0 ? `+${String(n)} 分` : `${String(n)} 分`),
  occurredOn: (date: string) => `发生于 ${date}`,
  evidence: (n: number) => (n === 0 ? '无佐证材料' : `佐证材料 ${String(n)} 份`),
  noNote: '（无说明）',
  recused: '需回避：您与该户有亲属关系或属于该户，不能审核此条。',
  history: '该户近期积分记录',
  historyOf: (number: string, name: string) => `${number} ${name}`,
  balance: (n: number) => `当前积分 ${String(n)}`,
  noHistory: '该户还没有其他积分记录。',
  pickEntry: '选中一条申报，这里显示该户的近期记录。',
  status_declared: '已登记',
  status_firstReview: '待初审',
  status_secondReview: '待审核',
  status_publicized: '公示中',
  status_effective: '已生效',
  status_rejected: '已退回',
  status_revoked: '已撤销',
  declare: '登记积分',
  revokeTool: '撤销积分',
  familyTiesTool: '亲属关系回避申报',
  loadMore: '加载更多',
  loadingMore: '正在加载…',
  loadedMore: (added: number, shown: number, total: number) =>
    `又加载了 ${String(added)} 条，已显示 ${String(shown)} 条，共 ${String(total)} 条。`,
  loadMoreFailed: '后面的申报没有加载成功：',
  partFailed: '这部分没有加载成功：',
};
export type PointsDeskChinese = typeof zh;

export const pointsDeskMessages = defineLazyMessages(zh, () =>
  beforeImport('points-desk/messages-en').then(() => import('./messages-en.js')),
);
