import { issue, normalizeTrackingCode, ruleCheck, trackingCodeAlphabet } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { codeHolderRead, personalRead, signedInChange } from './answers.js';
import { cadres, cadresAndSupervisors } from './callers.js';
import { dateSchema, idSchema } from './common.js';
import { disclosureQueryKinds, faqEntrySchema } from './disclosure.js';
import { villageAt } from './resource.js';

/*
 * Villagers' queries (村民委员会组织法 Art 30: the committee "接受村民的查询"): staff list and answer them, publish
 * an answer as a public FAQ entry without the asker, and the asker reads the answer back with the receipt code
 * the ask route gave them (`askAboutDisclosure`). docs/rules/disclosure-queries.md.
 */

/** Symbols in a receipt code: 31^12 ≈ 7.9 × 10^17 codes (≈ 59 bits), from the tracking codes' unambiguous alphabet. */
export const receiptCodeLength = 12;
const receiptCodePattern = new RegExp(`^[${trackingCodeAlphabet}]{${String(receiptCodeLength)}}$`);

/** A receipt code as typed (spaces, dashes and lower case forgiven, as tracking codes); parsed to the bare code. */
export const receiptCodeSchema = z.string().check(
  z.maxLength(40),
  z.overwrite(normalizeTrackingCode),
  ruleCheck((code: string) => (receiptCodePattern.test(code) ? null : issue('disclosure.query.receiptCode.invalid'))),
);

export const disclosureQueryStatuses = ['received', 'answered'] as const;

const answerSchema = z.looseObject({ text: z.string(), answeredOn: dateSchema });

/** A query as staff see it in the list: who asked as the board shows staff data (the household's name), never a phone. */
export const disclosureQuerySummarySchema = z.looseObject({
  id: idSchema,
  disclosureId: idSchema,
  disclosureTitle: z.string(),
  kind: z.enum(disclosureQueryKinds),
  text: z.string(),
  receivedOn: dateSchema,
  answerDueOn: dateSchema,
  status: z.enum(disclosureQueryStatuses),
  /** Unanswered after `answerDueOn`. */
  overdue: z.boolean(),
  /** Working days left to `answerDueOn` (negative when overdue); 0 once answered. */
  workingDaysLeft: z.int(),
  asker: z.looseObject({ role: z.string(), householdName: z.optional(z.string()) }),
  /** Whether the asker left a number to call back; the number itself only in `getDisclosureQuery`, for a cadre. */
  hasContactPhone: z.boolean(),
  answer: z.optional(answerSchema),
  faq: z.optional(faqEntrySchema),
});

export const disclosureQuerySchema = z.looseObject({
  ...disclosureQuerySummarySchema.shape,
  /** The asker's number, for the cadre who calls back; never in a list, never to the supervisor. */
  contactPhone: z.optional(z.string()),
});

/** The village's queries, and one query (answered with it as staff see it). */
const villageQueries = villageAt('disclosure', '/disclosure-queries');
const query = villageAt('disclosure', '/disclosure-queries/{queryId}', disclosureQuerySchema);

export const listDisclosureQueries = villageQueries.get(personalRead(cadresAndSupervisors), {
  id: 'listDisclosureQueries',
  summary: "Villagers' queries about disclosed items, unanswered first by answer deadline, with overdue flags",
  query: z.object({ status: z.optional(z.enum(disclosureQueryStatuses)) }),
  response: z.looseObject({
    items: z.array(disclosureQuerySummarySchema),
    total: z.int(),
    overdue: z.int(),
    /** The village's answer deadline in working days (`queryAnswerWorkingDays`). */
    answerWorkingDays: z.int(),
  }),
});

export const getDisclosureQuery = query.get(personalRead(cadresAndSupervisors), {
  id: 'getDisclosureQuery',
  summary: 'One query, with the contact phone for the cadre who answers it',
});

export const answerDisclosureQuery = query.post('/answer', signedInChange(200, cadres), {
  id: 'answerDisclosureQuery',
  summary: 'Answer a query (once); the asker reads it with the receipt code',
  body: z.object({ text: z.string().check(z.trim(), z.minLength(2), z.maxLength(2000)) }),
});

export const publishDisclosureQueryFaq = query.post('/faq', signedInChange(200, cadres), {
  id: 'publishDisclosureQueryFaq',
  summary: "Publish an answered query as a FAQ entry on its item, in words without the asker's identity",
  body: z.object({
    question: z.string().check(z.trim(), z.minLength(5), z.maxLength(1000)),
    answer: z.string().check(z.trim(), z.minLength(2), z.maxLength(2000)),
  }),
  publishes: true,
});

/**
 * The asker's read-back. The receipt code is a password, so, like a mediation tracking code, it travels in the body
 * of a POST and never in a URL; a wrong code answers exactly as an unknown query (404), and misses are counted.
 */
export const lookUpDisclosureQuery = query.post('/lookup', codeHolderRead, {
  id: 'lookUpDisclosureQuery',
  summary: 'A query and its answer, for the asker holding its receipt code (sent in the body, never in the URL)',
  body: z.object({ receiptCode: receiptCodeSchema }),
  response: z.looseObject({
    id: idSchema,
    disclosureId: idSchema,
    kind: z.enum(disclosureQueryKinds),
    text: z.string(),
    receivedOn: dateSchema,
    answerDueOn: dateSchema,
    status: z.enum(disclosureQueryStatuses),
    answer: z.optional(answerSchema),
  }),
  /** Strict: a receipt code (or anything else) in the query string is refused before the route reads it. */
  query: z.strictObject({}),
});
