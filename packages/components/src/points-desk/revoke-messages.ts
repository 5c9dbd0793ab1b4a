import { defineMessages } from '../internal/localize.js';

/*
 * The words of the cadre's revocation panel (revoke-panel.ts), both languages travelling with the panel: they download
 * only when a cadre opens it. “撤销” is the committee's word on the village's own forms; the reason is read on the
 * public 公示 board, as the issue asks (“the revocation is itself announced”).
 */

/** The shortest reason accepted before sending: a word or two does not tell villagers why points were taken back. */
export const revokeReasonMin = 4;

export const revokeMessages = defineMessages({
  'zh-CN': {
    title: '撤销已生效的积分',
    intro: '查找农户，选择一条已生效的积分撤销。撤销须写明理由，撤销及理由会在公示栏公示；该条积分从撤销之日起不再计入。',
    entriesOf: (number: string) => `${number} 的已生效积分`,
    none: '该户没有可撤销的已生效积分。',
    points: (n: number) => (n > 0 ? `+${String(n)} 分` : `${String(n)} 分`),
    effectiveOn: (date: string) => `生效于 ${date}`,
    revokedOn: (date: string) => `已撤销（${date}）`,
    revoke: '撤销',
    reason: '撤销理由（必填，将在公示栏公示）',
    reasonHint: '理由会公开展示，请勿填写电话或身份证号。',
    reasonRequired: `请写明撤销理由（至少 ${String(revokeReasonMin)} 个字）。`,
    next: '下一步：确认',
    cancel: '取消',
    confirmTitle: '请确认撤销',
    confirmText: (rule: string, points: string, number: string) =>
      `将撤销 ${number} 的“${rule}”（${points}）。撤销后不能恢复，这条积分不再计入该户总分，撤销及理由将在公示栏公示。`,
    confirm: '确认撤销',
    back: '返回修改',
    sending: '正在撤销…',
    revoked: (number: string, entryId: string, noticeDays: number) =>
      `已撤销 ${number} 的一条积分（编号 ${entryId}），撤销及理由将在公示栏公示 ${String(noticeDays)} 天。`,
  },
  en: {
    title: 'Revoke an effective entry',
    intro:
      'Find the household and choose an effective entry to revoke. A reason is required; the revocation and its reason are announced on the public notice board, and the entry stops counting from today.',
    entriesOf: (number: string) => `Effective entries of ${number}`,
    none: 'This household has no effective entry to revoke.',
    points: (n: number) => (n > 0 ? `+${String(n)} points` : `${String(n)} points`),
    effectiveOn: (date: string) => `effective since ${date}`,
    revokedOn: (date: string) => `revoked on ${date}`,
    revoke: 'Revoke',
    reason: 'Reason (required; shown on the public notice board)',
    reasonHint: 'The reason is public: no phone or ID numbers.',
    reasonRequired: `Please give the reason (at least ${String(revokeReasonMin)} characters).`,
    next: 'Next: confirm',
    cancel: 'Cancel',
    confirmTitle: 'Confirm the revocation',
    confirmText: (rule: string, points: string, number: string) =>
      `“${rule}” (${points}) of ${number} will be revoked. This cannot be undone: the entry no longer counts, and the revocation and its reason are announced on the notice board.`,
    confirm: 'Revoke it',
    back: 'Back',
    sending: 'Revoking…',
    revoked: (number: string, entryId: string, noticeDays: number) =>
      `Revoked an entry of ${number} (no. ${entryId}); the revocation and its reason are on the notice board for ${String(noticeDays)} days.`,
  },
});
