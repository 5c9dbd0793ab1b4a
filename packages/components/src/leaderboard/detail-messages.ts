import { defineMessages } from '../internal/localize.js';

/**
 * The household dialog's words, in both languages: this module is part of the dialog's chunk (household-detail.ts),
 * which loads after the board's first paint, so neither language weighs on the board at load.
 */
export const detailMessages = defineMessages({
  'zh-CN': {
    householdNumber: (n: string) => `户号 ${n}`,
    detailTitle: (name: string) => `${name} 的积分明细`,
    detailDenied: '积分明细只向本户和本村干部、网格员开放。请登录后查看，或到村便民服务站查询。',
    balance: (total: string, redeemable: string) => `当前积分 ${total}，可兑换 ${redeemable}`,
    ledger: '生效的积分记录',
    ledgerDate: '日期',
    ledgerRule: '事项',
    ledgerPoints: '分值',
    ledgerReviewer: '审核人',
    ledgerNotice: '公示期',
    noticeRange: (from: string, to: string) => `${from}至${to}`,
    noEntries: '暂无生效的积分记录。',
    redemptions: '兑换记录',
    redemptionDate: '日期',
    redemptionKind: '方式',
    redemptionPoints: '使用积分',
    kindGoods: '兑换物品',
    kindVouchers: '兑换券',
    noRedemptions: '暂无兑换记录。',
  },
  en: {
    householdNumber: (n: string) => `No. ${n}`,
    detailTitle: (name: string) => `Points record of ${name}`,
    detailDenied:
      'Points details are shown only to the household itself and village staff. Sign in to see them, or ask at the village service station.',
    balance: (total: string, redeemable: string) => `Current points ${total}, redeemable ${redeemable}`,
    ledger: 'Effective points entries',
    ledgerDate: 'Date',
    ledgerRule: 'For',
    ledgerPoints: 'Points',
    ledgerReviewer: 'Reviewed by',
    ledgerNotice: 'Public notice',
    noticeRange: (from: string, to: string) => `${from} to ${to}`,
    noEntries: 'No effective points entries yet.',
    redemptions: 'Redemptions',
    redemptionDate: 'Date',
    redemptionKind: 'Kind',
    redemptionPoints: 'Points used',
    kindGoods: 'Goods',
    kindVouchers: 'Vouchers',
    noRedemptions: 'No redemptions yet.',
  },
});
