import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-disclosure-editor>`'s first-screen words (the due list, the drafts, the published items); the English is in
 * ./messages-en.ts, loaded only for an English widget. The form's words are in ./form-messages.ts (its late chunk).
 */
const zh = {
  title: '公开编辑',
  chooseVillage: '请设置村庄（village 属性）',
  due: '应公开事项',
  dueHint:
    '《村民委员会组织法》第三十条：一般事项至少每季度公布一次；集体财务往来较多的，财务收支情况每月公布一次；涉及村民利益的重大事项随时公布。',
  dueNone: '目前没有到期或逾期未公开的事项。',
  dueCount: (n: number) => `${String(n)} 项待公开`,
  status_overdue: '已逾期',
  status_late: '公开晚了',
  status_upcoming: '即将到期',
  status_met: '已按时公开',
  dueOn: (date: string) => `应于 ${date} 前公开`,
  daysLate: (n: number) => `逾期 ${String(n)} 天`,
  period: (from: string, to: string) => `${from} 至 ${to}`,
  draftIt: '起草',
  draftItFor: (what: string) => `起草：${what}`,
  drafts: '草稿',
  draftsNone: '还没有草稿。',
  draftsCount: (n: number) => `${String(n)} 份草稿`,
  newDraft: '新建草稿',
  edit: '编辑',
  editDraft: (title: string) => `编辑草稿：${title}`,
  correction: '更正',
  findings: (n: number) => `${String(n)} 处待改`,
  ready: '可以发布',
  published: '已公开的事项',
  publishedNone: '还没有已公开的事项。',
  publishedCount: (n: number) => `最近 ${String(n)} 项`,
  correct: '更正',
  correctItem: (title: string) => `更正：${title}`,
  versions: (n: number) => `第 ${String(n)} 版`,
  formFailed: '编辑表单没有载入。',
  back: '返回列表',
  readOnly:
    '村务监督委员会在这里阅看草稿、各版本和公开时间表：依《村民委员会组织法》第三十条，村务由村民委员会公开；依第三十二条，监督委员会监督公开的落实，所以这里不能保存、发布或更正。',
  read: '阅看',
  readDraft: (title: string) => `阅看草稿：${title}`,
  readItem: (title: string) => `阅看各版本：${title}`,
};
export type EditorChinese = typeof zh;

export const disclosureEditorMessages = defineLazyMessages(zh, () =>
  beforeImport('disclosure-editor/messages-en').then(() => import('./messages-en.js')),
);
