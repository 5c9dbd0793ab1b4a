import { checkPosting, currentVersion, defaultDisclosureCategories, postingState, recordedOn, type PostingState } from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { checkAttachmentIds } from '../attachments/references.js';
import { auditChange } from '../audit/log.js';
import { openOwnVillage, requireOwnVillage } from '../disclosure/access.js';
import { transactionOf } from '../disclosure/ids.js';
import { inYearMonth } from '../disclosure/listing.js';
import { findItem, loadItems, requireVillage, staffNameOf, type StoredItem } from '../disclosure/store.js';
import { HttpProblem } from '../http/problem.js';
import { monthItems, publicDetails, villageNameOf } from '../postings/poster.js';
import { insertPostings, newPosting, nextPostingId, postingBody, postingsByItem, type StoredPosting } from '../postings/store.js';

type PostingHandlers = Pick<Handlers, 'getDisclosurePoster' | 'listDisclosurePostings' | 'recordDisclosurePosting'>;

/** Items needing the board first: the longest overdue on top, then the newest. */
function byUrgency(a: { state: PostingState; published: string }, b: { state: PostingState; published: string }): number {
  return b.state.overdueDays - a.state.overdueDays || b.published.localeCompare(a.published);
}

function listRow(item: StoredItem, postings: readonly StoredPosting[], state: PostingState) {
  const version = currentVersion(item);
  return {
    id: item.id,
    category: item.category,
    title: version.title,
    published: recordedOn(version),
    status: state.status,
    currentVersion: state.currentVersion,
    postedVersion: state.postedVersion,
    overdueDays: state.overdueDays,
    postings: postings.map(postingBody),
  };
}

export const postingHandlers: PostingHandlers = {
  getDisclosurePoster: async ({ db, params, query, today, locale }) => {
    const { villageId } = params;
    await requireVillage(db, villageId);
    let items: StoredItem[];
    if (query.item !== undefined) {
      const item = await findItem(db, villageId, query.item);
      if (!item) throw HttpProblem.of('not-found');
      items = [item];
    } else if (query.year !== undefined && query.month !== undefined) {
      items = monthItems(await loadItems(db, villageId), query.year, query.month, today);
    } else {
      // One item, or one month of one year: a poster of everything ever published is not a notice board.
      const missing = query.year === undefined ? 'year' : 'month';
      throw HttpProblem.validation([
        { code: 'field.required', path: [query.month === undefined && query.year === undefined ? 'item' : missing] },
      ]);
    }
    return {
      body: {
        villageId,
        villageName: await villageNameOf(db, villageId),
        asOf: today,
        categories: [...defaultDisclosureCategories],
        items: await publicDetails(db, villageId, items, today, locale),
      },
    };
  },

  listDisclosurePostings: async ({ db, params, query, principal, today }) => {
    const { villageId } = params;
    await openOwnVillage(db, principal, villageId);
    const [items, postings] = await Promise.all([loadItems(db, villageId), postingsByItem(db, villageId)]);
    const rows = items
      .filter((item) => inYearMonth(currentVersion(item).period, query.year, query.month))
      .map((item) => {
        const own = postings.get(item.id) ?? [];
        return { item, own, state: postingState(item, own, today), published: recordedOn(currentVersion(item)) };
      });
    const summary = { total: rows.length, posted: 0, outdated: 0, unposted: 0, upcoming: 0 };
    for (const row of rows) summary[row.state.status] += 1;
    // "Never posted" is about what is in force: a correction that never went up leaves the old text on the wall.
    const shown = query.unposted === true ? rows.filter((row) => row.state.status === 'unposted' || row.state.status === 'outdated') : rows;
    return {
      body: {
        villageId,
        asOf: today,
        items: shown.sort(byUrgency).map((row) => listRow(row.item, row.own, row.state)),
        summary,
      },
    };
  },

  recordDisclosurePosting: async ({ db, params, body, principal, today, now }) => {
    const { villageId, disclosureId } = params;
    requireOwnVillage(principal, villageId);
    const trx = transactionOf(db);
    const item = await findItem(trx, villageId, disclosureId);
    if (!item) throw HttpProblem.of('not-found');
    const issues = checkPosting(item, body.postedOn, today);
    const notYet = issues.find((one) => one.code === 'posting.item.notYetPublished');
    if (notYet) throw new HttpProblem(409, notYet.code, notYet.params === undefined ? {} : { params: notYet.params });
    if (issues.length > 0) throw HttpProblem.validation(issues);
    await checkAttachmentIds(trx, principal, villageId, 'disclosure-posting', body.photoId === undefined ? [] : [body.photoId], [
      'photoId',
    ]);
    const posting = newPosting({
      id: await nextPostingId(trx, disclosureId),
      villageId,
      disclosureId,
      version: currentVersion(item).version,
      body,
      postedBy: { id: principal.id, name: await staffNameOf(trx, principal.id), role: principal.role },
      now,
    });
    await insertPostings(trx, [posting]);
    await auditChange(trx, principal, now, 'disclosure.posting.create', `disclosure-posting:${posting.id}`, null, posting);
    return { status: 201, body: postingBody(posting) };
  },
};
