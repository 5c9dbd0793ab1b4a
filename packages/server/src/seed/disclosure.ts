import {
  addDays,
  correctItem,
  defaultDisclosureSettings,
  disclosureSettingsSchema,
  endOfMonth,
  endOfQuarter,
  fenToYuanString,
  quarterOf,
  reliefTotalsByGroup,
  startOfQuarter,
  type Art24MatterCode,
  type Attachment,
  type Block,
  type BudgetLine,
  type CalendarDate,
  type DisclosureItem,
  type DisclosureSettings,
  type DisclosureVersion,
  type FinanceLine,
  type FinanceStatement,
  type Meeting,
  type ReliefProgram,
  type ReliefRecipient,
  type RichText,
  type TrailStepRecord,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import type { DayTable } from './days.js';
import { unwrap } from './points.js';
import type { Random } from './random.js';
import type {
  DemoDecision,
  DemoDisclosureItem,
  DemoDisclosureScheme,
  DemoHousehold,
  DemoReliefList,
  DemoStaff,
  DemoVillage,
  DemoVillageGroup,
} from './types.js';

/* ---------- rich text ---------- */

function paragraph(text: string): Block {
  return { type: 'paragraph', children: [{ type: 'text', text }] };
}

function heading(text: string): Block {
  return { type: 'heading', level: 2, children: [{ type: 'text', text }] };
}

function cell(text: string) {
  return { children: text === '' ? [] : [{ type: 'text' as const, text }] };
}

function table(caption: string, header: readonly string[], rows: readonly (readonly string[])[]): Block {
  return { type: 'table', caption, header: header.map(cell), rows: rows.map((row) => row.map(cell)) };
}

function list(items: readonly string[], ordered = false): Block {
  return { type: 'list', ordered, items: items.map((text) => ({ children: [{ type: 'text' as const, text }] })) };
}

function yuan(fen: number): string {
  return `${fenToYuanString(fen)}元`;
}

const quarterNames = ['', '第一季度', '第二季度', '第三季度', '第四季度'];
const supervisionPhone = '0578-6123110';

/* ---------- settings ---------- */

/** Disclosure settings by village position: most keep the defaults. */
const settingsByIndex: readonly Partial<DisclosureSettings>[] = [
  {},
  {},
  {},
  {},
  { majorMatterDays: 7 },
  {},
  // A village that posts its relief lists without names (a choice the 低保 rules leave open to local practice).
  { reliefPublicFields: ['villageGroup', 'householdSize', 'amount'] },
  {},
  { financeMonthly: false },
  {},
  {},
  { partyMeetingMajorityOf: 'members' },
];

export function disclosureSettingsFor(index: number): DisclosureSettings {
  return z.parse(disclosureSettingsSchema, { ...defaultDisclosureSettings, ...(settingsByIndex[index % settingsByIndex.length] ?? {}) });
}

/* ---------- what each village gets wrong (for supervisors and the widget's warnings) ---------- */

export interface VillageQuirks {
  /** Leaves the last finance statement that fell due before asOf unpublished (overdue). */
  readonly skipLastFinance: boolean;
  /** Leaves the last quarter's relief list that fell due before asOf unpublished (overdue). */
  readonly skipLastRelief: boolean;
  /** Publishes one quarterly party disclosure a few days after its due date (late). */
  readonly lateParty: boolean;
  /** One decision's representatives' meeting missed its quorum (Art 26). */
  readonly invalidMeeting: boolean;
}

/**
 * 上塘村 (index 3) and 竹坑村 (index 10) are behind on their disclosures as of asOf (in the range a
 * compliance check covers by default, from 1 January of asOf's year — except in the first days of
 * January, when nothing of the new year is due yet); 陈家畈村 (6) posted a quarter late; 李家庄村 (7)
 * held an inquorate representatives' meeting.
 */
export function quirksFor(index: number): VillageQuirks {
  return { skipLastFinance: index === 3, skipLastRelief: index === 10, lateParty: index === 6, invalidMeeting: index === 7 };
}

/* ---------- finance ---------- */

const incomeHeadings: readonly (readonly [string, readonly string[], number, number])[] = [
  ['contractIncome', ['山林承包费', '鱼塘承包费', '集体厂房租金', '农田流转收入'], 200_000, 3_000_000],
  ['investmentIncome', ['光伏电站发电收益', '强村公司入股分红', '飞地抱团项目收益'], 500_000, 4_000_000],
  [
    'subsidyIncome',
    ['村级组织运转经费补助', '村干部基本报酬补助', '美丽乡村建设以奖代补资金', '人居环境整治专项补助'],
    1_000_000,
    8_000_000,
  ],
  ['operatingIncome', ['农产品展销摊位费', '村集体停车场收费', '民宿管理服务费'], 50_000, 800_000],
  ['donationIncome', ['乡贤捐赠（用于敬老院）', '企业捐赠（助学金）'], 200_000, 2_000_000],
  ['otherIncome', ['银行存款利息', '废旧物资处置收入'], 1_000, 60_000],
];

const expenditureHeadings: readonly (readonly [string, readonly string[], number, number])[] = [
  ['administrativeExpense', ['办公用品', '村委会水电费', '报刊订阅费', '办公设备维修', '会议费（村民代表会议）'], 20_000, 400_000],
  ['allowanceExpense', ['村干部误工补贴', '村民小组长误工补贴', '网格员补贴'], 300_000, 2_500_000],
  ['publicWorksExpense', ['村道维修', '路灯电费及维护', '河道保洁费', '垃圾清运费', '文化礼堂维护'], 100_000, 3_000_000],
  ['benefitPayout', ['高龄老人慰问金', '困难家庭慰问金', '爱心超市物资采购', '大学生奖学金'], 100_000, 1_500_000],
  ['operatingExpense', ['光伏电站运维费', '集体厂房维修'], 50_000, 800_000],
  ['otherExpense', ['银行手续费', '保险费（村级公共责任险）'], 1_000, 100_000],
];

function amountFen(random: Random, min: number, max: number, scale: number): number {
  // Amounts are rounded to the yuan mostly, to the jiao sometimes: as on real vouchers.
  const raw = Math.round((min + random.next() * (max - min)) * scale);
  return random.chance(0.7) ? Math.max(100, Math.round(raw / 100) * 100) : Math.max(10, Math.round(raw / 10) * 10);
}

function financeLines(
  random: Random,
  kind: 'income' | 'expenditure',
  from: CalendarDate,
  to: CalendarDate,
  days: DayTable,
  scale: number,
  count: number,
  voucherPrefix: string,
  startAt: number,
): FinanceLine[] {
  const headings = kind === 'income' ? incomeHeadings : expenditureHeadings;
  const span = days.index(to) - days.index(from);
  const lines: FinanceLine[] = [];
  for (let i = 0; i < count; i++) {
    // The first line is the staple of every month: the operating subsidy in, the allowances out.
    const heading = i === 0 ? headings[kind === 'income' ? 2 : 1] : random.pick(headings);
    if (!heading) throw new RangeError('No finance headings');
    const [classification, descriptions, min, max] = heading;
    lines.push({
      date: days.date(days.index(from) + random.int(0, span)),
      classification,
      description: random.pick(descriptions),
      voucher: '',
      amount: amountFen(random, min, max, scale),
    });
  }
  lines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return lines.map((line, index) => ({ ...line, voucher: `${voucherPrefix}-${String(startAt + index).padStart(3, '0')}` }));
}

function sum(lines: readonly FinanceLine[]): number {
  return lines.reduce((total, line) => total + line.amount, 0);
}

function statement(
  random: Random,
  from: CalendarDate,
  to: CalendarDate,
  opening: number,
  days: DayTable,
  scale: number,
  withBudget: boolean,
): FinanceStatement {
  const prefix = `记${from.slice(0, 4)}${from.slice(5, 7)}`;
  const months = Math.max(1, Math.round((days.index(to) - days.index(from)) / 30));
  const income = financeLines(random, 'income', from, to, days, scale, random.int(2, 4) * months, prefix, 1);
  let expenditure = financeLines(random, 'expenditure', from, to, days, scale, random.int(3, 8) * months, prefix, income.length + 1);
  // Never spend more than the village holds: drop the largest payments until the balance stays above ¥2,000.
  while (expenditure.length > 1 && opening + sum(income) - sum(expenditure) < 200_000) {
    const largest = expenditure.reduce((best, line, index) => (line.amount > (expenditure[best]?.amount ?? 0) ? index : best), 0);
    expenditure = expenditure.filter((_, index) => index !== largest);
  }
  const totals = { income: sum(income), expenditure: sum(expenditure) };
  const closingBalance = opening + totals.income - totals.expenditure;
  const result: FinanceStatement = { period: { from, to }, openingBalance: opening, income, expenditure, totals, closingBalance };
  if (!withBudget) return onCurrentChart(result);
  const actual = new Map<string, number>();
  for (const line of [...income, ...expenditure]) actual.set(line.classification, (actual.get(line.classification) ?? 0) + line.amount);
  const budget: BudgetLine[] = [...actual.entries()].map(([classification, amount]) => ({
    classification,
    planned: Math.round((amount * (0.8 + random.next() * 0.4)) / 10_000) * 10_000,
  }));
  // A planned heading nothing was spent on yet.
  if (!actual.has('operatingExpense')) budget.push({ classification: 'operatingExpense', planned: 500_000 });
  return onCurrentChart({ ...result, budget });
}

/**
 * The statement in the accounts of the current chart, 《农村集体经济组织会计制度》 (财会〔2023〕14号, the rules' default
 * `accountingSystem`): it has no 发包及上交收入, so contracting fees and rents go to 经营收入 (rules finance-chart.ts).
 * Applied after every draw, so the random stream (and all data generated after it) is unchanged.
 */
function onCurrentChart(statement: FinanceStatement): FinanceStatement {
  const current = (classification: string) => (classification === 'contractIncome' ? 'operatingIncome' : classification);
  const income = statement.income.map((line) => ({ ...line, classification: current(line.classification) }));
  if (!statement.budget) return { ...statement, income };
  const planned = new Map<string, number>();
  for (const line of statement.budget)
    planned.set(current(line.classification), (planned.get(current(line.classification)) ?? 0) + line.planned);
  return { ...statement, income, budget: [...planned].map(([classification, amount]) => ({ classification, planned: amount })) };
}

/* ---------- relief ---------- */

interface ReliefSpec {
  readonly program: ReliefProgram;
  /** Share of the village's households on the list. */
  readonly share: number;
  readonly minimum: number;
  /** Monthly amount per person, in fen, as a range. */
  readonly monthly: readonly [number, number];
  readonly perPerson: boolean;
}

const reliefSpecs: readonly ReliefSpec[] = [
  { program: 'minimumLiving', share: 0.025, minimum: 3, monthly: [30_000, 95_000], perPerson: true },
  { program: 'extremePoverty', share: 0.006, minimum: 1, monthly: [140_000, 180_000], perPerson: false },
  { program: 'disabilitySubsidy', share: 0.015, minimum: 2, monthly: [15_000, 45_000], perPerson: false },
];

/* ---------- decisions ---------- */

interface MatterSpec {
  readonly matter: Art24MatterCode;
  readonly title: string;
  readonly resultTitle: string;
  readonly project: boolean;
}

const matters: readonly MatterSpec[] = [
  {
    matter: 'publicWorksFinancing',
    title: '关于实施通组道路硬化提升工程及筹资筹劳方案的决定',
    resultTitle: '通组道路硬化提升工程实施结果公示',
    project: true,
  },
  {
    matter: 'collectiveProjects',
    title: '关于建设村级屋顶光伏发电项目的决定',
    resultTitle: '村级屋顶光伏发电项目建设及收益情况公示',
    project: true,
  },
  { matter: 'homesteadUse', title: '关于本年度农村宅基地安排使用方案的决定', resultTitle: '本年度宅基地安排使用结果公示', project: false },
  {
    matter: 'landCompensationUse',
    title: '关于县道拓宽工程征地补偿款分配方案的决定',
    resultTitle: '征地补偿款分配发放结果公示',
    project: false,
  },
  {
    matter: 'collectivePropertyDisposal',
    title: '关于公开出租村集体闲置厂房的决定',
    resultTitle: '集体闲置厂房公开出租结果公示',
    project: false,
  },
  {
    matter: 'collectiveIncomeUse',
    title: '关于上年度村集体经济收益使用方案的决定',
    resultTitle: '村集体经济收益使用情况公示',
    project: false,
  },
  { matter: 'allowances', title: '关于调整村干部误工补贴标准的决定', resultTitle: '村干部误工补贴标准执行情况公示', project: false },
  { matter: 'landContracting', title: '关于土地承包经营权集中流转方案的决定', resultTitle: '土地集中流转签约结果公示', project: false },
];

function votes(random: Random, present: number): Meeting['votes'] {
  const against = random.int(0, Math.floor(present * 0.08));
  const abstain = random.int(0, Math.floor(present * 0.05));
  return { for: present - against - abstain, against, abstain };
}

function atLeastTwoThirds(random: Random, eligible: number): number {
  const required = Math.floor((2 * eligible + 2) / 3);
  return Math.min(eligible, required + random.int(0, Math.max(0, eligible - required)));
}

/* ---------- the generator ---------- */

export interface VillageDisclosures {
  readonly scheme: DemoDisclosureScheme;
  readonly items: DemoDisclosureItem[];
  readonly decisions: DemoDecision[];
  readonly reliefLists: DemoReliefList[];
}

export interface VillageDisclosureInput {
  readonly village: DemoVillage;
  readonly index: number;
  readonly households: readonly DemoHousehold[];
  readonly groups: readonly DemoVillageGroup[];
  readonly staff: readonly DemoStaff[];
  readonly days: DayTable;
  readonly random: Random;
}

export function generateVillageDisclosures(input: VillageDisclosureInput): VillageDisclosures {
  const { village, index, households, groups, days, random } = input;
  const settings = disclosureSettingsFor(index);
  const quirks = quirksFor(index);
  const cadres = input.staff.filter((one) => one.villageId === village.id && one.role === 'cadre');
  const secretary = cadres[0];
  const bookkeeper = cadres[cadres.length - 1];
  if (!secretary || !bookkeeper) throw new Error(`Village ${village.id} has no cadres`);
  const asOf = days.asOf;
  const items: DemoDisclosureItem[] = [];
  const decisions: DemoDecision[] = [];
  const reliefLists: DemoReliefList[] = [];
  const number = village.id.slice(-2);
  let serial = 0;
  const nextId = () => `dsc-${number}-${String(++serial).padStart(4, '0')}`;
  const groupName = new Map(groups.map((group) => [group.id, group.name]));
  const scale = Math.max(0.5, Math.min(6, village.households / 330));

  let attachmentSerial = 0;
  const attachment = (name: string, mediaType: Attachment['mediaType'], extension: string): Attachment => ({
    name,
    mediaType,
    size: random.int(40_000, 2_400_000),
    url: `https://files.qingshan.example/disclosure/${village.id}/${String(++attachmentSerial).padStart(4, '0')}.${extension}`,
  });

  const add = (category: string, version: Omit<DisclosureVersion, 'version'>, by: DemoStaff, decisionId?: string): DemoDisclosureItem => {
    const item: DemoDisclosureItem = {
      id: nextId(),
      category,
      ...(decisionId === undefined ? {} : { decisionId }),
      versions: [{ version: 1, ...version }],
      villageId: village.id,
      publishedBy: by.id,
    };
    items.push(item);
    return item;
  };

  /** Publication day: `offset` days after the period ended, never after asOf (null: not yet published). */
  const publication = (periodEnd: CalendarDate, min: number, max: number): CalendarDate | null => {
    const day = days.index(periodEnd) + random.int(min, max);
    return day > days.last ? null : days.date(day);
  };

  /**
   * The period a village leaves undisclosed to be overdue: the last one due before asOf, preferably in
   * asOf's year (the range a compliance check covers by default).
   */
  function lastDue<P extends { readonly to: CalendarDate }>(periods: readonly P[], grace: number): P | undefined {
    const due = periods.filter((period) => addDays(period.to, grace) < asOf);
    const thisYear = due.filter((period) => period.to >= `${asOf.slice(0, 4)}-01-01`);
    return thisYear[thisYear.length - 1] ?? due[due.length - 1];
  }

  /* Quarterly categories: every quarter that overlaps the window. */
  const quarters: { from: CalendarDate; to: CalendarDate; year: number; q: number }[] = [];
  for (let start = startOfQuarter(days.from); start <= asOf; start = addDays(endOfQuarter(start), 1)) {
    quarters.push({ from: start, to: endOfQuarter(start), year: Number(start.slice(0, 4)), q: quarterOf(start) });
  }
  const lastDueQuarter = lastDue(quarters, settings.generalGraceDays);

  // The same families stay on the lists quarter after quarter; a few join or leave.
  const reliefHolders = new Map<ReliefProgram, DemoHousehold[]>();
  for (const spec of reliefSpecs) {
    reliefHolders.set(spec.program, random.sample(households, Math.max(spec.minimum, Math.round(households.length * spec.share))));
  }

  for (const quarter of quarters) {
    const label = `${String(quarter.year)}年${quarterNames[quarter.q] ?? ''}`;
    const period = { from: quarter.from, to: quarter.to };
    const general = (category: string, title: string, body: RichText, by: DemoStaff, late = false, attachments: Attachment[] = []) => {
      const published = late
        ? publication(quarter.to, settings.generalGraceDays + 3, settings.generalGraceDays + 9)
        : publication(quarter.to, 2, settings.generalGraceDays - 1);
      if (published === null) return null;
      return add(category, { title, body, period, notice: { published, until: addDays(published, 15) }, attachments }, by);
    };
    const partyDues = random.int(60, 200) * 1000;
    general(
      'party',
      `${label}党务公开`,
      [
        heading('组织建设'),
        paragraph(
          `本季度召开支部党员大会${String(random.int(1, 3))}次、支委会${String(random.int(3, 6))}次，开展主题党日活动${String(random.int(3, 4))}次。`,
        ),
        paragraph(`确定入党积极分子${String(random.int(0, 2))}名，发展对象${String(random.int(0, 1))}名。`),
        heading('党费收缴'),
        paragraph(`本季度应缴党费${yuan(partyDues)}，实缴${yuan(partyDues)}，已全额上缴镇党委。`),
      ],
      secretary,
      quirks.lateParty && quarter === quarters[Math.max(0, quarters.length - 3)],
    );
    general(
      'village',
      `${label}村务公开`,
      [
        paragraph(`本季度村民委员会召开会议${String(random.int(3, 6))}次，村民代表会议${String(random.int(1, 2))}次。`),
        list([
          `办理村级代办事项${String(random.int(20, 90))}件，群众满意率${String(random.int(96, 100))}%。`,
          `开展人居环境整治检查${String(random.int(3, 12))}次。`,
          `受理村民来信来访${String(random.int(0, 8))}件，均已办结。`,
        ]),
        paragraph(`对公开内容有疑问的，可向村务监督委员会反映，电话${supervisionPhone}。`),
      ],
      secretary,
    );
    general(
      'assets',
      `${label}村集体“三资”管理情况公示`,
      [
        table(
          '集体资产资源情况',
          ['项目', '数量', '期末情况'],
          [
            ['集体厂房', `${String(random.int(1, 4))}处`, '出租中'],
            ['山林', `${String(random.int(300, 3000))}亩`, '已发包'],
            ['鱼塘', `${String(random.int(2, 12))}口`, '已发包'],
            ['光伏电站', `${String(random.int(100, 600))}千瓦`, '运行正常'],
          ],
        ),
        paragraph('本季度新签订资产资源发包合同均经村民代表会议表决并公开招租。'),
      ],
      bookkeeper,
    );
    general(
      'benefitFunds',
      `${label}惠民惠农资金发放情况公示`,
      [
        table(
          '惠民资金发放汇总',
          ['项目', '发放户数', '金额'],
          [
            [
              '耕地地力保护补贴',
              String(Math.round(households.length * 0.7)),
              yuan(Math.round(households.length * 0.7) * random.int(8_000, 20_000)),
            ],
            [
              '城乡居民基础养老金',
              String(Math.round(households.length * 0.6)),
              yuan(Math.round(households.length * 0.6) * 3 * random.int(26_000, 32_000)),
            ],
            ['高龄津贴', String(Math.round(households.length * 0.08)), yuan(Math.round(households.length * 0.08) * 3 * 10_000)],
          ],
        ),
        paragraph('以上资金均由县财政通过“一卡通”直接发放到户，村级不经手现金。'),
      ],
      bookkeeper,
    );
    general(
      'governmentWork',
      `${label}协助政府开展工作情况`,
      [
        list(
          random.sample(
            [
              '协助开展城乡居民医保参保缴费',
              '协助开展秋冬季征兵宣传和兵役登记',
              '协助做好防汛防台和地质灾害巡查',
              '协助开展森林防火宣传和巡护',
              '协助开展第二轮土地承包到期后再延长三十年试点摸底',
              '协助开展残疾人证换发和核查',
              '协助做好耕地“非农化”排查整治',
            ],
            3,
          ),
        ),
      ],
      secretary,
    );

    if (!(quirks.skipLastRelief && quarter === lastDueQuarter)) {
      const lists: { program: ReliefProgram; recipients: ReliefRecipient[] }[] = [];
      for (const spec of reliefSpecs) {
        const holders = reliefHolders.get(spec.program) ?? [];
        if (holders.length > 2 && random.chance(0.5)) holders.splice(random.int(0, holders.length - 1), 1, random.pick(households));
        const recipients = holders.map((household): ReliefRecipient => {
          const size = spec.perPerson ? Math.min(household.memberCount, random.int(1, 3)) : 1;
          const amount = Math.round((random.int(spec.monthly[0], spec.monthly[1]) * size * 3) / 100) * 100;
          const recipient: ReliefRecipient = {
            name: household.headName,
            villageGroup: groupName.get(household.groupId) ?? '第一村民小组',
            amount,
            householdSize: size,
          };
          return household.residentId === undefined ? recipient : { ...recipient, idNumber: household.residentId };
        });
        lists.push({ program: spec.program, recipients });
      }
      if (random.chance(0.6)) {
        const one = random.pick(households);
        lists.push({
          program: 'temporaryAssistance',
          recipients: [
            {
              name: one.headName,
              villageGroup: groupName.get(one.groupId) ?? '第一村民小组',
              amount: random.int(10, 60) * 10_000,
              householdSize: one.memberCount,
            },
          ],
        });
      }
      const body: RichText = [
        paragraph(
          `现将${label}最低生活保障、特困人员供养、残疾人两项补贴等救助对象名单公示如下（身份证号码、联系电话等个人信息已按规定隐去）。`,
        ),
      ];
      for (const { program, recipients } of lists) {
        const totals = reliefTotalsByGroup({ program, period, recipients });
        body.push(
          table(
            reliefTitle(program),
            ['村民小组', '人（户）数', '金额'],
            totals.map((row) => [row.villageGroup, String(row.recipients), yuan(row.amount)]),
          ),
        );
      }
      body.push(paragraph(`公示期内如有异议，请向村务监督委员会或镇民政办反映，电话${supervisionPhone}。`));
      const published = publication(quarter.to, 2, settings.generalGraceDays - 1);
      if (published !== null) {
        // Relief lists stay up (长期公示): no end date.
        const item = add(
          'relief',
          { title: `${label}社会救助对象名单公示`, body, period, notice: { published }, attachments: [] },
          secretary,
        );
        lists.forEach(({ program, recipients }, at) => {
          reliefLists.push({ id: `${item.id}-l${String(at + 1)}`, villageId: village.id, itemId: item.id, program, period, recipients });
        });
      }
    }
  }

  /* Finance: monthly (or quarterly where transactions are few), balances chained. */
  const financePeriods: { from: CalendarDate; to: CalendarDate; label: string }[] = [];
  if (settings.financeMonthly) {
    for (let start = days.from; start <= asOf; start = addDays(endOfMonth(start), 1)) {
      financePeriods.push({ from: start, to: endOfMonth(start), label: `${start.slice(0, 4)}年${String(Number(start.slice(5, 7)))}月` });
    }
  } else {
    for (const quarter of quarters)
      financePeriods.push({ from: quarter.from, to: quarter.to, label: `${String(quarter.year)}年${quarterNames[quarter.q] ?? ''}` });
  }
  const lastDueFinance = lastDue(financePeriods, settings.financeGraceDays);
  let balance = Math.round(random.int(30_000, 250_000) * 100 * scale);
  const financeItems: DemoDisclosureItem[] = [];
  for (const period of financePeriods) {
    const published = publication(period.to, 2, settings.financeGraceDays - 1);
    if (published === null) break;
    const finance = statement(random, period.from, period.to, balance, days, scale, index % 4 === 0);
    balance = finance.closingBalance;
    // Early in the year no relief list of this year is due yet: the village that skips one skips its finance statement too.
    const skipFinance =
      quirks.skipLastFinance ||
      (quirks.skipLastRelief && (lastDueQuarter === undefined || lastDueQuarter.to < `${asOf.slice(0, 4)}-01-01`));
    if (skipFinance && period === lastDueFinance) continue;
    const title = `${period.label}村级财务收支公开`;
    const itemPeriod = { from: period.from, to: period.to };
    const body: RichText = [
      paragraph(
        `${period.label}期初余额${yuan(finance.openingBalance)}，本期收入${yuan(finance.totals.income)}，支出${yuan(finance.totals.expenditure)}，期末余额${yuan(finance.closingBalance)}。`,
      ),
      paragraph('收支明细见下表及附件，原始凭证存村会计委托代理服务中心，村民可申请查阅。'),
    ];
    const attachments = [
      attachment(`${period.label}收支明细表.xlsx`, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'),
    ];
    financeItems.push(
      add(
        'finance',
        { title, body, period: itemPeriod, notice: { published, until: addDays(published, 30) }, attachments, finance },
        bookkeeper,
      ),
    );
  }

  /* The 小微权力清单, once a year (the previous year's too, so a check from the window's start passes). */
  for (let year = Number(days.from.slice(0, 4)); year <= Number(asOf.slice(0, 4)); year++) {
    const published = `${String(year)}-01-${String(random.int(5, 20)).padStart(2, '0')}`;
    if (published > asOf) continue;
    add(
      'powerList',
      {
        title: `${String(year)}年度村级小微权力清单`,
        body: [
          paragraph('根据县委、县政府关于规范村级小微权力运行的要求，现将本村小微权力清单公布如下。'),
          list(
            [
              '村级重大事项决策',
              '村级工程项目建设',
              '村级物资和服务采购',
              '集体资产资源处置',
              '村级财务管理',
              '困难群众救助申请',
              '宅基地申请审核',
              '村级印章使用',
            ],
            true,
          ),
          paragraph('每项权力的办理流程图张贴于村务公开栏，群众可扫码查看。'),
        ],
        period: { from: `${String(year)}-01-01`, to: `${String(year)}-12-31` },
        notice: { published },
        attachments: [attachment(`${String(year)}年小微权力清单及流程图.pdf`, 'application/pdf', 'pdf')],
      },
      secretary,
    );
  }

  /* Decisions with their 四议两公开 trails. */
  const decisionCount = random.int(2, 4);
  const chosen = random.sample(matters, decisionCount);
  chosen.forEach((spec, at) => {
    const invalid = quirks.invalidMeeting && at === 0;
    let day = random.int(5, Math.max(6, days.last - 40));
    const date = () => days.date(day);
    const steps: TrailStepRecord[] = [];
    // 一听 (seed 000): opinions heard a week before the proposal, by a channel in turn (no draw, so the rest stays as it was).
    steps.push({
      step: 'hearing',
      date: addDays(date(), -7),
      hearing: {
        channels: [(['representatives', 'visits', 'forum'] as const)[at % 3] ?? 'representatives'],
        summary: `就“${spec.title}”听取村民意见，多数村民表示赞成，并建议公开实施方案和资金使用情况。`,
      },
    });
    steps.push({ step: 'proposal', date: date() });
    day += random.int(2, 6);
    steps.push({ step: 'consultation', date: date() });
    day += random.int(3, 10);
    const members = Math.max(10, Math.round(households.length * 0.08));
    const partyPresent = atLeastTwoThirds(random, members);
    const partyVotes = votes(random, partyPresent);
    // 支部工作条例 Art 11 (the default): more than half of all voting members must vote for, not of those present.
    const partyMeeting: Meeting = {
      kind: 'partyMembersMeeting',
      eligible: members,
      present: partyPresent,
      held: date(),
      votes:
        settings.partyMeetingMajorityOf === 'members'
          ? { for: Math.max(partyVotes.for, Math.floor(members / 2) + 1), against: 0, abstain: 0 }
          : partyVotes,
    };
    steps.push({ step: 'review', date: date(), meeting: partyMeeting });
    day += random.int(3, 12);
    const byRepresentatives = random.chance(0.75) || invalid;
    let meeting: Meeting;
    if (byRepresentatives) {
      const representatives = Math.max(20, Math.round(households.length / 10));
      const eligible = representatives + 5;
      const women = Math.min(representatives, Math.floor((eligible + 2) / 3) + random.int(0, 4));
      // 李家庄村: too many representatives were away (harvest season) and the meeting went ahead anyway.
      const present = invalid ? Math.floor((2 * eligible) / 3) - random.int(1, 4) : atLeastTwoThirds(random, eligible);
      meeting = {
        kind: 'representativesMeeting',
        eligible,
        present,
        held: date(),
        votes: votes(random, present),
        composition: { representatives, womenRepresentatives: women },
      };
    } else {
      const eligible = households.length;
      const present = atLeastTwoThirds(random, eligible);
      // Told twelve days ahead, past Art 21's ten (no draw from the generator, so the rest of the seed stays as it was).
      const held = date();
      meeting = {
        kind: 'villagersMeeting',
        basis: 'households',
        eligible,
        present,
        held,
        noticeGiven: addDays(held, -12),
        votes: votes(random, present),
      };
    }
    steps.push({ step: 'resolution', date: date(), meeting });
    const decidedOn = date();
    const decisionId = `dec-${number}-${String(at + 1).padStart(2, '0')}`;
    const year = decidedOn.slice(0, 4);
    const title = spec.title.replace('本年度', `${year}年度`).replace('上年度', `${String(Number(year) - 1)}年度`);
    day += random.int(1, Math.min(4, settings.majorMatterDays - 1));
    if (day <= days.last) {
      const item = add(
        'resolutions',
        {
          title: `${title}（决议公开）`,
          body: [
            paragraph(
              `${decidedOn.slice(0, 4)}年${String(Number(decidedOn.slice(5, 7)))}月${String(Number(decidedOn.slice(8, 10)))}日，本村召开${meeting.kind === 'representativesMeeting' ? '村民代表会议' : '村民会议'}，应到${String(meeting.eligible)}${meeting.kind === 'villagersMeeting' ? '户' : '人'}，实到${String(meeting.present)}${meeting.kind === 'villagersMeeting' ? '户' : '人'}。`,
            ),
            paragraph(
              `表决结果：同意${String(meeting.votes.for)}，反对${String(meeting.votes.against ?? 0)}，弃权${String(meeting.votes.abstain ?? 0)}。`,
            ),
            paragraph('本事项已经村党组织提议、村“两委”会议商议、党员大会审议。'),
          ],
          period: { from: decidedOn, to: decidedOn },
          notice: { published: date(), until: addDays(date(), 7) },
          attachments: [attachment('会议记录及表决票扫描件.pdf', 'application/pdf', 'pdf')],
        },
        secretary,
        decisionId,
      );
      steps.push({ step: 'resolutionDisclosure', date: date(), itemId: item.id });
      day += random.int(30, 150);
      if (day <= days.last) {
        const result = add(
          spec.project ? 'projects' : 'resolutions',
          {
            title: spec.resultTitle,
            body: spec.project
              ? [
                  paragraph(`项目已于${date()}完成验收。`),
                  table(
                    '项目概况',
                    ['项目', '内容'],
                    [
                      ['施工单位', '青山县某建设工程有限公司'],
                      ['中标价', yuan(random.int(300_000, 2_000_000) * 100)],
                      ['决算价', yuan(random.int(280_000, 2_000_000) * 100)],
                      ['监督人员', '村务监督委员会全体成员'],
                    ],
                  ),
                ]
              : [
                  paragraph('该决定已按决议内容组织实施完毕，具体结果如下。'),
                  paragraph(`涉及农户${String(random.int(5, 120))}户，均已签字确认。`),
                ],
            period: { from: decidedOn, to: date() },
            notice: { published: date(), until: addDays(date(), 10) },
            attachments: [],
          },
          secretary,
          decisionId,
        );
        steps.push({ step: 'resultDisclosure', date: date(), itemId: result.id });
      }
    }
    decisions.push({
      id: decisionId,
      title,
      decidedOn,
      category: 'resolutions',
      villageId: village.id,
      trail: {
        matter: spec.matter,
        ...(meeting.kind === 'representativesMeeting' ? { delegatedToRepresentatives: true } : {}),
        hearingRequired: true,
        steps,
      },
    });
  });

  /* Small works are tendered every year (村级小型工程项目): the tender result is posted under projects. */
  {
    const published = days.date(random.int(20, Math.max(21, days.last - 3)));
    const works = random.sample(
      ['村道路灯安装工程', '文化礼堂修缮工程', '山塘水库清淤工程', '垃圾分类亭建设工程', '村口停车场硬化工程', '农田灌溉渠道修复工程'],
      2,
    );
    add(
      'projects',
      {
        title: `${published.slice(0, 4)}年村级小型工程项目招投标结果公示`,
        body: [
          paragraph('以下项目经村民代表会议同意，在镇公共资源交易中心公开招标，结果公示如下。'),
          table(
            '中标情况',
            ['项目名称', '中标单位', '中标价'],
            works.map((work) => [work, '青山县某建设工程有限公司', yuan(random.int(50_000, 600_000) * 100)]),
          ),
          paragraph(`公示期内如有异议，请向村务监督委员会反映，电话${supervisionPhone}。`),
        ],
        period: { from: published, to: published },
        notice: { published, until: addDays(published, 5) },
        attachments: [],
      },
      secretary,
    );
  }

  /* An audit result (离任审计 before the 2026 village committee elections, or the annual audit). */
  {
    const day = random.int(60, Math.max(61, days.last - 5));
    if (day <= days.last) {
      const published = days.date(day);
      add(
        'audit',
        {
          title: `${published.slice(0, 4)}年村主要负责人任期经济责任审计结果公告`,
          body: [
            paragraph('受镇农村集体“三资”管理服务中心委托，县审计事务所对本村主要负责人任期经济责任进行了审计。'),
            list(['未发现重大违纪违规问题。', `发现票据不规范${String(random.int(1, 6))}张，已责令整改。`, '集体资产台账与实物基本相符。']),
            paragraph('根据村民委员会组织法第三十五条，审计结果于换届选举前公布。'),
          ],
          period: { from: days.from, to: published },
          notice: { published, until: addDays(published, 30) },
          attachments: [attachment('审计报告.pdf', 'application/pdf', 'pdf')],
        },
        secretary,
      );
    }
  }

  /* Corrections: a finance statement with a mistyped amount, a notice with the wrong date. */
  const correctable = financeItems.filter((item) => addDays(item.versions[0]?.notice.published ?? asOf, 8) <= asOf);
  const toCorrect = random.sample(correctable, random.int(1, 2));
  for (const item of toCorrect) corrupt(item, random, bookkeeper, asOf);
  const notices = items.filter((item) => item.category === 'village' && addDays(item.versions[0]?.notice.published ?? asOf, 12) <= asOf);
  const notice = notices.length > 0 ? random.pick(notices) : undefined;
  if (notice) {
    const first = notice.versions[0];
    if (first) {
      const at = addDays(first.notice.published, random.int(1, 4));
      let corrected = unwrap(
        correctItem(
          notice,
          { title: `${first.title}（更正）`, body: [...first.body, paragraph('更正说明：原公告中村民代表会议次数有误，现予更正。')] },
          { at, by: secretary.name, reason: '会议次数统计有误' },
        ),
        'correct notice',
      );
      if (random.chance(0.5)) {
        corrected = unwrap(
          correctItem(
            corrected,
            { notice: { published: first.notice.published, until: addDays(first.notice.published, 30) } },
            { at: addDays(at, random.int(1, 5)), by: secretary.name, reason: '延长公示期至30天' },
          ),
          'extend notice',
        );
      }
      items[items.indexOf(notice)] = { ...corrected, villageId: village.id, publishedBy: notice.publishedBy };
    }
  }

  return { scheme: { villageId: village.id, settings }, items, decisions, reliefLists };

  /**
   * Replaces a correct finance item by a first version with one mistyped payment (the statement
   * still adds up: the mistake moved the balance) followed by the correction.
   */
  function corrupt(item: DemoDisclosureItem, rng: Random, by: DemoStaff, today: CalendarDate): void {
    const correct = item.versions[0];
    const finance = correct?.finance;
    if (!correct || !finance || finance.expenditure.length === 0) return;
    const at = rng.int(0, finance.expenditure.length - 1);
    const line = finance.expenditure[at];
    if (!line) return;
    const typo = line.amount * 10 > 1_000_000_000 ? Math.round(line.amount / 10) : line.amount * 10;
    const wrongLines = finance.expenditure.map((one, position) => (position === at ? { ...one, amount: typo } : one));
    const wrong: FinanceStatement = {
      ...finance,
      expenditure: wrongLines,
      totals: { income: finance.totals.income, expenditure: sum(wrongLines) },
      closingBalance: finance.openingBalance + finance.totals.income - sum(wrongLines),
    };
    const first: DisclosureItem = {
      id: item.id,
      category: item.category,
      versions: [{ ...correct, finance: wrong, body: [paragraph(`期末余额${yuan(wrong.closingBalance)}。`), ...correct.body.slice(1)] }],
    };
    const when = addDays(correct.notice.published, rng.int(2, 7));
    if (when > today) return;
    const fixed = unwrap(
      correctItem(
        first,
        { finance, body: correct.body },
        { at: when, by: by.name, reason: `凭证${line.voucher}金额录入错误（多录一位），已按原始凭证更正` },
      ),
      'correct finance',
    );
    items[items.indexOf(item)] = { ...fixed, villageId: item.villageId, publishedBy: item.publishedBy };
  }
}

function reliefTitle(program: ReliefProgram): string {
  switch (program) {
    case 'minimumLiving':
      return '最低生活保障';
    case 'extremePoverty':
      return '特困人员救助供养';
    case 'temporaryAssistance':
      return '临时救助';
    case 'disabilitySubsidy':
      return '残疾人两项补贴';
    case 'disasterRelief':
      return '受灾人员救助';
    case 'other':
      return '其他补贴补助';
  }
}
