import type { MeetingKind } from './meetings.js';

export interface Art24Matter {
  readonly code: string;
  /** The numbered item of 村民委员会组织法 Art 24, paragraph 1. */
  readonly item: number;
  readonly label: { readonly 'zh-CN': string; readonly en: string };
}

/**
 * 村民委员会组织法 Art 24: matters touching villagers' interests that the villagers' meeting must
 * discuss and decide; the villagers' meeting may delegate them to the representatives' meeting
 * (Art 24, paragraph 2). Laws on collective economic organisations may say otherwise for property
 * and membership matters (paragraph 3).
 */
export const art24Matters = Object.freeze([
  {
    code: 'allowances',
    item: 1,
    label: { 'zh-CN': '本村享受误工补贴的人员及补贴标准', en: 'Who receives allowances for lost working time, and how much' },
  },
  {
    code: 'collectiveIncomeUse',
    item: 2,
    label: { 'zh-CN': '从村集体经济所得收益的使用', en: 'Use of income from the collective economy' },
  },
  {
    code: 'publicWorksFinancing',
    item: 3,
    label: {
      'zh-CN': '本村公益事业的兴办和筹资筹劳方案及建设承包方案',
      en: 'Public-welfare projects: founding, money and labour raising, and construction contracts',
    },
  },
  { code: 'landContracting', item: 4, label: { 'zh-CN': '土地承包经营方案', en: 'Land contracting plan' } },
  {
    code: 'collectiveProjects',
    item: 5,
    label: { 'zh-CN': '村集体经济项目的立项、承包方案', en: 'Approval and contracting of collective economic projects' },
  },
  { code: 'homesteadUse', item: 6, label: { 'zh-CN': '宅基地的使用方案', en: 'Homestead (宅基地) use plan' } },
  {
    code: 'landCompensationUse',
    item: 7,
    label: { 'zh-CN': '征地补偿费的使用、分配方案', en: 'Use and distribution of land-requisition compensation' },
  },
  {
    code: 'collectivePropertyDisposal',
    item: 8,
    label: { 'zh-CN': '以借贷、租赁或者其他方式处分村集体财产', en: 'Disposing of collective property by loan, lease or otherwise' },
  },
  {
    code: 'otherMatters',
    item: 9,
    label: {
      'zh-CN': '村民会议认为应当由村民会议讨论决定的涉及村民利益的其他事项',
      en: "Other matters of villagers' interest the villagers' meeting decides to take up",
    },
  },
] as const satisfies readonly Art24Matter[]);

export type Art24MatterCode = (typeof art24Matters)[number]['code'];

export const art24MatterCodes = art24Matters.map((matter) => matter.code) as [Art24MatterCode, ...Art24MatterCode[]];

export function findArt24Matter(code: string): Art24Matter | undefined {
  return art24Matters.find((matter) => matter.code === code);
}

/**
 * Which meeting may decide an Art 24 matter: the villagers' meeting always; the representatives'
 * meeting only under the villagers' meeting's delegation (Art 24, paragraph 2).
 */
export function mayDecideArt24Matter(kind: MeetingKind, delegatedToRepresentatives: boolean): boolean {
  return kind === 'villagersMeeting' || (kind === 'representativesMeeting' && delegatedToRepresentatives);
}
