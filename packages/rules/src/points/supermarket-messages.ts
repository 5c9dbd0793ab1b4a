import { defineMessages } from '../messages/entry.js';

/** Messages of the 爱心超市 (love supermarket): the shelf, carts, donations and the monthly reconciliation. */
export const supermarketMessages = defineMessages({
  'supermarket.donor.nameRequired': {
    'zh-CN': '请填写捐赠人同意公开的名称，或选择“匿名”',
    en: 'Enter the name the donor agreed to show, or choose anonymous',
  },
  'supermarket.donor.anonymousNamed': {
    'zh-CN': '匿名捐赠不能填写名称',
    en: 'An anonymous donation cannot carry a name',
  },
  'supermarket.cart.duplicateGoods': {
    'zh-CN': '商品 {goodsId} 在清单中出现了两次，请合并数量',
    en: 'The goods {goodsId} are listed twice; add the quantities together',
  },
  'supermarket.cart.unknownGoods': {
    'zh-CN': '本村爱心超市货架上没有商品 {goodsId}',
    en: "There are no goods {goodsId} on this village's shelf",
  },
  'supermarket.cart.outOfStock': {
    'zh-CN': '商品 {goodsId} 库存不足：需要 {requested}，仅剩 {available}',
    en: 'Not enough of {goodsId} in stock: {requested} asked for, {available} left',
  },
  'supermarket.donation.empty': {
    'zh-CN': '请填写捐赠的物品或金额',
    en: 'Enter the goods or the money given',
  },
  'supermarket.donation.futureDate': {
    'zh-CN': '捐赠日期 {date} 晚于今天',
    en: 'The donation date {date} is after today',
  },
  'supermarket.reconcile.stockMismatch': {
    'zh-CN': '商品 {goodsId} 账实不符：按进出计算月末应为 {expected}，记录为 {recorded}',
    en: 'Goods {goodsId} do not add up: the movements give {expected} at the end of the month, the record says {recorded}',
  },
  'supermarket.reconcile.negativeStock': {
    'zh-CN': '商品 {goodsId} 的库存出现负数',
    en: 'The stock of goods {goodsId} went below zero',
  },
  'supermarket.reconcile.pointsMismatch': {
    'zh-CN': '本月兑换小票合计 {receipts} 分，积分账上扣减 {ledger} 分，两者不符',
    en: "This month's receipts add up to {receipts} points but the ledger took off {ledger} points",
  },
});

/** Messages of 帮教: plans with milestones that take a household off the black list. */
export const mentoringMessages = defineMessages({
  'mentoring.plan.alreadyActive': {
    'zh-CN': '该户已有进行中的帮教计划',
    en: 'This household already has a mentoring plan in progress',
  },
  'mentoring.plan.notBlackListed': {
    'zh-CN': '该户目前不在黑榜上，无需帮教',
    en: 'This household is not on the black list, so it needs no mentoring plan',
  },
  'mentoring.plan.milestoneCount': {
    'zh-CN': '帮教计划须有 1 至 {maximum} 个节点',
    en: 'A mentoring plan needs 1 to {maximum} milestones',
  },
  'mentoring.plan.notActive': {
    'zh-CN': '该帮教计划已结束（状态：{status}）',
    en: 'This mentoring plan has ended (status: {status})',
  },
  'mentoring.milestone.unknown': {
    'zh-CN': '帮教计划中没有节点 {milestoneId}',
    en: 'The plan has no milestone {milestoneId}',
  },
  'mentoring.milestone.alreadyDone': {
    'zh-CN': '该节点已于 {doneOn} 完成',
    en: 'This milestone was already done on {doneOn}',
  },
  'mentoring.mentor.notStaff': {
    'zh-CN': '帮教责任人须为本村的网格员或村两委成员',
    en: "The mentor must be one of the village's grid workers or cadres",
  },
  'mentoring.milestone.notMentor': {
    'zh-CN': '只有该户的帮教责任人或村两委成员可以标记节点完成',
    en: "Only the household's mentor or a cadre may mark a milestone done",
  },
});
