import { defineMessages } from './localize.js';

/**
 * The file field's words (internal/attachment-field.ts). Both languages travel with it: it is part of a late chunk
 * (a desk's declare form, the objection form) that only someone about to attach evidence downloads.
 */
export const attachmentMessages = defineMessages({
  'zh-CN': {
    label: '证明材料（照片或 PDF，可不上传）',
    hint: (max: number) => `选好文件就会上传，最多 ${String(max)} 个。照片里的拍摄地点等信息会被去掉，文件名不会上传。`,
    listLabel: (n: number, max: number) => `已选 ${String(n)} / ${String(max)} 个文件`,
    size: (kb: string) => `${kb} KB`,
    uploading: '正在上传…',
    done: '已上传',
    failed: (why: string) => `上传失败：${why}`,
    retry: '重试',
    remove: '移除',
    tooMany: (max: number) => `最多只能上传 ${String(max)} 个文件，多出的没有加上。`,
    full: (max: number) => `已达 ${String(max)} 个文件的上限；要换文件，请先移除一个。`,
    stillUploading: '还有文件正在上传，请等上传完再提交。',
    fixFailed: '有文件没有上传成功，请重试或移除后再提交。',
    uploaded: (name: string) => `${name} 已上传`,
    uploadFailed: (name: string) => `${name} 上传失败`,
    removed: (name: string) => `已移除 ${name}`,
  },
  en: {
    label: 'Evidence (photos or PDF, optional)',
    hint: (max: number) =>
      `Each file is uploaded as soon as you choose it; up to ${String(max)}. Where a photo was taken is removed from it, and file names are not sent.`,
    listLabel: (n: number, max: number) => `${String(n)} of ${String(max)} files chosen`,
    size: (kb: string) => `${kb} KB`,
    uploading: 'Uploading…',
    done: 'Uploaded',
    failed: (why: string) => `Not uploaded: ${why}`,
    retry: 'Retry',
    remove: 'Remove',
    tooMany: (max: number) => `At most ${String(max)} files can be attached; the others were not added.`,
    full: (max: number) => `${String(max)} files is the most; remove one to attach another.`,
    stillUploading: 'A file is still uploading: please wait for it before submitting.',
    fixFailed: 'A file was not uploaded: retry it or remove it before submitting.',
    uploaded: (name: string) => `${name} uploaded`,
    uploadFailed: (name: string) => `${name} was not uploaded`,
    removed: (name: string) => `${name} removed`,
  },
});
