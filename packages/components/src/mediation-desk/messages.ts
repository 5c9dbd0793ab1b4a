import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-mediation-desk>`'s Chinese words (the queue); the English are in ./messages-en.ts, loaded only for an English
 * widget, and the words of an opened case and its step forms travel with that part (panel-messages.ts). Plain words,
 * no jargon (MIIT elderly spec); the statute's own terms (调解笔录, 调解协议书, 司法确认, 回访) are kept.
 */
const zh = {
  title: '调解员工作台',
  staffOnly:
    '调解员工作台只供本村人民调解委员会的调解员使用（人民调解法第十五条：调解员应当保守当事人的隐私），请用调解员账号登录后再打开。',
  intro: '按期限排列：已逾期的在最前。受理后一般应在一个月内调结（《人民调解工作若干规定》第三十三条）。',
  count: (n: number) => `共 ${String(n)} 件`,
  shown: (shown: number, total: number) => `共 ${String(total)} 件，显示 ${String(shown)} 件`,
  empty: '没有符合条件的调解案件。',
  filters: '筛选',
  filterState: '状态',
  filterLevel: '层级',
  filterDue: '待办事项',
  any: '全部',
  overdueOnly: '只看已逾期',
  mineOnly: '只看我承办的',
  state_submitted: '待受理',
  state_accepted: '已受理',
  state_assigned: '已指派调解员',
  state_inMediation: '调解中',
  state_concluded: '已结案',
  state_refused: '不予受理',
  state_withdrawn: '已撤回',
  state_escalated: '已上报上级',
  level_grid: '网格',
  level_village: '村',
  level_township: '镇',
  level_county: '县',
  levelOf: (level: string) => `${level}级`,
  due_contact: '联系申请人',
  due_conclude: '一个月内调结',
  due_sessionNotes: '记录调解笔录',
  due_judicialConfirmation: '提醒申请司法确认',
  due_followUp: '回访',
  dueOn: (what: string, date: string) => `${what}：${date} 前`,
  overdueOn: (what: string, date: string) => `已逾期：${what}（应在 ${date} 前）`,
  concludeBy: (date: string) => `一个月期限：${date}`,
  submittedOn: (date: string) => `${date} 申请`,
  urgent: '紧急',
  priority: '优先',
  mine: '我承办',
  recused: '我已回避',
  noneDue: '没有待办事项',
  more: '加载更多',
  open: '打开',
  hide: '收起',
  openOf: (caseNumber: string) => `打开案件 ${caseNumber}`,
  partFailed: '这部分没有加载成功：',
};
export type MediationDeskChinese = typeof zh;

export const mediationDeskMessages = defineLazyMessages(zh, () =>
  beforeImport('mediation-desk/messages-en').then(() => import('./messages-en.js')),
);
