import {
  assignmentIssues,
  checkConcludedWithAgreement,
  checkDraftAgreement,
  checkFollowUp,
  checkRecordSession,
  checkSchedule,
  compareDates,
  issue,
  judicialConfirmationWindow,
  partyRefsOf,
  signAgreement,
  type CalendarDate,
  type CaseEvent,
  type Locale,
  type MediationDesk,
  type MessageCode,
  type MessageParams,
  type RuleIssue,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { findCase, inMediatorScope, writeTransaction, type LoadedCase, type StoredCase } from '../mediation/case-store.js';
import { deskOf, addTies, casesTiedTo, mediatorsOf, saveDeskStep, tiesOnCase, withDesk } from '../mediation/desk-store.js';
import { deskView, followUpDaysOf, queueItem, type QueueItem } from '../mediation/desk-views.js';
import { recordEvent, refusal } from '../mediation/events.js';
import { notificationChannel, type MediationNotice } from '../mediation/notify.js';
import { abbreviationOf, printedNumber } from '../mediation/numbering.js';
import { encodeCursor, startOf } from '../points/cursor.js';
import { printedOf, readCase } from './mediation.js';

type DeskRouteId =
  | 'listMediationQueue'
  | 'getMediationDesk'
  | 'acceptMediationCase'
  | 'refuseMediationCase'
  | 'assignMediators'
  | 'declareMediationTies'
  | 'scheduleMediationSession'
  | 'recordMediationSession'
  | 'draftMediationAgreement'
  | 'signMediationAgreement'
  | 'remindJudicialConfirmation'
  | 'recordMediationFollowUp'
  | 'closeMediationCase'
  | 'escalateMediationCase';
type Db = Kysely<Database> | Transaction<Database>;

/** The desk view of a case after a step (or for a read): the applicant's status plus the desk. */
async function answer(db: Db, principal: Principal, caseNumber: string, today: CalendarDate, locale: Locale) {
  const { body: status } = await readCase(db, principal, caseNumber, undefined, locale);
  const loaded = await findCase(db, caseNumber);
  if (!loaded) throw HttpProblem.of('not-found');
  return { body: await deskView(db, loaded, status, principal, today, locale) };
}

/** The case a desk write works on: it exists, is in the caller's village, and the caller has not stepped aside from it. */
async function caseForStep(trx: Transaction<Database>, principal: Principal, caseNumber: string, allowTied = false): Promise<LoadedCase> {
  const found = await findCase(trx, caseNumber);
  if (!found) throw HttpProblem.of('not-found');
  if (!inMediatorScope(principal, found.row)) throw HttpProblem.of('forbidden');
  // 回避: a mediator who declared a tie to a party works no step of the case (declaring more ties stays open).
  if (!allowTied && (await tiesOnCase(trx, found.doc.id)).has(principal.id)) throw refusal([issue('mediation.recusal.callerTied')]);
  return found;
}

/** What a desk step needs from its handler's context. */
interface StepContext {
  readonly db: Db;
  readonly params: { readonly caseNumber: string };
  readonly principal: Principal;
  readonly today: CalendarDate;
  readonly locale: Locale;
}

/**
 * One desk step: the case opened for the caller (`caseForStep`), the step's checks and writes (`work`, which saves
 * through `write` and so audits) in the request's one transaction, then the whole desk view as the answer.
 */
async function deskStep<C extends StepContext>(
  ctx: C,
  work: (trx: Transaction<Database>, loaded: LoadedCase, ctx: C) => Promise<void>,
  allowTied = false,
) {
  const trx = writeTransaction(ctx.db);
  await work(trx, await caseForStep(trx, ctx.principal, ctx.params.caseNumber, allowTied), ctx);
  return answer(trx, ctx.principal, ctx.params.caseNumber, ctx.today, ctx.locale);
}

/** A record of something done (a session held, a signature, a visit) cannot be dated after today. */
function notAfterToday(on: CalendarDate, today: CalendarDate, path: string): void {
  if (compareDates(on, today) > 0) throw refusal([issue('mediation.desk.dateInFuture', { today }, [path])]);
}

function refuseIf(found: RuleIssue | null | readonly RuleIssue[]): void {
  if (found === null) return;
  const issues = Array.isArray(found) ? (found as readonly RuleIssue[]) : [found as RuleIssue];
  if (issues.length > 0) throw refusal(issues);
}

/** Party references must name parties of this case (`respondent-3` of a case with two respondents does not). */
function checkParties(doc: StoredCase, parties: readonly string[], field: string): void {
  const known = partyRefsOf(doc.intake.respondents.length);
  refuseIf(
    parties.flatMap((party, index) =>
      known.includes(party) ? [] : [issue('mediation.desk.unknownSigner', { signer: party }, [field, index])],
    ),
  );
}

/** Moves the lifecycle (audited `mediation.case.<event>`) with the desk already changed, or saves a desk-only step. */
async function write(
  trx: Transaction<Database>,
  loaded: LoadedCase,
  desk: MediationDesk,
  principal: Principal,
  now: Date,
  step: string,
  event?: CaseEvent,
): Promise<void> {
  const next = withDesk(loaded.doc, desk);
  if (event === undefined) await saveDeskStep(trx, loaded, next, principal, now, step);
  else await recordEvent(trx, { row: loaded.row, doc: next }, event, principal, now, loaded.doc);
}

/** Notifies parties through the configured channel; returns those reached (the desk records them, never their numbers). */
async function notify(doc: StoredCase, parties: readonly string[], code: MessageCode, params: MessageParams): Promise<string[]> {
  const channel = notificationChannel();
  const reached: string[] = [];
  for (const party of parties) {
    const index = party === 'applicant' ? -1 : Number(party.slice('respondent-'.length)) - 1;
    const respondent = index >= 0 ? doc.intake.respondents[index] : undefined;
    const mobile = index < 0 ? doc.intake.applicant.mobile : respondent?.kind === 'person' ? respondent.mobile : undefined;
    const notice: MediationNotice = { caseId: doc.id, caseNumber: doc.caseNumber, party, code, params };
    if (await channel.send(notice, { mobile })) reached.push(party);
  }
  return reached;
}

/** Cases per queue page unless `limit` says otherwise. */
const queuePage = 50;

export const mediationDeskHandlers: Pick<Handlers, DeskRouteId> = {
  listMediationQueue: async ({ db, query, principal, today, locale }) => {
    let rows = db
      .selectFrom('mediation_cases')
      .selectAll()
      .where((eb) => eb.or([eb('village_id', '=', principal.villageId ?? ''), eb('village_id', 'is', null)]));
    if (query.state !== undefined) rows = rows.where('state', '=', query.state);
    const tied = await casesTiedTo(db, principal.id);
    // 调字第…号 needs the registry's abbreviation and the 回访 needs the village's days, the same for every case of a
    // village: looked up once per village.
    const villages = new Map<string | null, { abbreviation: string; followUpDays: number }>();
    const items: QueueItem[] = [];
    for (const row of await rows.execute()) {
      const doc = JSON.parse(row.doc) as StoredCase;
      if (query.level !== undefined && doc.case.level !== query.level) continue;
      let village = villages.get(row.village_id);
      if (village === undefined) {
        village = { abbreviation: await abbreviationOf(db, row.village_id), followUpDays: await followUpDaysOf(db, row.village_id) };
        villages.set(row.village_id, village);
      }
      const printed = printedNumber(doc.caseNumber, village.abbreviation);
      const item = queueItem(doc, { printed, followUpDays: village.followUpDays }, principal, tied.has(doc.id), today, locale);
      if (query.overdue !== undefined && item.overdue !== query.overdue) continue;
      if (query.due !== undefined && !item.due.some((one) => one.kind === query.due)) continue;
      if (query.mine === true && !item.assignedToMe) continue;
      items.push(item);
    }
    // Soonest due first; cases with nothing due (closed, followed up) last, newest first.
    const key = (item: (typeof items)[number]) => item.due[0]?.dueOn ?? '9999-12-31';
    items.sort((a, b) => compareDates(key(a), key(b)) || (a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0));
    const start = startOf(query.cursor, items.length, (i) => items[i]?.caseNumber);
    const end = Math.min(items.length, start + (query.limit ?? queuePage));
    const page = items.slice(start, end);
    const last = page[page.length - 1];
    return {
      body: {
        items: page,
        nextCursor: end < items.length && last !== undefined ? encodeCursor(end, last.caseNumber) : null,
        total: items.length,
        asOf: today,
      },
    };
  },

  getMediationDesk: ({ db, params, principal, today, locale }) => answer(db, principal, params.caseNumber, today, locale),

  acceptMediationCase: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      notAfterToday(body.on, today, 'on');
      await write(trx, loaded, deskOf(loaded.doc), principal, now, 'accept', { type: 'accept', on: body.on });
    }),

  refuseMediationCase: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      notAfterToday(body.on, today, 'on');
      const desk = { ...deskOf(loaded.doc), refusal: body.organName === undefined ? {} : { organName: body.organName.trim() } };
      await write(trx, loaded, desk, principal, now, 'refuse', { type: 'refuse', on: body.on, reason: body.reason });
    }),

  assignMediators: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      const { doc, row } = loaded;
      notAfterToday(body.on, today, 'on');
      const state = doc.case.state;
      // The lifecycle assigns before mediation starts; during mediation the team changes on the desk alone (Art 23(1)).
      if (!['accepted', 'assigned', 'inMediation'].includes(state))
        throw refusal([issue('mediation.case.illegalEvent', { event: 'assign', state })]);
      const mediators = await mediatorsOf(trx, row.village_id);
      refuseIf(
        body.mediatorIds.flatMap((mediatorId, index) =>
          mediators.has(mediatorId) ? [] : [issue('mediation.desk.notAMediator', { mediatorId }, ['mediatorIds', index])],
        ),
      );
      const current = deskOf(doc);
      const released = body.released ?? [];
      refuseIf(
        released.flatMap((one, index) =>
          current.mediatorIds.includes(one.mediatorId)
            ? []
            : [issue('mediation.recusal.notOnCase', { mediatorId: one.mediatorId }, ['released', index, 'mediatorId'])],
        ),
      );
      const desk: MediationDesk = {
        ...current,
        mediatorIds: [...new Set(body.mediatorIds)],
        released: [...current.released, ...released.map((one) => ({ ...one, on: body.on }))],
      };
      refuseIf(assignmentIssues(desk, body.mediatorIds, new Set((await tiesOnCase(trx, doc.id)).keys())));
      const first = desk.mediatorIds[0] ?? body.mediatorIds[0] ?? '';
      const event: CaseEvent | undefined = state === 'inMediation' ? undefined : { type: 'assign', on: body.on, mediatorId: first };
      await write(trx, loaded, desk, principal, now, 'assign', event);
    }),

  declareMediationTies: (ctx) =>
    deskStep(
      ctx,
      async (trx, loaded, { body, principal, today, now }) => {
        checkParties(loaded.doc, body.parties, 'parties');
        await addTies(trx, principal.id, loaded.doc.id, body.parties, now);
        // A mediator on the case steps aside at once (回避): off the team, recorded as a recusal.
        const current = deskOf(loaded.doc);
        const desk: MediationDesk = current.mediatorIds.includes(principal.id)
          ? {
              ...current,
              mediatorIds: current.mediatorIds.filter((id) => id !== principal.id),
              released: [...current.released, { mediatorId: principal.id, on: today, reason: 'recusal' }],
            }
          : current;
        await write(trx, loaded, desk, principal, now, 'ties');
      },
      true,
    ),

  scheduleMediationSession: async (ctx) => ({
    status: 201,
    ...(await deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      const { doc } = loaded;
      refuseIf(checkSchedule(doc.case));
      const parties = body.notify ?? partyRefsOf(doc.intake.respondents.length);
      checkParties(doc, parties, 'notify');
      const printed = await printedOf(trx, doc.caseNumber, loaded.row.village_id);
      const place = body.place.trim();
      const reached = await notify(doc, parties, 'mediation.notify.sessionScheduled', {
        caseNumber: printed,
        on: body.on,
        time: body.time ?? '',
        place,
      });
      const channel = notificationChannel().name;
      const current = deskOf(doc);
      const desk: MediationDesk = {
        ...current,
        sessions: [
          ...current.sessions,
          {
            id: `s${String(current.sessions.length + 1)}`,
            on: body.on,
            ...(body.time === undefined ? {} : { time: body.time }),
            place,
            scheduledOn: today,
            scheduledBy: principal.id,
            notified: reached.map((party) => ({ party, channel, on: today })),
          },
        ],
      };
      await write(trx, loaded, desk, principal, now, 'schedule');
    })),
  }),

  recordMediationSession: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now, params }) => {
      const { doc } = loaded;
      const current = deskOf(doc);
      const at = checkRecordSession(doc.case, current, params.sessionId, body.heldOn);
      if (!at.ok) throw refusal(at.issues);
      notAfterToday(body.heldOn, today, 'heldOn');
      checkParties(doc, body.attended, 'attended');
      const sessions = current.sessions.map((one, index) =>
        index === at.value
          ? { ...one, heldOn: body.heldOn, attended: [...new Set(body.attended)], notes: body.notes.trim(), recordedBy: principal.id }
          : one,
      );
      // The first session held starts the mediation (lifecycle `start`).
      const event: CaseEvent | undefined = doc.case.state === 'assigned' ? { type: 'start', on: body.heldOn } : undefined;
      await write(trx, loaded, { ...current, sessions }, principal, now, 'record', event);
    }),

  draftMediationAgreement: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      const current = deskOf(loaded.doc);
      refuseIf(checkDraftAgreement(loaded.doc.case, current));
      notAfterToday(body.on, today, 'on');
      const { on, ...content } = body;
      const desk: MediationDesk = { ...current, agreement: { ...content, draftedOn: on, draftedBy: principal.id, signatures: [] } };
      await write(trx, loaded, desk, principal, now, 'draft');
    }),

  signMediationAgreement: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      const { doc } = loaded;
      notAfterToday(body.on, today, 'on');
      const current = deskOf(doc);
      const signed = signAgreement(doc.case, current, doc.intake.respondents.length, { ...body, recordedBy: principal.id });
      if (!signed.ok) throw refusal(signed.issues);
      const { agreement, effectiveOn } = signed.value;
      // Art 29: the last signature or seal makes the agreement effective, which concludes the case with agreement.
      const event: CaseEvent | undefined =
        effectiveOn === undefined ? undefined : { type: 'conclude', on: body.on, outcome: 'agreement', agreementEffectiveOn: effectiveOn };
      await write(trx, loaded, { ...current, agreement }, principal, now, 'sign', event);
    }),

  remindJudicialConfirmation: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      const { doc } = loaded;
      refuseIf(checkConcludedWithAgreement(doc.case));
      const current = deskOf(doc);
      if (current.judicialReminderOn !== undefined)
        throw refusal([issue('mediation.desk.alreadyReminded', { on: current.judicialReminderOn })]);
      notAfterToday(body.on, today, 'on');
      const effectiveOn = doc.case.agreementEffectiveOn ?? doc.case.closedOn ?? body.on;
      const printed = await printedOf(trx, doc.caseNumber, loaded.row.village_id);
      await notify(doc, partyRefsOf(doc.intake.respondents.length), 'mediation.notify.judicialConfirmation', {
        caseNumber: printed,
        closesOn: judicialConfirmationWindow(effectiveOn).closesOn,
      });
      await write(trx, loaded, { ...current, judicialReminderOn: body.on }, principal, now, 'remind');
    }),

  recordMediationFollowUp: async (ctx) => ({
    status: 201,
    ...(await deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      const { doc } = loaded;
      refuseIf(checkFollowUp(doc.case));
      notAfterToday(body.on, today, 'on');
      const closedOn = doc.case.closedOn;
      if (closedOn !== undefined && compareDates(body.on, closedOn) < 0)
        throw refusal([issue('mediation.case.dateBeforePrevious', { previous: closedOn }, ['on'])]);
      const current = deskOf(doc);
      const followUp = {
        id: `f${String(current.followUps.length + 1)}`,
        on: body.on,
        performance: body.performance,
        note: body.note.trim(),
        recordedBy: principal.id,
      };
      await write(trx, loaded, { ...current, followUps: [...current.followUps, followUp] }, principal, now, 'followUp');
    })),
  }),

  closeMediationCase: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      notAfterToday(body.on, today, 'on');
      const current = deskOf(loaded.doc);
      if (body.outcome === 'oralAgreement') {
        // Art 28: an oral agreement, whose content the mediator records; Art 30: it takes effect when reached.
        const desk = { ...current, oralAgreement: { terms: body.terms.trim(), recordedOn: body.on } };
        const event: CaseEvent = { type: 'conclude', on: body.on, outcome: 'agreement', agreementEffectiveOn: body.on };
        await write(trx, loaded, desk, principal, now, 'close', event);
      } else {
        if (body.transferTo === 'administrative' && body.agencyName === undefined)
          throw refusal([issue('mediation.desk.agencyNameMissing', undefined, ['agencyName'])]);
        const transfer =
          body.transferTo === undefined
            ? undefined
            : { to: body.transferTo, ...(body.agencyName === undefined ? {} : { agencyName: body.agencyName.trim() }) };
        const desk = transfer === undefined ? current : { ...current, transfer };
        await write(trx, loaded, desk, principal, now, 'close', { type: 'conclude', on: body.on, outcome: 'noAgreement' });
      }
    }),

  escalateMediationCase: (ctx) =>
    deskStep(ctx, async (trx, loaded, { body, principal, today, now }) => {
      notAfterToday(body.on, today, 'on');
      const current = deskOf(loaded.doc);
      // Art 25: a dispute that may turn into a public-security or criminal case is reported to the police or another department.
      const desk =
        body.reportedTo === undefined
          ? current
          : {
              ...current,
              riskReports: [
                ...current.riskReports,
                {
                  on: body.on,
                  to: body.reportedTo,
                  ...(body.note === undefined || body.note.trim() === '' ? {} : { note: body.note.trim() }),
                },
              ],
            };
      await write(trx, loaded, desk, principal, now, 'escalate', { type: 'escalate', on: body.on, toLevel: body.toLevel });
    }),
};
