import {
  applicationChannelCodes,
  bilingualTextSchema,
  departmentSchema,
  lifeEventSchema,
  proxyStepCodes,
  searchKeysSchema,
  serviceCodeSchema,
  serviceGuideSchema,
  timeLimitSchema,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { publicPage, publicRead, publicSubmission } from './answers.js';
import { dateSchema, idSchema, noteSchema, searchQuery } from './common.js';
import { resourceAt } from './resource.js';

/** A catalogue row, with the precomputed pinyin keys so the browser can search without a pinyin dictionary. */
export const serviceSummarySchema = z.looseObject({
  code: serviceCodeSchema,
  name: bilingualTextSchema,
  department: z.string(),
  lifeEvents: z.array(z.string()),
  channels: z.array(z.enum(applicationChannelCodes)),
  villageProxy: z.boolean(),
  onlineDepth: z.int(),
  promisedLimit: timeLimitSchema,
  visits: z.int(),
  keywords: z.array(z.string()),
  searchKeys: searchKeysSchema,
});

/** A region (a county, a town): its catalogue lists the services its departments and villages offer. */
const region = resourceAt('services', '/v1/regions/{regionId}', z.object({ regionId: idSchema }));

export const listServices = region.get('/services', publicPage, {
  id: 'listServices',
  summary: 'The service catalogue of a region, searchable by name, keyword, full pinyin and initials',
  query: pageQuery({
    q: searchQuery,
    department: z.optional(z.string().check(z.maxLength(32))),
    lifeEvent: z.optional(z.string().check(z.maxLength(32))),
    channel: z.optional(z.enum(applicationChannelCodes)),
    villageProxy: z.optional(z.stringbool()),
  }),
  response: pageWith(serviceSummarySchema, {
    total: z.int(),
    departments: z.array(departmentSchema),
    lifeEvents: z.array(lifeEventSchema),
  }),
});

export const serviceDetailSchema = z.looseObject({
  ...serviceGuideSchema.shape,
  /** The day the applicant could expect a result if they applied today (working days, holiday calendar). */
  dueIfAppliedToday: z.nullable(dateSchema),
  appliedOn: dateSchema,
});

/** One service of the catalogue, named by its code; reading it answers with its guide. */
const service = resourceAt('services', '/v1/services/{serviceCode}', z.object({ serviceCode: serviceCodeSchema }), serviceDetailSchema);

export const getService = service.get(publicRead, {
  id: 'getService',
  summary: 'The full service guide (办事指南)',
});

const answerValue = z.union([
  z.string().check(z.maxLength(500)),
  z.number(),
  z.boolean(),
  z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
  z.null(),
]);

export const eligibilityResultSchema = z.looseObject({
  outcome: z.enum(['eligible', 'notEligible', 'needMoreInfo']),
  reasons: z.array(
    z.looseObject({ rule: z.string(), status: z.enum(['failed', 'undecided']), text: z.string(), questions: z.array(z.string()) }),
  ),
  missing: z.array(z.string()),
  invalid: z.array(z.string()),
});

export const checkEligibility = service.post('/eligibility', publicRead, {
  id: 'checkEligibility',
  summary: 'Answers to the eligibility questions → eligible / not eligible / need more information, with reasons',
  body: z.object({ answers: z.record(z.string().check(z.maxLength(64)), answerValue), asOf: z.optional(dateSchema) }),
  response: eligibilityResultSchema,
});

export const proxyReceiptSchema = z.looseObject({
  id: idSchema,
  serviceCode: serviceCodeSchema,
  receivedOn: dateSchema,
  /** Where the 7-step 村级代办 flow stands: 委托 → 受理 → 上报/转办 → 办理 → 送达 → 回访 → 归档. */
  step: z.enum(proxyStepCodes),
  steps: z.array(z.looseObject({ code: z.enum(proxyStepCodes), label: z.string(), done: z.boolean(), on: z.optional(dateSchema) })),
  forwardBy: dateSchema,
  /**
   * The request as the lifecycle of `requests.ts` tracks it (staff work it on their desk): its id and the receipt code,
   * shown this once, with which the villager follows and rates it (`lookUpServiceRequest`, `rateServiceRequest`).
   */
  requestId: z.optional(idSchema),
  receiptCode: z.optional(z.string()),
});

export const requestProxyService = service.post('/proxy-requests', publicSubmission, {
  id: 'requestProxyService',
  summary: 'Ask the village service station to handle the service on your behalf (村级代办)',
  body: z.object({
    villageId: idSchema,
    applicant: z.object({ name: z.string().check(z.minLength(2), z.maxLength(20)), mobile: z.string().check(z.maxLength(20)) }),
    note: z.optional(noteSchema),
  }),
  response: proxyReceiptSchema,
});
