import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * `<sz-request-status>`'s first-paint words (the order and rating forms carry theirs in ./form-messages.ts). The
 * English are in ./messages-en.ts, loaded only for an English widget. Plain words, no jargon (MIIT elderly spec, item 7).
 */
const zh = {
  title: '办事进度查询',
  intro: '凭受理编号和回执码查看您的代办或点单事项办到哪一步，办完后可以评价。',
  requestId: '受理编号',
  requestIdHint: '例如 rq-qs-01-0007',
  receiptCode: '回执码',
  receiptCodeHint: '12 位，在回执上，只有您知道',
  lookup: '查看进度',
  looking: '正在查询…',
  notFound: '没有找到这件事项。请核对受理编号和回执码。',
  order: '我要点单',
  kind_proxy: '代办',
  kind_order: '点单',
  state_open: '正在办理',
  state_done: '已办好，等您评价或回访',
  state_closed: '已办结',
  receivedOn: (on: string) => `${on} 受理`,
  steps: '办理步骤',
  stepDone: (on: string) => `${on} 已完成`,
  stepNext: (on: string) => `正在办理，应在 ${on} 前完成`,
  stepNextNoDate: '正在办理',
  stepLater: '还没到这一步',
  stepLapsed: '您没有在期限内评价，已结束',
  rating: '您的评价',
  ratedOn: (grade: string, on: string) => `${on} 评价：${grade}`,
  followUp: '村务监督委员会的回复',
  followUpWaiting: (on: string) => `村务监督委员会会核实您的意见，${on} 前回复。`,
  followUpAnswered: (on: string) => `${on} 回复`,
  rateNow: '评价这次服务',
  rateLater: '事情办好后，可以在这里评价。',
  readAloud: '朗读进度',
  stopReading: '停止朗读',
  receiptTitle: '已收到您的点单',
  receiptKeep: '请记下受理编号和回执码。回执码只显示这一次，凭它查看进度和评价；别人拿到它也能看到进度，请不要告诉别人。',
  spokenState: (subject: string, state: string) => `${subject}，${state}。`,
  spokenDone: (step: string, on: string) => `${step}，${on} 已完成。`,
  spokenNext: (step: string, on: string) => `下一步是${step}，应在 ${on} 前完成。`,
  spokenRating: (grade: string) => `您的评价是${grade}。`,
};
export type RequestStatusChinese = typeof zh;

export const requestStatusMessages = defineLazyMessages(zh, () =>
  beforeImport('request-status/messages-en').then(() => import('./messages-en.js')),
);
