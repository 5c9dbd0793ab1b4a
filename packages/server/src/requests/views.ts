import { compareDates, ownsStep, ratingGrades, requestTiming, type CalendarDate, type Locale } from '@shanzhi/rules';
import type { RouteOutput, getServiceRequest, listServiceRequests, lookUpServiceRequest } from '@shanzhi/sdk';
import type { Principal } from '../auth/principal.js';
import { lifecycleOf, stateOf, type StoredRequest } from './store.js';

type StatusView = RouteOutput<typeof lookUpServiceRequest>;
type SummaryView = RouteOutput<typeof listServiceRequests>['items'][number];
type DetailView = RouteOutput<typeof getServiceRequest>;

/** The village's staff by id: names for the trail and the named owner, and whom 派单 may name. */
export type StaffIndex = ReadonlyMap<string, { readonly id: string; readonly name: string; readonly role: string }>;

function gradeLabel(grade: number, locale: Locale): string {
  return ratingGrades.find((one) => one.code === String(grade))?.[locale] ?? String(grade);
}

function followUpStatus(request: StoredRequest): 'open' | 'answered' {
  return request.followUp?.answer === undefined ? 'open' : 'answered';
}

/** The rating as the villager and staff read it (never in the public aggregates). */
function ratingOf(request: StoredRequest, locale: Locale): { rating?: StatusView['rating'] } {
  const rating = request.progress.rating;
  if (rating === undefined) return {};
  const comment = request.ratingComment;
  return {
    rating: { grade: rating.grade, label: gradeLabel(rating.grade, locale), on: rating.on, ...(comment === undefined ? {} : { comment }) },
  };
}

function followUpOf(request: StoredRequest): { followUp?: NonNullable<StatusView['followUp']> } {
  const followUp = request.followUp;
  if (followUp === undefined) return {};
  return {
    followUp: {
      status: followUpStatus(request),
      openedOn: followUp.openedOn,
      dueOn: followUp.dueOn,
      ...(followUp.answer === undefined ? {} : { answer: followUp.answer }),
      ...(followUp.answeredOn === undefined ? {} : { answeredOn: followUp.answeredOn }),
    },
  };
}

/** What the villager reads with the receipt code: steps and dates, their rating, the answer to a bad one; no staff, no notes. */
export function statusView(request: StoredRequest, locale: Locale, today: CalendarDate): StatusView {
  const lifecycle = lifecycleOf(request);
  const timing = requestTiming(request.progress, lifecycle, today);
  const done = new Map(request.progress.history.map((event) => [event.step, event]));
  const nextIndex = request.progress.history.length;
  const rating = request.progress.rating;
  const state = stateOf(request);
  return {
    id: request.id,
    villageId: request.villageId,
    kind: request.kind,
    subject: { code: request.subject, label: request.subjectName[locale] },
    receivedOn: request.receivedOn,
    state,
    steps: lifecycle.steps.map((step, index) => {
      const event = done.get(step.code);
      return {
        code: step.code,
        label: step[locale],
        done: event !== undefined,
        ...(event === undefined ? {} : { on: event.on }),
        ...(index === nextIndex && timing.dueOn !== null ? { dueOn: timing.dueOn } : {}),
        ...(event?.lapsed ? { lapsed: true } : {}),
      };
    }),
    canRate: rating === undefined && state === 'done',
    ...ratingOf(request, locale),
    ...followUpOf(request),
  };
}

function ownerOf(request: StoredRequest, step: { code: string; owner: 'applicant' | readonly string[] }, staff: StaffIndex) {
  const named = request.progress.assignees?.[step.code];
  const person = named === undefined ? undefined : staff.get(named);
  return {
    roles: step.owner === 'applicant' ? ['applicant'] : [...step.owner],
    ...(named === undefined ? {} : { staff: { id: named, name: person?.name ?? named } }),
  };
}

function actorOf(by: { id: string; role: string }, staff: StaffIndex) {
  const name = staff.get(by.id)?.name;
  return { role: by.role, ...(name === undefined ? {} : { name }) };
}

/** Where a request stands for staff, without its rating and follow-up (which the list and the detail show differently). */
function standingOf(request: StoredRequest, locale: Locale, today: CalendarDate, staff: StaffIndex) {
  const lifecycle = lifecycleOf(request);
  const next = lifecycle.steps[request.progress.history.length];
  const timing = requestTiming(request.progress, lifecycle, today);
  return {
    id: request.id,
    kind: request.kind,
    subject: { code: request.subject, label: request.subjectName[locale] },
    receivedOn: request.receivedOn,
    state: stateOf(request),
    ...(next === undefined ? {} : { next: { code: next.code, label: next[locale], owner: ownerOf(request, next, staff) } }),
    dueOn: timing.dueOn,
    overdue: timing.overdue,
    workingDaysLeft: timing.workingDaysLeft,
    applicantName: request.applicant.name,
  };
}

/** The follow-up as the list shows it: open or answered, due when, late or not. */
function listedFollowUp(request: StoredRequest, today: CalendarDate): SummaryView['followUp'] {
  const followUp = request.followUp;
  if (followUp === undefined) return undefined;
  const overdue = followUp.answer === undefined && compareDates(today, followUp.dueOn) > 0;
  return { status: followUpStatus(request), dueOn: followUp.dueOn, overdue };
}

/** A request in the staff list: where it stands, the next step's owner and deadline; never the applicant's phone. */
export function summaryView(request: StoredRequest, locale: Locale, today: CalendarDate, staff: StaffIndex): SummaryView {
  const rating = request.progress.rating;
  const followUp = listedFollowUp(request, today);
  return {
    ...standingOf(request, locale, today, staff),
    ...(rating === undefined ? {} : { rating: { grade: rating.grade, on: rating.on } }),
    ...(followUp === undefined ? {} : { followUp }),
  };
}

/** Whether the caller owns the request's next step (their role, or named at 派单). */
export function callerOwnsNext(request: StoredRequest, principal: Principal): boolean {
  const next = lifecycleOf(request).steps[request.progress.history.length];
  return next !== undefined && ownsStep(request.progress, next, { id: principal.id, role: principal.role });
}

/**
 * One request for the desk. The applicant's mobile goes to the cadre and the grid worker who call back, and to the
 * supervisor only while a bad rating's follow-up waits for them (回访核实); never into a list.
 */
export function detailView(
  request: StoredRequest,
  locale: Locale,
  today: CalendarDate,
  staff: StaffIndex,
  principal: Principal,
): DetailView {
  const lifecycle = lifecycleOf(request);
  const standing = standingOf(request, locale, today, staff);
  const listed = listedFollowUp(request, today);
  const done = new Map(request.progress.history.map((event) => [event.step, event]));
  const nextIndex = request.progress.history.length;
  const next = lifecycle.steps[nextIndex];
  const assigns = lifecycle.assignedAt?.step === next?.code ? lifecycle.assignedAt?.assigns : undefined;
  const assignedStep = lifecycle.steps.find((step) => step.code === assigns);
  const assignableRoles = assignedStep === undefined || assignedStep.owner === 'applicant' ? [] : assignedStep.owner;
  const { followUp } = followUpOf(request);
  const showsMobile =
    principal.role === 'cadre' || principal.role === 'gridWorker' || (principal.role === 'supervisor' && listed?.status === 'open');
  return {
    ...standing,
    steps: lifecycle.steps.map((step, index) => {
      const event = done.get(step.code);
      return {
        code: step.code,
        label: step[locale],
        owner: ownerOf(request, step, staff),
        workingDays: step.workingDays,
        done: event !== undefined,
        ...(event === undefined
          ? {}
          : {
              on: event.on,
              by: actorOf(event.by, staff),
              ...(event.note === undefined ? {} : { note: event.note }),
              ...(event.attachmentIds === undefined ? {} : { attachmentIds: [...event.attachmentIds] }),
              ...(event.lapsed ? { lapsed: true } : {}),
            }),
        ...(index === nextIndex && standing.dueOn !== null ? { dueOn: standing.dueOn } : {}),
      };
    }),
    ...(request.text === undefined ? {} : { text: request.text }),
    ...(showsMobile ? { applicantMobile: request.applicant.mobile } : {}),
    notes: request.notes.map((note) => ({ ...note, by: actorOf(note.by, staff), attachmentIds: [...note.attachmentIds] })),
    canAdvance: callerOwnsNext(request, principal),
    ...(assigns === undefined
      ? {}
      : {
          assignable: [...staff.values()]
            .filter((person) => (assignableRoles as readonly string[]).includes(person.role))
            .map((person) => ({ id: person.id, name: person.name, role: person.role })),
        }),
    ...ratingOf(request, locale),
    ...(followUp === undefined
      ? {}
      : {
          followUp: {
            ...followUp,
            overdue: listed?.overdue ?? false,
            ...(request.followUp?.answeredBy === undefined ? {} : { answeredBy: actorOf(request.followUp.answeredBy, staff) }),
          },
        }),
  };
}
