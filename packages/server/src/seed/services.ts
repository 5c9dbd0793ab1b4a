import { demoGuides } from '@shanzhi/rules/demo-guides';
import {
  contactPhoneSchema,
  eligibilitySchema,
  localizedTextSchema,
  materialForms,
  serviceItemTypeCodes,
  timeLimitSchema,
  type Channel,
  type LocalizedText,
  type Material,
  type ServiceGuide,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import guideRows from './data/service-guides.json' with { type: 'json' };
import type { DayTable } from './days.js';
import type { Random } from './random.js';
import { demoCountyCode } from './regions.js';

/*
 * About sixty 办事指南 for the county: the rules package's demo guides first, then a curated table of
 * real service items a villager meets (names as in provincial 政务服务 catalogues). Statutes are cited
 * as enacted; offices, phone numbers and web addresses are fictional (services.example.org is reserved
 * for examples).
 *
 * The table is demo data, so it lives in data/service-guides.json (the county's departments, the eligibility
 * questionnaires, one row per service item) and is validated against the schema below when the seed loads;
 * a material is a preset's name or the options of `m`. What is computed from a row (codes, addresses,
 * channels, steps) stays here, in `guideFrom`. The county's minimum living standard (1,100 yuan per person per
 * month, a local figure the county sets each year) is written into the questionnaires and conditions that use it.
 */

const portal = 'https://services.example.org';

function t(zh: string, en?: string): LocalizedText {
  return en === undefined ? { 'zh-CN': zh } : { 'zh-CN': zh, en };
}

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

/** A material from its Chinese name and what sets it apart from an original the applicant brings. */
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

const presets = {
  idCard: m('申请人居民身份证', { source: '申请人自备（公安机关核发）', notes: '核验原件后当场退还' }),
  householdBook: m('户口簿', { form: 'either', copies: 1, source: '申请人自备（公安机关核发）' }),
  bankAccount: m('社会保障卡或本人银行账户', { form: 'copy', source: '申请人自备', notes: '资金直接发放到本人账户' }),
  proxyLetter: m('委托书及受托人居民身份证', {
    required: false,
    copies: 1,
    source: '申请人签字或按手印',
    notes: '委托家属或村代办员办理时提供',
  }),
  photo: m('近期免冠一寸彩色照片', { copies: 2 }),
  financeConsent: m('家庭经济状况核对授权书', {
    copies: 1,
    source: '村便民服务站领取，家庭成员签字',
    blankForm: 'finance-check-consent',
  }),
} satisfies Record<string, Material>;

/* ---------- the table ---------- */

type PresetName = keyof typeof presets;

const materialOptionsSchema = z.strictObject({
  name: z.string(),
  required: z.optional(z.boolean()),
  form: z.optional(z.enum(materialForms)),
  copies: z.optional(z.int()),
  source: z.optional(z.string()),
  notes: z.optional(z.string()),
  blankForm: z.optional(z.string()),
});
type MaterialOptions = Omit<z.infer<typeof materialOptionsSchema>, 'name'>;

const departmentSchema = z.strictObject({
  abbreviation: z.string(),
  path: z.string(),
  body: localizedTextSchema,
  consultation: z.array(contactPhoneSchema),
});

const specSchema = z.strictObject({
  name: z.string(),
  en: z.string(),
  department: z.string(),
  type: z.enum(serviceItemTypeCodes),
  lifeEvents: z.array(z.string()),
  keywords: z.array(z.string()),
  basis: z.array(z.union([z.tuple([z.string()]), z.tuple([z.string(), z.string()])])),
  conditions: z.array(z.string()),
  materials: z.array(z.union([z.enum(Object.keys(presets) as [PresetName, ...PresetName[]]), materialOptionsSchema])),
  statutory: z.optional(timeLimitSchema),
  promised: timeLimitSchema,
  fee: z.optional(z.tuple([z.int(), z.string()])),
  visits: z.int(),
  depth: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  proxy: z.boolean(),
  county: z.optional(z.boolean()),
  faq: z.optional(z.array(z.tuple([z.string(), z.string()]))),
  eligibility: z.optional(z.string()),
  steps: z.optional(z.array(z.string())),
});
type Spec = z.infer<typeof specSchema>;

const tableSchema = z
  .strictObject({
    departments: z.record(z.string(), departmentSchema),
    eligibility: z.record(z.string(), eligibilitySchema),
    services: z.array(specSchema),
  })
  .check(
    z.refine(
      (table) =>
        table.services.every(
          (spec) => spec.department in table.departments && (spec.eligibility === undefined || spec.eligibility in table.eligibility),
        ),
      'every service names a department and (if any) a questionnaire of the table',
    ),
  );

const { departments, eligibility, services: specs } = z.parse(tableSchema, guideRows);

function guideFrom(spec: Spec, index: number, updatedOn: string): ServiceGuide {
  const department = departments[spec.department];
  if (department === undefined) throw new Error(`No department ${spec.department}`);
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
    materials: spec.materials.map((one) => (typeof one === 'string' ? presets[one] : m(one.name, one))),
    timeLimits: { ...(spec.statutory ? { statutory: spec.statutory } : {}), promised: spec.promised },
    process: steps.map((name, position) =>
      position === steps.length - 1 && spec.promised.unit !== 'immediate' ? { name: t(name), timeLimit: spec.promised } : { name: t(name) },
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
