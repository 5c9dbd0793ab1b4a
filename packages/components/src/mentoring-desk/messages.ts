import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-mentoring-desk>`'s Chinese words (the lists and the plans); the English are in ./messages-en.ts, loaded only
 * for an English widget, and the forms' words travel with the forms (form-messages.ts). “帮教”, “帮教责任人”, “黑榜”
 * are the words of the seed's own village rules ([001]); plain words otherwise (MIIT elderly spec).
 */
const zh = {
  title: '帮教工作台',
  staffOnly:
    '帮教工作台供本村村两委（安排帮教、设置静默期）、帮教责任人（记录完成情况）和村务监督委员会（查看）使用，请用工作人员账号登录后再打开。',
  quietSetting: (days: number) =>
    `本村静默期 ${String(days)} 天：帮教事项全部完成、并且连续 ${String(days)} 天没有扣分，该户自动移出黑榜。`,
  changeQuiet: '修改静默期',
  waiting: '黑榜上尚未安排帮教的农户',
  noneWaiting: '黑榜上的农户都已安排帮教。',
  moreWaiting: '黑榜农户较多，这里只列出前 200 户。',
  deductions: (n: number) => `扣分 ${String(n)} 次`,
  assign: '安排帮教',
  assignFor: (number: string) => `为 ${number} 安排帮教`,
  active: '帮教中',
  noneActive: '目前没有进行中的帮教。',
  ended: '已结束的帮教',
  count: (n: number) => `${String(n)} 户`,
  status_active: '帮教中',
  status_delisted: '已移出黑榜',
  status_cancelled: '已取消',
  delistedOn: (date: string) => `${date} 自动移出黑榜`,
  mentor: (id: string) => `帮教责任人：${id}`,
  assignedOn: (date: string) => `安排于 ${date}`,
  milestones: (done: number, total: number) => `帮教事项：已完成 ${String(done)} / ${String(total)}`,
  quiet: (days: number, goal: number) => `已连续 ${String(days)} 天没有扣分（需 ${String(goal)} 天）`,
  quietUntil: (date: string) => `静默期满：${date}`,
  lastDeduction: (date: string) => `帮教期间最近一次扣分：${date}`,
  delistable: '条件已满足，系统将自动把该户移出黑榜。',
  due: (date: string) => `期限 ${date}`,
  noDue: '未定期限',
  overdue: '已逾期',
  doneOn: (date: string, by: string) => `${date} 由 ${by} 确认完成`,
  notDone: '未完成',
  markDone: '标记完成',
  markDoneOf: (title: string) => `标记完成：${title}`,
  partFailed: '这部分没有加载成功：',
  empty: '黑榜上没有农户，也没有帮教记录。',
};
export type MentoringDeskChinese = typeof zh;

export const mentoringDeskMessages = defineLazyMessages(zh, () =>
  beforeImport('mentoring-desk/messages-en').then(() => import('./messages-en.js')),
);
