import { checkItem, localizeIssues, type DisclosureSettings, type Locale, type RuleIssue } from '@shanzhi/rules';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import type { StoredDraft } from './drafts-store.js';
import type { PublishBody } from './publish.js';
import { findItem } from './store.js';

/*
 * The rules for drafts (公开草稿). A draft is the body `publishDisclosure` would take; saving it never refuses it for
 * what the rules find (the editor shows the findings as the cadre works), only for what would make it not a draft of
 * this village at all: a correction of an item the village does not have, or without its reason.
 */

/**
 * What publishing `attempt` would refuse, found by running it for real inside a savepoint that is always rolled
 * back: the findings are exactly the publish path's own (publish.ts and any gate added there), never a copy of its
 * checks that could drift. Only a refusal with field issues (422) is a finding; anything else is thrown on.
 */
export async function findingsOf(trx: Transaction<Database>, attempt: () => Promise<unknown>): Promise<RuleIssue[]> {
  await sql`SAVEPOINT disclosure_draft_check`.execute(trx);
  try {
    await attempt();
    return [];
  } catch (error) {
    if (!(error instanceof HttpProblem) || error.status !== 422) throw error;
    if (error.issues.length > 0) return [...error.issues];
    return [{ code: error.code as RuleIssue['code'], params: error.params, path: [] }];
  } finally {
    await sql`ROLLBACK TO SAVEPOINT disclosure_draft_check`.execute(trx);
    await sql`RELEASE SAVEPOINT disclosure_draft_check`.execute(trx);
  }
}

/**
 * The publish path stops at its first refusing stage (the day on the board before the item's own checks), so a new
 * draft also gets the rules' item checks directly (category, attachments, reconciliation), at the paths of the body:
 * the editor shows everything to fix at once. Findings already reported by the trial are not repeated.
 */
export function withItemChecks(found: readonly RuleIssue[], body: PublishBody, settings: DisclosureSettings): RuleIssue[] {
  if (body.correctsId !== undefined) return [...found];
  const item = { id: 'draft', category: body.category, versions: [{ version: 1, ...body.version }] };
  const more = checkItem(item, { settings }).map((one) => {
    const [head, , ...rest] = one.path;
    return head === 'versions' ? { ...one, path: ['version', ...rest] } : one;
  });
  const key = (one: RuleIssue) => `${one.code} ${one.path.join('.')}`;
  const seen = new Set(found.map(key));
  return [...found, ...more.filter((one) => !seen.has(key(one)))];
}

/** 422 at `path` with `code`: a draft that cannot be kept as it is. */
function refuseField(code: RuleIssue['code'], path: RuleIssue['path']): HttpProblem {
  return new HttpProblem(422, 'validation', { issues: [{ code, path }] });
}

/**
 * A correction draft names an item of this village and says why it corrects it (a published item is never edited in
 * place; the correction note with its reason is what villagers read in the history, 村民委员会组织法 Art 30 公开真实).
 */
export async function requireCorrectable(trx: Transaction<Database>, villageId: string, body: PublishBody): Promise<void> {
  if (body.correctsId === undefined) return;
  if (!(await findItem(trx, villageId, body.correctsId))) throw refuseField('field.invalid', ['correctsId']);
  if ((body.correctionReason ?? '').trim().length === 0) throw refuseField('disclosure.correction.reasonRequired', ['correctionReason']);
}

/** 409 unless the caller edited the revision that is stored: someone else saved in between. */
export function requireRevision(draft: StoredDraft, revision: number): void {
  if (draft.revision === revision) return;
  const params = { current: draft.revision, revision };
  throw new HttpProblem(409, 'disclosure.draft.staleRevision', {
    params,
    issues: [{ code: 'disclosure.draft.staleRevision', params, path: ['revision'] }],
  });
}

/** The draft as the contract answers it: the body, its revision and times, and the findings in the caller's language. */
export function draftView(draft: StoredDraft, locale: Locale) {
  return {
    ...draft.body,
    id: draft.id,
    villageId: draft.villageId,
    revision: draft.revision,
    createdAt: draft.createdAt,
    updatedAt: draft.updatedAt,
    findings: localizeIssues(draft.findings, locale).map(({ path, code, message }) => ({ path: [...path], code, message })),
  };
}

/** A list row (no bodies). */
export function draftSummary(draft: StoredDraft) {
  const { version } = draft.body;
  return {
    id: draft.id,
    revision: draft.revision,
    category: draft.body.category,
    title: version.title,
    period: version.period,
    published: version.notice.published,
    ...(draft.body.correctsId === undefined ? {} : { correctsId: draft.body.correctsId }),
    updatedAt: draft.updatedAt,
    hasFinance: version.finance !== undefined,
    findings: draft.findings.length,
  };
}
