import { beforeImport } from './before-import.js';
import { defineLazyMessages } from './localize.js';

/** The Chinese words; the English are in ./common-messages-en.ts, loaded only for an English widget. */
const zh = {
  loading: '正在加载…',
  empty: '暂无内容',
  errorTitle: '加载失败',
  retry: '重试',
  requestId: (id: string) => `请求编号：${id}`,
  offline: '网络已断开。连上网络后会自动重新加载。',
  offlineShort: '离线',
  elderOn: '长辈版',
  elderOff: '标准版',
  elderToggle: '切换长辈版（大字体）',
  textSize: '字号',
  larger: '放大字号',
  smaller: '缩小字号',
  readAloud: '朗读',
  readAloudOn: '朗读已开启',
  close: '关闭',
  unsupported: '您的浏览器版本过低或处于兼容模式，请切换到“极速模式”或升级浏览器后使用。',
  networkError: '网络连接失败，请检查网络后重试。',
  timeout: '服务器响应超时，请稍后重试。',
  unexpected: '出现了意外错误，请稍后重试。',
};
export type CommonChinese = typeof zh;

/** Words every widget shares: states, retry, elder mode, dialogs. Plain words, no jargon (MIIT elderly spec). */
export const commonMessages = defineLazyMessages(zh, () =>
  beforeImport('internal/common-messages-en').then(() => import('./common-messages-en.js')),
);
