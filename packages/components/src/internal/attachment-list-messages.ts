import { defineMessages } from './localize.js';

/**
 * The words of the staff's list of attached files (internal/attachment-list.ts). Both languages travel with it: it is
 * part of a late chunk that only a staff member who opens a case's, request's or entry's files downloads. A file has
 * no name on the server (docs/attachments.md: a name is personal data of its own), so a file is called by its place
 * in the list and its kind.
 */
export const attachmentListMessages = defineMessages({
  'zh-CN': {
    list: (n: number) => `附件 ${String(n)} 个`,
    photo: (n: number) => `照片 ${String(n)}`,
    pdf: (n: number) => `PDF 文件 ${String(n)}`,
    file: (n: number) => `文件 ${String(n)}`,
    reading: '正在读取文件信息…',
    gone: '文件已不存在（可能已被清理，或无权查看）',
    failed: (why: string) => `读取失败：${why}`,
    openFailed: (name: string, why: string) => `${name}没有打开：${why}`,
    view: '查看',
    open: '打开',
    opening: '正在打开…',
    enlarge: (name: string) => `放大查看${name}`,
    save: (name: string) => `保存${name}`,
    ready: (name: string) => `${name}已可保存`,
    shown: (name: string) => `已打开${name}`,
    close: '关闭',
  },
  en: {
    list: (n: number) => `${String(n)} ${n === 1 ? 'attachment' : 'attachments'}`,
    photo: (n: number) => `Photo ${String(n)}`,
    pdf: (n: number) => `PDF file ${String(n)}`,
    file: (n: number) => `File ${String(n)}`,
    reading: 'Reading the file’s details…',
    gone: 'The file is no longer there (it may have been cleaned up, or you may not see it)',
    failed: (why: string) => `Could not be read: ${why}`,
    openFailed: (name: string, why: string) => `${name} did not open: ${why}`,
    view: 'View',
    open: 'Open',
    opening: 'Opening…',
    enlarge: (name: string) => `Enlarge ${name}`,
    save: (name: string) => `Save ${name}`,
    ready: (name: string) => `${name} is ready to save`,
    shown: (name: string) => `${name} opened`,
    close: 'Close',
  },
});
