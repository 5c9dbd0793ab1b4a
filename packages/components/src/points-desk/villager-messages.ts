import { defineMessages } from '../internal/localize.js';

/*
 * The words of the villager's side of the desk (villager-view.ts): declaring for one's own household and following
 * its declarations. Both languages travel with that part, which only a villager's desk downloads; the words it shares
 * with the staff declare form (rule, day, note) and with the queue (points, evidence, load more) come from their
 * dictionaries. Statuses are said as a household would ask about them ("等待网格员初审"), not as the ledger names
 * its steps.
 */

export const villagerMessages = defineMessages({
  'zh-CN': {
    declareTitle: '为本户申报',
    declareIntro: '做了好事、参加了活动，可以在这里为本户申报积分。申报后由网格员初审、村两委审核，再公示，公示期满没有异议就生效。',
    submit: '提交申报',
    declared: (entryId: string) => `已提交申报（编号 ${entryId}），请等待网格员初审。`,
    listTitle: '本户的申报',
    empty: '本户还没有积分申报。',
    status_declared: '已填写，尚未提交',
    status_firstReview: '等待网格员初审',
    status_secondReview: '等待村两委审核',
    status_publicized: '公示中',
    status_effective: '已生效，计入本户积分',
    status_rejected: '未通过',
    status_revoked: '已撤销',
    objected: '有村民提出异议，村务监督委员会正在核实',
    noticeUntil: (date: string) => `公示至 ${date}，期满无异议即生效`,
    rejectedBecause: (reason: string) => `未通过的原因：${reason}`,
    revokedBecause: (reason: string) => `撤销的原因：${reason}`,
    noReason: '（未写明原因，可向村两委询问）',
  },
  en: {
    declareTitle: 'Declare for your household',
    declareIntro:
      'Did something good or took part in an activity? Declare points for your household here. The grid worker reviews it first, then the village committee; it goes on public notice and takes effect if no one objects.',
    submit: 'Send the declaration',
    declared: (entryId: string) => `Declaration sent (no. ${entryId}). The grid worker will review it first.`,
    listTitle: "Your household's declarations",
    empty: 'Your household has no points declarations yet.',
    status_declared: 'Written, not yet sent',
    status_firstReview: "Waiting for the grid worker's review",
    status_secondReview: "Waiting for the village committee's review",
    status_publicized: 'On public notice',
    status_effective: "In effect: counts in your household's points",
    status_rejected: 'Not approved',
    status_revoked: 'Revoked',
    objected: 'A villager objected; the supervisory committee is looking into it',
    noticeUntil: (date: string) => `On notice until ${date}; it takes effect if no one objects`,
    rejectedBecause: (reason: string) => `Why it was not approved: ${reason}`,
    revokedBecause: (reason: string) => `Why it was revoked: ${reason}`,
    noReason: '(no reason written: ask the village committee)',
  },
});
