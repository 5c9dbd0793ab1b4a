import { codesOf, labelledTable, type Label } from '../shared/labelled-codes.js';
import type { MeetingKind } from './meetings.js';

/** One matter of 村民委员会组织法 Art 24, paragraph 1, with its item number and label. */
export interface Art24Matter {
  readonly code: string;
  /** The numbered item of 村民委员会组织法 Art 24, paragraph 1. */
  readonly item: number;
  readonly label: Label;
}

/**
 * 村民委员会组织法 Art 24: matters touching villagers' interests that the villagers' meeting must
 * discuss and decide; the villagers' meeting may delegate them to the representatives' meeting
 * (Art 24, paragraph 2). Laws on collective economic organisations may say otherwise for property
 * and membership matters (paragraph 3).
 */
export const art24Matters = Object.freeze(
  // The rows are paragraph 1's items in the statute's order, so an item's number is its place in the list.
  labelledTable([
    ['allowances', '本村享受误工补贴的人员及补贴标准', 'Who receives allowances for lost working time, and how much'],
    ['collectiveIncomeUse', '从村集体经济所得收益的使用', 'Use of income from the collective economy'],
    [
      'publicWorksFinancing',
      '本村公益事业的兴办和筹资筹劳方案及建设承包方案',
      'Public-welfare projects: founding, money and labour raising, and construction contracts',
    ],
    ['landContracting', '土地承包经营方案', 'Land contracting plan'],
    ['collectiveProjects', '村集体经济项目的立项、承包方案', 'Approval and contracting of collective economic projects'],
    ['homesteadUse', '宅基地的使用方案', 'Homestead (宅基地) use plan'],
    ['landCompensationUse', '征地补偿费的使用、分配方案', 'Use and distribution of land-requisition compensation'],
    [
      'collectivePropertyDisposal',
      '以借贷、租赁或者其他方式处分村集体财产',
      'Disposing of collective property by loan, lease or otherwise',
    ],
    [
      'otherMatters',
      '村民会议认为应当由村民会议讨论决定的涉及村民利益的其他事项',
      "Other matters of villagers' interest the villagers' meeting decides to take up",
    ],
  ]).map((matter, index) => ({ code: matter.code, item: index + 1, label: matter.label }) satisfies Art24Matter),
);

/** The code of one of {@link art24Matters}. */
export type Art24MatterCode = (typeof art24Matters)[number]['code'];

/** The codes of {@link art24Matters}, in the statute's order. */
export const art24MatterCodes = codesOf(art24Matters);

/** The Art 24 matter with this code, or undefined. */
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
