import { randomBytes } from 'node:crypto';
import {
  defaultRequestLifecycles,
  formatTrackingCode,
  isStepDone,
  nextRequestStep,
  requestDeadline,
  startRequest,
  trackingCodeFromBytes,
  trackingCodeRandomBytes,
  type CalendarDate,
  type LocalizedText,
  type RequestKind,
  type RequestLifecycle,
  type RequestProgress,
} from '@shanzhi/rules';
import { receiptCodeLength } from '@shanzhi/sdk';
import type { Kysely, Transaction } from 'kysely';
import { auditChange, type AuditActor } from '../audit/log.js';
import { hashToken, type Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { villageDoc, villageDocRow, villageDocs } from '../db/village-row.js';
import { loadSettings } from '../disclosure/store.js';
import type { ServiceRequestTable } from '../db/service-requests-schema.js';
import { HttpProblem } from '../http/problem.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A staff member as a request's record names them (the views look the name up). */
interface StaffRef {
  readonly id: string;
  readonly role: string;
}

/** A note staff add to a request without moving it on. */
export interface RequestNote {
  readonly id: string;
  readonly on: CalendarDate;
  readonly by: StaffRef;
  readonly text: string;
  readonly attachmentIds: readonly string[];
}

/** The follow-up a bad rating opens (国办发〔2019〕51号: every 差评 checked, put right and answered). */
export interface FollowUp {
  readonly openedOn: CalendarDate;
  readonly dueOn: CalendarDate;
  readonly answer?: string;
  readonly answeredOn?: CalendarDate;
  readonly answeredBy?: StaffRef;
}

/** As kept in `service_requests.doc`. The applicant's mobile is for the staff who call back, never shown publicly. */
export interface StoredRequest {
  readonly id: string;
  readonly villageId: string;
  readonly kind: RequestKind;
  /** The service code (代办) or the 点单 category, and its name as filed. */
  readonly subject: string;
  readonly subjectName: LocalizedText & { readonly en: string };
  readonly applicant: { readonly name: string; readonly mobile: string };
  readonly text?: string;
  readonly receivedOn: CalendarDate;
  readonly progress: RequestProgress;
  readonly notes: readonly RequestNote[];
  readonly ratingComment?: string;
  readonly followUp?: FollowUp;
  /** The 村级代办 record `requestProxyService` stores beside this one (proxy_requests). */
  readonly proxyRequestId?: string;
  readonly filedBy: string;
  /**
   * The working days of the steps (by step code) where the village set its own when the request was filed
   * (`requestStepWorkingDays`); a later change of the setting does not move the deadlines of a request under way.
   */
  readonly stepWorkingDays?: Readonly<Record<string, number>>;
}

/** The request's lifecycle: its kind's steps, with the working days the village set when it was filed. */
export function lifecycleOf(request: Pick<StoredRequest, 'kind' | 'stepWorkingDays'>): RequestLifecycle {
  const lifecycle = defaultRequestLifecycles[request.kind];
  const own = request.stepWorkingDays;
  if (own === undefined) return lifecycle;
  return { ...lifecycle, steps: lifecycle.steps.map((step) => ({ ...step, workingDays: own[step.code] ?? step.workingDays })) };
}

/** The village's own working days for the steps of `kind` (`kind.step` → step), or undefined where it set none. */
export async function villageStepDays(db: Db, villageId: string, kind: RequestKind): Promise<Record<string, number> | undefined> {
  const set = (await loadSettings(db, villageId)).requestStepWorkingDays ?? {};
  const own = Object.entries(set).flatMap(([key, days]) =>
    key.startsWith(`${kind}.`) && days !== undefined ? [[key.slice(kind.length + 1), days] as const] : [],
  );
  return own.length === 0 ? undefined : Object.fromEntries(own);
}

/** `open` while work is under way, `done` once the work is (rating, 回访, 归档 remain), `closed` after the last step. */
export function stateOf(request: StoredRequest): 'open' | 'done' | 'closed' {
  const lifecycle = lifecycleOf(request);
  if (nextRequestStep(request.progress, lifecycle) === null) return 'closed';
  return isStepDone(request.progress, lifecycle.completedBy) ? 'done' : 'open';
}

/** The columns a staff list filters and sorts on, derived from the document so the two never disagree. */
function rowOf(request: StoredRequest): ServiceRequestTable {
  const lifecycle = lifecycleOf(request);
  return villageDocRow(request, {
    kind: request.kind,
    subject: request.subject,
    state: stateOf(request),
    step: nextRequestStep(request.progress, lifecycle)?.code ?? null,
    due_on: requestDeadline(request.progress, lifecycle),
    received_on: request.receivedOn,
    follow_up: request.followUp === undefined ? null : request.followUp.answer === undefined ? 'open' : 'answered',
  });
}

/**
 * A receipt code: 12 symbols of the tracking codes' alphabet (no 0/O, 1/I/L; read aloud and copied from a slip),
 * about 59 bits, as a disclosure query's. Only its hash is kept.
 */
export function drawReceiptCode(bytes: (count: number) => Uint8Array = randomBytes): string {
  const parts: string[] = [];
  for (let have = 0; have < receiptCodeLength;) {
    const part = trackingCodeFromBytes(bytes(trackingCodeRandomBytes));
    if (part === null) continue;
    parts.push(part);
    have += part.length;
  }
  return parts.join('').slice(0, receiptCodeLength);
}

/** 'ABCDEFGHJKMN' → 'ABCD-EFGH-JKMN', for dictation and the printed slip. */
export function printReceiptCode(code: string): string {
  return `${formatTrackingCode(code.slice(0, 8))}-${code.slice(8)}`;
}

/** `rq-qs-01-0007`: request number `serial` of the village (numbers run from 1 per village, without gaps). */
export function requestIdOf(villageId: string, serial: number): string {
  return `rq-${villageId.replace(/^v-/, '')}-${String(serial).padStart(4, '0')}`;
}

/**
 * The village's next request number, from its counter (inside the write's transaction: SQLite serializes writers, and
 * on PostgreSQL the idempotent write holds the writer lock). The first call counts the requests already there (seeded).
 */
async function nextRequestId(trx: Transaction<Database>, villageId: string): Promise<string> {
  const name = `service-request:${villageId}`;
  const row = await trx.selectFrom('counters').select('value').where('name', '=', name).executeTakeFirst();
  let value: number;
  if (row) {
    value = row.value + 1;
    await trx.updateTable('counters').set({ value }).where('name', '=', name).execute();
  } else {
    const existing = await trx
      .selectFrom('service_requests')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('village_id', '=', villageId)
      .executeTakeFirst();
    value = Number(existing?.n ?? 0) + 1;
    await trx.insertInto('counters').values({ name, value }).execute();
  }
  return requestIdOf(villageId, value);
}

export interface FileInput {
  readonly villageId: string;
  readonly kind: RequestKind;
  readonly subject: string;
  readonly subjectName: StoredRequest['subjectName'];
  readonly applicant: StoredRequest['applicant'];
  readonly text?: string | undefined;
  readonly proxyRequestId?: string;
  readonly principal: Principal;
  readonly today: CalendarDate;
  readonly now: Date;
}

/** Files a request (its first step, the villager's, done today) and returns it with its receipt code, shown once. */
export async function fileRequest(trx: Transaction<Database>, input: FileInput): Promise<{ request: StoredRequest; receiptCode: string }> {
  const stepWorkingDays = await villageStepDays(trx, input.villageId, input.kind);
  const request: StoredRequest = {
    id: await nextRequestId(trx, input.villageId),
    villageId: input.villageId,
    kind: input.kind,
    subject: input.subject,
    subjectName: input.subjectName,
    applicant: input.applicant,
    ...(input.text === undefined ? {} : { text: input.text }),
    receivedOn: input.today,
    progress: startRequest(input.kind, input.today),
    notes: [],
    ...(input.proxyRequestId === undefined ? {} : { proxyRequestId: input.proxyRequestId }),
    filedBy: input.principal.id,
    ...(stepWorkingDays === undefined ? {} : { stepWorkingDays }),
  };
  const receiptCode = drawReceiptCode();
  await insertRequests(trx, [{ request, receiptHash: hashToken(receiptCode) }]);
  await auditChange(trx, input.principal, input.now, 'requests.file', `service-request:${request.id}`, null, request);
  return { request, receiptCode };
}

/** Requests with their receipt hashes and ratings, in bulk (the API files one; the demo seed many). */
export async function insertRequests(
  trx: Transaction<Database>,
  requests: readonly { readonly request: StoredRequest; readonly receiptHash: string }[],
): Promise<void> {
  for (const { request, receiptHash } of requests) {
    await trx.insertInto('service_requests').values(rowOf(request)).execute();
    await trx.insertInto('service_request_receipts').values({ request_id: request.id, receipt_hash: receiptHash }).execute();
    if (request.progress.rating) await insertRating(trx, request);
  }
}

async function insertRating(trx: Transaction<Database>, request: StoredRequest): Promise<void> {
  const rating = request.progress.rating;
  if (!rating) return;
  await trx
    .insertInto('service_request_ratings')
    .values({
      request_id: request.id,
      village_id: request.villageId,
      kind: request.kind,
      subject: request.subject,
      grade: rating.grade,
      rated_on: rating.on,
    })
    .execute();
}

/** The request of this village, or 404: another village's id answers like an unknown one. */
export async function requireRequest(db: Db, villageId: string, id: string): Promise<StoredRequest> {
  const request = await villageDoc<StoredRequest>(db, 'service_requests', villageId, id);
  if (!request) throw HttpProblem.of('not-found');
  return request;
}

/**
 * The villager's request if the receipt code opens it: found by the code's hash (as mediation tracking codes are), so
 * the code itself is never compared or kept. A wrong code and an unknown request answer the same 404, which the guess
 * limiter counts.
 */
export async function requestForReceipt(db: Db, villageId: string, id: string, receiptCode: string): Promise<StoredRequest> {
  const opened = await db
    .selectFrom('service_request_receipts')
    .select('request_id')
    .where('request_id', '=', id)
    .where('receipt_hash', '=', hashToken(receiptCode))
    .executeTakeFirst();
  if (!opened) throw HttpProblem.of('not-found');
  return requireRequest(db, villageId, id);
}

export function loadRequests(db: Db, villageId: string): Promise<StoredRequest[]> {
  return villageDocs(db, 'service_requests', villageId);
}

/** Writes the changed request (document and list columns) and audits who changed it, when, from what to what. */
export async function replaceRequest(
  trx: Transaction<Database>,
  actor: AuditActor,
  now: Date,
  action: string,
  before: StoredRequest,
  after: StoredRequest,
): Promise<void> {
  const { id, ...columns } = rowOf(after);
  await trx.updateTable('service_requests').set(columns).where('id', '=', id).execute();
  if (after.progress.rating && !before.progress.rating) await insertRating(trx, after);
  await auditChange(trx, actor, now, action, `service-request:${id}`, before, after);
}

/** The staff of the village (names for the trail, and whom 派单 may name). */
export async function staffOf(db: Db, villageId: string): Promise<{ id: string; name: string; role: string }[]> {
  return db.selectFrom('staff').select(['id', 'name', 'role']).where('village_id', '=', villageId).orderBy('id').execute();
}
