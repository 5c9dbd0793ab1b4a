import { labelledCodes, labelledTable } from './shared/labelled-codes.js';

/*
 * 数据字典: the code lists of the contract in one place, each with its zh-CN and en labels and the source it follows,
 * so that an implementer of the contract in another language (Java, Go, …) reads them here rather than across the
 * domain folders. Codes are stable keys for stored data, reports and `z.enum`; labels may be reworded. Each domain
 * module re-exports its lists and derives its types and code tuples from them (services/item-types.ts, …), so the
 * package's public names stay where they were.
 *
 * Each list is built by its own pure call: a bundle that uses one list drops the others (docs/rules.md).
 * The powers' lists are `{ code, label }` tables (labelledTable), the shape their zod schema and the board keep;
 * the others are flat `{ code, 'zh-CN', en }` lists (labelledCodes).
 */

// ---- Services (政务服务) ----

/**
 * The kinds of government service items in the national basic catalogue (政务服务事项基本目录):
 * the kind decides which law governs the procedure, e.g. 行政许可法 for licences.
 */
export const serviceItemTypes = /* @__PURE__ */ labelledCodes([
  ['licence', '行政许可', 'Administrative licence'],
  ['payment', '行政给付', 'Benefit payment'],
  ['confirmation', '行政确认', 'Administrative confirmation'],
  ['award', '行政奖励', 'Administrative award'],
  ['ruling', '行政裁决', 'Administrative ruling'],
  ['otherPower', '其他行政权力', 'Other administrative power'],
  ['publicService', '公共服务', 'Public service'],
]);

/**
 * Where a villager can apply, nearest first: the village station (村便民服务站) is where the elderly
 * go; the township centre (镇便民服务中心) and the county hall (县政务服务中心) take everything else.
 */
export const applicationChannels = /* @__PURE__ */ labelledCodes([
  ['online', '网上办理', 'Online'],
  ['villageStation', '村便民服务站', 'Village service station'],
  ['townshipCentre', '镇（乡）便民服务中心', 'Township service centre'],
  ['countyHall', '县政务服务中心', 'County service hall'],
]);

/**
 * The departments of a township's "一键办" list (民政, 农业农村, 人社, 医保, 残联, 卫健, 应急管理)
 * plus those most village services also touch. Defaults: a county adds its own (e.g. 税务, 水利).
 */
export const departments = /* @__PURE__ */ labelledCodes([
  ['civilAffairs', '民政', 'Civil affairs'],
  ['agriculture', '农业农村', 'Agriculture and rural affairs'],
  ['humanResources', '人力资源和社会保障', 'Human resources and social security'],
  ['medicalSecurity', '医疗保障', 'Medical insurance'],
  ['disabledPersons', '残疾人联合会', "Disabled persons' federation"],
  ['health', '卫生健康', 'Health'],
  ['emergency', '应急管理', 'Emergency management'],
  ['veterans', '退役军人事务', 'Veterans affairs'],
  ['naturalResources', '自然资源', 'Natural resources and planning'],
  ['householdRegistration', '公安户政', 'Household registration (police)'],
  ['education', '教育', 'Education'],
  ['housing', '住房和城乡建设', 'Housing and construction'],
  ['justice', '司法行政', 'Justice'],
]);

/**
 * The life events services are grouped by (人生事 / 主题服务: 生育, 上学, 就业, …), how a villager looks for a service
 * ("I had a baby") rather than by the department that owns it. Defaults a deployment may replace.
 */
export const lifeEvents = /* @__PURE__ */ labelledCodes([
  ['birth', '生育', 'Having a baby'],
  ['schooling', '上学', 'Going to school'],
  ['employment', '就业', 'Work'],
  ['oldAge', '养老', 'Old age and pensions'],
  ['disability', '残疾', 'Disability'],
  ['relief', '救助', 'Hardship and relief'],
  ['medical', '就医', 'Medical care'],
  ['building', '建房', 'Building a home'],
  ['farmSubsidy', '农业补贴', 'Farm subsidies'],
  ['marriage', '婚姻', 'Marriage'],
  ['residence', '户籍', 'Household registration'],
  ['military', '兵役与退役', 'Military service and veterans'],
  ['disaster', '灾害', 'Disasters'],
  ['death', '身后事', 'After a death'],
]);

/**
 * 村级代办: the village station takes a villager's application and carries it through, in this order (the design's
 * domain notes, from seed 003 and county practice): 委托 (the villager entrusts the station) → 受理 (the station's 代办员
 * takes the request and the materials) → 上报/转办 (forwarded to the township or the competent department) → 办理 (the
 * department decides) → 送达 (the result is delivered) → 回访 (a follow-up asks whether the villager was satisfied) →
 * 归档 (filed, last: the file holds the follow-up too). Local practice varies; a village cites the county rule it follows.
 */
export const proxySteps = /* @__PURE__ */ labelledCodes([
  ['entrust', '委托', 'Entrusted'],
  ['accept', '受理', 'Accepted'],
  ['report', '上报/转办', 'Forwarded'],
  ['process', '办理', 'Processed'],
  ['deliver', '送达', 'Delivered'],
  ['followUp', '回访', 'Followed up'],
  ['archive', '归档', 'Filed'],
]);

// ---- Mediation (人民调解) ----

/**
 * The dispute types of the county statistics forms (人民调解案件统计), as data: a deployment can show
 * them in any order, and the codes are stable keys for reports and the routing table.
 */
export const disputeTypes = /* @__PURE__ */ labelledCodes([
  ['marriageFamily', '婚姻家庭继承', 'Marriage, family and inheritance'],
  ['neighbour', '邻里纠纷', 'Neighbours'],
  ['homestead', '宅基地', 'Homestead land'],
  ['damages', '损害赔偿', 'Compensation for harm'],
  ['contract', '合同', 'Contracts'],
  ['forestLand', '山林土地', 'Forest and farmland'],
  ['landAcquisition', '征地拆迁', 'Land acquisition and demolition'],
  ['labourWages', '劳动争议/农民工工资', 'Labour disputes and unpaid wages'],
  ['villageAffairs', '村务管理', 'Village administration'],
  ['environment', '环境污染', 'Pollution'],
  ['trafficAccident', '交通事故', 'Traffic accidents'],
  ['medical', '医患纠纷', 'Doctor–patient disputes'],
  ['propertyManagement', '物业纠纷', 'Property management'],
  ['other', '其他', 'Other'],
]);

// ---- Village requests (代办 and 点单, docs/requests.md) ----

/** The kinds of village request: 代办 (proxy service, seed 003) and 点单 (ordered service, seed 002). */
export const requestKinds = /* @__PURE__ */ labelledCodes([
  ['proxy', '代办', 'Proxy service'],
  ['order', '点单', 'Ordered service'],
]);

/** The 点单 steps of seed 002 ("群众点单—协商定单—村委派单—干部埋单—群众评单"), in its order. */
export const orderSteps = /* @__PURE__ */ labelledCodes([
  ['order', '群众点单', 'Ordered'],
  ['negotiate', '协商定单', 'Agreed'],
  ['dispatch', '村委派单', 'Dispatched'],
  ['process', '干部埋单', 'Done'],
  ['rate', '群众评单', 'Rated'],
]);

/**
 * What villagers order (点单), by the needs seed 002 names and the examples of issue 16: a road light, help for an
 * elderly neighbour, a policy explained. The category is the "service" a 点单 rating is published under.
 */
export const orderCategories = /* @__PURE__ */ labelledCodes([
  ['facilities', '公共设施（路灯、道路、水电）', 'Public facilities (lights, roads, water, power)'],
  ['care', '帮扶照料（老人、困难户）', 'Care and help (elderly, families in need)'],
  ['policy', '政策解读', 'A policy explained'],
  ['environment', '人居环境', 'Living environment'],
  ['other', '其他', 'Other'],
]);

// ---- Grid (网格, seed 004: 定期摸排、按时上报、分析研判、分流交办、协调处置; docs/grid.md) ----

/** The states of a grid report, in order, with their zh-CN and en labels. */
export const gridReportStates = /* @__PURE__ */ labelledCodes([
  ['reported', '已上报', 'Reported'],
  ['assessed', '已研判', 'Assessed'],
  ['assigned', '已交办', 'Assigned'],
  ['handling', '处置中', 'Being handled'],
  ['closed', '已办结', 'Closed'],
]);

/** The steps staff take on a report after it is reported (分析研判、分流交办、协调处置、办结), with their labels. */
export const gridReportSteps = /* @__PURE__ */ labelledCodes([
  ['assess', '分析研判', 'Assess'],
  ['assign', '分流交办', 'Assign'],
  ['dispose', '协调处置', 'Handle'],
  ['close', '办结', 'Close'],
]);

/** 分流交办: the grid worker themselves, the village committee, a department, or the mediation committee. */
export const gridTargetList = /* @__PURE__ */ labelledCodes([
  ['grid', '网格内处置', 'Within the grid'],
  ['village', '村委会', 'Village committee'],
  ['department', '职能部门', 'A department'],
  ['mediation', '人民调解委员会', 'Mediation committee'],
]);

// ---- 小微权力清单 (seed 004: "28项" powers with "监督措施95项") ----

/**
 * The categories of the 小微权力清单: the groups such lists use (村级重大事项决策, 村级工程, 宅基地, 低保/救助推荐, 三资,
 * 财务, 用章 …), with their labels.
 */
export const powerCategories = /* @__PURE__ */ labelledTable([
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

/** Who does a step of a power or watches it: the village's own bodies first, then the applicant and the bodies above. */
export const powerPosts = /* @__PURE__ */ labelledTable([
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
