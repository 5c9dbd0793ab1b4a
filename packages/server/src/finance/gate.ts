import { requiresSignOff, type DisclosureSettings, type FinanceStatement } from '@shanzhi/rules';
import type { Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import { canonicalJson } from '../audit/canonical.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { appendEvent, findStatement, refuseChainBreak, saveStatement, type StoredStatement } from './store.js';

/*
 * The 民主理财 gate of publishing (disclosure/publish.ts calls it for every new item): a finance statement goes on the
 * board of a village that requires sign-off only as the very statement its supervisors signed off.
 */

function sameStatement(a: FinanceStatement, b: FinanceStatement): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * The imported statement this publication puts on the board (same month, same lines), or undefined. Refuses with
 * 422 'finance.signOff.required' when the village requires sign-off and the statement published is not the one
 * signed off (or none was), and with 422 'finance.chain.laterOpening' when it would break the balance chain.
 */
export async function financeSignOffFor(
  trx: Transaction<Database>,
  villageId: string,
  finance: FinanceStatement | undefined,
  settings: DisclosureSettings,
): Promise<StoredStatement | undefined> {
  if (!finance) return undefined;
  const month = finance.period.from.slice(0, 7);
  const stored = await findStatement(trx, villageId, month);
  const matches = stored !== undefined && stored.state !== 'published' && sameStatement(stored.statement, finance);
  if (requiresSignOff(settings) && !(matches && stored.state === 'signedOff')) {
    throw new HttpProblem(422, 'finance.signOff.required', {
      params: { period: month },
      issues: [{ code: 'finance.signOff.required', params: { period: month }, path: ['version', 'finance'] }],
    });
  }
  // The balance chain (store.ts `refuseChainBreak`): what goes up must close on the published next month's opening.
  await refuseChainBreak(trx, { villageId, month }, finance.closingBalance, !matches, ['version', 'finance', 'closingBalance']);
  return matches ? stored : undefined;
}

/** Marks the statement published as `itemId`: its history gains the step, the item shows the history from now on. */
export async function markFinancePublished(
  trx: Transaction<Database>,
  stored: StoredStatement | undefined,
  itemId: string,
  principal: Principal,
  now: Date,
): Promise<void> {
  if (!stored) return;
  const at = now.toISOString();
  const after: StoredStatement = { ...stored, state: 'published', itemId, updatedBy: principal.id, updatedAt: at };
  await saveStatement(trx, after, false);
  await appendEvent(trx, after, { action: 'publish', principal, at });
  await auditChange(trx, principal, now, 'finance.statement.publish', `finance-statement:${stored.id}`, stored, after);
}
