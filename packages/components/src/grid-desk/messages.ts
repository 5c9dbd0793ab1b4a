import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-grid-desk>`'s Chinese words (the frame, the list, the reports kept on the phone); the English are in
 * ./messages-en.ts, loaded only for an English desk. The forms' and the rounds' words travel with their parts. The
 * steps are seed 004's own words (定期摸排、按时上报、分析研判、分流交办、协调处置); plain words otherwise.
 */
const zh = {
  title: '网格员工作台',
  staffOnly: '网格员工作台供网格员（上报事项、办理、摸排走访）和村两委、村务监督委员会使用，请用工作人员账号登录后再打开。',
  views: '工作台',
  tab_report: '上报事项',
  tab_reports: '事项清单',
  tab_rounds: '摸排走访',
  openCount: (n: number) => `${String(n)} 件在办`,
  overdueCount: (n: number) => `${String(n)} 件超期`,
  summary: (total: number, overdue: number) => `共 ${String(total)} 件，超期 ${String(overdue)} 件`,
  empty: '还没有上报的事项。',
  reportedOn: (date: string, grid: string) => `${date} 上报 · ${grid}`,
  dueOn: (date: string) => `${date} 前办理`,
  overdue: (date: string) => `已超期（应在 ${date} 前办理）`,
  caseNumber: (number: string) => `已转调解：${number}`,
  more: '加载更多',
  kept: (n: number) => `${String(n)} 份上报保存在本手机上，联网后自动发出。`,
  keptOnline: (n: number) => `${String(n)} 份上报还没有发出。`,
  sendNow: '现在发出',
  sending: '正在发出…',
  sentKept: (n: number) => `保存在本手机上的 ${String(n)} 份上报已经发出。`,
  refusedKept: (place: string, reason: string) => `“${place}”的上报被退回：${reason}`,
  correct: '修改后再发',
  discard: '删除这份上报',
  discarded: '已删除这份上报。',
  partFailed: '这部分没有加载成功：',
};
export type GridDeskChinese = typeof zh;

export const gridDeskMessages = defineLazyMessages(zh, () => beforeImport('grid-desk/messages-en').then(() => import('./messages-en.js')));
