import { complianceAsOf, currentVersion, defaultDisclosureCategories, statusOn, type CalendarDate, type Locale } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { publishDisclosure } from '@shanzhi/sdk';
import type { HandlerContext } from '../api/context.js';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { handlesVillage, requireOwnVillage } from '../disclosure/access.js';
import { buildDetail } from '../disclosure/detail.js';
import { transactionOf } from '../disclosure/ids.js';
import { defaultPageSize, filterSummaries, pageAfter } from '../disclosure/listing.js';
import { publishCorrection, publishNew, type PublishBody } from '../disclosure/publish.js';
import { loadFaq, receiptOf, storeQuery } from '../disclosure/queries.js';
import {
  findDecision,
  findItem,
  loadDecisions,
  loadItems,
  loadReliefLists,
  loadSettings,
  requireVillage,
  type StoredItem,
} from '../disclosure/store.js';
import { loadDecisionRecords } from '../decisions/store.js';
import { loadItemSignOffs } from '../finance/store.js';
import { alarmViews } from '../finance/view.js';
import { HttpProblem } from '../http/problem.js';
import { bumpVillageVersion } from '../points/cache.js';

type DisclosureHandlers = Pick<
  Handlers,
  'listDisclosures' | 'getDisclosureCompliance' | 'getDisclosure' | 'publishDisclosure' | 'askAboutDisclosure'
>;

interface DetailContext {
  readonly db: Kysely<Database> | Transaction<Database>;
  readonly principal: Principal;
  readonly today: CalendarDate;
  readonly locale: Locale;
}

async function detailOf(ctx: DetailContext, item: StoredItem) {
  const [decision, reliefLists, settings, faq, signOffs] = await Promise.all([
    item.decisionId === undefined ? undefined : findDecision(ctx.db, item.villageId, item.decisionId),
    loadReliefLists(ctx.db, item.villageId, item.id),
    loadSettings(ctx.db, item.villageId),
    loadFaq(ctx.db, item.villageId, item.id),
    loadItemSignOffs(ctx.db, item.villageId, item.id),
  ]);
  return buildDetail({
    item,
    decision,
    reliefLists,
    settings,
    faq,
    signOffs,
    today: ctx.today,
    locale: ctx.locale,
    principal: ctx.principal,
  });
}

export const disclosureHandlers: DisclosureHandlers = {
  /** Newest first; `year`/`month` select by the period reported on (see `inYearMonth`), `status` by `statusOn(item, today)`. */
  listDisclosures: async ({ db, params, query, principal, today }) => {
    await requireVillage(db, params.villageId);
    // `q` matches the text as this caller reads it: raw numbers only for those who handle the village's records.
    const rows = filterSummaries(await loadItems(db, params.villageId), query, today, handlesVillage(principal, params.villageId));
    const page = pageAfter(rows, query.cursor, query.limit ?? defaultPageSize);
    return { body: { ...page, categories: [...defaultDisclosureCategories], total: rows.length } };
  },

  getDisclosureCompliance: async ({ db, params, query, today, locale }) => {
    const { villageId } = params;
    await requireVillage(db, villageId);
    const [items, decisions, settings, records] = await Promise.all([
      loadItems(db, villageId),
      loadDecisions(db, villageId),
      loadSettings(db, villageId),
      loadDecisionRecords(db, villageId),
    ]);
    const asOf = query.asOf ?? today;
    const report = complianceAsOf(items, decisions, settings, asOf, query.from === undefined ? {} : { from: query.from });
    // ★ Money without mandate on what the village has published: the public can check spending against its decisions.
    const finance = { settings, decisions: records.map((one) => ({ id: one.id, trail: one.trail })), today: asOf, locale };
    const mandateAlarms = items
      .filter((item) => statusOn(item, asOf) !== 'upcoming')
      .flatMap((item) => {
        const statement = currentVersion(item).finance;
        if (!statement || statement.period.to < report.from) return [];
        return alarmViews(statement, finance).map((alarm) => ({ itemId: item.id, period: statement.period, ...alarm }));
      });
    return {
      body: {
        villageId,
        ...report,
        obligations: report.obligations.map((obligation) => ({ ...obligation })),
        summary: { ...report.summary },
        mandateAlarms,
      },
    };
  },

  getDisclosure: async (ctx) => {
    const item = await findItem(ctx.db, ctx.params.villageId, ctx.params.disclosureId);
    if (!item) throw HttpProblem.of('not-found');
    return { body: await detailOf(ctx, item) };
  },

  publishDisclosure: async (ctx) => {
    const { villageId } = ctx.params;
    requireOwnVillage(ctx.principal, villageId);
    const trx = transactionOf(ctx.db);
    await requireVillage(trx, villageId);
    const input = {
      trx,
      villageId,
      body: ctx.body,
      principal: ctx.principal,
      settings: await loadSettings(trx, villageId),
      today: ctx.today,
      now: ctx.now,
    };
    const item =
      ctx.body.correctsId === undefined
        ? await publishNew(input)
        : (await publishCorrection({ ...input, correctsId: ctx.body.correctsId })).after;
    // The village's cached reads start over, on every server process (the version row commits with the item).
    await bumpVillageVersion(trx, villageId);
    return { status: 201, body: await detailOf({ ...ctx, db: trx }, item) };
  },

  askAboutDisclosure: async (ctx) => {
    const { villageId, disclosureId } = ctx.params;
    requireOwnVillage(ctx.principal, villageId);
    const trx = transactionOf(ctx.db);
    if (!(await findItem(trx, villageId, disclosureId))) throw HttpProblem.of('not-found');
    const stored = await storeQuery({
      trx,
      villageId,
      disclosureId,
      body: ctx.body,
      principal: ctx.principal,
      settings: await loadSettings(trx, villageId),
      today: ctx.today,
      now: ctx.now,
    });
    return { status: 201, body: receiptOf(stored.query, stored.receiptCode) };
  },
};

/** The fields of a request every route shares (whatever its route). */
export type RequestBasics = Omit<HandlerContext<typeof publishDisclosure>, 'route' | 'params' | 'query' | 'body' | 'db'>;

/**
 * Publishes `body` exactly as `publishDisclosure` does (same checks, same audit, same cache bump, same answer): for the
 * routes whose work ends in a disclosure (a draft published, a finance statement put up).
 */
export function publishThroughBoard(ctx: RequestBasics, trx: Transaction<Database>, villageId: string, body: PublishBody) {
  return disclosureHandlers.publishDisclosure({
    ...ctx,
    route: publishDisclosure,
    params: { villageId },
    query: undefined,
    body,
    db: trx,
  });
}
