import { dueDate, evaluateEligibility, textIn } from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { catalogueOf, countyOf, guideByCode } from '../services/catalogue.js';
import { listPage } from '../services/listing.js';
import { fileRequest, printReceiptCode } from '../requests/store.js';
import {
  checkProxyOffered,
  checkVillage,
  parseProxyRequest,
  proxyReceiptView,
  proxyTransaction,
  storeProxyRequest,
} from '../services/proxy.js';

type ServicesHandlers = Pick<Handlers, 'listServices' | 'getService' | 'checkEligibility' | 'requestProxyService'>;

export const servicesHandlers: ServicesHandlers = {
  listServices: async ({ app, db, params, query }) => {
    const catalogue = await catalogueOf(app, db, await countyOf(db, params.regionId));
    return { body: listPage(catalogue, query) };
  },

  getService: async ({ db, params, today }) => {
    const { guide } = await guideByCode(db, params.serviceCode);
    // Working days through the holiday calendar; the day of application is not counted (民法典 Art 201).
    return { body: { ...guide, dueIfAppliedToday: dueDate(guide.timeLimits.promised, today), appliedOn: today } };
  },

  checkEligibility: async ({ db, params, body, today, locale }) => {
    const { guide } = await guideByCode(db, params.serviceCode);
    const result = evaluateEligibility(guide, body.answers, { asOf: body.asOf ?? today });
    return {
      body: {
        outcome: result.outcome,
        reasons: result.reasons.map((reason) => ({
          rule: reason.rule,
          status: reason.status,
          text: textIn(reason.text, locale),
          questions: [...reason.questions],
        })),
        missing: [...result.missing],
        invalid: [...result.invalid],
      },
    };
  },

  requestProxyService: async ({ db, params, body, principal, today, now, locale }) => {
    const trx = proxyTransaction(db);
    const { guide, countyId } = await guideByCode(trx, params.serviceCode);
    checkProxyOffered(guide);
    await checkVillage(trx, body.villageId, countyId);
    const request = parseProxyRequest(body, guide.code, today);
    const stored = await storeProxyRequest(trx, request, body.villageId, principal, now);
    // The same request enters the lifecycle staff work on their desk; the villager follows and rates it with the code.
    const filed = await fileRequest(trx, {
      villageId: body.villageId,
      kind: 'proxy',
      subject: guide.code,
      subjectName: { 'zh-CN': guide.name['zh-CN'], en: guide.name.en ?? guide.name['zh-CN'] },
      applicant: request.applicant,
      text: request.note,
      proxyRequestId: stored.id,
      principal,
      today,
      now,
    });
    return { body: { ...proxyReceiptView(stored, locale), requestId: filed.request.id, receiptCode: printReceiptCode(filed.receiptCode) } };
  },
};
