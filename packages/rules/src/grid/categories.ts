import type { Labelled } from '../shared/labelled-codes.js';

/*
 * What a grid worker reports (网格事项). Seed 002 (零陵区) "梳理网格事项30类111项": the district sorted the matters of
 * its grids into 30 categories and 111 items. It does not publish the list, so shanzhi ships a shorter default that
 * covers the matters the seeds name (矛盾纠纷 [004], 人居环境, 民生服务 [002]) and lets a village replace it with its
 * county's own list (the grid settings, up to `gridCategoryLimits`: room for the 30 and 111 of seed 002).
 */

/** One matter of a category (网格事项), e.g. `dispute.neighbour` 邻里纠纷: its code is `category.item`. */
export type GridItem = Labelled;
/** A category of matters (e.g. 矛盾纠纷) with its items; a village may replace the default list with its county's. */
export interface GridCategory extends Labelled {
  readonly items: readonly GridItem[];
  /** A report of this category is a dispute: 分流交办 offers the mediation committee first ([004] 矛盾纠纷定期摸排). */
  readonly dispute?: boolean;
}

/** Room for seed 002's list (30 categories, 111 items) and a little more. */
export const gridCategoryLimits = { categories: 40, itemsPerCategory: 20, items: 150 } as const;

/**
 * The default list as rows `[category, item, 中文, English]`; a category's own row has no item (''). Item codes are
 * `category.item`.
 */
const rows: readonly (readonly [string, string, string, string])[] = [
  ['dispute', '', '矛盾纠纷', 'Disputes'],
  ['dispute', 'neighbour', '邻里纠纷', 'Between neighbours'],
  ['dispute', 'family', '婚姻家庭纠纷', 'Marriage and family'],
  ['dispute', 'land', '土地山林纠纷', 'Land and forest'],
  ['dispute', 'homestead', '宅基地纠纷', 'Homestead'],
  ['dispute', 'wages', '劳资纠纷', 'Unpaid wages'],
  ['dispute', 'other', '其他纠纷', 'Other dispute'],
  ['safety', '', '安全隐患', 'Safety hazards'],
  ['safety', 'fire', '消防隐患', 'Fire risk'],
  ['safety', 'house', '危房', 'Unsafe house'],
  ['safety', 'road', '道路交通隐患', 'Road hazard'],
  ['safety', 'water', '防溺水', 'Drowning risk'],
  ['safety', 'geology', '地质灾害隐患', 'Landslide or subsidence'],
  ['environment', '', '人居环境', 'Living environment'],
  ['environment', 'litter', '垃圾乱堆乱放', 'Litter and dumping'],
  ['environment', 'sewage', '污水', 'Sewage'],
  ['environment', 'burning', '秸秆焚烧', 'Straw burning'],
  ['environment', 'toilet', '厕所改造', 'Toilet upgrade'],
  ['facilities', '', '公共设施', 'Public facilities'],
  ['facilities', 'light', '路灯', 'Street lights'],
  ['facilities', 'road', '道路桥梁损坏', 'Damaged road or bridge'],
  ['facilities', 'water', '饮水设施', 'Drinking water'],
  ['facilities', 'power', '供电通信', 'Power and telecoms'],
  ['welfare', '', '民生保障', 'Welfare'],
  ['welfare', 'elderly', '独居老人关爱', 'Elderly living alone'],
  ['welfare', 'children', '留守儿童关爱', 'Children left behind'],
  ['welfare', 'disability', '残疾人帮扶', 'People with disabilities'],
  ['welfare', 'relief', '低保特困', 'Subsistence allowance'],
  ['welfare', 'poverty', '防返贫监测', 'Relapse into poverty'],
  ['employment', '', '就业创业', 'Work'],
  ['employment', 'job', '就业需求', 'Looking for work'],
  ['employment', 'training', '技能培训', 'Skills training'],
  ['employment', 'business', '创业帮扶', 'Starting a business'],
  ['health', '', '医疗卫生', 'Health'],
  ['health', 'insurance', '医保参保', 'Medical insurance'],
  ['health', 'epidemic', '疫情防控', 'Epidemic control'],
  ['health', 'sanitation', '公共卫生', 'Public hygiene'],
  ['pension', '', '社会保障', 'Social security'],
  ['pension', 'pension', '养老保险', 'Pension insurance'],
  ['pension', 'subsidy', '补贴发放', 'Subsidy payments'],
  ['pension', 'veterans', '退役军人服务', 'Veterans'],
  ['order', '', '社会治安', 'Public order'],
  ['order', 'gambling', '赌博', 'Gambling'],
  ['order', 'fraud', '电信诈骗', 'Telephone fraud'],
  ['order', 'drugs', '涉毒线索', 'Drug leads'],
  ['order', 'theft', '偷盗', 'Theft'],
  ['land', '', '土地规划', 'Land and building'],
  ['land', 'building', '违法建设', 'Illegal building'],
  ['land', 'farmland', '耕地保护', 'Farmland protection'],
  ['land', 'homestead', '宅基地审批', 'Homestead approval'],
  ['custom', '', '移风易俗', 'Customs'],
  ['custom', 'feast', '大操大办', 'Lavish ceremonies'],
  ['custom', 'brideprice', '高价彩礼', 'High bride prices'],
  ['custom', 'funeral', '丧葬改革', 'Funeral reform'],
  ['other', '', '其他事项', 'Other'],
  ['other', 'other', '其他', 'Other'],
];

/** Categories whose reports are disputes (矛盾纠纷): 分流交办 offers the mediation committee first. */
const disputeCategories: ReadonlySet<string> = new Set(['dispute']);

/** The default list (12 categories, 44 items): a village adopts its county's list through the grid settings. */
export const defaultGridCategories: readonly GridCategory[] = Object.freeze(
  rows
    .filter(([, item]) => item === '')
    .map(([code, , zh, en]) => ({
      code,
      label: { 'zh-CN': zh, en },
      items: rows
        .filter(([category, item]) => category === code && item !== '')
        .map(([, item, itemZh, itemEn]) => ({ code: `${code}.${item}`, label: { 'zh-CN': itemZh, en: itemEn } })),
      ...(disputeCategories.has(code) ? { dispute: true } : {}),
    })),
);

/** The item of a category list, or undefined: a report names an item that the village's list holds. */
export function findGridItem(
  categories: readonly GridCategory[],
  itemCode: string,
): { category: GridCategory; item: GridItem } | undefined {
  for (const one of categories) {
    const item = one.items.find((candidate) => candidate.code === itemCode);
    if (item) return { category: one, item };
  }
  return undefined;
}
