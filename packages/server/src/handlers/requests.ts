import {
  advanceRequest,
  aggregateRatings,
  defaultMinRatingsToPublish,
  followUpDeadline,
  isBadRating,
  orderCategories,
  rateRequest,
  ratingGrades,
  requestDeadline,
  type Locale,
  type MessageParams,
  type RequestLifecycle,
  type ServiceGuide,
  type Result,
  type RequestProgress,
} from '@shanzhi/rules';
import type { Handlers } from '../api/register.js';
import { checkAttachmentIds } from '../attachments/references.js';
import { requireOwnVillage } from '../disclosure/access.js';
import { loadSettings, requireVillage } from '../disclosure/store.js';
import { transactionOf } from '../disclosure/ids.js';
import { HttpProblem } from '../http/problem.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import {
  fileRequest,
  lifecycleOf,
  loadRequests,
  printReceiptCode,
  replaceRequest,
  requestForReceipt,
  requireRequest,
  stateOf,
  staffOf,
  type StoredRequest,
} from '../requests/store.js';
import { callerOwnsNext, detailView, statusView, summaryView, type StaffIndex } from '../requests/views.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type RequestHandlers = Pick<
  Handlers,
  | 'fileOrderRequest'
  | 'lookUpServiceRequest'
  | 'rateServiceRequest'
  | 'listServiceRequests'
  | 'getServiceRequest'
  | 'advanceServiceRequest'
  | 'addServiceRequestNote'
  | 'answerRequestFollowUp'
  | 'getRequestRatings'
>;

type Db = Kysely<Database> | Transaction<Database>;

const defaultLimit = 50;

async function staffIndex(db: Db, villageId: string): Promise<StaffIndex> {
  return new Map((await staffOf(db, villageId)).map((person) => [person.id, person]));
}

/**
 * A refused transition as its problem: a step out of order, done already or after closing, and a rating before
 * completion or a second one are 409 (the request's state); not the step's owner 403; a step that does not exist or
 * a 派单 without the person named 400 at the field.
 */
function refusal(result: Extract<Result<unknown>, { ok: false }>, lifecycle: RequestLifecycle): HttpProblem {
  const [first] = result.issues;
  if (!first) return HttpProblem.of('conflict');
  if (first.code === 'requests.step.unknown' || first.code === 'requests.step.assigneeRequired')
    return HttpProblem.validation(result.issues);
  const status = first.code === 'requests.step.notOwner' ? 403 : 409;
  const params = first.params ?? {};
  return new HttpProblem(status, first.code, { params, words: stepWords(params, lifecycle) });
}

/** The steps the rule named ("the next step is 协商定单"), in both languages: the kind's own words, safe to say back. */
function stepWords(params: MessageParams, lifecycle: RequestLifecycle): Record<string, Record<Locale, string>> {
  const words: Record<string, Record<Locale, string>> = {};
  for (const [name, value] of Object.entries(params)) {
    const step = lifecycle.steps.find((one) => one['zh-CN'] === value);
    if (step) words[name] = { 'zh-CN': step['zh-CN'], en: step.en };
  }
  return words;
}

function progressed(result: Result<RequestProgress>, lifecycle: RequestLifecycle): RequestProgress {
  if (!result.ok) throw refusal(result, lifecycle);
  return result.value;
}

/** Open and done requests first by the next deadline (the most overdue on top), then closed ones, the latest first. */
function byDeadline(a: { request: StoredRequest; dueOn: string | null }, b: { request: StoredRequest; dueOn: string | null }): number {
  if (a.dueOn !== null && b.dueOn !== null) return a.dueOn.localeCompare(b.dueOn) || a.request.id.localeCompare(b.request.id);
  if (a.dueOn !== null) return -1;
  if (b.dueOn !== null) return 1;
  return b.request.receivedOn.localeCompare(a.request.receivedOn) || b.request.id.localeCompare(a.request.id);
}

export const requestHandlers: RequestHandlers = {
  fileOrderRequest: async ({ db, params, body, principal, today, now, locale }) => {
    const trx = transactionOf(db);
    await requireVillage(trx, params.villageId);
    const category = orderCategories.find((one) => one.code === body.category);
    const { request, receiptCode } = await fileRequest(trx, {
      villageId: params.villageId,
      kind: 'order',
      subject: body.category,
      subjectName: { 'zh-CN': category?.['zh-CN'] ?? body.category, en: category?.en ?? body.category },
      applicant: { name: body.applicant.name, mobile: body.applicant.mobile },
      text: body.text,
      principal,
      today,
      now,
    });
    return { body: { ...statusView(request, locale, today), receiptCode: printReceiptCode(receiptCode) } };
  },

  lookUpServiceRequest: async ({ db, params, body, locale, today }) => {
    const request = await requestForReceipt(db, params.villageId, params.requestId, body.receiptCode);
    return { body: statusView(request, locale, today) };
  },

  rateServiceRequest: async ({ db, params, body, principal, locale, today, now }) => {
    const trx = transactionOf(db);
    const before = await requestForReceipt(trx, params.villageId, params.requestId, body.receiptCode);
    const lifecycle = lifecycleOf(before);
    const progress = progressed(rateRequest(before.progress, body.grade, today, lifecycle), lifecycle);
    // 国办发〔2019〕51号: a 差评 (不满意, 非常不满意) is checked, put right and answered — here by the supervisor, within
    // the village's own working days (`ratingFollowUpWorkingDays`: the 意见 sets none).
    const followUp = isBadRating(body.grade)
      ? {
          followUp: {
            openedOn: today,
            dueOn: followUpDeadline(today, (await loadSettings(trx, params.villageId)).ratingFollowUpWorkingDays),
          },
        }
      : {};
    const after: StoredRequest = {
      ...before,
      progress,
      ...(body.comment === undefined ? {} : { ratingComment: body.comment }),
      ...followUp,
    };
    await replaceRequest(trx, principal, now, 'requests.rate', before, after);
    return { body: statusView(after, locale, today) };
  },

  listServiceRequests: async ({ db, params, query, principal, locale, today }) => {
    requireOwnVillage(principal, params.villageId);
    const [requests, staff] = await Promise.all([loadRequests(db, params.villageId), staffIndex(db, params.villageId)]);
    const rows = requests
      .map((request) => ({ request, view: summaryView(request, locale, today, staff) }))
      .filter(({ request, view }) => {
        if (query.kind !== undefined && request.kind !== query.kind) return false;
        if (query.state !== undefined && view.state !== query.state) return false;
        if (query.step !== undefined && view.next?.code !== query.step) return false;
        if (query.overdue !== undefined && view.overdue !== query.overdue) return false;
        if (query.dueBy !== undefined && (view.dueOn === null || view.dueOn > query.dueBy)) return false;
        if (query.followUp !== undefined && view.followUp?.status !== query.followUp) return false;
        if (query.mine === true && !callerOwnsNext(request, principal)) return false;
        return true;
      })
      .map((row) => ({ ...row, dueOn: row.view.dueOn }))
      .sort(byDeadline);
    const limit = query.limit ?? defaultLimit;
    const start = startOf(query.cursor, rows.length, (index) => rows[index]?.request.id);
    const page = rows.slice(start, start + limit);
    const last = page[page.length - 1];
    return {
      body: {
        items: page.map((row) => row.view),
        nextCursor: last !== undefined && start + page.length < rows.length ? encodeCursor(start + page.length, last.request.id) : null,
        total: rows.length,
        overdue: rows.filter((row) => row.view.overdue).length,
        openFollowUps: rows.filter((row) => row.view.followUp?.status === 'open').length,
      },
    };
  },

  getServiceRequest: async ({ db, params, principal, locale, today }) => {
    requireOwnVillage(principal, params.villageId);
    const request = await requireRequest(db, params.villageId, params.requestId);
    return { body: detailView(request, locale, today, await staffIndex(db, params.villageId), principal) };
  },

  advanceServiceRequest: async ({ db, params, body, principal, locale, today, now }) => {
    const trx = transactionOf(db);
    requireOwnVillage(principal, params.villageId);
    const before = await requireRequest(trx, params.villageId, params.requestId);
    const lifecycle = lifecycleOf(before);
    const staff = await staffIndex(trx, params.villageId);
    await checkAttachmentIds(trx, principal, params.villageId, 'service-request', body.attachmentIds ?? []);
    const dueOn = requestDeadline(before.progress, lifecycle);
    const progress = progressed(
      advanceRequest(
        before.progress,
        {
          step: body.step,
          actor: { id: principal.id, role: principal.role },
          on: today,
          ...(dueOn === null ? {} : { dueOn }),
          ...(body.note === undefined ? {} : { note: body.note }),
          ...(body.attachmentIds === undefined ? {} : { attachmentIds: body.attachmentIds }),
          ...(body.assignee === undefined ? {} : { assignee: body.assignee }),
        },
        lifecycle,
      ),
      lifecycle,
    );
    // 派单 names a staff member of this village whose role may do the work it assigns.
    if (body.assignee !== undefined && lifecycle.assignedAt?.step === body.step) {
      const assigned = lifecycle.steps.find((step) => step.code === lifecycle.assignedAt?.assigns);
      const person = staff.get(body.assignee);
      const roles = assigned === undefined || assigned.owner === 'applicant' ? [] : (assigned.owner as readonly string[]);
      if (!person || !roles.includes(person.role)) {
        throw HttpProblem.validation([{ code: 'requests.assignee.invalid', path: ['assignee'] }]);
      }
    }
    const after: StoredRequest = { ...before, progress };
    await replaceRequest(trx, principal, now, `requests.step.${body.step}`, before, after);
    return { body: detailView(after, locale, today, staff, principal) };
  },

  addServiceRequestNote: async ({ db, params, body, principal, locale, today, now }) => {
    const trx = transactionOf(db);
    requireOwnVillage(principal, params.villageId);
    const before = await requireRequest(trx, params.villageId, params.requestId);
    // 归档 closes the file: nothing is added to a closed request (a bad rating is answered through its follow-up).
    if (stateOf(before) === 'closed') throw new HttpProblem(409, 'requests.step.closed');
    const attachmentIds = body.attachmentIds ?? [];
    await checkAttachmentIds(trx, principal, params.villageId, 'service-request', attachmentIds);
    const note = {
      id: `${before.id}.n${String(before.notes.length + 1)}`,
      on: today,
      by: { id: principal.id, role: principal.role },
      text: body.text,
      attachmentIds,
    };
    const after: StoredRequest = { ...before, notes: [...before.notes, note] };
    await replaceRequest(trx, principal, now, 'requests.note', before, after);
    return { body: detailView(after, locale, today, await staffIndex(trx, params.villageId), principal) };
  },

  answerRequestFollowUp: async ({ db, params, body, principal, locale, today, now }) => {
    const trx = transactionOf(db);
    requireOwnVillage(principal, params.villageId);
    const before = await requireRequest(trx, params.villageId, params.requestId);
    const followUp = before.followUp;
    if (followUp === undefined) throw new HttpProblem(409, 'requests.followUp.none');
    if (followUp.answeredOn !== undefined)
      throw new HttpProblem(409, 'requests.followUp.answered', { params: { on: followUp.answeredOn } });
    const after: StoredRequest = {
      ...before,
      followUp: { ...followUp, answer: body.answer, answeredOn: today, answeredBy: { id: principal.id, role: principal.role } },
    };
    await replaceRequest(trx, principal, now, 'requests.followUp.answer', before, after);
    return { body: detailView(after, locale, today, await staffIndex(trx, params.villageId), principal) };
  },

  getRequestRatings: async ({ db, params, locale }) => {
    await requireVillage(db, params.villageId);
    const rows = await db
      .selectFrom('service_request_ratings')
      .select((eb) => ['kind', 'subject', 'grade', eb.fn.countAll<number | string>().as('n')])
      .where('village_id', '=', params.villageId)
      .groupBy(['kind', 'subject', 'grade'])
      .execute();
    const village: Record<number, number> = {};
    const services = new Map<string, { kind: 'proxy' | 'order'; code: string; counts: Record<number, number> }>();
    for (const row of rows) {
      const n = Number(row.n);
      village[row.grade] = (village[row.grade] ?? 0) + n;
      const key = `${row.kind}:${row.subject}`;
      const entry = services.get(key) ?? { kind: row.kind as 'proxy' | 'order', code: row.subject, counts: {} };
      entry.counts[row.grade] = (entry.counts[row.grade] ?? 0) + n;
      services.set(key, entry);
    }
    // The village's figure must not let anyone subtract the shown services from it and read the ratings of a
    // service withheld for too few raters (a single 差评 of a rarely used service points at one household). So the
    // withheld services' ratings count in it only when together they reach the minimum themselves.
    const withheld: Record<number, number> = {};
    for (const entry of services.values())
      if (!aggregateRatings(entry.counts, defaultMinRatingsToPublish).shown)
        for (const [grade, n] of Object.entries(entry.counts)) withheld[Number(grade)] = (withheld[Number(grade)] ?? 0) + n;
    if (!aggregateRatings(withheld, defaultMinRatingsToPublish).shown)
      for (const [grade, n] of Object.entries(withheld)) village[Number(grade)] = (village[Number(grade)] ?? 0) - n;
    const labels = await subjectLabels(db, [...services.values()], locale);
    const labelled = (counts: Record<number, number>) => {
      const aggregate = aggregateRatings(counts, defaultMinRatingsToPublish);
      if (!aggregate.shown) return aggregate;
      const name = (grade: number) => ratingGrades.find((one) => one.code === String(grade))?.[locale] ?? String(grade);
      return { ...aggregate, grades: aggregate.grades.map((one) => ({ ...one, label: name(one.grade) })) };
    };
    return {
      body: {
        villageId: params.villageId,
        minimum: defaultMinRatingsToPublish,
        village: labelled(village),
        services: [...services.values()]
          .sort((a, b) => a.kind.localeCompare(b.kind) || a.code.localeCompare(b.code))
          .map((entry) => ({
            kind: entry.kind,
            code: entry.code,
            label: labels.get(`${entry.kind}:${entry.code}`) ?? entry.code,
            ratings: labelled(entry.counts),
          })),
      },
    };
  },
};

/** Names of the rated services: a guide's name (代办) or the 点单 category's. */
async function subjectLabels(
  db: Db,
  subjects: readonly { kind: string; code: string }[],
  locale: 'zh-CN' | 'en',
): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  for (const category of orderCategories) labels.set(`order:${category.code}`, category[locale]);
  const codes = subjects.filter((one) => one.kind === 'proxy').map((one) => one.code);
  if (codes.length === 0) return labels;
  const guides = await db.selectFrom('service_guides').select(['code', 'doc']).where('code', 'in', codes).execute();
  for (const row of guides) {
    const guide = JSON.parse(row.doc) as ServiceGuide;
    labels.set(`proxy:${row.code}`, guide.name[locale] ?? guide.name['zh-CN']);
  }
  return labels;
}
