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
});
