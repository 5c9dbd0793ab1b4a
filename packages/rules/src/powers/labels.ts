import { codesOf, labelledTable } from '../shared/labelled-codes.js';

/*
 * The kinds of 小微权力 a village exercises and the posts that hold them. Seed 004 counts "28项" powers with "监督措施95项";
 * the kinds below are the groups such lists use (村级重大事项决策, 村级工程, 宅基地, 低保/救助推荐, 三资, 财务, 用章 …).
 * Codes are stable keys for data and for other backends; the labels are what a board shows.
 */

/** The categories of the 小微权力清单 (major decisions, small projects, homesteads, …), with their labels. */
export const powerCategories = labelledTable([
  ['majorDecision', '村级重大事项决策', 'Major village decisions'],
  ['smallProject', '村级招投标与小型工程', 'Village tendering and small projects'],
  ['homestead', '宅基地审批', 'Homestead applications'],
  ['reliefRecommendation', '低保与救助推荐', 'Minimum-living and relief recommendations'],
  ['collectiveAssets', '集体资产资源管理', 'Collective assets and resources'],
  ['financeManagement', '村务财务管理', 'Village finance management'],
  ['sealUse', '印章使用管理', 'Use of the village seal'],
  ['publicServices', '便民服务与证明', 'Services and certificates for villagers'],
  ['other', '其他事项', 'Other matters'],
]);
/** The code of one of {@link powerCategories}. */
export type PowerCategory = (typeof powerCategories)[number]['code'];
/** The codes of {@link powerCategories}, in order, as `z.enum` wants them. */
export const powerCategoryCodes = codesOf(powerCategories);

/** Who does a step or watches it: the village's own bodies first, then the applicant and the bodies above. */
export const powerPosts = labelledTable([
  ['partySecretary', '村党组织书记', 'Party branch secretary'],
  ['partyBranch', '村党组织', 'Village party branch'],
  ['committeeDirector', '村委会主任', 'Village committee director'],
  ['villageCommittee', '村民委员会', 'Village committee'],
  ['twoCommittees', '村“两委”联席会议', 'Joint meeting of the two committees'],
  ['partyMembersMeeting', '党员大会', "Party members' meeting"],
  ['villagersMeeting', '村民会议或村民代表会议', "Villagers' or representatives' meeting"],
  ['villageGroup', '村民小组', 'Village group'],
  ['supervisionCommittee', '村务监督委员会', 'Village affairs supervision committee'],
  ['financeGroup', '民主理财小组', 'Democratic finance group'],
  ['accountant', '村报账员', 'Village bookkeeper'],
  ['sealKeeper', '印章管理人', 'Keeper of the seal'],
  ['applicant', '申请人', 'Applicant'],
  ['township', '乡镇人民政府', 'Township government'],
  ['countyDepartment', '县级主管部门', 'County department'],
]);
/** The code of one of {@link powerPosts}. */
export type PowerPost = (typeof powerPosts)[number]['code'];
/** The codes of {@link powerPosts}, in order, as `z.enum` wants them. */
export const powerPostCodes = codesOf(powerPosts);
