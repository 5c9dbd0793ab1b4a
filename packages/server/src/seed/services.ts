import { demoGuides } from '@shanzhi/rules/demo-guides';
import {
  type Channel,
  type LocalizedText,
  type Material,
  type ServiceGuide,
  type ServiceItemTypeCode,
  type TimeLimit,
} from '@shanzhi/rules';
import type { DayTable } from './days.js';
import type { Random } from './random.js';
import { demoCountyCode } from './regions.js';

/*
 * About sixty 办事指南 for the county: the rules package's demo guides first, then a curated table of
 * real service items a villager meets (names as in provincial 政务服务 catalogues). Statutes are cited
 * as enacted; offices, phone numbers and web addresses are fictional (services.example.org is reserved
 * for examples).
 */

const portal = 'https://services.example.org';

function t(zh: string, en?: string): LocalizedText {
  return en === undefined ? { 'zh-CN': zh } : { 'zh-CN': zh, en };
}

type Department =
  | 'civilAffairs'
  | 'agriculture'
  | 'humanResources'
  | 'medicalSecurity'
  | 'disabledPersons'
  | 'health'
  | 'emergency'
  | 'veterans'
  | 'naturalResources'
  | 'householdRegistration'
  | 'housing'
  | 'education';

interface DepartmentInfo {
  readonly abbreviation: string;
  readonly body: LocalizedText;
  readonly consultation: ServiceGuide['contacts']['consultation'];
  readonly path: string;
}

const departments: Readonly<Record<Department, DepartmentInfo>> = {
  civilAffairs: {
    abbreviation: 'MZ',
    path: 'civil-affairs',
    body: t('青山县民政局', 'Qingshan County civil affairs bureau'),
    consultation: [{ number: '0578-6121201', label: t('县民政局社会救助科', 'County civil affairs, social assistance section') }],
  },
  agriculture: {
    abbreviation: 'NY',
    path: 'agriculture',
    body: t('青山县农业农村局', 'Qingshan County agriculture and rural affairs bureau'),
    consultation: [{ number: '0578-6121302', label: t('县农业农村局计划财务科', 'County agriculture bureau, planning and finance') }],
  },
  humanResources: {
    abbreviation: 'RS',
    path: 'hr',
    body: t('青山县人力资源和社会保障局', 'Qingshan County human resources and social security bureau'),
    consultation: [
      { number: '12333', label: t('12333 人社服务热线', '12333 social security hotline') },
      { number: '0578-6121403', label: t('县就业管理服务中心', 'County employment service centre') },
    ],
  },
  medicalSecurity: {
    abbreviation: 'YB',
    path: 'medical-security',
    body: t('青山县医疗保障局', 'Qingshan County medical security bureau'),
    consultation: [{ number: '12393', label: t('12393 医保服务热线', '12393 medical insurance hotline') }],
  },
  disabledPersons: {
    abbreviation: 'CL',
    path: 'disabled-persons',
    body: t('青山县残疾人联合会', "Qingshan County disabled persons' federation"),
    consultation: [{ number: '0578-6121505', label: t('县残联康复就业部', 'County federation, rehabilitation and employment') }],
  },
  health: {
    abbreviation: 'WJ',
    path: 'health',
    body: t('青山县卫生健康局', 'Qingshan County health bureau'),
    consultation: [{ number: '12320', label: t('12320 卫生健康热线', '12320 health hotline') }],
  },
  emergency: {
    abbreviation: 'YJ',
    path: 'emergency',
    body: t('青山县应急管理局', 'Qingshan County emergency management bureau'),
    consultation: [{ number: '0578-6121707', label: t('县应急管理局救灾科', 'County emergency bureau, disaster relief section') }],
  },
  veterans: {
    abbreviation: 'TY',
    path: 'veterans',
    body: t('青山县退役军人事务局', 'Qingshan County veterans affairs bureau'),
    consultation: [{ number: '0578-6121808', label: t('县退役军人服务中心', 'County veterans service centre') }],
  },
  naturalResources: {
    abbreviation: 'ZR',
    path: 'natural-resources',
    body: t('青山县自然资源和规划局', 'Qingshan County natural resources and planning bureau'),
    consultation: [{ number: '0578-6121909', label: t('县不动产登记中心', 'County real estate registration centre') }],
  },
  householdRegistration: {
    abbreviation: 'GA',
    path: 'police',
    body: t('青山县公安局（户政管理大队）', 'Qingshan County public security bureau (household registration)'),
    consultation: [{ number: '0578-6122110', label: t('县公安局户政管理大队', 'County police, household registration') }],
  },
  housing: {
    abbreviation: 'ZJ',
    path: 'housing',
    body: t('青山县住房和城乡建设局', 'Qingshan County housing and construction bureau'),
    consultation: [{ number: '0578-6122211', label: t('县住建局村镇建设科', 'County housing bureau, village construction') }],
  },
  education: {
    abbreviation: 'JY',
    path: 'education',
    body: t('青山县教育局', 'Qingshan County education bureau'),
    consultation: [{ number: '0578-6122312', label: t('县学生资助管理中心', 'County student aid centre') }],
  },
};

const complaint: ServiceGuide['contacts']['complaint'] = [
  { number: '12345', label: t('12345 政务服务便民热线', '12345 government service hotline') },
];
const hours = t('周一至周五 8:30—11:30，14:00—17:00（法定节假日除外）', 'Mon–Fri 8:30–11:30 and 14:00–17:00, except public holidays');
const villageStation: Channel = {
  channel: 'villageStation',
  name: t('村便民服务站', 'Village service station'),
  address: t('各行政村村委会办公楼一楼', 'Ground floor of each village committee building'),
  hours,
};
const townshipCentre: Channel = {
  channel: 'townshipCentre',
  name: t('镇（乡）便民服务中心', 'Township service centre'),
  address: t('青溪镇、石门镇、云岭乡人民政府一楼大厅', 'Ground floor hall of the Qingxi, Shimen and Yunling township governments'),
  hours,
};
const countyHall: Channel = {
  channel: 'countyHall',
  name: t('青山县政务服务中心', 'Qingshan County government service centre'),
  address: t('青山县城关街道文昌路88号', '88 Wenchang Road, Chengguan, Qingshan County'),
  hours: t('周一至周五 8:30—12:00，14:00—17:30；周六上午 9:00—12:00', 'Mon–Fri 8:30–12:00 and 14:00–17:30; Sat 9:00–12:00'),
  phone: { number: '0578-6120000', label: t('政务服务中心咨询台', 'Service centre information desk') },
};

/* ---------- materials ---------- */

interface MaterialOptions {
  readonly required?: boolean;
  readonly form?: Material['form'];
  readonly copies?: number;
  readonly source?: string;
  readonly notes?: string;
  readonly blankForm?: string;
}

function m(name: string, options: MaterialOptions = {}): Material {
  const form = options.form ?? 'original';
  return {
    name: t(name),
    required: options.required ?? true,
    form,
    copies: options.copies ?? (form === 'original' ? 0 : 1),
    source: t(options.source ?? '申请人自备'),
    ...(options.blankForm === undefined
      ? {}
      : { blankFormUrl: `${portal}/forms/${options.blankForm}.pdf`, sampleUrl: `${portal}/forms/${options.blankForm}-sample.pdf` }),
    ...(options.notes === undefined ? {} : { notes: t(options.notes) }),
  };
}

const idCard = m('申请人居民身份证', { source: '申请人自备（公安机关核发）', notes: '核验原件后当场退还' });
const householdBook = m('户口簿', { form: 'either', copies: 1, source: '申请人自备（公安机关核发）' });
const bankAccount = m('社会保障卡或本人银行账户', { form: 'copy', source: '申请人自备', notes: '资金直接发放到本人账户' });
const proxyLetter = m('委托书及受托人居民身份证', {
  required: false,
  copies: 1,
  source: '申请人签字或按手印',
  notes: '委托家属或村代办员办理时提供',
});
const photo = m('近期免冠一寸彩色照片', { copies: 2 });
const financeConsent = m('家庭经济状况核对授权书', {
  copies: 1,
  source: '村便民服务站领取，家庭成员签字',
  blankForm: 'finance-check-consent',
});
const form = (name: string, slug: string) => m(name, { copies: 1, source: '村便民服务站领取或网上下载', blankForm: slug });

/* ---------- eligibility presets ---------- */

const yes = (code: string, zh: string, en: string, order: number) => ({
  code,
  type: 'boolean' as const,
  label: t(zh, en),
  required: true,
  order,
});
const reason = (zh: string, en: string) => ({ 'zh-CN': zh, en });
const birthDate = { code: 'birthDate', type: 'date' as const, label: t('出生日期', 'Date of birth'), required: true, order: 1 };
const localHukou = yes('localHukou', '户籍是否在本县？', 'Is your household registered in this county?', 2);
const hukouRule = {
  code: 'localHukou',
  when: { question: 'localHukou', op: 'eq' as const, value: true },
  reason: reason('须为本县户籍', 'Your household must be registered in this county'),
};
const incomeQuestion = {
  code: 'incomePerPerson',
  type: 'number' as const,
  label: t('家庭月人均收入（元）', 'Monthly household income per person (yuan)'),
  required: true,
  order: 3,
  min: 0,
  max: 100000,
};
const disabilityGrade = {
  code: 'disabilityGrade',
  type: 'singleChoice' as const,
  label: t('残疾等级', 'Disability grade'),
  required: true,
  order: 4,
  options: [
    { value: 'none', label: t('无', 'None') },
    { value: 'grade1', label: t('一级', 'Grade 1') },
    { value: 'grade2', label: t('二级', 'Grade 2') },
    { value: 'grade3', label: t('三级', 'Grade 3') },
    { value: 'grade4', label: t('四级', 'Grade 4') },
  ],
};

/** The county's minimum living standard, in yuan per person per month (a local figure; set by the county each year). */
const minimumLivingStandard = 1100;

type GuideEligibility = NonNullable<ServiceGuide['eligibility']>;

const eligibility: Readonly<Record<string, GuideEligibility>> = {
  residentPension: {
    questions: [
      birthDate,
      localHukou,
      yes(
        'employeePension',
        '是否已领取职工基本养老金或机关事业单位退休金？',
        'Do you already draw an employee or public-sector pension?',
        3,
      ),
      yes(
        'paidFifteenYears',
        '是否累计缴费满15年（或已按规定补缴）？',
        'Have you paid in for 15 years in total (or made up the difference)?',
        4,
      ),
    ],
    rules: [
      {
        code: 'age60',
        when: { question: 'birthDate', op: 'ageAtLeast', value: 60 },
        reason: reason('须年满60周岁', 'You must be 60 or older'),
      },
      hukouRule,
      {
        code: 'noEmployeePension',
        when: { question: 'employeePension', op: 'eq', value: false },
        reason: reason('已领取职工养老金的，不能同时领取', 'You cannot draw both pensions'),
      },
      {
        code: 'fifteenYears',
        when: { question: 'paidFifteenYears', op: 'eq', value: true },
        reason: reason('须累计缴费满15年', 'You must have paid in for 15 years'),
      },
    ],
  },
  oldAgeAllowance: {
    questions: [birthDate, localHukou],
    rules: [
      {
        code: 'age80',
        when: { question: 'birthDate', op: 'ageAtLeast', value: 80 },
        reason: reason('须年满80周岁', 'You must be 80 or older'),
      },
      hukouRule,
    ],
  },
  minimumLiving: {
    questions: [
      localHukou,
      incomeQuestion,
      yes(
        'meetsAssetRules',
        '家庭财产是否符合本县低保财产规定（无机动车、非生活必需房产等）？',
        "Do the household's assets meet the county rules (no car, no second home …)?",
        4,
      ),
    ],
    rules: [
      hukouRule,
      {
        code: 'income',
        when: { question: 'incomePerPerson', op: 'lt', value: minimumLivingStandard },
        reason: reason(
          `家庭月人均收入须低于本县低保标准（${String(minimumLivingStandard)}元）`,
          `Monthly income per person must be below the county standard (¥${String(minimumLivingStandard)})`,
        ),
      },
      {
        code: 'assets',
        when: { question: 'meetsAssetRules', op: 'eq', value: true },
        reason: reason('家庭财产须符合规定', 'Household assets must meet the rules'),
      },
    ],
  },
  extremePoverty: {
    questions: [
      birthDate,
      localHukou,
      incomeQuestion,
      disabilityGrade,
      yes('noSupporter', '是否无法定赡养、抚养、扶养义务人，或其无履行义务能力？', 'Is there nobody obliged and able to support you?', 5),
    ],
    rules: [
      hukouRule,
      {
        code: 'category',
        when: {
          any: [
            { question: 'birthDate', op: 'ageAtLeast', value: 60 },
            { question: 'birthDate', op: 'ageBelow', value: 16 },
            { question: 'disabilityGrade', op: 'in', value: ['grade1', 'grade2', 'grade3'] },
          ],
        },
        reason: reason(
          '须为老年人（60周岁以上）、未成年人（16周岁以下）或一至三级残疾人',
          'You must be 60 or older, under 16, or disabled at grade 1–3',
        ),
      },
      {
        code: 'noSupporter',
        when: { question: 'noSupporter', op: 'eq', value: true },
        reason: reason('须无法定义务人或义务人无履行能力', 'Nobody may be obliged and able to support you'),
      },
      {
        code: 'income',
        when: { question: 'incomePerPerson', op: 'lt', value: minimumLivingStandard },
        reason: reason('收入须低于本县低保标准', 'Income must be below the county minimum living standard'),
      },
    ],
  },
  farmlandSubsidy: {
    questions: [
      yes('contractedLand', '是否有承包耕地（含流转）？', 'Do you farm contracted (or rented) farmland?', 1),
      yes('landFarmed', '耕地是否种植且未撂荒、未改变用途？', 'Is the land farmed, not left idle or turned to other use?', 2),
    ],
    rules: [
      {
        code: 'contracted',
        when: { question: 'contractedLand', op: 'eq', value: true },
        reason: reason('须有承包耕地', 'You must have contracted farmland'),
      },
      {
        code: 'farmed',
        when: { question: 'landFarmed', op: 'eq', value: true },
        reason: reason('撂荒或改变用途的耕地不享受补贴', 'Idle or converted land gets no subsidy'),
      },
    ],
  },
  familyPlanningReward: {
    questions: [
      birthDate,
      yes('ruralHukou', '是否为农村户籍？', 'Is your household registration rural?', 2),
      yes(
        'onlyChildOrTwoDaughters',
        '是否只生育一个子女或两个女孩（持证）？',
        'Do you have only one child, or two daughters (with certificate)?',
        3,
      ),
    ],
    rules: [
      {
        code: 'age60',
        when: { question: 'birthDate', op: 'ageAtLeast', value: 60 },
        reason: reason('须年满60周岁', 'You must be 60 or older'),
      },
      {
        code: 'rural',
        when: { question: 'ruralHukou', op: 'eq', value: true },
        reason: reason('须为农村户籍', 'Your registration must be rural'),
      },
      {
        code: 'children',
        when: { question: 'onlyChildOrTwoDaughters', op: 'eq', value: true },
        reason: reason('须只生育一个子女或两个女孩', 'You must have one child or two daughters'),
      },
    ],
  },
  veteranCard: {
    questions: [
      yes('veteran', '是否为退役军人（含复员、退伍、转业）？', 'Are you a veteran (demobilised, retired or transferred)?', 1),
      localHukou,
    ],
    rules: [
      { code: 'veteran', when: { question: 'veteran', op: 'eq', value: true }, reason: reason('须为退役军人', 'You must be a veteran') },
      hukouRule,
    ],
  },
  residentMedical: {
    questions: [
      yes('employeeMedical', '是否已参加职工基本医疗保险？', "Are you already in the employees' medical insurance?", 1),
      yes('livesOrRegistered', '户籍或居住证是否在本县？', 'Are you registered or do you hold a residence permit here?', 2),
    ],
    rules: [
      {
        code: 'notEmployee',
        when: { question: 'employeeMedical', op: 'eq', value: false },
        reason: reason('已参加职工医保的不能重复参保', 'You cannot be insured twice'),
      },
      {
        code: 'local',
        when: { question: 'livesOrRegistered', op: 'eq', value: true },
        reason: reason('须为本县户籍或持本县居住证', 'You must be registered or hold a residence permit here'),
      },
    ],
  },
  dilapidatedHousing: {
    questions: [
      {
        code: 'household',
        type: 'singleChoice',
        label: t('家庭类型', 'Household type'),
        required: true,
        order: 1,
        options: [
          { value: 'minimumLiving', label: t('低保户', 'Minimum living support') },
          { value: 'extremePoverty', label: t('分散供养特困人员', 'Extreme-poverty support') },
          { value: 'lowIncome', label: t('低收入家庭或防返贫监测对象', 'Low income or at risk of poverty') },
          { value: 'other', label: t('其他', 'Other') },
        ],
      },
      yes('unsafeHouse', '现住房是否经鉴定为C级或D级危房？', 'Was your house assessed as unsafe (grade C or D)?', 2),
      yes('onlyHouse', '该房屋是否为唯一住房？', 'Is it your only home?', 3),
    ],
    rules: [
      {
        code: 'household',
        when: { question: 'household', op: 'in', value: ['minimumLiving', 'extremePoverty', 'lowIncome'] },
        reason: reason('须为低保户、特困户、低收入家庭等重点对象', 'Only households on support or low income qualify'),
      },
      {
        code: 'unsafe',
        when: { question: 'unsafeHouse', op: 'eq', value: true },
        reason: reason('须为鉴定的C级或D级危房', 'The house must be assessed as grade C or D'),
      },
      { code: 'only', when: { question: 'onlyHouse', op: 'eq', value: true }, reason: reason('须为唯一住房', 'It must be your only home') },
    ],
  },
  newborn: {
    questions: [
      { code: 'babyBirthDate', type: 'date', label: t('婴儿出生日期', "Baby's date of birth"), required: true, order: 1 },
      yes('parentHukouHere', '父母一方户籍是否在本县？', 'Is one parent registered in this county?', 2),
    ],
    rules: [
      {
        code: 'parent',
        when: { question: 'parentHukouHere', op: 'eq', value: true },
        reason: reason('父母一方须为本县户籍', 'One parent must be registered here'),
      },
      { code: 'born', when: { question: 'babyBirthDate', op: 'answered' }, reason: reason('请填写出生日期', 'Give the date of birth') },
    ],
  },
  disabilityCard: {
    questions: [
      birthDate,
      localHukou,
      yes('assessed', '是否已在指定医院完成残疾评定？', 'Have you been assessed at a designated hospital?', 3),
    ],
    rules: [
      hukouRule,
      {
        code: 'assessed',
        when: { question: 'assessed', op: 'eq', value: true },
        reason: reason('须先到指定医院评定残疾类别和等级', 'You must first be assessed at a designated hospital'),
      },
    ],
  },
};

/* ---------- the curated table ---------- */

type Limit = readonly [number, TimeLimit['unit']];

interface Spec {
  readonly name: string;
  readonly en: string;
  readonly department: Department;
  readonly type: ServiceItemTypeCode;
  readonly lifeEvents: readonly string[];
  readonly keywords: readonly string[];
  readonly basis: readonly (readonly [string, string?])[];
  readonly conditions: readonly string[];
  readonly materials: readonly Material[];
  readonly statutory?: Limit;
  readonly promised: Limit;
  readonly fee?: readonly [number, string];
  readonly visits: number;
  readonly depth: 0 | 1 | 2 | 3 | 4;
  readonly proxy: boolean;
  readonly county?: boolean;
  readonly faq?: readonly (readonly [string, string])[];
  readonly eligibility?: keyof typeof eligibility;
  readonly steps?: readonly string[];
}

const socialAssistance = '《社会救助暂行办法》（国务院令第649号）';

const specs: readonly Spec[] = [
  // 民政
  {
    name: '最低生活保障审核确认',
    en: 'Minimum living allowance (dibao) application',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['relief'],
    keywords: ['低保', '最低生活保障', '困难家庭'],
    basis: [[socialAssistance, '第九条至第十三条'], ['《最低生活保障审核确认办法》（民发〔2021〕57号）']],
    conditions: ['持有本县户籍', `家庭月人均收入低于本县低保标准（${String(minimumLivingStandard)}元）`, '家庭财产符合规定'],
    materials: [
      idCard,
      householdBook,
      form('最低生活保障申请书', 'minimum-living'),
      financeConsent,
      m('家庭成员收入情况说明', { copies: 1 }),
      m('残疾人证、病历等特殊情况证明', { required: false, form: 'copy' }),
      bankAccount,
      proxyLetter,
    ],
    statutory: [30, 'workingDay'],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
    eligibility: 'minimumLiving',
    faq: [
      ['低保对象名单会公示吗？', '会在村务公开栏公示，但身份证号、电话等个人信息按规定隐去。'],
      ['收入增加了怎么办？', '应主动告知村便民服务站，民政部门定期复核，收入超标的停发低保。'],
    ],
    steps: ['申请', '乡镇受理', '入户调查和家庭经济状况核对', '村级评议和公示', '县民政局审核确认', '按月发放'],
  },
  {
    name: '特困人员认定',
    en: 'Recognition as a person in extreme poverty',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['relief', 'oldAge'],
    keywords: ['特困', '五保', '供养'],
    basis: [[socialAssistance, '第十四条至第二十条'], ['《特困人员认定办法》（民发〔2021〕43号）']],
    conditions: ['无劳动能力、无生活来源', '无法定赡养、抚养、扶养义务人或其无履行能力'],
    materials: [
      idCard,
      householdBook,
      form('特困人员救助供养申请书', 'extreme-poverty'),
      financeConsent,
      m('残疾人证或医疗诊断证明', { required: false, form: 'copy' }),
      bankAccount,
      proxyLetter,
    ],
    statutory: [20, 'workingDay'],
    promised: [15, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
    eligibility: 'extremePoverty',
    faq: [['可以选择集中供养吗？', '生活不能自理的可以到县社会福利中心或乡镇敬老院集中供养，也可以在家分散供养。']],
  },
  {
    name: '高龄津贴申领',
    en: 'Old-age allowance for people aged 80 and over',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['oldAge'],
    keywords: ['高龄补贴', '老年人补贴', '80岁'],
    basis: [['《中华人民共和国老年人权益保障法》', '第三十三条'], ['《浙江省老年人权益保障条例》']],
    conditions: ['年满80周岁', '本县户籍'],
    materials: [idCard, householdBook, bankAccount, proxyLetter],
    promised: [10, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
    eligibility: 'oldAgeAllowance',
    faq: [['需要每年认证吗？', '每年通过社保卡刷脸或村代办员上门完成一次生存认证。']],
  },
  {
    name: '结婚登记',
    en: 'Marriage registration',
    department: 'civilAffairs',
    type: 'confirmation',
    lifeEvents: ['marriage'],
    keywords: ['领证', '结婚证'],
    basis: [
      ['《中华人民共和国民法典》', '第一千零四十九条'],
      ['《婚姻登记条例》', '第四条至第七条'],
    ],
    conditions: ['男年满22周岁，女年满20周岁', '双方自愿', '双方均无配偶'],
    materials: [
      m('双方居民身份证'),
      m('双方户口簿', { notes: '全国通办地区可不提供户口簿' }),
      m('双方近期半身免冠合影照片', { copies: 3 }),
    ],
    statutory: [0, 'immediate'],
    promised: [0, 'immediate'],
    visits: 1,
    depth: 2,
    proxy: false,
    county: true,
    faq: [['可以在非户籍地登记吗？', '已开展婚姻登记“跨省通办”，双方可到一方经常居住地登记。']],
  },
  {
    name: '离婚登记',
    en: 'Divorce registration',
    department: 'civilAffairs',
    type: 'confirmation',
    lifeEvents: ['marriage'],
    keywords: ['协议离婚', '离婚冷静期'],
    basis: [['《中华人民共和国民法典》', '第一千零七十六条、第一千零七十七条']],
    conditions: ['双方自愿离婚并签订离婚协议', '对子女抚养和财产分割已达成一致'],
    materials: [m('双方居民身份证'), m('双方户口簿'), m('结婚证'), m('离婚协议书', { copies: 3 })],
    promised: [0, 'immediate'],
    visits: 2,
    depth: 2,
    proxy: false,
    county: true,
    faq: [['为什么要去两次？', '民法典规定了三十日离婚冷静期：第一次提交申请，期满后三十日内双方再来领证。']],
  },
  {
    name: '惠民殡葬补贴申领',
    en: 'Basic funeral subsidy',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['death'],
    keywords: ['丧葬补贴', '殡葬', '火化'],
    basis: [['《殡葬管理条例》'], ['《浙江省殡葬管理条例》']],
    conditions: ['逝者为本县户籍', '在县殡仪馆火化'],
    materials: [
      m('逝者居民身份证或户口注销证明', { form: 'copy' }),
      m('火化证明', { form: 'copy' }),
      m('经办人居民身份证'),
      m('经办人银行账户', { form: 'copy' }),
    ],
    promised: [10, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '孤儿基本生活保障金申领',
    en: 'Living allowance for orphans',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['relief'],
    keywords: ['孤儿', '儿童保障'],
    basis: [['《国务院办公厅关于加强孤儿保障工作的意见》（国办发〔2010〕54号）']],
    conditions: ['未满18周岁', '父母双方死亡或依法宣告失踪'],
    materials: [
      m('儿童户口簿', { form: 'copy' }),
      m('父母死亡证明或宣告失踪的判决书', { form: 'copy' }),
      m('监护人居民身份证'),
      form('孤儿基本生活保障申请表', 'orphan-allowance'),
      bankAccount,
    ],
    statutory: [30, 'workingDay'],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '困境儿童基本生活保障',
    en: 'Support for children in difficulty',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['relief', 'schooling'],
    keywords: ['困境儿童', '事实无人抚养'],
    basis: [['《国务院关于加强困境儿童保障工作的意见》（国发〔2016〕36号）']],
    conditions: ['事实无人抚养或家庭经济困难的未满18周岁儿童'],
    materials: [
      m('儿童户口簿', { form: 'copy' }),
      m('监护人居民身份证'),
      form('困境儿童认定申请表', 'children-in-difficulty'),
      m('父母服刑、重残、重病等情况证明', { form: 'copy' }),
      bankAccount,
    ],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '经济困难老年人养老服务补贴',
    en: 'Care subsidy for elderly people on low incomes',
    department: 'civilAffairs',
    type: 'payment',
    lifeEvents: ['oldAge', 'relief'],
    keywords: ['养老服务补贴', '居家养老'],
    basis: [['《中华人民共和国老年人权益保障法》', '第三十七条']],
    conditions: ['年满60周岁的低保、低边或特困老人', '经能力评估失能或半失能'],
    materials: [
      idCard,
      householdBook,
      form('养老服务补贴申请表', 'elderly-care-subsidy'),
      m('老年人能力评估报告', { form: 'copy', source: '县老年人能力评估机构出具' }),
    ],
    promised: [15, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '居家养老上门服务申请',
    en: 'Home care service for the elderly',
    department: 'civilAffairs',
    type: 'publicService',
    lifeEvents: ['oldAge'],
    keywords: ['助餐', '助浴', '上门服务', '养老'],
    basis: [['《浙江省社会养老服务促进条例》']],
    conditions: ['本县户籍或常住的60周岁以上老年人'],
    materials: [idCard, m('居家养老服务需求登记表', { copies: 1, source: '村便民服务站提供' })],
    promised: [5, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
  },
  // 农业农村
  {
    name: '耕地地力保护补贴申领',
    en: 'Farmland fertility protection subsidy',
    department: 'agriculture',
    type: 'payment',
    lifeEvents: ['farmSubsidy'],
    keywords: ['种粮补贴', '地力补贴', '农业补贴'],
    basis: [['《财政部 农业部关于全面推开农业“三项补贴”改革工作的通知》（财农〔2016〕26号）']],
    conditions: ['拥有耕地承包权的种地农民', '耕地未撂荒、未改变用途'],
    materials: [idCard, m('土地承包经营权证或流转合同', { form: 'copy' }), m('“一卡通”账户', { form: 'copy' })],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
    eligibility: 'farmlandSubsidy',
    faq: [['补贴标准是多少？', '按年度核定的每亩标准发放，以村级公示为准；补贴通过“一卡通”直接发放。']],
  },
  {
    name: '农机购置与应用补贴申领',
    en: 'Subsidy for buying farm machinery',
    department: 'agriculture',
    type: 'payment',
    lifeEvents: ['farmSubsidy'],
    keywords: ['农机补贴', '拖拉机', '收割机'],
    basis: [['《中华人民共和国农业机械化促进法》', '第二十七条']],
    conditions: ['从事农业生产的个人或组织', '购买补贴目录内的机具'],
    materials: [
      idCard,
      m('购机发票', { form: 'copy' }),
      m('机具铭牌及人机合影照片'),
      m('农机购置与应用补贴申请表', { copies: 1, source: '网上填报后打印' }),
      bankAccount,
    ],
    statutory: [30, 'workingDay'],
    promised: [20, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: false,
    county: true,
  },
  {
    name: '农村土地经营权流转合同备案',
    en: 'Filing of farmland lease contracts',
    department: 'agriculture',
    type: 'otherPower',
    lifeEvents: ['farmSubsidy'],
    keywords: ['土地流转', '流转合同', '承包地'],
    basis: [
      ['《中华人民共和国农村土地承包法》', '第三十六条'],
      ['《农村土地经营权流转管理办法》', '第二十条'],
    ],
    conditions: ['流转双方已签订书面合同'],
    materials: [m('流转双方身份证明', { form: 'copy' }), m('土地经营权流转合同', { copies: 2 }), m('土地承包经营权证', { form: 'copy' })],
    promised: [5, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
  },
  {
    name: '实际种粮农民一次性补贴申领',
    en: 'One-off subsidy for grain farmers',
    department: 'agriculture',
    type: 'payment',
    lifeEvents: ['farmSubsidy'],
    keywords: ['种粮补贴', '粮食'],
    basis: [['《财政部 农业农村部关于下达实际种粮农民一次性补贴资金的通知》']],
    conditions: ['实际种植粮食作物的农户或组织'],
    materials: [idCard, m('粮食种植面积申报表', { copies: 1, source: '村委会核实盖章' }), bankAccount],
    promised: [15, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
  },
  {
    name: '政策性农业保险投保',
    en: 'Subsidised crop and livestock insurance',
    department: 'agriculture',
    type: 'publicService',
    lifeEvents: ['farmSubsidy', 'disaster'],
    keywords: ['农业保险', '水稻保险', '生猪保险'],
    basis: [['《农业保险条例》', '第三条、第七条']],
    conditions: ['从事种植、养殖的农户或经营主体'],
    materials: [idCard, m('投保清单（种植面积或存栏数）', { copies: 1, source: '村委会核实' })],
    promised: [0, 'immediate'],
    visits: 0,
    depth: 4,
    proxy: true,
  },
  {
    name: '畜禽养殖场备案',
    en: 'Registration of a livestock farm',
    department: 'agriculture',
    type: 'otherPower',
    lifeEvents: ['employment'],
    keywords: ['养殖场', '养猪', '备案'],
    basis: [['《中华人民共和国畜牧法》', '第三十九条']],
    conditions: ['达到规定规模的畜禽养殖场'],
    materials: [
      m('养殖场备案表', { copies: 1, blankForm: 'livestock-farm' }),
      m('营业执照或经营者身份证', { form: 'copy' }),
      m('场址位置图'),
      m('粪污处理设施说明'),
    ],
    promised: [5, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: false,
    county: true,
  },
  // 人社
  {
    name: '城乡居民基本养老保险待遇领取',
    en: "Claiming the residents' basic pension",
    department: 'humanResources',
    type: 'payment',
    lifeEvents: ['oldAge'],
    keywords: ['养老金', '退休', '居民养老'],
    basis: [
      ['《中华人民共和国社会保险法》', '第二十一条'],
      ['《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）', '六、养老保险待遇领取条件'],
    ],
    conditions: ['年满60周岁', '累计缴费满15年', '未领取国家规定的基本养老保障待遇'],
    materials: [idCard, m('社会保障卡', { notes: '待遇发放到社保卡金融账户' }), proxyLetter],
    promised: [5, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
    eligibility: 'residentPension',
    faq: [['快满60岁了需要主动申请吗？', '系统会提前提醒，也可以由村代办员代为申请，次月起发放。']],
  },
  {
    name: '就业失业登记',
    en: 'Employment and unemployment registration',
    department: 'humanResources',
    type: 'publicService',
    lifeEvents: ['employment'],
    keywords: ['失业登记', '就业创业证', '找工作'],
    basis: [
      ['《中华人民共和国就业促进法》', '第四十二条'],
      ['《就业服务与就业管理规定》', '第六十一条'],
    ],
    conditions: ['法定劳动年龄内、有劳动能力和就业要求'],
    materials: [idCard],
    promised: [0, 'immediate'],
    visits: 0,
    depth: 4,
    proxy: true,
  },
  {
    name: '社会保障卡申领',
    en: 'Applying for a social security card',
    department: 'humanResources',
    type: 'publicService',
    lifeEvents: ['employment', 'medical'],
    keywords: ['社保卡', '医保卡', '一卡通'],
    basis: [['《中华人民共和国社会保险法》', '第五十八条']],
    conditions: ['已参加社会保险的人员'],
    materials: [idCard, m('近期免冠证件照电子版')],
    promised: [15, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
    faq: [['卡丢了怎么办？', '先拨打12333或在网上挂失，再申请补办；补办卡按规定收取工本费。']],
  },
  {
    name: '失业保险金申领',
    en: 'Unemployment benefit',
    department: 'humanResources',
    type: 'payment',
    lifeEvents: ['employment'],
    keywords: ['失业金', '失业保险'],
    basis: [
      ['《中华人民共和国社会保险法》', '第四十五条'],
      ['《失业保险条例》', '第十四条'],
    ],
    conditions: ['失业前缴纳失业保险满一年', '非因本人意愿中断就业', '已办理失业登记'],
    materials: [idCard, m('解除或终止劳动合同证明', { form: 'copy' })],
    statutory: [10, 'workingDay'],
    promised: [3, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: false,
  },
  {
    name: '职业技能培训补贴申领',
    en: 'Vocational training subsidy',
    department: 'humanResources',
    type: 'payment',
    lifeEvents: ['employment'],
    keywords: ['技能培训', '培训补贴', '电工证'],
    basis: [['《中华人民共和国就业促进法》', '第四十八条']],
    conditions: ['参加政府补贴性培训并取得证书的城乡劳动者'],
    materials: [idCard, m('职业资格证书或职业技能等级证书', { form: 'copy' }), bankAccount],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: false,
  },
  {
    name: '拖欠农民工工资投诉受理',
    en: "Complaint about unpaid migrant workers' wages",
    department: 'humanResources',
    type: 'otherPower',
    lifeEvents: ['employment'],
    keywords: ['欠薪', '讨薪', '工资拖欠', '农民工'],
    basis: [
      ['《保障农民工工资支付条例》', '第五十条'],
      ['《劳动保障监察条例》', '第十四条'],
    ],
    conditions: ['用人单位拖欠或克扣工资的劳动者'],
    materials: [
      idCard,
      m('劳动合同、考勤记录、工资条等证据', { form: 'copy', required: false }),
      m('投诉书', { copies: 1, blankForm: 'wage-complaint' }),
    ],
    statutory: [60, 'workingDay'],
    promised: [20, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: true,
    faq: [['找不到包工头怎么办？', '建设工程领域由施工总承包单位先行清偿，可直接投诉到县人社局劳动保障监察大队。']],
  },
  {
    name: '灵活就业人员社会保险补贴申领',
    en: 'Social insurance subsidy for flexible workers',
    department: 'humanResources',
    type: 'payment',
    lifeEvents: ['employment'],
    keywords: ['社保补贴', '灵活就业'],
    basis: [['《中华人民共和国就业促进法》', '第十八条']],
    conditions: ['就业困难人员以灵活就业方式就业并缴纳社会保险'],
    materials: [idCard, m('灵活就业情况说明', { copies: 1 }), bankAccount],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
  },
  // 医保
  {
    name: '城乡居民基本医疗保险参保登记',
    en: "Enrolment in the residents' medical insurance",
    department: 'medicalSecurity',
    type: 'publicService',
    lifeEvents: ['medical', 'birth'],
    keywords: ['医保', '新农合', '居民医保', '参保缴费'],
    basis: [['《中华人民共和国社会保险法》', '第二十五条'], ['《医疗保障基金使用监督管理条例》']],
    conditions: ['未参加职工基本医疗保险的本县户籍或持居住证人员'],
    materials: [idCard],
    promised: [0, 'immediate'],
    visits: 0,
    depth: 4,
    proxy: true,
    eligibility: 'residentMedical',
    faq: [['每年什么时候缴费？', '集中缴费期一般为每年9月至12月，缴次年的费用；新生儿出生90天内参保可享受出生当日起的待遇。']],
  },
  {
    name: '异地就医备案',
    en: 'Registration for medical treatment elsewhere',
    department: 'medicalSecurity',
    type: 'publicService',
    lifeEvents: ['medical'],
    keywords: ['异地就医', '跨省就医', '备案'],
    basis: [['《国家医保局 财政部关于进一步做好基本医疗保险跨省异地就医直接结算工作的通知》（医保发〔2022〕22号）']],
    conditions: ['已参加本县基本医疗保险'],
    materials: [idCard],
    promised: [0, 'immediate'],
    visits: 0,
    depth: 4,
    proxy: false,
  },
  {
    name: '医疗救助申请',
    en: 'Medical assistance',
    department: 'medicalSecurity',
    type: 'payment',
    lifeEvents: ['medical', 'relief'],
    keywords: ['大病救助', '医疗救助', '看病难'],
    basis: [
      [socialAssistance, '第二十七条至第三十二条'],
      ['《国务院办公厅关于健全重特大疾病医疗保险和救助制度的意见》（国办发〔2021〕42号）'],
    ],
    conditions: ['低保、特困、低边等困难人员', '因病致贫的重病患者'],
    materials: [idCard, m('医疗费用发票和费用清单', { form: 'copy' }), m('出院小结', { form: 'copy' }), bankAccount, proxyLetter],
    promised: [15, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '门诊慢特病待遇认定',
    en: 'Recognition for chronic and special illness outpatient cover',
    department: 'medicalSecurity',
    type: 'confirmation',
    lifeEvents: ['medical'],
    keywords: ['慢病', '特病', '门诊报销', '高血压', '糖尿病'],
    basis: [['《国家医保局 财政部关于建立医疗保障待遇清单制度的意见》（医保发〔2021〕5号）']],
    conditions: ['参加本县基本医疗保险', '患有规定的慢性病或特殊病种'],
    materials: [idCard, m('二级以上医院诊断证明和相关检查报告', { form: 'copy' })],
    promised: [10, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
  },
  {
    name: '医疗费用零星报销',
    en: 'Reimbursement of medical bills paid in full',
    department: 'medicalSecurity',
    type: 'payment',
    lifeEvents: ['medical'],
    keywords: ['医药费报销', '手工报销'],
    basis: [['《中华人民共和国社会保险法》', '第二十九条']],
    conditions: ['因急诊、未备案异地就医等未能直接结算'],
    materials: [idCard, m('医疗费用发票原件'), m('费用明细清单'), m('出院记录', { form: 'copy' }), bankAccount],
    promised: [20, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: true,
  },
  // 残联
  {
    name: '残疾人证新办',
    en: 'First disability certificate',
    department: 'disabledPersons',
    type: 'confirmation',
    lifeEvents: ['disability'],
    keywords: ['残疾证', '办残疾证', '残疾评定'],
    basis: [['《中华人民共和国残疾人保障法》', '第二条'], ['《中华人民共和国残疾人证管理办法》']],
    conditions: ['本县户籍', '经指定医院评定符合残疾标准'],
    materials: [
      idCard,
      householdBook,
      photo,
      form('残疾人证申请表', 'disability-card'),
      m('相关病历资料', { form: 'copy', required: false }),
    ],
    statutory: [20, 'workingDay'],
    promised: [15, 'workingDay'],
    visits: 2,
    depth: 3,
    proxy: true,
    eligibility: 'disabilityCard',
    faq: [['评定要去哪里？', '视力、听力、肢体、智力、精神等类别分别到县残联指定的医院评定，行动不便的可申请上门评定。']],
  },
  {
    name: '残疾人证换领',
    en: 'Renewing a disability certificate',
    department: 'disabledPersons',
    type: 'confirmation',
    lifeEvents: ['disability'],
    keywords: ['残疾证到期', '换证'],
    basis: [['《中华人民共和国残疾人证管理办法》', '第十二条']],
    conditions: ['残疾人证有效期届满或信息变更'],
    materials: [idCard, m('原残疾人证'), photo],
    promised: [10, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: true,
  },
  {
    name: '残疾人辅助器具适配补贴',
    en: 'Subsidy for assistive devices',
    department: 'disabledPersons',
    type: 'payment',
    lifeEvents: ['disability'],
    keywords: ['轮椅', '助听器', '假肢', '辅具'],
    basis: [['《中华人民共和国残疾人保障法》', '第五十条']],
    conditions: ['持证残疾人', '经评估需要适配辅助器具'],
    materials: [idCard, m('残疾人证', { form: 'copy' }), m('辅助器具适配评估表', { copies: 1, source: '县残疾人康复中心出具' })],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '困难重度残疾人家庭无障碍改造申请',
    en: 'Accessibility works for homes of severely disabled people',
    department: 'disabledPersons',
    type: 'publicService',
    lifeEvents: ['disability', 'building'],
    keywords: ['无障碍改造', '扶手', '坡道'],
    basis: [['《无障碍环境建设法》', '第二十一条']],
    conditions: ['困难家庭中的重度残疾人'],
    materials: [idCard, m('残疾人证', { form: 'copy' }), m('家庭无障碍改造需求评估表', { copies: 1, source: '县残联上门评估' })],
    promised: [30, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
  },
  // 卫健
  {
    name: '农村部分计划生育家庭奖励扶助金申领',
    en: 'Reward for rural family-planning households (only-child parents)',
    department: 'health',
    type: 'payment',
    lifeEvents: ['oldAge'],
    keywords: ['独生子女', '奖励扶助', '计生奖励', '独生子女父母奖励'],
    basis: [
      ['《中华人民共和国人口与计划生育法》', '第二十七条'],
      ['《国务院办公厅转发人口计生委财政部关于开展对农村部分计划生育家庭实行奖励扶助制度试点工作意见的通知》（国办发〔2004〕21号）'],
    ],
    conditions: ['农村户籍', '只生育一个子女或两个女孩', '年满60周岁'],
    materials: [idCard, householdBook, m('独生子女父母光荣证', { form: 'copy', required: false }), bankAccount],
    promised: [30, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
    eligibility: 'familyPlanningReward',
  },
  {
    name: '出生医学证明办理',
    en: 'Medical birth certificate',
    department: 'health',
    type: 'confirmation',
    lifeEvents: ['birth'],
    keywords: ['出生证', '出生证明'],
    basis: [['《中华人民共和国母婴保健法》', '第二十三条']],
    conditions: ['在本县助产机构出生的新生儿'],
    materials: [m('父母双方居民身份证'), m('新生儿出院记录', { form: 'copy' })],
    promised: [0, 'immediate'],
    visits: 1,
    depth: 3,
    proxy: false,
  },
  {
    name: '计划生育家庭特别扶助金申领',
    en: 'Special support for family-planning households',
    department: 'health',
    type: 'payment',
    lifeEvents: ['oldAge', 'death'],
    keywords: ['特扶', '失独'],
    basis: [['《中华人民共和国人口与计划生育法》', '第三十一条']],
    conditions: ['独生子女死亡或伤残且未再生育或收养', '女方年满49周岁'],
    materials: [idCard, householdBook, m('子女死亡证明或残疾人证', { form: 'copy' }), bankAccount],
    promised: [30, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '家庭医生签约服务',
    en: 'Signing up with a family doctor',
    department: 'health',
    type: 'publicService',
    lifeEvents: ['medical', 'oldAge'],
    keywords: ['家庭医生', '签约医生'],
    basis: [['《关于推进家庭医生签约服务的指导意见》（国医改办发〔2016〕1号）']],
    conditions: ['本县常住居民'],
    materials: [idCard],
    promised: [0, 'immediate'],
    visits: 0,
    depth: 4,
    proxy: true,
  },
  // 应急管理
  {
    name: '自然灾害受灾人员生活救助',
    en: 'Relief for people hit by natural disasters',
    department: 'emergency',
    type: 'payment',
    lifeEvents: ['disaster', 'relief'],
    keywords: ['受灾', '救灾', '台风', '洪水'],
    basis: [
      ['《自然灾害救助条例》', '第十九条至第二十一条'],
      [socialAssistance, '第二十条至第二十三条'],
    ],
    conditions: ['因自然灾害造成基本生活困难的受灾人员'],
    materials: [idCard, m('受灾情况核查表', { copies: 1, source: '村委会核实' }), bankAccount],
    promised: [10, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
  },
  {
    name: '因灾倒损民房恢复重建补助',
    en: 'Grant for rebuilding homes damaged by disasters',
    department: 'emergency',
    type: 'payment',
    lifeEvents: ['disaster', 'building'],
    keywords: ['倒房重建', '房屋受损'],
    basis: [['《自然灾害救助条例》', '第十九条']],
    conditions: ['住房因自然灾害倒塌或严重损坏'],
    materials: [idCard, householdBook, m('房屋受损照片'), m('房屋损毁鉴定或核查表', { copies: 1, source: '乡镇组织核查' }), bankAccount],
    promised: [30, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
  },
  {
    name: '烟花爆竹经营（零售）许可',
    en: 'Licence to sell fireworks (retail)',
    department: 'emergency',
    type: 'licence',
    lifeEvents: ['employment'],
    keywords: ['烟花爆竹', '零售许可'],
    basis: [
      ['《烟花爆竹安全管理条例》', '第十九条、第二十条'],
      ['《烟花爆竹经营许可实施办法》', '第十六条'],
    ],
    conditions: ['有固定的零售场所并符合安全距离', '主要负责人经过安全培训'],
    materials: [
      m('烟花爆竹经营（零售）许可证申请书', { copies: 1, blankForm: 'fireworks-retail' }),
      m('营业执照', { form: 'copy' }),
      m('零售场所产权证明或租赁合同', { form: 'copy' }),
      m('安全培训合格证明', { form: 'copy' }),
    ],
    statutory: [20, 'workingDay'],
    promised: [10, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: false,
    county: true,
  },
  // 退役军人
  {
    name: '退役军人优待证申领',
    en: "Veterans' preferential treatment card",
    department: 'veterans',
    type: 'confirmation',
    lifeEvents: ['military'],
    keywords: ['优待证', '退役军人', '军人优待'],
    basis: [['《中华人民共和国退役军人保障法》', '第六十二条'], ['《退役军人、其他优抚对象优待证管理办法（试行）》']],
    conditions: ['本县户籍的退役军人或其他优抚对象'],
    materials: [idCard, m('退伍证或转业证等退役证明', { form: 'copy' }), m('近期免冠证件照电子版')],
    promised: [30, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
    eligibility: 'veteranCard',
    faq: [['优待证有什么用？', '凭证可享受交通、文旅、医疗等方面的优待，具体以公布的优待目录为准。']],
  },
  {
    name: '退役士兵自主就业一次性经济补助金发放',
    en: 'One-off grant for discharged soldiers finding their own jobs',
    department: 'veterans',
    type: 'payment',
    lifeEvents: ['military', 'employment'],
    keywords: ['自主就业', '退役补助'],
    basis: [['《退役士兵安置条例》', '第十九条']],
    conditions: ['选择自主就业的退役士兵'],
    materials: [idCard, m('退役士兵安置介绍信'), bankAccount],
    promised: [30, 'workingDay'],
    visits: 1,
    depth: 2,
    proxy: false,
    county: true,
  },
  {
    name: '优抚对象定期抚恤补助发放',
    en: 'Regular allowances for entitled groups',
    department: 'veterans',
    type: 'payment',
    lifeEvents: ['military', 'oldAge'],
    keywords: ['抚恤金', '优抚', '老复员'],
    basis: [['《军人抚恤优待条例》', '第二十四条、第三十四条']],
    conditions: ['残疾军人、烈士遗属、在乡复员军人等优抚对象'],
    materials: [idCard, m('优抚证件', { form: 'copy' }), bankAccount],
    promised: [20, 'workingDay'],
    visits: 0,
    depth: 3,
    proxy: true,
  },
  {
    name: '光荣牌悬挂申请',
    en: 'Honour plaque for military families',
    department: 'veterans',
    type: 'publicService',
    lifeEvents: ['military'],
    keywords: ['光荣之家', '光荣牌'],
    basis: [['《中华人民共和国退役军人保障法》', '第六十三条']],
    conditions: ['现役军人家庭、退役军人家庭、烈士遗属家庭'],
    materials: [idCard, m('现役或退役证明', { form: 'copy' })],
    promised: [10, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
  },
  // 自然资源
  {
    name: '乡村建设规划许可证核发（农村村民住宅）',
    en: "Rural construction planning permit (villagers' homes)",
    department: 'naturalResources',
    type: 'licence',
    lifeEvents: ['building'],
    keywords: ['建房许可', '规划许可', '造房子', '乡村建设规划'],
    basis: [
      ['《中华人民共和国城乡规划法》', '第四十一条'],
      ['《中华人民共和国土地管理法》', '第六十二条'],
    ],
    conditions: ['宅基地已经批准', '建房方案符合村庄规划'],
    materials: [
      form('农村村民住宅建设规划许可申请表', 'rural-planning-permit'),
      m('申请人居民身份证', { form: 'copy' }),
      m('户口簿', { form: 'copy' }),
      m('宅基地批准书', { form: 'copy', source: '乡镇人民政府核发' }),
      m('村民小组会议讨论意见', { copies: 1, source: '村民小组' }),
      m('村委会审查意见', { copies: 1, source: '村委会出具' }),
      m('四邻签字确认意见', { copies: 1 }),
      m('村级公示材料及公示照片', { copies: 1, source: '村委会出具', notes: '公示期不少于5个工作日' }),
      m('住宅设计图或选用的通用图', { form: 'copy' }),
      m('房屋效果图', { form: 'copy', required: false }),
      m('宗地图（拟用地块位置图）', { copies: 1, source: '乡镇自然资源所出具' }),
      m('1:500地形图', { form: 'copy', required: false, source: '测绘单位出具' }),
      m('建房承诺书', { copies: 1, blankForm: 'building-pledge' }),
      m('施工合同', { form: 'copy' }),
      m('乡村建设工匠培训合格证明', { form: 'copy' }),
      m('地质灾害危险性评估意见', { required: false, copies: 1, notes: '位于地质灾害隐患区时提供' }),
      m('使用林地审批手续', { form: 'copy', required: false, notes: '涉及林地时提供' }),
      m('原有住房处置情况说明', { required: false, copies: 1, notes: '拆旧建新时提供' }),
      m('分户证明', { required: false, copies: 1, source: '公安派出所出具', notes: '分户建房时提供' }),
      proxyLetter,
    ],
    statutory: [20, 'workingDay'],
    promised: [10, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: true,
    faq: [
      ['可以先开工再办证吗？', '不可以。未取得乡村建设规划许可证擅自建房属于违法建设，会被责令停止建设、限期拆除。'],
      ['房子能建多高？', '一般不超过三层、檐口高度不超过10.5米，具体以村庄规划和本县农房建设管理办法为准。'],
    ],
  },
  {
    name: '农村宅基地使用权及房屋所有权首次登记',
    en: 'First registration of homestead use right and house ownership',
    department: 'naturalResources',
    type: 'confirmation',
    lifeEvents: ['building'],
    keywords: ['房产证', '不动产权证', '宅基地确权'],
    basis: [
      ['《不动产登记暂行条例》', '第十四条、第二十条'],
      ['《不动产登记暂行条例实施细则》', '第四十条至第四十二条'],
    ],
    conditions: ['宅基地经依法批准', '房屋已竣工验收'],
    materials: [
      idCard,
      householdBook,
      m('宅基地批准书', { form: 'copy' }),
      m('乡村建设规划许可证', { form: 'copy' }),
      m('不动产权籍调查成果', { source: '不动产测绘机构出具' }),
      m('不动产登记申请书', { copies: 1, blankForm: 'real-estate-registration' }),
    ],
    statutory: [30, 'workingDay'],
    promised: [5, 'workingDay'],
    fee: [1000, '《财政部 国家发展改革委关于不动产登记收费有关政策问题的通知》（财税〔2016〕79号）：证书工本费每本10元'],
    visits: 1,
    depth: 3,
    proxy: true,
  },
  {
    name: '临时用地审批',
    en: 'Approval of temporary land use',
    department: 'naturalResources',
    type: 'licence',
    lifeEvents: ['building'],
    keywords: ['临时用地', '施工用地'],
    basis: [
      ['《中华人民共和国土地管理法》', '第五十七条'],
      ['《中华人民共和国土地管理法实施条例》', '第二十条'],
    ],
    conditions: ['建设项目施工、地质勘查等需要临时使用土地'],
    materials: [m('临时用地申请书'), m('临时用地合同', { copies: 2 }), m('土地复垦方案'), m('勘测定界图')],
    statutory: [20, 'workingDay'],
    promised: [15, 'workingDay'],
    visits: 1,
    depth: 0,
    proxy: false,
    county: true,
  },
  // 公安户政
  {
    name: '居民身份证换领',
    en: 'Renewing a resident identity card',
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['residence'],
    keywords: ['身份证到期', '换身份证', '身份证'],
    basis: [['《中华人民共和国居民身份证法》', '第五条、第八条、第十一条']],
    conditions: ['居民身份证有效期满、登记项目变更或严重损坏'],
    materials: [m('原居民身份证'), householdBook],
    statutory: [60, 'naturalDay'],
    promised: [20, 'workingDay'],
    fee: [2000, '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）'],
    visits: 1,
    depth: 3,
    proxy: false,
    faq: [
      ['可以异地换领吗？', '可以在全国任一公安机关户政窗口异地换领，证件可邮寄到家。'],
      ['70岁老人行动不便怎么办？', '可预约公安民警上门采集照片和指纹。'],
    ],
  },
  {
    name: '居民身份证首次申领',
    en: 'First resident identity card',
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['residence', 'schooling'],
    keywords: ['办身份证', '小孩办身份证'],
    basis: [['《中华人民共和国居民身份证法》', '第二条、第八条']],
    conditions: ['年满16周岁应当申领；未满16周岁的可以申领'],
    materials: [householdBook, m('监护人居民身份证', { required: false, notes: '未满16周岁的由监护人陪同' })],
    statutory: [60, 'naturalDay'],
    promised: [20, 'workingDay'],
    fee: [2000, '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）'],
    visits: 1,
    depth: 2,
    proxy: false,
  },
  {
    name: '临时居民身份证申领',
    en: 'Temporary resident identity card',
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['residence'],
    keywords: ['临时身份证'],
    basis: [['《中华人民共和国临时居民身份证管理办法》', '第五条']],
    conditions: ['居民身份证正在申领、换领或补领期间急需使用'],
    materials: [householdBook, photo],
    statutory: [3, 'naturalDay'],
    promised: [0, 'immediate'],
    fee: [1000, '《国家发展改革委 财政部关于第二代居民身份证收费标准等有关问题的通知》（发改价格〔2003〕2322号）'],
    visits: 1,
    depth: 1,
    proxy: false,
  },
  {
    name: '户口迁移（迁入）',
    en: 'Moving household registration in',
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['residence', 'marriage'],
    keywords: ['迁户口', '户口迁入', '投靠'],
    basis: [['《中华人民共和国户口登记条例》', '第十条'], ['《浙江省户口迁移政策》']],
    conditions: ['婚迁、投靠、购房、就业等符合迁入条件'],
    materials: [
      idCard,
      householdBook,
      m('迁入地户口簿', { form: 'copy' }),
      m('结婚证、亲属关系证明或房产证明等迁入依据', { form: 'copy' }),
    ],
    statutory: [20, 'workingDay'],
    promised: [5, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: false,
    faq: [['还需要回原籍开迁移证吗？', '已实行户口迁移“一站式”办理，在迁入地派出所申请即可，无需两地跑。']],
  },
  {
    name: '新生儿出生登记',
    en: "Registering a newborn's household registration",
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['birth', 'residence'],
    keywords: ['新生儿落户', '上户口', '出生一件事'],
    basis: [['《中华人民共和国户口登记条例》', '第七条']],
    conditions: ['婴儿出生后一个月以内申报'],
    materials: [
      m('出生医学证明'),
      m('父母双方居民身份证', { form: 'copy' }),
      householdBook,
      m('结婚证', { form: 'copy', required: false }),
    ],
    promised: [1, 'workingDay'],
    visits: 0,
    depth: 4,
    proxy: true,
    eligibility: 'newborn',
    faq: [['能一次办完医保和社保卡吗？', '通过“出生一件事”联办，可同时办理出生登记、医保参保和社保卡申领。']],
  },
  {
    name: '死亡注销户口',
    en: 'Cancelling the registration of a deceased person',
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['death', 'residence'],
    keywords: ['销户', '注销户口', '身后一件事'],
    basis: [['《中华人民共和国户口登记条例》', '第八条']],
    conditions: ['公民死亡后一个月以内申报'],
    materials: [m('居民死亡医学证明（推断）书'), householdBook, m('申报人居民身份证')],
    promised: [0, 'immediate'],
    visits: 1,
    depth: 3,
    proxy: true,
  },
  {
    name: '户籍证明开具',
    en: 'Certificate of household registration',
    department: 'householdRegistration',
    type: 'confirmation',
    lifeEvents: ['residence'],
    keywords: ['户口证明', '亲属关系证明'],
    basis: [['《中华人民共和国户口登记条例》']],
    conditions: ['本人或委托他人申请开具户籍信息证明'],
    materials: [idCard],
    promised: [0, 'immediate'],
    visits: 0,
    depth: 4,
    proxy: false,
  },
  // 住建
  {
    name: '农村危房改造申请',
    en: 'Renovation of unsafe rural houses',
    department: 'housing',
    type: 'payment',
    lifeEvents: ['building', 'relief'],
    keywords: ['危房改造', '危房', '修房子'],
    basis: [
      ['《住房和城乡建设部 财政部 民政部 国家乡村振兴局关于做好农村低收入群体等重点对象住房安全保障工作的实施意见》（建村〔2021〕35号）'],
    ],
    conditions: ['低保户、特困户等重点对象', '住房经鉴定为C级或D级危房'],
    materials: [
      idCard,
      householdBook,
      form('农村危房改造申请表', 'dilapidated-housing'),
      m('房屋安全性鉴定报告', { copies: 1, source: '县住建局组织鉴定' }),
      m('低保证或特困供养证等身份证明', { form: 'copy' }),
      bankAccount,
    ],
    promised: [30, 'workingDay'],
    visits: 0,
    depth: 2,
    proxy: true,
    eligibility: 'dilapidatedHousing',
  },
  // 教育
  {
    name: '家庭经济困难学生资助申请',
    en: 'Financial aid for students from poor families',
    department: 'education',
    type: 'payment',
    lifeEvents: ['schooling', 'relief'],
    keywords: ['助学金', '学生资助', '困难学生'],
    basis: [['《中华人民共和国教育法》', '第三十八条'], ['《学生资助资金管理办法》（财教〔2021〕310号）']],
    conditions: ['在校学生', '家庭经济困难（低保、特困、残疾等）'],
    materials: [m('学生户口簿或身份证', { form: 'copy' }), m('家庭经济困难学生认定申请表', { copies: 1, source: '就读学校提供' })],
    promised: [20, 'workingDay'],
    visits: 1,
    depth: 3,
    proxy: false,
  },
];

function limit([value, unit]: Limit): TimeLimit {
  return { value, unit };
}

function guideFrom(spec: Spec, index: number, updatedOn: string): ServiceGuide {
  const department = departments[spec.department];
  const code = `${demoCountyCode}-${department.abbreviation}-${String(index + 1).padStart(4, '0')}`;
  const url = `${portal}/${department.path}/${code.toLowerCase()}`;
  const channels: Channel[] = [];
  if (spec.depth >= 3) channels.push({ channel: 'online', name: t('浙里办（示例）', 'Online service portal (example)'), url });
  if (spec.proxy) channels.push(villageStation);
  channels.push(spec.county === true ? countyHall : townshipCentre);
  if (spec.county !== true && !spec.proxy) channels.push(countyHall);
  const steps = spec.steps ?? (spec.proxy ? ['村便民服务站代办员受理并上报', '部门审核', '办结并送达'] : ['申请', '受理审核', '办结']);
  return {
    code,
    name: t(spec.name, spec.en),
    keywords: [...spec.keywords],
    type: spec.type,
    department: spec.department,
    lifeEvents: [...spec.lifeEvents],
    implementingBody: department.body,
    legalBasis: spec.basis.map(([title, article]) =>
      article === undefined ? { title: t(title) } : { title: t(title), article: t(article) },
    ),
    conditions: spec.conditions.map((one) => t(one)),
    materials: [...spec.materials],
    timeLimits: { ...(spec.statutory ? { statutory: limit(spec.statutory) } : {}), promised: limit(spec.promised) },
    process: steps.map((name, position) =>
      position === steps.length - 1 && spec.promised[1] !== 'immediate'
        ? { name: t(name), timeLimit: limit(spec.promised) }
        : { name: t(name) },
    ),
    fee: spec.fee ? { free: false, amount: spec.fee[0], basis: t(spec.fee[1]) } : { free: true },
    visits: spec.visits,
    online: spec.depth >= 1 ? { depth: spec.depth, url } : { depth: 0 },
    channels,
    villageProxy: spec.proxy,
    contacts: { consultation: [...department.consultation], complaint },
    faq: (spec.faq ?? []).map(([question, answer]) => ({ question: t(question), answer: t(answer) })),
    ...(spec.eligibility === undefined ? {} : { eligibility: eligibility[spec.eligibility] }),
    updatedOn,
  };
}

/** The rules' demo guides, then the curated table; a table row whose name a demo guide already has is left out. */
export function generateServiceGuides(random: Random, days: DayTable): ServiceGuide[] {
  const names = new Set(demoGuides.map((guide) => guide.name['zh-CN']));
  const rows = specs.filter((spec) => !names.has(spec.name));
  const guides: ServiceGuide[] = [...demoGuides];
  rows.forEach((spec, index) => {
    guides.push(guideFrom(spec, index, days.date(random.int(0, days.last))));
  });
  return guides;
}

/** Rows of the curated table (for tests): the table itself, before the demo guides are merged in. */
export const serviceTableSize = specs.length;
