import { defineMessages } from '../internal/localize.js';

/** The printed poster's words (its chunk, with the layout and the QR code). */
export const posterMessages = defineMessages({
  'zh-CN': {
    boardName: (village: string) => `${village}村务公开栏`,
    monthHeading: (year: number, month: number) => `${String(year)}年${String(month)}月公开内容`,
    published: (date: string) => `公开日期：${date}`,
    noticeUntil: (date: string) => `公示至：${date}`,
    period: (from: string, to: string) => `期间：${from} 至 ${to}`,
    corrected: (version: number, date: string, reason: string) => `本件为第 ${String(version)} 版，${date} 更正：${reason}`,
    decision: (title: string, date: string) => `依据决议：${title}（${date}）`,
    attachments: (names: string) => `附件（请到网上公开栏查看）：${names}`,
    qrLabel: (title: string) => `二维码：在网上查看“${title}”`,
    qrCaption: '手机扫码，在网上查看这条公开内容，也可以提问或提意见',
    noQr: '没有设置网上公开栏的地址（item-url），海报上不印二维码。',
    printedOn: (date: string) => `打印日期：${date}。内容与网上公开栏一致；如有更正，以最新版本为准。`,
    sheet: (paper: string) => `${paper} 打印预览`,
  },
  en: {
    boardName: (village: string) => `${village} village affairs notice board`,
    monthHeading: (year: number, month: number) => `Published in ${String(year)}-${String(month).padStart(2, '0')}`,
    published: (date: string) => `Published: ${date}`,
    noticeUntil: (date: string) => `On notice until: ${date}`,
    period: (from: string, to: string) => `Period: ${from} to ${to}`,
    corrected: (version: number, date: string, reason: string) => `This is version ${String(version)}, corrected on ${date}: ${reason}`,
    decision: (title: string, date: string) => `Decided by: ${title} (${date})`,
    attachments: (names: string) => `Attachments (see the online board): ${names}`,
    qrLabel: (title: string) => `QR code: read "${title}" online`,
    qrCaption: 'Scan with a phone to read this item online, and to ask or object',
    noQr: 'No address of the online board is set (item-url), so the poster has no QR code.',
    printedOn: (date: string) => `Printed on ${date}. The text is the online board's; if it is corrected, the latest version counts.`,
    sheet: (paper: string) => `${paper} print preview`,
  },
});
