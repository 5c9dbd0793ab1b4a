import { defineMessages } from '../messages/entry.js';

/** Messages of the points rules, by stable code. */
export const pointsMessages = defineMessages({
  'points.rule.zeroPoints': {
    'zh-CN': '分值不能为 0，请填写加分（正数）或扣分（负数）',
    en: 'Points cannot be 0: enter an award (positive) or a deduction (negative)',
  },
  'points.rule.duplicateCode': {
    'zh-CN': '编号 {ruleCode} 重复，每条细则的编号必须不同',
    en: 'The code {ruleCode} is used twice; every rule needs its own code',
  },
  'points.rule.unknownCategory': {
    'zh-CN': '类别 {category} 不在类别清单中',
    en: 'The category {category} is not in the list of categories',
  },
  'points.rule.duplicateCategory': { 'zh-CN': '类别编号 {category} 重复', en: 'The category code {category} is used twice' },
  'points.rule.unknown': { 'zh-CN': '找不到积分细则 {ruleCode}', en: 'There is no points rule {ruleCode}' },
  'points.rule.inactive': { 'zh-CN': '积分细则 {ruleCode} 已停用，不能再登记', en: 'The points rule {ruleCode} is no longer in use' },
  'points.settings.thresholdsNotAscending': {
    'zh-CN': '星级分数线必须从低到高排列且互不相同',
    en: 'Star thresholds must go from low to high, each higher than the one before',
  },
  'points.settings.denominationsNotAscending': {
    'zh-CN': '兑换券面额必须从小到大排列且互不相同',
    en: 'Voucher values must go from small to large, each larger than the one before',
  },
  'points.period.invalid': {
    'zh-CN': '统计周期格式不正确（例如 2026-11、2026-Q4、2026 或 all）',
    en: 'The period is not valid (for example 2026-11, 2026-Q4, 2026 or all)',
  },
  'points.entry.futureDate': {
    'zh-CN': '发生日期 {occurredOn} 晚于登记日期 {at}',
    en: 'The date it happened ({occurredOn}) is after the date it was recorded ({at})',
  },
  'points.transition.illegal': {
    'zh-CN': '这条积分记录当前不能进行此操作（当前状态：{from}，操作：{action}）',
    en: 'This points entry cannot do that now (status: {from}, action: {action})',
  },
  'points.transition.notPermitted': {
    'zh-CN': '您的身份（{role}）不能进行此操作（{action}）',
    en: 'Your role ({role}) may not do this ({action})',
  },
  'points.transition.reasonRequired': {
    'zh-CN': '请填写理由：驳回、异议和撤销都必须说明原因',
    en: 'Give a reason: rejecting, objecting and revoking all need one',
  },
  'points.transition.noticeNotElapsed': {
    'zh-CN': '公示期为 {noticeDays} 天，尚未期满，最早 {effectiveFrom} 才能生效',
    en: 'The {noticeDays}-day public notice is not over; it can take effect on {effectiveFrom} at the earliest',
  },
  'points.transition.backdated': {
    'zh-CN': '日期不能早于上一步的日期 {lastDate}',
    en: 'The date cannot be before the previous step ({lastDate})',
  },
  'points.redemption.invalidAmount': {
    'zh-CN': '兑换积分必须是大于 0 的整数',
    en: 'The points to exchange must be a whole number above 0',
  },
  'points.redemption.noCashOut': {
    'zh-CN': '积分只能兑换物品，不能兑换现金',
    en: 'Points can only be exchanged for goods, never for cash',
  },
  'points.redemption.banned': {
    'zh-CN': '因受到处罚，{until} 前不能兑换积分',
    en: 'Because of a penalty, points cannot be exchanged until {until}',
  },
  'points.redemption.invalidVoucher': {
    'zh-CN': '没有 {denomination} 分的兑换券，可用面额：{allowed}',
    en: 'There is no {denomination}-point voucher; the values are {allowed}',
  },
  'points.redemption.inDebt': {
    'zh-CN': '积分账户欠 {debt} 分，补足前不能兑换',
    en: 'This household owes {debt} points and cannot exchange until that is made up',
  },
  'points.redemption.baseNotRedeemable': {
    'zh-CN': '基础分 {base} 分不能兑换，可兑换积分只有 {available} 分',
    en: 'The {base} base points cannot be exchanged; only {available} points can',
  },
  'points.redemption.insufficient': {
    'zh-CN': '积分不够：需要 {needed} 分，可兑换 {available} 分',
    en: 'Not enough points: {needed} needed, {available} available',
  },
  'points.redemption.topUpTooSmall': { 'zh-CN': '积分不够的部分需补 {yuan} 元', en: 'The missing points must be made up with {yuan} yuan' },
  'points.objection.noticeOver': {
    'zh-CN': '公示期已于 {lastDay} 结束，不能再提出异议',
    en: 'The public notice ended on {lastDay}; objections can no longer be filed',
  },
  'points.objection.duplicate': {
    'zh-CN': '您家已对这条积分记录提出过异议（{objectionId}），同一户对同一条记录只能提一次',
    en: 'Your household has already objected to this entry ({objectionId}); one objection per household and entry',
  },
  'points.objection.outsideVillage': {
    'zh-CN': '只有本村村民可以对本村公示的积分记录提出异议',
    en: 'Only villagers of this village may object to its notices',
  },
  'points.objection.notUnderNotice': {
    'zh-CN': '这条积分记录不在公示中（当前状态：{status}），不能提出异议',
    en: 'This entry is not under public notice (status: {status}) and cannot be objected to',
  },
  'points.objection.open': {
    'zh-CN': '异议 {objectionId} 尚待村务监督委员会答复，答复前这条记录不能生效、驳回或退回',
    en: 'Objection {objectionId} awaits the supervisory committee’s answer; until then the entry cannot take effect, be rejected or be sent back',
  },
  'points.objection.unknown': { 'zh-CN': '找不到异议 {objectionId}', en: 'There is no objection {objectionId}' },
  'points.objection.alreadyRuled': {
    'zh-CN': '这项异议已经答复（{status}），不能再次裁决',
    en: 'This objection has already been answered ({status}) and cannot be ruled on again',
  },
  'points.objection.answerRequired': {
    'zh-CN': '请填写书面答复：提出异议的村民可以查看',
    en: 'Write an answer: the villager who objected can read it',
  },
  'points.recusal.ownHousehold': {
    'zh-CN': '您是该户成员，须回避：不能审核或裁决本户的积分记录（{action}），请由其他人员办理',
    en: 'You belong to this household and must step aside: you may not review or rule on its entries ({action}); someone else must',
  },
  'points.recusal.familyTie': {
    'zh-CN': '您已申报与该户有亲属关系，须回避：不能审核或裁决该户的积分记录（{action}），请由其他人员办理',
    en: 'You declared a family tie with this household and must step aside: you may not review or rule on its entries ({action}); someone else must',
  },
  'points.familyTie.householdNotInVillage': {
    'zh-CN': '户 {householdId} 不是本村的户',
    en: 'Household {householdId} is not a household of this village',
  },
});
