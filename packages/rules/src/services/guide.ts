import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/index.js';
import { validate } from '../messages/zod.js';
import { findingsCheck, ruleCheck } from '../messages/rule-check.js';
import { fen } from '../shared/money.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { applicationChannelCodes } from './channels.js';
import { conditionIssues } from './conditions.js';
import { eligibilitySchema } from './eligibility.js';
import { serviceItemTypeCodes } from './item-types.js';
import { fullyOnlineDepth, isOnlineDepth } from './online-depth.js';
import { contactPhoneSchema } from './phone.js';
import { defaultServiceTaxonomy, type ServiceTaxonomy } from './taxonomy.js';
import { timeLimitSchema } from './time-limit-schema.js';
import { isLongerThan, formatTimeLimit } from './time-limit.js';
import { codeSchema, localizedTextSchema, plainText, webAddressSchema } from './text-schema.js';

/** Original (原件, shown or kept), copy (复印件) or either one. */
export const materialForms = ['original', 'copy', 'either'] as const;
/** One of {@link materialForms}. */
export type MaterialForm = (typeof materialForms)[number];

interface MaterialShape {
  readonly form: MaterialForm;
  readonly copies: number;
}

function validateMaterial(material: MaterialShape): RuleIssue | null {
  return material.form === 'copy' && material.copies < 1 ? issue('services.material.copiesRequired', undefined, ['copies']) : null;
}

/** One item of the 申请材料 list. `copies` 0 with an original means "shown for checking, handed back". */
export const materialSchema = z
  .strictObject({
    name: localizedTextSchema,
    required: z.boolean(),
    form: z.enum(materialForms),
    copies: z.int().check(z.gte(0), z.lte(20)),
    /** Where the applicant gets it: 申请人自备, 公安机关, 村委会出具 … */
    source: localizedTextSchema,
    blankFormUrl: z.optional(webAddressSchema),
    sampleUrl: z.optional(webAddressSchema),
    notes: z.optional(localizedTextSchema),
  })
  .check(ruleCheck(validateMaterial));
/** A value parsed by {@link materialSchema}. */
export type Material = z.output<typeof materialSchema>;

/** 设定依据: the statute or regulation and, where known, the article. */
export const legalBasisSchema = z.strictObject({
  title: localizedTextSchema,
  article: z.optional(localizedTextSchema),
});
/** A value parsed by {@link legalBasisSchema}. */
export type LegalBasis = z.output<typeof legalBasisSchema>;

/** One step of a guide's process: its name, description and time limit. */
export const processStepSchema = z.strictObject({
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  timeLimit: z.optional(timeLimitSchema),
});
/** A value parsed by {@link processStepSchema}. */
export type ProcessStep = z.output<typeof processStepSchema>;

/** Most village services are free; a charge must name the rule that allows it (收费依据). */
export const feeSchema = z.discriminatedUnion('free', [
  z.strictObject({ free: z.literal(true) }),
  z.strictObject({ free: z.literal(false), amount: fen.check(z.gte(1)), basis: localizedTextSchema }),
]);
/** A value parsed by {@link feeSchema}. */
export type Fee = z.output<typeof feeSchema>;

interface ChannelShape {
  readonly channel: (typeof applicationChannelCodes)[number];
  readonly url?: string | undefined;
  readonly address?: unknown;
}

function validateChannel(channel: ChannelShape): RuleIssue | null {
  if (channel.channel === 'online') return channel.url === undefined ? issue('services.channel.urlRequired', undefined, ['url']) : null;
  return channel.address === undefined ? issue('services.channel.addressRequired', undefined, ['address']) : null;
}

/** One place to apply, with its address and opening hours (in words: hours vary by season). */
export const channelSchema = z
  .strictObject({
    channel: z.enum(applicationChannelCodes),
    name: z.optional(localizedTextSchema),
    address: z.optional(localizedTextSchema),
    hours: z.optional(localizedTextSchema),
    url: z.optional(webAddressSchema),
    phone: z.optional(contactPhoneSchema),
  })
  .check(ruleCheck(validateChannel));
/** A value parsed by {@link channelSchema}. */
export type Channel = z.output<typeof channelSchema>;

/** One question and answer of a guide's FAQ. */
export const faqSchema = z.strictObject({
  question: localizedTextSchema,
  answer: localizedTextSchema,
});

/** The item code of the catalogue (事项编码): national codes mix digits and letters. */
export const serviceCodeSchema = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/));

const serviceGuideShape = z.strictObject({
  code: serviceCodeSchema,
  name: localizedTextSchema,
  /** Other words people use for it (社保卡, 低保), matched by search like the name. */
  keywords: z.optional(z.array(plainText(40)).check(z.maxLength(20))),
  type: z.enum(serviceItemTypeCodes),
  department: codeSchema,
  lifeEvents: z.array(codeSchema).check(z.maxLength(10)),
  /** 实施主体: the body that decides, e.g. 县民政局 (the village station only passes the case on). */
  implementingBody: localizedTextSchema,
  legalBasis: z.array(legalBasisSchema).check(z.minLength(1)),
  /** 受理条件, in words; the machine-checkable part is `eligibility`. */
  conditions: z.array(localizedTextSchema).check(z.minLength(1)),
  materials: z.array(materialSchema).check(z.maxLength(60)),
  timeLimits: z.strictObject({
    /** 法定办结时限; some public services have none. */
    statutory: z.optional(timeLimitSchema),
    /** 承诺办结时限. */
    promised: timeLimitSchema,
  }),
  process: z.array(processStepSchema).check(z.minLength(1)),
  fee: feeSchema,
  /** 到现场次数 (最多跑一次 = 1). */
  visits: z.int().check(z.gte(0), z.lte(10)),
  online: z.strictObject({
    depth: z.int(),
    url: z.optional(webAddressSchema),
  }),
  channels: z.array(channelSchema).check(z.minLength(1)),
  /** 村级代办: the village station takes the application and forwards it for the villager. */
  villageProxy: z.boolean(),
  contacts: z.strictObject({
    consultation: z.array(contactPhoneSchema).check(z.minLength(1)),
    complaint: z.array(contactPhoneSchema).check(z.minLength(1)),
  }),
  faq: z.array(faqSchema),
  eligibility: z.optional(eligibilitySchema),
  updatedOn: z.optional(calendarDateSchema),
});

/** A value parsed by {@link serviceGuideShape}. */
export type ServiceGuide = z.output<typeof serviceGuideShape>;

/** Rules that read several fields of one guide; each finding carries the path to the field to fix. */
export function guideConsistencyIssues(guide: ServiceGuide): RuleIssue[] {
  const found: RuleIssue[] = [];
  const { depth, url } = guide.online;
  if (!isOnlineDepth(depth)) found.push(issue('services.guide.unknownOnlineDepth', { depth }, ['online', 'depth']));
  else if (depth >= 1 && url === undefined) found.push(issue('services.guide.onlineUrlRequired', { depth }, ['online', 'url']));
  // 最多跑一次: zero visits is only honest when nothing has to be handed in at an office in person.
  if (guide.visits === 0 && depth !== fullyOnlineDepth && !guide.villageProxy)
    found.push(issue('services.guide.zeroVisitsNeedsRemote', undefined, ['visits']));
  if (guide.villageProxy && !guide.channels.some((channel) => channel.channel === 'villageStation')) {
    found.push(issue('services.guide.proxyNeedsStation', undefined, ['channels']));
  }
  const { statutory, promised } = guide.timeLimits;
  if (statutory && isLongerThan(promised, statutory) === true) {
    found.push(
      issue(
        'services.timeLimit.promisedExceedsStatutory',
        { promised: formatTimeLimit(promised, 'zh-CN'), statutory: formatTimeLimit(statutory, 'zh-CN') },
        ['timeLimits', 'promised'],
      ),
    );
  }
  const questions = guide.eligibility?.questions ?? [];
  const seenQuestions = new Set<string>();
  questions.forEach((question, index) => {
    if (seenQuestions.has(question.code))
      found.push(issue('services.question.duplicateCode', { question: question.code }, ['eligibility', 'questions', index, 'code']));
    seenQuestions.add(question.code);
  });
  const seenRules = new Set<string>();
  (guide.eligibility?.rules ?? []).forEach((rule, index) => {
    if (seenRules.has(rule.code))
      found.push(issue('services.rule.duplicateCode', { rule: rule.code }, ['eligibility', 'rules', index, 'code']));
    seenRules.add(rule.code);
    found.push(...conditionIssues(rule.when, questions, ['eligibility', 'rules', index, 'when']));
  });
  return found;
}

/** The 办事指南 of one service item: structure and the rules across its fields. */
export const serviceGuideSchema = serviceGuideShape.check(findingsCheck(guideConsistencyIssues));

function taxonomyIssues(guide: ServiceGuide, taxonomy: ServiceTaxonomy): RuleIssue[] {
  const found: RuleIssue[] = [];
  if (!taxonomy.departments.some((department) => department.code === guide.department)) {
    found.push(issue('services.guide.unknownDepartment', { department: guide.department }, ['department']));
  }
  guide.lifeEvents.forEach((lifeEvent, index) => {
    if (!taxonomy.lifeEvents.some((known) => known.code === lifeEvent))
      found.push(issue('services.guide.unknownLifeEvent', { lifeEvent }, ['lifeEvents', index]));
  });
  return found;
}

/**
 * Every problem of a guide loaded from data (seed file, admin form, import): shape, consistency
 * between fields (e.g. a rule reading a question that does not exist) and codes missing from the
 * deployment's departments and life events. An empty list means the guide can be published.
 */
export function validateGuide(input: unknown, taxonomy: ServiceTaxonomy = defaultServiceTaxonomy): RuleIssue[] {
  const parsed = validate(serviceGuideSchema, input);
  return parsed.ok ? taxonomyIssues(parsed.value, taxonomy) : [...parsed.issues];
}
