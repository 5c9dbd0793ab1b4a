import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-decision-desk>`'s Chinese words (the list); the English are in ./messages-en.ts, loaded only for an English
 * widget, and the words of the open decision and its forms travel with that part (panel-messages.ts). “一听、四议、
 * 两公开、一监督” are the seed's own words ([000]); plain words otherwise (MIIT elderly spec).
 */
const zh = {
  title: '决策工作台',
  staffOnly: '决策工作台供村两委（记录“一听、四议、两公开”各步骤）和村务监督委员会（全程监督）使用，请用工作人员账号登录后再打开。',
  intro:
    '每项村级重大事项按“一听、四议、两公开、一监督”办理：先听取村民意见，再依次提议、商议、审议、决议，决议和实施结果都要公开，村务监督委员会全程监督。',
  openNew: '新建决策事项',
  count: (n: number) => `共 ${String(n)} 项`,
  empty: '还没有决策事项。',
  status_complete: '已完成',
  status_inProgress: '进行中',
  status_invalid: '有问题',
  next: (step: string) => `下一步：${step}`,
  allDone: '全部步骤已完成',
  progress: (done: number) => `已记录 ${String(done)} / 7 步`,
  concerns: (n: number) => `监督意见 ${String(n)} 条`,
  unobserved: (n: number) => `${String(n)} 步待监督`,
  openedOn: (date: string) => `${date} 立项`,
  recorded: '（以前记录的事项）',
  show: '打开',
  showOf: (title: string) => `打开：${title}`,
  hide: '收起',
  partFailed: '这部分没有加载成功：',
};
export type DecisionDeskChinese = typeof zh;

export const decisionDeskMessages = defineLazyMessages(zh, () =>
  beforeImport('decision-desk/messages-en').then(() => import('./messages-en.js')),
);
