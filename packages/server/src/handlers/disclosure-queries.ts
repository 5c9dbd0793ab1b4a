import type { Handlers } from '../api/register.js';
import { openOwnVillage, requireOwnVillage } from '../disclosure/access.js';
import { transactionOf } from '../disclosure/ids.js';
import { answerQuery, loadQueries, publishFaq, queryForReceipt, requireQuery } from '../disclosure/queries.js';
import { askerView, byDeadline, staffContextOf, staffDetail, staffSummary } from '../disclosure/query-views.js';
import { loadSettings } from '../disclosure/store.js';
import { bumpVillageVersion } from '../points/cache.js';

type DisclosureQueryHandlers = Pick<
  Handlers,
  'listDisclosureQueries' | 'getDisclosureQuery' | 'answerDisclosureQuery' | 'publishDisclosureQueryFaq' | 'lookUpDisclosureQuery'
>;

/**
 * Villagers' queries (村民委员会组织法 Art 30 查询): the village's cadre answers them and may publish an answer as a
 * FAQ entry; the supervisor (村务监督委员会) follows them; the asker reads the answer back with the receipt code.
 */
export const disclosureQueryHandlers: DisclosureQueryHandlers = {
  listDisclosureQueries: async ({ db, params, query, principal, today }) => {
    const { villageId } = params;
    await openOwnVillage(db, principal, villageId);
    const [stored, settings] = await Promise.all([loadQueries(db, villageId), loadSettings(db, villageId)]);
    const shown = stored.filter((one) => query.status === undefined || one.status === query.status).sort(byDeadline);
    const context = await staffContextOf(db, villageId, shown, today);
    const items = shown.map((one) => staffSummary(one, context));
    return {
      body: {
        items,
        total: items.length,
        overdue: items.filter((one) => one.overdue).length,
        answerWorkingDays: settings.queryAnswerWorkingDays,
      },
    };
  },

  getDisclosureQuery: async ({ db, params, principal, today }) => {
    requireOwnVillage(principal, params.villageId);
    const query = await requireQuery(db, params.villageId, params.queryId);
    return { body: staffDetail(query, await staffContextOf(db, params.villageId, [query], today), principal) };
  },

  answerDisclosureQuery: async ({ db, params, body, principal, today, now }) => {
    requireOwnVillage(principal, params.villageId);
    const trx = transactionOf(db);
    const query = await requireQuery(trx, params.villageId, params.queryId);
    const after = await answerQuery({ trx, query, principal, today, now, text: body.text });
    return { body: staffDetail(after, await staffContextOf(trx, params.villageId, [after], today), principal) };
  },

  publishDisclosureQueryFaq: async ({ db, params, body, principal, today, now }) => {
    requireOwnVillage(principal, params.villageId);
    const trx = transactionOf(db);
    const query = await requireQuery(trx, params.villageId, params.queryId);
    const after = await publishFaq({ trx, query, principal, today, now, question: body.question, answer: body.answer });
    // The item's public detail now carries the entry: the village's cached reads start over (as on publishing an item).
    await bumpVillageVersion(trx, params.villageId);
    return { body: staffDetail(after, await staffContextOf(trx, params.villageId, [after], today), principal) };
  },

  // The asker's read: the code comes in the body, so it never sits in a URL (and the guess limiter counts misses).
  lookUpDisclosureQuery: async ({ db, params, body }) => ({
    body: askerView(await queryForReceipt(db, params.villageId, params.queryId, body.receiptCode)),
  }),
};
