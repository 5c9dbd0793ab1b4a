import {
  checkItem,
  compareDates,
  correctItem,
  currentVersion,
  type CalendarDate,
  type DisclosureChange,
  type DisclosureItem,
  type DisclosureSettings,
  type RuleIssue,
} from '@shanzhi/rules';
import type { publishDisclosureBodySchema } from '@shanzhi/sdk';
import type { Transaction } from 'kysely';
import type * as z from 'zod/mini';
import type { Principal } from '../auth/principal.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { financeSignOffFor, markFinancePublished } from '../finance/gate.js';
import { nextItemId } from './ids.js';
import { findDecision, findItem, insertItem, replaceItem, staffNameOf, type StoredItem } from './store.js';

export type PublishBody = z.output<typeof publishDisclosureBodySchema>;

/** A business-rule refusal: 422 titled by the first finding, with every finding in `issues`. */
export function refusal(issues: readonly RuleIssue[]): HttpProblem {
  const first = issues[0];
  if (!first) return HttpProblem.of('internal');
  return new HttpProblem(422, first.code, { ...(first.params === undefined ? {} : { params: first.params }), issues });
}

/** Findings on the item (`versions[i]…`) re-pointed at the request body (`version…`). */
function toBodyPaths(issues: readonly RuleIssue[], versionIndex: number): RuleIssue[] {
  return issues.map((found) => {
    const [head, index, ...rest] = found.path;
    if (head === 'versions' && index === versionIndex) return { ...found, path: ['version', ...rest] };
    return found;
  });
}

/**
 * A disclosure's day on the board is the record Art 30 duties are judged by, so it cannot be set in
 * the past: that would make a late disclosure look punctual (Art 31 treats a false one like a
 * missing one). A future day schedules the item ('upcoming'). A correction may keep the day the item
 * already carries (extending or fixing the text of a notice that is up).
 */
function checkPublicationDay(published: CalendarDate, today: CalendarDate, keeps: CalendarDate | undefined): RuleIssue[] {
  if (compareDates(published, today) >= 0 || published === keeps) return [];
  return [{ code: 'field.tooSmall', params: { minimum: today }, path: ['version', 'notice', 'published'] }];
}

/** The rules' checks for the version being added, with the village's settings; earlier versions are history. */
function check(item: DisclosureItem, settings: DisclosureSettings): void {
  const last = item.versions.length - 1;
  const issues = checkItem(item, { settings }).filter((found) => found.path[0] !== 'versions' || found.path[1] === last);
  if (issues.length > 0) throw refusal(toBodyPaths(issues, last));
}

export interface PublishInput {
  readonly trx: Transaction<Database>;
  readonly villageId: string;
  readonly body: PublishBody;
  readonly principal: Principal;
  readonly settings: DisclosureSettings;
  readonly today: CalendarDate;
  readonly now: Date;
}

/** Posts a new item: version 1, checked by the rules, audited in the same transaction. */
export async function publishNew(input: PublishInput): Promise<StoredItem> {
  const { trx, villageId, body, principal, settings, today } = input;
  const issues = checkPublicationDay(body.version.notice.published, today, undefined);
  if (body.decisionId !== undefined && !(await findDecision(trx, villageId, body.decisionId))) {
    issues.push({ code: 'field.invalid', path: ['decisionId'] });
  }
  if (issues.length > 0) throw refusal(issues);

  const item: StoredItem = {
    id: await nextItemId(trx, villageId),
    category: body.category,
    ...(body.decisionId === undefined ? {} : { decisionId: body.decisionId }),
    versions: [{ version: 1, ...body.version }],
    villageId,
    publishedBy: principal.id,
  };
  check(item, settings);
  // 民主理财: where the village requires it, a finance statement goes up only as signed off (finance/gate.ts).
  const signedOff = await financeSignOffFor(trx, villageId, body.version.finance, settings);
  await insertItem(trx, item);
  await auditChange(trx, principal, input.now, 'disclosure.item.publish', `disclosure-item:${item.id}`, null, item);
  await markFinancePublished(trx, signedOff, item.id, principal, input.now);
  return item;
}

/**
 * Corrects an item through the rules' `correctItem`: a new version carrying who, when (today) and why;
 * the earlier versions stay as they were. The body carries the whole corrected version, so a finance
 * statement left out is withdrawn. The category and decision stay with the item.
 */
export async function publishCorrection(
  input: PublishInput & { readonly correctsId: string },
): Promise<{ before: StoredItem; after: StoredItem }> {
  const { trx, villageId, body, principal, settings, today } = input;
  const before = await findItem(trx, villageId, input.correctsId);
  if (!before) throw HttpProblem.of('not-found');

  const issues = checkPublicationDay(body.version.notice.published, today, currentVersion(before).notice.published);
  if (body.category !== before.category) issues.push({ code: 'field.invalid', path: ['category'] });
  if (body.decisionId !== undefined && body.decisionId !== before.decisionId) issues.push({ code: 'field.invalid', path: ['decisionId'] });
  if (issues.length > 0) throw refusal(issues);

  const change: DisclosureChange = { ...body.version, finance: body.version.finance };
  const corrected = correctItem(before, change, {
    at: today,
    by: await staffNameOf(trx, principal.id),
    reason: body.correctionReason ?? '',
  });
  if (!corrected.ok) {
    throw refusal(
      corrected.issues.map((found) =>
        found.path[0] === 'reason' ? { ...found, path: ['correctionReason'] } : { ...found, path: ['version', ...found.path] },
      ),
    );
  }
  const after: StoredItem = { ...corrected.value, villageId: before.villageId, publishedBy: before.publishedBy };
  check(after, settings);
  await replaceItem(trx, after);
  await auditChange(trx, principal, input.now, 'disclosure.item.correct', `disclosure-item:${after.id}`, before, after);
  return { before, after };
}
