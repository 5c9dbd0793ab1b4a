import {
  appendStep,
  checkNextStep,
  checkReconvene,
  checkTrail,
  decisionRefusalStatus,
  findArt24Matter,
  observeStep,
  reconveneStep,
  type DisclosureSettings,
  type RuleIssue,
  type StepDraft,
  type Trail,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import { checkAttachmentIds } from '../attachments/references.js';
import { auditChange } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { decisionSummary, decisionView } from '../decisions/view.js';
import { findDecisionRecord, loadDecisionRecords, saveDecisionRecord, type StoredDecisionRecord } from '../decisions/store.js';
import { transactionOf } from '../disclosure/ids.js';
import { publishNew } from '../disclosure/publish.js';
import { loadSettings, requireVillage } from '../disclosure/store.js';
import { HttpProblem } from '../http/problem.js';
import { bumpVillageVersion, requireOwnVillage } from '../points/access.js';
import { nextSerial } from '../supermarket/serial.js';

type DecisionHandlers = Pick<
  Handlers,
  | 'listDecisions'
  | 'getDecision'
  | 'openDecision'
  | 'recordDecisionStep'
  | 'reconveneDecisionStep'
  | 'observeDecisionStep'
  | 'publishDecisionStep'
>;

/** A refusal of the desk: its status by the first code (409 for a state conflict, 422 otherwise), every issue listed. */
function refusal(issues: readonly RuleIssue[]): HttpProblem {
  const first = issues[0];
  if (first === undefined) return HttpProblem.of('internal');
  return new HttpProblem(decisionRefusalStatus(first.code), first.code, { params: first.params ?? {}, issues });
}

/**
 * The order of refusals: a step in the wrong place (or done twice) first, then what already recorded blocks the next
 * step (an invalid or missing one: `decision.step.previousInvalid`, with the trail's own findings at their paths),
 * then what is wrong with the record itself.
 */
function refuseUnlessClear(verdict: { refusals: readonly RuleIssue[]; blocking: readonly RuleIssue[] }): void {
  const [first] = verdict.refusals;
  if (first?.path[0] === 'step') throw refusal(verdict.refusals);
  if (verdict.blocking.length > 0) throw new HttpProblem(422, 'decision.step.previousInvalid', { params: {}, issues: verdict.blocking });
  if (first !== undefined) throw refusal(verdict.refusals);
}

/** The day the decision was made: the valid resolution's (a resolution whose meeting could not decide gives none). */
function decidedOn(trail: Trail, settings: DisclosureSettings): string | undefined {
  const resolution = trail.steps.find((step) => step.step === 'resolution');
  if (!resolution) return undefined;
  const check = checkTrail(trail, { settings });
  const index = trail.steps.indexOf(resolution);
  const faulty = check.issues.some((one) => one.path[0] === 'steps' && one.path[1] === index);
  return faulty ? undefined : resolution.date;
}

/** The record with its new trail: kept on the desk from now on (no longer `legacy`), decided once its resolution is valid. */
function withTrail(record: StoredDecisionRecord, trail: Trail, settings: DisclosureSettings): StoredDecisionRecord {
  const decided = record.decidedOn ?? decidedOn(trail, settings);
  return { ...record, legacy: undefined, trail, ...(decided === undefined ? {} : { decidedOn: decided }) };
}

/**
 * A write's start: the caller's own village (403 otherwise), the request's transaction, the decision (404 unless it is
 * this village's) and the village's settings.
 */
async function openForWrite(
  db: Kysely<Database> | Transaction<Database>,
  principal: Principal,
  params: { readonly villageId: string; readonly decisionId: string },
): Promise<{ trx: Transaction<Database>; before: StoredDecisionRecord; settings: DisclosureSettings }> {
  requireOwnVillage(principal, params.villageId);
  const trx = transactionOf(db);
  const before = await findDecisionRecord(trx, params.villageId, params.decisionId);
  if (!before) throw HttpProblem.of('not-found');
  return { trx, before, settings: await loadSettings(trx, params.villageId) };
}

/**
 * A write's end, in the same transaction: the record stored (and its board copy), the change audited (who, when, the
 * states before and after), and the village's cached reads started over when the board changed (a decision made, an
 * item posted).
 */
async function commit(
  write: { readonly trx: Transaction<Database>; readonly principal: Principal; readonly now: Date; readonly settings: DisclosureSettings },
  action: string,
  before: StoredDecisionRecord,
  after: StoredDecisionRecord,
  boardChanged = after.decidedOn !== before.decidedOn,
): Promise<void> {
  const { trx, principal, now, settings } = write;
  await saveDecisionRecord(trx, before, after, settings);
  await auditChange(trx, principal, now, action, `decision:${after.id}`, before, after);
  if (boardChanged) await bumpVillageVersion(trx, after.villageId);
}

export const decisionHandlers: DecisionHandlers = {
  listDecisions: async ({ db, params, query, principal, today, locale }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    await requireVillage(db, villageId);
    const settings = await loadSettings(db, villageId);
    const items = (await loadDecisionRecords(db, villageId))
      .map((record) => decisionSummary(record, settings, today, locale))
      .filter((row) => query.status === undefined || row.status === query.status)
      .sort((a, b) => b.openedOn.localeCompare(a.openedOn) || b.id.localeCompare(a.id));
    return { body: { villageId, items, asOf: today } };
  },

  getDecision: async ({ db, params, principal, today, locale }) => {
    const { villageId, decisionId } = params;
    requireOwnVillage(principal, villageId);
    const record = await findDecisionRecord(db, villageId, decisionId);
    if (!record) throw HttpProblem.of('not-found');
    return { body: decisionView(record, await loadSettings(db, villageId), today, locale) };
  },

  openDecision: async ({ db, params, body, principal, today, now, locale }) => {
    const { villageId } = params;
    requireOwnVillage(principal, villageId);
    const trx = transactionOf(db);
    await requireVillage(trx, villageId);
    const settings = await loadSettings(trx, villageId);
    const matter = body.matter === undefined ? undefined : findArt24Matter(body.matter);
    const record: StoredDecisionRecord = {
      id: await nextSerial(trx, 'decision_records', 'dcs-'),
      title: body.title ?? matter?.label['zh-CN'] ?? '',
      ...(body.matter === undefined ? {} : { matter: body.matter }),
      ...(body.category === undefined ? {} : { category: body.category }),
      openedOn: today,
      openedBy: principal.id,
      villageId,
      trail: {
        ...(body.matter === undefined ? {} : { matter: body.matter }),
        ...(body.delegatedToRepresentatives === undefined ? {} : { delegatedToRepresentatives: body.delegatedToRepresentatives }),
        // Seed 000 一听 first, as the village's setting says when the decision is opened (kept with the trail).
        hearingRequired: settings.hearingRequired,
        steps: [],
      },
    };
    await saveDecisionRecord(trx, undefined, record, settings);
    await auditChange(trx, principal, now, 'decision.open', `decision:${record.id}`, null, record);
    return { status: 201, body: decisionView(record, settings, today, locale) };
  },

  recordDecisionStep: async ({ db, params, body, principal, today, now, locale }) => {
    const { trx, before, settings } = await openForWrite(db, principal, params);
    const draft: StepDraft = body;
    await checkAttachmentIds(trx, principal, before.villageId, 'decision-record', draft.attachmentIds ?? []);
    refuseUnlessClear(checkNextStep(before.trail, draft, { settings, today }));
    const after = withTrail(before, appendStep(before.trail, draft), settings);
    await commit({ trx, principal, now, settings }, `decision.step.${draft.step}`, before, after);
    return { status: 201, body: decisionView(after, settings, today, locale) };
  },

  reconveneDecisionStep: async ({ db, params, body, principal, today, now, locale }) => {
    const { trx, before, settings } = await openForWrite(db, principal, params);
    const { reason, ...draft } = body;
    await checkAttachmentIds(trx, principal, before.villageId, 'decision-record', draft.attachmentIds ?? []);
    const verdict = checkReconvene(before.trail, draft, { settings, today });
    if (verdict.refusals.length > 0) throw refusal(verdict.refusals);
    // The reason travels in the audited record (the earlier attempt's `reason`).
    const after = withTrail(before, reconveneStep(before.trail, draft, today, reason), settings);
    await commit({ trx, principal, now, settings }, `decision.reconvene.${draft.step}`, before, after);
    return { status: 201, body: decisionView(after, settings, today, locale) };
  },

  observeDecisionStep: async ({ db, params, body, principal, today, now, locale }) => {
    const { trx, before, settings } = await openForWrite(db, principal, params);
    const observation = { kind: body.kind, on: today, by: principal.id, ...(body.note ? { note: body.note } : {}) };
    const trail = observeStep(before.trail, body.step, observation);
    if (!trail) throw refusal([{ code: 'decision.step.notRecorded', params: { step: body.step }, path: ['step'] }]);
    const after = withTrail(before, trail, settings);
    await commit({ trx, principal, now, settings }, `decision.observe.${body.kind}`, before, after);
    return { status: 201, body: decisionView(after, settings, today, locale) };
  },

  publishDecisionStep: async ({ db, params, body, principal, today, now, locale }) => {
    const { trx, before, settings } = await openForWrite(db, principal, params);
    // The step's day is the item's day on the board; publishNew refuses a past one and allows a scheduled one.
    const draft: StepDraft = { step: body.step, date: body.version.notice.published };
    refuseUnlessClear(checkNextStep(before.trail, draft, { settings }));
    const item = await publishNew({
      trx,
      villageId: before.villageId,
      body: { category: body.category ?? before.category ?? 'resolutions', decisionId: before.id, version: body.version },
      principal,
      settings,
      today,
      now,
    });
    const after = withTrail(before, appendStep(before.trail, draft, item.id), settings);
    await commit({ trx, principal, now, settings }, `decision.step.${body.step}`, before, after, true);
    return { status: 201, body: { decision: decisionView(after, settings, today, locale), itemId: item.id } };
  },
};
