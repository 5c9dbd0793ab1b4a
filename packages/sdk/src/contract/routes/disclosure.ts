import {
  categoryCodeSchema,
  decisionSchema,
  disclosureCategorySchema,
  disclosureItemSchema,
  disclosureVersionSchema,
  periodSchema,
  trailSchema,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { problemIssueSchema } from '../problem.js';
import { publicPage, publicRead, signedInChange } from './answers.js';
import { cadres } from './callers.js';
import { dateSchema, idSchema, searchQuery } from './common.js';
import { signOffEventSchema } from './finance-history.js';
import { villageAt } from './resource.js';

export const disclosureStatuses = ['upcoming', 'inNotice', 'closed'] as const;

/** A rule's finding on an item (its trail, its reconciliation), shaped as a problem's field issue: path, code, message. */
export const issueSchema = problemIssueSchema;

/** A list row: the current version's headline facts, without bodies, so a month of items stays a small page. */
export const disclosureSummarySchema = z.looseObject({
  id: idSchema,
  category: categoryCodeSchema,
  title: z.string(),
  period: periodSchema,
  published: dateSchema,
  noticeUntil: z.optional(dateSchema),
  status: z.enum(disclosureStatuses),
  versions: z.int(),
  decisionId: z.optional(z.string()),
  hasFinance: z.boolean(),
  attachments: z.int(),
});

/** A village's board: its items are listed, published and checked against Art 30 here. */
const villageBoard = villageAt('disclosure', '/disclosures');

export const listDisclosures = villageBoard.get(publicPage, {
  id: 'listDisclosures',
  summary: 'Disclosed items of a village by category, year, month, status and text',
  query: pageQuery({
    category: z.optional(categoryCodeSchema),
    year: z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(2000), z.lte(2100))),
    month: z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(12))),
    status: z.optional(z.enum(disclosureStatuses)),
    q: searchQuery,
  }),
  response: pageWith(disclosureSummarySchema, { categories: z.array(disclosureCategorySchema), total: z.int() }),
});

/** A villager's query published as a FAQ entry (disclosure-queries.ts): the cadre's wording, without the asker. */
export const faqEntrySchema = z.looseObject({ question: z.string(), answer: z.string(), publishedOn: dateSchema });

/** The full item: every version (corrections never overwrite), the decision trail and what the rules found. */
export const disclosureDetailSchema = z.looseObject({
  ...disclosureItemSchema.shape,
  villageId: idSchema,
  status: z.enum(disclosureStatuses),
  decision: z.optional(z.looseObject({ ...decisionSchema.shape, trail: z.optional(trailSchema) })),
  /**
   * Relief and subsidy lists the item posts (低保, 特困 …). Anyone who does not handle the village gets only the
   * fields the village publishes (`reliefPublicFields`; by default the masked name, 村民小组, household size and
   * amount — any of them may be absent): never an ID number, phone, address or health data (个人信息保护法 Arts 6,
   * 13(1)(3), 28).
   */
  reliefLists: z.optional(
    z.array(
      z.looseObject({
        id: idSchema,
        program: z.string(),
        period: periodSchema,
        recipients: z.array(
          z.looseObject({
            name: z.optional(z.string()),
            villageGroup: z.optional(z.string()),
            householdSize: z.optional(z.int()),
            amount: z.optional(z.int()),
          }),
        ),
        total: z.int(),
      }),
    ),
  ),
  /** Answered queries the committee published as FAQ entries: the question and answer only, never who asked. */
  faq: z.optional(z.array(faqEntrySchema)),
  /** A finance statement's 民主理财 history: submitted, objected to with reasons, answered, signed off, by whom and when. */
  signOffs: z.optional(z.array(signOffEventSchema)),
  /** The rules' findings on the trail (四议两公开) and, for finance, on reconciliation; localized. */
  findings: z.looseObject({
    trail: z.optional(z.looseObject({ status: z.string(), nextStep: z.optional(z.nullable(z.string())), issues: z.array(issueSchema) })),
    reconciliation: z.optional(z.looseObject({ reconciles: z.boolean(), issues: z.array(issueSchema) })),
  }),
});

/** One disclosed item: it answers with the item in full. */
const item = villageAt('disclosure', '/disclosures/{disclosureId}', disclosureDetailSchema);

export const getDisclosure = item.get(publicRead, {
  id: 'getDisclosure',
  summary: 'One disclosed item with its versions and decision trail',
});

export const publishDisclosureBodySchema = z.object({
  /** Present to correct an item: the server appends a new version, it never edits the old one. */
  correctsId: z.optional(idSchema),
  category: categoryCodeSchema,
  decisionId: z.optional(idSchema),
  version: z.omit(disclosureVersionSchema, { version: true, correction: true }),
  correctionReason: z.optional(z.string().check(z.minLength(2), z.maxLength(500))),
});

export const publishDisclosure = villageBoard.post(signedInChange(201, cadres), {
  id: 'publishDisclosure',
  summary: 'Publish an item, or correct one (as a new version)',
  body: publishDisclosureBodySchema,
  response: disclosureDetailSchema,
  publishes: true,
});

export const obligationSchema = z.looseObject({
  category: z.string(),
  cadence: z.enum(['monthly', 'quarterly', 'annual', 'immediate']),
  period: periodSchema,
  dueDate: dateSchema,
  status: z.enum(['met', 'late', 'overdue', 'upcoming']),
  decisionId: z.optional(z.string()),
  itemId: z.nullable(z.string()),
  disclosedOn: z.nullable(dateSchema),
  daysLate: z.int(),
});

/**
 * ★ Money without mandate: an expense line above the village's threshold, or for an Art 24 matter, whose decision is
 * missing or has no valid trail through 决议公开 (rules: `mandateAlarms`). The finance desk's alarms and the public
 * compliance view's carry these fields.
 */
export const mandateAlarmFields = {
  index: z.int(),
  voucher: z.string(),
  date: z.string(),
  description: z.string(),
  classification: z.string(),
  amount: z.int(),
  /** Why the line needs a mandate, and what stands behind it. */
  reasons: z.array(z.enum(['overThreshold', 'art24Matter'])),
  trail: z.enum(['none', 'unknown', 'noTrail', 'complete', 'inProgress', 'invalid']),
  decisionId: z.optional(idSchema),
  matter: z.optional(z.string()),
  /** The findings in the caller's language. */
  issues: z.array(issueSchema),
};

/** An alarm on a published statement: which item posted it and for which period. */
export const publishedMandateAlarmSchema = z.looseObject({ itemId: idSchema, period: periodSchema, ...mandateAlarmFields });

export const complianceSchema = z.looseObject({
  villageId: idSchema,
  asOf: dateSchema,
  from: dateSchema,
  obligations: z.array(obligationSchema),
  /** ★ Spending on published statements without a valid decision behind it (see `publishedMandateAlarmSchema`). */
  mandateAlarms: z.optional(z.array(publishedMandateAlarmSchema)),
  summary: z.looseObject({ total: z.int(), met: z.int(), late: z.int(), overdue: z.int(), upcoming: z.int(), onSchedule: z.boolean() }),
});

export const getDisclosureCompliance = villageBoard.get('/compliance', publicRead, {
  id: 'getDisclosureCompliance',
  summary: 'Art 30 obligations (村民委员会组织法) and which are overdue as of a date',
  query: z.object({ asOf: z.optional(dateSchema), from: z.optional(dateSchema) }),
  response: complianceSchema,
});

export const disclosureQueryKinds = ['question', 'objection'] as const;

export const askDisclosureBodySchema = z.object({
  kind: z.enum(disclosureQueryKinds),
  text: z.string().check(z.minLength(5), z.maxLength(1000)),
  /** Optional so a villager can ask without leaving a number; when given it is never shown publicly. */
  contactPhone: z.optional(z.string().check(z.maxLength(20))),
});

export const askAboutDisclosure = item.post('/queries', signedInChange(201, { roles: ['villager', 'gridWorker', 'cadre', 'supervisor'] }), {
  id: 'askAboutDisclosure',
  summary: 'Ask a question about, or object to, a disclosed item (村民委员会组织法 Art 30 查询)',
  body: askDisclosureBodySchema,
  response: z.looseObject({
    id: idSchema,
    disclosureId: idSchema,
    kind: z.enum(disclosureQueryKinds),
    receivedOn: dateSchema,
    answerDueOn: dateSchema,
    status: z.string(),
    /** Shown once: the asker reads the answer back with it (`lookUpDisclosureQuery`); the server keeps only its hash. */
    receiptCode: z.string(),
  }),
});
