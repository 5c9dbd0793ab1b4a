import { beforeImport } from '../internal/before-import.js';
import { defineLazyMessages } from '../internal/localize.js';

/**
 * The shelf's Chinese words; the English are in ./messages-en.ts, loaded only for an English widget. Plain words, no
 * jargon (MIIT elderly spec): “积分” and “兑换” are what the village's own notice boards say.
 */
const zh = {
  title: '爱心超市',
  goods: '货架上的商品',
  goodsCount: (n: number) => `共 ${String(n)} 种商品`,
  noGoods: '货架上暂时没有商品。',
  price: (points: number, unit: string) => `${String(points)} 积分/${unit}`,
  stock: (n: number, unit: string) => `库存 ${String(n)} ${unit}`,
  soldOut: '已兑完',
  noPhoto: '暂无图片',
  donorXiangxian: (name: string) => `乡贤捐赠：${name}`,
  donorEnterprise: (name: string) => `企业捐赠：${name}`,
  donorAnonymous: '爱心人士（匿名）捐赠',
  donorVillage: '村集体采购',
  thanks: '爱心捐赠致谢',
  noDonations: '今年还没有捐赠记录。',
  anonymous: '爱心人士（匿名）',
  donatedGoods: (name: string, quantity: number) => `${name} ${String(quantity)} 件`,
  donatedCash: (money: string) => `现金 ${money}`,
  separator: '、',
  empty: '爱心超市暂时没有商品和捐赠记录。',
  asOf: (date: string) => `截至 ${date}`,
  reconciliationStaffOnly: '月度对账供本村村务监督委员会和村两委查看，请用工作人员账号登录后再打开。',
};
export type LoveSupermarketChinese = typeof zh;

/** `<sz-love-supermarket>`'s shelf words in zh-CN and en (same keys, same arguments); the desk's are in desk-messages.ts. */
export const loveSupermarketMessages = defineLazyMessages(zh, () =>
  beforeImport('love-supermarket/messages-en').then(() => import('./messages-en.js')),
);
