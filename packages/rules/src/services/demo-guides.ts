import type { ServiceGuide } from './guide.js';
import type { BilingualText } from './text.js';

/*
 * Demonstration guides with every field filled, for the demo portal, tests and the server seed.
 * Statutes are cited as enacted; amounts, phone numbers and web addresses are placeholders
 * (services.example.org is reserved for examples) that a county replaces with its own.
 */

const t = (zh: string, en: string): BilingualText => ({ 'zh-CN': zh, en });

const portal = 'https://services.example.org';
const hours = t('周一至周五 8:30—12:00，14:00—17:30（法定节假日除外）', 'Mon–Fri 8:30–12:00 and 14:00–17:30, except public holidays');
const villageStation = {
  channel: 'villageStation',
  name: t('村便民服务站', 'Village service station'),
  address: t('村委会办公楼一楼', 'Ground floor, village committee building'),
  hours,
} as const;
const townshipCentre = {
  channel: 'townshipCentre',
  name: t('镇便民服务中心', 'Township service centre'),
  address: t('镇人民政府一楼大厅', 'Ground floor hall, township government'),
  hours,
} as const;
const complaint = [{ number: '12345', label: t('12345 政务服务便民热线', '12345 government service hotline') }];
const idCard = {
  name: t('居民身份证', 'Resident identity card'),
  required: true,
  form: 'original',
  copies: 0,
  source: t('申请人自备（公安机关核发）', 'Your own (issued by the police)'),
  notes: t('核验原件后当场退还', 'Checked and handed back at once'),
} as const;
const householdBook = {
  name: t('户口簿', 'Household register booklet'),
  required: true,
  form: 'either',
  copies: 1,
  source: t('申请人自备（公安机关核发）', 'Your own (issued by the police)'),
} as const;

export const residentPensionEnrolment: ServiceGuide = {
  code: 'DEMO-HR-0001',
  name: t('城乡居民基本养老保险参保登记', 'Enrolment in the basic pension for urban and rural residents'),
  keywords: ['城乡居民养老保险', '居民养老', '养老保险', '社保参保'],
  type: 'publicService',
  department: 'humanResources',
  lifeEvents: ['oldAge'],
  implementingBody: t(
    '县人力资源和社会保障局（县社会保险事业管理中心）',
    'County human resources and social security bureau (social insurance centre)',
  ),
  legalBasis: [
    {
      title: t('《中华人民共和国社会保险法》', 'Social Insurance Law of the PRC'),
      article: t('第二十条、第二十二条', 'Articles 20 and 22'),
    },
    {
      title: t(
        '《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）',
        'State Council opinion on a unified basic pension for urban and rural residents (Guofa [2014] No. 8)',
      ),
      article: t('四、参保范围', 'Part 4, who may enrol'),
    },
  ],
  conditions: [
    t('年满16周岁（不含在校学生）', 'Aged 16 or over (students excluded)'),
    t(
      '不是国家机关和事业单位工作人员，也不在职工基本养老保险覆盖范围内',
      "Not a civil servant or public institution employee, and not covered by the employees' basic pension",
    ),
    t('在户籍所在地参保', 'Enrol where your household is registered'),
  ],
  materials: [
    idCard,
    {
      name: t('城乡居民基本养老保险参保登记表', "Enrolment form for the residents' basic pension"),
      required: true,
      form: 'original',
      copies: 1,
      source: t('村便民服务站领取或网上下载', 'From the village station or download it'),
      blankFormUrl: `${portal}/forms/resident-pension-enrolment.pdf`,
      sampleUrl: `${portal}/forms/resident-pension-enrolment-sample.pdf`,
    },
  ],
  timeLimits: { promised: { value: 0, unit: 'immediate' } },
  process: [
    {
      name: t('申请', 'Apply'),
      description: t(
        '本人网上申请，或到村便民服务站由代办员代办',
        'Apply online yourself, or at the village station through its proxy clerk',
      ),
    },
    {
      name: t('受理审核', 'Check'),
      description: t('社保经办机构核对身份和参保状态', 'The social insurance office checks your identity and existing insurance'),
    },
    { name: t('登记办结', 'Enrolled'), timeLimit: { value: 0, unit: 'immediate' } },
  ],
  fee: { free: true },
  visits: 0,
  online: { depth: 4, url: `${portal}/hr/resident-pension-enrolment` },
  channels: [{ channel: 'online', url: `${portal}/hr/resident-pension-enrolment` }, villageStation, townshipCentre],
  villageProxy: true,
  contacts: {
    consultation: [{ number: '12333', label: t('12333 人社服务热线', '12333 social security hotline') }],
    complaint,
  },
  faq: [
    {
      question: t('已经参加职工养老保险，还能参加城乡居民养老保险吗？', "I already pay the employees' pension. Can I also join this one?"),
      answer: t(
        '不能同时参加。职工养老保险中断后，可以按规定转入城乡居民养老保险。',
        'Not both at once. If your employee pension stops, it can be transferred into this scheme.',
      ),
    },
    {
      question: t('缴费档次可以改吗？', 'Can I change my contribution level?'),
      answer: t('每年可以选择一次缴费档次，多缴多得。', 'You may choose a level once a year; paying more gives a larger pension.'),
    },
  ],
  eligibility: {
    questions: [
      { code: 'birthDate', type: 'date', label: t('出生日期', 'Date of birth'), required: true, order: 1 },
      { code: 'inSchool', type: 'boolean', label: t('目前是否为在校学生？', 'Are you a student now?'), required: true, order: 2 },
      {
        code: 'employeePension',
        type: 'boolean',
        label: t('是否已参加职工或机关事业单位养老保险？', "Are you already in the employees' or public-sector pension?"),
        required: true,
        order: 3,
      },
      {
        code: 'localHukou',
        type: 'boolean',
        label: t('户籍是否在本县？', 'Is your household registered in this county?'),
        required: true,
        order: 4,
      },
    ],
    rules: [
      { code: 'age16', when: { question: 'birthDate', op: 'ageAtLeast', value: 16 }, reason: t('须年满16周岁', 'You must be 16 or older') },
      { code: 'notStudent', when: { question: 'inSchool', op: 'eq', value: false }, reason: t('在校学生不参加', 'Students cannot enrol') },
      {
        code: 'notInEmployeePension',
        when: { question: 'employeePension', op: 'eq', value: false },
        reason: t(
          '已参加职工或机关事业单位养老保险的，不能同时参加',
          "You cannot be in the employees' or public-sector pension at the same time",
        ),
      },
      {
        code: 'localHukou',
        when: { question: 'localHukou', op: 'eq', value: true },
        reason: t('须在户籍所在地参保', 'You must enrol where your household is registered'),
      },
    ],
  },
  updatedOn: '2025-06-30',
};

export const disabilityAllowances: ServiceGuide = {
  code: 'DEMO-CA-0002',
  name: t('残疾人两项补贴申请', 'Disability allowances (living allowance and care allowance)'),
  keywords: ['两项补贴', '困难残疾人生活补贴', '重度残疾人护理补贴', '残疾人补贴'],
  type: 'payment',
  department: 'civilAffairs',
  lifeEvents: ['disability', 'relief'],
  implementingBody: t('县民政局（县残联协同审核）', "County civil affairs bureau (with the county disabled persons' federation)"),
  legalBasis: [
    {
      title: t('《中华人民共和国残疾人保障法》', 'Law on the Protection of Persons with Disabilities'),
      article: t('第四十八条', 'Article 48'),
    },
    {
      title: t(
        '《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）',
        'State Council opinion on living allowances for poor disabled persons and care allowances for the severely disabled (Guofa [2015] No. 52)',
      ),
    },
  ],
  conditions: [
    t('持有第二代《中华人民共和国残疾人证》', 'Holds the second-generation disability certificate'),
    t(
      '生活补贴：最低生活保障家庭中的残疾人（本地已扩大到低收入家庭）',
      'Living allowance: disabled members of households on minimum living support (here also low-income households)',
    ),
    t('护理补贴：残疾等级为一级、二级且需要长期照护', 'Care allowance: disability grade 1 or 2 and in need of long-term care'),
  ],
  materials: [
    idCard,
    householdBook,
    {
      name: t('中华人民共和国残疾人证（第二代）', 'Disability certificate (second generation)'),
      required: true,
      form: 'either',
      copies: 1,
      source: t('县残联核发', "Issued by the county disabled persons' federation"),
    },
    {
      name: t('残疾人两项补贴申请审批表', 'Application and approval form for the disability allowances'),
      required: true,
      form: 'original',
      copies: 1,
      source: t('村便民服务站领取或网上下载', 'From the village station or download it'),
      blankFormUrl: `${portal}/forms/disability-allowances.pdf`,
    },
    {
      name: t('社会保障卡或本人银行账户', 'Social security card or own bank account'),
      required: true,
      form: 'copy',
      copies: 1,
      source: t('申请人自备', 'Your own'),
      notes: t('补贴直接发放到本人账户', 'The allowance is paid into this account'),
    },
    {
      name: t('委托书', 'Letter of authority'),
      required: false,
      form: 'original',
      copies: 1,
      source: t('由申请人签字或按手印', 'Signed or thumb-printed by the applicant'),
      notes: t('家属或村代办员代为申请时提供', 'Needed when a relative or the village clerk applies for you'),
    },
  ],
  timeLimits: { promised: { value: 20, unit: 'workingDay' } },
  process: [
    { name: t('申请', 'Apply'), description: t('本人或委托家属、村代办员申请', 'You, a relative or the village clerk on your behalf') },
    { name: t('乡镇受理初审', 'Township check'), timeLimit: { value: 10, unit: 'workingDay' } },
    { name: t('县残联审核残疾等级和照护需要', 'County federation checks grade and care needs') },
    { name: t('县民政局审定', 'County civil affairs approves') },
    { name: t('按月发放', 'Paid monthly'), description: t('审定次月起发放', 'From the month after approval') },
  ],
  fee: { free: true },
  visits: 1,
  online: { depth: 3, url: `${portal}/civil-affairs/disability-allowances` },
  channels: [{ channel: 'online', url: `${portal}/civil-affairs/disability-allowances` }, villageStation, townshipCentre],
  villageProxy: true,
  contacts: {
    consultation: [{ number: '0571-12345678', label: t('县民政局社会救助科', 'County civil affairs, social assistance section') }],
    complaint,
  },
  faq: [
    {
      question: t('两项补贴可以同时领吗？', 'Can I receive both allowances?'),
      answer: t('同时符合两项条件的，可以同时享受。', 'Yes, if you meet the conditions of both.'),
    },
  ],
  eligibility: {
    questions: [
      {
        code: 'hasCertificate',
        type: 'boolean',
        label: t('是否持有第二代残疾人证？', 'Do you hold the second-generation disability certificate?'),
        required: true,
        order: 1,
      },
      {
        code: 'grade',
        type: 'singleChoice',
        label: t('残疾等级', 'Disability grade'),
        required: true,
        order: 2,
        options: [
          { value: 'grade1', label: t('一级', 'Grade 1') },
          { value: 'grade2', label: t('二级', 'Grade 2') },
          { value: 'grade3', label: t('三级', 'Grade 3') },
          { value: 'grade4', label: t('四级', 'Grade 4') },
        ],
      },
      {
        code: 'minimumLiving',
        type: 'boolean',
        label: t('家庭是否享受最低生活保障（低保）？', 'Does your household receive minimum living support?'),
        required: true,
        order: 3,
      },
      {
        code: 'lowIncome',
        type: 'boolean',
        label: t('是否为低收入家庭？', 'Is your household on the low-income list?'),
        required: false,
        order: 4,
      },
      {
        code: 'longTermCare',
        type: 'boolean',
        label: t('是否需要他人长期照护？', 'Do you need long-term care from others?'),
        required: true,
        order: 5,
      },
    ],
    rules: [
      {
        code: 'certificate',
        when: { question: 'hasCertificate', op: 'eq', value: true },
        reason: t('须持有第二代残疾人证', 'You need the second-generation disability certificate'),
      },
      {
        code: 'oneAllowance',
        when: {
          any: [
            {
              any: [
                { question: 'minimumLiving', op: 'eq', value: true },
                { question: 'lowIncome', op: 'eq', value: true },
              ],
            },
            {
              all: [
                { question: 'grade', op: 'in', value: ['grade1', 'grade2'] },
                { question: 'longTermCare', op: 'eq', value: true },
              ],
            },
          ],
        },
        reason: t(
          '须为低保或低收入家庭中的残疾人，或残疾等级一、二级且需要长期照护',
          'You must live in a household on minimum living support or low income, or have grade 1 or 2 and need long-term care',
        ),
      },
    ],
  },
  updatedOn: '2025-06-30',
};

export const homesteadBuilding: ServiceGuide = {
  code: 'DEMO-AG-0003',
  name: t('农村宅基地和建房（规划许可）申请', 'Rural homestead and house building (planning permit) application'),
  keywords: ['宅基地', '建房', '农房审批', '乡村建设规划许可证'],
  type: 'licence',
  department: 'agriculture',
  lifeEvents: ['building'],
  implementingBody: t(
    '乡镇人民政府（农业农村、自然资源等部门联审）',
    'Township government (joint review by agriculture, natural resources and others)',
  ),
  legalBasis: [
    { title: t('《中华人民共和国土地管理法》', 'Land Administration Law of the PRC'), article: t('第六十二条', 'Article 62') },
    { title: t('《中华人民共和国城乡规划法》', 'Urban and Rural Planning Law of the PRC'), article: t('第四十一条', 'Article 41') },
    {
      title: t(
        '《农业农村部 自然资源部关于规范农村宅基地审批管理的通知》（农经发〔2019〕6号）',
        'MARA and MNR notice on homestead approval (Nongjingfa [2019] No. 6)',
      ),
    },
  ],
  conditions: [
    t('本集体经济组织成员，以户为单位申请', 'A member of the village collective, applying as a household'),
    t('农村村民一户只能拥有一处宅基地', 'One household, one homestead'),
    t('出卖、出租、赠与住宅后再申请宅基地的，不予批准', 'No new homestead after selling, renting out or giving away your house'),
    t(
      '符合国土空间规划和村庄规划，尽量使用原有宅基地和村内空闲地',
      'Fits the spatial and village plans; use the old plot or idle village land where possible',
    ),
  ],
  materials: [
    {
      name: t('农村宅基地和建房（规划许可）申请表', 'Homestead and building (planning permit) application form'),
      required: true,
      form: 'original',
      copies: 1,
      source: t('村便民服务站领取或网上下载', 'From the village station or download it'),
      blankFormUrl: `${portal}/forms/homestead-application.pdf`,
      sampleUrl: `${portal}/forms/homestead-application-sample.pdf`,
    },
    householdBook,
    { ...idCard, name: t('家庭成员居民身份证', 'Identity cards of the household members') },
    {
      name: t('村民小组会议讨论意见和村级组织审查意见', "Opinions of the villagers' group meeting and the village committee"),
      required: true,
      form: 'original',
      copies: 1,
      source: t('村民小组、村委会出具', "Issued by the villagers' group and the village committee"),
    },
    {
      name: t('农房设计图或通用图', 'House design or standard drawing'),
      required: true,
      form: 'copy',
      copies: 1,
      source: t('可免费选用县发布的农房通用图', "The county's free standard designs may be used"),
    },
    {
      name: t('原宅基地退出协议', 'Agreement to give up the old homestead'),
      required: false,
      form: 'original',
      copies: 1,
      source: t('村委会', 'Village committee'),
      notes: t('拆旧建新的提供', 'When rebuilding and giving up an old plot'),
    },
  ],
  timeLimits: { statutory: { value: 20, unit: 'workingDay' }, promised: { value: 15, unit: 'workingDay' } },
  process: [
    { name: t('农户申请', 'Household applies'), description: t('向村民小组提出书面申请', "In writing, to the villagers' group") },
    { name: t('村民小组讨论并公示', 'Group discusses and posts a notice') },
    { name: t('村级组织审查', 'Village committee reviews') },
    {
      name: t('乡镇联审', 'Township joint review'),
      description: t('农业农村、自然资源等部门现场踏勘', 'Agriculture, natural resources and others inspect the site'),
    },
    {
      name: t('审批发证', 'Approval'),
      description: t(
        '核发《农村宅基地批准书》和《乡村建设规划许可证》',
        'Homestead approval and rural construction planning permit issued',
      ),
    },
    { name: t('开工放样和竣工验收', 'Setting out and completion check') },
  ],
  fee: { free: true },
  visits: 2,
  online: { depth: 2, url: `${portal}/agriculture/homestead` },
  channels: [villageStation, townshipCentre],
  villageProxy: true,
  contacts: {
    consultation: [{ number: '0571-12345679', label: t('镇农业农村办公室', 'Township agriculture office') }],
    complaint,
  },
  faq: [
    {
      question: t('老房子拆了重建，还要申请吗？', 'Do I need to apply to rebuild my old house?'),
      answer: t('原址翻建也要申请，经批准后方可动工。', 'Yes, rebuilding on the same plot also needs approval before work starts.'),
    },
  ],
  eligibility: {
    questions: [
      {
        code: 'collectiveMember',
        type: 'boolean',
        label: t('是否本集体经济组织成员？', 'Are you a member of this village collective?'),
        required: true,
        order: 1,
      },
      {
        code: 'hasHomestead',
        type: 'boolean',
        label: t('家里现在是否已有宅基地？', 'Does your household already have a homestead?'),
        required: true,
        order: 2,
      },
      {
        code: 'gaveUpHouse',
        type: 'boolean',
        label: t('是否出卖、出租或赠与过住宅？', 'Have you sold, rented out or given away a house?'),
        required: true,
        order: 3,
      },
      {
        code: 'landType',
        type: 'singleChoice',
        label: t('拟用地类型', 'Land you plan to use'),
        required: true,
        order: 4,
        options: [
          { value: 'existing', label: t('原有宅基地（原址翻建）', 'Your existing plot (rebuild)') },
          { value: 'idle', label: t('村内空闲地', 'Idle village land') },
          { value: 'construction', label: t('其他集体建设用地', 'Other collective construction land') },
          { value: 'farmland', label: t('耕地', 'Farmland') },
        ],
      },
      {
        code: 'plannedArea',
        type: 'number',
        label: t('拟用宅基地面积（平方米）', 'Planned plot area (m²)'),
        required: true,
        order: 5,
        min: 1,
        max: 1000,
      },
    ],
    rules: [
      {
        code: 'member',
        when: { question: 'collectiveMember', op: 'eq', value: true },
        reason: t('须为本集体经济组织成员', 'You must be a member of this village collective'),
      },
      {
        code: 'oneHomestead',
        when: {
          any: [
            { question: 'hasHomestead', op: 'eq', value: false },
            { question: 'landType', op: 'eq', value: 'existing' },
          ],
        },
        reason: t(
          '一户只能拥有一处宅基地，已有宅基地的只能原址翻建',
          'One household, one homestead: with a plot already, you may only rebuild on it',
        ),
      },
      {
        code: 'notGivenUp',
        when: { question: 'gaveUpHouse', op: 'eq', value: false },
        reason: t('出卖、出租、赠与住宅后再申请宅基地的，不予批准', 'No new homestead after selling, renting out or giving away a house'),
      },
      {
        code: 'noFarmland',
        when: { question: 'landType', op: 'neq', value: 'farmland' },
        reason: t(
          '占用耕地须先办理农用地转用审批，本事项暂不能受理',
          'Farmland must first be approved for conversion; this application cannot be taken yet',
        ),
      },
      {
        code: 'areaLimit',
        when: { question: 'plannedArea', op: 'lte', value: 140 },
        reason: t('宅基地面积不能超过本地标准（示例：140平方米）', 'The plot cannot exceed the local standard (example: 140 m²)'),
      },
    ],
  },
  updatedOn: '2025-06-30',
};

export const temporaryRelief: ServiceGuide = {
  code: 'DEMO-CA-0004',
  name: t('临时救助申请', 'Temporary relief application'),
  keywords: ['临时救助', '急难救助', '困难救助'],
  type: 'payment',
  department: 'civilAffairs',
  lifeEvents: ['relief', 'disaster', 'medical'],
  implementingBody: t('县民政局（小额救助委托乡镇人民政府审批）', 'County civil affairs bureau (small amounts delegated to the township)'),
  legalBasis: [
    {
      title: t('《社会救助暂行办法》', 'Interim Measures on Social Assistance'),
      article: t('第四十七条、第四十八条', 'Articles 47 and 48'),
    },
    {
      title: t(
        '《国务院关于全面建立临时救助制度的通知》（国发〔2014〕47号）',
        'State Council notice on temporary relief (Guofa [2014] No. 47)',
      ),
    },
  ],
  conditions: [
    t(
      '因火灾、交通事故等意外事件或家庭成员突发重大疾病，基本生活暂时出现严重困难',
      'Daily life is suddenly very hard after a fire, accident or serious illness in the family',
    ),
    t(
      '最低生活保障家庭生活必需支出突然增加，超出家庭承受能力',
      'A household on minimum living support faces sudden essential costs it cannot bear',
    ),
    t('遭遇其他特殊困难', 'Other special hardship'),
  ],
  materials: [
    idCard,
    householdBook,
    {
      name: t('临时救助申请书', 'Temporary relief application'),
      required: true,
      form: 'original',
      copies: 1,
      source: t('村便民服务站领取或网上下载', 'From the village station or download it'),
      blankFormUrl: `${portal}/forms/temporary-relief.pdf`,
    },
    {
      name: t('困难情况证明', 'Proof of the hardship'),
      required: true,
      form: 'either',
      copies: 1,
      source: t('医院、交警、消防等出具', 'From the hospital, traffic police, fire service …'),
      notes: t('如医疗费用票据、事故认定书', 'e.g. medical bills, accident report'),
    },
    {
      name: t('家庭经济状况核对授权书', 'Consent to check household finances'),
      required: true,
      form: 'original',
      copies: 1,
      source: t('家庭成员签字', 'Signed by the household members'),
    },
  ],
  timeLimits: { promised: { value: 10, unit: 'workingDay' } },
  process: [
    {
      name: t('申请', 'Apply'),
      description: t('本人、家属或村代办员向乡镇提出', 'You, a relative or the village clerk apply to the township'),
    },
    { name: t('乡镇审核', 'Township check'), description: t('入户调查，核对家庭经济状况', 'Home visit and household finance check') },
    {
      name: t('公示', 'Public notice'),
      description: t(
        '在村务公开栏公示（隐去身份证号等个人信息）',
        'Posted on the village board (ID numbers and other personal data hidden)',
      ),
    },
    { name: t('审批', 'Approval') },
    { name: t('发放', 'Payment') },
  ],
  fee: { free: true },
  visits: 1,
  online: { depth: 3, url: `${portal}/civil-affairs/temporary-relief` },
  channels: [{ channel: 'online', url: `${portal}/civil-affairs/temporary-relief` }, villageStation, townshipCentre],
  villageProxy: true,
  contacts: {
    consultation: [{ number: '0571-12345678', label: t('县民政局社会救助科', 'County civil affairs, social assistance section') }],
    complaint,
  },
  faq: [
    {
      question: t('情况很急，等不了审批怎么办？', 'It is urgent. What if I cannot wait for approval?'),
      answer: t(
        '情况紧急的，乡镇可以先行救助，再补办手续。',
        'In an emergency the township can help first and complete the paperwork afterwards.',
      ),
    },
  ],
  eligibility: {
    questions: [
      {
        code: 'hardship',
        type: 'multiChoice',
        label: t('遇到了什么困难？（可多选）', 'What happened? (choose all that apply)'),
        required: true,
        order: 1,
        options: [
          { value: 'fire', label: t('火灾', 'Fire') },
          { value: 'accident', label: t('交通事故等意外', 'Traffic or other accident') },
          { value: 'illness', label: t('家庭成员突发重大疾病', 'Sudden serious illness in the family') },
          { value: 'expenses', label: t('低保家庭必需支出突增', 'Sudden essential costs (minimum living support households)') },
          { value: 'other', label: t('其他特殊困难', 'Other special hardship') },
        ],
      },
      { code: 'happenedOn', type: 'date', label: t('困难发生日期', 'When it happened'), required: true, order: 2 },
      {
        code: 'localResident',
        type: 'boolean',
        label: t('户籍或居住地是否在本乡镇？', 'Is your household registered or living in this township?'),
        required: true,
        order: 3,
      },
    ],
    rules: [
      {
        code: 'hardship',
        when: {
          any: [
            { question: 'hardship', op: 'includes', value: 'fire' },
            { question: 'hardship', op: 'includes', value: 'accident' },
            { question: 'hardship', op: 'includes', value: 'illness' },
            { question: 'hardship', op: 'includes', value: 'expenses' },
            { question: 'hardship', op: 'includes', value: 'other' },
          ],
        },
        reason: t('须说明遇到的困难', 'Tell us what hardship you face'),
      },
      {
        code: 'recent',
        when: { question: 'happenedOn', op: 'withinLastDays', value: 90 },
        reason: t('困难发生后3个月内申请（本地规定示例）', 'Apply within 3 months of the hardship (example local rule)'),
      },
      {
        code: 'local',
        when: { question: 'localResident', op: 'eq', value: true },
        reason: t('须向户籍地或居住地乡镇申请', 'Apply to the township where you are registered or live'),
      },
    ],
  },
  updatedOn: '2025-06-30',
};

export const birthRegistration: ServiceGuide = {
  code: 'DEMO-HE-0005',
  name: t('生育登记', 'Birth registration (family planning)'),
  keywords: ['生育登记', '生育服务证', '准生证'],
  type: 'publicService',
  department: 'health',
  lifeEvents: ['birth'],
  implementingBody: t('乡镇人民政府（卫生健康办公室）', 'Township government (health office)'),
  legalBasis: [
    {
      title: t('《中华人民共和国人口与计划生育法》（2021年修正）', 'Population and Family Planning Law (2021 amendment)'),
      article: t('第十八条', 'Article 18'),
    },
  ],
  conditions: [
    t('夫妻双方或一方户籍在本地，或在本地居住', 'One or both spouses are registered or live here'),
    t('一对夫妻可以生育三个子女', 'A couple may have up to three children'),
  ],
  materials: [
    { ...idCard, name: t('夫妻双方居民身份证', 'Identity cards of both spouses') },
    {
      name: t('结婚证', 'Marriage certificate'),
      required: false,
      form: 'either',
      copies: 0,
      source: t('婚姻登记机关核发', 'Issued by the marriage registry'),
      notes: t('本地已可凭身份证办理，结婚证可选', 'Optional here: identity cards are enough'),
    },
  ],
  timeLimits: { promised: { value: 0, unit: 'immediate' } },
  process: [
    { name: t('网上或到村便民服务站申请', 'Apply online or at the village station') },
    { name: t('核对信息并登记', 'Details checked and registered'), timeLimit: { value: 0, unit: 'immediate' } },
  ],
  fee: { free: true },
  visits: 0,
  online: { depth: 4, url: `${portal}/health/birth-registration` },
  channels: [{ channel: 'online', url: `${portal}/health/birth-registration` }, villageStation],
  villageProxy: true,
  contacts: {
    consultation: [{ number: '12320', label: t('12320 卫生健康热线', '12320 health hotline') }],
    complaint,
  },
  faq: [
    {
      question: t('孩子出生后才登记可以吗？', 'Can we register after the baby is born?'),
      answer: t('可以，出生前后都可以办理生育登记。', 'Yes, registration is possible before or after the birth.'),
    },
  ],
  eligibility: {
    questions: [
      {
        code: 'livesHere',
        type: 'boolean',
        label: t('夫妻一方户籍或居住地在本地吗？', 'Is one of you registered or living here?'),
        required: true,
        order: 1,
      },
      {
        code: 'childNumber',
        type: 'number',
        label: t('这是第几个孩子？', 'Which child is this (1st, 2nd, 3rd …)?'),
        required: true,
        order: 2,
        min: 1,
        max: 20,
      },
    ],
    rules: [
      {
        code: 'local',
        when: { question: 'livesHere', op: 'eq', value: true },
        reason: t('须在户籍地或居住地登记', 'Register where one of you is registered or lives'),
      },
      {
        // 人口与计划生育法 Art 18: a couple may have three children.
        code: 'upToThree',
        when: { question: 'childNumber', op: 'lte', value: 3 },
        reason: t('一对夫妻可以生育三个子女', 'A couple may have up to three children'),
      },
    ],
  },
  updatedOn: '2025-06-30',
};

/** The demo catalogue, in the order a portal lists it. */
export const demoGuides: readonly ServiceGuide[] = [
  residentPensionEnrolment,
  disabilityAllowances,
  homesteadBuilding,
  temporaryRelief,
  birthRegistration,
];
